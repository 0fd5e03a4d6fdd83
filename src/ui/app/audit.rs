//! Auditing: finalising and re-opening, verification, review mode with its remarks, and
//! packages.

use std::path::{Path, PathBuf};

use egui::RichText;

use super::{App, Screen};
use crate::domain::dates::Timestamp;
use crate::domain::review::Review;
use crate::i18n::{self, audit, ui::T};
use crate::storage::layout::{new_assessment_path, new_package_view_path};
use crate::storage::package::{PACKAGE_EXTENSION, export_package, open_package};
use crate::storage::review_file::{read_review, review_path, save_review, spare_review_path};
use crate::storage::verify::{verify_bytes, verify_file};
use crate::storage::{encode_assessment, read_for_review};
use crate::ui::dialogs::DialogPurpose;
use crate::ui::document::{Document, ReadOnly, ReviewState};

/// Wait this long after the last keystroke in a remark before writing the review file.
const REVIEW_SAVE_AFTER_S: f64 = 0.3;
/// After a failed write of the review file, try again this much later.
const REVIEW_RETRY_S: f64 = 3.0;

/// A question the audit features ask.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AuditModal {
    /// "Finalise the assessment?"
    Finalise,
    /// "Reopen it? Why?"
    Reopen {
        /// The reason typed so far.
        reason: String,
        /// Whether the user tried to confirm without a reason.
        tried: bool,
    },
    /// A package was chosen: read it or import it?
    Package {
        /// The package file.
        path: PathBuf,
        /// The municipality it is about.
        municipality: String,
        /// How many files it holds.
        files: usize,
        /// When it was made.
        created: Timestamp,
    },
}

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
            self.audit_modal = Some(AuditModal::Finalise);
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
            self.audit_modal = Some(AuditModal::Reopen {
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
            review,
            saved,
            file,
            note,
            problem: None,
            last_edit_at: 0.0,
        });
        self.doc = Some(doc);
        self.notice = None;
        self.refresh_attachments();
        self.verify_document();
        self.screen = Screen::Audit;
    }

    /// Writes the review file when remarks changed and typing paused (or at once with
    /// `force`).
    pub(super) fn save_review(&mut self, now: f64, force: bool, ctx: Option<&egui::Context>) {
        let lang = self.lang();
        let Some(state) = self.doc.as_mut().and_then(|doc| doc.review.as_mut()) else {
            return;
        };
        if !state.is_dirty() {
            return;
        }
        let due = state.last_edit_at + REVIEW_SAVE_AFTER_S;
        if !force && now < due {
            if let Some(ctx) = ctx {
                ctx.request_repaint_after(std::time::Duration::from_secs_f64(due - now));
            }
            return;
        }
        match save_review(&state.file, &state.review) {
            Ok(()) => {
                state.saved = Some(state.review.clone());
                state.problem = None;
            }
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error.source);
                state.problem = Some(i18n::ui::review_save_failed(lang, &reason));
                state.last_edit_at = now + REVIEW_RETRY_S - REVIEW_SAVE_AFTER_S;
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
        let suggested_name = format!(
            "Terve-Kunta-{}-{}.{PACKAGE_EXTENSION}",
            name.replace(['/', '\\', ':', ' '], "-"),
            crate::domain::dates::format_date(today)
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
                let text = i18n::ui::package_exported(
                    lang,
                    &target.display().to_string(),
                    packed.files,
                    &size,
                );
                self.set_notice(text, false);
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
                self.audit_modal = Some(AuditModal::Package {
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
    fn unpack_package(&mut self, package_path: &Path, for_review: bool) {
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

    /// A read-only assessment was about to be edited: say why not.
    pub(super) fn edit_refused(&mut self) {
        let lang = self.lang();
        let finalised = self
            .doc
            .as_ref()
            .is_some_and(|doc| doc.read_only == Some(ReadOnly::Finalised));
        self.set_notice(i18n::ui::edit_refused(lang, finalised), true);
    }

    /// The audit questions, as modals.
    pub(super) fn audit_modal(&mut self, ctx: &egui::Context) {
        match self.audit_modal.clone() {
            None => {}
            Some(AuditModal::Finalise) => self.finalise_modal(ctx),
            Some(AuditModal::Reopen { reason, tried }) => self.reopen_modal(ctx, reason, tried),
            Some(AuditModal::Package {
                path,
                municipality,
                files,
                created,
            }) => self.package_modal(ctx, &path, &municipality, files, created),
        }
    }

    /// What finalising would seal that is not ready: the verdict when it is "not yet", and
    /// every linked evidence item that does not count, with its reason.
    fn finalise_warnings(&self) -> Vec<String> {
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

    fn finalise_modal(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let warnings = self.finalise_warnings();
        let mut answer = None;
        let response = egui::Modal::new(egui::Id::unique("finalise")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(T::FinaliseTitle.get(lang));
            ui.label(T::FinaliseBody.get(lang));
            // Sealing a "not yet" is allowed (a group may record where it stands), but never
            // without saying so: the verdict and each linked item that does not count.
            if !warnings.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new(T::FinaliseNotReady.get(lang)).strong());
                egui::ScrollArea::vertical()
                    .max_height(220.0)
                    .show(ui, |ui| {
                        for warning in &warnings {
                            crate::ui::widgets::issue_text(ui, warning);
                        }
                    });
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(T::FinaliseConfirm.get(lang)).clicked() {
                    answer = Some(true);
                }
                if ui.button(T::Cancel.get(lang)).clicked() {
                    answer = Some(false);
                }
            });
        });
        if answer.is_some() || response.should_close() {
            self.audit_modal = None;
        }
        if answer == Some(true) {
            self.finalise();
        }
    }

    fn reopen_modal(&mut self, ctx: &egui::Context, mut reason: String, mut tried: bool) {
        let lang = self.lang();
        // The number of findings when the sealed file did not verify.
        let broken = self.doc.as_ref().and_then(Document::broken_findings);
        let mut answer = None;
        let response = egui::Modal::new(egui::Id::unique("reopen")).show(ctx, |ui| {
            ui.set_width(460.0);
            ui.heading(T::ReopenTitle.get(lang));
            ui.label(T::ReopenBody.get(lang));
            if let Some(findings) = broken {
                crate::ui::widgets::issue_text(ui, &i18n::ui::seal_broken_banner(lang, findings));
            }
            ui.add_space(6.0);
            crate::ui::widgets::text_area(ui, T::ReopenReason.get(lang), &mut reason, 2);
            if tried && reason.trim().is_empty() {
                crate::ui::widgets::issue_text(ui, T::ReasonNeeded.get(lang));
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button(T::ReopenConfirm.get(lang)).clicked() {
                    answer = Some(true);
                }
                if ui.button(T::Cancel.get(lang)).clicked() {
                    answer = Some(false);
                }
            });
        });
        match answer {
            Some(true) if reason.trim().is_empty() => {
                self.audit_modal = Some(AuditModal::Reopen {
                    reason,
                    tried: true,
                });
            }
            Some(true) => {
                self.audit_modal = None;
                self.reopen(&reason);
            }
            Some(false) => self.audit_modal = None,
            None if response.should_close() => self.audit_modal = None,
            None => {
                tried &= reason.trim().is_empty();
                self.audit_modal = Some(AuditModal::Reopen { reason, tried });
            }
        }
    }

    fn package_modal(
        &mut self,
        ctx: &egui::Context,
        path: &Path,
        municipality: &str,
        files: usize,
        created: Timestamp,
    ) {
        let lang = self.lang();
        let zone = self.env.clock.time_zone();
        let mut answer = None;
        let response = egui::Modal::new(egui::Id::unique("package")).show(ctx, |ui| {
            ui.set_width(480.0);
            ui.heading(T::PackageTitle.get(lang));
            let created = audit::date_time(lang, created, &zone);
            ui.label(i18n::ui::package_body(lang, municipality, files, &created));
            ui.label(RichText::new(path.display().to_string()).small().weak());
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if ui.button(T::PackageReview.get(lang)).clicked() {
                    answer = Some(Some(true));
                }
                if ui.button(T::PackageImport.get(lang)).clicked() {
                    answer = Some(Some(false));
                }
                if ui.button(T::Cancel.get(lang)).clicked() {
                    answer = Some(None);
                }
            });
        });
        if answer.is_some() || response.should_close() {
            self.audit_modal = None;
        }
        if let Some(Some(for_review)) = answer {
            self.unpack_package(path, for_review);
        }
    }
}
