//! The audit screen: the seal (finalise or reopen), the integrity check and the change
//! history, filtered by criterion.

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::{Document, HistoryFilter, ReadOnly};
use super::theme;
use super::widgets;
use crate::domain::history::{Event, HistoryEntry};
use crate::i18n::{self, Lang, audit, ui::T};

/// From this width on, the history stands in a column of its own.
const WIDE: f32 = 1400.0;

/// Shows the audit screen of `doc`.
pub fn audit_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("audit")
            .auto_shrink(false)
            .show(ui, |ui| {
                // A wide window puts the history beside the seal and the check, where its
                // long lines have room; a narrow one stacks them in a readable width.
                let wide = ui.available_width() >= WIDE;
                if !wide {
                    ui.set_max_width(ui.available_width().min(980.0));
                }
                ui.add_space(8.0);
                ui.label(RichText::new(doc.title(lang)).weak());
                widgets::heading(ui, RichText::new(T::AuditHeading.get(lang)).size(22.0), 1);
                ui.add_space(8.0);
                let zone = cx.clock.time_zone();
                if wide {
                    // `columns` stretches buttons to the column's width; `vertical` does not.
                    ui.columns(2, |columns| {
                        columns[0].vertical(|ui| {
                            seal_section(ui, cx, doc);
                            ui.add_space(12.0);
                            verify_section(ui, cx, doc);
                        });
                        columns[1].vertical(|ui| history_section(ui, lang, &zone, doc));
                    });
                } else {
                    seal_section(ui, cx, doc);
                    ui.add_space(12.0);
                    verify_section(ui, cx, doc);
                    ui.add_space(12.0);
                    history_section(ui, lang, &zone, doc);
                }
            });
    });
}

fn command_button(ui: &mut Ui, lang: Lang, command: &Command, enabled: bool) -> bool {
    ui.add_enabled(enabled, egui::Button::new(command.label(lang)))
        .on_hover_text(command.tooltip(lang))
        .clicked()
}

fn seal_section(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        if let Some(seal) = &doc.assessment().seal {
            let zone = cx.clock.time_zone();
            ui.label(RichText::new(audit::sealed_line(lang, seal.at, &zone, &seal.by)).strong());
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{}:", T::SealLabel.get(lang)));
                ui.add(egui::Label::new(RichText::new(&seal.sha256).monospace()).selectable(true));
            });
            ui.label(RichText::new(T::SealCaveat.get(lang)).small().weak());
            if doc.read_only == Some(ReadOnly::Finalised)
                && command_button(ui, lang, &Command::Reopen, true)
            {
                cx.commands.push(Command::Reopen);
            }
        } else {
            ui.label(T::NotFinalised.get(lang));
            let can = doc.is_editable() && doc.autosaves();
            if doc.read_only != Some(ReadOnly::Review)
                && command_button(ui, lang, &Command::Finalise, can)
            {
                cx.commands.push(Command::Finalise);
            }
        }
    });
}

fn verify_section(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    let dark = ui.visuals().dark_mode;
    ui.horizontal(|ui| {
        if command_button(ui, lang, &Command::Verify, true) {
            cx.commands.push(Command::Verify);
        }
        // The reviewer's remarks on paper.
        if doc.review.is_some() && command_button(ui, lang, &Command::ExportMemo, true) {
            cx.commands.push(Command::ExportMemo);
        }
    });
    match &doc.verification {
        None => {
            ui.label(RichText::new(T::VerifyNotRun.get(lang)).weak());
        }
        Some(Err(reason)) => {
            ui.label(RichText::new(reason).color(theme::error_color(dark)));
        }
        Some(Ok(verification)) => {
            let zone = cx.clock.time_zone();
            let intact = verification.is_intact();
            ui.label(
                RichText::new(audit::verdict(lang, verification.findings.len()))
                    .size(17.0)
                    .strong()
                    .color(theme::verdict_color(intact, dark)),
            );
            for finding in &verification.findings {
                ui.label(
                    RichText::new(format!(
                        "• {}",
                        crate::storage::words::finding_message(lang, finding, &zone)
                    ))
                    .color(theme::error_color(dark)),
                );
            }
            // What an older file's history cannot vouch for: a limit, not a finding.
            if let Some(limit) = verification.limit {
                ui.add(egui::Label::new(audit::limit_message(lang, limit)).wrap());
            }
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("{}:", T::FileChecksum.get(lang)))
                        .small()
                        .weak(),
                );
                ui.add(
                    egui::Label::new(RichText::new(&verification.file_sha256).small().monospace())
                        .selectable(true),
                );
            });
        }
    }
}

/// "Muutoshistoria (28 merkintää)".
fn history_heading(lang: Lang, entries: usize) -> String {
    let count = i18n::count(
        lang,
        entries,
        ["merkintä", "post", "entry"],
        ["merkintää", "poster", "entries"],
    );
    format!("{} ({count})", T::HistoryHeading.get(lang))
}

