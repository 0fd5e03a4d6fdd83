//! Attachments: files kept in the assessment's folder under a content-addressed name.
//!
//! Paths read from an assessment file are untrusted: a hostile file could name
//! `../../.ssh/id_rsa` or a symlink out of the folder. [`check_relative_path`] accepts only plain
//! relative paths under `attachments/`, and [`resolve`] refuses anything whose real location
//! leaves the assessment's folder. The content's SHA-256 is checked before a file is handed on.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use sha2::{Digest as _, Sha256};

use super::layout::ATTACHMENTS_DIR;
use super::write::TEMP_PREFIX;
use crate::domain::dates::Timestamp;
use crate::domain::digest::hex;
use crate::domain::evidence::Attachment;

/// The largest file that can be attached: far above any scanned minutes.
pub const MAX_ATTACHMENT_BYTES: u64 = 512 * 1024 * 1024;

/// Why a stored attachment path is refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PathProblem {
    /// Nothing at all.
    #[error("empty path")]
    Empty,
    /// Longer than 255 characters.
    #[error("path too long")]
    TooLong,
    /// Starts at the root (`/…`).
    #[error("absolute path")]
    Absolute,
    /// Has a `..` or `.` step.
    #[error("path goes up or stays with . or ..")]
    DotStep,
    /// A `:` (drive letters, alternate data streams, URLs).
    #[error("colon in path")]
    Colon,
    /// A backslash (Windows separators are not used in stored paths).
    #[error("backslash in path")]
    Backslash,
    /// A control character.
    #[error("control character in path")]
    ControlCharacter,
    /// A character Windows does not allow in names: `< > " | ? *`.
    #[error("character {0:?} not allowed")]
    ForbiddenCharacter(char),
    /// A Windows device name such as `CON`, `NUL`, `COM1`, `CONIN$`.
    #[error("reserved name {0}")]
    ReservedName(String),
    /// An empty step (`a//b`) or one ending in a dot or space.
    #[error("malformed name")]
    MalformedName,
    /// Not inside `attachments/`.
    #[error("not in the attachments folder")]
    OutsideAttachments,
    /// The real location (after following links) is outside the assessment's folder.
    #[error("link out of the assessment's folder")]
    LeavesFolder,
}

/// Windows' device names, which name a device in every folder and with any extension (the
/// console's `CONIN$`/`CONOUT$` too); `COM` and `LPT` with a digit are checked below.
const RESERVED: [&str; 6] = ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"];

fn is_reserved(name: &str) -> bool {
    let stem = name
        .split('.')
        .next()
        .unwrap_or(name)
        .trim_end()
        .to_ascii_uppercase();
    if RESERVED.contains(&stem.as_str()) {
        return true;
    }
    let numbered = |prefix: &str| {
        stem.strip_prefix(prefix).is_some_and(|n| {
            n.chars().count() == 1 && n.chars().all(|c| c.is_ascii_digit() || "¹²³".contains(c))
        })
    };
    numbered("COM") || numbered("LPT")
}

/// Checks a stored attachment path: relative, plain, under `attachments/`.
pub fn check_relative_path(path: &str) -> Result<(), PathProblem> {
    if path.is_empty() {
        return Err(PathProblem::Empty);
    }
    if path.chars().count() > 255 {
        return Err(PathProblem::TooLong);
    }
    if let Some(c) = path.chars().find(|c| c.is_control()) {
        let _ = c;
        return Err(PathProblem::ControlCharacter);
    }
    if path.contains('\\') {
        return Err(PathProblem::Backslash);
    }
    if path.contains(':') {
        return Err(PathProblem::Colon);
    }
    if path.starts_with('/') {
        return Err(PathProblem::Absolute);
    }
    if let Some(c) = path
        .chars()
        .find(|c| matches!(c, '<' | '>' | '"' | '|' | '?' | '*'))
    {
        return Err(PathProblem::ForbiddenCharacter(c));
    }
    let steps: Vec<&str> = path.split('/').collect();
    for step in &steps {
        if *step == "." || *step == ".." {
            return Err(PathProblem::DotStep);
        }
        if step.is_empty() || step.ends_with('.') || step.ends_with(' ') || step.starts_with(' ') {
            return Err(PathProblem::MalformedName);
        }
        if is_reserved(step) {
            return Err(PathProblem::ReservedName((*step).to_owned()));
        }
    }
    if steps.len() != 2 || steps[0] != ATTACHMENTS_DIR {
        return Err(PathProblem::OutsideAttachments);
    }
    Ok(())
}

