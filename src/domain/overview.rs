//! A regional overview's rows: what each of many assessments holds, or why it could not be
//! read. Plain data: `storage::overview` reads and verifies the files, the command line, the
//! app and the PDF show the rows.

use std::path::PathBuf;

use super::compare::Standing;
use super::criteria::CriterionId;
use super::dates::Timestamp;

/// What one readable input holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// The municipality's name.
    pub municipality: String,
    /// Its kuntanumero.
    pub code: String,
    /// When the assessment was last changed.
    pub modified: Timestamp,
    /// Whether it is finalised and sealed.
    pub sealed: bool,
    /// The criteria set's version.
    pub version: String,
    /// Each criterion's number and standing, in the set's order (empty when the set is not
    /// known).
    pub criteria: Vec<(CriterionId, u32, Standing)>,
    /// Whether every criterion counts as met (and nothing was changed behind the history).
    pub ready: bool,
    /// What verifying it found, in sentences; empty when it is intact.
    pub findings: Vec<String>,
    /// The set was not found: the criteria cannot be judged.
    pub set_unknown: bool,
}

/// One input's row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// The file given.
    pub file: PathBuf,
    /// What it holds, or why it could not be read (a sentence).
    pub outcome: Result<Summary, String>,
}

impl Row {
    /// Whether it was read and verifying it found nothing.
    pub fn is_intact(&self) -> bool {
        self.outcome
            .as_ref()
            .is_ok_and(|summary| summary.findings.is_empty())
    }
}

/// The criteria columns of a table of `rows`: the numbers and ids of the widest readable
/// row's set (the rows' sets may differ; each row's marks are matched by id).
pub fn columns(rows: &[Row]) -> Vec<(CriterionId, u32)> {
    rows.iter()
        .filter_map(|row| row.outcome.as_ref().ok())
        .max_by_key(|summary| summary.criteria.len())
        .map(|summary| {
            summary
                .criteria
                .iter()
                .map(|(id, number, _)| (id.clone(), *number))
                .collect()
        })
        .unwrap_or_default()
}

impl Summary {
    /// The standing of the criterion `id`, when this row's set has it.
    pub fn standing(&self, id: &CriterionId) -> Option<Standing> {
        self.criteria
            .iter()
            .find(|(other, ..)| other == id)
            .map(|(.., standing)| *standing)
    }
}
