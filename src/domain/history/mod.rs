//! The change history and the seal.
//!
//! Every saved change is an entry: who, when, and what (criterion, field, old → new). Each entry
//! holds the hash of the one before it and its own hash, so an entry edited, removed or moved
//! is noticed. Finalising stores a [`Seal`]: the SHA-256 of the whole assessment (content and
//! history) in a canonical form. Anyone can recompute these hashes, so they show accidents and
//! careless edits, not a determined forger: the seal printed in an archived report is what a
//! later check compares against.

use serde::{Deserialize, Serialize};

use super::assessment::{Action, Assessment, Assessor};
use super::clock::Clock;
use super::criteria::CriterionId;
use super::dates::{Timestamp, format_date};
use super::digest::sha256_hex;
use super::evidence::{Evidence, EvidenceId};

pub mod replay;

/// Consecutive changes of the same field by the same person within this many seconds are one
/// entry (a paragraph typed over a minute is one change, not sixty).
pub const MERGE_WITHIN_S: i64 = 10 * 60;

/// One entry of the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// Its number, from 1.
    pub seq: u64,
    /// When.
    pub at: Timestamp,
    /// Who (the user name from the settings).
    pub who: String,
    /// What happened.
    pub event: Event,
    /// The hash of the entry before (empty for the first).
    pub prev: String,
    /// The hash of this entry: SHA-256 of its other fields (see [`entry_hash`]).
    pub hash: String,
}

/// What an entry records.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Event {
    /// The assessment was created.
    Created,
    /// A field changed.
    Changed(Change),
    /// The assessment was finalised and sealed.
    Finalised,
    /// A finalised assessment was opened for edits again.
    Reopened {
        /// Why, in the user's words.
        reason: String,
    },
    /// When it was reopened, its seal did not match its content (or its file did not verify):
    /// recorded before the reopening, so that every later check still tells.
    SealDidNotMatch,
}

/// A field's change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The criterion, for an answer's fields.
    #[serde(default)]
    pub criterion: Option<CriterionId>,
    /// Which field.
    pub field: Field,
    /// The value before (empty when the field was added).
    pub old: String,
    /// The value after (empty when the field was removed).
    pub new: String,
    /// The value after in a canonical form, the same in every language (status codes, ids,
    /// the compact JSON of an evidence item or the actions), to replay the history against the
    /// content. Absent in entries written before version 2 of the file format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A field that the history follows.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The municipality's name.
    MunicipalityName,
    /// The municipality's kuntanumero.
    MunicipalityCode,
    /// Who made the assessment.
    Assessors,
    /// The criteria set (id and version).
    Criteria,
    /// An answer's status (the value is the status code, e.g. `met`).
    Status,
    /// An answer's justification.
    Justification,
    /// The evidence linked to an answer (one title per line).
    EvidenceLinks,
    /// An answer's actions (one per line).
    Actions,
    /// An evidence item (its description; empty before it was added or after it was removed).
    Evidence(EvidenceId),
}

/// What is wrong with a history.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ChainProblem {
    /// The entry's content does not match its hash.
    #[error("history entry {0} has been edited")]
    Edited(u64),
    /// The entry numbered so is not there.
    #[error("history entry {0} is missing")]
    Missing(u64),
    /// Entries are not in order from this number on.
    #[error("history entries are out of order at entry {0}")]
    OutOfOrder(u64),
    /// The entry does not continue the chain: the one before it was replaced.
    #[error("history entry {0} does not follow the entry before it")]
    Unlinked(u64),
}

impl ChainProblem {
    /// The number of the first entry that is not as it was written.
    pub fn entry(&self) -> u64 {
        match *self {
            Self::Edited(n) | Self::Missing(n) | Self::OutOfOrder(n) | Self::Unlinked(n) => n,
        }
    }
}

#[derive(Serialize)]
struct Hashed<'a> {
    seq: u64,
    at: &'a Timestamp,
    who: &'a str,
    event: &'a Event,
    prev: &'a str,
}

