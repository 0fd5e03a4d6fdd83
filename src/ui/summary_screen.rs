//! The summary: the verdict in one sentence, all criteria at a glance, and what is missing.

use egui::{RichText, Sense, Ui, Vec2};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::theme::{self, Look};
use super::widgets;
use crate::domain::readiness::{CriterionReadiness, Readiness};
use crate::i18n::{self, ui::T};

const TILE: Vec2 = Vec2::new(196.0, 150.0);

/// Shows the summary of `doc`.
pub fn summary_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                let readiness = doc.readiness(cx.today);
                ui.add_space(8.0);
                ui.label(RichText::new(doc.title(lang)).weak());
                let verdict = i18n::verdict_sentence(lang, &readiness);
                ui.label(
                    RichText::new(verdict)
                        .size(24.0)
                        .strong()
                        .color(theme::verdict_color(readiness.is_ready(), dark)),
                );
                ui.label(i18n::progress_line(lang, &readiness));
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let export = Command::ExportPdf;
                    if ui
                        .button(export.label(lang))
                        .on_hover_text(export.tooltip(lang))
                        .clicked()
                    {
                        cx.commands.push(export);
                    }
                });
                if let Some(warning) = i18n::criteria_match_warning(lang, readiness.criteria_match)
                {
                    ui.label(RichText::new(warning).color(theme::error_color(dark)));
                }
                super::criteria_notice::criteria_notices(ui, cx, doc);
                ui.add_space(16.0);

                widgets::heading(ui, T::OverviewHeading.get(lang), 2);
                ui.add_space(4.0);
                let gap = 10.0;
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a small positive count"
                )]
                let fit = (((ui.available_width() + gap) / (TILE.x + gap))
                    .floor()
                    .max(1.0)) as usize;
                // Rows of even length: 5 + 5 where 9 would fit, never 9 + 1.
                let count = readiness.criteria.len().max(1);
                let columns = count.div_ceil(count.div_ceil(fit));
                for (row_index, row) in readiness.criteria.chunks(columns).enumerate() {
                    ui.horizontal(|ui| {
                        ui.spacing_mut().item_spacing = Vec2::splat(gap);
                        for (column, item) in row.iter().enumerate() {
                            let index = row_index * columns + column;
                            if tile(ui, lang, doc, item).clicked() {
                                cx.commands.push(Command::GoToCriterion(index));
                            }
                        }
                    });
                    ui.add_space(gap);
                }
                ui.add_space(16.0);

                missing_list(ui, cx, doc, &readiness);
                drop(readiness);
                ui.add_space(16.0);
                proposal_section(ui, cx, doc);
                ui.add_space(16.0);
            });
    });
}

/// "Esitys ohjausryhmälle": the coordinator's proposal, printed in the report's summary.
fn proposal_section(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    let heading = widgets::heading(ui, T::ProposalHeading.get(lang), 2);
    ui.add(egui::Label::new(RichText::new(T::ProposalHint.get(lang)).weak()).wrap());
    ui.add_space(4.0);
    let mut proposal = doc.assessment().proposal.clone();
    let ((), refused) = widgets::lockable(ui, doc.is_editable(), |ui| {
        ui.set_max_width(ui.available_width().min(900.0));
        // The heading names the field.
        ui.add(
            egui::TextEdit::multiline(&mut proposal)
                .desired_rows(5)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(heading.id);
    });
    if refused {
        cx.commands.push(Command::EditRefused);
    }
    if proposal != doc.assessment().proposal {
        doc.edit().proposal = proposal;
    }
}

/// "Mitä vielä puuttuu": each criterion that does not count, why, and each linked item that
/// does not count with its reason.
fn missing_list(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document, readiness: &Readiness<'_>) {
    let lang = cx.lang;
    widgets::heading(ui, T::MissingHeading.get(lang), 2);
    ui.add_space(4.0);
    if readiness.is_ready() {
        ui.label(T::NothingMissing.get(lang));
    }
    for (index, item) in readiness.criteria.iter().enumerate() {
        if item.counts_as_met() {
            continue;
        }
        let look = Look::of(item);
        let title = item
            .criterion
            .short_title
            .get_or(lang, doc.set.official_language)
            .0;
        ui.horizontal(|ui| {
            theme::mark(ui, look, 18.0);
            let name = format!(
                "{}: {title}",
                i18n::criterion_number(lang, item.criterion.number)
            );
            if ui.link(RichText::new(name).strong()).clicked() {
                cx.commands.push(Command::GoToCriterion(index));
            }
        });
        // Indented and wrapped to the window's width.
        ui.indent(("gap", index), |ui| {
            ui.add(egui::Label::new(i18n::gap_message(lang, item)).wrap());
        });
        // Every linked item that does not count, with why.
        for verdict in i18n::items_to_list(item) {
            let name = verdict
                .evidence(doc.assessment())
                .map(|evidence| i18n::evidence_summary(lang, evidence))
                .unwrap_or_default();
            ui.indent(("item", index, verdict.index), |ui| {
                ui.add(
                    egui::Label::new(format!(
                        "– {name}: {}",
                        i18n::item_verdict_message(lang, verdict)
                    ))
                    .wrap(),
                );
            });
        }
        ui.add_space(4.0);
    }
}

/// One criterion as a tile: mark, number, short title, the status word, the evidence count.
fn tile(
    ui: &mut Ui,
    lang: i18n::Lang,
    doc: &Document,
    item: &CriterionReadiness<'_>,
) -> egui::Response {
    let dark = ui.visuals().dark_mode;
    let look = Look::of(item);
    let title = item
        .criterion
        .short_title
        .get_or(lang, doc.set.official_language)
        .0;
    let evidence = if item.evidence_count == 0 {
        T::NoEvidenceShort.get(lang).to_owned()
    } else {
        i18n::evidence_count(lang, item.evidence_count)
    };
    let (rect, response) = ui.allocate_exact_size(TILE, Sense::click());
    let stroke_width = if response.hovered() || response.has_focus() {
        3.0
    } else {
        2.0
    };
    ui.painter().rect_stroke(
        rect,
        6.0,
        egui::Stroke::new(stroke_width, look.color(dark)),
        egui::StrokeKind::Inside,
    );
    // A child that paints inside the tile without taking more room in the row.
    let mut inner = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect.shrink(10.0))
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    inner.horizontal(|ui| {
        theme::mark(ui, look, 26.0);
        ui.label(
            RichText::new(item.criterion.number.to_string())
                .size(22.0)
                .strong(),
        );
    });
    inner.add(
        egui::Label::new(RichText::new(title).strong())
            .wrap()
            .selectable(false),
    );
    inner.add(
        egui::Label::new(RichText::new(look.word(lang)).color(look.color(dark)))
            .wrap()
            .selectable(false),
    );
    inner.add(egui::Label::new(RichText::new(&evidence).small()).selectable(false));
    let label = format!(
        "{}. {title}: {}, {evidence}",
        item.criterion.number,
        look.word(lang)
    );
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    response.on_hover_text(T::CmdAssessmentTip.get(lang))
}
