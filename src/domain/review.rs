//! An auditor's review: remarks per criterion, kept apart from the assessment.
//!
//! The review names the assessment it was made of (its id and digest) but is never part of it,
//! so writing remarks leaves the assessment, its history and its seal untouched.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::assessment::Assessment;
use super::criteria::CriterionId;
use super::dates::Timestamp;

/// The review file format written by this version.
pub const REVIEW_SCHEMA_VERSION: u32 = 1;

/// One remark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Remark {
    /// The auditor's words.
    pub text: String,
    /// When it was last changed.
    pub at: Timestamp,
}

/// An auditor's remarks on one assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Review", deny_unknown_fields)]
pub struct Review {
    /// The file format version (see [`REVIEW_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The id of the assessment reviewed.
    pub assessment_id: String,
    /// The digest of the assessment when the review was last written (see
    /// [`Assessment::digest`]): tells whether it has changed since.
    pub assessment_digest: String,
    /// The auditor's name.
    #[serde(default)]
    pub reviewer: String,
    /// Remarks by criterion.
    #[serde(default)]
    pub remarks: BTreeMap<CriterionId, Remark>,
}

impl Review {
    /// An empty review of `assessment` by `reviewer`.
    pub fn of(assessment: &Assessment, reviewer: &str) -> Self {
        Self {
            schema_version: REVIEW_SCHEMA_VERSION,
            assessment_id: assessment.id.clone(),
            assessment_digest: assessment.digest(),
            reviewer: reviewer.to_owned(),
            remarks: BTreeMap::new(),
        }
    }

    /// The remark on a criterion ("" when there is none).
    pub fn remark(&self, criterion: &CriterionId) -> &str {
        self.remarks
            .get(criterion)
            .map_or("", |remark| remark.text.as_str())
    }

    /// Sets the remark on a criterion; an empty one is removed.
    pub fn set_remark(&mut self, criterion: &CriterionId, text: &str, at: Timestamp) {
        if text.trim().is_empty() {
            self.remarks.remove(criterion);
        } else if self.remark(criterion) != text {
            self.remarks.insert(
                criterion.clone(),
                Remark {
                    text: text.to_owned(),
                    at,
                },
            );
        }
    }

    /// Whether this review was made of `assessment` (same id).
    pub fn is_of(&self, assessment: &Assessment) -> bool {
        self.assessment_id == assessment.id
    }

    /// Whether the assessment has changed since the review was last written.
    pub fn assessment_changed(&self, assessment: &Assessment) -> bool {
        self.assessment_digest != assessment.digest()
    }
}
