//! The start page: new, open, the example, the recent assessments, and what the assessment
//! is: the criteria, the rule that makes one met, the steps, and the current criteria set.

use egui::{RichText, Ui};

use super::command::Command;
use super::settings::RecentEntry;
use super::widgets;
use crate::domain::criteria::CriteriaSet;
use crate::domain::dates::{Date, format_date};
use crate::i18n::{self, Lang, ui::T};

/// Shows the start page. `missing[i]` tells whether `recent[i]`'s file is gone; removing an
/// entry from the list returns its index.
pub fn start_screen(
    ui: &mut Ui,
    lang: Lang,
    (zone, today): (&jiff::tz::TimeZone, Date),
    criteria: Option<&CriteriaSet>,
    recent: &[RecentEntry],
    missing: &[bool],
    commands: &mut Vec<Command>,
) -> Option<usize> {
    let mut remove = None;
    egui::ScrollArea::vertical().show(ui, |ui| {
        // Lines a reader can follow, also on a wide screen.
        ui.set_max_width(ui.available_width().min(960.0));
        ui.add_space(16.0);
        widgets::heading(ui, RichText::new(T::AppTitle.get(lang)).size(26.0), 1);
        ui.label(T::StartIntro.get(lang));
        ui.add_space(16.0);
        ui.horizontal_wrapped(|ui| {
            for command in [Command::NewAssessment, Command::Open, Command::OpenExample] {
                let button = egui::Button::new(RichText::new(command.label(lang)).size(16.0))
                    .min_size(egui::vec2(0.0, 34.0));
                if ui
                    .add(button)
                    .on_hover_text(command.tooltip(lang))
                    .clicked()
                {
                    commands.push(command);
                }
            }
        });
        ui.add_space(24.0);
        widgets::heading(ui, T::RecentHeading.get(lang), 2);
        ui.add_space(4.0);
        if recent.is_empty() {
            ui.label(T::RecentEmpty.get(lang));
        } else {
            remove = recent_list(ui, lang, zone, recent, missing, commands);
        }
        if let Some(set) = criteria {
            how_it_works(ui, lang, set);
            criteria_section(ui, lang, set, today);
        }
        ui.add_space(24.0);
        ui.weak(T::DropHint.get(lang));
    });
    remove
}

/// The recent assessments: municipality (a link that opens it), criteria, when edited, how
/// many criteria are met with evidence, and whether it is finalised or was opened for review.
/// Returns the index of an entry the user removed.
fn recent_list(
    ui: &mut Ui,
    lang: Lang,
    zone: &jiff::tz::TimeZone,
    recent: &[RecentEntry],
    missing: &[bool],
    commands: &mut Vec<Command>,
) -> Option<usize> {
    let mut remove = None;
    egui::Grid::new("recent")
        .num_columns(5)
        .striped(true)
        .spacing([24.0, 8.0])
        .show(ui, |ui| {
            for heading in [
                T::ColMunicipality,
                T::ColCriteria,
                T::ColEdited,
                T::ColProgress,
                T::ColState,
            ] {
                ui.strong(heading.get(lang));
            }
            ui.end_row();
            for (index, entry) in recent.iter().enumerate() {
                let is_missing = missing.get(index).copied().unwrap_or(false);
                if is_missing {
                    ui.label(&entry.municipality);
                } else if ui
                    .link(RichText::new(&entry.municipality).strong())
                    .on_hover_text(entry.path.display().to_string())
                    .clicked()
                {
                    let path = entry.path.clone();
                    commands.push(if entry.review {
                        Command::OpenForReviewPath(path)
                    } else {
                        Command::OpenPath(path)
                    });
                }
                ui.label(&entry.criteria);
                let edited = entry.modified.to_zoned_datetime(zone.clone()).date();
                ui.label(format_date(edited));
                ui.label(format!("{}/{}", entry.counted, entry.total));
                if is_missing {
                    ui.horizontal(|ui| {
                        ui.weak(T::FileMissing.get(lang));
                        if ui.button(T::RemoveFromList.get(lang)).clicked() {
                            remove = Some(index);
                        }
                    });
                } else {
                    state_marks(ui, lang, entry);
                }
                ui.end_row();
            }
        });
    remove
}

/// "Viimeistelty" and "Tarkastus" as marks, or "Kesken".
fn state_marks(ui: &mut Ui, lang: Lang, entry: &RecentEntry) {
    ui.horizontal(|ui| {
        let strong = ui.visuals().strong_text_color();
        if entry.finalised {
            ui.label(RichText::new(T::RecentFinalised.get(lang)).color(strong))
                .on_hover_text(T::RecentFinalisedTip.get(lang));
        }
        if entry.review {
            ui.label(RichText::new(T::RecentReview.get(lang)).color(strong))
                .on_hover_text(T::RecentReviewTip.get(lang));
        }
        if !entry.finalised && !entry.review {
            ui.weak(T::RecentDraft.get(lang));
        }
    });
}

/// What the criteria are, the rule that makes one met, and the steps from assessing to a
/// sealed assessment.
fn how_it_works(ui: &mut Ui, lang: Lang, set: &CriteriaSet) {
    ui.add_space(24.0);
    widgets::heading(ui, T::StartHowHeading.get(lang), 2);
    ui.add_space(4.0);
    ui.label(T::StartCriteriaIntro.get(lang));
    // Two columns: the list stays short enough to see the rule and the steps below it.
    let half = set.criteria.len().div_ceil(2);
    ui.indent("start_criteria", |ui| {
        ui.columns(2, |columns| {
            for (index, criterion) in set.criteria.iter().enumerate() {
                let title = criterion.short_title.get_or(lang, set.official_language).0;
                let column = &mut columns[usize::from(index >= half)];
                column.label(format!("{}. {title}", criterion.number));
            }
        });
    });
    ui.add_space(6.0);
    ui.add(egui::Label::new(T::StartRule.get(lang)).wrap());
    ui.add_space(6.0);
    for step in [T::StartStep1, T::StartStep2, T::StartStep3, T::StartStep4] {
        ui.label(step.get(lang));
    }
}

/// Which criteria a new assessment is made against, and whether their period has ended.
fn criteria_section(ui: &mut Ui, lang: Lang, set: &CriteriaSet, today: Date) {
    ui.add_space(24.0);
    widgets::heading(ui, T::StartCriteriaHeading.get(lang), 2);
    ui.add_space(4.0);
    let title = set.title.get_or(lang, set.official_language).0;
    ui.add(
        egui::Label::new(i18n::ui::start_criteria_line(
            lang,
            title,
            &set.period.to_string(),
            &set.version,
        ))
        .wrap(),
    );
    super::criteria_notice::period_notice(ui, lang, set, today);
}
