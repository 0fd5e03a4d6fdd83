//! The open assessment: the value being edited, where it is saved, and its undo history.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use crate::domain::assessment::Assessment;
use crate::domain::criteria::CriteriaSet;
use crate::domain::criteria::CriterionId;
use crate::domain::dates::Date;
use crate::domain::evidence::EvidenceId;
use crate::domain::history::{Event, HistoryEntry};
use crate::domain::quality::{AttachmentHealth, Checks};
use crate::domain::readiness::{self, DetachedReadiness, Readiness};
use crate::domain::validation::{FieldIssue, validate};
use crate::i18n::{Lang, ui::T};
pub use crate::session::SaveState;
use crate::session::Session;
use crate::session::review::RemarksSession;
use crate::storage::FileStamp;
use crate::storage::attachments::AttachmentState;
use crate::storage::lock::{AssessmentLock, LockHolder};

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
    /// Opened from a steering group's request by a member: nothing in it is changed; their
    /// views go to their response.
    GroupView,
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
    /// The remarks, and when they are due to be written (see [`RemarksSession`]).
    pub remarks: RemarksSession,
    /// Where the remarks are written: the review file, or a spare beside it when that one
    /// cannot be read (it is never written over).
    pub file: PathBuf,
    /// Why the spare file is used, when it is (shown beside the remarks).
    pub note: Option<String>,
}

/// A steering group member's response to a request, and where its draft is kept.
#[derive(Clone, Debug)]
pub struct ResponseState {
    /// The views, and when they are due to be written.
    pub draft: crate::session::review::Draft<crate::domain::group::ViewResponse>,
    /// Where the draft is kept between sessions (the data folder), if anywhere.
    pub file: Option<PathBuf>,
    /// Who asked, and when (from the request).
    pub requested_by: String,
    /// When the request was made.
    pub requested: crate::domain::dates::Timestamp,
}

/// The evidence item being edited in the editor window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvidenceEditor {
    /// The item.
    pub id: EvidenceId,
    /// Whether it was just added (cancelling removes it again).
    pub is_new: bool,
    /// Whether "Valmis" has been pressed on the item while incomplete.
    pub done: DoneTried,
    /// The editor has been drawn once (it opens at its top, its first control focused).
    pub shown: bool,
}

/// "Valmis" on an incomplete evidence item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DoneTried {
    /// Not pressed yet: fields say what is wrong once they have been left.
    No,
    /// Pressed: the editor asks whether to keep the item incomplete.
    Asking,
    /// Pressed, and the user went back to editing: every field says what is wrong with it.
    Resumed,
}

impl EvidenceEditor {
    /// The editor for an item already recorded.
    pub fn existing(id: EvidenceId) -> Self {
        Self {
            id,
            is_new: false,
            done: DoneTried::No,
            shown: false,
        }
    }

    /// The editor for an item just added: cancelling or Esc removes it again.
    pub fn new_item(id: EvidenceId) -> Self {
        Self {
            id,
            is_new: true,
            done: DoneTried::No,
            shown: false,
        }
    }
}

/// A value derived from the document, kept for the revision, day and attachment check it
/// was made for.
struct Kept<V>(RefCell<Option<(KeptFor, V)>>);

/// What a kept value was made for: the session's revision, the day, the attachment check.
type KeptFor = (u64, Date, u64);

impl<V> Default for Kept<V> {
    fn default() -> Self {
        Self(RefCell::new(None))
    }
}

impl<V: Clone> Kept<V> {
    /// The kept value when `key` is the one it was made for, else `make()`, kept.
    fn get_or(&self, key: KeptFor, make: impl FnOnce() -> V) -> V {
        if let Some((kept_key, value)) = &*self.0.borrow()
            && *kept_key == key
        {
            return value.clone();
        }
        let value = make();
        *self.0.borrow_mut() = Some((key, value.clone()));
        value
    }
}

/// An open assessment.
pub struct Document {
    /// The assessment as edited, its save cycle and undo.
    pub session: Session,
    /// The criteria set it is made against.
    pub set: CriteriaSet,
    /// A newer version of that set that the app knows, to show what changed and offer a move.
    pub newer_set: Option<CriteriaSet>,
    /// The version the assessment was moved from, while undo can take the move back.
    pub older_set: Option<CriteriaSet>,
    /// The file it is saved in, if any.
    pub path: Option<PathBuf>,
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
    /// The checked state of each attachment, by path and hash (checking reads the file).
    attachment_states: HashMap<(String, String), AttachmentState>,
    /// Bumped whenever `attachment_states` changes (the kept verdict depends on it).
    attachments_checked: u64,
    /// The verdict, kept while the assessment, the day and the attachments' states stay.
    kept_readiness: Kept<DetachedReadiness>,
    /// The field checks, kept while the assessment and the day stay.
    kept_issues: Kept<Rc<[FieldIssue]>>,
    /// The auditor's review, in review mode.
    pub review: Option<ReviewState>,
    /// A steering group member's response, opened from a request.
    pub response: Option<ResponseState>,
    /// The last verification, shown on the audit screen.
    pub verification: Option<Verified>,
    /// Which history entries the audit screen shows.
    pub history_filter: HistoryFilter,
    /// The history entry shown whole under the list, by number.
    pub history_selected: Option<u64>,
    /// The criterion the assessment screen showed last frame (a new one opens at its top).
    pub shown_criterion: Option<usize>,
    /// A criterion was opened from the keyboard: its status gets the focus.
    pub focus_status: bool,
}

impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Document")
            .field("path", &self.path)
            .field("municipality", &self.assessment().municipality.name)
            .field("current", &self.current)
            .finish_non_exhaustive()
    }
}

