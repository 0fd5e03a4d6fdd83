//! The evidence editor: one evidence item's kind, fields, date, note, and the criteria it backs.

use egui::{Id, RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::{Document, DoneTried, EvidenceEditor};
use super::widgets;
use crate::domain::criteria::EvidenceKind;
use crate::domain::dates::format_date;
use crate::domain::evidence::{Body, Evidence, EvidenceDetails};
use crate::domain::quality::{Checks, check_item};
use crate::domain::validation::{EvidenceField, Field, FieldIssue, validate_evidence};
use crate::i18n::{self, Lang, ui::T};
use crate::storage::attachments::AttachmentState;

/// What the user chose to do with the item.
#[derive(Clone, Copy)]
enum Outcome {
    Keep,
    /// "Valmis": close, or first ask when the item is incomplete.
    Done,
    /// Close as it is (after "keep it incomplete", or a read-only item).
    Close,
    /// Back to editing from the question.
    Resume,
    Delete,
}

/// Shows the editor for `doc.editor`'s item, if one is open.
pub fn evidence_editor(ctx: &egui::Context, cx: &mut Context<'_>, doc: &mut Document) {
    let Some(editor) = doc.editor.clone() else {
        return;
    };
    let Some(original) = doc.assessment().evidence(&editor.id).cloned() else {
        doc.editor = None;
        return;
    };
    let lang = cx.lang;
    let editable = doc.is_editable();
    let mut evidence = original.clone();
    let mut outcome = Outcome::Keep;
    let (mut toggled, mut focus_first) = (Vec::new(), None);

    // Ctrl+Enter is "Valmis" (or "Sulje"), taken before any field sees the key.
    let finish =
        ctx.input_mut(|input| input.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
    // Anchored at its top: growing (another kind, a message) never moves what is above.
    // Of one height, whatever the kind: the buttons never move. (An area sizes its content
    // by the last frame's size; the first frame is given room for the whole height.)
    let height = (ctx.content_rect().height() - 200.0).clamp(200.0, 760.0);
    let area = egui::Modal::default_area(Id::unique("evidence_editor"))
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 32.0))
        .default_size(egui::vec2(600.0, height + 160.0));
    let at_once = !editor.is_new || editor.done != DoneTried::No;
    let response = egui::Modal::new(Id::unique("evidence_editor"))
        .area(area)
        .show(ctx, |ui| {
            ui.set_width(560.0);
            widgets::heading(ui, T::EditorTitle.get(lang), 1);
            let mut scroll = egui::ScrollArea::vertical()
                .id_salt(("evidence_editor", &editor.id))
                .min_scrolled_height(height)
                .max_height(height);
            if !editor.shown {
                // A new editor opens at its top, not where the previous one was scrolled to.
                scroll = scroll.vertical_scroll_offset(0.0);
            }
            (toggled, focus_first) = scroll
                .show(ui, |ui| {
                    body(ui, cx, doc, (&editor, at_once), &mut evidence)
                })
                .inner;
            ui.add_space(8.0);
            outcome = buttons(ui, cx, &editor, &evidence, editable);
            if finish {
                outcome = if editable {
                    Outcome::Done
                } else {
                    Outcome::Close
                };
            }
        });
    if let Some(first) = focus_first {
        ctx.memory_mut(|memory| memory.request_focus(first));
    }
    // Esc (or a click outside) is "Peruuta" for a new item and "close" for one recorded.
    if response.should_close() && matches!(outcome, Outcome::Keep) {
        outcome = if editable && editor.is_new {
            Outcome::Delete
        } else {
            Outcome::Close
        };
    }

    if editable
        && evidence != original
        && let Some(stored) = doc.edit().evidence_mut(&editor.id)
    {
        *stored = evidence;
    }
    for (criterion, linked) in toggled {
        if linked {
            doc.edit().link(&criterion, &editor.id);
        } else {
            doc.edit().unlink(&criterion, &editor.id);
        }
    }
    if let Some(open) = &mut doc.editor {
        open.shown = true;
    }
    apply(doc, &editor, outcome, cx.today, editable);
}

/// The editor's scrolled part: the fields, the attachments, the criteria it backs, when it
/// was recorded. Returns the criteria toggled and, the first time, the control to focus.
fn body(
    ui: &mut Ui,
    cx: &mut Context<'_>,
    doc: &Document,
    (editor, at_once): (&EvidenceEditor, bool),
    evidence: &mut Evidence,
) -> (
    Vec<(crate::domain::criteria::CriterionId, bool)>,
    Option<Id>,
) {
    let lang = cx.lang;
    let editable = doc.is_editable();
    // Clear of the scroll bar, which floats over the right edge.
    ui.set_max_width(ui.available_width() - 14.0);
    let issues = validate_evidence(evidence, cx.today);
    let form = Form {
        lang,
        issues: &issues,
        at_once,
    };
    let first = ui
        .add_enabled_ui(editable, |ui| fields(ui, &form, evidence))
        .inner;
    ui.add_space(8.0);
    attachments_section(ui, cx, doc, evidence);
    ui.add_space(8.0);
    let toggled = backs_section(ui, lang, doc, &evidence.id, editable);
    ui.add_space(4.0);
    let recorded = evidence
        .recorded
        .to_zoned_datetime(cx.clock.time_zone())
        .date();
    let recorded = format!("{} {}", T::Recorded.get(lang), format_date(recorded));
    ui.label(RichText::new(recorded).small().weak());
    (toggled, first.filter(|_| !editor.shown))
}

