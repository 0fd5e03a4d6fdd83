//! The open assessment: the value being edited, where it is saved, and its undo history.

use std::collections::HashMap;
use std::path::PathBuf;

use egui::util::undoer::Undoer;

use crate::domain::assessment::Assessment;
use crate::domain::criteria::CriteriaSet;
use crate::domain::criteria::CriterionId;
use crate::domain::evidence::EvidenceId;
use crate::domain::history::{Event, HistoryEntry};
use crate::domain::quality::{AttachmentHealth, Checks};
use crate::domain::readiness::{self, Readiness};
use crate::domain::review::Review;
use crate::i18n::{Lang, ui::T};
use crate::storage::attachments::AttachmentState;
use crate::storage::lock::{AssessmentLock, LockHolder};
use crate::storage::{FileStamp, SaveTicket};

/// Why an assessment is open only for reading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another instance holds it (who, if its lock file says).
    LockedBy(Option<LockHolder>),
    /// A newer version of the app wrote it; writing it back could lose what this one does
    /// not know.
    NewerVersion(u32),
    /// It is finalised and sealed; re-opening it for edits asks for a reason.
    Finalised,
    /// Opened by an auditor: nothing in it is changed; remarks go to the review file.
    Review,
}

/// Which history entries the audit screen shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum HistoryFilter {
    /// Every entry.
    #[default]
    All,
    /// Changes of one criterion's answer.
    Criterion(CriterionId),
    /// Everything not about one criterion: the municipality, evidence items, the seal.
    General,
}

impl HistoryFilter {
    /// Whether `entry` is shown.
    pub fn matches(&self, entry: &HistoryEntry) -> bool {
        let criterion = match &entry.event {
            Event::Changed(change) => change.criterion.as_ref(),
            _ => None,
        };
        match self {
            Self::All => true,
            Self::Criterion(id) => criterion == Some(id),
            Self::General => criterion.is_none(),
        }
    }
}

/// The last verification of the saved file: what it found, or why it could not be read.
pub type Verified = Result<crate::storage::verify::Verification, String>;

/// An auditor's review of the open assessment, kept in its own file.
#[derive(Clone, Debug, PartialEq)]
pub struct ReviewState {
    /// The review as edited.
    pub review: Review,
    /// The review as last written (`None`: not written yet).
    pub saved: Option<Review>,
    /// Where the remarks are written: the review file, or a spare beside it when that one
    /// cannot be read (it is never written over).
    pub file: PathBuf,
    /// Why the spare file is used, when it is (shown beside the remarks).
    pub note: Option<String>,
    /// Why the last write failed, if it did (shown; remarks are kept and written again).
    pub problem: Option<String>,
    /// When the remarks last changed (UI time, seconds).
    pub last_edit_at: f64,
}

impl ReviewState {
    /// Whether there are remarks not yet written.
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.review)
            && !(self.saved.is_none() && self.review.remarks.is_empty())
    }
}

/// Where the autosave stands.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing in progress (the assessment is saved, or waits for the pause in typing).
    Idle,
    /// A save is on its way to the disk.
    Saving {
        /// Its ticket.
        ticket: SaveTicket,
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

/// The evidence item being edited in the editor window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceEditor {
    /// The item.
    pub id: EvidenceId,
    /// Whether it was just added (cancelling removes it again).
    pub is_new: bool,
    /// "Valmis" was pressed on an incomplete item: the editor asks whether to keep it so.
    pub confirm_incomplete: bool,
}

impl EvidenceEditor {
    /// The editor for an item already recorded.
    pub fn existing(id: EvidenceId) -> Self {
        Self {
            id,
            is_new: false,
            confirm_incomplete: false,
        }
    }

    /// The editor for an item just added: cancelling or Esc removes it again.
    pub fn new_item(id: EvidenceId) -> Self {
        Self {
            id,
            is_new: true,
            confirm_incomplete: false,
        }
    }
}

/// An open assessment.
pub struct Document {
    /// The assessment as edited.
    pub assessment: Assessment,
    /// The criteria set it is made against.
    pub set: CriteriaSet,
    /// The file it is saved in, if any.
    pub path: Option<PathBuf>,
    /// The assessment as last saved; `None` when it has never been saved.
    pub saved: Option<Assessment>,
    /// Whether this is the built-in example.
    pub is_example: bool,
    /// The index of the criterion shown.
    pub current: usize,
    /// The evidence editor, when open.
    pub editor: Option<EvidenceEditor>,
    /// Why it cannot be edited, if it cannot.
    pub read_only: Option<ReadOnly>,
    /// The lock that makes this the only writer.
    pub lock: Option<AssessmentLock>,
    /// What the file looked like when last read or written.
    pub stamp: Option<FileStamp>,
    /// The autosave's state.
    pub save_state: SaveState,
    /// The checked state of each attachment, by path and hash (checking reads the file).
    pub attachment_states: HashMap<(String, String), AttachmentState>,
    /// The content as the history last recorded it: the next save records what differs.
    pub(super) recorded: Assessment,
    /// The auditor's review, in review mode.
    pub review: Option<ReviewState>,
    /// The last verification, shown on the audit screen.
    pub verification: Option<Verified>,
    /// Which history entries the audit screen shows.
    pub history_filter: HistoryFilter,
    /// The assessment as the previous frame left it, to time the pause after an edit.
    pub(super) last_seen: Assessment,
    /// When it last changed (UI time, seconds).
    pub(super) last_edit_at: f64,
    /// When it first changed since the last save.
    pub(super) dirty_since: Option<f64>,
    undoer: Undoer<Assessment>,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("path", &self.path)
            .field("municipality", &self.assessment.municipality.name)
            .field("current", &self.current)
            .finish_non_exhaustive()
    }
}

