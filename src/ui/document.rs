//! The open assessment: the value being edited, where it is saved, and its undo history.

use std::collections::HashMap;
use std::path::PathBuf;

use egui::util::undoer::Undoer;

use crate::domain::assessment::Assessment;
use crate::domain::criteria::CriteriaSet;
use crate::domain::evidence::EvidenceId;
use crate::domain::readiness::{self, Readiness};
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

    /// The verdict on the assessment as it is now.
    pub fn readiness(&self) -> Readiness<'_> {
        readiness::evaluate(&self.assessment, &self.set)
    }

    /// Records the current state for undo; call once per frame.
    pub fn feed_undo(&mut self, time: f64) {
        self.undoer.feed_state(time, &self.assessment);
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.undoer.has_undo(&self.assessment)
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.undoer.has_redo(&self.assessment)
    }

    /// Goes back one step.
    pub fn undo(&mut self) {
        if let Some(state) = self.undoer.undo(&self.assessment) {
            self.assessment = state.clone();
            self.close_editor_if_gone();
        }
    }

    /// Goes forward one step.
    pub fn redo(&mut self) {
        if let Some(state) = self.undoer.redo(&self.assessment) {
            self.assessment = state.clone();
            self.close_editor_if_gone();
        }
    }

    fn close_editor_if_gone(&mut self) {
        if let Some(editor) = &self.editor
            && self.assessment.evidence(&editor.id).is_none()
        {
            self.editor = None;
        }
    }
}
