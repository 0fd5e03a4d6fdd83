//! The assessment screen: the criteria on the left, the current criterion on the right, with
//! its official text, guidance, status, evidence, justification and actions.

use std::collections::HashSet;

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::{Document, EvidenceEditor};
use super::theme::{self, Look};
use super::widgets;
use crate::domain::assessment::{Action, Status};
use crate::domain::criteria::{Criterion, CriterionId, EvidenceKind};
use crate::domain::evidence::{Evidence, EvidenceDetails, EvidenceId};
use crate::domain::readiness::ItemVerdict;
use crate::domain::validation::{ActionField, Field, FieldIssue};
use crate::i18n::{self, Lang, ui::T};
use crate::storage::attachments::AttachmentState;

/// Shows the screen for `doc`'s current criterion.
pub fn assessment_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    if doc.set.criteria.is_empty() {
        return;
    }
    doc.current = doc.current.min(doc.set.criteria.len() - 1);
    criteria_list(ui, cx, doc);
    // Another criterion opens at its top, its title in view, even one scrolled before.
    let switched = doc.shown_criterion.replace(doc.current) != Some(doc.current);
    egui::CentralPanel::default().show(ui, |ui| {
        let mut area = egui::ScrollArea::vertical()
            .id_salt(("criterion", doc.current))
            .auto_shrink(false);
        if switched {
            area = area.vertical_scroll_offset(0.0);
        }
        area.show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(900.0));
            criterion_view(ui, cx, doc);
        });
    });
}

/// The side list: number, short title and a mark (colour, shape and word) per criterion.
fn criteria_list(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    let mut focus_status = false;
    let readiness = doc.readiness(cx.today);
    egui::Panel::left("criteria_list")
        .resizable(true)
        .default_size(290.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.add_space(6.0);
                for (index, item) in readiness.criteria.iter().enumerate() {
                    let criterion = item.criterion;
                    let look = Look::of(item);
                    let title = criterion
                        .short_title
                        .get_or(lang, doc.set.official_language)
                        .0;
                    ui.horizontal(|ui| {
                        theme::mark(ui, look, 18.0).on_hover_text(look.word(lang));
                        ui.vertical(|ui| {
                            let text = format!("{}. {title}", criterion.number);
                            let response = ui.selectable_label(
                                index == doc.current,
                                RichText::new(text).strong(),
                            );
                            // Tab reads the status with the name, as the summary tiles do.
                            ui.ctx().accesskit_node_builder(response.id, |node| {
                                node.set_description(look.word(lang));
                            });
                            if response.clicked() {
                                // Enter or Space on the list (a click does not focus it).
                                focus_status = response.has_focus();
                                cx.commands.push(Command::GoToCriterion(index));
                            }
                            ui.label(
                                RichText::new(look.word(lang))
                                    .small()
                                    .color(look.color(ui.visuals().dark_mode)),
                            );
                        });
                    });
                    ui.add_space(4.0);
                }
            });
        });
    if focus_status {
        doc.focus_status = true;
    }
    // egui names the panel's resize handle in English; say it in the UI's language.
    let splitter = ui.scope_id().with("criteria_list").with("__resize");
    ui.ctx().accesskit_node_builder(splitter, |node| {
        node.set_label(T::ResizeCriteriaList.get(lang));
    });
}

fn issues_for<'a>(
    issues: &'a [FieldIssue],
    field: &'a Field,
    lang: Lang,
) -> impl Iterator<Item = String> + 'a {
    issues
        .iter()
        .filter(move |issue| &issue.field == field)
        .map(move |issue| i18n::issue_message(lang, &issue.issue))
}

