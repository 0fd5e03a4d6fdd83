//! What changed between two versions of a criteria set, criterion by criterion: the texts,
//! the guidance, the usual evidence and the requirements. Criteria are matched by id (ids are
//! never reused), so a criterion that exists in only one version is added or removed, never
//! silently dropped.

use super::{CriteriaSet, Criterion};

/// A part of a criterion that can change between versions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Its number in the official list.
    Number,
    /// The short title (in any language).
    ShortTitle,
    /// The criterion's wording (in any language).
    Text,
    /// The guidance on evidence (in any language).
    Guidance,
    /// The kinds of evidence that usually prove it.
    EvidenceKinds,
    /// What evidence can satisfy it (the alternatives or their reading).
    Requirement,
}

impl Part {
    /// Every part, in the order a comparison lists them.
    pub const ALL: [Self; 6] = [
        Self::Number,
        Self::ShortTitle,
        Self::Text,
        Self::Guidance,
        Self::EvidenceKinds,
        Self::Requirement,
    ];

    fn differs(self, old: &Criterion, new: &Criterion) -> bool {
        match self {
            Self::Number => old.number != new.number,
            Self::ShortTitle => old.short_title != new.short_title,
            Self::Text => old.text != new.text,
            Self::Guidance => old.guidance != new.guidance,
            Self::EvidenceKinds => old.evidence_kinds != new.evidence_kinds,
            Self::Requirement => old.requirement != new.requirement,
        }
    }
}

/// How one criterion differs between two versions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CriterionChange<'a> {
    /// Only in the new version.
    Added(&'a Criterion),
    /// Only in the old version: an answer to it stays in the assessment, but no longer
    /// counts towards the verdict.
    Removed(&'a Criterion),
    /// In both, with these parts changed.
    Changed {
        /// The old version's criterion.
        old: &'a Criterion,
        /// The new version's criterion.
        new: &'a Criterion,
        /// What changed, in [`Part::ALL`]'s order.
        parts: Vec<Part>,
    },
}

impl CriterionChange<'_> {
    /// The criterion as the newer version has it (or the old one's, when it was removed).
    pub fn criterion(&self) -> &Criterion {
        match self {
            Self::Added(criterion) | Self::Removed(criterion) => criterion,
            Self::Changed { new, .. } => new,
        }
    }
}

/// The criteria that differ between `old` and `new`: those of `new` in its order (changed or
/// added), then those only in `old`. Unchanged criteria are left out.
pub fn compare<'a>(old: &'a CriteriaSet, new: &'a CriteriaSet) -> Vec<CriterionChange<'a>> {
    let mut changes: Vec<CriterionChange<'a>> = new
        .criteria
        .iter()
        .filter_map(|criterion| match old.criterion(&criterion.id) {
            None => Some(CriterionChange::Added(criterion)),
            Some(before) => {
                let parts: Vec<Part> = Part::ALL
                    .into_iter()
                    .filter(|part| part.differs(before, criterion))
                    .collect();
                (!parts.is_empty()).then_some(CriterionChange::Changed {
                    old: before,
                    new: criterion,
                    parts,
                })
            }
        })
        .collect();
    changes.extend(
        old.criteria
            .iter()
            .filter(|criterion| new.criterion(&criterion.id).is_none())
            .map(CriterionChange::Removed),
    );
    changes
}
