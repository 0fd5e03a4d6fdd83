//! Reading a file whole, but never more than a limit.

use std::io::Read as _;
use std::path::{Path, PathBuf};

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// There is no file at the path.
    #[error("{}: not found", .path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// The user may not read it.
    #[error("{}: permission denied", .path.display())]
    PermissionDenied {
        /// The path.
        path: PathBuf,
    },
    /// The path is a folder.
    #[error("{}: is a directory", .path.display())]
    IsDirectory {
        /// The path.
        path: PathBuf,
    },
    /// The path is not a regular file: a named pipe, a device, a socket. Refused before it is
    /// read, so that nothing waits on it.
    #[error("{}: not a regular file", .path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than the limit for its kind.
    #[error("{}: {size} bytes, more than {limit}", .path.display())]
    TooLarge {
        /// The path.
        path: PathBuf,
        /// Its size (at least this much).
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// Any other failure of the operating system.
    #[error("{}: {source}", .path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl ReadError {
    /// The error of reading `path`, by what the system said.
    pub(crate) fn from_io(path: &Path, source: std::io::Error) -> Self {
        let path = path.to_path_buf();
        match source.kind() {
            std::io::ErrorKind::NotFound => Self::NotFound { path },
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied { path },
            std::io::ErrorKind::IsADirectory => Self::IsDirectory { path },
            _ => Self::Io { path, source },
        }
    }

    /// The path the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::NotFound { path }
            | Self::PermissionDenied { path }
            | Self::IsDirectory { path }
            | Self::NotAFile { path }
            | Self::TooLarge { path, .. }
            | Self::Io { path, .. } => path,
        }
    }
}

/// Lets `options` open without waiting: on unix with `O_NONBLOCK`, so that opening a named
/// pipe that nobody writes to returns at once instead of blocking.
pub(crate) fn without_waiting(options: &mut std::fs::OpenOptions) -> &mut std::fs::OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options
}

/// Opens the regular file at `path` for reading. Anything else (a folder, a named pipe, a
/// device, a socket, also behind a link) is refused before it is opened, and checked again
/// after opening (without waiting), so that nothing ever blocks on it.
pub fn open_regular(path: &Path) -> Result<std::fs::File, ReadError> {
    let refuse = |metadata: &std::fs::Metadata| {
        if metadata.is_dir() {
            Some(ReadError::IsDirectory {
                path: path.to_path_buf(),
            })
        } else if !metadata.is_file() {
            Some(ReadError::NotAFile {
                path: path.to_path_buf(),
            })
        } else {
            None
        }
    };
    let before = std::fs::metadata(path).map_err(|e| ReadError::from_io(path, e))?;
    if let Some(error) = refuse(&before) {
        return Err(error);
    }
    let file = without_waiting(std::fs::OpenOptions::new().read(true))
        .open(path)
        .map_err(|e| ReadError::from_io(path, e))?;
    let after = file.metadata().map_err(|e| ReadError::from_io(path, e))?;
    match refuse(&after) {
        Some(error) => Err(error),
        None => Ok(file),
    }
}

/// Reads the whole file at `path` if it holds at most `limit` bytes. The size is checked
/// before reading, and the read stops after `limit + 1` bytes in case the file grows meanwhile.
/// Only a regular file is read (see [`open_regular`]).
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let metadata = file.metadata().map_err(|e| ReadError::from_io(path, e))?;
    if metadata.len() > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: metadata.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}
