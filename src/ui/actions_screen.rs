//! Every criterion's actions in one list by due date (those without one last), overdue ones
//! marked: what a coordinator follows up between steering-group meetings. The same plan as the
//! report's table and `terve-kunta actions`.

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::theme;
use super::widgets;
use crate::domain::dates::format_date;
use crate::format::action_plan::ActionState;
use crate::i18n::{self, ui::T};

/// Shows the action plan of `doc`.
pub fn actions_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    let assessment = doc.assessment();
    let plan = assessment.action_plan(&doc.set);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(8.0);
                ui.label(RichText::new(doc.title(lang)).weak());
                widgets::heading(ui, T::CmdActions.get(lang), 1);
                if plan.is_empty() {
                    ui.label(T::NoActionsYet.get(lang));
                    return;
                }
                ui.label(T::ActionsIntro.get(lang));
                let overdue = plan
                    .iter()
                    .filter(|planned| planned.action.is_overdue(cx.today))
                    .count();
                ui.label(
                    RichText::new(i18n::ui::actions_count(lang, plan.len(), overdue)).strong(),
                );
                ui.add_space(8.0);
                // The action's words get the room the other columns leave.
                let what_width = (ui.available_width() - 560.0).clamp(240.0, 640.0);
                egui::Grid::new("action_plan")
                    .striped(true)
                    .num_columns(5)
                    .spacing([16.0, 6.0])
                    .show(ui, |ui| {
                        for header in [
                            T::ActionDue,
                            T::ActionState,
                            T::ActionCriterion,
                            T::ActionWhat,
                            T::ActionWho,
                        ] {
                            ui.label(RichText::new(header.get(lang)).strong());
                        }
                        ui.end_row();
                        for planned in &plan {
                            let action = planned.action;
                            let due = action.due.map(format_date).unwrap_or_default();
                            ui.label(due);
                            let state = ActionState::of(action, cx.today);
                            let word = RichText::new(state.word(lang));
                            ui.label(match state {
                                ActionState::Overdue => {
                                    word.strong().color(theme::error_color(dark))
                                }
                                ActionState::Done => word.weak(),
                                ActionState::Open => word,
                            });
                            let name = i18n::criterion_number(lang, planned.number);
                            let index = doc
                                .set
                                .criteria
                                .iter()
                                .position(|criterion| &criterion.id == planned.criterion);
                            if ui.link(name).clicked()
                                && let Some(index) = index
                            {
                                cx.commands.push(Command::GoToCriterion(index));
                            }
                            ui.scope(|ui| {
                                ui.set_min_width(what_width);
                                ui.set_max_width(what_width);
                                ui.add(egui::Label::new(action.what.trim()).wrap());
                            });
                            ui.label(action.who.trim());
                            ui.end_row();
                        }
                    });
            });
    });
}