/// The criteria the item backs: checkboxes to link and unlink it, or, read-only, their names.
/// Returns the checkboxes changed (criterion, linked).
fn backs_section(
    ui: &mut Ui,
    lang: Lang,
    doc: &Document,
    id: &crate::domain::evidence::EvidenceId,
    editable: bool,
) -> Vec<(crate::domain::criteria::CriterionId, bool)> {
    ui.strong(T::BacksCriteria.get(lang));
    let mut toggled = Vec::new();
    for criterion in &doc.set.criteria {
        let mut linked = doc
            .assessment()
            .answer(&criterion.id)
            .is_some_and(|answer| answer.evidence.contains(id));
        let title = criterion
            .short_title
            .get_or(lang, doc.set.official_language)
            .0;
        let text = format!("{}. {title}", criterion.number);
        if !editable {
            if linked {
                ui.label(text);
            }
        } else if ui.checkbox(&mut linked, text).changed() {
            toggled.push((criterion.id.clone(), linked));
        }
    }
    toggled
}

/// Does what the user chose: close (asking first about an incomplete item), go back to
/// editing, or remove the item.
fn apply(
    doc: &mut Document,
    editor: &EvidenceEditor,
    outcome: Outcome,
    today: crate::domain::dates::Date,
    editable: bool,
) {
    match outcome {
        Outcome::Done => {
            let complete = doc
                .evidence(&editor.id)
                .is_none_or(|stored| check_item(stored, &Checks::on(today)).is_empty());
            if complete {
                doc.editor = None;
            } else if let Some(open) = &mut doc.editor {
                open.done = DoneTried::Asking;
            }
        }
        Outcome::Resume => {
            if let Some(open) = &mut doc.editor {
                open.done = DoneTried::Resumed;
            }
        }
        Outcome::Close => doc.editor = None,
        Outcome::Delete if editable => {
            doc.edit().remove_evidence(&editor.id);
            doc.editor = None;
        }
        Outcome::Keep | Outcome::Delete => {}
    }
}

/// The question about an incomplete item, when asked, and the editor's buttons.
fn buttons(
    ui: &mut Ui,
    cx: &Context<'_>,
    editor: &EvidenceEditor,
    evidence: &Evidence,
    editable: bool,
) -> Outcome {
    let lang = cx.lang;
    let mut outcome = Outcome::Keep;
    if editor.done == DoneTried::Asking {
        // "Valmis" on an incomplete item: say what is missing and ask.
        let problems = check_item(evidence, &Checks::on(cx.today));
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(T::IncompleteQuestion.get(lang)).strong());
            for problem in &problems {
                widgets::issue_text(
                    ui,
                    &i18n::item_problem_message(lang, evidence.kind(), problem),
                );
            }
            ui.label(T::IncompleteExplain.get(lang));
            ui.horizontal(|ui| {
                if ui.button(T::KeepIncomplete.get(lang)).clicked() {
                    outcome = Outcome::Close;
                }
                if ui.button(T::ContinueEditing.get(lang)).clicked() {
                    outcome = Outcome::Resume;
                }
            });
        });
        ui.add_space(8.0);
    }
    ui.horizontal(|ui| {
        let done = if editable {
            T::DoneEditing
        } else {
            T::CloseView
        };
        if ui.button(done.get(lang)).clicked() {
            outcome = if editable {
                Outcome::Done
            } else {
                Outcome::Close
            };
        }
        if editable && editor.is_new && ui.button(T::Cancel.get(lang)).clicked() {
            outcome = Outcome::Delete;
        }
        if editable
            && !editor.is_new
            && ui
                .button(T::DeleteEvidence.get(lang))
                .on_hover_text(T::DeleteEvidenceTip.get(lang))
                .clicked()
        {
            outcome = Outcome::Delete;
        }
    });
    outcome
}

/// What the fields need to show their messages.
struct Form<'a> {
    lang: Lang,
    issues: &'a [FieldIssue],
    /// Show messages at once, not only for fields the user has left.
    at_once: bool,
}

