//! Every question the app asks, as one [`Modal`] value. They are shown one at a time, through
//! the one question helper ([`Question`]); a question asked while another is open waits its
//! turn. (The evidence editor belongs to the document, and the conflict with changes made
//! elsewhere to its save state: both are shown with the same helper, but not queued.)

use std::path::PathBuf;

use egui::RichText;

use super::App;
use crate::domain::dates::Timestamp;
use crate::domain::evidence::EvidenceId;
use crate::i18n::{self, audit, ui::T};
use crate::ui::command::Command;
use crate::ui::document::{Document, SaveState};
use crate::ui::new_assessment::{FormOutcome, NewAssessmentForm, new_assessment_modal};
use crate::ui::question::{Question, Reply};
use crate::ui::widgets;

/// A question the app is asking, with what the user has typed into it so far.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modal {
    /// At first start, "Kuka olet?": the history records who made each change, never an
    /// empty name.
    Name {
        /// The name as typed so far (prefilled with the system's user name).
        name: String,
        /// Whether "Jatka" was pressed (an empty name is then pointed out).
        tried: bool,
        /// Whether the field has been given the keyboard focus.
        focused: bool,
    },
    /// The form for a new assessment.
    NewAssessment(NewAssessmentForm),
    /// "Tallennetaanko muutokset?": this command waits for the answer.
    Unsaved(Command),
    /// The file cannot be read but its backup can: restore it?
    Recovery {
        /// The unreadable file.
        path: PathBuf,
        /// What is wrong and what the backup is.
        text: String,
    },
    /// A program file is about to be handed to the system: open it anyway?
    OpenProgram {
        /// The evidence item.
        evidence: EvidenceId,
        /// The attachment's place in it.
        index: usize,
        /// The attachment's name.
        name: String,
    },
    /// "Viimeistelläänkö arviointi?"
    Finalise,
    /// "Avataanko muokattavaksi? Miksi?"
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
    /// What changed in the newest version of the criteria set; move the assessment to it?
    CriteriaChanges,
}

/// The user's answer when the file changed elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// Write my version over it.
    Overwrite,
    /// Drop my changes and open what is on disk.
    Reload,
    /// Keep both: save mine elsewhere.
    SaveAs,
}

/// What showing a modal this frame came to.
pub(super) enum Step {
    /// Still open, with what was typed.
    Open(Modal),
    /// Answered or dismissed: the next question, if any, comes up.
    Closed,
    /// Answered, and taken off the queue before its action ran (the action may have asked
    /// the next question).
    Handled,
}

impl App {
    /// Asks `modal` now, or after the questions already open. The same question asked again
    /// replaces the one waiting.
    pub(super) fn ask(&mut self, modal: Modal) {
        let kind = std::mem::discriminant(&modal);
        if let Some(waiting) = self
            .modals
            .iter_mut()
            .find(|waiting| std::mem::discriminant(*waiting) == kind)
        {
            *waiting = modal;
        } else {
            self.modals.push_back(modal);
        }
    }

    /// Whether a question or an editor is open (shortcuts then wait).
    pub(super) fn modal_open(&self) -> bool {
        !self.modals.is_empty()
            || self
                .doc
                .as_ref()
                .is_some_and(|doc| doc.editor.is_some() || *doc.save_state() == SaveState::Conflict)
    }

    /// The evidence editor, the conflict question, and the first question waiting.
    pub(super) fn modals(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        if let Some(doc) = &mut self.doc {
            let mut cx = super::super::Context {
                lang,
                today: self.env.clock.today(),
                commands: &mut self.commands,
                clock: self.env.clock.as_ref(),
                ids: self.env.ids.as_ref(),
            };
            crate::ui::evidence_editor::evidence_editor(ctx, &mut cx, doc);
        }
        self.conflict_modal(ctx);
        let Some(modal) = self.modals.front().cloned() else {
            return;
        };
        let step = match modal {
            Modal::Name {
                name,
                tried,
                focused,
            } => self.name_modal(ctx, name, tried, focused),
            Modal::NewAssessment(form) => self.new_assessment(ctx, form),
            Modal::Unsaved(pending) => self.unsaved_modal(ctx, pending),
            Modal::Recovery { path, text } => self.recovery_modal(ctx, path, &text),
            Modal::OpenProgram {
                evidence,
                index,
                name,
            } => self.open_program_modal(ctx, &evidence, index, &name),
            Modal::Finalise => self.finalise_modal(ctx),
            Modal::Reopen { reason, tried } => self.reopen_modal(ctx, reason, tried),
            Modal::Package {
                path,
                municipality,
                files,
                created,
            } => self.package_modal(ctx, path, &municipality, files, created),
            Modal::CriteriaChanges => self.criteria_changes_modal(ctx),
        };
        // The modal's own action may have asked another question: this one is the first.
        match step {
            Step::Open(modal) => {
                if let Some(front) = self.modals.front_mut() {
                    *front = modal;
                }
            }
            Step::Closed => {
                self.modals.pop_front();
            }
            Step::Handled => {}
        }
    }