/// The hash of an entry: SHA-256 of the compact JSON of its number, time, person, event and
/// the previous hash, in that order.
pub fn entry_hash(entry: &HistoryEntry) -> String {
    let hashed = Hashed {
        seq: entry.seq,
        at: &entry.at,
        who: &entry.who,
        event: &entry.event,
        prev: &entry.prev,
    };
    // Plain data with string keys: serializing to JSON cannot fail.
    sha256_hex(&serde_json::to_vec(&hashed).unwrap_or_default())
}

/// Checks the chain: numbers 1, 2, 3 … in order, each hash right, each entry pointing to the
/// one before. `expected_len` (from a seal) also catches entries removed from the end.
/// Returns the first problem.
pub fn verify_chain(
    history: &[HistoryEntry],
    expected_len: Option<u64>,
) -> Result<(), ChainProblem> {
    let mut prev_hash = "";
    for (index, entry) in history.iter().enumerate() {
        let expected = index as u64 + 1;
        if entry.seq != expected {
            let later = history[index + 1..].iter().any(|e| e.seq == expected);
            return Err(if entry.seq > expected && !later {
                ChainProblem::Missing(expected)
            } else {
                ChainProblem::OutOfOrder(expected)
            });
        }
        if entry_hash(entry) != entry.hash {
            return Err(ChainProblem::Edited(expected));
        }
        if entry.prev != prev_hash {
            return Err(ChainProblem::Unlinked(expected));
        }
        prev_hash = &entry.hash;
    }
    match expected_len {
        Some(len) if (history.len() as u64) < len => {
            Err(ChainProblem::Missing(history.len() as u64 + 1))
        }
        _ => Ok(()),
    }
}

/// The seal of a finalised assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seal {
    /// SHA-256 of the assessment without its seal (see [`Assessment::digest`]).
    pub sha256: String,
    /// When it was finalised.
    pub at: Timestamp,
    /// Who finalised it.
    pub by: String,
    /// How many history entries it covers.
    pub entries: u64,
}

/// What does not match in an assessment's own records.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IntegrityProblem {
    /// The history chain is broken.
    History(ChainProblem),
    /// The seal does not match the content and history.
    SealMismatch,
    /// The seal's time, person or entry count disagree with the history's last entry, which
    /// records the finalising.
    SealDetails,
    /// The history says it was finalised, but the seal is gone.
    SealRemoved {
        /// When the history says it was finalised.
        finalised: Timestamp,
    },
    /// The history records that the seal did not match when it was reopened.
    SealDidNotMatch {
        /// When.
        at: Timestamp,
    },
    /// A field's content is not what the history last recorded for it: changed behind the
    /// history's back.
    NotInHistory(replay::Disagreement),
    /// The content's time of last change is later than the history's last entry.
    ModifiedAfterHistory {
        /// The content's time of last change.
        modified: Timestamp,
        /// The history's last entry.
        last: Timestamp,
    },
}

/// Why finalising or reopening is not possible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    /// It is finalised already.
    #[error("the assessment is finalised already")]
    AlreadyFinal,
    /// It is not finalised.
    #[error("the assessment is not finalised")]
    NotFinal,
    /// Re-opening needs a reason.
    #[error("a reason is needed")]
    NoReason,
}

impl Assessment {
    /// Whether it is finalised (sealed): then it is read-only until re-opened.
    pub fn is_final(&self) -> bool {
        self.seal.is_some()
    }

    /// SHA-256 of the canonical form of the assessment without its seal: the compact JSON of
    /// every field in declaration order (maps sorted by key), UTF-8.
    pub fn digest(&self) -> String {
        let mut unsealed = self.clone();
        unsealed.seal = None;
        // Plain data with string keys: serializing to JSON cannot fail.
        sha256_hex(&serde_json::to_vec(&unsealed).unwrap_or_default())
    }

    /// Appends an entry, chained to the last one.
    pub fn record(&mut self, who: &str, at: Timestamp, event: Event) {
        let prev = self
            .history
            .last()
            .map(|entry| entry.hash.clone())
            .unwrap_or_default();
        let mut entry = HistoryEntry {
            seq: self.history.len() as u64 + 1,
            at,
            who: who.to_owned(),
            event,
            prev,
            hash: String::new(),
        };
        entry.hash = entry_hash(&entry);
        self.history.push(entry);
    }

