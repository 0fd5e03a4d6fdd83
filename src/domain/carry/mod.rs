//! The next round: a new assessment started from the last one, possibly against a newer
//! version of the criteria set. The evidence comes along (dates and attachments as they
//! were); every status starts again from "not assessed", the previous one kept as a hint; an
//! item that no longer counts where it is linked is marked to be checked; and the new
//! assessment records where it came from.

mod origin;

pub use self::origin::Origin;
use super::assessment::{Answer, Assessment, CriteriaRef};
use super::clock::{Clock, IdSource};
use super::criteria::CriteriaSet;
use super::quality::Checks;
use super::readiness::evaluate;

impl Assessment {
    /// A new round of this assessment against `set` (the same set or a newer version of it):
    /// the municipality, the people and the evidence carried over, the criteria both sets
    /// have keeping their links, justifications and open actions, every status "not
    /// assessed" with the previous one as a hint. Items that would no longer count where
    /// they are linked, judged by `checks` (the day and the council terms), are marked to be
    /// checked. Attachments are listed as they were: the caller copies their files.
    #[must_use]
    pub fn next_round(
        &self,
        set: &CriteriaSet,
        checks: &Checks<'_>,
        clock: &dyn Clock,
        ids: &dyn IdSource,
    ) -> Self {
        let now = clock.now();
        let mut next = Self {
            id: ids.next_id(),
            criteria: CriteriaRef::to(set),
            created: now,
            modified: now,
            history: Vec::new(),
            seal: None,
            proposal: String::new(),
            group: super::group::GroupViews::default(),
            origin: Some(Origin {
                id: self.id.clone(),
                digest: self.digest(),
                modified: self.modified,
            }),
            schema_version: super::assessment::SCHEMA_VERSION,
            answers: set
                .criteria
                .iter()
                .map(|criterion| {
                    let answer = self
                        .answer(&criterion.id)
                        .map_or_else(Answer::default, |old| Answer {
                            status: super::assessment::Status::NotAssessed,
                            evidence: old.evidence.clone(),
                            justification: old.justification.clone(),
                            actions: old.actions.iter().filter(|a| !a.done).cloned().collect(),
                            previous: Some(old.status),
                        });
                    (criterion.id.clone(), answer)
                })
                .collect(),
            ..self.clone()
        };
        for evidence in &mut next.evidence {
            evidence.to_check = false;
        }
        // Judged as if every criterion were met, so that each linked item's verdict is there.
        let mut judged = next.clone();
        for answer in judged.answers.values_mut() {
            answer.status = super::assessment::Status::Met;
        }
        let readiness = evaluate(&judged, set, checks);
        for item in readiness.criteria.iter().flat_map(|c| c.items.iter()) {
            if !item.qualifies()
                && let Some(evidence) = next.evidence.get_mut(item.index)
            {
                evidence.to_check = true;
            }
        }
        next
    }
}
