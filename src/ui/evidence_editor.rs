//! The evidence editor: one evidence item's kind, fields, date, note, and the criteria it backs.

use egui::{Id, RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::{Document, EvidenceEditor};
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
    let mut toggled = Vec::new();

    let response = egui::Modal::new(Id::unique("evidence_editor")).show(ctx, |ui| {
        ui.set_width(560.0);
        widgets::heading(ui, T::EditorTitle.get(lang), 1);
        let max_height = ctx.content_rect().height() - 160.0;
        egui::ScrollArea::vertical()
            .max_height(max_height.max(200.0))
            .show(ui, |ui| {
                let issues = validate_evidence(&evidence, cx.today);
                ui.add_enabled_ui(editable, |ui| fields(ui, lang, &mut evidence, &issues));
                ui.add_space(8.0);
                attachments_section(ui, cx, doc, &mut evidence);
                ui.add_space(8.0);
                ui.strong(T::BacksCriteria.get(lang));
                for criterion in doc.set.criteria.iter().filter(|_| editable) {
                    let mut linked = doc
                        .assessment()
                        .answer(&criterion.id)
                        .is_some_and(|answer| answer.evidence.contains(&evidence.id));
                    let title = criterion
                        .short_title
                        .get_or(lang, doc.set.official_language)
                        .0;
                    if ui
                        .checkbox(&mut linked, format!("{}. {title}", criterion.number))
                        .changed()
                    {
                        toggled.push((criterion.id.clone(), linked));
                    }
                }
                ui.add_space(4.0);
                let recorded = evidence
                    .recorded
                    .to_zoned_datetime(cx.clock.time_zone())
                    .date();
                ui.label(
                    RichText::new(format!(
                        "{} {}",
                        T::Recorded.get(lang),
                        format_date(recorded)
                    ))
                    .small()
                    .weak(),
                );
            });
        ui.add_space(8.0);
        outcome = buttons(ui, cx, &editor, &evidence, editable);
    });
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
    apply(doc, &editor, outcome, cx.today, editable);
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
                open.confirm_incomplete = true;
            }
        }
        Outcome::Resume => {
            if let Some(open) = &mut doc.editor {
                open.confirm_incomplete = false;
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
    if editor.confirm_incomplete {
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

fn messages(issues: &[FieldIssue], wanted: EvidenceField, lang: Lang) -> Vec<String> {
    issues
        .iter()
        .filter(|issue| matches!(issue.field, Field::Evidence { field, .. } if field == wanted))
        .map(|issue| i18n::issue_message(lang, &issue.issue))
        .collect()
}

/// The kind choice and the fields of the chosen kind.
fn fields(ui: &mut Ui, lang: Lang, evidence: &mut Evidence, issues: &[FieldIssue]) {
    let title = messages(issues, EvidenceField::Title, lang);
    let date = messages(issues, EvidenceField::Date, lang);
    let url = messages(issues, EvidenceField::Url, lang);

    ui.label(T::Kind.get(lang));
    let mut kind = evidence.kind();
    widgets::choice_group(ui, T::Kind.get(lang), |ui| {
        for choice in EvidenceKind::ALL {
            ui.radio_value(&mut kind, choice, i18n::evidence_kind_label(lang, choice));
        }
    });
    if kind != evidence.kind() {
        evidence.details = EvidenceDetails::empty(kind);
    }
    ui.add_space(6.0);

    let date_label = match &mut evidence.details {
        EvidenceDetails::Decision { .. } => {
            decision_fields(ui, lang, evidence, &title, &date, &url);
            None
        }
        EvidenceDetails::Appointment {
            person,
            role,
            appointed_by,
            appointing_body,
        } => {
            widgets::text_field(ui, T::Person.get(lang), person, &title);
            widgets::text_field(ui, T::Role.get(lang), role, &[]);
            widgets::text_field(ui, T::AppointedBy.get(lang), appointed_by, &[]);
            body_choice(ui, lang, T::AppointingBody, appointing_body);
            Some(T::AppointmentDate)
        }
        EvidenceDetails::Document { .. } => {
            document_fields(ui, lang, &mut evidence.details, &title, &url);
            Some(T::DocumentDate)
        }
        EvidenceDetails::WebPage {
            title: name,
            url: address,
        } => {
            widgets::text_field(ui, T::PageTitle.get(lang), name, &title);
            widgets::text_field(ui, T::Url.get(lang), address, &url);
            Some(T::CheckedDate)
        }
        EvidenceDetails::Budget {
            purpose,
            amount_cents,
            year,
        } => {
            widgets::text_field(ui, T::Purpose.get(lang), purpose, &title);
            let amount = messages(issues, EvidenceField::Amount, lang);
            let year_messages = messages(issues, EvidenceField::Year, lang);
            ui.horizontal(|ui| {
                ui.vertical(|ui| {
                    widgets::euros_field(ui, lang, T::Amount.get(lang), amount_cents, &amount)
                });
                ui.vertical(|ui| {
                    widgets::year_field(ui, lang, T::Year.get(lang), year, &year_messages)
                });
            });
            Some(T::DocumentDate)
        }
        EvidenceDetails::Other { description } => {
            widgets::text_field(ui, T::Description.get(lang), description, &title);
            Some(T::DocumentDate)
        }
    };
    if let Some(label) = date_label {
        widgets::date_field(ui, lang, label.get(lang), &mut evidence.date, &date);
    }
    widgets::text_area(ui, T::Note.get(lang), &mut evidence.note, 2);
}

/// A document's name, link and, when it records one, its approval (body, date, §).
fn document_fields(
    ui: &mut Ui,
    lang: Lang,
    details: &mut EvidenceDetails,
    title: &[String],
    url: &[String],
) {
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
    widgets::text_field(ui, T::DocumentTitle.get(lang), name, title);
    widgets::text_field(ui, T::Link.get(lang), link, url);
    body_choice(ui, lang, T::ApprovedBy, approved_by);
    if approved_by.is_some() {
        ui.horizontal(|ui| {
            ui.vertical(|ui| {
                widgets::date_field(ui, lang, T::ApprovedOn.get(lang), approved_on, &[]);
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
    widgets::choice_group(ui, label.get(lang), |ui| {
        ui.radio_value(body, None, T::NoBody.get(lang));
        for choice in Body::ALL {
            ui.radio_value(body, Some(choice), i18n::body_label(lang, choice));
        }
    });
}

/// A decision's fields: body, its name, subject, meeting date, §, diary number, minutes.
fn decision_fields(
    ui: &mut Ui,
    lang: Lang,
    evidence: &mut Evidence,
    title: &[String],
    date: &[String],
    url: &[String],
) {
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
    widgets::choice_group(ui, T::Body.get(lang), |ui| {
        for choice in Body::ALL {
            ui.radio_value(body, choice, i18n::body_label(lang, choice));
        }
    });
    widgets::text_field(ui, T::BodyName.get(lang), body_name, &[]);
    widgets::text_field(ui, T::Subject.get(lang), subject, title);
    ui.horizontal(|ui| {
        ui.vertical(|ui| {
            widgets::date_field(ui, lang, T::MeetingDate.get(lang), &mut evidence.date, date)
        });
        ui.vertical(|ui| {
            ui.set_width(120.0);
            widgets::text_field(ui, T::Section.get(lang), section, &[])
        });
        ui.vertical(|ui| widgets::text_field(ui, T::DiaryNumber.get(lang), diary_number, &[]));
    });
    widgets::text_field(ui, T::MinutesUrl.get(lang), minutes_url, url);
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
