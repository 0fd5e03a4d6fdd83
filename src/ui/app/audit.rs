//! Auditing: finalising and re-opening, verification, review mode with its remarks, and
//! packages.

use std::path::Path;

use super::{App, Modal, Screen};
use crate::domain::review::Review;
use crate::i18n::{self, ui::T};
use crate::session::review::RemarksSession;
use crate::storage::layout::{new_assessment_path, new_package_view_path};
use crate::storage::package::{PACKAGE_EXTENSION, export_package, open_package};
use crate::storage::review_file::{read_review, review_path, save_review, spare_review_path};
use crate::storage::verify::{verify_bytes, verify_file};
use crate::storage::{encode_assessment, read_for_review};
use crate::ui::command::Command;
use crate::ui::dialogs::DialogPurpose;
use crate::ui::document::{Document, ReadOnly, ReviewState};

impl App {
    /// "Viimeistele…": asks first, when the assessment can be finalised.
    pub(super) fn finalise_command(&mut self) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.read_only.is_some() {
            self.edit_refused();
        } else if !doc.autosaves() {
            self.set_notice(T::FinaliseNeedsFile.get(lang).to_owned(), true);
        } else {
            self.ask(Modal::Finalise);
        }
    }

    /// Records pending changes, finalises and seals, saves, and locks the document. When the
    /// save fails, the document is left as it was before.
    pub(super) fn finalise(&mut self) {
        let (who, lang) = (self.who(), self.lang());
        let clock = self.env.clock.as_ref();
        let Some(doc) = &mut self.doc else {
            return;
        };
        if doc.read_only.is_some() || !doc.autosaves() {
            return;
        }
        let (before, recorded) = (doc.assessment().clone(), doc.session.recorded().clone());
        super::files::record_pending(doc, clock, &who, lang);
        if doc.edit().finalise(&who, clock).is_err() {
            return;
        }
        if self.save_now() {
            if let Some(doc) = &mut self.doc {
                doc.read_only = Some(ReadOnly::Finalised);
                doc.editor = None;
                let seal = doc
                    .assessment()
                    .seal
                    .as_ref()
                    .map(|seal| seal.sha256.clone())
                    .unwrap_or_default();
                self.set_notice(i18n::ui::finalised(lang, &seal), false);
            }
            self.verify_document();
            self.remember();
        } else if let Some(doc) = &mut self.doc {
            // Not saved: nothing is sealed (the save's error is shown).
            *doc.edit() = before;
            doc.session.set_recorded(recorded);
        }
    }

    /// "Avaa muokattavaksi…": asks for the reason, when the assessment is finalised here.
    pub(super) fn reopen_command(&mut self) {
        if self
            .doc
            .as_ref()
            .is_some_and(|doc| doc.read_only == Some(ReadOnly::Finalised))
        {
            self.ask(Modal::Reopen {
                reason: String::new(),
                tried: false,
            });
        }
    }

    /// Reopens for edits with `reason`; returns whether it was saved so.
    pub(super) fn reopen(&mut self, reason: &str) -> bool {
        let (who, lang) = (self.who(), self.lang());
        let clock = self.env.clock.as_ref();
        let Some(doc) = &mut self.doc else {
            return false;
        };
        if doc.read_only != Some(ReadOnly::Finalised) {
            return false;
        }
        let before = doc.assessment().clone();
        // A file that did not verify is reopened only with that in its history.
        let file_findings = doc
            .verification
            .as_ref()
            .is_some_and(|verified| verified.as_ref().map_or(true, |v| !v.is_intact()));
        if doc
            .edit()
            .reopen(&who, reason, clock, file_findings)
            .is_err()
        {
            return false;
        }
        doc.read_only = None;
        if self.save_now() {
            if let Some(doc) = &mut self.doc {
                let recorded = doc.assessment().clone();
                doc.session.set_recorded(recorded);
                doc.verification = None;
            }
            self.set_notice(i18n::ui::reopened(lang), false);
            true
        } else {
            if let Some(doc) = &mut self.doc {
                *doc.edit() = before;
                doc.read_only = Some(ReadOnly::Finalised);
            }
            false
        }
    }

    /// Verifies the saved file (after saving what autosaves), or the assessment as it is when
    /// it has no file.
    pub(super) fn verify_document(&mut self) {
        if self.doc.as_ref().is_some_and(Document::autosaves) {
            self.save_now();
        }
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        doc.verification = Some(match &doc.path {
            Some(path) if !doc.is_example => verify_file(path)
                .map_err(|error| crate::storage::words::open_error_message(lang, &error)),
            _ => verify_bytes(encode_assessment(doc.assessment()).as_bytes(), None)
                .map_err(|error| crate::storage::words::load_error_message(lang, &error)),
        });
    }

    /// Opens `path` read-only as an auditor: no lock, no autosave, nothing in its folder is
    /// touched except the review file; verifies it at once.
    pub(super) fn open_for_review(&mut self, path: &Path) {
        let lang = self.lang();
        let decoded = match read_for_review(path) {
            Ok(decoded) => decoded,
            Err(error) => {
                let detail = crate::storage::words::open_error_message(lang, &error);
                let text = i18n::ui::open_failed(lang, &detail, &path.display().to_string());
                self.set_notice(text, true);
                return;
            }
        };
        let assessment = decoded.assessment;
        let Some(set) = self.criteria_for(&assessment) else {
            return;
        };
        let who = self.who();
        let mut doc = Document::new(assessment, set, Some(path.to_path_buf()));
        doc.read_only = Some(ReadOnly::Review);
        let fresh = || Review::of(doc.assessment(), &who);
        let unusable = |detail: String| {
            let spare = spare_review_path(path);
            let name = spare.file_name().unwrap_or_default().to_string_lossy();
            let note = i18n::ui::review_problem(lang, &detail, &name);
            (fresh(), None, spare, Some(note))
        };
        let (review, saved, file, note) = match read_review(path) {
            Ok(Some(review)) if review.is_of(doc.assessment()) => {
                (review.clone(), Some(review), review_path(path), None)
            }
            Ok(Some(_)) => unusable(i18n::ui::review_of_other(lang)),
            Ok(None) => (fresh(), None, review_path(path), None),
            Err(error) => unusable(crate::storage::words::review_error_message(lang, &error)),
        };
        doc.review = Some(ReviewState {
            remarks: RemarksSession::new(review, saved),
            file,
            note,
        });
        self.set_document(Some(doc));
        self.notice = None;
        self.refresh_attachments();
        self.verify_document();
        self.screen = Screen::Audit;
        self.remember();
    }

    /// Writes the review file when remarks changed and typing paused (or at once with
    /// `force`).
    pub(super) fn save_review(&mut self, now: f64, force: bool, ctx: Option<&egui::Context>) {
        let lang = self.lang();
        let Some(state) = self.doc.as_mut().and_then(|doc| doc.review.as_mut()) else {
            return;
        };
        let Some(due) = state.remarks.save_due_at(now) else {
            return;
        };
        if !force && now < due {
            if let Some(ctx) = ctx {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            }
            return;
        }
        match save_review(&state.file, state.remarks.review()) {
            Ok(()) => state.remarks.saved(now),
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error.source);
                let problem = i18n::ui::review_save_failed(lang, &reason);
                state.remarks.failed(problem, now);
            }
        }
    }

    /// "Vie paketti…": saves first (the package holds the saved file), then asks where.
    pub(super) fn export_package_command(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        self.save_now();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.path.is_none() || doc.is_example || doc.is_dirty() {
            self.set_notice(T::PackageNeedsFile.get(lang).to_owned(), true);
            return;
        }
        let today = self.env.clock.today();
        let name = doc.assessment().municipality.name.trim();
        let name = if name.is_empty() { "arviointi" } else { name };
        // The date as in the report's file name (2026-12-02): names sort by date, and no
        // dots before the extension.
        let suggested_name = format!(
            "Terve-Kunta-{}-{today}.{PACKAGE_EXTENSION}",
            name.replace(['/', '\\', ':', ' '], "-"),
        );
        self.request_dialog(ctx, DialogPurpose::ExportPackage { suggested_name });
    }

    /// Writes the package to `target` and says how it went.
    pub(super) fn export_package_to(&mut self, target: &Path) {
        let lang = self.lang();
        let Some(path) = self.doc.as_ref().and_then(|doc| doc.path.clone()) else {
            return;
        };
        match export_package(&path, target, self.env.clock.now()) {
            Ok(packed) => {
                let size = i18n::report::size(lang, packed.size);
                // The manifest lists the assessment too; the user counts attachments.
                let text = i18n::ui::package_exported(
                    lang,
                    &target.display().to_string(),
                    packed.files.saturating_sub(1),
                    &size,
                );
                self.set_file_notice(text, target);
            }
            Err(error) => {
                let reason = crate::storage::words::package_error_message(lang, &error);
                let text = i18n::ui::package_failed(lang, &reason, &target.display().to_string());
                self.set_notice(text, true);
            }
        }
    }

    /// A package was chosen: checks it, then asks whether to read or import it.
    pub(super) fn offer_package(&mut self, path: &Path) {
        let lang = self.lang();
        match open_package(path) {
            Ok(package) => {
                self.ask(Modal::Package {
                    path: path.to_path_buf(),
                    municipality: package.manifest.municipality.clone(),
                    files: package.manifest.files.len(),
                    created: package.manifest.created,
                });
            }
            Err(error) => {
                let reason = crate::storage::words::package_error_message(lang, &error);
                let text = i18n::ui::package_failed(lang, &reason, &path.display().to_string());
                self.set_notice(text, true);
            }
        }
    }

    /// Unpacks a package into the data folder: for review (read-only) or as an assessment of
    /// one's own; then opens it.
    pub(super) fn unpack_package(&mut self, package_path: &Path, for_review: bool) {
        let lang = self.lang();
        let fail = |app: &mut Self, reason: String| {
            let text = i18n::ui::package_failed(lang, &reason, &package_path.display().to_string());
            app.set_notice(text, true);
        };
        let Some(data_dir) = self.env.data_dir.clone() else {
            fail(self, T::PackageNeedsDataDir.get(lang).to_owned());
            return;
        };
        let result = open_package(package_path).and_then(|mut package| {
            let (municipality, id) = (
                package.manifest.municipality.clone(),
                package.manifest.assessment_id.clone(),
            );
            let target = if for_review {
                new_package_view_path(&data_dir, &municipality, &id)?
            } else {
                new_assessment_path(&data_dir, &municipality, &id)?
            };
            let folder = crate::storage::layout::assessment_folder(&target);
            package.unpack(&folder)
        });
        match result {
            Ok(path) if for_review => self.open_for_review(&path),
            Ok(path) => self.open(&path),
            Err(error) => fail(
                self,
                crate::storage::words::package_error_message(lang, &error),
            ),
        }
    }

    /// Asks where to write the review memo, after writing the remarks and verifying the file
    /// again, so that the memo says what is on disk now.
    pub(super) fn export_memo_command(&mut self, ctx: &egui::Context) {
        if self.doc.as_ref().is_none_or(|doc| doc.review.is_none()) {
            return;
        }
        let now = ctx.input(|input| input.time);
        self.save_review(now, true, Some(ctx));
        self.verify_document();
        let today = self.env.clock.today();
        let Some(doc) = &self.doc else {
            return;
        };
        let suggested_name =
            i18n::report::memo_file_name(&doc.assessment().municipality.name, today);
        self.request_dialog(ctx, DialogPurpose::ExportMemo { suggested_name });
    }

    /// Writes the review memo to `path` (atomically) and says how it went.
    pub(super) fn export_memo_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let Some(review) = &doc.review else {
            return;
        };
        let verification = doc
            .verification
            .as_ref()
            .and_then(|found| found.as_ref().ok());
        let file_name = doc
            .path
            .as_deref()
            .and_then(Path::file_name)
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        let clock = crate::system::ReportClock::new(self.env.clock.as_ref());
        let input = crate::export::memo_input(
            (doc.assessment(), &doc.set, review.remarks.review()),
            &file_name,
            verification,
            lang,
            &clock,
        );
        match crate::export::export_memo(&input, path) {
            Ok(exported) => {
                let size = i18n::report::size(lang, exported.size as u64);
                let text = i18n::ui::memo_exported(lang, &path.display().to_string(), &size);
                self.set_file_notice(text, path);
            }
            Err(error) => {
                let text = i18n::capitalised(&error.memo_sentence(lang, path));
                self.set_notice(text, true);
            }
        }
    }

    /// The auditor's commands and packages.
    pub(super) fn audit_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::OpenForReview => self.request_dialog(ctx, DialogPurpose::OpenForReview),
            Command::OpenForReviewPath(path) => self.open_for_review(&path),
            Command::OpenPackage => self.request_dialog(ctx, DialogPurpose::OpenPackage),
            Command::ExportPackage => self.export_package_command(ctx),
            Command::ExportMemo => self.export_memo_command(ctx),
            Command::Finalise => self.finalise_command(),
            Command::Reopen => self.reopen_command(),
            Command::Verify => self.verify_document(),
            Command::EditRefused => self.edit_refused(),
            _ => {}
        }
    }

    /// A read-only assessment was about to be edited: say why not.
    pub(super) fn edit_refused(&mut self) {
        let lang = self.lang();
        let finalised = self
            .doc
            .as_ref()
            .is_some_and(|doc| doc.read_only == Some(ReadOnly::Finalised));
        self.set_notice(i18n::ui::edit_refused(lang, finalised), true);
    }

    /// What finalising would seal that is not ready: the verdict when it is "not yet", and
    /// every linked evidence item that does not count, with its reason.
    pub(super) fn finalise_warnings(&self) -> Vec<String> {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return Vec::new();
        };
        let readiness = doc.readiness(self.env.clock.today());
        let mut warnings = Vec::new();
        if !readiness.is_ready() {
            warnings.push(i18n::verdict_sentence(lang, &readiness));
        }
        let mut seen = std::collections::HashSet::new();
        for item in &readiness.criteria {
            for verdict in item.items.iter().filter(|verdict| !verdict.qualifies()) {
                if !seen.insert((verdict.index, item.criterion.number)) {
                    continue;
                }
                let name = doc
                    .assessment()
                    .evidence
                    .get(verdict.index)
                    .map(|evidence| i18n::evidence_summary(lang, evidence))
                    .unwrap_or_default();
                warnings.push(format!(
                    "{}: {name}: {}",
                    i18n::criterion_number(lang, item.criterion.number),
                    i18n::item_verdict_message(lang, verdict)
                ));
            }
        }
        warnings
    }
}