fn history_section(ui: &mut Ui, lang: Lang, zone: &jiff::tz::TimeZone, doc: &mut Document) {
    let history = &doc.assessment().history;
    widgets::heading(ui, history_heading(lang, history.len()), 2);
    let criterion_name = |id: &crate::domain::criteria::CriterionId| {
        doc.set.criterion(id).map_or_else(
            || id.to_string(),
            |criterion| {
                format!(
                    "{}. {}",
                    criterion.number,
                    criterion
                        .short_title
                        .get_or(lang, doc.set.official_language)
                        .0
                )
            },
        )
    };
    let mut filter = doc.history_filter.clone();
    ui.horizontal(|ui| {
        let label = ui.label(T::HistoryFilter.get(lang));
        let shown = match &filter {
            HistoryFilter::All => T::HistoryAll.get(lang).to_owned(),
            HistoryFilter::General => T::HistoryGeneral.get(lang).to_owned(),
            HistoryFilter::Criterion(id) => criterion_name(id),
        };
        egui::ComboBox::from_id_salt("history_filter")
            .selected_text(shown)
            .width(320.0)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter, HistoryFilter::All, T::HistoryAll.get(lang));
                for criterion in &doc.set.criteria {
                    ui.selectable_value(
                        &mut filter,
                        HistoryFilter::Criterion(criterion.id.clone()),
                        criterion_name(&criterion.id),
                    );
                }
                ui.selectable_value(
                    &mut filter,
                    HistoryFilter::General,
                    T::HistoryGeneral.get(lang),
                );
            })
            .response
            .labelled_by(label.id);
    });
    let mut selected = None;
    let entries: Vec<&HistoryEntry> = history
        .iter()
        .rev()
        .filter(|entry| filter.matches(entry))
        .collect();
    if history.is_empty() {
        ui.label(RichText::new(T::HistoryEmpty.get(lang)).weak());
    } else if entries.is_empty() {
        ui.label(RichText::new(T::HistoryNoMatch.get(lang)).weak());
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0
        + ui.spacing().item_spacing.y * 2.0
        + 4.0;
    egui::ScrollArea::vertical()
        .id_salt("history_rows")
        .max_height(row_height * 14.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, entries.len(), |ui, range| {
            for entry in &entries[range] {
                let item = |id: &str| item_name(lang, doc, id);
                if history_row(ui, lang, zone, entry, &criterion_name, &item) {
                    selected = Some(entry.seq);
                }
            }
        });
    // The entry chosen, whole and wrapped: a long change is read here, not guessed from "…".
    let chosen = selected.or(doc.history_selected);
    if let Some(entry) = chosen.and_then(|seq| history.iter().find(|entry| entry.seq == seq)) {
        chosen_entry(ui, lang, doc, entry, &criterion_name);
    }
    doc.history_selected = chosen;
    doc.history_filter = filter;
}

/// The chosen entry, whole and wrapped, in a frame under the list.
fn chosen_entry(
    ui: &mut Ui,
    lang: Lang,
    doc: &Document,
    entry: &HistoryEntry,
    criterion_name: &dyn Fn(&crate::domain::criteria::CriterionId) -> String,
) {
    let item = |id: &str| item_name(lang, doc, id);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let heading = format!("#{} · {}", entry.seq, T::HistoryChosen.get(lang));
        ui.label(RichText::new(heading).small());
        ui.add(egui::Label::new(entry_text(lang, entry, criterion_name, &item)).wrap());
    });
}

/// An evidence item by id as a person knows it: its title, or its kind when it has none yet;
/// `None` when there is no such item (any more).
fn item_name(lang: Lang, doc: &Document, id: &str) -> Option<String> {
    let evidence = doc.evidence(&crate::domain::evidence::EvidenceId(id.to_owned()))?;
    let title = evidence.details.title().trim();
    Some(if title.is_empty() {
        i18n::evidence_kind_label(lang, evidence.kind()).to_owned()
    } else {
        title.to_owned()
    })
}

/// What an entry records, in full: "3. Poikkihallinnollinen ryhmä · Tila: Ei arvioitu » Täyttyy".
fn entry_text(
    lang: Lang,
    entry: &HistoryEntry,
    criterion_name: &dyn Fn(&crate::domain::criteria::CriterionId) -> String,
    item: &dyn Fn(&str) -> Option<String>,
) -> String {
    match &entry.event {
        Event::Changed(change) => {
            let field = audit::field_label(lang, &change.field);
            let subject = change
                .criterion
                .as_ref()
                .map(|id| format!("{} · ", criterion_name(id)))
                .unwrap_or_default();
            let old = audit::field_value_for_people(lang, &change.field, &change.old, item);
            let new = audit::field_value_for_people(lang, &change.field, &change.new, item);
            format!("{subject}{field}: {old} » {new}")
        }
        other => audit::event_label(lang, other),
    }
}

/// One entry in two lines: number, time, person; then what changed, old → new, on one line
/// (cut with "…" at the window's edge). Returns whether it was clicked, to be shown whole.
fn history_row(
    ui: &mut Ui,
    lang: Lang,
    zone: &jiff::tz::TimeZone,
    entry: &HistoryEntry,
    criterion_name: &dyn Fn(&crate::domain::criteria::CriterionId) -> String,
    item: &dyn Fn(&str) -> Option<String>,
) -> bool {
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("#{}", entry.seq)).monospace().weak());
        ui.label(RichText::new(audit::date_time(lang, entry.at, zone)).small());
        ui.label(RichText::new(&entry.who).small().strong());
    });
    let full = entry_text(lang, entry, criterion_name, item);
    let line = full.replace('\n', " / ");
    let response = ui.add(
        egui::Label::new(line)
            .truncate()
            .sense(egui::Sense::click()),
    );
    let clicked = response.clicked();
    response.on_hover_text(full);
    clicked
}
