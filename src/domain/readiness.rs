//! The readiness rule: is the municipality ready to apply for membership?
//!
//! A criterion counts as met only when its status is met **and** at least one evidence item
//! backs it. The assessment is ready when every criterion of the set counts as met. Everything
//! here is derived from the assessment on demand; nothing of it is stored.

use super::assessment::{Assessment, CriteriaMatch, Status};
use super::criteria::{CriteriaSet, Criterion, CriterionId};

/// Why a criterion does not yet count as met: what the coordinator must do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// Nobody has assessed it: choose a status and add evidence.
    NotAssessed,
    /// Marked met, but no evidence backs it: add the decision, appointment or document.
    MetWithoutEvidence,
    /// Partly met: finish what is missing (the actions say what).
    PartlyMet,
    /// Not met: the municipality must still decide or do something.
    NotMet,
}

/// One criterion's place in the verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionReadiness<'a> {
    /// The criterion.
    pub criterion: &'a Criterion,
    /// Its status in the assessment.
    pub status: Status,
    /// How many existing evidence items back it.
    pub evidence_count: usize,
    /// Actions recorded for it and not yet done.
    pub open_actions: usize,
    /// What is missing; `None` when it counts as met.
    pub gap: Option<Gap>,
}

impl CriterionReadiness<'_> {
    /// Whether the criterion counts as met: met, and backed by evidence.
    pub fn counts_as_met(&self) -> bool {
        self.gap.is_none()
    }
}

/// Progress figures, derived from the answers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Criteria in the set.
    pub total: usize,
    /// Criteria with a status other than not assessed.
    pub assessed: usize,
    /// Criteria with the status met.
    pub met: usize,
    /// Criteria backed by at least one evidence item.
    pub evidenced: usize,
    /// Criteria that count as met (met and evidenced).
    pub counted: usize,
}

/// The verdict on an assessment against a criteria set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Readiness<'a> {
    /// Every criterion of the set, in order.
    pub criteria: Vec<CriterionReadiness<'a>>,
    /// Whether the set is the one the assessment was made against.
    pub criteria_match: CriteriaMatch,
    /// Answers to criteria that the set does not have (they do not count).
    pub unknown_answers: Vec<CriterionId>,
}

impl Readiness<'_> {
    /// Ready to apply: every criterion counts as met.
    pub fn is_ready(&self) -> bool {
        self.criteria.iter().all(CriterionReadiness::counts_as_met)
    }

    /// The criteria that do not yet count as met, in order.
    pub fn gaps(&self) -> impl Iterator<Item = &CriterionReadiness<'_>> {
        self.criteria
            .iter()
            .filter(|criterion| !criterion.counts_as_met())
    }

    /// Progress figures.
    pub fn progress(&self) -> Progress {
        let count = |f: &dyn Fn(&CriterionReadiness<'_>) -> bool| {
            self.criteria.iter().filter(|c| f(c)).count()
        };
        Progress {
            total: self.criteria.len(),
            assessed: count(&|c| c.status != Status::NotAssessed),
            met: count(&|c| c.status == Status::Met),
            evidenced: count(&|c| c.evidence_count > 0),
            counted: count(&|c| c.counts_as_met()),
        }
    }
}

/// Applies the readiness rule to `assessment` for every criterion of `set`.
pub fn evaluate<'a>(assessment: &Assessment, set: &'a CriteriaSet) -> Readiness<'a> {
    let existing = assessment.evidence_ids();
    let criteria = set
        .criteria
        .iter()
        .map(|criterion| {
            let answer = assessment.answer(&criterion.id);
            let status = answer.map(|answer| answer.status).unwrap_or_default();
            // Links to removed items are not evidence.
            let evidence_count = answer.map_or(0, |answer| {
                answer
                    .evidence
                    .iter()
                    .filter(|id| existing.contains(id))
                    .count()
            });
            let open_actions = answer.map_or(0, |answer| {
                answer.actions.iter().filter(|a| !a.done).count()
            });
            let gap = match status {
                Status::NotAssessed => Some(Gap::NotAssessed),
                Status::Met if evidence_count == 0 => Some(Gap::MetWithoutEvidence),
                Status::Met => None,
                Status::PartlyMet => Some(Gap::PartlyMet),
                Status::NotMet => Some(Gap::NotMet),
            };
            CriterionReadiness {
                criterion,
                status,
                evidence_count,
                open_actions,
                gap,
            }
        })
        .collect();
    let unknown_answers = assessment
        .answers
        .keys()
        .filter(|id| set.criterion(id).is_none())
        .cloned()
        .collect();
    Readiness {
        criteria,
        criteria_match: assessment.criteria.compare(set),
        unknown_answers,
    }
}
