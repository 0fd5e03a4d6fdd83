//! The app's files: creating, opening, autosaving, saving elsewhere, recovering from the
//! backup, resolving a conflict with changes made elsewhere, and attachments.

use std::path::{Path, PathBuf};

use super::{App, Conflict, Modal, Screen};
use crate::domain::assessment::{Assessment, Assessor, CriteriaMatch, Municipality};
use crate::domain::evidence::EvidenceId;
use crate::domain::example::example_assessment;
use crate::i18n::{self, ui::T};
use crate::storage::attachments::{self, AttachmentState};
use crate::storage::layout::{assessment_folder, new_assessment_path};
use crate::storage::lock::{LockHolder, LockOutcome, lock_assessment};
use crate::storage::{
    OpenError, SaveOutcome, SaveRequest, encode_assessment, open_assessment, readable_backup,
    restore_backup, save_file,
};
use crate::ui::command::Command;
use crate::ui::dialogs::{DialogAnswer, DialogPurpose};
use crate::ui::document::{Document, ReadOnly, SaveState};
use crate::ui::new_assessment::NewAssessmentForm;
use crate::ui::settings::RecentEntry;

use crate::session::timing::RETRY_AFTER_S;

impl App {
    /// Who is making changes, for the history: the name in the settings, else the system's
    /// user name.
    pub(super) fn who(&self) -> String {
        let user = self.holder().user;
        if user.trim().is_empty() {
            // Never an empty name in the history (the name was cleared in the settings and the
            // system has none).
            T::UnknownUser.get(self.lang()).to_owned()
        } else {
            user
        }
    }

    pub(super) fn holder(&self) -> LockHolder {
        LockHolder::this_process(&self.settings.user_name, self.env.clock.now())
    }

    /// Puts the open assessment first in the recent list, with its figures now.
    pub(super) fn remember(&mut self) {
        if let Some(entry) = self.recent_entry() {
            self.settings.remember(entry);
            self.settings_dirty = true;
            self.store_settings();
            self.refresh_missing();
        }
    }

    /// Brings the open assessment's figures in the recent list up to date (after a save), so
    /// that the start page never shows "0/10" for one that is 10/10.
    pub(super) fn refresh_recent(&mut self) {
        if let Some(entry) = self.recent_entry()
            && self.settings.refresh(entry)
        {
            self.settings_dirty = true;
        }
    }

    /// The open assessment as the recent list shows it; `None` for one without a file.
    fn recent_entry(&self) -> Option<RecentEntry> {
        let doc = self.doc.as_ref()?;
        let path = doc.path.as_ref()?;
        if doc.is_example {
            return None;
        }
        let progress = doc.readiness(self.env.clock.today()).progress();
        let set = &doc.set;
        Some(RecentEntry {
            path: path.clone(),
            municipality: doc.assessment().municipality.name.clone(),
            criteria: set
                .title
                .get_or(self.settings.lang, set.official_language)
                .0
                .to_owned(),
            modified: doc.assessment().modified,
            counted: progress.counted,
            total: progress.total,
            finalised: doc.assessment().is_final(),
            review: doc.review.is_some(),
        })
    }

    /// A new assessment, saved at once in a folder of its own in the data folder.
    pub(super) fn create(&mut self, form: &NewAssessmentForm) {
        let Some(entry) = self.catalog.entries.get(form.set_index) else {
            return;
        };
        let assessors = if form.assessor.trim().is_empty() {
            Vec::new()
        } else {
            vec![Assessor {
                name: form.assessor.trim().to_owned(),
                role: form.role.trim().to_owned(),
            }]
        };
        let mut assessment = Assessment::new(
            Municipality {
                name: form.name.trim().to_owned(),
                code: form.code.trim().to_owned(),
            },
            &entry.set,
            assessors,
            self.env.clock.as_ref(),
            self.env.ids.as_ref(),
        );
        let lang = self.lang();
        let describe =
            |evidence: &crate::domain::evidence::Evidence| i18n::evidence_summary(lang, evidence);
        assessment.record_creation(&self.who(), self.env.clock.as_ref(), &describe);
        let path = self.env.data_dir.as_deref().and_then(|data_dir| {
            new_assessment_path(data_dir, &assessment.municipality.name, &assessment.id).ok()
        });
        self.adopt_new(assessment, entry.set.clone(), path);
    }

