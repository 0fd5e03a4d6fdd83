//! Where a new round came from.

use serde::{Deserialize, Serialize};

use crate::domain::dates::Timestamp;

/// The assessment a new round was started from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    /// Its id.
    pub id: String,
    /// Its digest when the new round was started (see [`Assessment::digest`]).
    pub digest: String,
    /// When it was last changed.
    pub modified: Timestamp,
}