/// The real path of a stored attachment in `folder`, refusing hostile paths and links that
/// lead out of the folder. A missing file resolves to where it should be.
pub fn resolve(folder: &Path, path: &str) -> Result<PathBuf, PathProblem> {
    check_relative_path(path)?;
    let joined = folder.join(path);
    if std::fs::symlink_metadata(&joined).is_err() {
        return Ok(joined);
    }
    let is_link = |path: &Path| {
        std::fs::symlink_metadata(path).is_ok_and(|metadata| metadata.file_type().is_symlink())
    };
    match (
        std::fs::canonicalize(folder),
        std::fs::canonicalize(&joined),
    ) {
        (Ok(real_folder), Ok(real)) if real.starts_with(&real_folder) => Ok(real),
        // A link to something outside.
        (Ok(_), Ok(_)) => Err(PathProblem::LeavesFolder),
        // The real path could not be found out: a dangling link, or a system that cannot
        // tell (Wine, for paths over 260 characters). Without a link (or a Windows junction)
        // at either step of `attachments/NAME`, the file is where its path says.
        _ if !is_link(&joined) && !is_link(&folder.join(ATTACHMENTS_DIR)) => Ok(joined),
        _ => Err(PathProblem::LeavesFolder),
    }
}

/// The state of an attachment in its folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AttachmentState {
    /// There, with the recorded content.
    Intact,
    /// Not there.
    Missing,
    /// There, but its content has changed since it was attached.
    Modified,
    /// Its stored path is refused.
    Unsafe(PathProblem),
}

impl AttachmentState {
    /// What the readiness rule needs to know: whether evidence can rest on it.
    pub fn health(&self) -> crate::domain::quality::AttachmentHealth {
        use crate::domain::quality::AttachmentHealth;
        match self {
            Self::Intact => AttachmentHealth::Intact,
            Self::Missing | Self::Modified | Self::Unsafe(_) => AttachmentHealth::Broken,
        }
    }
}

/// The readiness rule's view of every attachment of the assessment saved at `file`, checked
/// on disk now (each file is read and hashed).
pub fn health_on_disk(
    file: &Path,
) -> impl Fn(&Attachment) -> crate::domain::quality::AttachmentHealth {
    let folder = super::layout::assessment_folder(file);
    move |attachment| verify(&folder, attachment).health()
}

/// Hashes a file's content, reading it in pieces.
fn hash_file(path: &Path) -> std::io::Result<(String, u64)> {
    // Never waits on a pipe or a device put where an attachment was.
    let mut file = super::read::open_regular(path).map_err(|error| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, error.to_string())
    })?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0_u8; 64 * 1024];
    let mut size = 0_u64;
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        size += n as u64;
    }
    Ok((hex(&hasher.finalize()), size))
}

/// Checks an attachment: path, presence, size and SHA-256.
pub fn verify(folder: &Path, attachment: &Attachment) -> AttachmentState {
    let path = match resolve(folder, &attachment.path) {
        Ok(path) => path,
        Err(problem) => return AttachmentState::Unsafe(problem),
    };
    match std::fs::metadata(&path) {
        Err(_) => return AttachmentState::Missing,
        Ok(metadata) if !metadata.is_file() => return AttachmentState::Missing,
        Ok(metadata) if metadata.len() != attachment.size => return AttachmentState::Modified,
        Ok(_) => {}
    }
    match hash_file(&path) {
        Ok((sha256, _)) if sha256 == attachment.sha256 => AttachmentState::Intact,
        Ok(_) => AttachmentState::Modified,
        Err(_) => AttachmentState::Missing,
    }
}

/// Why a file could not be attached.
#[derive(Debug, thiserror::Error)]
pub enum AttachError {
    /// The file could not be read.
    #[error("cannot read {}: {source}", .path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// Not a regular file.
    #[error("not a file: {}", .0.display())]
    NotAFile(PathBuf),
    /// Too large.
    #[error("too large: {size} bytes")]
    TooLarge {
        /// Its size.
        size: u64,
    },
    /// It could not be stored in the assessment's folder.
    #[error("cannot store it: {0}")]
    Write(std::io::Error),
}