fn criterion_view(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    let criterion = doc.set.criteria[doc.current].clone();
    let issues = doc.issues(cx.today);

    ui.add_space(8.0);
    super::criteria_notice::criteria_notices(ui, cx, doc);
    let of = i18n::ui::criterion_of(lang, criterion.number, doc.set.criteria.len());
    ui.label(RichText::new(of).weak());
    let title = criterion
        .short_title
        .get_or(lang, doc.set.official_language)
        .0;
    widgets::heading(ui, RichText::new(title).size(22.0), 1);
    ui.add_space(6.0);
    criterion_texts(ui, lang, doc, &criterion);
    ui.add_space(10.0);

    // Edit copies, and write back only what changed: merely looking at a criterion must not
    // change the assessment.
    let original = doc
        .assessment()
        .answer(&criterion.id)
        .cloned()
        .unwrap_or_default();
    let mut status = original.status;
    let mut justification = original.justification.clone();
    let mut actions = original.actions.clone();

    let editable = doc.is_editable();
    widgets::heading(ui, T::StatusHeading.get(lang), 2);
    let (choice, refused) = widgets::lockable(ui, editable, |ui| {
        let choices = Status::ALL.map(|choice| (choice, i18n::status_label(lang, choice)));
        widgets::choice_group(ui, T::StatusHeading.get(lang), &mut status, &choices)
    });
    if refused {
        cx.commands.push(Command::EditRefused);
    }
    // Opened from the keyboard (the list, Alt+arrows): the status is the first stop.
    if doc.focus_status
        && let Some(stop) = choice
    {
        ui.memory_mut(|memory| memory.request_focus(stop));
        doc.focus_status = false;
    }
    // Started from an earlier round: what it was then, as a hint.
    if let Some(previous) = original.previous {
        let hint = format!(
            "{}: {}",
            T::PreviousStatus.get(lang),
            i18n::status_label(lang, previous)
        );
        ui.label(RichText::new(hint).small().weak());
    }
    let messages: Vec<String> =
        issues_for(&issues, &Field::Status(criterion.id.clone()), lang).collect();
    widgets::message_slot(ui, &messages);
    ui.add_space(10.0);

    evidence_section(ui, cx, doc, &criterion, &issues);
    ui.add_space(10.0);

    let ((), refused) = widgets::lockable(ui, editable, |ui| {
        widgets::text_area(ui, T::Justification.get(lang), &mut justification, 3);
        ui.add_space(10.0);
        actions_section(ui, (lang, cx.today), &mut actions, &criterion.id, &issues);
    });
    if refused {
        cx.commands.push(Command::EditRefused);
    }
    ui.add_space(16.0);
    remark_section(ui, cx, doc, &criterion.id);
    view_section(ui, cx, doc, &criterion.id);

    if status != original.status {
        doc.edit().answer_mut(&criterion.id).status = status;
    }
    if justification != original.justification {
        doc.edit().answer_mut(&criterion.id).justification = justification;
    }
    if actions != original.actions {
        doc.edit().answer_mut(&criterion.id).actions = actions;
    }

    previous_and_next(ui, cx, doc);
    ui.add_space(16.0);
}

/// "Edellinen kriteeri" and "Seuraava kriteeri", with their shortcuts in the tooltip.
fn previous_and_next(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    ui.horizontal(|ui| {
        for command in [Command::PreviousCriterion, Command::NextCriterion] {
            let enabled = match command {
                Command::PreviousCriterion => doc.current > 0,
                _ => doc.current + 1 < doc.set.criteria.len(),
            };
            let shortcut = command.shortcut_label(lang).unwrap_or_default();
            let tooltip = format!("{} ({shortcut})", command.tooltip(lang));
            if ui
                .add_enabled(enabled, egui::Button::new(command.label(lang)))
                .on_hover_text(tooltip)
                .clicked()
            {
                cx.commands.push(command);
            }
        }
    });
}

/// In review mode: the auditor's remark on this criterion, kept in the review file.
fn remark_section(ui: &mut Ui, cx: &Context<'_>, doc: &mut Document, criterion: &CriterionId) {
    let lang = cx.lang;
    let Some(state) = &mut doc.review else {
        return;
    };
    let mut text = state.remarks.review().remark(criterion).to_owned();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let response = widgets::text_area(ui, T::RemarkHeading.get(lang), &mut text, 3);
        ui.label(RichText::new(T::RemarkHint.get(lang)).small().weak());
        for message in state
            .note
            .as_deref()
            .into_iter()
            .chain(state.remarks.problem())
        {
            widgets::issue_text(ui, message);
        }
        if response.changed() {
            let now = ui.input(|i| i.time);
            state
                .remarks
                .set_remark(criterion, &text, cx.clock.now(), now);
        }
    });
    ui.add_space(16.0);
}