    /// Records every change from `before` to this assessment, by `who`, now. A change of the
    /// field the last entry changed, by the same person within [`MERGE_WITHIN_S`], updates
    /// that entry instead. `describe` puts an evidence item in words. Returns how many fields
    /// changed.
    pub fn record_changes(
        &mut self,
        before: &Assessment,
        who: &str,
        clock: &dyn Clock,
        describe: &dyn Fn(&Evidence) -> String,
    ) -> usize {
        let changes = diff(before, self, describe);
        let count = changes.len();
        let now = clock.now();
        for change in changes {
            if !self.merge_into_last(&change, who, now) {
                self.record(who, now, Event::Changed(change));
            }
        }
        count
    }

    fn merge_into_last(&mut self, change: &Change, who: &str, now: Timestamp) -> bool {
        let Some(last) = self.history.last_mut() else {
            return false;
        };
        let Event::Changed(previous) = &mut last.event else {
            return false;
        };
        let recent = now.as_second() - last.at.as_second() <= MERGE_WITHIN_S;
        if last.who != who
            || !recent
            || previous.criterion != change.criterion
            || previous.field != change.field
        {
            return false;
        }
        if previous.old == change.new {
            // Changed back: as if it never happened.
            self.history.pop();
        } else {
            previous.new.clone_from(&change.new);
            previous.value.clone_from(&change.value);
            last.at = now;
            last.hash = entry_hash(last);
        }
        true
    }

    /// Finalises: records it in the history and seals content and history. Record pending
    /// changes first.
    pub fn finalise(&mut self, who: &str, clock: &dyn Clock) -> Result<(), SealError> {
        if self.is_final() {
            return Err(SealError::AlreadyFinal);
        }
        let now = clock.now();
        self.record(who, now, Event::Finalised);
        self.seal = Some(Seal {
            sha256: self.digest(),
            at: now,
            by: who.to_owned(),
            entries: self.history.len() as u64,
        });
        Ok(())
    }

    /// Opens a finalised assessment for edits again: the reason goes into the history and the
    /// seal is removed until it is finalised again. When the seal does not match the content
    /// (or `file_findings`: its file did not verify), that is recorded first, so that the
    /// reopened assessment can never pass as one that was sealed intact.
    pub fn reopen(
        &mut self,
        who: &str,
        reason: &str,
        clock: &dyn Clock,
        file_findings: bool,
    ) -> Result<(), SealError> {
        if !self.is_final() {
            return Err(SealError::NotFinal);
        }
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(SealError::NoReason);
        }
        let seal_broken = self
            .check_integrity()
            .iter()
            .any(|problem| !matches!(problem, IntegrityProblem::SealDidNotMatch { .. }));
        if file_findings || seal_broken {
            self.seal = None;
            self.record(who, clock.now(), Event::SealDidNotMatch);
        }
        self.seal = None;
        self.record(
            who,
            clock.now(),
            Event::Reopened {
                reason: reason.to_owned(),
            },
        );
        Ok(())
    }

    /// What the history cannot vouch for (an old file's history), if anything.
    pub fn history_limit(&self) -> Option<replay::Limit> {
        replay::replay(self).limit
    }

    /// Records the creation: a "created" entry, then the first values of every field, so that
    /// the history accounts for the content from its first day.
    pub fn record_creation(
        &mut self,
        who: &str,
        clock: &dyn Clock,
        describe: &dyn Fn(&Evidence) -> String,
    ) {
        let now = clock.now();
        self.record(who, now, Event::Created);
        let empty = replay_empty(self);
        for change in diff(&empty, self, describe) {
            self.record(who, now, Event::Changed(change));
        }
        self.modified = now;
    }

    /// Checks the history chain and the seal against the content.
    pub fn check_integrity(&self) -> Vec<IntegrityProblem> {
        let mut problems = Vec::new();
        let replayed = replay::replay(self);
        if let Some(disagreement) = replayed.disagreement {
            problems.push(IntegrityProblem::NotInHistory(disagreement));
        }
        if let Some((modified, last)) = replayed.modified_after {
            problems.push(IntegrityProblem::ModifiedAfterHistory { modified, last });
        }
        problems.extend(
            self.history
                .iter()
                .filter(|entry| entry.event == Event::SealDidNotMatch)
                .map(|entry| IntegrityProblem::SealDidNotMatch { at: entry.at }),
        );
        let expected_len = self.seal.as_ref().map(|seal| seal.entries);
        if let Err(problem) = verify_chain(&self.history, expected_len) {
            problems.push(IntegrityProblem::History(problem));
        }
        match &self.seal {
            Some(seal) => {
                if seal.sha256 != self.digest() {
                    problems.push(IntegrityProblem::SealMismatch);
                }
                // The seal's own fields are outside the digest: the history, inside it, vouches
                // for them.
                let vouched = self.history.last().is_some_and(|last| {
                    last.event == Event::Finalised
                        && last.at == seal.at
                        && last.who == seal.by
                        && last.seq == seal.entries
                });
                if !vouched {
                    problems.push(IntegrityProblem::SealDetails);
                }
            }
            None => {
                if let Some(last) = self.history.last()
                    && last.event == Event::Finalised
                {
                    problems.push(IntegrityProblem::SealRemoved { finalised: last.at });
                }
            }
        }
        problems
    }
}

