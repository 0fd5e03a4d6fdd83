//! The package: one file that carries an assessment, its attachments and a manifest, for
//! e-mail or an archive ("Vie paketti…").
//!
//! A package is a zip file. `manifest.ron` lists every other entry with its size and SHA-256;
//! `assessment.ron` is the saved file byte for byte; attachments keep their paths
//! (`attachments/…`). Reading one trusts nothing: every entry name is checked before anything
//! is written (no `..`, no absolute paths, nothing outside `attachments/`), every entry must be
//! in the manifest with the size and hash it claims, and files are streamed, never read whole.
//! Unpacking goes to a temporary folder that becomes the target only when all is well.

use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};

use super::attachments::{self, AttachmentState, MAX_ATTACHMENT_BYTES, PathProblem};
use super::layout::{ASSESSMENT_FILE, assessment_folder};
use super::read::{ReadError, read_capped};
use super::write::{TEMP_PREFIX, WriteError, write_atomic_stream};
use crate::domain::assessment::Assessment;
use crate::domain::dates::Timestamp;
use crate::domain::digest::hex;
use crate::format::assessment::{LoadError, MAX_ASSESSMENT_FILE_BYTES, decode_assessment};

/// The manifest's name in a package.
pub const MANIFEST_FILE: &str = "manifest.ron";
/// What a manifest's `format` says.
pub const PACKAGE_FORMAT: &str = "terve-kunta-package";
/// The package format version written by this version.
pub const PACKAGE_VERSION: u32 = 1;
/// The file name extension of packages.
pub const PACKAGE_EXTENSION: &str = "zip";
/// At most this many entries (an assessment has far fewer attachments).
pub const MAX_ENTRIES: usize = 10_000;
/// At most this many bytes unpacked, all files together (2 GiB).
pub const MAX_UNPACKED_BYTES: u64 = 2 * 1024 * 1024 * 1024;
/// At most this many unpacked bytes per byte of the package file, once a package unpacks to
/// more than [`RATIO_FREE_BYTES`]: zip bombs unpack a thousandfold; real packages (PDFs,
/// RON text) less than twentyfold.
pub const MAX_UNPACK_RATIO: u64 = 100;
/// Up to this many unpacked bytes (64 MiB) the ratio is not checked: small packages of text
/// compress well and harm nobody.
pub const RATIO_FREE_BYTES: u64 = 64 * 1024 * 1024;
const MAX_MANIFEST_BYTES: u64 = 4 * 1024 * 1024;

/// A file in a package.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackedFile {
    /// Its entry name, e.g. `assessment.ron` or `attachments/3f9a….pdf`.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// SHA-256 of its content.
    pub sha256: String,
}

/// What a package holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Package", deny_unknown_fields)]
pub struct Manifest {
    /// Always [`PACKAGE_FORMAT`].
    pub format: String,
    /// The package format version.
    pub version: u32,
    /// When the package was made.
    pub created: Timestamp,
    /// The municipality, for showing before unpacking.
    pub municipality: String,
    /// The assessment's id.
    pub assessment_id: String,
    /// Every file, the assessment first.
    pub files: Vec<PackedFile>,
}

/// Why a package could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum PackageError {
    /// The assessment file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The assessment file is not a readable assessment.
    #[error("{0}")]
    Assessment(LoadError),
    /// An attachment is missing, changed or refused: the package would not be whole.
    #[error("attachment {name}: {state:?}")]
    Attachment {
        /// Its name when attached.
        name: String,
        /// Its state.
        state: AttachmentState,
    },
    /// Writing the package or an unpacked file failed; nothing half-written is left.
    #[error(transparent)]
    Write(#[from] WriteError),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Not a zip file, or a damaged one.
    #[error("not a package: {0}")]
    NotAPackage(String),
    /// A zip file, but not one of ours (no manifest, another format).
    #[error("no package manifest")]
    NoManifest,
    /// Made by a newer version.
    #[error("package version {0} is newer")]
    NewerVersion(u32),
    /// An entry name that could write outside the target folder, or anywhere unexpected.
    #[error("entry {name:?} refused: {problem}")]
    BadEntryName {
        /// The name as stored.
        name: String,
        /// Why.
        problem: PathProblem,
    },
    /// An entry the manifest does not list, or a link.
    #[error("entry {0:?} is not in the manifest")]
    Unlisted(String),
    /// A name that occurs twice among the entries (or in the manifest), letter case aside:
    /// which one would be meant cannot be told.
    #[error("entry {0:?} occurs twice")]
    Duplicate(String),
    /// A file the manifest lists is not there.
    #[error("{0} is missing from the package")]
    MissingEntry(String),
    /// A file's size or hash is not what the manifest says.
    #[error("{0} does not match the manifest")]
    Mismatch(String),
    /// Too many entries, a file too large, more than [`MAX_UNPACKED_BYTES`] in all, or more
    /// than [`MAX_UNPACK_RATIO`] times the package's own size.
    #[error("the package is too large")]
    TooLarge,
}