/// A steering group member's view of the criterion: agree, or their own status, and a
/// comment; written to their response as they go.
fn view_section(ui: &mut Ui, cx: &Context<'_>, doc: &mut Document, criterion: &CriterionId) {
    use crate::domain::group::View;
    use crate::i18n::group::T as G;
    let lang = cx.lang;
    let Some(state) = &mut doc.response else {
        return;
    };
    let held = state.draft.value().views.get(criterion).cloned();
    let mut opinion = held.as_ref().map(|view| view.opinion);
    let mut comment = held
        .as_ref()
        .map(|view| view.comment.clone())
        .unwrap_or_default();
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        widgets::heading(ui, G::YourView.get(lang), 2);
        ui.label(RichText::new(G::ViewHint.get(lang)).small().weak());
        let choices = i18n::group::choices(lang);
        let choices: Vec<_> = choices.iter().map(|(v, t)| (*v, t.as_str())).collect();
        widgets::choice_group(ui, G::YourView.get(lang), &mut opinion, &choices);
        ui.add_enabled_ui(opinion.is_some(), |ui| {
            widgets::text_area(ui, G::Comment.get(lang), &mut comment, 3);
        });
        if let Some(problem) = state.draft.problem() {
            widgets::issue_text(ui, problem);
        }
    });
    let view = opinion.map(|opinion| View { opinion, comment });
    if view != held {
        let now = ui.input(|i| i.time);
        let at = cx.clock.now();
        state
            .draft
            .edit(now, |response| response.set_view(criterion, view, at));
    }
    ui.add_space(16.0);
}

/// Items carried over from the last round that no longer count everywhere: to be checked.
fn to_check(ui: &mut Ui, lang: Lang, items: &[&Evidence]) {
    for evidence in items.iter().filter(|evidence| evidence.to_check) {
        let title = i18n::evidence_summary(lang, evidence);
        widgets::issue_text(ui, &format!("{}: {title}", T::ToCheck.get(lang)));
    }
}

/// The official text, the translation when the UI language is not the official one, and the
/// guidance.
fn criterion_texts(ui: &mut Ui, lang: Lang, doc: &Document, criterion: &Criterion) {
    let official = doc.set.official_language;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new(T::OfficialText.get(lang)).small().weak());
        let strong = ui.visuals().strong_text_color();
        ui.label(
            RichText::new(criterion.text.get_or(official, official).0)
                .size(17.0)
                .color(strong),
        );
        if lang != official
            && let Some(translation) = criterion.text.get(lang)
        {
            ui.add_space(6.0);
            ui.label(
                RichText::new(T::UnofficialTranslation.get(lang))
                    .small()
                    .weak(),
            );
            ui.label(translation);
        }
    });
    ui.add_space(4.0);
    egui::CollapsingHeader::new(T::Guidance.get(lang))
        .id_salt("guidance")
        .default_open(true)
        .show(ui, |ui| {
            ui.label(criterion.guidance.get_or(lang, official).0);
        });
    if let Some(requirement) = &criterion.requirement {
        ui.add_space(4.0);
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(T::RequirementHeading.get(lang)).strong());
            // The requirement in words (it says whose reading it is), then the rule exactly
            // as the app applies it.
            ui.label(requirement.reading.get_or(lang, official).0);
            if let Some(sentence) = i18n::requirement_sentence(lang, criterion) {
                ui.label(
                    RichText::new(format!("{}: {sentence}", T::RequirementRule.get(lang)))
                        .small()
                        .weak(),
                );
            }
        });
    }
}