impl Document {
    /// An assessment read from `path` (saved as it is) or new (`path` is `None`, unsaved).
    pub fn new(assessment: Assessment, set: CriteriaSet, path: Option<PathBuf>) -> Self {
        let saved = path.as_ref().map(|_| assessment.clone());
        Self {
            last_seen: assessment.clone(),
            recorded: assessment.clone(),
            review: None,
            verification: None,
            history_filter: HistoryFilter::default(),
            assessment,
            set,
            path,
            saved,
            is_example: false,
            current: 0,
            editor: None,
            read_only: None,
            lock: None,
            stamp: None,
            save_state: SaveState::Idle,
            attachment_states: HashMap::new(),
            last_edit_at: 0.0,
            dirty_since: None,
            undoer: Undoer::default(),
        }
    }

    /// Whether the user may change it.
    pub fn is_editable(&self) -> bool {
        self.read_only.is_none()
    }

    /// Whether changes are saved automatically: it has a file, may be written, and is not the
    /// example.
    pub fn autosaves(&self) -> bool {
        self.path.is_some() && !self.is_example && self.read_only.is_none()
    }

    /// Whether the assessment differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.assessment)
    }

    /// The name shown in the title bar: the municipality, marked when it is the example.
    pub fn title(&self, lang: Lang) -> String {
        let name = self.assessment.municipality.name.trim();
        let name = if name.is_empty() {
            T::Untitled.get(lang)
        } else {
            name
        };
        if self.is_example {
            format!("{name} {}", T::ExampleSuffix.get(lang))
        } else {
            name.to_owned()
        }
    }

    /// The verdict on the assessment as it is now, on `today`, with the attachments as last
    /// checked (one not checked yet counts as unchecked).
    pub fn readiness(&self, today: crate::domain::dates::Date) -> Readiness<'_> {
        let states = &self.attachment_states;
        let health = |attachment: &crate::domain::evidence::Attachment| {
            states
                .get(&(attachment.path.clone(), attachment.sha256.clone()))
                .map_or(AttachmentHealth::Unchecked, AttachmentState::health)
        };
        let checks = Checks::on(today).with_attachments(&health);
        readiness::evaluate(&self.assessment, &self.set, &checks)
    }

    /// Runs `f` with the history, the seal and the time of the last change taken out of the
    /// assessment: undo follows the content only, and never takes back a history entry.
    fn without_record<R>(
        &mut self,
        f: impl FnOnce(&mut Assessment, &mut Undoer<Assessment>) -> R,
    ) -> R {
        let history = std::mem::take(&mut self.assessment.history);
        let seal = self.assessment.seal.take();
        let modified = self.assessment.modified;
        self.assessment.modified = self.assessment.created;
        let result = f(&mut self.assessment, &mut self.undoer);
        self.assessment.history = history;
        self.assessment.seal = seal;
        self.assessment.modified = modified;
        result
    }

    /// Records the current state for undo; call once per frame.
    pub fn feed_undo(&mut self, time: f64) {
        self.without_record(|assessment, undoer| undoer.feed_state(time, assessment));
    }

    /// Whether there is something to undo.
    pub fn can_undo(&mut self) -> bool {
        self.without_record(|assessment, undoer| undoer.has_undo(assessment))
    }

    /// Whether there is something to redo.
    pub fn can_redo(&mut self) -> bool {
        self.without_record(|assessment, undoer| undoer.has_redo(assessment))
    }

    /// Goes back one step.
    pub fn undo(&mut self) {
        self.without_record(|assessment, undoer| {
            if let Some(state) = undoer.undo(assessment) {
                *assessment = state.clone();
            }
        });
        self.close_editor_if_gone();
    }

    /// Goes forward one step.
    pub fn redo(&mut self) {
        self.without_record(|assessment, undoer| {
            if let Some(state) = undoer.redo(assessment) {
                *assessment = state.clone();
            }
        });
        self.close_editor_if_gone();
    }

    /// How many findings the last verification of a sealed assessment had, when its seal or
    /// file did not verify (an unreadable file counts as one); `None` when it verified or is
    /// not sealed.
    pub fn broken_findings(&self) -> Option<usize> {
        if !self.assessment.is_final() {
            return None;
        }
        match self.verification.as_ref()? {
            Ok(verification) if verification.is_intact() => None,
            Ok(verification) => Some(verification.findings.len()),
            Err(_) => Some(1),
        }
    }

    /// The one place below the UI where a read-only assessment (finalised, opened for review,
    /// held by another instance, written by a newer version) stays unchanged: whatever a
    /// button, a field, a shortcut or undo changed in it is put back to what was read or last
    /// saved. Returns whether something had changed (the caller says why it was refused).
    pub fn put_back_refused_changes(&mut self) -> bool {
        if self.read_only.is_none() {
            return false;
        }
        let Some(saved) = &self.saved else {
            return false;
        };
        if &self.assessment == saved {
            return false;
        }
        self.assessment = saved.clone();
        self.last_seen = saved.clone();
        self.close_editor_if_gone();
        true
    }

    fn close_editor_if_gone(&mut self) {
        if let Some(editor) = &self.editor
            && self.assessment.evidence(&editor.id).is_none()
        {
            self.editor = None;
        }
    }
}
