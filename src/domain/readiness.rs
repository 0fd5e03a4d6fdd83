//! The readiness rule: is the municipality ready to apply for membership?
//!
//! A criterion counts as met only when its status is met **and** at least one linked evidence
//! item is complete, valid and satisfies the criterion's requirement (see [`super::quality`]).
//! The assessment is ready when every criterion of the set counts as met. Everything here is
//! derived from the assessment on demand; nothing of it is stored.

use std::sync::Arc;

use super::assessment::{Assessment, CriteriaMatch, Status};
use super::criteria::{CriteriaSet, Criterion, CriterionId, EvidenceKind};
use super::evidence::{Evidence, EvidenceId};
use super::history::IntegrityProblem;
use super::quality::{Checks, ItemProblem, accepted_kinds, check_against, check_item};

/// Why a criterion does not yet count as met: what the coordinator must do next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gap {
    /// Nobody has assessed it: choose a status and add evidence.
    NotAssessed,
    /// Marked met, but no evidence backs it: add the decision, appointment or document.
    MetWithoutEvidence,
    /// Marked met, and evidence is linked, but none of it is complete, valid and of the kind
    /// the criterion requires (each item's reasons are in [`CriterionReadiness::items`]).
    EvidenceInsufficient,
    /// Partly met: finish what is missing (the actions say what).
    PartlyMet,
    /// Not met: the municipality must still decide or do something.
    NotMet,
}

impl Gap {
    /// A stable code for scripts (`summary --json`).
    pub fn code(self) -> &'static str {
        match self {
            Self::NotAssessed => "not_assessed",
            Self::MetWithoutEvidence => "met_without_evidence",
            Self::EvidenceInsufficient => "evidence_insufficient",
            Self::PartlyMet => "partly_met",
            Self::NotMet => "not_met",
        }
    }
}

/// How one linked evidence item stands for one criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemVerdict {
    /// The item's place in the assessment's list of evidence (see [`Self::evidence`]).
    pub index: usize,
    /// Its kind.
    pub kind: EvidenceKind,
    /// Why it does not count here (see [`Self::problems`]); `None` when it counts. Shared
    /// between the items of a criterion that miss it the same way.
    problems: Option<Arc<[ItemProblem]>>,
    /// Whether it counts by an alternative that rests on the assessor's judgement.
    pub judgement: bool,
}

impl ItemVerdict {
    /// The item, in the assessment the verdict was made on.
    pub fn evidence<'e>(&self, assessment: &'e Assessment) -> Option<&'e Evidence> {
        assessment.evidence.get(self.index)
    }

    /// Why it does not count here: first what is incomplete or invalid in the item itself,
    /// then how it misses the requirement. Empty when it counts.
    pub fn problems(&self) -> &[ItemProblem] {
        self.problems.as_deref().unwrap_or_default()
    }

    /// Whether the item counts for the criterion.
    pub fn qualifies(&self) -> bool {
        self.problems.is_none()
    }
}

/// One criterion's place in the verdict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionReadiness<'a> {
    /// The criterion.
    pub criterion: &'a Criterion,
    /// Its status in the assessment.
    pub status: Status,
    /// How many existing evidence items are linked to it.
    pub evidence_count: usize,
    /// Each linked item, in the order linked, with why it does or does not count (shared:
    /// a kept verdict hands it out without copying).
    pub items: Arc<[ItemVerdict]>,
    /// Actions recorded for it and not yet done.
    pub open_actions: usize,
    /// What is missing; `None` when it counts as met.
    pub gap: Option<Gap>,
}

impl CriterionReadiness<'_> {
    /// Whether the criterion counts as met: met, and backed by evidence that qualifies.
    pub fn counts_as_met(&self) -> bool {
        self.gap.is_none()
    }

    /// How many linked items count for it.
    pub fn qualifying(&self) -> usize {
        self.items.iter().filter(|item| item.qualifies()).count()
    }

    /// The verdict on the linked item with this id, in `assessment`.
    pub fn item(&self, id: &EvidenceId, assessment: &Assessment) -> Option<&ItemVerdict> {
        self.items
            .iter()
            .find(|item| item.evidence(assessment).is_some_and(|e| &e.id == id))
    }
}

/// A verdict kept without borrowing its criteria set, to keep between frames while the
/// assessment does not change: see [`Readiness::detach`] and [`DetachedReadiness::attach`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DetachedReadiness {
    /// Each criterion's part, by its place in the set.
    criteria: Vec<DetachedCriterion>,
    criteria_match: CriteriaMatch,
    unknown_answers: Vec<CriterionId>,
    seal_broken: bool,
    unaccounted: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct DetachedCriterion {
    status: Status,
    evidence_count: usize,
    items: Arc<[ItemVerdict]>,
    open_actions: usize,
    gap: Option<Gap>,
}