/// The evidence backing the criterion: a list of one-line rows (virtualised, so hundreds of
/// items stay fast), adding, linking and unlinking.
fn evidence_section(
    ui: &mut Ui,
    cx: &mut Context<'_>,
    doc: &mut Document,
    criterion: &Criterion,
    issues: &[FieldIssue],
) {
    let lang = cx.lang;
    let linked: Vec<_> = doc
        .assessment()
        .answer(&criterion.id)
        .map(|answer| answer.evidence.clone())
        .unwrap_or_default();
    let items: Vec<_> = linked.iter().filter_map(|id| doc.evidence(id)).collect();
    // Whether each linked item counts here, and why not: the domain's verdict.
    let verdicts: std::sync::Arc<[ItemVerdict]> = doc
        .readiness(cx.today)
        .criteria
        .into_iter()
        .find(|item| item.criterion.id == criterion.id)
        .map_or_else(|| std::sync::Arc::from([]), |item| item.items);
    widgets::heading(
        ui,
        format!("{} ({})", T::EvidenceHeading.get(lang), items.len()),
        2,
    );
    let mut action = None;
    if items.is_empty() {
        ui.label(T::NoEvidence.get(lang));
    } else {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) * 2.0
            + ui.spacing().item_spacing.y * 2.0
            + 6.0;
        egui::ScrollArea::vertical()
            .id_salt("evidence_rows")
            .max_height(row_height * 6.0)
            .auto_shrink([false, true])
            .show_rows(ui, row_height, items.len(), |ui, range| {
                for evidence in &items[range] {
                    let verdict = verdicts.iter().find(|verdict| {
                        doc.assessment()
                            .evidence
                            .get(verdict.index)
                            .is_some_and(|e| e.id == evidence.id)
                    });
                    let row = Row {
                        evidence,
                        verdict,
                        height: row_height,
                    };
                    if let Some(chosen) = evidence_row(ui, lang, doc, criterion, &row, issues) {
                        action = Some(chosen);
                    }
                }
            });
    }
    to_check(ui, lang, &items);
    match action {
        Some(RowAction::Edit(id)) => doc.editor = Some(EvidenceEditor::existing(id)),
        Some(RowAction::Unlink(id)) => doc.edit().unlink(&criterion.id, &id),
        Some(RowAction::OpenAttachment(id)) => {
            cx.commands.push(Command::OpenAttachment(id, 0));
        }
        Some(RowAction::OpenLink(url)) => ui.ctx().open_url(egui::OpenUrl::new_tab(url)),
        None => {}
    }

    if !doc.is_editable() {
        return;
    }
    ui.add_space(4.0);
    if ui.button(T::AddEvidence.get(lang)).clicked() {
        let kind = criterion
            .evidence_kinds
            .first()
            .copied()
            .unwrap_or(EvidenceKind::Document);
        let id = doc
            .edit()
            .add_evidence(EvidenceDetails::empty(kind), None, cx.clock, cx.ids);
        doc.edit().link(&criterion.id, &id);
        doc.editor = Some(EvidenceEditor::new_item(id));
    }
    let linked: HashSet<&EvidenceId> = linked.iter().collect();
    if let Some(id) = link_existing(ui, lang, doc, &linked) {
        doc.edit().link(&criterion.id, &id);
    }
}

/// What a row's buttons asked for.
enum RowAction {
    Edit(EvidenceId),
    Unlink(EvidenceId),
    /// Open the item's (first) attachment.
    OpenAttachment(EvidenceId),
    /// Open the item's web link.
    OpenLink(String),
}

/// What a row shows: the item, whether it counts here, and the row's height.
struct Row<'a> {
    evidence: &'a Evidence,
    verdict: Option<&'a ItemVerdict>,
    height: f32,
}

/// A row's second line: the item's kind, the other criteria it backs, and why it does not
/// count here or its first problem (naming the field); with the whole reason for the hover.
fn row_detail(
    ui: &Ui,
    lang: Lang,
    doc: &Document,
    criterion: &Criterion,
    row: &Row<'_>,
    issues: &[FieldIssue],
) -> (RichText, Option<String>) {
    let evidence = row.evidence;
    let also: Vec<String> = doc
        .assessment()
        .criteria_backed_by(&evidence.id)
        .filter(|id| **id != criterion.id)
        .filter_map(|id| doc.set.criterion(id))
        .map(|c| c.number.to_string())
        .collect();
    let mut second = i18n::evidence_kind_label(lang, evidence.kind()).to_owned();
    if !also.is_empty() {
        second = format!("{second} · {} {}", T::AlsoBacks.get(lang), also.join(", "));
    }
    let problem = issues
        .iter()
        .find(|issue| matches!(&issue.field, Field::Evidence { id, .. } if *id == evidence.id));
    let error = theme::error_color(ui.visuals().dark_mode);
    match (row.verdict, problem) {
        (Some(verdict), _) if !verdict.qualifies() => {
            let why = i18n::item_verdict_message(lang, verdict);
            let text = format!("{second} · {}: {why}", T::DoesNotCount.get(lang));
            (RichText::new(text).small().color(error), Some(why))
        }
        (_, Some(issue)) => {
            let message = i18n::issue_message(lang, &issue.issue);
            // Which field: "Asia: Täytä tämä kenttä", not a bare "Täytä tämä kenttä".
            let text = match issue.field {
                Field::Evidence { field, .. } => {
                    let label = super::evidence_editor::field_label(evidence.kind(), field);
                    format!("{second} · {}: {message}", label.get(lang))
                }
                _ => format!("{second} · {message}"),
            };
            (RichText::new(text).small().color(error), None)
        }
        (Some(verdict), None) if verdict.judgement => {
            let text = format!("{second} · {}", i18n::judgement_note(lang));
            (RichText::new(text).small().weak(), None)
        }
        _ => (RichText::new(second).small().weak(), None),
    }
}

