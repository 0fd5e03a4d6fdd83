//! A regional overview of a folder: one row per municipality's assessment or package, a column
//! per criterion with its mark, the verdict, the date, sealed or not, and what verifying each
//! file found; unreadable files listed with their reasons. The same rows as
//! `terve-kunta overview` and its PDF.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::theme::{self, Look};
use super::widgets;
use crate::domain::overview::{Row, Summary, columns};
use crate::i18n::{self, compare::T as C, ui::T};

/// A folder read for an overview.
#[derive(Clone, Debug)]
pub struct Overview {
    /// The folder.
    pub folder: PathBuf,
    /// A row per assessment or package in it.
    pub rows: Vec<Row>,
}

/// A row's file name (the path's last part).
fn file_name(row: &Row) -> String {
    row.file.file_name().map_or_else(
        || row.file.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    )
}

/// Shows `overview`.
pub fn overview_screen(ui: &mut Ui, cx: &mut Context<'_>, overview: &Overview) {
    let lang = cx.lang;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::both().auto_shrink(false).show(ui, |ui| {
            ui.add_space(8.0);
            widgets::heading(ui, C::Overview.get(lang), 1);
            ui.label(format!(
                "{}: {}",
                T::OverviewFolder.get(lang),
                overview.folder.display()
            ));
            let rows = &overview.rows;
            let ready = rows
                .iter()
                .filter(|row| row.outcome.as_ref().is_ok_and(|s| s.ready))
                .count();
            let not_intact = rows.iter().filter(|row| !row.is_intact()).count();
            ui.label(
                RichText::new(format!(
                    "{}: {} · {}: {ready} · {}: {not_intact}",
                    C::Assessments.get(lang),
                    rows.len(),
                    C::ReadyCount.get(lang),
                    C::NotIntactCount.get(lang),
                ))
                .strong(),
            );
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                for (command, enabled) in [
                    (Command::ExportOverview, !rows.is_empty()),
                    (Command::RefreshOverview, true),
                    (Command::Overview, true),
                ] {
                    if ui
                        .add_enabled(enabled, egui::Button::new(command.label(lang)))
                        .on_hover_text(command.tooltip(lang))
                        .clicked()
                    {
                        cx.commands.push(command);
                    }
                }
            });
            ui.add_space(8.0);
            if rows.is_empty() {
                ui.label(T::OverviewEmpty.get(lang));
                return;
            }
            table(ui, cx, rows);
            findings(ui, lang, rows);
        });
    });
}

/// The table: a row per input.
fn table(ui: &mut Ui, cx: &Context<'_>, rows: &[Row]) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    let criteria = columns(rows);
    egui::Grid::new("overview")
        .striped(true)
        .num_columns(criteria.len() + 5)
        .spacing([10.0, 6.0])
        .show(ui, |ui| {
            ui.label(RichText::new(C::ColMunicipality.get(lang)).strong());
            for (_, number) in &criteria {
                ui.label(RichText::new(number.to_string()).strong());
            }
            for word in [C::ColVerdict, C::ColModified, C::ColSealed, C::ColCheck] {
                ui.label(RichText::new(word.get(lang)).strong());
            }
            ui.end_row();
            for row in rows {
                if let Ok(summary) = &row.outcome {
                    readable_row(ui, cx, (summary, &row.file), &criteria);
                } else {
                    ui.label(file_name(row))
                        .on_hover_text(row.file.display().to_string());
                    for _ in &criteria {
                        ui.label("");
                    }
                    ui.label(
                        RichText::new(C::Unreadable.get(lang)).color(theme::error_color(dark)),
                    );
                    for _ in 0..3 {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}

/// A readable input's cells: the municipality, a mark per criterion (each with its words for a
/// screen reader), the verdict, the date, sealed, the check.
fn readable_row(
    ui: &mut Ui,
    cx: &Context<'_>,
    (summary, file): (&Summary, &std::path::Path),
    criteria: &[(crate::domain::CriterionId, u32)],
) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    ui.label(format!("{} ({})", summary.municipality, summary.code))
        .on_hover_text(file.display().to_string());
    for (id, number) in criteria {
        let Some(standing) = summary.standing(id) else {
            ui.label("");
            continue;
        };
        let look = Look::of_standing(standing);
        let alt = format!(
            "{}: {}",
            i18n::criterion_number(lang, *number),
            look.word(lang)
        );
        let response = theme::mark(ui, look, 16.0);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &alt));
        response.on_hover_text(&alt);
    }
    let [verdict, modified, sealed, check] =
        i18n::compare::row_words(lang, summary, &cx.clock.time_zone());
    ui.label(RichText::new(verdict).color(theme::verdict_color(summary.ready, dark)));
    ui.label(modified);
    ui.label(sealed);
    let color = if summary.findings.is_empty() {
        Look::CountsAsMet.color(dark)
    } else {
        theme::error_color(dark)
    };
    ui.label(RichText::new(check).color(color));
}

/// What verifying found in each file that is not intact, and why each unreadable one could
/// not be read.
fn findings(ui: &mut Ui, lang: crate::domain::Lang, rows: &[Row]) {
    let not_intact: Vec<&Row> = rows.iter().filter(|row| !row.is_intact()).collect();
    if not_intact.is_empty() {
        return;
    }
    ui.add_space(10.0);
    widgets::heading(ui, C::NotIntactCount.get(lang), 2);
    for row in not_intact {
        ui.label(RichText::new(row.file.display().to_string()).strong());
        let lines = match &row.outcome {
            Ok(summary) => summary.findings.clone(),
            Err(reason) => vec![reason.clone()],
        };
        for line in lines {
            ui.label(format!("– {line}"));
        }
        ui.add_space(4.0);
    }
}