/// The changes from `before` to `after`, field by field, in a stable order: the
/// municipality, the assessors, the criteria set, each answer by criterion, then evidence
/// items. Times, ids, the history and the seal are not compared. Each change holds the words
/// a person reads (`old`, `new`) and the field's new value in a canonical form (`value`), from
/// which the history can be replayed against the content (see [`replay`]).
pub fn diff(
    before: &Assessment,
    after: &Assessment,
    describe: &dyn Fn(&Evidence) -> String,
) -> Vec<Change> {
    let mut changes = Vec::new();
    for key in replay::keys(before, after) {
        let (old_value, new_value) = (
            replay::value(before, key.0.as_ref(), &key.1),
            replay::value(after, key.0.as_ref(), &key.1),
        );
        if old_value == new_value {
            continue;
        }
        let (mut old, new) = (
            words(before, key.0.as_ref(), &key.1, describe),
            words(after, key.0.as_ref(), &key.1, describe),
        );
        if old == new {
            // Something not in words changed (a link to another item of the same title, the
            // time an item was recorded): say so.
            old.push_str(" *");
        }
        changes.push(Change {
            criterion: key.0,
            field: key.1,
            old,
            new,
            value: Some(new_value),
        });
    }
    changes
}

/// The content before anything was entered (see [`replay`]).
fn replay_empty(assessment: &Assessment) -> Assessment {
    let mut empty = assessment.clone();
    empty.municipality = super::assessment::Municipality::default();
    empty.assessors = Vec::new();
    empty.criteria = super::assessment::CriteriaRef::default();
    empty.answers = std::collections::BTreeMap::new();
    empty.evidence = Vec::new();
    empty
}

/// A field's value in words, as the history shows it to a person.
fn words(
    assessment: &Assessment,
    criterion: Option<&CriterionId>,
    field: &Field,
    describe: &dyn Fn(&Evidence) -> String,
) -> String {
    let answer = || replay::answer_of(assessment, criterion);
    match field {
        Field::MunicipalityName => assessment.municipality.name.clone(),
        Field::MunicipalityCode => assessment.municipality.code.clone(),
        Field::Assessors => assessors_text(&assessment.assessors),
        Field::Criteria => format!("{} {}", assessment.criteria.id, assessment.criteria.version),
        Field::Status => answer().status.code().to_owned(),
        Field::Justification => answer().justification.clone(),
        Field::EvidenceLinks => links_text(assessment, &answer().evidence),
        Field::Actions => actions_text(&answer().actions),
        Field::Evidence(id) => assessment
            .evidence(id)
            .map_or_else(String::new, |e| evidence_text(e, describe)),
    }
}