    /// Opens a new assessment that is not on disk yet (made with the form, or a next round):
    /// locked and saved at `path` when there is one, remembered, on the assessment screen.
    pub(super) fn adopt_new(
        &mut self,
        assessment: Assessment,
        set: crate::domain::CriteriaSet,
        path: Option<PathBuf>,
    ) {
        let mut doc = Document::new(assessment, set, None);
        // As for an opened file: a newer version of its set is offered.
        doc.newer_set = self
            .catalog
            .newer_than(&doc.assessment().criteria)
            .map(|entry| entry.set.clone());
        if let Some(path) = path {
            if let LockOutcome::Acquired(lock) = lock_assessment(&path, &self.holder()) {
                doc.lock = Some(lock);
            }
            doc.path = Some(path);
        }
        self.set_document(Some(doc));
        self.screen = Screen::Assessment;
        self.notice = None;
        self.save_now();
        self.remember();
    }

    pub(super) fn open_example(&mut self) {
        let Some(entry) = self.catalog.entries.first() else {
            return;
        };
        let assessment =
            example_assessment(&entry.set, self.env.clock.as_ref(), self.env.ids.as_ref());
        let mut doc = Document::new(assessment, entry.set.clone(), None);
        doc.is_example = true;
        // Nothing is lost by closing the example untouched.
        doc.session.mark_saved();
        self.set_document(Some(doc));
        self.screen = Screen::Summary;
        self.notice = None;
    }

    pub(super) fn open(&mut self, path: &Path) {
        if crate::storage::verify::is_package(path) {
            self.offer_package(path);
            return;
        }
        // A request for the steering group's views (double-clicked, dropped): answered.
        if crate::storage::group_file::is_request(path) {
            self.open_request(path);
            return;
        }
        let lang = self.lang();
        let opened = match open_assessment(path, &self.holder()) {
            Ok(opened) => opened,
            Err(error) => {
                let detail = crate::storage::words::open_error_message(lang, &error);
                if let (OpenError::Load { .. }, Some((_, modified))) =
                    (&error, readable_backup(path))
                {
                    let date = modified
                        .and_then(|time| jiff::Timestamp::try_from(time).ok())
                        .map(|time| {
                            crate::domain::dates::format_date(
                                time.to_zoned_datetime(self.env.clock.time_zone()).date(),
                            )
                        })
                        .unwrap_or_default();
                    self.ask(Modal::Recovery {
                        path: path.to_path_buf(),
                        text: i18n::ui::recovery_body(lang, &detail, &date),
                    });
                } else {
                    self.set_notice(
                        i18n::ui::open_failed(lang, &detail, &path.display().to_string()),
                        true,
                    );
                }
                return;
            }
        };
        let assessment = opened.decoded.assessment;
        let Some(set) = self.criteria_for(&assessment) else {
            return;
        };
        let criteria_match = assessment.criteria.compare(&set);
        let mut doc = Document::new(assessment, set, Some(path.to_path_buf()));
        doc.newer_set = self
            .catalog
            .newer_than(&doc.assessment().criteria)
            .map(|entry| entry.set.clone());
        doc.stamp = Some(opened.stamp);
        let sealed = doc.assessment().is_final();
        doc.read_only = match (opened.decoded.newer_version, &opened.lock) {
            (Some(version), _) => Some(ReadOnly::NewerVersion(version)),
            (None, None) => Some(ReadOnly::LockedBy(opened.held_by)),
            (None, Some(_)) if sealed => Some(ReadOnly::Finalised),
            (None, Some(_)) => None,
        };
        doc.lock = opened.lock;
        self.set_document(Some(doc));
        // A sealed assessment is checked at once: a seal that does not match is shown in the
        // banner, not only on the audit page.
        if sealed {
            self.verify_document();
        }
        self.refresh_attachments();
        self.screen = Screen::Assessment;
        self.notice = None;
        if criteria_match != CriteriaMatch::Same
            && let Some(warning) = i18n::criteria_match_warning(lang, criteria_match)
        {
            self.set_notice(warning.to_owned(), true);
        }
        // Made against an older version of its criteria: what changed, and the offer to move.
        if self
            .doc
            .as_ref()
            .is_some_and(|doc| doc.newer_set.is_some() && doc.is_editable())
        {
            self.ask(Modal::CriteriaChanges);
        }
        self.remember();
    }

