//! Writing a file so that it is always either the old or the new version, never a mix.
//!
//! The bytes go to a temporary file in the same folder, which is flushed to disk and then
//! renamed over the target; finally the folder itself is flushed so the rename survives a
//! power cut. A failure at any step leaves the target untouched and removes the temporary file.
//! With a backup path, the version being replaced is kept there (by a hard link, so nothing is
//! copied; by a copy where the file system has no hard links).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The step of an atomic write that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WriteStep {
    /// Creating the temporary file.
    Create,
    /// Writing the bytes.
    Write,
    /// Flushing them to disk.
    Sync,
    /// Keeping the previous version as the backup.
    Backup,
    /// Renaming the temporary file over the target.
    Rename,
    /// Flushing the folder.
    SyncFolder,
}

impl WriteStep {
    /// Every step, in order.
    pub const ALL: [Self; 6] = [
        Self::Create,
        Self::Write,
        Self::Sync,
        Self::Backup,
        Self::Rename,
        Self::SyncFolder,
    ];
}

/// Why a file could not be written. The previous version of the file is untouched.
#[derive(Debug, thiserror::Error)]
#[error("{}: {step:?}: {source}", .path.display())]
pub struct WriteError {
    /// The file that was to be written.
    pub path: PathBuf,
    /// The step that failed.
    pub step: WriteStep,
    /// What the system said.
    pub source: std::io::Error,
}

/// The prefix of temporary files, so that ones left by a killed process can be recognised
/// and swept (see [`super::sweep_temp_files`]).
pub const TEMP_PREFIX: &str = ".tk-tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A temporary file's name: the prefix, the target's name, this process's id and a counter.
fn temp_path(folder: &Path, name: &str) -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    folder.join(format!("{TEMP_PREFIX}{}-{name}-{n}", std::process::id()))
}

/// Writes `bytes` to `path` atomically (see the module documentation).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    write_atomic_with(path, bytes, None, &|_| Ok(()))
}

/// Writes `bytes` to `path` atomically, keeping the version it replaces at `backup`.
///
/// `before` is called before each step; an error it returns fails that step, as the system
/// would. Tests use it to inject a fault at every step; the app passes a no-op.
pub fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    backup: Option<&Path>,
    before: &dyn Fn(WriteStep) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    write_atomic_inner(path, &mut |out| out.write_all(bytes), backup, before)
}

/// Writes whatever `fill` writes to `path` atomically, without holding it all in memory (a
/// package of large attachments). An error from `content` fails the write step.
pub fn write_atomic_stream(
    path: &Path,
    content: &mut dyn FnMut(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    write_atomic_inner(path, content, None, &|_| Ok(()))
}

fn write_atomic_inner(
    path: &Path,
    content: &mut dyn FnMut(&mut std::fs::File) -> std::io::Result<()>,
    backup: Option<&Path>,
    before: &dyn Fn(WriteStep) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let fail = |step, source| WriteError {
        path: path.to_path_buf(),
        step,
        source,
    };
    let step = |step: WriteStep, action: &mut dyn FnMut() -> std::io::Result<()>| {
        before(step)
            .and_then(|()| action())
            .map_err(|e| fail(step, e))
    };
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = temp_path(&folder, &name);

    let mut file = None;
    let result = (|| {
        step(WriteStep::Create, &mut || {
            file = Some(
                std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&temp)?,
            );
            Ok(())
        })?;
        let Some(file) = file.as_mut() else {
            return Err(fail(
                WriteStep::Create,
                std::io::Error::other("no temporary file"),
            ));
        };
        step(WriteStep::Write, &mut || content(file))?;
        step(WriteStep::Sync, &mut || file.sync_all())?;
        if let Some(backup) = backup {
            step(WriteStep::Backup, &mut || {
                keep_backup(path, backup, &folder)
            })?;
        }
        step(WriteStep::Rename, &mut || std::fs::rename(&temp, path))
    })();
    drop(file);
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
        return result;
    }
    step(WriteStep::SyncFolder, &mut || sync_folder(&folder))
}

/// Makes `backup` the current content of `path` (if there is a file), atomically.
fn keep_backup(path: &Path, backup: &Path, folder: &Path) -> std::io::Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let name = backup
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = temp_path(folder, &name);
    let linked = std::fs::hard_link(path, &temp).or_else(|_| {
        // No hard links here (FAT, some network drives): copy instead.
        std::fs::copy(path, &temp)?;
        std::fs::File::open(&temp)?.sync_all()
    });
    let result = linked.and_then(|()| std::fs::rename(&temp, backup));
    // Renaming a link over another link of the same file succeeds and does nothing (POSIX):
    // when the backup already was the file itself, the temporary link would stay behind.
    if result.is_err() || std::fs::symlink_metadata(&temp).is_ok() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
#[allow(
    clippy::unnecessary_wraps,
    reason = "the same signature as on unix, where flushing a folder can fail"
)]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; its rename is flushed with the file system.
    Ok(())
}
