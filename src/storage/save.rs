//! Saving an assessment: noticing that someone else changed the file, writing atomically with
//! a backup, and doing it on a thread of its own so that typing never waits for the disk.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use sha2::{Digest as _, Sha256};

use super::layout::backup_path;
use super::write::{WriteError, WriteStep, write_atomic_with};

/// What a file looked like when it was last read or written, to notice changes by others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Size in bytes.
    pub len: u64,
    /// SHA-256 of the content.
    pub sha256: [u8; 32],
}

impl FileStamp {
    /// The stamp of `bytes`, just written to or read from a file.
    pub fn of(bytes: &[u8]) -> Self {
        Self {
            len: bytes.len() as u64,
            sha256: Sha256::digest(bytes).into(),
        }
    }
}

/// Whether the file at `path` still has the content `stamp` describes: its content is read
/// and hashed every time. Size and time are not enough: a sync client or a restore can put
/// back a file of the same length with the same modification time and other content. A file
/// merely touched does not count as changed.
pub fn unchanged_since(path: &Path, stamp: &FileStamp) -> bool {
    let Ok(metadata) = std::fs::metadata(path) else {
        return false;
    };
    // Another length is another content, without reading it.
    if metadata.len() != stamp.len {
        return false;
    }
    super::read::read_capped(path, super::MAX_ASSESSMENT_FILE_BYTES as u64)
        .is_ok_and(|bytes| Sha256::digest(&bytes).as_slice() == stamp.sha256)
}

/// A save to do.
#[derive(Clone, Debug)]
pub struct SaveRequest {
    /// The assessment file.
    pub path: PathBuf,
    /// The encoded assessment.
    pub bytes: Vec<u8>,
    /// What the file looked like when last read or written; `None` to write regardless
    /// (a new file, or the user chose to overwrite).
    pub expected: Option<FileStamp>,
}

/// How a save went.
#[derive(Debug)]
pub enum SaveOutcome {
    /// Written; the new stamp.
    Saved(FileStamp),
    /// Someone else changed (or removed) the file since it was read: nothing was written.
    ChangedOnDisk,
    /// The write failed; the previous file is untouched.
    Failed(WriteError),
}

/// Saves: checks for changes by others, then writes atomically, keeping the previous version
/// as the backup. `before` can inject faults (see [`write_atomic_with`]).
pub fn save_file_with(
    request: &SaveRequest,
    before: &dyn Fn(WriteStep) -> std::io::Result<()>,
) -> SaveOutcome {
    // Only a file whose folder is there can have been changed by someone; an unreachable
    // folder (a dropped network drive) is a failed write, reported as such below.
    let folder_is_there = request.path.parent().is_some_and(Path::is_dir);
    if let Some(expected) = &request.expected
        && folder_is_there
        && !unchanged_since(&request.path, expected)
    {
        return SaveOutcome::ChangedOnDisk;
    }
    let backup = backup_path(&request.path);
    match write_atomic_with(&request.path, &request.bytes, Some(&backup), before) {
        Ok(()) => SaveOutcome::Saved(FileStamp::of(&request.bytes)),
        Err(error) => SaveOutcome::Failed(error),
    }
}

/// Saves (see [`save_file_with`]).
pub fn save_file(request: &SaveRequest) -> SaveOutcome {
    save_file_with(request, &|_| Ok(()))
}

/// A save in progress, numbered so that answers match their requests.
pub type SaveTicket = u64;

/// Saves on a thread of its own; answers arrive through [`Saver::poll`].
#[derive(Debug)]
pub struct Saver {
    jobs: Option<mpsc::Sender<(SaveTicket, SaveRequest)>>,
    answers: mpsc::Receiver<(SaveTicket, SaveOutcome)>,
    thread: Option<std::thread::JoinHandle<()>>,
    next: SaveTicket,
}

impl Saver {
    /// Starts the saving thread; `wake` is called after each save (to repaint the UI).
    pub fn start(wake: impl Fn() + Send + 'static) -> Self {
        let (jobs, job_receiver) = mpsc::channel::<(SaveTicket, SaveRequest)>();
        let (answer_sender, answers) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("terve-kunta-saver".to_owned())
            .spawn(move || {
                for (ticket, request) in job_receiver {
                    let outcome = save_file(&request);
                    if answer_sender.send((ticket, outcome)).is_err() {
                        break;
                    }
                    wake();
                }
            })
            .ok();
        Self {
            jobs: Some(jobs),
            answers,
            thread,
            next: 1,
        }
    }

    /// Queues a save; returns its ticket, or `None` when the thread could not be started
    /// (the caller then saves itself).
    pub fn submit(&mut self, request: SaveRequest) -> Option<SaveTicket> {
        let ticket = self.next;
        self.next += 1;
        self.jobs.as_ref()?.send((ticket, request)).ok()?;
        Some(ticket)
    }

    /// A finished save, if there is one.
    pub fn poll(&self) -> Option<(SaveTicket, SaveOutcome)> {
        self.answers.try_recv().ok()
    }

    /// Waits for the next finished save.
    pub fn wait(&self) -> Option<(SaveTicket, SaveOutcome)> {
        self.answers.recv().ok()
    }
}

impl Drop for Saver {
    /// Lets queued saves finish before the app ends.
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
