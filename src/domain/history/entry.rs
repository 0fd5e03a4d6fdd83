//! History entries and their hash chain: who changed what and when; each entry holds the
//! hash of the one before it and its own, so an entry edited, removed or moved is noticed.

use serde::{Deserialize, Serialize};

use crate::domain::criteria::CriterionId;
use crate::domain::dates::Timestamp;
use crate::domain::digest::sha256_hex;
use crate::domain::evidence::EvidenceId;

/// Consecutive changes of the same field by the same person within this many seconds are one
/// entry (a paragraph typed over a minute is one change, not sixty).
pub const MERGE_WITHIN_S: i64 = 10 * 60;

/// One entry of the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// Its number, from 1.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who (the user name from the settings).
    pub who: String,
    /// What happened.
    pub event: Event,
    /// The hash of the entry before (empty for the first).
    pub prev: String,
    /// The hash of this entry: SHA-256 of its other fields (see [`entry_hash`]).
    pub hash: String,
}

/// What an entry records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The assessment was created.
    Created,
    /// A field changed.
    Changed(Change),
    /// The assessment was finalised and sealed.
    Finalised,
    /// A finalised assessment was opened for edits again.
    Reopened {
        /// Why, in the user's words.
        reason: String,
    },
    /// When it was reopened, its seal did not match its content (or its file did not verify):
    /// recorded before the reopening, so that every later check still tells.
    SealDidNotMatch,
}

/// A field's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The criterion, for an answer's fields.
    #[serde(default)]
    pub criterion: Option<CriterionId>,
    /// Which field.
    pub field: Field,
    /// The value before (empty when the field was added).
    pub old: String,
    /// The value after (empty when the field was removed).
    pub new: String,
    /// The value after in a canonical form, the same in every language (status codes, ids,
    /// the compact JSON of an evidence item or the actions), to replay the history against the
    /// content. Absent in entries written before version 2 of the file format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A field that the history follows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The municipality's name.
    MunicipalityName,
    /// The municipality's kuntanumero.
    MunicipalityCode,
    /// Who made the assessment.
    Assessors,
    /// The Terve Kunta contact person (file format 3).
    ContactPerson,
    /// The responsible elected official (file format 3).
    ElectedOfficial,
    /// The steering group's members (file format 3).
    SteeringGroup,
    /// The proposal to the steering group (file format 4).
    Proposal,
    /// The steering group's views: the request, the responses, the decisions (file format 4).
    GroupViews,
    /// The criteria set (id and version).
    Criteria,
    /// An answer's status (the value is the status code, e.g. `met`).
    Status,
    /// An answer's justification.
    Justification,
    /// The evidence linked to an answer (one title per line).
    EvidenceLinks,
    /// An answer's actions (one per line).
    Actions,
    /// An evidence item (its description; empty before it was added or after it was removed).
    Evidence(EvidenceId),
}

/// What is wrong with a history.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChainProblem {
    /// The entry's content does not match its hash.
    #[error("history entry {0} has been edited")]
    Edited(u64),
    /// The entry numbered so is not there.
    #[error("history entry {0} is missing")]
    Missing(u64),
    /// Entries are not in order from this number on.
    #[error("history entries are out of order at entry {0}")]
    OutOfOrder(u64),
    /// The entry does not continue the chain: the one before it was replaced.
    #[error("history entry {0} does not follow the entry before it")]
    Unlinked(u64),
}

#[derive(Serialize)]
struct Hashed<'a> {
    seq: u64,
    at: &'a Timestamp,
    who: &'a str,
    event: &'a Event,
    prev: &'a str,
}

/// The hash of an entry: SHA-256 of the compact JSON of its number, time, person, event and
/// the previous hash, in that order.
pub fn entry_hash(entry: &HistoryEntry) -> String {
    let hashed = Hashed {
        seq: entry.seq,
        at: &entry.at,
        who: &entry.who,
        event: &entry.event,
        prev: &entry.prev,
    };
    // Plain data with string keys: serializing to JSON cannot fail.
    sha256_hex(&serde_json::to_vec(&hashed).unwrap_or_default())
}

/// Checks the chain: numbers 1, 2, 3 … in order, each hash right, each entry pointing to the
/// one before. `expected_len` (from a seal) also catches entries removed from the end.
/// Returns the first problem.
pub fn verify_chain(
    history: &[HistoryEntry],
    expected_len: Option<u64>,
) -> Result<(), ChainProblem> {
    let mut prev_hash = "";
    for (index, entry) in history.iter().enumerate() {
        let expected = index as u64 + 1;
        if entry.seq != expected {
            let later = history[index + 1..].iter().any(|e| e.seq == expected);
            return Err(if entry.seq > expected && !later {
                ChainProblem::Missing(expected)
            } else {
                ChainProblem::OutOfOrder(expected)
            });
        }
        if entry_hash(entry) != entry.hash {
            return Err(ChainProblem::Edited(expected));
        }
        if entry.prev != prev_hash {
            return Err(ChainProblem::Unlinked(expected));
        }
        prev_hash = &entry.hash;
    }
    match expected_len {
        Some(len) if (history.len() as u64) < len => {
            Err(ChainProblem::Missing(history.len() as u64 + 1))
        }
        _ => Ok(()),
    }
}