    /// The criteria set `assessment` was made against; says so when it is not known.
    pub(super) fn criteria_for(
        &mut self,
        assessment: &Assessment,
    ) -> Option<crate::domain::CriteriaSet> {
        if let Some(entry) = self.catalog.find(&assessment.criteria) {
            return Some(entry.set.clone());
        }
        let text = i18n::ui::criteria_missing(
            self.lang(),
            &assessment.criteria.id,
            &assessment.criteria.version,
        );
        self.set_notice(text, true);
        None
    }

    /// Puts the backup in place of the unreadable file, then opens it.
    pub(super) fn restore(&mut self, path: &Path) {
        let lang = self.lang();
        match restore_backup(path, self.env.clock.now()) {
            Ok(broken) => {
                self.open(path);
                self.set_notice(
                    i18n::ui::restored(lang, &broken.display().to_string()),
                    false,
                );
            }
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error);
                self.set_notice(
                    i18n::ui::save_failed(lang, &reason, &path.display().to_string()),
                    true,
                );
            }
        }
    }

    /// "Tallenna" (Ctrl+S): save now; a document without a file of its own asks for one.
    pub(super) fn save_command(&mut self, ctx: &egui::Context, choose: bool) {
        let Some(doc) = &self.doc else {
            return;
        };
        if matches!(doc.read_only, Some(ReadOnly::NewerVersion(_))) {
            return;
        }
        // A finalised assessment is saved as it is; in review mode only the remarks are saved.
        if matches!(doc.read_only, Some(ReadOnly::Finalised | ReadOnly::Review)) && !choose {
            self.save_review(0.0, true, None);
            return;
        }
        // A member's response is written as a draft, and exported with its own command.
        if doc.read_only == Some(ReadOnly::GroupView) {
            self.save_response_draft(0.0, true);
            return;
        }
        if doc.autosaves() && !choose {
            self.save_now();
            return;
        }
        let name = doc.assessment().municipality.name.trim();
        let name = if name.is_empty() { "arviointi" } else { name };
        let suggested_name = format!("Terve-Kunta-{}.ron", name.replace(['/', '\\', ':'], "-"));
        self.request_dialog(ctx, DialogPurpose::SaveAssessment { suggested_name });
    }

    /// Saves the document to a new place (it lives there from now on), with its attachments.
    fn save_as(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.lang();
        let holder = self.holder();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let lock = match lock_assessment(path, &holder) {
            LockOutcome::Acquired(lock) => lock,
            LockOutcome::HeldBy(holder) => {
                let zone = self.env.clock.time_zone();
                let text = crate::storage::words::read_only_locked(lang, holder.as_ref(), &zone);
                self.set_notice(text, true);
                return;
            }
        };
        if let Some(old) = doc.path.as_deref() {
            copy_attachments(
                doc.assessment(),
                &assessment_folder(old),
                &assessment_folder(path),
            );
        }
        if doc.is_dirty() {
            record_pending(doc, self.env.clock.as_ref(), &holder.user, lang);
        }
        let request = SaveRequest {
            path: path.to_path_buf(),
            bytes: encode_assessment(doc.assessment()).into_bytes(),
            expected: None,
        };
        match save_file(&request) {
            SaveOutcome::Saved(stamp) => {
                doc.session.mark_saved();
                doc.stamp = Some(stamp);
                doc.path = Some(path.to_path_buf());
                doc.lock = Some(lock);
                doc.is_example = false;
                doc.read_only = doc.assessment().is_final().then_some(ReadOnly::Finalised);
                // A reviewed assessment saved elsewhere is a copy of one's own.
                doc.review = None;
                self.set_notice(i18n::ui::saved_to(lang, &path.display().to_string()), false);
                self.remember();
                self.refresh_attachments();
                if let Some(next) = self.after_save.take() {
                    self.run(ctx, next, true);
                }
            }
            SaveOutcome::ChangedOnDisk => {}
            SaveOutcome::Failed(error) => {
                self.after_save = None;
                let reason = i18n::write_failure_reason(lang, &error.source);
                self.set_notice(
                    i18n::ui::save_failed(lang, &reason, &path.display().to_string()),
                    true,
                );
            }
        }
    }

    /// Saves at once, on this thread (creating, closing, quitting, Ctrl+S). Returns whether
    /// the document is now saved.
    pub(super) fn save_now(&mut self) -> bool {
        self.collect_saves(true, 0.0);
        self.save_review(0.0, true, None);
        self.save_response_draft(0.0, true);
        let (who, lang) = (self.who(), self.lang());
        let Some(doc) = &mut self.doc else {
            return true;
        };
        // Edits that changed nothing after all (typed and deleted again) need no write and
        // no question.
        doc.session.settle_if_unchanged();
        if !doc.autosaves() {
            return !doc.is_dirty();
        }
        if !doc.is_dirty() {
            return true;
        }
        if *doc.save_state() == SaveState::Conflict {
            return false;
        }
        let request = save_request(doc, self.env.clock.as_ref(), &who, lang);
        let (revision, snapshot) = doc.session.snapshot();
        let outcome = save_file(&request);
        self.saved(revision, snapshot, outcome, 0.0)
    }

    /// The autosave, once a frame: saves about a second after the last edit at the latest.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let now = ctx.input(|i| i.time);
        self.collect_saves(false, now);
        self.save_review(now, false, Some(ctx));
        self.save_response_draft(now, false);
        let (who, lang) = (self.who(), self.lang());
        let Some(doc) = &mut self.doc else {
            return;
        };
        doc.frame(now);
        if !doc.autosaves() {
            return;
        }
        let Some(due_at) = doc.session.save_due_at(now) else {
            return;
        };
        if now < due_at {
            ctx.request_repaint_after(std::time::Duration::from_secs_f64(due_at - now));
            return;
        }
        if doc.session.settle_if_unchanged() {
            return;
        }
        let request = save_request(doc, self.env.clock.as_ref(), &who, lang);
        let (revision, snapshot) = doc.session.snapshot();
        if let Some(ticket) = self
            .saver
            .as_mut()
            .and_then(|saver| saver.submit(request.clone()))
        {
            doc.session.save_state = SaveState::Saving {
                ticket,
                revision,
                snapshot: Box::new(snapshot),
            };
        } else {
            let outcome = save_file(&request);
            self.saved(revision, snapshot, outcome, now);
        }
    }

    /// Takes the answers of the saving thread; with `wait`, waits for the one in progress.
    fn collect_saves(&mut self, wait: bool, now: f64) {
        let mut answers = Vec::new();
        if let Some(saver) = &self.saver {
            while let Some(answer) = saver.poll() {
                answers.push(answer);
            }
            let in_progress = matches!(
                self.doc.as_ref().map(Document::save_state),
                Some(SaveState::Saving { .. })
            );
            if wait && in_progress && answers.is_empty() {
                // Only when closing or saving explicitly: the disk is waited for.
                answers.extend(saver.wait());
            }
        }
        for (ticket, outcome) in answers {
            let Some(doc) = &mut self.doc else {
                continue;
            };
            let SaveState::Saving {
                ticket: expected,
                revision,
                snapshot,
            } = doc.save_state()
            else {
                continue;
            };
            if *expected != ticket {
                continue;
            }
            let (revision, snapshot) = (*revision, (**snapshot).clone());
            self.saved(revision, snapshot, outcome, now);
        }
    }

    /// Records how a save of `snapshot`, taken at `revision`, went. Returns whether it was
    /// written.
    fn saved(
        &mut self,
        revision: u64,
        snapshot: Assessment,
        outcome: SaveOutcome,
        now: f64,
    ) -> bool {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return false;
        };
        match outcome {
            SaveOutcome::Saved(stamp) => {
                doc.stamp = Some(stamp);
                doc.session.saved_as(revision, snapshot, now);
                if matches!(self.notice.as_ref(), Some(notice) if notice.is_error && notice.from_save)
                {
                    self.notice = None;
                }
                self.refresh_recent();
                true
            }
            SaveOutcome::ChangedOnDisk => {
                doc.session.save_state = SaveState::Conflict;
                false
            }
            SaveOutcome::Failed(error) => {
                let reason = i18n::write_failure_reason(lang, &error.source);
                let path = doc
                    .path
                    .as_ref()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default();
                doc.session.save_state = SaveState::Failed {
                    reason: reason.clone(),
                    retry_at: now + RETRY_AFTER_S,
                };
                self.set_notice(i18n::ui::save_failed(lang, &reason, &path), true);
                if let Some(notice) = &mut self.notice {
                    notice.from_save = true;
                }
                false
            }
        }
    }

    /// The user's answer to a conflict with changes made elsewhere.
    pub(super) fn resolve_conflict(&mut self, ctx: &egui::Context, answer: Conflict) {
        let Some(doc) = &mut self.doc else {
            return;
        };
        doc.session.save_state = SaveState::Idle;
        match answer {
            Conflict::Overwrite => {
                doc.stamp = None;
                self.save_now();
            }
            Conflict::Reload => {
                if let Some(path) = doc.path.clone() {
                    // Release this document's lock before taking it again.
                    self.set_document(None);
                    self.open(&path);
                }
            }
            Conflict::SaveAs => self.save_command(ctx, true),
        }
    }

    pub(super) fn request_dialog(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        if self.env.dialogs.is_available() {
            self.env.dialogs.request(ctx, purpose);
        } else {
            self.after_save = None;
            self.set_notice(T::NoFileDialog.get(self.lang()).to_owned(), true);
        }
    }

    pub(super) fn dialog_answered(&mut self, ctx: &egui::Context, answer: DialogAnswer) {
        let DialogAnswer {
            purpose,
            path,
            more,
        } = answer;
        match (purpose, path) {
            (DialogPurpose::OpenAssessment, Some(path)) => {
                self.commands.push(Command::OpenPath(path));
            }
            (DialogPurpose::SaveAssessment { .. }, Some(path)) => self.save_as(ctx, &path),
            (DialogPurpose::SaveAssessment { .. }, None) => self.after_save = None,
            (DialogPurpose::PickAttachment, Some(path)) => self.attach(&path),
            (DialogPurpose::ExportReport { .. }, Some(path)) => self.export_to(&path),
            (DialogPurpose::OpenForReview, Some(path)) => {
                self.commands.push(Command::OpenForReviewPath(path));
            }
            (DialogPurpose::ExportPackage { .. }, Some(path)) => self.export_package_to(&path),
            (DialogPurpose::OpenPackage, Some(path)) => self.offer_package(&path),
            (DialogPurpose::ExportMemo { .. }, Some(path)) => self.export_memo_to(&path),
            (DialogPurpose::SaveRequest { .. }, Some(path)) => self.save_request_to(&path),
            (DialogPurpose::ImportResponses, Some(path)) => {
                let paths: Vec<PathBuf> = std::iter::once(path).chain(more).collect();
                self.import_responses(&paths);
            }
            (DialogPurpose::OpenRequest, Some(path)) => self.open_request(&path),
            (DialogPurpose::SaveResponse { .. }, Some(path)) => self.export_response_to(&path),
            (DialogPurpose::CompareWith, Some(path)) => self.compare_with(&path),
            (DialogPurpose::ExportComparison { .. }, Some(path)) => {
                self.export_comparison_to(&path);
            }
            (DialogPurpose::OverviewFolder, Some(path)) => self.read_overview(path),
            (DialogPurpose::ExportOverview { .. }, Some(path)) => self.export_overview_to(&path),
            (
                DialogPurpose::OpenAssessment
                | DialogPurpose::PickAttachment
                | DialogPurpose::ExportReport { .. }
                | DialogPurpose::OpenForReview
                | DialogPurpose::ExportPackage { .. }
                | DialogPurpose::OpenPackage
                | DialogPurpose::ExportMemo { .. }
                | DialogPurpose::SaveRequest { .. }
                | DialogPurpose::ImportResponses
                | DialogPurpose::OpenRequest
                | DialogPurpose::SaveResponse { .. }
                | DialogPurpose::CompareWith
                | DialogPurpose::ExportComparison { .. }
                | DialogPurpose::OverviewFolder
                | DialogPurpose::ExportOverview { .. },
                None,
            ) => {}
        }
    }

    /// Attaches a file to the evidence item open in the editor.
    pub(super) fn attach(&mut self, source: &Path) {
        let lang = self.lang();
        let now = self.env.clock.now();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let (Some(editor), Some(path), true) = (&doc.editor, &doc.path, doc.is_editable()) else {
            return;
        };
        let folder = assessment_folder(path);
        match attachments::attach_file(&folder, source, now) {
            Ok(attachment) => {
                let id = editor.id.clone();
                if let Some(evidence) = doc.edit().evidence_mut(&id)
                    && !evidence
                        .attachments
                        .iter()
                        .any(|a| a.sha256 == attachment.sha256)
                {
                    evidence.attachments.push(attachment);
                }
                self.refresh_attachments();
            }
            Err(error) => {
                let detail = match &error {
                    attachments::AttachError::TooLarge { size } => i18n::ui::too_large(lang, *size),
                    attachments::AttachError::Read { source, .. }
                    | attachments::AttachError::Write(source) => {
                        i18n::write_failure_reason(lang, source)
                    }
                    attachments::AttachError::NotAFile(_) => T::NotAFile.get(lang).to_owned(),
                };
                self.set_notice(i18n::ui::attach_failed(lang, &detail), true);
            }
        }
    }

    /// Checks every attachment's presence and hash (reads the files: only when they change).
    pub(super) fn refresh_attachments(&mut self) {
        let Some(doc) = &mut self.doc else {
            return;
        };
        let Some(path) = &doc.path else {
            return;
        };
        let folder = assessment_folder(path);
        let mut states = std::collections::HashMap::new();
        for evidence in &doc.assessment().evidence {
            for attachment in &evidence.attachments {
                let key = (attachment.path.clone(), attachment.sha256.clone());
                if let Some(state) = doc.attachment_state(&key) {
                    states.insert(key, state.clone());
                } else {
                    states.insert(key, attachments::verify(&folder, attachment));
                }
            }
        }
        doc.set_attachment_states(states);
    }

    /// Opens an attachment with the system's viewer, after checking its hash; asks first for
    /// a program file.
    pub(super) fn open_attachment(&mut self, evidence: &EvidenceId, index: usize, confirmed: bool) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let (Some(path), Some(attachment)) = (
            doc.path.clone(),
            doc.evidence(evidence)
                .and_then(|e| e.attachments.get(index))
                .cloned(),
        ) else {
            return;
        };
        let folder = assessment_folder(&path);
        let state = attachments::verify(&folder, &attachment);
        doc.set_attachment_state(
            (attachment.path.clone(), attachment.sha256.clone()),
            state.clone(),
        );
        let message = match state {
            AttachmentState::Intact => None,
            AttachmentState::Missing => Some(T::AttachmentMissing),
            AttachmentState::Modified => Some(T::AttachmentModified),
            AttachmentState::Unsafe(_) => Some(T::AttachmentUnsafe),
        };
        if let Some(message) = message {
            let text = format!("{}: {}", message.get(lang), attachment.original_name);
            self.set_notice(text, true);
            return;
        }
        if !confirmed && attachments::is_executable_name(&attachment.original_name) {
            self.ask(Modal::OpenProgram {
                evidence: evidence.clone(),
                index,
                name: attachment.original_name,
            });
            return;
        }
        let Ok(file) = attachments::resolve(&folder, &attachment.path) else {
            return;
        };
        if let Err(error) = (self.env.launcher)(&file) {
            self.set_notice(i18n::ui::launch_failed(lang, &error.to_string()), true);
        }
    }
}

