//! Replaying the history against the content: the values the history last recorded for each
//! field must be the values the content holds, so that content changed behind the history's
//! back (a file edited by hand, a seal and its entry removed) is found.
//!
//! Each change since file format 2 carries the field's new value in a canonical form (status
//! codes, ids, the compact JSON of evidence items and actions), the same in every language.
//! Older histories recorded only words; what they cannot vouch for is a stated limit, not a
//! finding.

use super::entry::{Event, Field};
use crate::domain::assessment::Assessment;
use crate::domain::assessment::{Answer, Indexed};
use crate::domain::criteria::CriterionId;
use crate::domain::dates::Timestamp;

/// The content before anything was entered (see [`replay`]).
pub(super) fn replay_empty(assessment: &Assessment) -> Assessment {
    let mut empty = assessment.clone();
    empty.municipality = crate::domain::assessment::Municipality::default();
    empty.assessors = Vec::new();
    empty.contact_person = crate::domain::assessment::Person::default();
    empty.elected_official = crate::domain::assessment::Person::default();
    empty.steering_group = Vec::new();
    empty.proposal = String::new();
    empty.group = crate::domain::group::GroupViews::default();
    empty.criteria = crate::domain::assessment::CriteriaRef::default();
    empty.answers = std::collections::BTreeMap::new();
    empty.evidence = Vec::new();
    empty
}

/// A field the history follows: the criterion (for an answer's fields) and the field.
pub type Key = (Option<CriterionId>, Field);

/// Every field of `before` and `after`, in the order the history records changes: the
/// municipality, the assessors, the people the application names, the criteria set, each answer by criterion, then evidence
/// items (those of `before` first).
pub fn keys(before: &Assessment, after: &Assessment) -> Vec<Key> {
    let mut keys: Vec<Key> = vec![
        (None, Field::MunicipalityName),
        (None, Field::MunicipalityCode),
        (None, Field::Assessors),
        (None, Field::ContactPerson),
        (None, Field::ElectedOfficial),
        (None, Field::SteeringGroup),
        (None, Field::Proposal),
        (None, Field::GroupViews),
        (None, Field::Criteria),
    ];
    let criteria: std::collections::BTreeSet<&CriterionId> =
        before.answers.keys().chain(after.answers.keys()).collect();
    for criterion in criteria {
        for field in [
            Field::Status,
            Field::Justification,
            Field::EvidenceLinks,
            Field::Actions,
        ] {
            keys.push((Some(criterion.clone()), field));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for evidence in before.evidence.iter().chain(&after.evidence) {
        if seen.insert(&evidence.id) {
            keys.push((None, Field::Evidence(evidence.id.clone())));
        }
    }
    keys
}

/// A field's value in its canonical form; the empty form when the field is not there (an
/// answer not given, an item removed).
pub fn value(indexed: &Indexed<'_>, criterion: Option<&CriterionId>, field: &Field) -> String {
    let assessment = indexed.assessment;
    let answer = || answer_of(assessment, criterion);
    match field {
        Field::MunicipalityName => assessment.municipality.name.clone(),
        Field::MunicipalityCode => assessment.municipality.code.clone(),
        Field::Assessors => json(&assessment.assessors),
        Field::ContactPerson => json(&assessment.contact_person),
        Field::ElectedOfficial => json(&assessment.elected_official),
        Field::SteeringGroup => json(&assessment.steering_group),
        Field::Proposal => assessment.proposal.clone(),
        Field::GroupViews => {
            if assessment.group.is_empty() {
                String::new()
            } else {
                json(&assessment.group)
            }
        }
        Field::Criteria => {
            let criteria = &assessment.criteria;
            format!(
                "{} {} {}",
                criteria.id, criteria.version, criteria.content_hash
            )
        }
        Field::Status => answer().status.code().to_owned(),
        Field::Justification => answer().justification.clone(),
        Field::EvidenceLinks => answer()
            .evidence
            .iter()
            .map(|id| id.0.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        Field::Actions => json(&answer().actions),
        Field::Evidence(id) => indexed.evidence(id).map_or_else(String::new, json),
    }
}

/// The answer to `criterion`, or the empty answer when there is none.
pub(super) fn answer_of<'a>(
    assessment: &'a Assessment,
    criterion: Option<&CriterionId>,
) -> &'a Answer {
    static EMPTY: std::sync::LazyLock<Answer> = std::sync::LazyLock::new(Answer::default);
    criterion
        .and_then(|id| assessment.answers.get(id))
        .unwrap_or(&EMPTY)
}

/// Compact JSON of plain data with string keys (serializing it cannot fail).
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// What a history cannot vouch for, said plainly (not tampering).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// The file has no history (made by a version before histories): nothing in it can be
    /// checked against one.
    NoHistory,
    /// Its history began before changes recorded their values (file format 1): fields whose
    /// last change is older than that cannot be checked.
    RecordedWithoutValues,
}

/// A field whose content is not what the history last recorded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    /// The field.
    pub key: Key,
    /// Its value in the content (canonical form).
    pub content: String,
    /// The value the history last recorded for it; `None` when the history never recorded it
    /// and it is not empty.
    pub history: Option<String>,
}

/// What replaying the history against the content found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Replay {
    /// The first field (in the history's order) whose content disagrees with the history.
    pub disagreement: Option<Disagreement>,
    /// The content's time of last change, when it is later than the history's last entry.
    pub modified_after: Option<(Timestamp, Timestamp)>,
    /// What the history cannot vouch for.
    pub limit: Option<Limit>,
}

/// Replays the history's recorded values against the content.
pub fn replay(assessment: &Assessment) -> Replay {
    let history = &assessment.history;
    let Some(first) = history.first() else {
        return Replay {
            limit: Some(Limit::NoHistory),
            ..Replay::default()
        };
    };
    // The last recorded value of each field, and whether every change carried one.
    let mut recorded: std::collections::HashMap<Key, Option<&str>> =
        std::collections::HashMap::new();
    let mut complete = first.event == Event::Created;
    for entry in history {
        if let Event::Changed(change) = &entry.event {
            complete &= change.value.is_some();
            recorded.insert(
                (change.criterion.clone(), change.field.clone()),
                change.value.as_deref(),
            );
        }
    }
    let empty = replay_empty(assessment);
    let (indexed, empty) = (Indexed::new(assessment), Indexed::new(&empty));
    let mut keys = keys(assessment, assessment);
    let mut extra: Vec<Key> = recorded
        .keys()
        .filter(|key| !keys.contains(key))
        .cloned()
        .collect();
    extra.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    keys.extend(extra);
    let disagreement = keys.into_iter().find_map(|key| {
        let content = value(&indexed, key.0.as_ref(), &key.1);
        let expected = match recorded.get(&key) {
            Some(Some(value)) => Some((*value).to_owned()),
            None if complete => None,
            // Its last change recorded no value (format 1), or the history began before
            // values were recorded: it cannot be checked.
            Some(None) | None => return None,
        };
        let matches = match &expected {
            Some(expected) => *expected == content,
            None => content == value(&empty, key.0.as_ref(), &key.1),
        };
        (!matches).then_some(Disagreement {
            key,
            content,
            history: expected,
        })
    });
    let modified_after = history
        .last()
        .filter(|last| complete && assessment.modified > last.at)
        .map(|last| (assessment.modified, last.at));
    Replay {
        disagreement,
        modified_after,
        limit: (!complete).then_some(Limit::RecordedWithoutValues),
    }
}