impl PackageError {
    /// Whether the package was readable but does not match its own manifest (changed after
    /// it was made), rather than unreadable.
    pub fn is_tampering(&self) -> bool {
        matches!(
            self,
            Self::Mismatch(_) | Self::MissingEntry(_) | Self::Unlisted(_) | Self::Duplicate(_)
        )
    }
}

/// What was packed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packed {
    /// How many files (the assessment and its attachments).
    pub files: usize,
    /// The package's size in bytes.
    pub size: u64,
}

fn zip_error(error: zip::result::ZipError) -> PackageError {
    match error {
        zip::result::ZipError::Io(error) => PackageError::Io(error),
        other => PackageError::NotAPackage(other.to_string()),
    }
}

/// The entry names of a zip file, read from its central directory as stored (also names the
/// zip reader would merge). A file that is not a zip gives no names (the zip reader then says
/// why it is not one).
fn central_directory_names<R: Read + Seek>(
    reader: &mut R,
    size: u64,
) -> Result<Vec<String>, PackageError> {
    const END: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    const ENTRY: [u8; 4] = [0x50, 0x4b, 0x01, 0x02];
    let little = |bytes: &[u8]| {
        bytes
            .iter()
            .rev()
            .fold(0_u64, |n, &b| (n << 8) | u64::from(b))
    };
    // The end record is in the last 22 bytes plus a comment of at most 65 535 bytes.
    let tail_len = size.min(22 + 65_535);
    reader.seek(std::io::SeekFrom::Start(size - tail_len))?;
    let mut tail = Vec::new();
    reader.take(tail_len).read_to_end(&mut tail)?;
    let Some(end) = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&at| tail[at..at + 4] == END)
    else {
        return Ok(Vec::new());
    };
    let record = &tail[end..];
    let (count, directory_size, directory_start) = (
        little(&record[10..12]),
        little(&record[12..16]),
        little(&record[16..20]),
    );
    if count == 0xffff || directory_start == 0xffff_ffff {
        // Zip64: more entries or bytes than a package of ours may have.
        return Err(PackageError::TooLarge);
    }
    if directory_start.saturating_add(directory_size) > size || directory_size > 64 * 1024 * 1024 {
        return Err(PackageError::NotAPackage(
            "the central directory lies outside the file".to_owned(),
        ));
    }
    reader.seek(std::io::SeekFrom::Start(directory_start))?;
    let mut directory = Vec::new();
    reader.take(directory_size).read_to_end(&mut directory)?;
    let mut names = Vec::new();
    let mut at = 0_usize;
    while at + 46 <= directory.len() && directory[at..at + 4] == ENTRY {
        let field = |from: usize, to: usize| {
            usize::try_from(little(&directory[at + from..at + to])).unwrap_or(usize::MAX)
        };
        let (name_len, extra_len, comment_len) = (field(28, 30), field(30, 32), field(32, 34));
        let name_end = at + 46 + name_len;
        let Some(name) = directory.get(at + 46..name_end) else {
            break;
        };
        names.push(String::from_utf8_lossy(name).into_owned());
        at = name_end
            .saturating_add(extra_len)
            .saturating_add(comment_len);
        if names.len() > MAX_ENTRIES {
            return Err(PackageError::TooLarge);
        }
    }
    Ok(names)
}

