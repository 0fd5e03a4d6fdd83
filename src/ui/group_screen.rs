//! "Ohjausryhmä": the steering group's views side by side, a row per criterion and a column
//! per member, with the coordinator's status and decision.

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::theme::{self, Look};
use super::widgets;
use crate::domain::Status;
use crate::domain::group::Opinion;
use crate::i18n::{self, group::T as G};

/// Shows the group's views of `doc`.
pub fn group_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::both()
            .id_salt("group")
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(RichText::new(doc.title(lang)).weak());
                widgets::heading(ui, RichText::new(G::Heading.get(lang)).size(22.0), 1);
                ui.set_max_width(ui.available_width().max(900.0));
                ui.add(egui::Label::new(RichText::new(G::Intro.get(lang)).weak()).wrap());
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    let editable = doc.is_editable();
                    for command in [Command::RequestViews, Command::ImportViews] {
                        if ui
                            .add_enabled(editable, egui::Button::new(command.label(lang)))
                            .on_hover_text(command.tooltip(lang))
                            .clicked()
                        {
                            cx.commands.push(command);
                        }
                    }
                });
                let group = &doc.assessment().group;
                let status = match group.requested {
                    None => G::NoRequest.get(lang).to_owned(),
                    Some(at) => {
                        let when = i18n::audit::date_time(lang, at, &cx.clock.time_zone());
                        i18n::group::status_line(lang, &when, group.responses.len())
                    }
                };
                ui.label(RichText::new(status).strong());
                ui.add_space(8.0);
                if group.responses.is_empty() {
                    if group.requested.is_some() {
                        ui.label(G::NoResponses.get(lang));
                    }
                    return;
                }
                views_grid(ui, cx, doc);
            });
    });
}

/// A row per criterion: its number and title, the coordinator's status, each member's view
/// and comment, and the decision (or the buttons that make one).
fn views_grid(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    let readiness = doc.readiness(cx.today);
    let group = &doc.assessment().group;
    let editable = doc.is_editable();
    egui::Grid::new("group_views")
        .striped(true)
        .num_columns(group.responses.len() + 3)
        .spacing([14.0, 8.0])
        .show(ui, |ui| {
            ui.label(RichText::new(i18n::report::T::ColCriterion.get(lang)).strong());
            ui.label(RichText::new(G::ColYours.get(lang)).strong());
            for response in &group.responses {
                ui.label(RichText::new(response.member.trim()).strong());
            }
            ui.label(RichText::new(G::ColDecision.get(lang)).strong());
            ui.end_row();
            for item in &readiness.criteria {
                let criterion = item.criterion;
                let title = criterion
                    .short_title
                    .get_or(lang, doc.set.official_language)
                    .0;
                ui.vertical(|ui| {
                    ui.set_width(180.0);
                    ui.add(egui::Label::new(format!("{}. {title}", criterion.number)).wrap());
                });
                let look = Look::of(item);
                ui.vertical(|ui| {
                    ui.label(RichText::new(look.word(lang)).color(look.color(dark)));
                });
                let mut proposed: Vec<Status> = Vec::new();
                for response in &group.responses {
                    match response.views.get(&criterion.id) {
                        None => {
                            ui.label(RichText::new("–").weak());
                        }
                        Some(view) => {
                            if let Opinion::Differ(status) = view.opinion
                                && status != item.status
                                && !proposed.contains(&status)
                            {
                                proposed.push(status);
                            }
                            view_cell(ui, lang, view, dark);
                        }
                    }
                }
                // A decision is for what the members gave views on.
                let viewed = !group.on(&criterion.id).is_empty();
                decision_cell(
                    ui,
                    cx,
                    doc,
                    (&criterion.id, item.status),
                    &proposed,
                    editable && viewed,
                );
                ui.end_row();
            }
        });
}

/// A member's view: the opinion (marked when it differs) and the comment under it.
fn view_cell(
    ui: &mut Ui,
    lang: crate::domain::Lang,
    view: &crate::domain::group::View,
    dark: bool,
) {
    ui.vertical(|ui| {
        ui.set_max_width(200.0);
        let word = i18n::group::opinion_word(lang, view.opinion);
        let text = RichText::new(word);
        ui.label(match view.opinion {
            Opinion::Agree => text.color(theme::verdict_color(true, dark)),
            Opinion::Differ(_) => text.strong().color(theme::verdict_color(false, dark)),
        });
        if !view.comment.trim().is_empty() {
            ui.add(egui::Label::new(RichText::new(view.comment.trim()).small()).wrap());
        }
    });
}

/// The decision made, or "Pidä" and a button for each status a member proposed.
fn decision_cell(
    ui: &mut Ui,
    cx: &mut Context<'_>,
    doc: &Document,
    (criterion, status): (&crate::domain::CriterionId, Status),
    proposed: &[Status],
    editable: bool,
) {
    let lang = cx.lang;
    ui.vertical(|ui| {
        if let Some(decision) = doc.assessment().group.decisions.get(criterion) {
            ui.label(i18n::group::decided(lang, decision.status));
        }
        if !editable {
            return;
        }
        ui.horizontal_wrapped(|ui| {
            let keep = format!(
                "{} ({})",
                G::Keep.get(lang),
                i18n::status_label(lang, status)
            );
            if ui.small_button(keep).clicked() {
                cx.commands.push(Command::Decide(criterion.clone(), status));
            }
            for proposal in proposed {
                let label = i18n::group::change_to(lang, *proposal);
                if ui.small_button(label).clicked() {
                    cx.commands
                        .push(Command::Decide(criterion.clone(), *proposal));
                }
            }
        });
    });
}
