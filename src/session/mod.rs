//! An open assessment between the screens and the disk: its content, a revision bumped by
//! every edit, what the last save wrote, when the next save is due, and undo. No egui and no
//! file I/O: the app feeds it edits and the time, asks it whether a save is due, writes the
//! snapshot it hands out, and tells it how the write went.
//!
//! Every change goes through [`Session::edit`], which bumps the revision, so nothing here
//! compares the whole assessment once a frame: a frame costs the same for 30 items and for
//! 30 000.

pub mod review;
pub mod timing;
pub mod undo;

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::domain::assessment::Assessment;
use crate::domain::evidence::{Evidence, EvidenceId};
use crate::storage::SaveTicket;
use timing::SaveTiming;
use undo::UndoStack;

/// Where the autosave stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing in progress (the assessment is saved, or waits for the pause in typing).
    Idle,
    /// A save is on its way to the disk.
    Saving {
        /// Its ticket.
        ticket: SaveTicket,
        /// The revision being written.
        revision: u64,
        /// What is being written.
        snapshot: Box<Assessment>,
    },
    /// The last save failed; it is tried again at `retry_at` (seconds of UI time).
    Failed {
        /// Why, in the user's words.
        reason: String,
        /// When to try again.
        retry_at: f64,
    },
    /// The file changed on disk since it was read: the user decides.
    Conflict,
}

/// The content as last written, and the revision it was written at.
#[derive(Clone, Debug, PartialEq)]
struct Saved {
    revision: u64,
    content: Assessment,
}

/// One open assessment's content and save cycle.
#[derive(Debug)]
pub struct Session {
    assessment: Assessment,
    /// Bumped by every [`Self::edit`].
    revision: u64,
    /// Evidence items by id, rebuilt after an edit when first asked.
    index: OnceCell<HashMap<EvidenceId, usize>>,
    /// The content as last written; `None` when it has never been saved.
    saved: Option<Saved>,
    /// The content as the history last recorded it: the next save records what differs.
    recorded: Assessment,
    /// The revision the save timing last saw.
    seen: u64,
    timing: SaveTiming,
    /// Where the autosave stands.
    pub save_state: SaveState,
    undo: UndoStack,
}

impl Session {
    /// An assessment read from a file (`saved`: as it is there) or new (never saved).
    pub fn new(assessment: Assessment, saved: bool) -> Self {
        Self {
            saved: saved.then(|| Saved {
                revision: 0,
                content: assessment.clone(),
            }),
            recorded: assessment.clone(),
            assessment,
            revision: 0,
            index: OnceCell::new(),
            seen: 0,
            timing: SaveTiming::default(),
            save_state: SaveState::Idle,
            undo: UndoStack::default(),
        }
    }

    /// The assessment as edited.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// The assessment, to change: the revision moves on (call it only to change something).
    pub fn edit(&mut self) -> &mut Assessment {
        self.revision += 1;
        self.index.take();
        &mut self.assessment
    }

    /// The revision: a number that every edit increases.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The evidence item with this id, found through an index.
    pub fn evidence(&self, id: &EvidenceId) -> Option<&Evidence> {
        let index = self.index.get_or_init(|| {
            let mut index = HashMap::with_capacity(self.assessment.evidence.len());
            for (at, evidence) in self.assessment.evidence.iter().enumerate() {
                // The first of two items with one id wins, as a search from the start finds.
                index.entry(evidence.id.clone()).or_insert(at);
            }
            index
        });
        index
            .get(id)
            .and_then(|&at| self.assessment.evidence.get(at))
    }