/// Writes everything read from `reader` to `writer`, hashing it; returns (SHA-256, size).
/// Reads at most `limit + 1` bytes, so a size above `limit` shows without reading on.
fn copy_hashing(
    reader: &mut dyn Read,
    writer: &mut dyn Write,
    limit: u64,
) -> std::io::Result<(String, u64)> {
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; 64 * 1024];
    let mut size = 0_u64;
    let mut reader = reader.take(limit.saturating_add(1));
    loop {
        let n = match reader.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        hasher.update(&buffer[..n]);
        writer.write_all(&buffer[..n])?;
        size += n as u64;
    }
    Ok((hex(&hasher.finalize()), size))
}

fn zip_time(at: Timestamp) -> zip::DateTime {
    let civil = jiff::tz::TimeZone::UTC.to_datetime(at);
    u16::try_from(civil.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                civil.month().unsigned_abs(),
                civil.day().unsigned_abs(),
                civil.hour().unsigned_abs(),
                civil.minute().unsigned_abs(),
                civil.second().unsigned_abs(),
            )
            .ok()
        })
        .unwrap_or_default()
}

/// Packs the saved assessment at `assessment_path` and its attachments into `target`,
/// atomically. Refuses when an attachment is missing or changed: the package would not hold
/// what the assessment says.
pub fn export_package(
    assessment_path: &Path,
    target: &Path,
    now: Timestamp,
) -> Result<Packed, PackageError> {
    let bytes = read_capped(assessment_path, MAX_ASSESSMENT_FILE_BYTES as u64)?;
    let assessment = decode_assessment(&bytes).map_err(PackageError::Assessment)?;
    let folder = assessment_folder(assessment_path);

    let (files, sources) = packed_files(&assessment, &folder, &bytes)?;
    let manifest = Manifest {
        format: PACKAGE_FORMAT.to_owned(),
        version: PACKAGE_VERSION,
        created: now,
        municipality: assessment.municipality.name.clone(),
        assessment_id: assessment.id.clone(),
        files,
    };
    let manifest_text =
        ron::ser::to_string_pretty(&manifest, ron::ser::PrettyConfig::new().struct_names(true))
            .unwrap_or_default();

    let time = zip_time(now);
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(time);
    // Attachments are mostly compressed already (PDF, images, office files): stored as is.
    let stored = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored)
        .last_modified_time(time);
    let to_io = |error: zip::result::ZipError| match error {
        zip::result::ZipError::Io(error) => error,
        other => std::io::Error::other(other.to_string()),
    };
    write_atomic_stream(target, &mut |file| {
        let mut zip = zip::ZipWriter::new(&mut *file);
        zip.start_file(MANIFEST_FILE, deflated).map_err(to_io)?;
        zip.write_all(manifest_text.as_bytes())?;
        zip.start_file(ASSESSMENT_FILE, deflated).map_err(to_io)?;
        zip.write_all(&bytes)?;
        for (name, source) in &sources {
            let size = std::fs::metadata(source)?.len();
            zip.start_file(
                name.as_str(),
                stored.large_file(size >= u64::from(u32::MAX)),
            )
            .map_err(to_io)?;
            // The file might change while it is copied: the copy is hashed and compared.
            let expected = manifest.files.iter().find(|f| &f.name == name);
            let mut reader = super::read::open_regular(source)
                .map_err(|error| std::io::Error::other(error.to_string()))?;
            let (sha256, size) = copy_hashing(&mut reader, &mut zip, MAX_ATTACHMENT_BYTES)?;
            if expected.is_none_or(|f| f.sha256 != sha256 || f.size != size) {
                return Err(std::io::Error::other(format!(
                    "{name} changed while packing"
                )));
            }
        }
        zip.finish().map_err(to_io)?;
        Ok(())
    })?;
    let size = std::fs::metadata(target).map_or(0, |m| m.len());
    Ok(Packed {
        files: manifest.files.len(),
        size,
    })
}

/// Each attachment's name in the package and the file it is read from.
type Sources = Vec<(String, PathBuf)>;

