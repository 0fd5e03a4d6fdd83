//! The steering group's request and response files: small RON files sent by e-mail.
//!
//! Both are read with a size limit and only from regular files; a damaged file, one of another
//! kind (an assessment, a review) or one from a newer version is refused with what it is.

use std::path::Path;

use serde::de::DeserializeOwned;

use super::read::read_capped;
use super::write::{WriteError, write_atomic};
use crate::domain::group::{VIEWS_SCHEMA_VERSION, ViewRequest, ViewResponse};
use crate::format::criteria::{Position, SyntaxError};

/// The largest request read: an assessment and then some.
pub const MAX_REQUEST_FILE_BYTES: u64 = crate::storage::MAX_ASSESSMENT_FILE_BYTES as u64;

/// The largest response read: ten criteria's views with long comments fit many times over.
pub const MAX_RESPONSE_FILE_BYTES: u64 = 1024 * 1024;

/// Why a request or response file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ViewsFileError {
    /// Reading failed (missing, not a regular file, too large, …).
    #[error(transparent)]
    Read(#[from] super::ReadError),
    /// Not UTF-8.
    #[error("not UTF-8 text")]
    NotUtf8,
    /// Another kind of file (an assessment, a review, a request for a response …).
    #[error("another kind of file")]
    WrongKind,
    /// Damaged: RON syntax, a wrong type, an unknown field.
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

/// The version a file says it has, read without judging the rest: the first
/// `schema_version: N`. A newer file may hold what this version cannot parse at all.
fn scan_version(text: &str) -> Option<u32> {
    let after = &text[text.find("schema_version")? + "schema_version".len()..];
    let after = after.trim_start().strip_prefix(':')?.trim_start();
    let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

fn encode<T: serde::Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .indentor("    ")
        .new_line("\n");
    // Plain data: serializing it cannot fail.
    ron::ser::to_string_pretty(value, config).unwrap_or_default()
}

fn decode<T: DeserializeOwned>(
    bytes: &[u8],
    version: impl Fn(&T) -> u32,
) -> Result<T, ViewsFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ViewsFileError::NotUtf8)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default();
    match options.from_str::<T>(text) {
        Ok(value) if version(&value) > VIEWS_SCHEMA_VERSION => {
            Err(ViewsFileError::NewerVersion(version(&value)))
        }
        Ok(value) => Ok(value),
        Err(error) => {
            if let ron::Error::ExpectedDifferentStructName { .. } = error.code {
                return Err(ViewsFileError::WrongKind);
            }
            // A newer file may have fields this version does not know: its version says so.
            if let Some(found) = scan_version(text)
                && found > VIEWS_SCHEMA_VERSION
            {
                return Err(ViewsFileError::NewerVersion(found));
            }
            Err(ViewsFileError::Syntax {
                position: Position {
                    line: error.span.start.line,
                    column: error.span.start.col,
                },
                error: SyntaxError::from_ron(&error.code),
            })
        }
    }
}

/// A request as RON text.
pub fn encode_request(request: &ViewRequest) -> String {
    encode(request)
}

/// A response as RON text.
pub fn encode_response(response: &ViewResponse) -> String {
    encode(response)
}

/// Reads a request from its bytes.
pub fn decode_request(bytes: &[u8]) -> Result<ViewRequest, ViewsFileError> {
    decode(bytes, |request: &ViewRequest| request.schema_version)
}

/// Reads a response from its bytes.
pub fn decode_response(bytes: &[u8]) -> Result<ViewResponse, ViewsFileError> {
    decode(bytes, |response: &ViewResponse| response.schema_version)
}

/// Whether the file at `path` looks like a request (its first word is `ViewRequest`): read
/// to tell it from an assessment before opening it.
pub fn is_request(path: &Path) -> bool {
    use std::io::Read as _;
    let mut start = [0_u8; 64];
    let Ok(file) = super::read::open_regular(path) else {
        return false;
    };
    let Ok(read) = file.take(64).read(&mut start) else {
        return false;
    };
    let text = String::from_utf8_lossy(&start[..read]);
    text.trim_start_matches('\u{feff}')
        .trim_start()
        .starts_with("ViewRequest")
}

/// Reads the request file at `path`.
pub fn read_request(path: &Path) -> Result<ViewRequest, ViewsFileError> {
    decode_request(&read_capped(path, MAX_REQUEST_FILE_BYTES)?)
}

/// Reads the response file at `path`.
pub fn read_response(path: &Path) -> Result<ViewResponse, ViewsFileError> {
    decode_response(&read_capped(path, MAX_RESPONSE_FILE_BYTES)?)
}

/// Writes a request to `path`, atomically.
pub fn save_request(path: &Path, request: &ViewRequest) -> Result<(), WriteError> {
    write_atomic(path, encode_request(request).as_bytes())
}

/// Writes a response to `path`, atomically.
pub fn save_response(path: &Path, response: &ViewResponse) -> Result<(), WriteError> {
    write_atomic(path, encode_response(response).as_bytes())
}