impl App {
    /// "Vie PDF…": saves first (the report names the saved file's checksum), then asks where.
    pub(super) fn export_command(&mut self, ctx: &egui::Context) {
        if self.doc.is_none() {
            return;
        }
        self.save_now();
        let today = self.env.clock.today();
        let Some(doc) = &self.doc else {
            return;
        };
        let suggested_name = i18n::report::file_name(&doc.assessment().municipality.name, today);
        self.request_dialog(ctx, DialogPurpose::ExportReport { suggested_name });
    }

    /// Writes the report to `path` (atomically) and says how it went.
    fn export_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        // The file's checksum is printed only when the file holds what the report shows.
        let file = doc.path.as_deref().filter(|_| !doc.is_dirty());
        let clock = crate::system::ReportClock::new(self.env.clock.as_ref());
        let input = crate::export::report_input(doc.assessment(), &doc.set, file, lang, &clock);
        let outcome = crate::export::export_report(&input, path);
        match outcome {
            Ok(exported) => {
                let size = i18n::report::size(lang, exported.size as u64);
                let text = i18n::ui::report_exported(lang, &path.display().to_string(), &size);
                self.set_file_notice(text, path);
            }
            Err(error) => {
                let text = i18n::capitalised(&error.sentence(lang, path));
                self.set_notice(text, true);
            }
        }
    }
}

