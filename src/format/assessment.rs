//! The assessment file format: RON, with a schema version, read strictly. Pure: bytes in,
//! an assessment out (reading and writing the file is `storage`'s).
//!
//! Unknown fields are refused rather than dropped, so a typo in a hand-edited file or a field
//! from a newer version is never silently lost when the file is saved again.

use serde::Deserialize;

use super::criteria::outline::Outline;
use super::criteria::{Position, SyntaxError};
use crate::domain::assessment::{Assessment, SCHEMA_VERSION};

/// The largest assessment file accepted: far above a real assessment (300 evidence items
/// take about 200 KB) and far below what would strain memory.
pub const MAX_ASSESSMENT_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Why bytes are not a readable assessment.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    /// Larger than [`MAX_ASSESSMENT_FILE_BYTES`].
    #[error("the file is too large ({size} bytes, at most {limit})")]
    TooLarge {
        /// The size.
        size: usize,
        /// The limit.
        limit: usize,
    },
    /// The file is empty.
    #[error("the file is empty")]
    Empty,
    /// Bytes that are not UTF-8, at `position`.
    #[error("{position}: not UTF-8 text")]
    NotUtf8 {
        /// Where the first bad byte is.
        position: Position,
    },
    /// RON syntax, a wrong type, an unknown or missing field.
    #[error("{position}: {error:?}")]
    Syntax {
        /// Where.
        position: Position,
        /// What.
        error: SyntaxError,
    },
    /// Valid RON, but not an assessment (e.g. a criteria file).
    #[error("not an assessment file")]
    NotAnAssessment,
    /// Made by a newer version of the app.
    #[error("schema version {found} is newer than {supported}")]
    NewerVersion {
        /// The file's schema version.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
}

/// Reads only the version, so that a newer file is refused before its fields are judged.
#[derive(Deserialize)]
#[serde(rename = "Assessment")]
struct VersionProbe {
    #[serde(default)]
    schema_version: Option<u32>,
}

fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The assessment as RON text, in a stable, readable layout.
pub fn encode_assessment(assessment: &Assessment) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n");
    match ron_options().to_string_pretty(assessment, config) {
        Ok(text) => text,
        // Serializing plain data to a String cannot fail; keep the compact form as a fallback.
        Err(_) => ron_options().to_string(assessment).unwrap_or_default(),
    }
}

fn position_of(error: &ron::error::SpannedError) -> Position {
    Position {
        line: error.span.start.line,
        column: error.span.start.col,
    }
}

/// An assessment read from a file, and whether a newer version of the app wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The assessment.
    pub assessment: Assessment,
    /// `Some(version)` when the file's schema version is newer than this app's: it could be
    /// read, but must be shown read-only and never written back.
    pub newer_version: Option<u32>,
}

/// Reads an assessment from its bytes: size cap, byte order mark, UTF-8, then the strict decode.
/// A file from a newer version of the app is refused.
pub fn decode_assessment(bytes: &[u8]) -> Result<Assessment, LoadError> {
    let decoded = decode_for_reading(bytes)?;
    match decoded.newer_version {
        Some(found) => Err(LoadError::NewerVersion {
            found,
            supported: SCHEMA_VERSION,
        }),
        None => Ok(decoded.assessment),
    }
}

/// Like [`decode_assessment`], but a newer version's file that this app can still read in full
/// (nothing in it unknown) is returned, marked, for read-only viewing.
pub fn decode_for_reading(bytes: &[u8]) -> Result<Decoded, LoadError> {
    if bytes.len() > MAX_ASSESSMENT_FILE_BYTES {
        return Err(LoadError::TooLarge {
            size: bytes.len(),
            limit: MAX_ASSESSMENT_FILE_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let valid = String::from_utf8_lossy(&bytes[..error.valid_up_to()]);
        let line = 1 + valid.matches('\n').count();
        let column = 1 + valid
            .rsplit('\n')
            .next()
            .map_or(0, |last| last.chars().count());
        LoadError::NotUtf8 {
            position: Position { line, column },
        }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }

    // The strict decode first: one pass for every good file.
    let error = match ron_options().from_str::<Assessment>(text) {
        Ok(assessment) if assessment.schema_version == 0 => return Err(LoadError::NotAnAssessment),
        Ok(assessment) => {
            let newer_version =
                (assessment.schema_version > SCHEMA_VERSION).then_some(assessment.schema_version);
            return Ok(Decoded {
                assessment,
                newer_version,
            });
        }
        Err(error) => error,
    };
    // It failed: the version tells a newer file (refused as such) from a damaged one.
    match ron_options().from_str::<VersionProbe>(text) {
        Ok(VersionProbe {
            schema_version: Some(found),
        }) if found > SCHEMA_VERSION => Err(LoadError::NewerVersion {
            found,
            supported: SCHEMA_VERSION,
        }),
        Ok(VersionProbe {
            schema_version: None,
        }) => Err(LoadError::NotAnAssessment),
        Err(probe_error)
            if matches!(
                probe_error.code,
                ron::Error::ExpectedDifferentStructName { .. }
            ) =>
        {
            Err(LoadError::NotAnAssessment)
        }
        _ => {
            let position = position_of(&error);
            let error = if Outline::is_at_end(text, position) {
                SyntaxError::UnexpectedEnd
            } else {
                SyntaxError::from_ron(&error.code)
            };
            Err(LoadError::Syntax { position, error })
        }
    }
}
