//! Two assessments of one municipality side by side: per criterion the status and whether it
//! counts as met before and after, the evidence added and removed, the actions done and new,
//! and the overall change in met criteria.
//!
//! Criteria are matched by id; one that only one of the two sets has is shown as added or
//! removed, never dropped.

use serde::Serialize;

use super::assessment::{Action, Assessment, Status};
use super::criteria::{CriteriaSet, CriterionId};
use super::evidence::Evidence;
use super::quality::Checks;
use super::readiness::evaluate_saved;

/// Why two assessments are not compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotComparable {
    /// They are of different municipalities (their codes, or with no codes their names,
    /// differ).
    OtherMunicipality,
    /// They were made against unrelated criteria sets (different set ids).
    UnrelatedSets,
}

/// Where a criterion is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    /// In both sets.
    Both,
    /// Only in the newer assessment's set.
    Added,
    /// Only in the older assessment's set.
    Removed,
}

/// One criterion's standing in one assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Standing {
    /// The coordinator's status.
    pub status: Status,
    /// Whether it counts as met with evidence.
    pub counts_as_met: bool,
}

/// One criterion before and after.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CriterionChange {
    /// Its id.
    pub id: CriterionId,
    /// Its number (in the newer set when it has it).
    pub number: u32,
    /// Where it is.
    pub presence: Presence,
    /// In the older assessment (absent when its set does not have it).
    pub before: Option<Standing>,
    /// In the newer assessment.
    pub after: Option<Standing>,
}

impl CriterionChange {
    /// Whether it counts as met now and did not before (`Some(true)`), the other way round
    /// (`Some(false)`), or neither changed (`None`).
    pub fn turned(&self) -> Option<bool> {
        let before = self.before.is_some_and(|s| s.counts_as_met);
        let after = self.after.is_some_and(|s| s.counts_as_met);
        (before != after).then_some(after)
    }
}

/// An action, with the criterion it is for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CriterionAction<'a> {
    /// The criterion.
    pub criterion: &'a CriterionId,
    /// The action.
    pub action: &'a Action,
}

/// Two assessments compared.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Comparison<'a> {
    /// Each criterion of either set: the newer set's in its order, then those only the older
    /// one has.
    pub criteria: Vec<CriterionChange>,
    /// Evidence items in the newer assessment and not in the older (by id).
    pub evidence_added: Vec<&'a Evidence>,
    /// Evidence items in the older assessment and not in the newer.
    pub evidence_removed: Vec<&'a Evidence>,
    /// Actions done in the newer assessment that were not done (or not there) before.
    pub actions_done: Vec<CriterionAction<'a>>,
    /// Actions in the newer assessment that the older did not have (by what is to be done).
    pub actions_new: Vec<CriterionAction<'a>>,
    /// How many criteria counted as met before.
    pub met_before: usize,
    /// And after.
    pub met_after: usize,
}

/// Whether the two are of the same municipality: the same code, or when either has no code,
/// the same name.
fn same_municipality(old: &Assessment, new: &Assessment) -> bool {
    let (a, b) = (&old.municipality, &new.municipality);
    if a.code.trim().is_empty() || b.code.trim().is_empty() {
        a.name.trim().to_lowercase() == b.name.trim().to_lowercase()
    } else {
        a.code.trim() == b.code.trim()
    }
}

/// Compares `old` (made against `old_set`) with `new` (against `new_set`), both judged by
/// `checks`.
pub fn compare<'a>(
    (old, old_set): (&'a Assessment, &CriteriaSet),
    (new, new_set): (&'a Assessment, &CriteriaSet),
    checks: &Checks<'_>,
) -> Result<Comparison<'a>, NotComparable> {
    if !same_municipality(old, new) {
        return Err(NotComparable::OtherMunicipality);
    }
    if old.criteria.id != new.criteria.id || old_set.id != new_set.id {
        return Err(NotComparable::UnrelatedSets);
    }
    let before = evaluate_saved(old, old_set, checks);
    let after = evaluate_saved(new, new_set, checks);
    let standing = |readiness: &super::readiness::Readiness<'_>, id: &CriterionId| {
        readiness
            .criteria
            .iter()
            .find(|item| &item.criterion.id == id)
            .map(|item| Standing {
                status: item.status,
                counts_as_met: item.counts_as_met(),
            })
    };
    let mut criteria: Vec<CriterionChange> = new_set
        .criteria
        .iter()
        .map(|criterion| {
            let was = standing(&before, &criterion.id);
            CriterionChange {
                id: criterion.id.clone(),
                number: criterion.number,
                presence: if was.is_some() {
                    Presence::Both
                } else {
                    Presence::Added
                },
                before: was,
                after: standing(&after, &criterion.id),
            }
        })
        .collect();
    criteria.extend(
        old_set
            .criteria
            .iter()
            .filter(|criterion| new_set.criterion(&criterion.id).is_none())
            .map(|criterion| CriterionChange {
                id: criterion.id.clone(),
                number: criterion.number,
                presence: Presence::Removed,
                before: standing(&before, &criterion.id),
                after: None,
            }),
    );
    let has = |assessment: &Assessment, evidence: &Evidence| {
        assessment
            .evidence
            .iter()
            .any(|other| other.id == evidence.id)
    };
    let (actions_done, actions_new) = actions(old, new);
    Ok(Comparison {
        criteria,
        evidence_added: new.evidence.iter().filter(|e| !has(old, e)).collect(),
        evidence_removed: old.evidence.iter().filter(|e| !has(new, e)).collect(),
        actions_done,
        actions_new,
        met_before: before.gaps().count().abs_diff(before.criteria.len()),
        met_after: after.gaps().count().abs_diff(after.criteria.len()),
    })
}

/// The actions done since, and the new ones, in the newer assessment's criteria order.
fn actions<'a>(
    old: &'a Assessment,
    new: &'a Assessment,
) -> (Vec<CriterionAction<'a>>, Vec<CriterionAction<'a>>) {
    let same = |a: &Action, b: &Action| a.what.trim() == b.what.trim();
    let mut done = Vec::new();
    let mut fresh = Vec::new();
    for (criterion, answer) in &new.answers {
        let earlier = old
            .answer(criterion)
            .map_or(&[][..], |a| a.actions.as_slice());
        for action in &answer.actions {
            let was = earlier.iter().find(|old_action| same(old_action, action));
            if was.is_none() {
                fresh.push(CriterionAction { criterion, action });
            }
            if action.done && !was.is_some_and(|was| was.done) {
                done.push(CriterionAction { criterion, action });
            }
        }
    }
    (done, fresh)
}
