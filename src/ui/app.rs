//! The app: its state, the frame, and the one place where commands are applied.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui, ViewportCommand};

use super::command::Command;
use super::dialogs::{DialogAnswer, DialogPurpose};
use super::document::Document;
use super::new_assessment::{FormOutcome, NewAssessmentForm, new_assessment_modal};
use super::settings::{RecentEntry, Settings, ThemeChoice};
use super::{
    APP_TITLE, Context, Env, assessment_screen, evidence_editor, settings_screen, start_screen,
    summary_screen, theme,
};
use crate::domain::Lang;
use crate::domain::assessment::{Assessment, Assessor, CriteriaMatch, Municipality};
use crate::domain::example::example_assessment;
use crate::i18n::{self, ui::T};
use crate::storage::{CriteriaCatalog, OpenError, read_assessment, save_assessment};

/// The screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// New, open, example, recent.
    Start,
    /// One criterion at a time.
    Assessment,
    /// The verdict.
    Summary,
    /// Language, theme, name.
    Settings,
}

/// A message shown once, until dismissed or replaced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// The words.
    pub text: String,
    /// Whether it reports a failure.
    pub is_error: bool,
}

/// The app's state.
pub struct App {
    env: Env,
    catalog: CriteriaCatalog,
    settings: Settings,
    settings_dirty: bool,
    screen: Screen,
    doc: Option<Document>,
    new_form: Option<NewAssessmentForm>,
    /// A command waiting for the answer to "save the unsaved changes?".
    confirm: Option<Command>,
    /// A command to run once the "save as" dialog has saved the document.
    after_save: Option<Command>,
    allow_close: bool,
    notice: Option<Notice>,
    recent_missing: Vec<bool>,
    commands: Vec<Command>,
    applied_theme: Option<ThemeChoice>,
    window_title: String,
    frames: u64,
    /// Close the window after the first frame (to time start-up).
    pub exit_after_first_frame: bool,
}

impl std::fmt::Debug for App {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App")
            .field("screen", &self.screen)
            .field("doc", &self.doc)
            .finish_non_exhaustive()
    }
}

impl App {
    /// The app with its settings read from the data folder.
    pub fn new(env: Env, catalog: CriteriaCatalog) -> Self {
        let settings = Settings::load(env.data_dir.as_deref());
        let mut app = Self {
            env,
            catalog,
            settings,
            settings_dirty: false,
            screen: Screen::Start,
            doc: None,
            new_form: None,
            confirm: None,
            after_save: None,
            allow_close: false,
            notice: None,
            recent_missing: Vec::new(),
            commands: Vec::new(),
            applied_theme: None,
            window_title: String::new(),
            frames: 0,
            exit_after_first_frame: false,
        };
        app.refresh_missing();
        app
    }

    /// The UI language.
    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Switches the UI language (and remembers it).
    pub fn set_lang(&mut self, lang: Lang) {
        if self.settings.lang != lang {
            self.settings.lang = lang;
            self.settings_dirty = true;
        }
    }

    /// The screen shown.
    pub fn screen(&self) -> Screen {
        self.screen
    }

    /// The open assessment.
    pub fn document(&self) -> Option<&Document> {
        self.doc.as_ref()
    }

    /// The message shown, if any.
    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The user's preferences.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Requests a command, as a menu or shortcut would.
    pub fn request(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// One frame of the whole app.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_theme(&ctx);
        self.collect_input(&ctx);
        self.top_bar(ui);
        self.notice_bar(ui);
        self.screen_ui(ui);
        self.modals(&ctx);
        self.drop_overlay(&ctx);

        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // The commands change what is shown: draw it.
            ctx.request_repaint();
        }
        for command in commands {
            self.run(&ctx, command, false);
        }
        if let Some(doc) = &mut self.doc {
            doc.feed_undo(ctx.input(|i| i.time));
        }
        self.update_title(&ctx);
        self.frames += 1;
        if self.exit_after_first_frame && self.frames == 1 {
            self.allow_close = true;
            ctx.send_viewport_cmd(ViewportCommand::Close);
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.frames == 0 {
            theme::apply_style(ctx);
        }
        if self.applied_theme != Some(self.settings.theme) {
            ctx.set_theme(match self.settings.theme {
                ThemeChoice::Light => egui::ThemePreference::Light,
                ThemeChoice::Dark => egui::ThemePreference::Dark,
                ThemeChoice::System => egui::ThemePreference::System,
            });
            self.applied_theme = Some(self.settings.theme);
        }
    }