impl Form<'_> {
    /// The messages about `wanted`.
    fn messages(&self, wanted: EvidenceField) -> Vec<String> {
        self.issues
            .iter()
            .filter(|issue| matches!(issue.field, Field::Evidence { field, .. } if field == wanted))
            .map(|issue| i18n::issue_message(self.lang, &issue.issue))
            .collect()
    }

    /// A field that names or links the item, checked.
    fn field(&self, ui: &mut Ui, label: T, value: &mut String, field: EvidenceField) {
        let messages = self.messages(field);
        let messages = widgets::Messages::new(&messages, self.at_once);
        widgets::checked_field(ui, label.get(self.lang), value, messages);
    }

    /// A date field, checked.
    fn date(&self, ui: &mut Ui, label: T, value: &mut Option<crate::domain::dates::Date>) {
        let messages = self.messages(EvidenceField::Date);
        let messages = widgets::Messages::new(&messages, self.at_once);
        widgets::date_field(ui, self.lang, label.get(self.lang), value, messages);
    }
}

/// The label of `field` for an item of `kind`, as the editor shows it: "Asia" for a decision's
/// title, "Henkilö" for an appointment's.
pub fn field_label(kind: EvidenceKind, field: EvidenceField) -> T {
    match (field, kind) {
        (EvidenceField::Title, EvidenceKind::Decision) => T::Subject,
        (EvidenceField::Title, EvidenceKind::Appointment) => T::Person,
        (EvidenceField::Title, EvidenceKind::Document) => T::DocumentTitle,
        (EvidenceField::Title, EvidenceKind::WebPage) => T::PageTitle,
        (EvidenceField::Title, EvidenceKind::Budget) => T::Purpose,
        (EvidenceField::Title, EvidenceKind::Other) => T::Description,
        (EvidenceField::Date, EvidenceKind::Decision) => T::MeetingDate,
        (EvidenceField::Date, EvidenceKind::Appointment) => T::AppointmentDate,
        (EvidenceField::Date, EvidenceKind::WebPage) => T::CheckedDate,
        (EvidenceField::Date, _) => T::DocumentDate,
        (EvidenceField::Url, EvidenceKind::Decision) => T::MinutesUrl,
        (EvidenceField::Url, EvidenceKind::WebPage) => T::Url,
        (EvidenceField::Url, _) => T::Link,
        (EvidenceField::Amount, _) => T::Amount,
        (EvidenceField::Year, _) => T::Year,
    }
}

/// The kind choice and the fields of the chosen kind. Returns the first control, which has
/// the focus when the editor opens.
fn fields(ui: &mut Ui, form: &Form<'_>, evidence: &mut Evidence) -> Option<Id> {
    let lang = form.lang;
    ui.label(T::Kind.get(lang));
    let mut kind = evidence.kind();
    let kinds = EvidenceKind::ALL.map(|choice| (choice, i18n::evidence_kind_label(lang, choice)));
    let first = widgets::choice_group(ui, T::Kind.get(lang), &mut kind, &kinds);
    if kind != evidence.kind() {
        evidence.details = EvidenceDetails::empty(kind);
    }
    ui.add_space(6.0);

    match &mut evidence.details {
        EvidenceDetails::Decision { .. } => decision_fields(ui, form, evidence),
        EvidenceDetails::Appointment {
            person,
            role,
            appointed_by,
            appointing_body,
        } => {
            form.field(ui, T::Person, person, EvidenceField::Title);
            widgets::text_field(ui, T::Role.get(lang), role, &[]);
            widgets::text_field(ui, T::AppointedBy.get(lang), appointed_by, &[]);
            body_choice(ui, lang, T::AppointingBody, appointing_body);
        }
        EvidenceDetails::Document { .. } => document_fields(ui, form, &mut evidence.details),
        EvidenceDetails::WebPage {
            title: name,
            url: address,
        } => {
            form.field(ui, T::PageTitle, name, EvidenceField::Title);
            form.field(ui, T::Url, address, EvidenceField::Url);
        }
        EvidenceDetails::Budget {
            purpose,
            amount_cents,
            year,
        } => {
            form.field(ui, T::Purpose, purpose, EvidenceField::Title);
            let amount = form.messages(EvidenceField::Amount);
            let years = form.messages(EvidenceField::Year);
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    let messages = widgets::Messages::new(&amount, form.at_once);
                    widgets::euros_field(ui, lang, T::Amount.get(lang), amount_cents, messages)
                });
                ui.vertical(|ui| {
                    let messages = widgets::Messages::new(&years, form.at_once);
                    widgets::year_field(ui, lang, T::Year.get(lang), year, messages)
                });
            });
        }
        EvidenceDetails::Other { description } => {
            form.field(ui, T::Description, description, EvidenceField::Title);
        }
    }
    if kind != EvidenceKind::Decision {
        form.date(
            ui,
            field_label(kind, EvidenceField::Date),
            &mut evidence.date,
        );
    }
    widgets::text_area(ui, T::Note.get(lang), &mut evidence.note, 2);
    first
}

