//! "Vertaa toiseen arviointiin…" and "Alueellinen yhteenveto…": the comparison of the open
//! assessment with another, and the overview of a folder, each on its screen and as PDF.

use std::path::{Path, PathBuf};

use super::{App, Screen};
use crate::domain::Clock as _;
use crate::domain::compare::compare;
use crate::domain::quality::Checks;
use crate::i18n;
use crate::report::{ComparisonInput, OverviewInput};
use crate::storage::overview::{inputs_in, overview};
use crate::ui::command::Command;
use crate::ui::compare_screen::Comparing;
use crate::ui::dialogs::DialogPurpose;
use crate::ui::overview_screen::Overview;

impl App {
    /// The comparison's and the overview's commands.
    pub(super) fn compare_command(&mut self, ctx: &egui::Context, command: &Command) {
        let today = self.env.clock.today();
        match command {
            Command::CompareWith if self.doc.is_some() => {
                self.request_dialog(ctx, DialogPurpose::CompareWith);
            }
            Command::ExportComparison => {
                let (Some(doc), Some(_)) = (&self.doc, &self.comparison) else {
                    return;
                };
                let name = &doc.assessment().municipality.name;
                let suggested_name = i18n::compare::file_name(self.lang(), true, name, today);
                self.request_dialog(ctx, DialogPurpose::ExportComparison { suggested_name });
            }
            Command::Overview => self.request_dialog(ctx, DialogPurpose::OverviewFolder),
            Command::RefreshOverview => {
                if let Some(folder) = self.overview.as_ref().map(|o| o.folder.clone()) {
                    self.read_overview(folder);
                }
            }
            Command::ExportOverview if self.overview.is_some() => {
                let suggested_name = i18n::compare::file_name(self.lang(), false, "", today);
                self.request_dialog(ctx, DialogPurpose::ExportOverview { suggested_name });
            }
            Command::ShowComparison if self.comparison.is_some() && self.doc.is_some() => {
                self.screen = Screen::Compare;
            }
            Command::ShowOverview if self.overview.is_some() => self.screen = Screen::Overview,
            _ => {}
        }
    }

    /// Reads `path` and shows the open assessment compared with it; one message when it
    /// cannot be read or compared.
    pub(super) fn compare_with(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return;
        };
        let fail = |app: &mut Self, reason: String| {
            let text = format!("{}: {}", i18n::capitalised(&reason), path.display());
            app.set_notice(text, true);
        };
        let other = match crate::storage::read_assessment(path) {
            Ok(other) => other,
            Err(error) => {
                return fail(
                    self,
                    crate::storage::words::open_error_message(lang, &error),
                );
            }
        };
        let Some(entry) = self.catalog.find(&other.criteria) else {
            let reason = i18n::compare::T::SetUnknown.get(lang).to_owned();
            return fail(self, reason);
        };
        let comparing = Comparing {
            other,
            set: entry.set.clone(),
            file: path.to_path_buf(),
        };
        let sides = comparing.sides(doc);
        let checks = Checks::on(self.env.clock.today());
        if let Err(reason) = compare(sides.old, sides.new, &checks) {
            let reason = i18n::compare::not_comparable(lang, &reason).to_owned();
            return fail(self, reason);
        }
        self.comparison = Some(comparing);
        self.notice = None;
        self.screen = Screen::Compare;
    }

    /// Writes the comparison shown to `path` (atomically) and says how it went.
    pub(super) fn export_comparison_to(&mut self, path: &Path) {
        let lang = self.lang();
        let (Some(doc), Some(comparing)) = (&self.doc, &self.comparison) else {
            return;
        };
        let sides = comparing.sides(doc);
        let clock = crate::system::ReportClock::new(self.env.clock.as_ref());
        let Ok(comparison) = compare(sides.old, sides.new, &Checks::on(clock.today())) else {
            return;
        };
        let input = ComparisonInput {
            comparison: &comparison,
            old: sides.old,
            new: sides.new,
            files: comparing.file_names(doc, &sides),
            lang,
            generated: clock.now(),
            today: clock.today(),
            time_zone: clock.time_zone(),
        };
        let outcome = crate::export::export_comparison(&input, path);
        self.pdf_outcome(outcome, path);
    }

    /// Reads and verifies the assessments and packages in `folder` and shows the overview.
    pub(super) fn read_overview(&mut self, folder: PathBuf) {
        let lang = self.lang();
        let files = inputs_in(std::slice::from_ref(&folder));
        let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        let rows = overview(
            &files,
            &self.catalog,
            (lang, self.env.clock.today()),
            threads,
        );
        self.overview = Some(Overview { folder, rows });
        self.notice = None;
        self.screen = Screen::Overview;
    }

    /// Writes the overview shown to `path` (atomically) and says how it went.
    pub(super) fn export_overview_to(&mut self, path: &Path) {
        let lang = self.lang();
        let Some(overview) = &self.overview else {
            return;
        };
        let clock = crate::system::ReportClock::new(self.env.clock.as_ref());
        let input = OverviewInput {
            rows: &overview.rows,
            lang,
            generated: clock.now(),
            today: clock.today(),
            time_zone: clock.time_zone(),
        };
        let outcome = crate::export::export_overview(&input, path);
        self.pdf_outcome(outcome, path);
    }

    fn pdf_outcome(
        &mut self,
        outcome: Result<crate::export::Exported, crate::export::ExportError>,
        path: &Path,
    ) {
        let lang = self.lang();
        match outcome {
            Ok(exported) => {
                let size = i18n::report::size(lang, exported.size as u64);
                let text = i18n::ui::pdf_exported(lang, &path.display().to_string(), &size);
                self.set_file_notice(text, path);
            }
            Err(error) => {
                let text = i18n::capitalised(&error.sentence(lang, path));
                self.set_notice(text, true);
            }
        }
    }
}
