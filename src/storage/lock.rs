//! One writer per assessment: a lock file beside it.
//!
//! The lock is taken on `assessment.ron.lock`, a file that is never renamed (a lock on the
//! assessment itself would not survive the atomic renames of saving). The operating system
//! releases the lock when its holder ends, even by a crash or `kill -9`, so a stale lock never
//! blocks anyone; the file's text only tells others who holds it and since when.

use std::fs::{File, TryLockError};
use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::layout::lock_path;
use crate::domain::dates::Timestamp;

/// Who holds an assessment open for writing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockHolder {
    /// The user's name (from the settings, else the system's user name).
    pub user: String,
    /// The computer's name.
    pub host: String,
    /// The process id.
    pub pid: u32,
    /// Since when.
    pub since: Timestamp,
}

impl LockHolder {
    /// This process, for `user`, since `since`.
    pub fn this_process(user: &str, since: Timestamp) -> Self {
        let user = if user.trim().is_empty() {
            std::env::var("USER")
                .or_else(|_| std::env::var("USERNAME"))
                .unwrap_or_default()
        } else {
            user.trim().to_owned()
        };
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|name| name.trim().to_owned())
            .or_else(|_| std::env::var("COMPUTERNAME"))
            .or_else(|_| std::env::var("HOSTNAME"))
            .unwrap_or_default();
        Self {
            user,
            host,
            pid: std::process::id(),
            since,
        }
    }
}

/// A held lock; dropping it releases the lock and clears the holder's name from the file.
#[derive(Debug)]
pub struct AssessmentLock {
    file: Option<File>,
    path: PathBuf,
}

impl AssessmentLock {
    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the file system supports the lock (on some network drives it does not; the
    /// assessment is then opened without one).
    pub fn is_enforced(&self) -> bool {
        self.file.is_some()
    }
}

impl Drop for AssessmentLock {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            // The file stays (removing it could let two processes lock two different files);
            // only the holder's name goes.
            let _ = file.set_len(0);
            let _ = file.unlock();
        }
    }
}

/// The outcome of trying to lock an assessment.
#[derive(Debug)]
pub enum LockOutcome {
    /// This process may write.
    Acquired(AssessmentLock),
    /// Another process holds it; who, if its lock file says so.
    HeldBy(Option<LockHolder>),
}

/// Tries to lock the assessment at `path` for `holder`. Never waits.
pub fn lock_assessment(path: &Path, holder: &LockHolder) -> LockOutcome {
    let lock_file = lock_path(path);
    // Without waiting: a pipe put where the lock file belongs must not hang the app.
    let file = super::read::without_waiting(
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false),
    )
    .open(&lock_file);
    // A read-only folder: nobody can write here anyway, so there is nothing to guard.
    let Ok(mut file) = file else {
        return LockOutcome::Acquired(AssessmentLock {
            file: None,
            path: lock_file,
        });
    };
    match file.try_lock() {
        Ok(()) => {
            if let Ok(text) = ron::to_string(holder) {
                let _ = file.set_len(0);
                let _ = file.rewind();
                // Only words for others to read: not worth waiting for the disk.
                let _ = file.write_all(text.as_bytes());
            }
            LockOutcome::Acquired(AssessmentLock {
                file: Some(file),
                path: lock_file,
            })
        }
        Err(TryLockError::WouldBlock) => LockOutcome::HeldBy(read_holder(&mut file)),
        Err(TryLockError::Error(_)) => LockOutcome::Acquired(AssessmentLock {
            file: None,
            path: lock_file,
        }),
    }
}

/// The holder written in a lock file: untrusted text, so small and cleaned.
fn read_holder(file: &mut File) -> Option<LockHolder> {
    let mut text = String::new();
    file.take(4096).read_to_string(&mut text).ok()?;
    let holder: LockHolder = ron::from_str(&text).ok()?;
    let clean = |s: &str| -> String { s.chars().filter(|c| !c.is_control()).take(100).collect() };
    Some(LockHolder {
        user: clean(&holder.user),
        host: clean(&holder.host),
        ..holder
    })
}