/// What a package of `assessment` holds: the file itself and every attachment once (the
/// same file attached twice is stored once), each checked first; with where each
/// attachment is read from.
fn packed_files(
    assessment: &Assessment,
    folder: &Path,
    bytes: &[u8],
) -> Result<(Vec<PackedFile>, Sources), PackageError> {
    let mut files = vec![PackedFile {
        name: ASSESSMENT_FILE.to_owned(),
        size: bytes.len() as u64,
        sha256: crate::domain::digest::sha256_hex(bytes),
    }];
    let mut sources = Vec::new();
    for attachment in assessment.evidence.iter().flat_map(|e| &e.attachments) {
        if files.iter().any(|file| file.name == attachment.path) {
            continue;
        }
        let state = attachments::verify(folder, attachment);
        let (AttachmentState::Intact, Ok(source)) =
            (&state, attachments::resolve(folder, &attachment.path))
        else {
            return Err(PackageError::Attachment {
                name: attachment.original_name.clone(),
                state,
            });
        };
        files.push(PackedFile {
            name: attachment.path.clone(),
            size: attachment.size,
            sha256: attachment.sha256.clone(),
        });
        sources.push((attachment.path.clone(), source));
    }
    Ok((files, sources))
}

/// Checks an entry name: the manifest, the assessment, or a safe attachment path.
fn check_entry_name(name: &str) -> Result<(), PathProblem> {
    if name == MANIFEST_FILE || name == ASSESSMENT_FILE {
        return Ok(());
    }
    attachments::check_relative_path(name)
}

/// An open package: its manifest, checked against the entries' names.
#[derive(Debug)]
pub struct Package<R> {
    archive: zip::ZipArchive<R>,
    /// What the manifest says.
    pub manifest: Manifest,
}

/// Opens a package and checks every entry name and its manifest, before anything is written.
pub fn open_package(path: &Path) -> Result<Package<std::fs::File>, PackageError> {
    read_package(super::read::open_regular(path)?)
}

/// Like [`open_package`], from any reader.
pub fn read_package<R: Read + Seek>(mut reader: R) -> Result<Package<R>, PackageError> {
    let packed_size = reader.seek(std::io::SeekFrom::End(0))?;
    // The zip reader keeps one entry per name and hides the others: read the names as the
    // central directory holds them, and refuse a name given twice.
    let raw_names = central_directory_names(&mut reader, packed_size)?;
    reader.seek(std::io::SeekFrom::Start(0))?;
    let mut archive = zip::ZipArchive::new(reader).map_err(zip_error)?;
    if archive.len() > MAX_ENTRIES || raw_names.len() > MAX_ENTRIES {
        return Err(PackageError::TooLarge);
    }
    for (index, name) in raw_names.iter().enumerate() {
        if raw_names[..index]
            .iter()
            .any(|earlier| earlier.eq_ignore_ascii_case(name))
        {
            return Err(PackageError::Duplicate(name.clone()));
        }
    }
    if raw_names.len() != archive.len() {
        return Err(PackageError::NotAPackage(
            "the central directory does not match the entries".to_owned(),
        ));
    }
    // Names first: a hostile name refuses the whole package.
    let mut names = Vec::with_capacity(archive.len());
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(zip_error)?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if entry.is_dir() {
            // Folder entries are harmless when their names are: nothing is made for them.
            let folder = name.trim_end_matches('/');
            if folder != super::layout::ATTACHMENTS_DIR {
                check_entry_name(folder)
                    .map_err(|problem| PackageError::BadEntryName { name, problem })?;
            }
            continue;
        }
        check_entry_name(&name).map_err(|problem| PackageError::BadEntryName {
            name: name.clone(),
            problem,
        })?;
        if entry.is_symlink() {
            return Err(PackageError::Unlisted(name));
        }
        // Two entries of one name (letter case aside: on Windows they are one file).
        if names
            .iter()
            .any(|earlier: &String| earlier.eq_ignore_ascii_case(&name))
        {
            return Err(PackageError::Duplicate(name));
        }
        names.push(name);
    }
    if !names.iter().any(|name| name == MANIFEST_FILE) {
        return Err(PackageError::NoManifest);
    }
    let manifest = {
        let entry = archive.by_name(MANIFEST_FILE).map_err(zip_error)?;
        let mut text = String::new();
        entry
            .take(MAX_MANIFEST_BYTES)
            .read_to_string(&mut text)
            .map_err(|_| PackageError::NoManifest)?;
        let manifest: Manifest = ron::from_str(&text).map_err(|_| PackageError::NoManifest)?;
        manifest
    };
    check_manifest(&manifest, &names, packed_size)?;
    Ok(Package { archive, manifest })
}

