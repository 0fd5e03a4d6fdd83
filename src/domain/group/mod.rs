//! The steering group's views, offline: the coordinator sends a request (the assessment as it
//! stands, read-only), each member answers per criterion (agree, or their own status, and a
//! comment) in a small response file, and the coordinator imports the responses, sees who
//! agrees and who differs, and records a decision per criterion.
//!
//! A response names the digest of the assessment its member saw: one made of another version
//! is refused, never mixed in. Importing and deciding are edits of the assessment, so the
//! history records them.

mod views;

use serde::{Deserialize, Serialize};

pub use self::views::{Decision, GroupViews, Opinion, VIEWS_SCHEMA_VERSION, View, ViewResponse};
use super::assessment::{Assessment, Status};
use super::criteria::{CriteriaSet, CriterionId};
use super::dates::Timestamp;

/// The longest comment a response may hold, in characters.
pub const MAX_COMMENT_CHARS: usize = 5_000;

/// The longest member name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// A request for the steering group's views: the assessment as it stood when it was sent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "ViewRequest", deny_unknown_fields)]
pub struct ViewRequest {
    /// The file format version (see [`VIEWS_SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Who sent it (the coordinator).
    pub requested_by: String,
    /// When.
    pub requested: Timestamp,
    /// The assessment, to be read, not changed.
    pub assessment: Assessment,
}

impl ViewResponse {
    /// An empty response of `member` to `request`.
    pub fn to(request: &ViewRequest, member: &str, at: Timestamp) -> Self {
        Self {
            schema_version: VIEWS_SCHEMA_VERSION,
            assessment_id: request.assessment.id.clone(),
            assessment_digest: request.assessment.digest(),
            member: member.to_owned(),
            responded: at,
            views: std::collections::BTreeMap::new(),
        }
    }
}

/// Why a response was not imported. Nothing changes when one is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No request was made of this assessment.
    NotRequested,
    /// It answers another assessment.
    OtherAssessment,
    /// It answers another version of this assessment (an earlier or later request).
    OtherVersion,
    /// Exactly this response was imported already.
    Duplicate,
    /// The member's response imported earlier is newer than this one.
    Older,
    /// It names no member, or a name too long to be one.
    NoMember,
    /// It has views on criteria the assessment does not have (their ids).
    UnknownCriteria(Vec<String>),
    /// A comment longer than [`MAX_COMMENT_CHARS`] (the criterion).
    CommentTooLong(CriterionId),
}

/// What importing a response did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Imported {
    /// A member's first response.
    Added,
    /// A newer response of a member replaced their earlier one.
    Replaced,
}

/// Same member: names compared without case and surrounding spaces.
fn same_member(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

impl Assessment {
    /// Checks `response` against this assessment and its set; adds it (or replaces the same
    /// member's older one) when it fits, and says why not when it does not.
    pub fn import_response(
        &mut self,
        response: ViewResponse,
        set: &CriteriaSet,
    ) -> Result<Imported, Refusal> {
        if response.assessment_id != self.id {
            return Err(Refusal::OtherAssessment);
        }
        if self.group.requested_digest.is_empty() {
            return Err(Refusal::NotRequested);
        }
        if response.assessment_digest != self.group.requested_digest {
            return Err(Refusal::OtherVersion);
        }
        let name = response.member.trim();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return Err(Refusal::NoMember);
        }
        let unknown: Vec<String> = response
            .views
            .keys()
            .filter(|id| set.criterion(id).is_none())
            .map(|id| id.0.chars().take(40).collect())
            .collect();
        if !unknown.is_empty() {
            return Err(Refusal::UnknownCriteria(unknown));
        }
        if let Some((id, _)) = response
            .views
            .iter()
            .find(|(_, view)| view.comment.chars().count() > MAX_COMMENT_CHARS)
        {
            return Err(Refusal::CommentTooLong(id.clone()));
        }
        let responses = &mut self.group.responses;
        match responses
            .iter()
            .position(|held| same_member(&held.member, &response.member))
        {
            Some(index) if responses[index] == response => Err(Refusal::Duplicate),
            Some(index) if responses[index].responded >= response.responded => Err(Refusal::Older),
            Some(index) => {
                responses[index] = response;
                Ok(Imported::Replaced)
            }
            None => {
                responses.push(response);
                Ok(Imported::Added)
            }
        }
    }

    /// A request for the group's views of this assessment as it stands, by `who` at `at`;
    /// records its digest, so that responses to it, and only to it, can be imported.
    pub fn request_views(&mut self, who: &str, at: Timestamp) -> ViewRequest {
        let request = ViewRequest {
            schema_version: VIEWS_SCHEMA_VERSION,
            requested_by: who.to_owned(),
            requested: at,
            assessment: self.clone(),
        };
        self.group.requested_digest = request.assessment.digest();
        self.group.requested = Some(at);
        request
    }

    /// Records the coordinator's decision on `criterion`: the status decided on (set as the
    /// criterion's status).
    pub fn decide(&mut self, criterion: &CriterionId, status: Status, at: Timestamp) {
        self.answer_mut(criterion).status = status;
        self.group
            .decisions
            .insert(criterion.clone(), Decision { status, at });
    }
}