fn assessors_text(assessors: &[Assessor]) -> String {
    assessors
        .iter()
        .map(Assessor::label)
        .collect::<Vec<_>>()
        .join("; ")
}

fn links_text(assessment: &Assessment, links: &[EvidenceId]) -> String {
    links
        .iter()
        .map(|id| {
            assessment
                .evidence(id)
                .map(|e| e.details.title().trim())
                .filter(|title| !title.is_empty())
                .unwrap_or(id.0.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn actions_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|action| {
            let mut line = if action.done { "[x] " } else { "[ ] " }.to_owned();
            line.push_str(action.what.trim());
            if !action.who.trim().is_empty() {
                line.push_str(" — ");
                line.push_str(action.who.trim());
            }
            if let Some(due) = action.due {
                line.push_str(" — ");
                line.push_str(&format_date(due));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn evidence_text(evidence: &Evidence, describe: &dyn Fn(&Evidence) -> String) -> String {
    let mut text = describe(evidence);
    // A decision's link is not in its description: a changed link must show.
    if let super::evidence::EvidenceDetails::Decision { minutes_url, .. } = &evidence.details
        && !minutes_url.trim().is_empty()
    {
        text.push('\n');
        text.push_str(minutes_url.trim());
    }
    if !evidence.note.trim().is_empty() {
        text.push('\n');
        text.push_str(evidence.note.trim());
    }
    for attachment in &evidence.attachments {
        text.push_str("\n+ ");
        text.push_str(&attachment.original_name);
        text.push_str(" (");
        text.push_str(attachment.sha256.get(..12).unwrap_or(&attachment.sha256));
        text.push(')');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Municipality, Status};
    use crate::domain::clock::{FixedClock, SequentialIds};
    use crate::domain::evidence::EvidenceDetails;

    fn clock(minute: i8) -> FixedClock {
        let mut clock = FixedClock::at(jiff::civil::date(2026, 11, 24));
        clock.now = jiff::civil::date(2026, 11, 24)
            .at(10, minute, 0, 0)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map_or(clock.now, |z| z.timestamp());
        clock
    }

    fn describe(e: &Evidence) -> String {
        e.details.title().to_owned()
    }

    /// Entries a new assessment starts with: created, its name and its code.
    const CREATED: usize = 3;

    fn assessment() -> Assessment {
        let mut a = Assessment {
            schema_version: crate::domain::assessment::SCHEMA_VERSION,
            id: "t-1".into(),
            municipality: Municipality {
                name: "Esimerkkilä".into(),
                code: "999".into(),
            },
            criteria: crate::domain::assessment::CriteriaRef::default(),
            assessors: Vec::new(),
            created: clock(0).now,
            modified: clock(0).now,
            answers: std::collections::BTreeMap::new(),
            evidence: Vec::new(),
            history: Vec::new(),
            seal: None,
        };
        a.record_creation("Liisa", &clock(0), &describe);
        a
    }

    #[test]
    fn changes_are_recorded_field_by_field() {
        let mut a = assessment();
        let before = a.clone();
        let k1 = CriterionId::from("k1");
        a.answer_mut(&k1).status = Status::Met;
        a.answer_mut(&k1).justification = "Päätös tehty.".into();
        a.municipality.name = "Esimerkkilän kunta".into();
        let n = a.record_changes(&before, "Liisa", &clock(1), &describe);
        assert_eq!(n, 3);
        let fields: Vec<_> = a
            .history
            .iter()
            .skip(CREATED)
            .filter_map(|e| match &e.event {
                Event::Changed(c) => Some((
                    c.criterion.clone(),
                    c.field.clone(),
                    c.old.clone(),
                    c.new.clone(),
                )),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            vec![
                (
                    None,
                    Field::MunicipalityName,
                    "Esimerkkilä".into(),
                    "Esimerkkilän kunta".into()
                ),
                (
                    Some(k1.clone()),
                    Field::Status,
                    "not_assessed".into(),
                    "met".into()
                ),
                (
                    Some(k1),
                    Field::Justification,
                    String::new(),
                    "Päätös tehty.".into()
                ),
            ]
        );
        assert_eq!(verify_chain(&a.history, None), Ok(()));
    }

    #[test]
    fn typing_in_one_field_is_one_entry_and_typing_it_back_removes_it() {
        let mut a = assessment();
        let k1 = CriterionId::from("k1");
        for (minute, text) in [(1, "P"), (2, "Pää"), (3, "Päätös")] {
            let before = a.clone();
            a.answer_mut(&k1).justification = text.into();
            a.record_changes(&before, "Liisa", &clock(minute), &describe);
        }
        assert_eq!(a.history.len(), CREATED + 1);
        let Event::Changed(change) = &a.history[CREATED].event else {
            panic!("not a change: {:?}", a.history[CREATED]);
        };
        assert_eq!((change.old.as_str(), change.new.as_str()), ("", "Päätös"));
        assert_eq!(verify_chain(&a.history, None), Ok(()));

        // Someone else, or much later, is a new entry.
        let before = a.clone();
        a.answer_mut(&k1).justification = "Päätös 2".into();
        a.record_changes(&before, "Matti", &clock(4), &describe);
        assert_eq!(a.history.len(), CREATED + 2);

        // Back to what it was before Matti's change: Matti's entry goes.
        let before = a.clone();
        a.answer_mut(&k1).justification = "Päätös".into();
        a.record_changes(&before, "Matti", &clock(5), &describe);
        assert_eq!(a.history.len(), CREATED + 1);
        assert_eq!(verify_chain(&a.history, None), Ok(()));
    }

    #[test]
    fn evidence_items_are_followed_by_id() {
        let mut a = assessment();
        let before = a.clone();
        let ids = SequentialIds::new("e");
        let id = a.add_evidence(
            EvidenceDetails::Document {
                title: "Hyvinvointikertomus".into(),
                url: String::new(),
                approved_by: None,
                approved_on: None,
                approval_section: String::new(),
            },
            None,
            &clock(1),
            &ids,
        );
        a.record_changes(&before, "Liisa", &clock(1), &describe);
        let before = a.clone();
        if let Some(e) = a.evidence_mut(&id) {
            e.note = "Hyväksytty valtuustossa".into();
        }
        a.record_changes(&before, "Liisa", &clock(30), &describe);
        let changes: Vec<_> = a
            .history
            .iter()
            .skip(CREATED)
            .filter_map(|e| match &e.event {
                Event::Changed(c) => Some((c.field.clone(), c.old.clone(), c.new.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            changes,
            vec![
                (
                    Field::Evidence(id.clone()),
                    String::new(),
                    "Hyvinvointikertomus".into()
                ),
                (
                    Field::Evidence(id),
                    "Hyvinvointikertomus".into(),
                    "Hyvinvointikertomus\nHyväksytty valtuustossa".into()
                ),
            ]
        );
    }

    #[test]
    fn finalise_seals_and_reopen_needs_a_reason() {
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        assert!(a.is_final());
        assert_eq!(a.check_integrity(), vec![]);
        assert_eq!(a.finalise("Liisa", &clock(1)), Err(SealError::AlreadyFinal));
        assert_eq!(
            a.reopen("Liisa", "  ", &clock(2), false),
            Err(SealError::NoReason)
        );
        assert!(a.is_final());
        assert_eq!(a.reopen("Liisa", "Uusi päätös", &clock(2), false), Ok(()));
        assert!(!a.is_final());
        assert_eq!(
            a.history.last().map(|e| &e.event),
            Some(&Event::Reopened {
                reason: "Uusi päätös".into()
            })
        );
        assert_eq!(a.check_integrity(), vec![]);
    }

    /// Reopening cannot launder: a seal that did not match (or a file that did not verify) is
    /// recorded, and every later check reports it, even after finalising again.
    #[test]
    fn reopening_a_tampered_sealed_assessment_is_recorded_for_good() {
        for (tamper, file_findings) in [(true, false), (false, true)] {
            let mut a = assessment();
            assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
            if tamper {
                a.municipality.name = "Muutettu".into();
            }
            assert_eq!(
                a.reopen("Liisa", "Korjaus", &clock(2), file_findings),
                Ok(())
            );
            let events: Vec<&Event> = a.history.iter().rev().take(2).map(|e| &e.event).collect();
            assert_eq!(
                events,
                [
                    &Event::Reopened {
                        reason: "Korjaus".into()
                    },
                    &Event::SealDidNotMatch
                ]
            );
            let at = clock(2).now;
            // The hand-made change stays unaccounted for, and the reopening is on record.
            let mut expected = vec![IntegrityProblem::SealDidNotMatch { at }];
            if tamper {
                expected.insert(
                    0,
                    IntegrityProblem::NotInHistory(replay::Disagreement {
                        key: (None, Field::MunicipalityName),
                        content: "Muutettu".into(),
                        history: Some("Esimerkkilä".into()),
                    }),
                );
            }
            assert_eq!(a.check_integrity(), expected);
            assert_eq!(a.finalise("Liisa", &clock(3)), Ok(()));
            assert_eq!(
                a.check_integrity(),
                expected,
                "finalising again does not wash it out"
            );
        }
        // An intact one records nothing of the kind.
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        assert_eq!(a.reopen("Liisa", "Korjaus", &clock(2), false), Ok(()));
        assert!(a.history.iter().all(|e| e.event != Event::SealDidNotMatch));
    }

    #[test]
    fn a_changed_sealed_assessment_no_longer_matches_its_seal() {
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        a.municipality.code = "998".into();
        assert_eq!(
            a.check_integrity(),
            vec![
                IntegrityProblem::NotInHistory(replay::Disagreement {
                    key: (None, Field::MunicipalityCode),
                    content: "998".into(),
                    history: Some("999".into()),
                }),
                IntegrityProblem::SealMismatch
            ]
        );
        a.municipality.code = "999".into();
        assert_eq!(a.check_integrity(), vec![]);
        if let Some(seal) = &mut a.seal {
            seal.by = "Joku muu".into();
        }
        assert_eq!(a.check_integrity(), vec![IntegrityProblem::SealDetails]);

        let mut b = assessment();
        assert_eq!(b.finalise("Liisa", &clock(1)), Ok(()));
        b.seal = None;
        assert_eq!(
            b.check_integrity(),
            vec![IntegrityProblem::SealRemoved {
                finalised: clock(1).now
            }]
        );
    }

    fn long_history() -> Assessment {
        let mut a = assessment();
        let k1 = CriterionId::from("k1");
        for minute in 1..12 {
            let before = a.clone();
            a.answer_mut(&k1).justification = format!("versio {minute}");
            // Different people, so that nothing merges.
            let who = if minute % 2 == 0 { "Liisa" } else { "Matti" };
            a.record_changes(&before, who, &clock(minute), &describe);
        }
        assert_eq!(a.history.len(), CREATED + 11);
        a
    }

    #[test]
    fn each_entry_edited_removed_or_moved_is_named() {
        let a = long_history();
        let len = a.history.len() as u64;
        for n in 1..=len {
            let i = usize::try_from(n - 1).unwrap_or_default();

            let mut edited = a.history.clone();
            edited[i].who.push('x');
            assert_eq!(
                verify_chain(&edited, Some(len)),
                Err(ChainProblem::Edited(n))
            );

            let mut removed = a.history.clone();
            removed.remove(i);
            assert_eq!(
                verify_chain(&removed, Some(len)),
                Err(ChainProblem::Missing(n))
            );

            if n < len {
                let mut swapped = a.history.clone();
                swapped.swap(i, i + 1);
                assert_eq!(
                    verify_chain(&swapped, Some(len)),
                    Err(ChainProblem::OutOfOrder(n))
                );
            }

            // Removed and the rest renumbered and rehashed: the chain no longer links.
            if n < len {
                let mut renumbered = a.history.clone();
                renumbered.remove(i);
                for (j, entry) in renumbered.iter_mut().enumerate().skip(i) {
                    entry.seq = j as u64 + 1;
                    entry.hash = entry_hash(entry);
                }
                assert_eq!(
                    verify_chain(&renumbered, None),
                    Err(ChainProblem::Unlinked(n))
                );
            }
        }
    }
}