    /// Whether there are changes not yet written (or it was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved
            .as_ref()
            .is_none_or(|saved| saved.revision != self.revision)
    }

    /// The content as last written.
    pub fn saved(&self) -> Option<&Assessment> {
        self.saved.as_ref().map(|saved| &saved.content)
    }

    /// The content as the history last recorded it.
    pub fn recorded(&self) -> &Assessment {
        &self.recorded
    }

    /// Records into the history what changed since it last did: `record` gets the content
    /// to change and the content as last recorded. Not an edit for undo.
    pub fn record(&mut self, record: impl FnOnce(&mut Assessment, &Assessment)) {
        let before = self.revision;
        self.revision += 1;
        self.index.take();
        record(&mut self.assessment, &self.recorded);
        self.undo.recorded(before, self.revision);
        if self.seen == before {
            self.seen = self.revision;
        }
        self.recorded = self.assessment.clone();
    }

    /// Forgets what the history recorded: the next save records against `recorded`.
    pub fn set_recorded(&mut self, recorded: Assessment) {
        self.recorded = recorded;
    }

    /// Once a frame, with the UI's time: notes an edit since the last frame (for the save's
    /// timing) and feeds undo. Costs nothing unless something changed.
    pub fn frame(&mut self, now: f64) {
        if self.seen != self.revision {
            self.seen = self.revision;
            self.timing.edited(now);
        }
        self.undo.feed(now, self.revision, &self.assessment);
    }

    /// When the changes are due to be written, if they are and no save is under way or
    /// waiting for the user.
    pub fn save_due_at(&self, now: f64) -> Option<f64> {
        if !self.is_dirty() {
            return None;
        }
        match &self.save_state {
            SaveState::Saving { .. } | SaveState::Conflict => None,
            SaveState::Failed { retry_at, .. } => Some(*retry_at),
            SaveState::Idle => Some(self.timing.due_at(now)),
        }
    }

    /// Whether the edits since the last save changed nothing after all (typed and deleted
    /// again): then the document counts as saved without writing. Compares the whole
    /// assessment, so it is asked only when a save is due.
    pub fn settle_if_unchanged(&mut self) -> bool {
        let Some(saved) = &mut self.saved else {
            return false;
        };
        if saved.revision == self.revision || saved.content != self.assessment {
            return false;
        }
        saved.revision = self.revision;
        self.timing.saved(false, 0.0);
        true
    }

    /// The content to write now, and its revision.
    pub fn snapshot(&self) -> (u64, Assessment) {
        (self.revision, self.assessment.clone())
    }

    /// `content`, taken at `revision`, is now on the disk.
    pub fn saved_as(&mut self, revision: u64, content: Assessment, now: f64) {
        self.saved = Some(Saved { revision, content });
        self.save_state = SaveState::Idle;
        let still_dirty = self.is_dirty();
        self.timing.saved(still_dirty, now);
    }

    /// The content as it is now is what the file holds (written elsewhere, or read again).
    pub fn mark_saved(&mut self) {
        self.saved = Some(Saved {
            revision: self.revision,
            content: self.assessment.clone(),
        });
        self.save_state = SaveState::Idle;
        self.timing.saved(false, 0.0);
    }

    /// Replaces the content with `assessment` as read from the file (a conflict resolved
    /// by taking the other version, a restored backup).
    pub fn replace_with_saved(&mut self, assessment: Assessment) {
        *self.edit() = assessment;
        self.recorded = self.assessment.clone();
        self.mark_saved();
    }

    /// Puts back what was last saved when something changed it; returns whether it did.
    /// Compares only when an edit happened since the last save.
    pub fn put_back_saved(&mut self) -> bool {
        let Some(saved) = &self.saved else {
            return false;
        };
        if saved.revision == self.revision {
            return false;
        }
        let changed = saved.content != self.assessment;
        let content = saved.content.clone();
        if changed {
            *self.edit() = content;
        }
        if let Some(saved) = &mut self.saved {
            saved.revision = self.revision;
        }
        self.undo.restored(self.revision);
        self.seen = self.revision;
        changed
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.undo.has_undo(self.revision)
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.undo.has_redo(self.revision)
    }

    /// Goes back one step.
    pub fn undo(&mut self) {
        let revision = self.revision;
        if let Some(content) = self.undo.undo(revision, &self.assessment).cloned() {
            content.restore_into(self.edit());
            self.undo.restored(self.revision);
        }
    }

    /// Goes forward one step.
    pub fn redo(&mut self) {
        if let Some(content) = self.undo.redo(self.revision).cloned() {
            content.restore_into(self.edit());
            self.undo.restored(self.revision);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::{Municipality, Status};
    use crate::domain::clock::{FixedClock, SequentialIds};
    use crate::domain::criteria::CriteriaSet;
    use crate::domain::criteria::EvidenceKind;
    use crate::domain::dates::Date;
    use crate::domain::evidence::EvidenceDetails;
    use crate::format::criteria::parse_criteria;
    use crate::storage::BUILTIN_CRITERIA;

    fn set() -> CriteriaSet {
        parse_criteria(BUILTIN_CRITERIA[0].1)
            .set
            .expect("the shipped set parses")
    }

    fn saved_session() -> Session {
        let clock = FixedClock::at(Date::constant(2026, 11, 24));
        let municipality = Municipality {
            name: "Kuvitelmala".to_owned(),
            code: "998".to_owned(),
        };
        let ids = SequentialIds::new("s");
        Session::new(
            Assessment::new(municipality, &set(), Vec::new(), &clock, &ids),
            true,
        )
    }

    fn first_criterion(session: &Session) -> crate::domain::criteria::CriterionId {
        session
            .assessment()
            .answers
            .keys()
            .next()
            .expect("an answer per criterion")
            .clone()
    }

    #[test]
    fn an_edit_makes_it_dirty_and_due_after_the_pause() {
        let mut session = saved_session();
        session.frame(1.0);
        assert!(!session.is_dirty());
        assert_eq!(session.save_due_at(1.0), None);

        let criterion = first_criterion(&session);
        session.edit().answer_mut(&criterion).status = Status::Met;
        session.frame(2.0);
        assert!(session.is_dirty());
        assert_eq!(session.save_due_at(2.0), Some(2.3));

        let (revision, snapshot) = session.snapshot();
        session.saved_as(revision, snapshot, 2.3);
        assert!(!session.is_dirty());
        assert_eq!(session.save_due_at(2.4), None);
        assert_eq!(
            session.saved().map(|a| a.answers[&criterion].status),
            Some(Status::Met)
        );
    }

    #[test]
    fn an_edit_while_a_save_is_written_stays_dirty() {
        let mut session = saved_session();
        let criterion = first_criterion(&session);
        session.edit().answer_mut(&criterion).justification = "a".to_owned();
        session.frame(1.0);
        let (revision, snapshot) = session.snapshot();
        session.edit().answer_mut(&criterion).justification = "ab".to_owned();
        session.frame(1.4);
        session.saved_as(revision, snapshot, 1.5);
        assert!(session.is_dirty(), "the second edit is not on disk");
        assert_eq!(session.save_due_at(1.5), Some(1.7));
    }

    #[test]
    fn a_failed_save_is_due_again_at_its_retry_time() {
        let mut session = saved_session();
        let criterion = first_criterion(&session);
        session.edit().answer_mut(&criterion).status = Status::NotMet;
        session.frame(1.0);
        session.save_state = SaveState::Failed {
            reason: "levy täynnä".to_owned(),
            retry_at: 4.3,
        };
        assert_eq!(session.save_due_at(2.0), Some(4.3));
        session.save_state = SaveState::Conflict;
        assert_eq!(session.save_due_at(5.0), None, "the user decides first");
    }

    #[test]
    fn typed_and_deleted_again_settles_without_a_write() {
        let mut session = saved_session();
        let criterion = first_criterion(&session);
        session.edit().answer_mut(&criterion).justification = "x".to_owned();
        session.edit().answer_mut(&criterion).justification = String::new();
        assert!(session.is_dirty());
        assert!(session.settle_if_unchanged());
        assert!(!session.is_dirty());

        session.edit().answer_mut(&criterion).justification = "x".to_owned();
        assert!(!session.settle_if_unchanged(), "a real change is written");
    }

    #[test]
    fn put_back_restores_what_was_saved_and_says_whether_it_had_to() {
        let mut session = saved_session();
        let saved = session.assessment().clone();
        assert!(!session.put_back_saved(), "nothing changed");
        session.edit().municipality.name.push('!');
        assert!(session.put_back_saved());
        assert_eq!(session.assessment(), &saved);
        assert!(!session.is_dirty());
        let _ = session.edit();
        assert!(!session.put_back_saved(), "an edit that changed nothing");
    }

    #[test]
    fn evidence_is_found_by_id_after_every_edit() {
        let mut session = saved_session();
        let clock = FixedClock::at(Date::constant(2026, 11, 24));
        let ids = SequentialIds::new("e");
        let mut added = Vec::new();
        for _ in 0..50 {
            let details = EvidenceDetails::empty(EvidenceKind::Document);
            added.push(session.edit().add_evidence(details, None, &clock, &ids));
            // Asked between edits: the index must follow each one.
            assert!(
                session
                    .evidence(added.last().expect("just added"))
                    .is_some()
            );
        }
        session.edit().remove_evidence(&added[10]);
        assert!(session.evidence(&added[10]).is_none());
        for id in added.iter().filter(|id| **id != added[10]) {
            assert_eq!(session.evidence(id).map(|e| &e.id), Some(id));
        }
    }

    #[test]
    fn undo_takes_a_step_once_typing_pauses_and_never_the_history() {
        let mut session = saved_session();
        let criterion = first_criterion(&session);
        session.frame(0.0);
        assert!(!session.can_undo());

        session.edit().answer_mut(&criterion).justification = "ensimmäinen".to_owned();
        session.frame(1.0);
        assert!(session.can_undo(), "a change in progress can be undone");
        session.frame(2.5);

        // The save records history: not something to undo.
        session.record(|assessment, _| assessment.modified = assessment.created);
        session.frame(2.6);

        session.edit().answer_mut(&criterion).justification = "toinen".to_owned();
        session.frame(3.0);
        session.frame(4.5);

        session.undo();
        assert_eq!(
            session.assessment().answers[&criterion].justification,
            "ensimmäinen"
        );
        assert!(session.can_redo());
        session.undo();
        assert_eq!(session.assessment().answers[&criterion].justification, "");
        assert!(!session.can_undo());
        session.redo();
        assert_eq!(
            session.assessment().answers[&criterion].justification,
            "ensimmäinen"
        );

        // An edit after undo drops what could be redone.
        session.edit().answer_mut(&criterion).status = Status::Met;
        session.frame(6.0);
        assert!(!session.can_redo());
        session.redo();
        assert_eq!(session.assessment().answers[&criterion].status, Status::Met);
    }

    #[test]
    fn undo_keeps_the_history_recorded_since() {
        let mut session = saved_session();
        let criterion = first_criterion(&session);
        session.frame(0.0);
        session.edit().answer_mut(&criterion).status = Status::Met;
        session.frame(0.5);
        session.frame(2.0);
        let clock = FixedClock::at(Date::constant(2026, 11, 24));
        session.record(|assessment, recorded| {
            assessment.record_changes(recorded, "Testi Testaaja", &clock, &|_| String::new());
        });
        let recorded = session.assessment().history.len();
        assert!(recorded > 0);
        session.undo();
        assert_eq!(
            session.assessment().answers[&criterion].status,
            Status::NotAssessed
        );
        assert_eq!(
            session.assessment().history.len(),
            recorded,
            "undo never takes back history"
        );
    }
}