/// The request to save `doc` now: records the changes since the last save in the history
/// and marks the assessment as changed now. A sealed assessment is saved as it is.
fn save_request(
    doc: &mut Document,
    clock: &dyn crate::domain::Clock,
    who: &str,
    lang: crate::domain::Lang,
) -> SaveRequest {
    record_pending(doc, clock, who, lang);
    SaveRequest {
        path: doc.path.clone().unwrap_or_default(),
        bytes: encode_assessment(doc.assessment()).into_bytes(),
        expected: doc.stamp.clone(),
    }
}

/// Records what changed since the history last did, by `who`, and marks the assessment as
/// changed now; nothing for a sealed one (its seal covers it as it is).
pub(super) fn record_pending(
    doc: &mut Document,
    clock: &dyn crate::domain::Clock,
    who: &str,
    lang: crate::domain::Lang,
) {
    if doc.assessment().is_final() {
        return;
    }
    let describe =
        |evidence: &crate::domain::evidence::Evidence| i18n::evidence_summary(lang, evidence);
    doc.session.record(|assessment, recorded| {
        // Written by this version from now on: an older app refuses it as newer rather than
        // misreading the fields version 2 added.
        assessment.schema_version = assessment
            .schema_version
            .max(crate::domain::assessment::SCHEMA_VERSION);
        let changes = assessment.record_changes(recorded, who, clock, &describe);
        // The time of the last change is the history's last entry, so that the history
        // accounts for it; a file without history keeps the clock's time.
        match assessment.history.last() {
            Some(last) if changes > 0 => assessment.modified = last.at,
            Some(_) => {}
            None => assessment.touch(clock),
        }
    });
}

/// Copies the attachments of `assessment` from one folder to another (saving elsewhere).
/// Missing or unsafe ones are skipped: they are shown as such afterwards.
fn copy_attachments(assessment: &Assessment, from: &Path, to: &Path) {
    if from == to {
        return;
    }
    for attachment in assessment.evidence.iter().flat_map(|e| &e.attachments) {
        let (Ok(source), Ok(target)) = (
            attachments::resolve(from, &attachment.path),
            attachments::resolve(to, &attachment.path),
        ) else {
            continue;
        };
        if target.exists() {
            continue;
        }
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        let _ = std::fs::copy(&source, &target);
    }
}
