//! The auditor's review file, beside the assessment: `assessment.review.ron`.

use std::path::{Path, PathBuf};

use super::read::read_capped;
use super::write::{WriteError, write_atomic};
use crate::domain::review::{REVIEW_SCHEMA_VERSION, Review};
use crate::format::criteria::{Position, SyntaxError};

/// The largest review file read.
pub const MAX_REVIEW_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a review file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// Reading failed.
    #[error(transparent)]
    Read(#[from] super::ReadError),
    /// Not UTF-8.
    #[error("not UTF-8 text")]
    NotUtf8,
    /// Not a review (RON syntax, a wrong type, an unknown field).
    #[error("{position}: {error:?}")]
    Syntax {
        /// Where.
        position: Position,
        /// What.
        error: SyntaxError,
    },
    /// Written by a newer version.
    #[error("schema version {0} is newer")]
    NewerVersion(u32),
}

/// Where the review of the assessment at `path` is kept: `assessment.review.ron` beside
/// `assessment.ron`.
pub fn review_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!("{stem}.review.ron"))
}

/// A free name beside the review file for when it cannot be used (unreadable, or another
/// assessment's): `assessment.review-2.ron`, `-3`, … The unusable file is left as it is.
pub fn spare_review_path(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The first free number: a folder holds only so many files, so one is found long before
    // the end, and it is never the unusable file itself.
    (2..u64::MAX)
        .map(|n| path.with_file_name(format!("{stem}.review-{n}.ron")))
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| path.with_file_name(format!("{stem}.review-spare.ron")))
}

/// The review as RON text.
pub fn encode_review(review: &Review) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n");
    ron::ser::to_string_pretty(review, config).unwrap_or_default()
}

/// Reads a review from its bytes.
pub fn decode_review(bytes: &[u8]) -> Result<Review, ReviewError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ReviewError::NotUtf8)?;
    let review: Review = ron::from_str(text).map_err(|error| ReviewError::Syntax {
        position: Position {
            line: error.span.start.line,
            column: error.span.start.col,
        },
        error: SyntaxError::from_ron(&error.code),
    })?;
    if review.schema_version > REVIEW_SCHEMA_VERSION {
        return Err(ReviewError::NewerVersion(review.schema_version));
    }
    Ok(review)
}

/// Reads the review of the assessment at `path`: `Ok(None)` when there is none yet.
pub fn read_review(path: &Path) -> Result<Option<Review>, ReviewError> {
    let file = review_path(path);
    match read_capped(&file, MAX_REVIEW_FILE_BYTES) {
        Ok(bytes) => decode_review(&bytes).map(Some),
        Err(super::ReadError::NotFound { .. }) => Ok(None),
        Err(error) => Err(error.into()),
    }
}

/// Writes a review to `file` (see [`review_path`]), atomically.
pub fn save_review(file: &Path, review: &Review) -> Result<(), WriteError> {
    write_atomic(file, encode_review(review).as_bytes())
}
