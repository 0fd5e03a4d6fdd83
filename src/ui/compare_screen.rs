//! The open assessment beside another of the same municipality (the last round, say): per
//! criterion the standing before and now, the change in one sentence, the evidence added and
//! removed, the actions done and new. The same comparison as `terve-kunta compare` and its PDF.

use std::path::PathBuf;

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::theme::{self, Look};
use super::widgets;
use crate::domain::compare::compare;
use crate::domain::quality::Checks;
use crate::domain::{Assessment, CriteriaSet};
use crate::i18n::{self, compare::T as C, ui::T};

/// The other assessment the open one is compared with.
#[derive(Clone, Debug)]
pub struct Comparing {
    /// As read from its file.
    pub other: Assessment,
    /// Its criteria set.
    pub set: CriteriaSet,
    /// Its file.
    pub file: PathBuf,
}

/// The two sides of a comparison, the older first (by their last change).
#[derive(Clone, Copy, Debug)]
pub struct Sides<'a> {
    /// The older assessment and its set.
    pub old: (&'a Assessment, &'a CriteriaSet),
    /// The newer one.
    pub new: (&'a Assessment, &'a CriteriaSet),
    /// Whether the open document is the older.
    pub open_is_old: bool,
}

impl Comparing {
    /// The open document and the other, the older first.
    pub fn sides<'a>(&'a self, doc: &'a Document) -> Sides<'a> {
        let open = (doc.assessment(), &doc.set);
        let other = (&self.other, &self.set);
        if self.other.modified > doc.assessment().modified {
            Sides {
                old: open,
                new: other,
                open_is_old: true,
            }
        } else {
            Sides {
                old: other,
                new: open,
                open_is_old: false,
            }
        }
    }

    /// The two files' names, the older's first (the open one's, when it has none, empty).
    pub fn file_names(&self, doc: &Document, sides: &Sides<'_>) -> [String; 2] {
        let name = |path: Option<&std::path::Path>| {
            path.and_then(std::path::Path::file_name)
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let open = name(doc.path.as_deref());
        let other = name(Some(&self.file));
        if sides.open_is_old {
            [open, other]
        } else {
            [other, open]
        }
    }
}

/// Shows the comparison of `doc` with `comparing`.
pub fn compare_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document, comparing: &Comparing) {
    let lang = cx.lang;
    let sides = comparing.sides(doc);
    let files = comparing.file_names(doc, &sides);
    let checks = Checks::on(cx.today);
    let zone = cx.clock.time_zone();
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.add_space(8.0);
                let municipality = &sides.new.0.municipality;
                widgets::heading(
                    ui,
                    format!("{}: {}", C::Heading.get(lang), municipality.name.trim()),
                    1,
                );
                let comparison = match compare(sides.old, sides.new, &checks) {
                    Ok(comparison) => comparison,
                    Err(reason) => {
                        widgets::issue_text(ui, i18n::compare::not_comparable(lang, &reason));
                        return;
                    }
                };
                for ((word, side), file) in [(C::Before, sides.old), (C::After, sides.new)]
                    .into_iter()
                    .zip(&files)
                {
                    let words = i18n::compare::side(lang, side, &zone);
                    let line = if file.is_empty() {
                        format!("{}: {words}", word.get(lang))
                    } else {
                        format!("{}: {words} ({file})", word.get(lang))
                    };
                    ui.label(line);
                }
                ui.add_space(4.0);
                // The app's font has no arrow: "7 » 10", as the history writes a change.
                let sentence = i18n::compare::sentence(lang, &comparison).replace('→', "»");
                ui.label(RichText::new(sentence).strong());
                ui.add_space(6.0);
                ui.horizontal(|ui| {
                    for command in [Command::ExportComparison, Command::CompareWith] {
                        if ui
                            .button(command.label(lang))
                            .on_hover_text(command.tooltip(lang))
                            .clicked()
                        {
                            cx.commands.push(command);
                        }
                    }
                });
                ui.add_space(8.0);
                criteria_grid(ui, lang, &sides, &comparison);
                lists(ui, lang, &sides, &comparison);
            });
    });
}

/// A row per criterion: number and title, the mark and word before and now.
fn criteria_grid(
    ui: &mut Ui,
    lang: crate::domain::Lang,
    sides: &Sides<'_>,
    comparison: &crate::domain::compare::Comparison<'_>,
) {
    widgets::heading(ui, C::Criteria.get(lang), 2);
    egui::Grid::new("comparison")
        .striped(true)
        .num_columns(3)
        .spacing([24.0, 6.0])
        .show(ui, |ui| {
            for header in [T::ColCriterionShort, T::ColBefore, T::ColNow] {
                ui.label(RichText::new(header.get(lang)).strong());
            }
            ui.end_row();
            for change in &comparison.criteria {
                let title =
                    i18n::compare::criterion_title(lang, [sides.new.1, sides.old.1], &change.id);
                let text = RichText::new(format!("{}. {title}", change.number));
                ui.label(if change.turned().is_some() {
                    text.strong()
                } else {
                    text
                });
                for standing in [change.before, change.after] {
                    let word = i18n::compare::standing(lang, standing, change.presence);
                    ui.horizontal(|ui| {
                        if let Some(standing) = standing {
                            let look = Look::of_standing(standing);
                            theme::mark(ui, look, 16.0).on_hover_text(&word);
                            ui.label(
                                RichText::new(&word).color(look.color(ui.visuals().dark_mode)),
                            );
                        } else {
                            ui.label(RichText::new(&word).weak());
                        }
                    });
                }
                ui.end_row();
            }
        });
}

/// Evidence added and removed, actions done and new: a heading each with its count.
fn lists(
    ui: &mut Ui,
    lang: crate::domain::Lang,
    sides: &Sides<'_>,
    comparison: &crate::domain::compare::Comparison<'_>,
) {
    let sets = [sides.new.1, sides.old.1];
    for (heading, items) in i18n::compare::lists(lang, comparison, sets) {
        ui.add_space(8.0);
        widgets::heading(ui, format!("{} ({})", heading.get(lang), items.len()), 2);
        if items.is_empty() {
            ui.label(RichText::new(C::None.get(lang)).weak());
        }
        for item in items {
            ui.label(format!("– {item}"));
        }
    }
}