impl Document {
    /// An assessment read from `path` (saved as it is) or new (`path` is `None`, unsaved).
    pub fn new(assessment: Assessment, set: CriteriaSet, path: Option<PathBuf>) -> Self {
        Self {
            session: Session::new(assessment, path.is_some()),
            review: None,
            response: None,
            verification: None,
            history_filter: HistoryFilter::default(),
            history_selected: None,
            shown_criterion: None,
            focus_status: false,
            set,
            newer_set: None,
            older_set: None,
            path,
            is_example: false,
            current: 0,
            editor: None,
            read_only: None,
            lock: None,
            stamp: None,
            attachment_states: HashMap::new(),
            attachments_checked: 0,
            kept_readiness: Kept::default(),
            kept_issues: Kept::default(),
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

    /// The assessment as edited.
    pub fn assessment(&self) -> &Assessment {
        self.session.assessment()
    }

    /// The assessment, to change (every change goes through here: see [`Session::edit`]).
    pub fn edit(&mut self) -> &mut Assessment {
        self.session.edit()
    }

    /// The evidence item with this id.
    pub fn evidence(&self, id: &EvidenceId) -> Option<&crate::domain::evidence::Evidence> {
        self.session.evidence(id)
    }

    /// Whether the assessment has changes not yet saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.session.is_dirty()
    }

    /// Where the autosave stands.
    pub fn save_state(&self) -> &SaveState {
        &self.session.save_state
    }

    /// The name shown in the title bar: the municipality, marked when it is the example.
    pub fn title(&self, lang: Lang) -> String {
        let name = self.assessment().municipality.name.trim();
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
    /// checked (one not checked yet counts as unchecked). Evaluated once per change: the
    /// screens ask for it every frame.
    pub fn readiness(&self, today: Date) -> Readiness<'_> {
        let key = (self.session.revision(), today, self.attachments_checked);
        let detached = self.kept_readiness.get_or(key, || {
            let states = &self.attachment_states;
            let health = |attachment: &crate::domain::evidence::Attachment| {
                states
                    .get(&(attachment.path.clone(), attachment.sha256.clone()))
                    .map_or(AttachmentHealth::Unchecked, AttachmentState::health)
            };
            let checks = Checks::on(today).with_attachments(&health);
            readiness::evaluate(self.assessment(), &self.set, &checks).detach()
        });
        detached.attach(&self.set)
    }

    /// What is missing or invalid in the assessment's fields on `today`, checked once per
    /// change.
    pub fn issues(&self, today: Date) -> Rc<[FieldIssue]> {
        let key = (self.session.revision(), today, 0);
        self.kept_issues
            .get_or(key, || validate(self.assessment(), today).into())
    }

    /// The checked state of an attachment (path, hash), if it has been checked.
    pub fn attachment_state(&self, key: &(String, String)) -> Option<&AttachmentState> {
        self.attachment_states.get(key)
    }

    /// Records the checked state of one attachment.
    pub fn set_attachment_state(&mut self, key: (String, String), state: AttachmentState) {
        if self.attachment_states.get(&key) != Some(&state) {
            self.attachment_states.insert(key, state);
            self.attachments_checked += 1;
        }
    }

    /// Replaces every attachment's checked state.
    pub fn set_attachment_states(&mut self, states: HashMap<(String, String), AttachmentState>) {
        if self.attachment_states != states {
            self.attachment_states = states;
            self.attachments_checked += 1;
        }
    }

    /// Once a frame: notes edits for the autosave and feeds undo.
    pub fn frame(&mut self, time: f64) {
        self.session.frame(time);
    }

    /// Whether there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.session.can_undo()
    }

    /// Whether there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.session.can_redo()
    }

    /// Goes back one step.
    pub fn undo(&mut self) {
        self.session.undo();
        self.follow_criteria_version();
        self.close_editor_if_gone();
    }

    /// Goes forward one step.
    pub fn redo(&mut self) {
        self.session.redo();
        self.follow_criteria_version();
        self.close_editor_if_gone();
    }

    /// Moves the assessment to `newer`, the newest version of its set (see
    /// [`crate::domain::Assessment::move_to`]); undo can take the move back.
    pub fn move_to_set(&mut self, newer: CriteriaSet) {
        self.edit().move_to(&newer);
        self.older_set = Some(std::mem::replace(&mut self.set, newer));
        self.newer_set = None;
        self.current = self.current.min(self.set.criteria.len().saturating_sub(1));
    }

    /// After undo or redo, the set shown is the version the content refers to: a move to
    /// another version taken back or done again swaps the two.
    fn follow_criteria_version(&mut self) {
        let version = &self.session.assessment().criteria.version;
        if &self.set.version == version {
            return;
        }
        if self
            .older_set
            .as_ref()
            .is_some_and(|set| &set.version == version)
        {
            let older = self.older_set.take();
            self.newer_set = older.map(|older| std::mem::replace(&mut self.set, older));
        } else if self
            .newer_set
            .as_ref()
            .is_some_and(|set| &set.version == version)
        {
            let newer = self.newer_set.take();
            self.older_set = newer.map(|newer| std::mem::replace(&mut self.set, newer));
        }
        self.current = self.current.min(self.set.criteria.len().saturating_sub(1));
    }

    /// How many findings the last verification of a sealed assessment had, when its seal or
    /// file did not verify (an unreadable file counts as one); `None` when it verified or is
    /// not sealed.
    pub fn broken_findings(&self) -> Option<usize> {
        if !self.assessment().is_final() {
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
        if self.read_only.is_none() || !self.session.put_back_saved() {
            return false;
        }
        self.close_editor_if_gone();
        true
    }

    fn close_editor_if_gone(&mut self) {
        if let Some(editor) = &self.editor
            && self.evidence(&editor.id).is_none()
        {
            self.editor = None;
        }
    }
}
