//! An assessment made against an older version of its criteria set: what changed between
//! the versions, criterion by criterion, and moving the assessment to the newest version
//! (recorded in the history as a change of the criteria set).

use egui::{RichText, Ui};

use super::App;
use super::modal::Step;
use crate::domain::criteria::compare::{CriterionChange, Part, compare};
use crate::domain::criteria::{CriteriaSet, Criterion};
use crate::i18n::{self, Lang, ui::T};
use crate::ui::question::{Question, Reply};

impl App {
    /// "Kriteeristön uusi versio": the changes, and the move when the assessment may be edited.
    pub(super) fn criteria_changes_modal(&mut self, ctx: &egui::Context) -> Step {
        let lang = self.lang();
        let Some(doc) = &self.doc else {
            return Step::Closed;
        };
        let Some(newer) = &doc.newer_set else {
            return Step::Closed;
        };
        let body = i18n::ui::newer_version_banner(lang, &doc.set.version, &newer.version);
        let move_label = i18n::ui::move_to_version(lang, &newer.version);
        let editable = doc.is_editable();
        let buttons: Vec<&str> = if editable {
            vec![move_label.as_str(), T::NotNow.get(lang)]
        } else {
            vec![T::CloseView.get(lang)]
        };
        let question = Question {
            id: "criteria-changes",
            width: 640.0,
            title: T::CriteriaChangesTitle.get(lang),
            body: &body,
            buttons: &buttons,
        };
        let reply = question.ask(ctx, |ui| changes_list(ui, lang, &doc.set, newer, editable));
        match reply {
            None => Step::Open(super::modal::Modal::CriteriaChanges),
            Some(Reply::Button(0)) if editable => {
                self.move_to_newer_set();
                Step::Closed
            }
            Some(_) => Step::Closed,
        }
    }

    /// Moves the open assessment to the newest version of its criteria set.
    fn move_to_newer_set(&mut self) {
        let lang = self.lang();
        let Some(doc) = &mut self.doc else {
            return;
        };
        if !doc.is_editable() {
            self.edit_refused();
            return;
        }
        let Some(newer) = doc.newer_set.take() else {
            return;
        };
        let version = newer.version.clone();
        doc.move_to_set(newer);
        self.set_notice(i18n::ui::moved_to_version(lang, &version), false);
    }
}

/// The set's own note on the changes, then each criterion that differs.
fn changes_list(ui: &mut Ui, lang: Lang, old: &CriteriaSet, new: &CriteriaSet, editable: bool) {
    if !editable {
        ui.add(egui::Label::new(T::CriteriaMoveReadOnly.get(lang)).wrap());
    }
    if let Some(note) = new
        .changes
        .get(lang)
        .or_else(|| new.changes.get(new.official_language))
    {
        ui.add_space(6.0);
        ui.add(egui::Label::new(note).wrap());
    }
    ui.add_space(6.0);
    let changes = compare(old, new);
    if changes.is_empty() {
        ui.label(T::CriteriaChangesNone.get(lang));
        return;
    }
    egui::ScrollArea::vertical()
        .max_height(ui.ctx().content_rect().height() * 0.5)
        .show(ui, |ui| {
            for change in &changes {
                let criterion = change.criterion();
                let title = criterion.short_title.get_or(lang, new.official_language).0;
                ui.add_space(6.0);
                ui.strong(format!("{}. {title} ({})", criterion.number, criterion.id));
                match change {
                    CriterionChange::Added(_) => {
                        ui.label(T::CriterionAdded.get(lang));
                    }
                    CriterionChange::Removed(_) => {
                        ui.add(egui::Label::new(T::CriterionRemoved.get(lang)).wrap());
                    }
                    CriterionChange::Changed {
                        old: before,
                        new: after,
                        parts,
                    } => {
                        let fallback = (old.official_language, new.official_language);
                        for &part in parts {
                            part_change(ui, lang, before, after, part, fallback);
                        }
                    }
                }
            }
        });
}

/// One changed part: its name, then the text before and now.
fn part_change(
    ui: &mut Ui,
    lang: Lang,
    old: &Criterion,
    new: &Criterion,
    part: Part,
    fallback: (Lang, Lang),
) {
    let name = match part {
        Part::Number => T::PartNumber,
        Part::ShortTitle => T::PartShortTitle,
        Part::Text => T::PartText,
        Part::Guidance => T::PartGuidance,
        Part::EvidenceKinds => T::PartEvidenceKinds,
        Part::Requirement => T::PartRequirement,
    };
    let text = |criterion: &Criterion, fallback: Lang| -> String {
        match part {
            Part::Number => criterion.number.to_string(),
            Part::ShortTitle => criterion.short_title.get_or(lang, fallback).0.to_owned(),
            Part::Text => criterion.text.get_or(lang, fallback).0.to_owned(),
            Part::Guidance => criterion.guidance.get_or(lang, fallback).0.to_owned(),
            Part::EvidenceKinds => criterion
                .evidence_kinds
                .iter()
                .map(|&kind| i18n::evidence_kind_label(lang, kind))
                .collect::<Vec<_>>()
                .join(", "),
            Part::Requirement => i18n::requirement_sentence(lang, criterion).unwrap_or_default(),
        }
    };
    let (before, after) = (text(old, fallback.0), text(new, fallback.1));
    ui.indent(("part", &new.id, name.get(Lang::En)), |ui| {
        ui.label(RichText::new(name.get(lang)).italics());
        if before == after {
            // The same in this language: say where it changed instead of "before" = "now".
            let languages = changed_languages(old, new, part);
            ui.label(i18n::ui::changed_only_in(lang, &languages));
            return;
        }
        for (word, value) in [(T::Before, before), (T::After, after)] {
            let value = if value.is_empty() {
                T::NothingStated.get(lang).to_owned()
            } else {
                value
            };
            ui.add(egui::Label::new(format!("{}: {value}", word.get(lang))).wrap());
        }
    });
}

/// The languages whose text of `part` differs between the two versions ("sv", …).
fn changed_languages(old: &Criterion, new: &Criterion, part: Part) -> Vec<&'static str> {
    let texts = |criterion: &Criterion| match part {
        Part::ShortTitle => Some(criterion.short_title.clone()),
        Part::Text => Some(criterion.text.clone()),
        Part::Guidance => Some(criterion.guidance.clone()),
        Part::Requirement => criterion.requirement.as_ref().map(|r| r.reading.clone()),
        Part::Number | Part::EvidenceKinds => None,
    };
    let (before, after) = (texts(old), texts(new));
    Lang::ALL
        .into_iter()
        .filter(|&language| {
            before.as_ref().and_then(|t| t.get(language))
                != after.as_ref().and_then(|t| t.get(language))
        })
        .map(Lang::code)
        .collect()
}