/// A safe extension from a file name: up to ten lowercase letters and digits.
fn extension(name: &str) -> Option<String> {
    let ext = Path::new(name).extension()?.to_str()?.to_ascii_lowercase();
    (!ext.is_empty() && ext.len() <= 10 && ext.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then_some(ext)
}

/// Copies `source` into `folder/attachments/` under its SHA-256 and returns the record.
/// The same content attached twice is stored once.
pub fn attach_file(
    folder: &Path,
    source: &Path,
    now: Timestamp,
) -> Result<Attachment, AttachError> {
    let read_error = |source_error| AttachError::Read {
        path: source.to_path_buf(),
        source: source_error,
    };
    let metadata = std::fs::metadata(source).map_err(read_error)?;
    if !metadata.is_file() {
        return Err(AttachError::NotAFile(source.to_path_buf()));
    }
    if metadata.len() > MAX_ATTACHMENT_BYTES {
        return Err(AttachError::TooLarge {
            size: metadata.len(),
        });
    }
    let dir = folder.join(ATTACHMENTS_DIR);
    std::fs::create_dir_all(&dir).map_err(AttachError::Write)?;

    // Copy and hash in one pass, into a temporary file beside the final one.
    let temp = dir.join(format!("{TEMP_PREFIX}{}-attachment", std::process::id()));
    let copy = || -> Result<(String, u64), AttachError> {
        let mut input = super::read::open_regular(source).map_err(|error| match error {
            super::read::ReadError::NotAFile { .. }
            | super::read::ReadError::IsDirectory { .. } => {
                AttachError::NotAFile(source.to_path_buf())
            }
            other => read_error(std::io::Error::other(other.to_string())),
        })?;
        let mut output = std::fs::File::create(&temp).map_err(AttachError::Write)?;
        let mut hasher = Sha256::new();
        let mut buffer = vec![0_u8; 64 * 1024];
        let mut size = 0_u64;
        loop {
            let n = input.read(&mut buffer).map_err(read_error)?;
            if n == 0 {
                break;
            }
            size += n as u64;
            if size > MAX_ATTACHMENT_BYTES {
                return Err(AttachError::TooLarge { size });
            }
            hasher.update(&buffer[..n]);
            output.write_all(&buffer[..n]).map_err(AttachError::Write)?;
        }
        output.sync_all().map_err(AttachError::Write)?;
        Ok((hex(&hasher.finalize()), size))
    };
    let (sha256, size) = match copy() {
        Ok(result) => result,
        Err(error) => {
            let _ = std::fs::remove_file(&temp);
            return Err(error);
        }
    };
    let original_name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stored_name = match extension(&original_name) {
        Some(ext) => format!("{sha256}.{ext}"),
        None => sha256.clone(),
    };
    let stored = dir.join(&stored_name);
    let placed = if stored.exists() {
        std::fs::remove_file(&temp)
    } else {
        std::fs::rename(&temp, &stored)
    };
    if let Err(error) = placed {
        let _ = std::fs::remove_file(&temp);
        return Err(AttachError::Write(error));
    }
    Ok(Attachment {
        path: format!("{ATTACHMENTS_DIR}/{stored_name}"),
        sha256,
        size,
        original_name,
        added: now,
    })
}

/// Whether a file name looks like a program or script, which the system would run rather than
/// show: the app asks before opening one.
pub fn is_executable_name(name: &str) -> bool {
    const EXECUTABLE: &[&str] = &[
        "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "lnk", "reg",
        "hta", "js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "jar", "sh", "bash", "zsh",
        "csh", "run", "bin", "appimage", "deb", "rpm", "desktop", "app", "command", "py", "pl",
        "rb", "php", "so", "dylib", "elf", "apk", "iso", "img",
    ];
    Path::new(name)
        .extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| EXECUTABLE.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Copies the attachments of `assessment` (a new round started from the one saved in
/// `from`) into `to`, each re-hashed as it is copied. One that is missing, refused or no
/// longer what was recorded keeps its record (so that it shows as such) and marks its item
/// to be checked. Returns how many were copied intact.
pub fn carry_attachments(
    assessment: &mut crate::domain::Assessment,
    from: &Path,
    to: &Path,
    now: Timestamp,
) -> usize {
    let mut copied = 0;
    for evidence in &mut assessment.evidence {
        for attachment in &evidence.attachments {
            let intact = resolve(from, &attachment.path)
                .ok()
                .and_then(|source| attach_file(to, &source, now).ok())
                .is_some_and(|copy| {
                    copy.sha256 == attachment.sha256 && copy.path == attachment.path
                });
            if intact {
                copied += 1;
            } else {
                evidence.to_check = true;
            }
        }
    }
    copied
}
