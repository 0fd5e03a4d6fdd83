//! Writing a file so that it is always either the old or the new version, never a mix.
//!
//! The bytes go to a temporary file in the same folder, which is flushed to disk and then
//! renamed over the target; finally the folder itself is flushed so the rename survives a
//! power cut. A failure at any step leaves the target untouched and removes the temporary file.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The step of an atomic write that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteStep {
    /// Creating the temporary file.
    Create,
    /// Writing the bytes.
    Write,
    /// Flushing them to disk.
    Sync,
    /// Renaming the temporary file over the target.
    Rename,
    /// Flushing the folder.
    SyncFolder,
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

/// The prefix of temporary files, so that ones left by a killed process can be recognised.
pub const TEMP_PREFIX: &str = ".tk-tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically (see the module documentation).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let fail = |step, source| WriteError {
        path: path.to_path_buf(),
        step,
        source,
    };
    let folder = match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = folder.join(format!(
        "{TEMP_PREFIX}{name}-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));

    let result = (|| {
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(|e| fail(WriteStep::Create, e))?;
        file.write_all(bytes)
            .map_err(|e| fail(WriteStep::Write, e))?;
        file.sync_all().map_err(|e| fail(WriteStep::Sync, e))?;
        drop(file);
        std::fs::rename(&temp, path).map_err(|e| fail(WriteStep::Rename, e))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
        return result;
    }
    sync_folder(&folder).map_err(|e| fail(WriteStep::SyncFolder, e))
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    std::fs::File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> std::io::Result<()> {
    // Windows cannot open a folder as a file; its rename is flushed with the file system.
    Ok(())
}