/// One evidence item in two lines: its summary; its kind, the other criteria it backs, and
/// why it does not count here (or its first problem).
fn evidence_row(
    ui: &mut Ui,
    lang: Lang,
    doc: &Document,
    criterion: &Criterion,
    row: &Row<'_>,
    issues: &[FieldIssue],
) -> Option<RowAction> {
    let (evidence, row_height) = (row.evidence, row.height);
    let mut action = None;
    ui.horizontal(|ui| {
        ui.set_min_height(row_height - ui.spacing().item_spacing.y);
        // Room for the buttons: open the attachment, open the link, show or edit, unlink.
        let attachment = evidence.attachments.first().filter(|attachment| {
            matches!(
                doc.attachment_state(&(attachment.path.clone(), attachment.sha256.clone())),
                Some(AttachmentState::Intact)
            )
        });
        let link = crate::domain::validation::web_link(&evidence.details);
        let buttons = [
            attachment.is_some(),
            link.is_some(),
            true,
            doc.is_editable(),
        ];
        #[expect(clippy::cast_precision_loss, reason = "at most four buttons")]
        let room = buttons.iter().filter(|shown| **shown).count() as f32 * 118.0;
        ui.vertical(|ui| {
            ui.set_width((ui.available_width() - room).max(200.0));
            // One line in the list; the whole text on hover and in the editor.
            let summary = i18n::evidence_summary(lang, evidence);
            ui.add(egui::Label::new(&summary).truncate())
                .on_hover_text(&summary);
            let (text, why) = row_detail(ui, lang, doc, criterion, row, issues);
            let label = ui.add(egui::Label::new(text).truncate());
            if let Some(why) = why {
                label.on_hover_text(why);
            }
        });
        // Read aloud with what they open: "Avaa liite: ptk.pdf".
        if let Some(attachment) = attachment
            && named_button(ui, T::OpenAttachment.get(lang), &attachment.original_name)
        {
            action = Some(RowAction::OpenAttachment(evidence.id.clone()));
        }
        if let Some(link) = link
            && named_button(ui, T::OpenLink.get(lang), link)
        {
            action = Some(RowAction::OpenLink(link.to_owned()));
        }
        // A read-only assessment offers to look, not to change.
        let (open, open_tip) = if doc.is_editable() {
            (T::EditEvidence, T::EditEvidenceTip)
        } else {
            (T::ShowEvidence, T::ShowEvidenceTip)
        };
        if ui
            .button(open.get(lang))
            .on_hover_text(open_tip.get(lang))
            .clicked()
        {
            action = Some(RowAction::Edit(evidence.id.clone()));
        }
        if doc.is_editable()
            && ui
                .button(T::Unlink.get(lang))
                .on_hover_text(T::UnlinkTip.get(lang))
                .clicked()
        {
            action = Some(RowAction::Unlink(evidence.id.clone()));
        }
    });
    action
}

/// A button showing `text`, named "`text`: `what`" for screen readers, `what` on hover; whether
/// it was clicked.
fn named_button(ui: &mut Ui, text: &str, what: &str) -> bool {
    let name = format!("{text}: {what}");
    let response = ui.button(text);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    response.on_hover_text(what).clicked()
}

