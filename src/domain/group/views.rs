//! The steering group's views as data: a member's view of a criterion, their response, the
//! coordinator's decisions, and what the assessment keeps of them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::domain::criteria::CriterionId;
use crate::domain::dates::Timestamp;
use crate::domain::status::Status;

/// The request and response file format written by this version.
pub const VIEWS_SCHEMA_VERSION: u32 = 1;

/// What a member thinks of a criterion's status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Opinion {
    /// The coordinator's status is right.
    Agree,
    /// The status should be this one.
    Differ(Status),
}

/// A member's view of one criterion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Agree, or their own status.
    pub opinion: Opinion,
    /// Their words.
    #[serde(default)]
    pub comment: String,
}

/// One member's response to a request.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ViewResponse", deny_unknown_fields)]
pub struct ViewResponse {
    /// The file format version (see [`VIEWS_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// The id of the assessment.
    pub assessment_id: String,
    /// The digest of the assessment as the member saw it (see [`Assessment::digest`]).
    pub assessment_digest: String,
    /// The member's name.
    pub member: String,
    /// When it was last changed.
    pub responded: Timestamp,
    /// Views by criterion; a criterion without one is left out.
    #[serde(default)]
    pub views: BTreeMap<CriterionId, View>,
}

impl ViewResponse {
    /// Sets (or with `None` removes) the view on `criterion`, changed at `at`.
    pub fn set_view(&mut self, criterion: &CriterionId, view: Option<View>, at: Timestamp) {
        let changed = match view {
            Some(view) => self.views.insert(criterion.clone(), view.clone()) != Some(view),
            None => self.views.remove(criterion).is_some(),
        };
        if changed {
            self.responded = at;
        }
    }

    /// Whether it holds no view at all.
    pub fn is_blank(&self) -> bool {
        self.views.is_empty()
    }
}

/// What the coordinator decided on a criterion after reading the views.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// The status decided on (the one kept, or the one a member proposed).
    pub status: Status,
    /// When.
    pub at: Timestamp,
}

/// The group's views as the assessment keeps them (file format 4; left out while empty).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupViews {
    /// The digest of the assessment as the last request showed it: responses must name it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub requested_digest: String,
    /// When the last request was made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested: Option<Timestamp>,
    /// The responses imported, in the order they were.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub responses: Vec<ViewResponse>,
    /// The coordinator's decisions, by criterion.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub decisions: BTreeMap<CriterionId, Decision>,
}

impl GroupViews {
    /// Whether nothing was ever requested or imported.
    pub fn is_empty(&self) -> bool {
        self.requested_digest.is_empty()
            && self.requested.is_none()
            && self.responses.is_empty()
            && self.decisions.is_empty()
    }

    /// Who agrees and who differs on `criterion`, with their comments, in the responses'
    /// order; members without a view on it are not named.
    pub fn on(&self, criterion: &CriterionId) -> Vec<(&str, &View)> {
        self.responses
            .iter()
            .filter_map(|response| {
                response
                    .views
                    .get(criterion)
                    .map(|view| (response.member.trim(), view))
            })
            .collect()
    }
}