impl DetachedReadiness {
    /// The verdict again, on `set`: the set it was made on (its criteria by place).
    pub fn attach<'a>(&self, set: &'a CriteriaSet) -> Readiness<'a> {
        Readiness {
            criteria: set
                .criteria
                .iter()
                .zip(&self.criteria)
                .map(|(criterion, part)| CriterionReadiness {
                    criterion,
                    status: part.status,
                    evidence_count: part.evidence_count,
                    items: Arc::clone(&part.items),
                    open_actions: part.open_actions,
                    gap: part.gap,
                })
                .collect(),
            criteria_match: self.criteria_match,
            unknown_answers: self.unknown_answers.clone(),
            seal_broken: self.seal_broken,
            unaccounted: self.unaccounted,
        }
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
    /// Criteria with at least one evidence item linked.
    pub evidenced: usize,
    /// Criteria that count as met (met, and evidence that qualifies).
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
    /// The assessment is sealed, but its content is not what was sealed: nothing it says can
    /// be vouched for, so it is never ready.
    pub seal_broken: bool,
    /// The saved content is not what its history recorded (changed behind the history's back,
    /// see [`evaluate_saved`]): never ready.
    pub unaccounted: bool,
}

impl Readiness<'_> {
    /// The verdict without its borrow of the criteria set, to keep (see
    /// [`DetachedReadiness::attach`]).
    pub fn detach(&self) -> DetachedReadiness {
        DetachedReadiness {
            criteria: self
                .criteria
                .iter()
                .map(|item| DetachedCriterion {
                    status: item.status,
                    evidence_count: item.evidence_count,
                    items: Arc::clone(&item.items),
                    open_actions: item.open_actions,
                    gap: item.gap,
                })
                .collect(),
            criteria_match: self.criteria_match,
            unknown_answers: self.unknown_answers.clone(),
            seal_broken: self.seal_broken,
            unaccounted: self.unaccounted,
        }
    }

    /// Ready to apply: the content is what was sealed (when it is sealed), and every
    /// criterion counts as met.
    pub fn is_ready(&self) -> bool {
        !self.seal_broken
            && !self.unaccounted
            && self.criteria.iter().all(CriterionReadiness::counts_as_met)
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

/// FNV-1a, for the map of evidence ids: the rule looks an id up for every link, and the standard `SipHash`'s
/// protection against chosen keys buys nothing for one's own assessment.
#[derive(Clone, Copy, Default)]
struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type IdHash = std::hash::BuildHasherDefault<IdHasher>;

/// A criterion's alternatives and the kinds they take, for [`Requirement::fit`].
struct Requirement<'r> {
    alternatives: &'r [super::criteria::Alternative],
    accepted: &'r Arc<[EvidenceKind]>,
}

impl Requirement<'_> {
    /// How `evidence` misses the requirement (`None`: it meets it) and whether it meets it by
    /// judgement. An item of a kind the criterion does not take gets the reason shared by all
    /// such items, kept in `not_taken`.
    fn fit(
        &self,
        evidence: &Evidence,
        not_taken: &mut [Option<Arc<[ItemProblem]>>],
        checks: &Checks<'_>,
    ) -> (Option<Arc<[ItemProblem]>>, bool) {
        let kind = evidence.kind();
        if self.accepted.contains(&kind) {
            let fit = check_against(evidence, self.alternatives, self.accepted, checks);
            let missed = (!fit.problems.is_empty()).then(|| fit.problems.into());
            return (missed, fit.judgement);
        }
        let reason = || -> Arc<[ItemProblem]> {
            Arc::from([ItemProblem::KindNotAccepted {
                kind,
                accepted: Arc::clone(self.accepted),
            }])
        };
        let slot = EvidenceKind::ALL
            .iter()
            .position(|k| *k == kind)
            .and_then(|at| not_taken.get_mut(at));
        let missed = match slot {
            Some(slot) => Arc::clone(slot.get_or_insert_with(reason)),
            None => reason(),
        };
        (Some(missed), false)
    }
}

/// Applies the readiness rule to `assessment` for every criterion of `set`, with what
/// `checks` knows (today, council terms, the attachments' state).
pub fn evaluate<'a>(
    assessment: &Assessment,
    set: &'a CriteriaSet,
    checks: &Checks<'_>,
) -> Readiness<'a> {
    let mut evaluation = Evaluation::new(assessment, checks);
    let criteria = set
        .criteria
        .iter()
        .map(|criterion| evaluation.criterion(criterion))
        .collect();
    let unknown_answers = assessment
        .answers
        .keys()
        .filter(|id| set.criterion(id).is_none())
        .cloned()
        .collect();
    let seal_broken = assessment
        .seal
        .as_ref()
        .is_some_and(|seal| seal.sha256 != assessment.digest());
    Readiness {
        criteria,
        criteria_match: assessment.criteria.compare(set),
        unknown_answers,
        seal_broken,
        unaccounted: false,
    }
}

/// One pass of the rule over an assessment: items by id, and each item's own problems,
/// checked once however many criteria it backs.
struct Evaluation<'x> {
    assessment: &'x Assessment,
    checks: &'x Checks<'x>,
    /// Items by id, as their place in the list (ids are short: a light hash is enough).
    by_id: std::collections::HashMap<&'x EvidenceId, usize, IdHash>,
    /// Each item's own problems, checked when first met.
    own: Vec<Option<Vec<ItemProblem>>>,
    /// Which items the current criterion has met already (an item linked twice counts once).
    seen: Vec<bool>,
}

