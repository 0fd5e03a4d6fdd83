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
            | Self::TooLarge { path, .. }
            | Self::Io { path, .. } => path,
        }
    }
}

/// Reads the whole file at `path` if it holds at most `limit` bytes. The size is checked
/// before reading, and the read stops after `limit + 1` bytes in case the file grows meanwhile.
pub fn read_capped(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = std::fs::File::open(path).map_err(|e| ReadError::from_io(path, e))?;
    let metadata = file.metadata().map_err(|e| ReadError::from_io(path, e))?;
    if metadata.is_dir() {
        return Err(ReadError::IsDirectory {
            path: path.to_path_buf(),
        });
    }
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