    fn name_modal(
        &mut self,
        ctx: &egui::Context,
        mut name: String,
        tried: bool,
        focused: bool,
    ) -> Step {
        let lang = self.lang();
        let mut enter = false;
        let mut tried = tried;
        let question = Question {
            id: "name",
            width: 440.0,
            title: T::NamePromptTitle.get(lang),
            body: T::NamePromptBody.get(lang),
            buttons: &[T::Continue.get(lang)],
        };
        let reply = question.ask(ctx, |ui| {
            ui.add_space(6.0);
            let field = T::SettingsUserName.get(lang);
            let response = widgets::text_field(ui, field, &mut name, &[]);
            if !focused {
                // Ready to type at once.
                response.request_focus();
            }
            // Said once "Jatka" has been tried without a name, not before anything is typed.
            if tried && name.trim().is_empty() {
                widgets::issue_text(ui, T::NamePromptEmpty.get(lang));
            }
            // Enter keeps the focus in the field (see `text_field`), and answers.
            enter = response.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        });
        // The name is needed: Esc does not skip it.
        if reply == Some(Reply::Button(0)) || enter {
            tried = true;
            if !name.trim().is_empty() {
                name.trim().clone_into(&mut self.settings.user_name);
                self.settings_dirty = true;
                self.store_settings();
                return Step::Closed;
            }
        }
        Step::Open(Modal::Name {
            name,
            tried,
            focused: true,
        })
    }

    fn new_assessment(&mut self, ctx: &egui::Context, mut form: NewAssessmentForm) -> Step {
        match new_assessment_modal(ctx, self.lang(), &mut form, &self.catalog) {
            FormOutcome::Open => Step::Open(Modal::NewAssessment(form)),
            FormOutcome::Cancel => Step::Closed,
            FormOutcome::Create => {
                self.modals.pop_front();
                self.create(&form);
                Step::Handled
            }
        }
    }

    /// "Tallennetaanko muutokset?" before `pending` replaces or closes the document.
    fn unsaved_modal(&mut self, ctx: &egui::Context, pending: Command) -> Step {
        let lang = self.lang();
        let question = Question {
            id: "unsaved",
            width: 420.0,
            title: T::UnsavedTitle.get(lang),
            body: T::UnsavedBody.get(lang),
            buttons: &[
                T::CmdSave.get(lang),
                T::Discard.get(lang),
                T::Cancel.get(lang),
            ],
        };
        match question.ask(ctx, |_| {}) {
            None => Step::Open(Modal::Unsaved(pending)),
            Some(Reply::Button(0)) => {
                self.modals.pop_front();
                if self.save_now() {
                    self.run(ctx, pending, true);
                } else {
                    self.after_save = Some(pending);
                    self.save_command(ctx, true);
                }
                Step::Handled
            }
            Some(Reply::Button(1)) => {
                self.modals.pop_front();
                self.run(ctx, pending, true);
                Step::Handled
            }
            Some(_) => Step::Closed,
        }
    }

    /// The file changed on disk since it was read: overwrite, reload, or save elsewhere. It
    /// must be answered (Esc does not dismiss it).
    fn conflict_modal(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        if !self
            .doc
            .as_ref()
            .is_some_and(|doc| *doc.save_state() == SaveState::Conflict)
        {
            return;
        }
        let question = Question {
            id: "conflict",
            width: 480.0,
            title: T::ConflictTitle.get(lang),
            body: T::ConflictBody.get(lang),
            buttons: &[
                T::ConflictOverwrite.get(lang),
                T::ConflictReload.get(lang),
                T::CmdSaveAs.get(lang),
            ],
        };
        let answer = match question.ask(ctx, |_| {}) {
            Some(Reply::Button(0)) => Conflict::Overwrite,
            Some(Reply::Button(1)) => Conflict::Reload,
            Some(Reply::Button(_)) => Conflict::SaveAs,
            Some(Reply::Dismissed) | None => return,
        };
        self.resolve_conflict(ctx, answer);
    }

    /// The file cannot be read but its backup can: offer to restore it.
    fn recovery_modal(&mut self, ctx: &egui::Context, path: PathBuf, text: &str) -> Step {
        let lang = self.lang();
        let question = Question {
            id: "recovery",
            width: 480.0,
            title: T::RecoveryTitle.get(lang),
            body: text,
            buttons: &[T::RestoreBackup.get(lang), T::Cancel.get(lang)],
        };
        let shown = path.display().to_string();
        match question.ask(ctx, |ui| {
            ui.label(RichText::new(shown).small().weak());
        }) {
            None => Step::Open(Modal::Recovery {
                path,
                text: text.to_owned(),
            }),
            Some(Reply::Button(0)) => {
                self.modals.pop_front();
                self.restore(&path);
                Step::Handled
            }
            Some(_) => Step::Closed,
        }
    }

