//! The steering group's views: the coordinator's request and import, the member's response.

use std::path::{Path, PathBuf};

use super::{App, Screen};
use crate::domain::group::{ViewRequest, ViewResponse};
use crate::domain::{CriterionId, Status};
use crate::i18n::{self, group::T as G};
use crate::session::review::Draft;
use crate::storage::group_file::{read_request, read_response, save_request, save_response};
use crate::ui::command::Command;
use crate::ui::dialogs::DialogPurpose;
use crate::ui::document::{Document, ReadOnly, ResponseState};

impl App {
    /// The steering group's commands.
    pub(super) fn group_command(&mut self, ctx: &egui::Context, command: Command) {
        match command {
            Command::RequestViews => self.request_views_command(ctx),
            Command::ImportViews => {
                if self.doc.as_ref().is_some_and(Document::is_editable) {
                    self.request_dialog(ctx, DialogPurpose::ImportResponses);
                } else {
                    self.edit_refused();
                }
            }
            Command::OpenRequest => self.request_dialog(ctx, DialogPurpose::OpenRequest),
            Command::ExportResponse => self.export_response_command(ctx),
            Command::Decide(criterion, status) => self.decide(&criterion, status),
            _ => {}
        }
    }

    /// "Pyydä ohjausryhmän näkemykset…": only of a saved assessment that may still change.
    pub(super) fn request_views_command(&mut self, ctx: &egui::Context) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        if doc.assessment().is_final() {
            self.set_notice(G::NotSealable.get(lang).to_owned(), true);
            return;
        }
        if !doc.is_editable() {
            self.edit_refused();
            return;
        }
        if !doc.autosaves() {
            self.set_notice(G::NeedsFile.get(lang).to_owned(), true);
            return;
        }
        let suggested_name = i18n::group::request_file_name(
            &doc.assessment().municipality.name,
            self.env.clock.today(),
        );
        self.save_now();
        self.request_dialog(ctx, DialogPurpose::SaveRequest { suggested_name });
    }

    /// Writes the request to `path`; only once it is written does the assessment record it
    /// (the digest its responses must name), so a failed write changes nothing.
    pub(super) fn save_request_to(&mut self, path: &Path) {
        let lang = self.lang();
        let who = self.who();
        let now = self.env.clock.now();
        let Some(doc) = &mut self.doc else {
            return;
        };
        let mut copy = doc.assessment().clone();
        let request = copy.request_views(&who, now);
        match save_request(path, &request) {
            Ok(()) => {
                doc.edit().group = copy.group;
                let text = i18n::group::request_saved(lang, &path.display().to_string());
                self.set_file_notice(text, path);
            }
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error.source);
                let text = i18n::ui::save_failed(lang, &reason, &path.display().to_string());
                self.set_notice(text, true);
            }
        }
    }

    /// Imports members' responses, each on its own: one line per file says what became of
    /// it; a file that cannot be read or does not fit changes nothing.
    pub(super) fn import_responses(&mut self, paths: &[PathBuf]) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        if !doc.is_editable() {
            self.edit_refused();
            return;
        }
        let mut lines = Vec::new();
        let mut any = false;
        for path in paths {
            let name = path.display().to_string();
            let response = match read_response(path) {
                Ok(response) => response,
                Err(error) => {
                    let reason =
                        crate::storage::words::views_file_error_message(lang, &error, false);
                    lines.push(i18n::group::not_imported(lang, &name, &reason));
                    continue;
                }
            };
            let (member, views) = (response.member.trim().to_owned(), response.views.len());
            let mut copy = doc.assessment().clone();
            match copy.import_response(response, &doc.set) {
                Ok(outcome) => {
                    doc.edit().group = copy.group;
                    any = true;
                    lines.push(i18n::group::imported(lang, &name, &member, outcome, views));
                }
                Err(refusal) => {
                    let reason = i18n::group::refusal(lang, &refusal);
                    lines.push(i18n::group::not_imported(lang, &name, &reason));
                }
            }
        }
        self.screen = Screen::Group;
        self.set_notice(lines.join("\n"), !any);
    }

    /// The coordinator's decision on a criterion: its status set and the decision recorded.
    pub(super) fn decide(&mut self, criterion: &CriterionId, status: Status) {
        let now = self.env.clock.now();
        match &mut self.doc {
            Some(doc) if doc.is_editable() => doc.edit().decide(criterion, status, now),
            Some(_) => self.edit_refused(),
            None => {}
        }
    }

    /// Opens a request for views: its assessment read-only, with the member's response (their
    /// draft, when they began one before) beside it.
    pub(super) fn open_request(&mut self, path: &Path) {
        let lang = self.lang();
        let request = match read_request(path) {
            Ok(request) => request,
            Err(error) => {
                let detail = crate::storage::words::views_file_error_message(lang, &error, true);
                let text = i18n::ui::open_failed(lang, &detail, &path.display().to_string());
                self.set_notice(text, true);
                return;
            }
        };
        // The assessment inside may come from a newer app: read, it could be misread.
        let version = request.assessment.schema_version;
        if version > crate::domain::assessment::SCHEMA_VERSION {
            let detail = crate::storage::words::views_file_error_message(
                lang,
                &crate::storage::group_file::ViewsFileError::NewerVersion(version),
                true,
            );
            let text = i18n::ui::open_failed(lang, &detail, &path.display().to_string());
            self.set_notice(text, true);
            return;
        }
        let Some(set) = self.criteria_for(&request.assessment) else {
            return;
        };
        let who = self.who();
        let now = self.env.clock.now();
        let file = self
            .env
            .data_dir
            .as_deref()
            .map(|dir| draft_path(dir, &request));
        // A draft of this member's response to this very request goes on where it was left.
        let saved = file
            .as_deref()
            .and_then(|file| read_response(file).ok())
            .filter(|draft| {
                draft.assessment_digest == request.assessment.digest()
                    && draft.member.trim() == who.trim()
            });
        let response = saved
            .clone()
            .unwrap_or_else(|| ViewResponse::to(&request, &who, now));
        let state = ResponseState {
            draft: Draft::new(response, saved),
            file,
            requested_by: request.requested_by.clone(),
            requested: request.requested,
        };
        let mut doc = Document::new(request.assessment, set, None);
        doc.read_only = Some(ReadOnly::GroupView);
        doc.response = Some(state);
        self.set_document(Some(doc));
        self.notice = None;
        self.screen = Screen::Assessment;
    }

    /// Writes the member's response draft when it changed and typing paused.
    pub(super) fn save_response_draft(&mut self, now: f64, force: bool) {
        let lang = self.lang();
        let Some(state) = self.doc.as_mut().and_then(|doc| doc.response.as_mut()) else {
            return;
        };
        let Some(file) = state.file.clone() else {
            return;
        };
        let Some(due) = state.draft.save_due_at(now) else {
            return;
        };
        if !force && now < due {
            return;
        }
        let written = match file.parent().map_or(Ok(()), std::fs::create_dir_all) {
            Ok(()) => save_response(&file, state.draft.value()).map_err(|error| error.source),
            Err(error) => Err(error),
        };
        match written {
            Ok(()) => state.draft.saved(now),
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error);
                state.draft.failed(reason, now);
            }
        }
    }

    /// "Vie näkemykseni…": asks where to write the response.
    pub(super) fn export_response_command(&mut self, ctx: &egui::Context) {
        let Some(doc) = &self.doc else {
            return;
        };
        let Some(state) = &doc.response else {
            return;
        };
        let suggested_name = i18n::group::response_file_name(
            &state.draft.value().member,
            &doc.assessment().municipality.name,
        );
        self.request_dialog(ctx, DialogPurpose::SaveResponse { suggested_name });
    }

    /// Writes the member's response to `path`.
    pub(super) fn export_response_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(state) = self.doc.as_ref().and_then(|doc| doc.response.as_ref()) else {
            return;
        };
        match save_response(path, state.draft.value()) {
            Ok(()) => {
                let text = i18n::group::response_saved(lang, &path.display().to_string());
                self.set_file_notice(text, path);
            }
            Err(error) => {
                let reason = i18n::write_failure_reason(lang, &error.source);
                let text = i18n::ui::save_failed(lang, &reason, &path.display().to_string());
                self.set_notice(text, true);
            }
        }
    }
}

/// Where a member's draft response to `request` is kept: `<data dir>/responses/<id>-<digest>.ron`.
fn draft_path(data_dir: &Path, request: &ViewRequest) -> PathBuf {
    let id: String = request
        .assessment
        .id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(40)
        .collect();
    let digest = request.assessment.digest();
    data_dir
        .join("responses")
        .join(format!("{id}-{}.ron", &digest[..16.min(digest.len())]))
}