/// Checks a package's manifest against its entry names and its size: our format and version,
/// every listed file present once with a safe name, nothing unlisted, the sizes within bounds.
fn check_manifest(
    manifest: &Manifest,
    names: &[String],
    packed_size: u64,
) -> Result<(), PackageError> {
    if manifest.format != PACKAGE_FORMAT {
        return Err(PackageError::NoManifest);
    }
    if manifest.version > PACKAGE_VERSION {
        return Err(PackageError::NewerVersion(manifest.version));
    }
    let mut unpacked = 0_u64;
    for (index, file) in manifest.files.iter().enumerate() {
        check_entry_name(&file.name).map_err(|problem| PackageError::BadEntryName {
            name: file.name.clone(),
            problem,
        })?;
        if manifest.files[..index]
            .iter()
            .any(|earlier| earlier.name.eq_ignore_ascii_case(&file.name))
        {
            return Err(PackageError::Duplicate(file.name.clone()));
        }
        unpacked = unpacked.saturating_add(file.size);
        if file.name == MANIFEST_FILE {
            return Err(PackageError::Unlisted(file.name.clone()));
        }
        if !names.contains(&file.name) {
            return Err(PackageError::MissingEntry(file.name.clone()));
        }
        if file.size > MAX_ATTACHMENT_BYTES {
            return Err(PackageError::TooLarge);
        }
    }
    // Each file unpacks to at most its listed size (more is a mismatch), so the manifest's
    // sum bounds what unpacking writes.
    let ratio_exceeded =
        unpacked > RATIO_FREE_BYTES && unpacked > packed_size.saturating_mul(MAX_UNPACK_RATIO);
    if unpacked > MAX_UNPACKED_BYTES || ratio_exceeded {
        return Err(PackageError::TooLarge);
    }
    if manifest.files.first().map(|f| f.name.as_str()) != Some(ASSESSMENT_FILE) {
        return Err(PackageError::MissingEntry(ASSESSMENT_FILE.to_owned()));
    }
    for name in names {
        let listed = manifest.files.iter().filter(|f| &f.name == name).count();
        if name != MANIFEST_FILE && listed != 1 {
            return Err(PackageError::Unlisted(name.clone()));
        }
    }
    Ok(())
}

impl<R: Read + Seek> Package<R> {
    /// Reads the assessment out of the package (checked against the manifest).
    pub fn assessment(&mut self) -> Result<Assessment, PackageError> {
        let bytes = self.assessment_bytes()?;
        decode_assessment(&bytes).map_err(PackageError::Assessment)
    }

    /// Reads every file the manifest lists (the assessment too) and checks its size and
    /// SHA-256 against the manifest, writing nothing anywhere.
    pub fn check_files(&mut self) -> Result<(), PackageError> {
        let files = self.manifest.files.clone();
        for file in &files {
            let mut entry = self.archive.by_name(&file.name).map_err(zip_error)?;
            let (sha256, size) = copy_hashing(&mut entry, &mut std::io::sink(), file.size)?;
            if sha256 != file.sha256 || size != file.size {
                return Err(PackageError::Mismatch(file.name.clone()));
            }
        }
        Ok(())
    }

    /// The assessment file's bytes, checked against the manifest.
    pub fn assessment_bytes(&mut self) -> Result<Vec<u8>, PackageError> {
        let Some(listed) = self.manifest.files.first().cloned() else {
            return Err(PackageError::MissingEntry(ASSESSMENT_FILE.to_owned()));
        };
        let mut bytes = Vec::new();
        let entry = self.archive.by_name(ASSESSMENT_FILE).map_err(zip_error)?;
        let (sha256, size) =
            copy_hashing(&mut { entry }, &mut bytes, MAX_ASSESSMENT_FILE_BYTES as u64)?;
        if sha256 != listed.sha256 || size != listed.size {
            return Err(PackageError::Mismatch(ASSESSMENT_FILE.to_owned()));
        }
        Ok(bytes)
    }

