//! Recording changes into the history, finalising and re-opening, and checking that an
//! assessment's content, history and seal agree.

use super::diff::diff;
use super::entry::{
    ChainProblem, Change, Event, HistoryEntry, MERGE_WITHIN_S, entry_hash, verify_chain,
};
use super::replay;
use super::seal::{Seal, SealError};
use crate::domain::assessment::Assessment;
use crate::domain::clock::Clock;
use crate::domain::dates::Timestamp;
use crate::domain::digest::sha256_hex;
use crate::domain::evidence::Evidence;

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
        let empty = replay::replay_empty(self);
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
