//! Reading and writing an assessment file: the format is `crate::format::assessment`.

use std::path::{Path, PathBuf};

use super::read::{ReadError, read_capped};
use crate::domain::assessment::Assessment;
use crate::format::assessment::{
    LoadError, MAX_ASSESSMENT_FILE_BYTES, decode_assessment, encode_assessment,
};

/// Why an assessment file could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The file could not be read.
    #[error(transparent)]
    Read(#[from] ReadError),
    /// The file was read but is not a valid assessment.
    #[error("{}: {error}", .path.display())]
    Load {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        error: LoadError,
    },
}

/// Reads and decodes the assessment file at `path`.
pub fn read_assessment(path: &Path) -> Result<Assessment, OpenError> {
    let bytes = read_capped(path, MAX_ASSESSMENT_FILE_BYTES as u64)?;
    decode_assessment(&bytes).map_err(|error| OpenError::Load {
        path: path.to_path_buf(),
        error,
    })
}

/// Writes the assessment to `path` atomically: the file is afterwards either the previous
/// version or this one, never a mix.
pub fn save_assessment(path: &Path, assessment: &Assessment) -> Result<(), super::WriteError> {
    super::write_atomic(path, encode_assessment(assessment).as_bytes())
}
