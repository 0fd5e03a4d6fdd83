//! What evidence can satisfy a criterion (criteria format 2).
//!
//! A requirement lists alternatives ("a council decision, or a board decision"); a linked
//! evidence item satisfies the criterion when it is complete and valid for its kind (see
//! [`crate::domain::quality`]) and matches one alternative. The shipped requirements are this
//! project's reading of the network's criteria, not the network's own words: each requirement
//! carries that reading in words, and the app shows it as such ("sovelluksen tulkinta").

use super::{EvidenceKind, LocalizedText};
use crate::domain::evidence::Body;

/// How recent an evidence item must be, measured from its date (for a decision the meeting,
/// for a document its approval or else its own date, for a budget the end of its year).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Freshness {
    /// Dated in the current council term or one of the `n - 1` before it (`2`: the current or
    /// the previous term). See [`crate::domain::council_terms`].
    CouncilTerms(u32),
    /// Dated at most this many months before today.
    Months(u32),
}

/// One kind of evidence that can satisfy a criterion, and what it must show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Alternative {
    /// The kind of evidence.
    pub kind: EvidenceKind,
    /// The bodies that count (empty: any). For a decision the body that decided, for an
    /// appointment the body that appointed, for a document the body that approved it (then
    /// the document must record that approval: body, date and §).
    pub bodies: std::sync::Arc<[Body]>,
    /// For an appointment: words of which the role must contain one, case aside (empty: any
    /// named role), e.g. "koordinaattori".
    pub roles: Vec<String>,
    /// How recent it must be, if that matters.
    pub fresh: Option<Freshness>,
    /// Whether it takes a person to tell if the item shows the criterion is met (e.g. that a
    /// plan really assigns measures to every sector): then a complete item of this kind counts
    /// and the app marks it as resting on the assessor's judgement.
    pub judgement: bool,
}

impl Alternative {
    /// Any complete item of `kind`, as format 1 files and judgement alternatives accept.
    pub fn any(kind: EvidenceKind) -> Self {
        Self {
            kind,
            bodies: std::sync::Arc::from([]),
            roles: Vec::new(),
            fresh: None,
            judgement: false,
        }
    }
}

/// What evidence can satisfy one criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Requirement {
    /// At least one of these must be met by a linked evidence item.
    pub any_of: Vec<Alternative>,
    /// The requirement in words: whose reading it is and why (shown beside it).
    pub reading: LocalizedText,
}