    fn modal_open(&self) -> bool {
        self.new_form.is_some()
            || self.confirm.is_some()
            || self.doc.as_ref().is_some_and(|doc| doc.editor.is_some())
    }

    /// Dialog answers, dropped files, shortcuts and the window's close button.
    fn collect_input(&mut self, ctx: &egui::Context) {
        while let Some(answer) = self.env.dialogs.poll() {
            self.dialog_answered(ctx, answer);
        }
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.commands.push(Command::OpenPath(path));
        }
        if !self.modal_open() {
            for command in Command::WITH_SHORTCUTS {
                if let Some(shortcut) = command.shortcut()
                    && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
                {
                    self.commands.push(command);
                }
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.doc.as_ref().is_some_and(Document::is_dirty) {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.confirm = Some(Command::Quit);
            } else {
                self.store_settings();
            }
        }
    }

    fn top_bar(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let has_doc = self.doc.is_some();
        let can_undo = self.doc.as_ref().is_some_and(Document::can_undo);
        let can_redo = self.doc.as_ref().is_some_and(Document::can_redo);
        let mut requested = Vec::new();
        egui::Panel::top("menu").show(ui, |ui| {
            egui::MenuBar::new().ui(ui, |ui| {
                let item =
                    |ui: &mut Ui, command: Command, enabled: bool, requested: &mut Vec<Command>| {
                        let mut button = egui::Button::new(command.label(lang));
                        if let Some(shortcut) = command.shortcut() {
                            button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
                        }
                        if ui
                            .add_enabled(enabled, button)
                            .on_hover_text(command.tooltip(lang))
                            .clicked()
                        {
                            requested.push(command);
                        }
                    };
                ui.menu_button(T::MenuFile.get(lang), |ui| {
                    item(ui, Command::NewAssessment, true, &mut requested);
                    item(ui, Command::Open, true, &mut requested);
                    item(ui, Command::OpenExample, true, &mut requested);
                    ui.separator();
                    item(ui, Command::Save, has_doc, &mut requested);
                    item(ui, Command::SaveAs, has_doc, &mut requested);
                    item(ui, Command::CloseDocument, has_doc, &mut requested);
                    ui.separator();
                    item(ui, Command::Quit, true, &mut requested);
                });
                ui.menu_button(T::MenuEdit.get(lang), |ui| {
                    item(ui, Command::Undo, can_undo, &mut requested);
                    item(ui, Command::Redo, can_redo, &mut requested);
                });
                ui.menu_button(T::MenuView.get(lang), |ui| {
                    item(ui, Command::ShowStart, true, &mut requested);
                    item(ui, Command::ShowAssessment, has_doc, &mut requested);
                    item(ui, Command::ShowSummary, has_doc, &mut requested);
                    item(ui, Command::NextCriterion, has_doc, &mut requested);
                    item(ui, Command::PreviousCriterion, has_doc, &mut requested);
                    item(ui, Command::ShowSettings, true, &mut requested);
                });
            });
        });
        egui::Panel::top("navigation").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal(|ui| {
                for (screen, command) in [
                    (Screen::Start, Command::ShowStart),
                    (Screen::Assessment, Command::ShowAssessment),
                    (Screen::Summary, Command::ShowSummary),
                    (Screen::Settings, Command::ShowSettings),
                ] {
                    let enabled = has_doc || matches!(screen, Screen::Start | Screen::Settings);
                    let tab = egui::Button::selectable(
                        self.screen == screen,
                        RichText::new(command.label(lang)).size(15.0),
                    );
                    if ui
                        .add_enabled(enabled, tab)
                        .on_hover_text(command.tooltip(lang))
                        .clicked()
                    {
                        requested.push(command);
                    }
                }
                if let Some(doc) = &self.doc {
                    ui.separator();
                    ui.label(RichText::new(doc.title(lang)).strong());
                    if doc.is_dirty() {
                        ui.label(RichText::new(T::Unsaved.get(lang)).small().weak());
                    } else if doc.path.is_some() {
                        ui.label(RichText::new(T::Saved.get(lang)).small().weak());
                    }
                    let save = Command::Save;
                    if doc.is_dirty()
                        && ui
                            .button(save.label(lang))
                            .on_hover_text(save.tooltip(lang))
                            .clicked()
                    {
                        requested.push(save);
                    }
                }
            });
            ui.add_space(2.0);
        });
        self.commands.extend(requested);
    }

    fn notice_bar(&mut self, ui: &mut Ui) {
        let Some(notice) = &self.notice else {
            return;
        };
        let lang = self.lang();
        let mut dismiss = false;
        egui::Panel::bottom("notice").show(ui, |ui| {
            ui.horizontal(|ui| {
                let dark = ui.visuals().dark_mode;
                let text = RichText::new(&notice.text);
                let text = if notice.is_error {
                    text.color(theme::error_color(dark))
                } else {
                    text
                };
                if ui.button(T::Dismiss.get(lang)).clicked() {
                    dismiss = true;
                }
                ui.add(egui::Label::new(text).wrap());
            });
        });
        if dismiss {
            self.notice = None;
        }
    }

    fn screen_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        let today = self.env.clock.today();
        let mut cx = Context {
            lang,
            today,
            commands: &mut self.commands,
            clock: self.env.clock.as_ref(),
            ids: self.env.ids.as_ref(),
        };
        match (self.screen, self.doc.as_mut()) {
            (Screen::Assessment, Some(doc)) => {
                assessment_screen::assessment_screen(ui, &mut cx, doc);
            }
            (Screen::Summary, Some(doc)) => summary_screen::summary_screen(ui, &mut cx, doc),
            (Screen::Settings, _) => {
                if settings_screen::settings_screen(ui, &mut self.settings) {
                    self.settings_dirty = true;
                }
            }
            _ => {
                let recent = &self.settings.recent;
                let missing = &self.recent_missing;
                let removed = egui::CentralPanel::default()
                    .show(ui, |ui| {
                        start_screen::start_screen(ui, lang, recent, missing, cx.commands)
                    })
                    .inner;
                if let Some(index) = removed {
                    self.settings.recent.remove(index);
                    self.settings_dirty = true;
                    self.refresh_missing();
                }
            }
        }
    }

    fn modals(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        if let Some(form) = &mut self.new_form {
            match new_assessment_modal(ctx, lang, form, &self.catalog) {
                FormOutcome::Open => {}
                FormOutcome::Cancel => self.new_form = None,
                FormOutcome::Create => {
                    if let Some(form) = self.new_form.take() {
                        self.create(&form);
                    }
                }
            }
        }
        if let Some(doc) = &mut self.doc {
            let cx = Context {
                lang,
                today: self.env.clock.today(),
                commands: &mut self.commands,
                clock: self.env.clock.as_ref(),
                ids: self.env.ids.as_ref(),
            };
            evidence_editor::evidence_editor(ctx, &cx, doc);
        }
        if let Some(pending) = self.confirm.clone() {
            let mut answer = None;
            let response = egui::Modal::new(egui::Id::unique("unsaved")).show(ctx, |ui| {
                ui.set_width(420.0);
                ui.heading(T::UnsavedTitle.get(lang));
                ui.label(T::UnsavedBody.get(lang));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(T::CmdSave.get(lang)).clicked() {
                        answer = Some(Command::Save);
                    }
                    if ui.button(T::Discard.get(lang)).clicked() {
                        answer = Some(Command::CloseDocument);
                    }
                    if ui.button(T::Cancel.get(lang)).clicked() {
                        answer = Some(Command::ShowStart);
                    }
                });
            });
            match answer {
                Some(Command::Save) => {
                    self.confirm = None;
                    self.after_save = Some(pending);
                    self.save(ctx, false);
                }
                Some(Command::CloseDocument) => {
                    self.confirm = None;
                    self.run(ctx, pending, true);
                }
                Some(_) => self.confirm = None,
                None if response.should_close() => self.confirm = None,
                None => {}
            }
        }
    }

    fn drop_overlay(&self, ctx: &egui::Context) {
        if ctx.input(|i| i.raw.hovered_files.is_empty()) {
            return;
        }
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop"),
        ));
        let rect = ctx.content_rect();
        painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            T::DropHint.get(self.lang()),
            egui::FontId::proportional(24.0),
            egui::Color32::WHITE,
        );
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.doc {
            Some(doc) if doc.is_dirty() => format!("*{} – {APP_TITLE}", doc.title(self.lang())),
            Some(doc) => format!("{} – {APP_TITLE}", doc.title(self.lang())),
            None => APP_TITLE.to_owned(),
        };
        if title != self.window_title {
            ctx.send_viewport_cmd(ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }

    fn set_notice(&mut self, text: String, is_error: bool) {
        self.notice = Some(Notice { text, is_error });
    }

    /// Applies one command. `force` skips the question about unsaved changes.
    fn run(&mut self, ctx: &egui::Context, command: Command, force: bool) {
        let replaces_document = matches!(
            command,
            Command::NewAssessment
                | Command::Open
                | Command::OpenPath(_)
                | Command::OpenExample
                | Command::CloseDocument
                | Command::Quit
        );
        if replaces_document && !force && self.doc.as_ref().is_some_and(Document::is_dirty) {
            self.confirm = Some(command);
            return;
        }
        match command {
            Command::NewAssessment => {
                self.new_form = Some(NewAssessmentForm {
                    assessor: self.settings.user_name.clone(),
                    ..NewAssessmentForm::default()
                });
            }
            Command::Open => self.request_dialog(ctx, DialogPurpose::OpenAssessment),
            Command::OpenPath(path) => self.open(&path),
            Command::OpenExample => self.open_example(),
            Command::Save => self.save(ctx, false),
            Command::SaveAs => self.save(ctx, true),
            Command::CloseDocument => {
                self.doc = None;
                self.screen = Screen::Start;
                self.refresh_missing();
            }
            Command::Quit => {
                self.allow_close = true;
                self.store_settings();
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Command::Undo => {
                if let Some(doc) = &mut self.doc {
                    doc.undo();
                }
            }
            Command::Redo => {
                if let Some(doc) = &mut self.doc {
                    doc.redo();
                }
            }
            Command::ShowStart => {
                self.screen = Screen::Start;
                self.refresh_missing();
            }
            Command::ShowAssessment if self.doc.is_some() => self.screen = Screen::Assessment,
            Command::ShowSummary if self.doc.is_some() => self.screen = Screen::Summary,
            Command::ShowSettings => self.screen = Screen::Settings,
            Command::NextCriterion | Command::PreviousCriterion | Command::GoToCriterion(_) => {
                if let Some(doc) = &mut self.doc {
                    let last = doc.set.criteria.len().saturating_sub(1);
                    doc.current = match command {
                        Command::NextCriterion => (doc.current + 1).min(last),
                        Command::PreviousCriterion => doc.current.saturating_sub(1),
                        Command::GoToCriterion(index) => index.min(last),
                        _ => doc.current,
                    };
                    self.screen = Screen::Assessment;
                }
            }
            Command::ShowAssessment | Command::ShowSummary => {}
        }
        if self.screen != Screen::Settings {
            self.store_settings();
        }
    }

    fn store_settings(&mut self) {
        if self.settings_dirty {
            self.settings.store(self.env.data_dir.as_deref());
            self.settings_dirty = false;
        }
    }

    fn refresh_missing(&mut self) {
        self.recent_missing = self
            .settings
            .recent
            .iter()
            .map(|entry| !entry.path.is_file())
            .collect();
    }

    fn remember(&mut self) {
        let Some(doc) = &self.doc else {
            return;
        };
        let Some(path) = &doc.path else {
            return;
        };
        let progress = doc.readiness().progress();
        let set = &doc.set;
        let entry = RecentEntry {
            path: path.clone(),
            municipality: doc.assessment.municipality.name.clone(),
            criteria: set
                .title
                .get_or(self.settings.lang, set.official_language)
                .0
                .to_owned(),
            modified: doc.assessment.modified,
            counted: progress.counted,
            total: progress.total,
        };
        self.settings.remember(entry);
        self.settings_dirty = true;
        self.refresh_missing();
    }

    fn create(&mut self, form: &NewAssessmentForm) {
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
        let assessment = Assessment::new(
            Municipality {
                name: form.name.trim().to_owned(),
                code: form.code.trim().to_owned(),
            },
            &entry.set,
            assessors,
            self.env.clock.as_ref(),
            self.env.ids.as_ref(),
        );
        self.doc = Some(Document::new(assessment, entry.set.clone(), None));
        self.screen = Screen::Assessment;
        self.notice = None;
    }

    fn open_example(&mut self) {
        let Some(entry) = self.catalog.entries.first() else {
            return;
        };
        let assessment =
            example_assessment(&entry.set, self.env.clock.as_ref(), self.env.ids.as_ref());
        let mut doc = Document::new(assessment, entry.set.clone(), None);
        doc.is_example = true;
        // Nothing is lost by closing the example untouched.
        doc.saved = Some(doc.assessment.clone());
        self.doc = Some(doc);
        self.screen = Screen::Summary;
        self.notice = None;
    }

    fn open(&mut self, path: &Path) {
        let lang = self.lang();
        let assessment = match read_assessment(path) {
            Ok(assessment) => assessment,
            Err(error) => {
                let detail = match &error {
                    OpenError::Read(error) => i18n::read_error_message(lang, error),
                    OpenError::Load { error, .. } => i18n::load_error_message(lang, error),
                };
                self.set_notice(
                    i18n::ui::open_failed(lang, &detail, &path.display().to_string()),
                    true,
                );
                return;
            }
        };
        let Some(entry) = self.catalog.find(&assessment.criteria) else {
            let text = i18n::ui::criteria_missing(
                lang,
                &assessment.criteria.id,
                &assessment.criteria.version,
            );
            self.set_notice(text, true);
            return;
        };
        let criteria_match = assessment.criteria.compare(&entry.set);
        self.doc = Some(Document::new(
            assessment,
            entry.set.clone(),
            Some(path.to_path_buf()),
        ));
        self.screen = Screen::Assessment;
        self.notice = None;
        if criteria_match != CriteriaMatch::Same
            && let Some(warning) = i18n::criteria_match_warning(lang, criteria_match)
        {
            self.set_notice(warning.to_owned(), true);
        }
        self.remember();
    }

    /// Saves to the document's file, or asks for one first (`choose`, a new or example document).
    fn save(&mut self, ctx: &egui::Context, choose: bool) {
        let Some(doc) = &self.doc else {
            return;
        };
        match &doc.path {
            Some(path) if !choose && !doc.is_example => {
                let path = path.clone();
                self.save_to(ctx, &path);
            }
            _ => {
                let name = doc.assessment.municipality.name.trim();
                let name = if name.is_empty() { "arviointi" } else { name };
                let suggested_name =
                    format!("Terve-Kunta-{}.ron", name.replace(['/', '\\', ':'], "-"));
                self.request_dialog(ctx, DialogPurpose::SaveAssessment { suggested_name });
            }
        }
    }

    fn save_to(&mut self, ctx: &egui::Context, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        if doc.is_dirty() {
            doc.assessment.touch(self.env.clock.as_ref());
        }
        match save_assessment(path, &doc.assessment) {
            Ok(()) => {
                doc.saved = Some(doc.assessment.clone());
                doc.path = Some(path.to_path_buf());
                doc.is_example = false;
                self.set_notice(i18n::ui::saved_to(lang, &path.display().to_string()), false);
                self.remember();
                if let Some(next) = self.after_save.take() {
                    self.run(ctx, next, true);
                }
            }
            Err(error) => {
                self.after_save = None;
                let reason = i18n::ui::write_failure_reason(lang, &error.source);
                self.set_notice(
                    i18n::ui::save_failed(lang, &reason, &path.display().to_string()),
                    true,
                );
            }
        }
    }

    fn request_dialog(&mut self, ctx: &egui::Context, purpose: DialogPurpose) {
        if self.env.dialogs.is_available() {
            self.env.dialogs.request(ctx, purpose);
        } else {
            self.after_save = None;
            self.set_notice(T::NoFileDialog.get(self.lang()).to_owned(), true);
        }
    }

    fn dialog_answered(&mut self, ctx: &egui::Context, answer: DialogAnswer) {
        match (answer.purpose, answer.path) {
            (DialogPurpose::OpenAssessment, Some(path)) => {
                self.commands.push(Command::OpenPath(path));
            }
            (DialogPurpose::SaveAssessment { .. }, Some(path)) => self.save_to(ctx, &path),
            (DialogPurpose::SaveAssessment { .. }, None) => self.after_save = None,
            (DialogPurpose::OpenAssessment, None) => {}
        }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, _storage: &mut dyn eframe::Storage) {
        self.store_settings();
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.store_settings();
    }
}