/// A document's name, link and, when it records one, its approval (body, date, §).
fn document_fields(ui: &mut Ui, form: &Form<'_>, details: &mut EvidenceDetails) {
    let lang = form.lang;
    let EvidenceDetails::Document {
        title: name,
        url: link,
        approved_by,
        approved_on,
        approval_section,
    } = details
    else {
        return;
    };
    form.field(ui, T::DocumentTitle, name, EvidenceField::Title);
    form.field(ui, T::Link, link, EvidenceField::Url);
    body_choice(ui, lang, T::ApprovedBy, approved_by);
    if approved_by.is_some() {
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                let label = T::ApprovedOn.get(lang);
                widgets::date_field(ui, lang, label, approved_on, widgets::Messages::NONE);
            });
            ui.vertical(|ui| {
                ui.set_width(160.0);
                widgets::text_field(ui, T::ApprovalSection.get(lang), approval_section, &[]);
            });
        });
    }
}

/// A choice of body, or none ("Ei kirjattu"), labelled `label` as one group.
fn body_choice(ui: &mut Ui, lang: Lang, label: T, body: &mut Option<Body>) {
    ui.label(label.get(lang));
    let choices: Vec<_> = std::iter::once((None, T::NoBody.get(lang)))
        .chain(
            Body::ALL
                .into_iter()
                .map(|choice| (Some(choice), i18n::body_label(lang, choice))),
        )
        .collect();
    widgets::choice_group(ui, label.get(lang), body, &choices);
}

/// A decision's fields: body, its name, subject, meeting date, §, diary number, minutes.
fn decision_fields(ui: &mut Ui, form: &Form<'_>, evidence: &mut Evidence) {
    let lang = form.lang;
    let EvidenceDetails::Decision {
        body,
        body_name,
        subject,
        section,
        diary_number,
        minutes_url,
    } = &mut evidence.details
    else {
        return;
    };
    ui.label(T::Body.get(lang));
    let choices = Body::ALL.map(|choice| (choice, i18n::body_label(lang, choice)));
    widgets::choice_group(ui, T::Body.get(lang), body, &choices);
    widgets::text_field(ui, T::BodyName.get(lang), body_name, &[]);
    form.field(ui, T::Subject, subject, EvidenceField::Title);
    ui.horizontal(|ui| {
        ui.vertical(|ui| form.date(ui, T::MeetingDate, &mut evidence.date));
        ui.vertical(|ui| {
            ui.set_width(120.0);
            widgets::text_field(ui, T::Section.get(lang), section, &[])
        });
        ui.vertical(|ui| widgets::text_field(ui, T::DiaryNumber.get(lang), diary_number, &[]));
    });
    form.field(ui, T::MinutesUrl, minutes_url, EvidenceField::Url);
}

/// The item's attached files: name, size, whether the file is intact, open and remove; and
/// attaching another.
fn attachments_section(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document, evidence: &mut Evidence) {
    let lang = cx.lang;
    let editable = doc.is_editable();
    ui.strong(T::AttachmentsHeading.get(lang));
    let mut remove = None;
    for (index, attachment) in evidence.attachments.iter().enumerate() {
        let state = doc.attachment_state(&(attachment.path.clone(), attachment.sha256.clone()));
        ui.horizontal(|ui| {
            #[expect(clippy::cast_precision_loss, reason = "a size shown in kilobytes")]
            let kilobytes = attachment.size as f64 / 1024.0;
            ui.label(format!("{} ({kilobytes:.0} kt)", attachment.original_name));
            let problem = match state {
                Some(AttachmentState::Missing) => Some(T::AttachmentMissing),
                Some(AttachmentState::Modified) => Some(T::AttachmentModified),
                Some(AttachmentState::Unsafe(_)) => Some(T::AttachmentUnsafe),
                Some(AttachmentState::Intact) | None => None,
            };
            if let Some(problem) = problem {
                widgets::issue_text(ui, problem.get(lang));
            } else if ui.button(T::OpenAttachment.get(lang)).clicked() {
                cx.commands
                    .push(Command::OpenAttachment(evidence.id.clone(), index));
            }
            if editable && ui.button(T::RemoveAttachment.get(lang)).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        evidence.attachments.remove(index);
    }
    if !editable {
        return;
    }
    if doc.path.is_some() && !doc.is_example {
        let command = Command::AttachFile;
        if ui
            .button(command.label(lang))
            .on_hover_text(command.tooltip(lang))
            .clicked()
        {
            cx.commands.push(command);
        }
    } else {
        ui.label(RichText::new(T::AttachNeedsFolder.get(lang)).small().weak());
    }
}
