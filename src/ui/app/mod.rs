//! The app: its state, the frame, and the one place where commands are applied.

mod audit;
mod compare;
mod criteria_update;
mod files;
mod group;
mod modal;
mod round;

use std::path::{Path, PathBuf};

use egui::{RichText, Ui, ViewportCommand};

pub use modal::{Conflict, Modal};

use super::command::Command;
use super::dialogs::DialogPurpose;
use super::document::{Document, ReadOnly, SaveState};
use super::new_assessment::NewAssessmentForm;
use super::settings::{Settings, ThemeChoice};
use super::{
    APP_TITLE, Context, Env, actions_screen, assessment_screen, audit_screen, basics_screen,
    compare_screen, group_screen, overview_screen, settings_screen, start_screen, summary_screen,
    theme,
};
use crate::domain::Lang;
use crate::i18n::{self, ui::T};
use crate::storage::{CriteriaCatalog, Saver};

/// The screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// New, open, example, recent.
    Start,
    /// The municipality, the assessors, the people the application names.
    Basics,
    /// One criterion at a time.
    Assessment,
    /// The verdict.
    Summary,
    /// Every criterion's actions by due date.
    Actions,
    /// Finalising, the seal, verification and the history.
    Audit,
    /// The steering group's views and the coordinator's decisions.
    Group,
    /// The open assessment compared with another.
    Compare,
    /// The regional overview of a folder.
    Overview,
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
    /// Whether it reports a failed save (it goes once a save succeeds).
    pub from_save: bool,
    /// The file it reports written (a report, a package): offered to open or show.
    pub file: Option<PathBuf>,
}

