//! The seal of a finalised assessment, and why finalising or re-opening may be refused.

use serde::{Deserialize, Serialize};

use crate::domain::dates::Timestamp;

/// The seal of a finalised assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// SHA-256 of the assessment without its seal (see [`crate::domain::assessment::Assessment::digest`]).
    pub sha256: String,
    /// When it was finalised.
    pub at: Timestamp,
    /// Who finalised it.
    pub by: String,
    /// How many history entries it covers.
    pub entries: u64,
}

/// Why finalising or reopening is not possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// It is finalised already.
    #[error("the assessment is finalised already")]
    AlreadyFinal,
    /// It is not finalised.
    #[error("the assessment is not finalised")]
    NotFinal,
    /// Re-opening needs a reason.
    #[error("a reason is needed")]
    NoReason,
}
