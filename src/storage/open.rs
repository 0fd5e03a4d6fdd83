//! Opening an assessment for work: lock, read, remember what the file looked like, and fall
//! back to the backup when the file itself cannot be read.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::assessment_file::OpenError;
use super::layout::{assessment_folder, backup_path};
use super::lock::{AssessmentLock, LockHolder, LockOutcome, lock_assessment};
use super::read::read_capped;
use super::save::FileStamp;
use super::sweep::sweep_temp_files;
use super::write::write_atomic;
use crate::format::assessment::{Decoded, MAX_ASSESSMENT_FILE_BYTES, decode_for_reading};

/// An assessment opened from a file.
#[derive(Debug)]
pub struct Opened {
    /// What the file holds.
    pub decoded: Decoded,
    /// What the file looked like, to notice later changes by others.
    pub stamp: FileStamp,
    /// The lock, when this process may write; `None` when another holds it.
    pub lock: Option<AssessmentLock>,
    /// Who holds the lock, when another process does (if its lock file says).
    pub held_by: Option<LockHolder>,
}

/// Opens the assessment at `path`: sweeps temporary files a killed save left in its folder,
/// takes the lock if it is free, reads and decodes the file.
pub fn open_assessment(path: &Path, holder: &LockHolder) -> Result<Opened, OpenError> {
    sweep_temp_files(&assessment_folder(path));
    let (lock, held_by) = match lock_assessment(path, holder) {
        LockOutcome::Acquired(lock) => (Some(lock), None),
        LockOutcome::HeldBy(holder) => (None, holder),
    };
    let bytes = read_capped(path, MAX_ASSESSMENT_FILE_BYTES as u64)?;
    let decoded = decode_for_reading(&bytes).map_err(|error| OpenError::Load {
        path: path.to_path_buf(),
        error,
    })?;
    Ok(Opened {
        decoded,
        stamp: FileStamp::of(&bytes),
        lock,
        held_by,
    })
}

/// Reads the assessment at `path` for review: no lock, no sweeping, nothing written; the
/// folder is left exactly as it was.
pub fn read_for_review(path: &Path) -> Result<Decoded, OpenError> {
    let bytes = read_capped(path, MAX_ASSESSMENT_FILE_BYTES as u64)?;
    decode_for_reading(&bytes).map_err(|error| OpenError::Load {
        path: path.to_path_buf(),
        error,
    })
}

/// The backup of the assessment at `path`, if it can be read, and when it was written.
pub fn readable_backup(path: &Path) -> Option<(Decoded, Option<SystemTime>)> {
    let backup = backup_path(path);
    let bytes = read_capped(&backup, MAX_ASSESSMENT_FILE_BYTES as u64).ok()?;
    let decoded = decode_for_reading(&bytes).ok()?;
    let modified = std::fs::metadata(&backup).and_then(|m| m.modified()).ok();
    Some((decoded, modified))
}

/// Puts the backup in place of an unreadable assessment file. The unreadable file is kept
/// beside it as `assessment.ron.broken-<seconds>` (seconds since 1970 at `now`), so nothing is
/// lost. Returns that name.
pub fn restore_backup(
    path: &Path,
    now: crate::domain::dates::Timestamp,
) -> std::io::Result<PathBuf> {
    let backup = read_capped(&backup_path(path), MAX_ASSESSMENT_FILE_BYTES as u64)
        .map_err(|error| std::io::Error::other(error.to_string()))?;
    let seconds = now.as_second();
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".broken-{seconds}"));
    let broken = path.with_file_name(name);
    if path.exists() {
        std::fs::rename(path, &broken)?;
    }
    write_atomic(path, &backup).map_err(|error| error.source)?;
    Ok(broken)
}
