//! The open assessment: the value being edited, where it is saved, and its undo history.

use std::path::PathBuf;

use egui::util::undoer::Undoer;

use crate::domain::assessment::Assessment;
use crate::domain::criteria::CriteriaSet;
use crate::domain::evidence::EvidenceId;
use crate::domain::readiness::{self, Readiness};
use crate::i18n::{Lang, ui::T};

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
            assessment,
            set,
            path,
            saved,
            is_example: false,
            current: 0,
            editor: None,
            undoer: Undoer::default(),
        }
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