impl<'x> Evaluation<'x> {
    fn new(assessment: &'x Assessment, checks: &'x Checks<'x>) -> Self {
        let by_id = assessment
            .evidence
            .iter()
            .enumerate()
            .map(|(index, evidence)| (&evidence.id, index))
            .collect();
        Self {
            assessment,
            checks,
            by_id,
            own: vec![None; assessment.evidence.len()],
            seen: vec![false; assessment.evidence.len()],
        }
    }

    /// One criterion's place in the verdict.
    fn criterion<'a>(&mut self, criterion: &'a Criterion) -> CriterionReadiness<'a> {
        let answer = self.assessment.answer(&criterion.id);
        let status = answer.map(|answer| answer.status).unwrap_or_default();
        // Links to removed items are not evidence.
        let linked = answer
            .map(|answer| answer.evidence.as_slice())
            .unwrap_or_default();
        let items = self.items(criterion, linked);
        let evidence_count = items.len();
        let qualifying = items.iter().any(ItemVerdict::qualifies);
        let open_actions = answer.map_or(0, |answer| {
            answer.actions.iter().filter(|a| !a.done).count()
        });
        let gap = match status {
            Status::NotAssessed => Some(Gap::NotAssessed),
            Status::Met if evidence_count == 0 => Some(Gap::MetWithoutEvidence),
            Status::Met if !qualifying => Some(Gap::EvidenceInsufficient),
            Status::Met => None,
            Status::PartlyMet => Some(Gap::PartlyMet),
            Status::NotMet => Some(Gap::NotMet),
        };
        CriterionReadiness {
            criterion,
            status,
            evidence_count,
            items: items.into(),
            open_actions,
            gap,
        }
    }

    /// The verdict on each item linked to `criterion`, in the order linked.
    fn items(&mut self, criterion: &Criterion, linked: &[EvidenceId]) -> Vec<ItemVerdict> {
        let alternatives = criterion.alternatives();
        let accepted = accepted_kinds(&alternatives);
        let requirement = Requirement {
            alternatives: &alternatives,
            accepted: &accepted,
        };
        // The same reason for every item of a kind the criterion does not take.
        let mut not_taken: [Option<Arc<[ItemProblem]>>; EvidenceKind::ALL.len()] =
            Default::default();
        let mut items: Vec<ItemVerdict> = Vec::with_capacity(linked.len());
        self.seen.fill(false);
        for id in linked {
            let Some(&index) = self.by_id.get(id) else {
                continue;
            };
            if std::mem::replace(&mut self.seen[index], true) {
                continue;
            }
            let evidence = &self.assessment.evidence[index];
            let checks = self.checks;
            let own_problems = self.own[index].get_or_insert_with(|| check_item(evidence, checks));
            let (missed, judgement) = requirement.fit(evidence, &mut not_taken, checks);
            // The item's own problems first, then how it misses the requirement.
            let problems = if own_problems.is_empty() {
                missed
            } else {
                Some(
                    own_problems
                        .iter()
                        .chain(missed.as_deref().unwrap_or_default())
                        .cloned()
                        .collect(),
                )
            };
            items.push(ItemVerdict {
                index,
                kind: evidence.kind(),
                problems,
                judgement,
            });
        }
        items
    }
}

/// [`evaluate`] for an assessment as saved in a file (the command line, a report from a
/// file): also replays its history, and when the content is not what the history recorded,
/// the verdict is "not ready". (While editing, the history catches up only at each save, so
/// the app's screens use [`evaluate`].)
pub fn evaluate_saved<'a>(
    assessment: &Assessment,
    set: &'a CriteriaSet,
    checks: &Checks<'_>,
) -> Readiness<'a> {
    let mut readiness = evaluate(assessment, set, checks);
    readiness.unaccounted = assessment.check_integrity().iter().any(|problem| {
        matches!(
            problem,
            IntegrityProblem::NotInHistory(_)
                | IntegrityProblem::ModifiedAfterHistory { .. }
                | IntegrityProblem::SealDidNotMatch { .. }
                | IntegrityProblem::History(_)
        )
    });
    readiness
}

#[cfg(test)]
mod tests {
    use std::hash::Hasher as _;

    use super::IdHasher;

    fn fnv1a(bytes: &[u8]) -> u64 {
        let mut hasher = IdHasher::default();
        hasher.write(bytes);
        hasher.finish()
    }

    /// The published FNV-1a 64-bit test vectors: the map of ids spreads them as FNV-1a does.
    #[test]
    fn the_id_hasher_is_fnv_1a() {
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
        // Written in two pieces, as a `str` key is (its bytes, then a 0xff end mark).
        let mut hasher = IdHasher::default();
        hasher.write(b"foo");
        hasher.write(b"bar");
        assert_eq!(hasher.finish(), 0x8594_4171_f739_67e8);
    }
}