/// The evidence recorded for other criteria, to link here without typing it again.
fn link_existing(
    ui: &mut Ui,
    lang: Lang,
    doc: &Document,
    linked: &HashSet<&EvidenceId>,
) -> Option<EvidenceId> {
    let count = doc
        .assessment()
        .evidence
        .iter()
        .filter(|e| !linked.contains(&e.id))
        .count();
    if count == 0 {
        return None;
    }
    let mut link = None;
    egui::CollapsingHeader::new(format!("{} ({count})", T::LinkEvidence.get(lang)))
        .id_salt("link_existing")
        .show(ui, |ui| {
            ui.label(RichText::new(T::LinkEvidenceTip.get(lang)).small().weak());
            egui::ScrollArea::vertical()
                .id_salt("link_rows")
                .max_height(240.0)
                .show(ui, |ui| {
                    for evidence in doc
                        .assessment()
                        .evidence
                        .iter()
                        .filter(|e| !linked.contains(&e.id))
                    {
                        let summary = i18n::evidence_summary(lang, evidence);
                        ui.horizontal(|ui| {
                            let button = ui.button(T::LinkThis.get(lang));
                            // Read aloud with what it links: "Linkitä: Kunnanhallitus …".
                            let name = format!("{}: {summary}", T::LinkThis.get(lang));
                            button.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, true, &name)
                            });
                            ui.add(egui::Label::new(summary).truncate());
                            if button.clicked() {
                                link = Some(evidence.id.clone());
                            }
                        });
                    }
                });
        });
    link
}

/// The actions that close a gap: what, who, by when, done.
fn actions_section(
    ui: &mut Ui,
    (lang, today): (Lang, crate::domain::dates::Date),
    actions: &mut Vec<Action>,
    criterion: &CriterionId,
    issues: &[FieldIssue],
) {
    widgets::heading(ui, T::ActionsHeading.get(lang), 3);
    let mut remove = None;
    for (index, action) in actions.iter_mut().enumerate() {
        // Past its date and not done: marked in the frame and beside the date.
        let overdue = action.is_overdue(today);
        ui.push_id(("action", index), |ui| {
            let mut frame = egui::Frame::group(ui.style());
            if overdue {
                frame = frame.stroke(egui::Stroke::new(
                    2.0,
                    theme::error_color(ui.visuals().dark_mode),
                ));
            }
            frame.show(ui, |ui| {
                ui.set_width(ui.available_width());
                let field = Field::Action {
                    criterion: criterion.clone(),
                    index,
                    field: ActionField::What,
                };
                let messages: Vec<String> = issues_for(issues, &field, lang).collect();
                let messages = widgets::Messages::new(&messages, false);
                widgets::checked_field(ui, T::ActionWhat.get(lang), &mut action.what, messages);
                ui.horizontal(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(320.0);
                        widgets::text_field(ui, T::ActionWho.get(lang), &mut action.who, &[]);
                    });
                    ui.vertical(|ui| {
                        let due = T::ActionDue.get(lang);
                        widgets::date_field(
                            ui,
                            lang,
                            due,
                            &mut action.due,
                            widgets::Messages::NONE,
                        );
                    });
                    ui.vertical(|ui| {
                        ui.add_space(ui.text_style_height(&egui::TextStyle::Body) + 4.0);
                        ui.checkbox(&mut action.done, T::ActionDone.get(lang));
                    });
                    ui.vertical(|ui| {
                        ui.add_space(ui.text_style_height(&egui::TextStyle::Body) + 4.0);
                        if ui.button(T::RemoveAction.get(lang)).clicked() {
                            remove = Some(index);
                        }
                    });
                    if overdue {
                        ui.vertical(|ui| {
                            ui.add_space(ui.text_style_height(&egui::TextStyle::Body) + 8.0);
                            let color = theme::error_color(ui.visuals().dark_mode);
                            ui.label(
                                RichText::new(T::ActionOverdue.get(lang))
                                    .strong()
                                    .color(color),
                            );
                        });
                    }
                });
            });
        });
    }
    if let Some(index) = remove {
        actions.remove(index);
    }
    if ui.button(T::AddAction.get(lang)).clicked() {
        actions.push(Action::default());
    }
}