    /// Asks before handing a program file to the system.
    fn open_program_modal(
        &mut self,
        ctx: &egui::Context,
        evidence: &EvidenceId,
        index: usize,
        name: &str,
    ) -> Step {
        let lang = self.lang();
        let body = i18n::ui::executable_body(lang, name);
        let question = Question {
            id: "executable",
            width: 440.0,
            title: T::ExecutableTitle.get(lang),
            body: &body,
            buttons: &[T::OpenAnyway.get(lang), T::Cancel.get(lang)],
        };
        match question.ask(ctx, |_| {}) {
            None => Step::Open(Modal::OpenProgram {
                evidence: evidence.clone(),
                index,
                name: name.to_owned(),
            }),
            Some(Reply::Button(0)) => {
                self.modals.pop_front();
                self.open_attachment(evidence, index, true);
                Step::Handled
            }
            Some(_) => Step::Closed,
        }
    }

    /// "Viimeistelläänkö?", with what finalising would seal that is not ready.
    fn finalise_modal(&mut self, ctx: &egui::Context) -> Step {
        let lang = self.lang();
        let warnings = self.finalise_warnings();
        let question = Question {
            id: "finalise",
            width: 460.0,
            title: T::FinaliseTitle.get(lang),
            body: T::FinaliseBody.get(lang),
            buttons: &[T::FinaliseConfirm.get(lang), T::Cancel.get(lang)],
        };
        // Sealing a "not yet" is allowed (a group may record where it stands), but never
        // without saying so: the verdict and each linked item that does not count.
        let reply = question.ask(ctx, |ui| {
            if !warnings.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new(T::FinaliseNotReady.get(lang)).strong());
                egui::ScrollArea::vertical()
                    .max_height(220.0)
                    .show(ui, |ui| {
                        for warning in &warnings {
                            widgets::issue_text(ui, warning);
                        }
                    });
            }
        });
        match reply {
            None => Step::Open(Modal::Finalise),
            Some(Reply::Button(0)) => {
                self.modals.pop_front();
                self.finalise();
                Step::Handled
            }
            Some(_) => Step::Closed,
        }
    }

    /// "Avataanko muokattavaksi?", asking why (a reason is needed).
    fn reopen_modal(&mut self, ctx: &egui::Context, mut reason: String, tried: bool) -> Step {
        let lang = self.lang();
        // The number of findings when the sealed file did not verify.
        let broken = self.doc.as_ref().and_then(Document::broken_findings);
        let question = Question {
            id: "reopen",
            width: 460.0,
            title: T::ReopenTitle.get(lang),
            body: T::ReopenBody.get(lang),
            buttons: &[T::ReopenConfirm.get(lang), T::Cancel.get(lang)],
        };
        let reply = question.ask(ctx, |ui| {
            if let Some(findings) = broken {
                widgets::issue_text(ui, &i18n::ui::seal_broken_banner(lang, findings));
            }
            ui.add_space(6.0);
            widgets::text_area(ui, T::ReopenReason.get(lang), &mut reason, 2);
            if tried && reason.trim().is_empty() {
                widgets::issue_text(ui, T::ReasonNeeded.get(lang));
            }
        });
        match reply {
            Some(Reply::Button(0)) if reason.trim().is_empty() => Step::Open(Modal::Reopen {
                reason,
                tried: true,
            }),
            Some(Reply::Button(0)) => {
                self.modals.pop_front();
                self.reopen(&reason);
                Step::Handled
            }
            Some(_) => Step::Closed,
            None => {
                let tried = tried && reason.trim().is_empty();
                Step::Open(Modal::Reopen { reason, tried })
            }
        }
    }

    /// A package: read it for review, import it, or neither.
    fn package_modal(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        municipality: &str,
        files: usize,
        created: Timestamp,
    ) -> Step {
        let lang = self.lang();
        let zone = self.env.clock.time_zone();
        let when = audit::date_time(lang, created, &zone);
        let body = i18n::ui::package_body(lang, municipality, files, &when);
        let question = Question {
            id: "package",
            width: 480.0,
            title: T::PackageTitle.get(lang),
            body: &body,
            buttons: &[
                T::PackageReview.get(lang),
                T::PackageImport.get(lang),
                T::Cancel.get(lang),
            ],
        };
        let shown = path.display().to_string();
        let reply = question.ask(ctx, |ui| {
            ui.label(RichText::new(shown).small().weak());
        });
        let for_review = match reply {
            None => {
                return Step::Open(Modal::Package {
                    path,
                    municipality: municipality.to_owned(),
                    files,
                    created,
                });
            }
            Some(Reply::Button(0)) => true,
            Some(Reply::Button(1)) => false,
            Some(_) => return Step::Closed,
        };
        self.modals.pop_front();
        self.unpack_package(&path, for_review);
        Step::Handled
    }
}