/// The app's state.
pub struct App {
    env: Env,
    catalog: CriteriaCatalog,
    settings: Settings,
    settings_dirty: bool,
    screen: Screen,
    doc: Option<Document>,
    /// The questions asked, the one shown first (see [`Modal`]).
    modals: std::collections::VecDeque<Modal>,
    /// A command to run once the "save as" dialog has saved the document.
    after_save: Option<Command>,
    allow_close: bool,
    notice: Option<Notice>,
    recent_missing: Vec<bool>,
    commands: Vec<Command>,
    applied_theme: Option<ThemeChoice>,
    window_title: String,
    frames: u64,
    saver: Option<Saver>,
    /// The other assessment the open one was compared with last.
    comparison: Option<compare_screen::Comparing>,
    /// The folder read last for an overview.
    overview: Option<overview_screen::Overview>,
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
        let name_prompt = settings.user_name.trim().is_empty().then(|| Modal::Name {
            name: crate::system::system_user_name(),
            tried: false,
            focused: false,
        });
        let mut app = Self {
            env,
            catalog,
            settings,
            settings_dirty: false,
            screen: Screen::Start,
            doc: None,
            modals: name_prompt.into_iter().collect(),
            after_save: None,
            allow_close: false,
            notice: None,
            recent_missing: Vec::new(),
            commands: Vec::new(),
            applied_theme: None,
            window_title: String::new(),
            frames: 0,
            saver: None,
            comparison: None,
            overview: None,
            exit_after_first_frame: false,
        };
        app.refresh_missing();
        app.sweep_assessment_folders();
        app
    }

    /// The app as the command line starts it: `lang` overrides the remembered language, and
    /// `open` (`terve-kunta FILE`: a double-click or "Open with") is opened in the first frame
    /// exactly as "Avaa…" or a dropped file would be: an assessment, or a package to review or
    /// import, with the same messages for a file that cannot be read.
    #[must_use]
    pub fn started_with(mut self, lang: Option<Lang>, open: Option<PathBuf>) -> Self {
        if let Some(lang) = lang {
            self.set_lang(lang);
        }
        if let Some(path) = open {
            self.commands.push(Command::OpenPath(path));
        }
        self
    }

    /// Removes temporary files that killed saves left in the assessments' folders.
    fn sweep_assessment_folders(&self) {
        let Some(data_dir) = self.env.data_dir.as_deref() else {
            return;
        };
        let Ok(folders) = std::fs::read_dir(crate::storage::layout::assessments_dir(data_dir))
        else {
            return;
        };
        for folder in folders
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        {
            crate::storage::sweep_temp_files(&folder.path());
        }
        for entry in &self.settings.recent {
            crate::storage::sweep_temp_files(&crate::storage::layout::assessment_folder(
                &entry.path,
            ));
        }
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
        if self.frames == 0 && self.env.background_saving {
            let wake = ctx.clone();
            self.saver = Some(Saver::start(move || wake.request_repaint()));
        }
        self.apply_theme(&ctx);
        self.collect_input(&ctx);
        self.top_bar(ui);
        self.notice_bar(ui);
        self.screen_ui(ui);
        self.modals(&ctx);
        theme::paint_focus_ring(&ctx);
        self.drop_overlay(&ctx);

        let commands = std::mem::take(&mut self.commands);
        if !commands.is_empty() {
            // The commands change what is shown: draw it.
            ctx.request_repaint();
        }
        for command in commands {
            self.run(&ctx, command, false);
        }
        // Whatever changed a read-only assessment this frame is put back, and said so.
        if self
            .doc
            .as_mut()
            .is_some_and(Document::put_back_refused_changes)
        {
            self.edit_refused();
            ctx.request_repaint();
        }
        // Notes this frame's edits, feeds undo, and saves when a save is due.
        self.autosave(&ctx);
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
        let editing_evidence = self.doc.as_ref().is_some_and(|doc| doc.editor.is_some());
        for path in dropped {
            if editing_evidence {
                self.attach(&path);
            } else {
                self.commands.push(Command::OpenPath(path));
                break;
            }
        }
        if !self.modal_open() {
            for command in Command::WITH_SHORTCUTS {
                if let Some(shortcut) = command.shortcut()
                    && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
                {
                    if matches!(command, Command::NextCriterion | Command::PreviousCriterion)
                        && let Some(doc) = &mut self.doc
                    {
                        doc.focus_status = true;
                    }
                    self.commands.push(command);
                }
            }
        }
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            // Whatever autosaves is written now; anything else that would be lost is asked about.
            if self.save_now() {
                self.store_settings();
            } else {
                ctx.send_viewport_cmd(ViewportCommand::CancelClose);
                self.ask(Modal::Unsaved(Command::Quit));
            }
        }
    }

    fn top_bar(&mut self, ui: &mut Ui) {
        let mut requested = menu_bar(ui, self.lang(), self.doc.as_ref());
        self.navigation_bar(ui, &mut requested);
        self.commands.extend(requested);
    }

    /// The screens as tabs, and the open document's name and save state.
    fn navigation_bar(&self, ui: &mut Ui, requested: &mut Vec<Command>) {
        let lang = self.lang();
        let has_doc = self.doc.is_some();
        egui::Panel::top("navigation").show(ui, |ui| {
            ui.add_space(2.0);
            ui.horizontal(|ui| {
                for (screen, command) in [
                    (Screen::Start, Command::ShowStart),
                    (Screen::Basics, Command::ShowBasics),
                    (Screen::Assessment, Command::ShowAssessment),
                    (Screen::Summary, Command::ShowSummary),
                    (Screen::Actions, Command::ShowActions),
                    (Screen::Group, Command::ShowGroup),
                    (Screen::Audit, Command::ShowAudit),
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
                // The comparison and the overview, once made.
                for (screen, command, shown) in [
                    (
                        Screen::Compare,
                        Command::ShowComparison,
                        has_doc && self.comparison.is_some(),
                    ),
                    (
                        Screen::Overview,
                        Command::ShowOverview,
                        self.overview.is_some(),
                    ),
                ] {
                    let tab = egui::Button::selectable(
                        self.screen == screen,
                        RichText::new(command.label(lang)).size(15.0),
                    );
                    if shown && ui.add(tab).on_hover_text(command.tooltip(lang)).clicked() {
                        requested.push(command);
                    }
                }
                if let Some(doc) = &self.doc {
                    ui.separator();
                    ui.label(RichText::new(doc.title(lang)).strong());
                    save_indicator(ui, lang, doc);
                    let save = Command::Save;
                    if doc.is_dirty()
                        && !doc.autosaves()
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
    }

    fn notice_bar(&mut self, ui: &mut Ui) {
        let Some(notice) = &self.notice else {
            return;
        };
        let lang = self.lang();
        let mut dismiss = false;
        let mut launch = None;
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
                if let Some(file) = &notice.file {
                    if ui
                        .button(T::OpenFile.get(lang))
                        .on_hover_text(T::OpenFileTip.get(lang))
                        .clicked()
                    {
                        launch = Some(file.clone());
                    }
                    if let Some(folder) = file.parent()
                        && ui
                            .button(T::ShowInFolder.get(lang))
                            .on_hover_text(T::ShowInFolderTip.get(lang))
                            .clicked()
                    {
                        launch = Some(folder.to_path_buf());
                    }
                }
                ui.add(egui::Label::new(text).wrap());
            });
        });
        if dismiss {
            self.notice = None;
        }
        if let Some(path) = launch {
            self.launch(&path);
        }
    }

    /// Why the open assessment cannot be edited, above the screens that show it.
    fn read_only_banner(&self, ui: &mut Ui) {
        let lang = self.lang();
        if let (
            Some(doc),
            Screen::Basics
            | Screen::Assessment
            | Screen::Summary
            | Screen::Actions
            | Screen::Audit
            | Screen::Group,
        ) = (&self.doc, self.screen)
            && let Some(read_only) = &doc.read_only
        {
            let text = match read_only {
                ReadOnly::LockedBy(holder) => {
                    let zone = self.env.clock.time_zone();
                    crate::storage::words::read_only_locked(lang, holder.as_ref(), &zone)
                }
                ReadOnly::NewerVersion(version) => i18n::ui::read_only_newer(lang, *version),
                ReadOnly::Finalised => doc.assessment().seal.as_ref().map_or_else(
                    || i18n::ui::edit_refused(lang, true),
                    |seal| {
                        let zone = self.env.clock.time_zone();
                        let when = i18n::audit::date_time(lang, seal.at, &zone);
                        i18n::ui::read_only_finalised(lang, &when, &seal.by)
                    },
                ),
                ReadOnly::Review => {
                    let file = doc.review.as_ref().map(|state| &state.file);
                    let file = file.map(|f| f.display().to_string()).unwrap_or_default();
                    i18n::ui::read_only_review(lang, &file)
                }
                ReadOnly::GroupView => doc.response.as_ref().map_or_else(String::new, |state| {
                    let zone = self.env.clock.time_zone();
                    let when = i18n::audit::date_time(lang, state.requested, &zone);
                    i18n::group::read_only_request(lang, &state.requested_by, &when)
                }),
            };
            // A sealed file that did not verify says so where it is seen first.
            let broken = doc.broken_findings();
            egui::Panel::top("read_only").show(ui, |ui| {
                ui.add_space(4.0);
                ui.label(RichText::new(text).strong());
                if let Some(findings) = broken {
                    let color = theme::error_color(ui.visuals().dark_mode);
                    ui.label(
                        RichText::new(i18n::ui::seal_broken_banner(lang, findings))
                            .strong()
                            .color(color),
                    );
                }
                ui.add_space(4.0);
            });
        }
    }

    fn screen_ui(&mut self, ui: &mut Ui) {
        let lang = self.lang();
        self.read_only_banner(ui);
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
            (Screen::Actions, Some(doc)) => actions_screen::actions_screen(ui, &mut cx, doc),
            (Screen::Audit, Some(doc)) => audit_screen::audit_screen(ui, &mut cx, doc),
            (Screen::Group, Some(doc)) => group_screen::group_screen(ui, &mut cx, doc),
            (Screen::Compare, Some(doc)) if self.comparison.is_some() => {
                if let Some(comparing) = &self.comparison {
                    compare_screen::compare_screen(ui, &mut cx, doc, comparing);
                }
            }
            (Screen::Overview, _) if self.overview.is_some() => {
                if let Some(overview) = &self.overview {
                    overview_screen::overview_screen(ui, &mut cx, overview);
                }
            }
            (Screen::Basics, Some(doc)) => basics_screen::basics_screen(ui, &mut cx, doc),
            (Screen::Settings, _) => {
                if settings_screen::settings_screen(ui, &mut self.settings) {
                    self.settings_dirty = true;
                }
            }
            _ => {
                let recent = &self.settings.recent;
                let missing = &self.recent_missing;
                // The set a new assessment is offered first.
                let criteria = self.catalog.current().next().map(|(_, entry)| &entry.set);
                let removed = egui::CentralPanel::default()
                    .show(ui, |ui| {
                        let zone = cx.clock.time_zone();
                        start_screen::start_screen(
                            ui,
                            lang,
                            (&zone, cx.today),
                            criteria,
                            recent,
                            missing,
                            cx.commands,
                        )
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

    fn drop_overlay(&self, ctx: &egui::Context) {
        if ctx.input(|i| i.raw.hovered_files.is_empty()) {
            return;
        }
        let painter = ctx.layer_painter(egui::LayerId::new(
            egui::Order::Foreground,
            egui::Id::unique("drop"),
        ));
        let rect = ctx.content_rect();
        let (veil, text) = theme::drop_overlay_colors();
        painter.rect_filled(rect, 0.0, veil);
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            T::DropHint.get(self.lang()),
            egui::FontId::proportional(24.0),
            text,
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
        self.notice = Some(Notice {
            text,
            is_error,
            from_save: false,
            file: None,
        });
    }

    /// Says that `file` was written, with "Avaa" and "Näytä kansiossa" beside it.
    pub(super) fn set_file_notice(&mut self, text: String, file: &Path) {
        self.notice = Some(Notice {
            text,
            is_error: false,
            from_save: false,
            file: Some(file.to_path_buf()),
        });
    }

    /// Opens `path` (a file the app wrote, or its folder) with the system; says so if it fails.
    fn launch(&mut self, path: &Path) {
        if let Err(error) = (self.env.launcher)(path) {
            let lang = self.lang();
            let text = format!(
                "{}: {}: {}",
                T::OpenFileFailed.get(lang),
                error,
                path.display()
            );
            self.set_notice(text, true);
        }
    }

    /// Applies one command. `force` skips the question about unsaved changes.
    fn run(&mut self, ctx: &egui::Context, command: Command, force: bool) {
        // What autosaves is saved first; only what would still be lost is asked about.
        if command.replaces_document() && !force && !self.save_now() {
            self.ask(Modal::Unsaved(command));
            return;
        }
        match command {
            Command::NewAssessment => {
                self.ask(Modal::NewAssessment(NewAssessmentForm {
                    assessor: self.settings.user_name.clone(),
                    ..NewAssessmentForm::default()
                }));
            }
            Command::Open => self.request_dialog(ctx, DialogPurpose::OpenAssessment),
            Command::OpenPath(path) => self.open(&path),
            Command::OpenExample => self.open_example(),
            Command::NextRound => self.next_round(),
            Command::Save => self.save_command(ctx, false),
            Command::SaveAs => self.save_command(ctx, true),
            Command::AttachFile => {
                if self.doc.as_ref().is_some_and(Document::is_editable) {
                    self.request_dialog(ctx, DialogPurpose::PickAttachment);
                } else {
                    self.edit_refused();
                }
            }
            Command::ExportPdf => self.export_command(ctx),
            Command::OpenForReview
            | Command::OpenForReviewPath(_)
            | Command::OpenPackage
            | Command::ExportPackage
            | Command::ExportMemo
            | Command::Finalise
            | Command::Reopen
            | Command::Verify
            | Command::EditRefused => self.audit_command(ctx, command),
            Command::RequestViews
            | Command::ImportViews
            | Command::OpenRequest
            | Command::ExportResponse
            | Command::Decide(..) => self.group_command(ctx, command),
            Command::CompareWith
            | Command::ExportComparison
            | Command::Overview
            | Command::RefreshOverview
            | Command::ExportOverview
            | Command::ShowComparison
            | Command::ShowOverview => self.compare_command(ctx, &command),
            Command::ShowCriteriaChanges => self.show_criteria_changes(),
            Command::OpenAttachment(evidence, index) => {
                self.open_attachment(&evidence, index, false);
            }
            Command::CloseDocument => {
                self.set_document(None);
                // A message about the closed assessment does not outlive it.
                self.notice = None;
                self.screen = Screen::Start;
                self.refresh_missing();
            }
            Command::Quit => {
                self.allow_close = true;
                self.store_settings();
                ctx.send_viewport_cmd(ViewportCommand::Close);
            }
            Command::Undo | Command::Redo => self.undo_or_redo(command == Command::Undo),
            Command::ShowStart
            | Command::ShowBasics
            | Command::ShowAssessment
            | Command::ShowSummary
            | Command::ShowActions
            | Command::ShowGroup
            | Command::ShowAudit
            | Command::ShowSettings
            | Command::NextCriterion
            | Command::PreviousCriterion
            | Command::GoToCriterion(_) => self.navigate(&command),
        }
        if self.screen != Screen::Settings {
            self.store_settings();
        }
    }

    /// Opens `doc` in place of the open one (or closes it): a comparison made with the one
    /// before goes with it.
    fn set_document(&mut self, doc: Option<Document>) {
        self.doc = doc;
        self.comparison = None;
    }

    /// What changed in the newest version of the criteria set, when there is one.
    fn show_criteria_changes(&mut self) {
        if self.doc.as_ref().is_some_and(|doc| doc.newer_set.is_some()) {
            self.ask(Modal::CriteriaChanges);
        }
    }

    /// Takes a step back (or forward again), when the assessment may be changed.
    fn undo_or_redo(&mut self, undo: bool) {
        match self.doc.as_mut() {
            Some(doc) if doc.is_editable() => {
                if undo {
                    doc.undo();
                } else {
                    doc.redo();
                }
            }
            Some(_) => self.edit_refused(),
            None => {}
        }
    }

    /// Moves to another screen or criterion.
    fn navigate(&mut self, command: &Command) {
        match command {
            Command::ShowStart => {
                self.screen = Screen::Start;
                self.refresh_missing();
            }
            Command::ShowAssessment if self.doc.is_some() => self.screen = Screen::Assessment,
            Command::ShowBasics if self.doc.is_some() => self.screen = Screen::Basics,
            Command::ShowSummary if self.doc.is_some() => self.screen = Screen::Summary,
            Command::ShowActions if self.doc.is_some() => self.screen = Screen::Actions,
            Command::ShowGroup if self.doc.is_some() => self.screen = Screen::Group,
            Command::ShowAudit if self.doc.is_some() => self.screen = Screen::Audit,
            Command::ShowSettings => self.screen = Screen::Settings,
            Command::NextCriterion | Command::PreviousCriterion | Command::GoToCriterion(_) => {
                if let Some(doc) = &mut self.doc {
                    let last = doc.set.criteria.len().saturating_sub(1);
                    doc.current = match command {
                        Command::NextCriterion => (doc.current + 1).min(last),
                        Command::PreviousCriterion => doc.current.saturating_sub(1),
                        Command::GoToCriterion(index) => (*index).min(last),
                        _ => doc.current,
                    };
                    self.screen = Screen::Assessment;
                }
            }
            _ => {}
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
}

/// The menus, each item enabled when it can act now; returns the commands chosen.
fn menu_bar(ui: &mut Ui, lang: Lang, doc: Option<&Document>) -> Vec<Command> {
    let has_doc = doc.is_some();
    let can_undo = doc.is_some_and(Document::can_undo);
    let can_redo = doc.is_some_and(Document::can_redo);
    let mut requested = Vec::new();
    egui::Panel::top("menu").show(ui, |ui| {
        egui::MenuBar::new().ui(ui, |ui| {
            let item =
                |ui: &mut Ui, command: Command, enabled: bool, requested: &mut Vec<Command>| {
                    let mut button = egui::Button::new(command.label(lang));
                    if let Some(shortcut) = command.shortcut_label(lang) {
                        button = button.shortcut_text(shortcut);
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
                item(ui, Command::OpenForReview, true, &mut requested);
                item(ui, Command::OpenPackage, true, &mut requested);
                item(ui, Command::OpenRequest, true, &mut requested);
                ui.separator();
                item(ui, Command::Save, has_doc, &mut requested);
                item(ui, Command::SaveAs, has_doc, &mut requested);
                item(ui, Command::ExportPdf, has_doc, &mut requested);
                item(ui, Command::ExportPackage, has_doc, &mut requested);
                item(ui, Command::NextRound, has_doc, &mut requested);
                item(ui, Command::CompareWith, has_doc, &mut requested);
                item(ui, Command::Overview, true, &mut requested);
                let answering = doc.is_some_and(|doc| doc.response.is_some());
                item(ui, Command::ExportResponse, answering, &mut requested);
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
                item(ui, Command::ShowBasics, has_doc, &mut requested);
                item(ui, Command::ShowAssessment, has_doc, &mut requested);
                item(ui, Command::ShowSummary, has_doc, &mut requested);
                item(ui, Command::ShowActions, has_doc, &mut requested);
                item(ui, Command::ShowGroup, has_doc, &mut requested);
                item(ui, Command::ShowAudit, has_doc, &mut requested);
                item(ui, Command::NextCriterion, has_doc, &mut requested);
                item(ui, Command::PreviousCriterion, has_doc, &mut requested);
                item(ui, Command::ShowSettings, true, &mut requested);
            });
        });
    });
    requested
}

/// Saved, saving, not saved, the error, or read-only: beside the document's name.
fn save_indicator(ui: &mut Ui, lang: Lang, doc: &Document) {
    let dark = ui.visuals().dark_mode;
    let (text, is_error) = match (&doc.read_only, doc.save_state()) {
        (Some(_), _) => (T::ReadOnlyShort.get(lang), false),
        (None, SaveState::Saving { .. }) => (T::Saving.get(lang), false),
        (None, SaveState::Failed { .. }) => (T::SaveFailedShort.get(lang), true),
        (None, SaveState::Conflict) => (T::ConflictTitle.get(lang), true),
        (None, SaveState::Idle) if doc.is_dirty() && !doc.autosaves() => {
            (T::Unsaved.get(lang), false)
        }
        (None, SaveState::Idle) if doc.is_dirty() => (T::Saving.get(lang), false),
        (None, SaveState::Idle) if doc.path.is_some() => (T::Saved.get(lang), false),
        (None, SaveState::Idle) => return,
    };
    let text = RichText::new(text).small();
    ui.label(if is_error {
        text.color(theme::error_color(dark))
    } else {
        text.weak()
    });
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