    /// Unpacks into `target`, a folder that must not exist or be empty; returns the path of
    /// the assessment file in it. Files go to a temporary folder beside `target` first,
    /// which becomes `target` only when every file matched the manifest.
    pub fn unpack(&mut self, target: &Path) -> Result<PathBuf, PackageError> {
        let parent = match target.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
            _ => PathBuf::from("."),
        };
        std::fs::create_dir_all(&parent)?;
        let temp = parent.join(format!(
            "{TEMP_PREFIX}unpack-{}-{}",
            std::process::id(),
            target
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        ));
        let _ = std::fs::remove_dir_all(&temp);
        std::fs::create_dir_all(&temp)?;
        let result = self.unpack_into(&temp).and_then(|()| {
            // An empty target (made to reserve the name) gives way; a full one does not.
            if target.exists() {
                std::fs::remove_dir(target)?;
            }
            std::fs::rename(&temp, target)?;
            Ok(target.join(ASSESSMENT_FILE))
        });
        if result.is_err() {
            let _ = std::fs::remove_dir_all(&temp);
        }
        result
    }

    fn unpack_into(&mut self, folder: &Path) -> Result<(), PackageError> {
        let files = self.manifest.files.clone();
        for file in &files {
            // Checked when the package was opened; checked again where it is used.
            let path = attachments::resolve(folder, &file.name).or_else(|problem| {
                if file.name == ASSESSMENT_FILE {
                    Ok(folder.join(ASSESSMENT_FILE))
                } else {
                    Err(PackageError::BadEntryName {
                        name: file.name.clone(),
                        problem,
                    })
                }
            })?;
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            let mut entry = self.archive.by_name(&file.name).map_err(zip_error)?;
            let mut out = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)?;
            let (sha256, size) = copy_hashing(&mut entry, &mut out, file.size)?;
            if sha256 != file.sha256 || size != file.size {
                return Err(PackageError::Mismatch(file.name.clone()));
            }
            out.sync_all()?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gives its data three bytes at a time, interrupted before each read when `interrupt`
    /// is set; when the data is used up, fails with `fail` for good (or ends without one).
    struct Flaky {
        data: &'static [u8],
        at: usize,
        interrupt: bool,
        interrupted: bool,
        fail: Option<std::io::ErrorKind>,
    }

    impl Read for Flaky {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.interrupt && !self.interrupted {
                self.interrupted = true;
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            self.interrupted = false;
            if self.at == self.data.len() {
                return self.fail.map_or(Ok(0), |kind| Err(kind.into()));
            }
            let n = buf.len().min(self.data.len() - self.at).min(3);
            buf[..n].copy_from_slice(&self.data[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    /// An interrupted read is tried again; any other error stops the copy and is returned.
    /// (Mutants no test caught: the guard on `Interrupted` turned to true, false or `!=`.)
    #[test]
    fn copying_goes_on_after_an_interruption_and_stops_at_an_error() {
        let data = b"hyvinvointi ja terveys";
        let mut copy = Vec::new();
        let mut reader = Flaky {
            data,
            at: 0,
            interrupt: true,
            interrupted: false,
            fail: None,
        };
        let (sha256, size) = copy_hashing(&mut reader, &mut copy, 1024).expect("copied");
        assert_eq!((copy.as_slice(), size), (&data[..], 22));
        assert_eq!(sha256, hex(&Sha256::digest(data)));
        let mut reader = Flaky {
            data,
            at: 0,
            interrupt: false,
            interrupted: false,
            fail: Some(std::io::ErrorKind::PermissionDenied),
        };
        let error = copy_hashing(&mut reader, &mut Vec::new(), 1024).expect_err("refused");
        assert_eq!(error.kind(), std::io::ErrorKind::PermissionDenied);
    }
}
