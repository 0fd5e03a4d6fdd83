//! "Perustiedot": the municipality, the assessors, the Terve Kunta contact person, the
//! responsible elected official and the steering group, editable after creation. Every change
//! goes through `Document::edit()` (so the history records it); a finalised or otherwise
//! read-only assessment refuses them and says why.

use egui::{RichText, TextEdit, Ui};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::widgets;
use crate::domain::assessment::{Assessor, Member, Municipality, Person, PersonRole};
use crate::domain::evidence::EvidenceDetails;
use crate::domain::validation::{Field, FieldIssue};
use crate::i18n::{
    self, Lang,
    ui::{PersonPart, RowKind, RowPart, T},
};

/// The part of an assessment this screen edits, as a copy: written back only when it differs,
/// so that looking at the page changes nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Basics {
    municipality: Municipality,
    assessors: Vec<Assessor>,
    contact_person: Person,
    elected_official: Person,
    steering_group: Vec<Member>,
}

impl Basics {
    fn of(doc: &Document) -> Self {
        let assessment = doc.assessment();
        Self {
            municipality: assessment.municipality.clone(),
            assessors: assessment.assessors.clone(),
            contact_person: assessment.contact_person.clone(),
            elected_official: assessment.elected_official.clone(),
            steering_group: assessment.steering_group.clone(),
        }
    }

    fn person_mut(&mut self, role: PersonRole) -> &mut Person {
        match role {
            PersonRole::ContactPerson => &mut self.contact_person,
            PersonRole::ElectedOfficial => &mut self.elected_official,
        }
    }

    /// Writes the parts that differ from `original` into the document.
    fn write_back(self, original: &Self, doc: &mut Document) {
        if self.municipality != original.municipality {
            doc.edit().municipality = self.municipality;
        }
        if self.assessors != original.assessors {
            doc.edit().assessors = self.assessors;
        }
        if self.contact_person != original.contact_person {
            doc.edit().contact_person = self.contact_person;
        }
        if self.elected_official != original.elected_official {
            doc.edit().elected_official = self.elected_official;
        }
        if self.steering_group != original.steering_group {
            doc.edit().steering_group = self.steering_group;
        }
    }
}

/// Shows the basic details of `doc`.
pub fn basics_screen(ui: &mut Ui, cx: &mut Context<'_>, doc: &mut Document) {
    let lang = cx.lang;
    let original = Basics::of(doc);
    let mut basics = original.clone();
    let issues = doc.issues(cx.today);
    let appointments = appointments(doc, lang);
    egui::CentralPanel::default().show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt("basics")
            .auto_shrink(false)
            .show(ui, |ui| {
                ui.set_max_width(ui.available_width().min(900.0));
                ui.add_space(8.0);
                widgets::heading(ui, RichText::new(T::CmdBasics.get(lang)).size(22.0), 1);
                ui.add(egui::Label::new(RichText::new(T::BasicsIntro.get(lang)).weak()).wrap());
                ui.add_space(8.0);
                let ((), refused) = widgets::lockable(ui, doc.is_editable(), |ui| {
                    municipality_section(ui, lang, &mut basics.municipality, &issues);
                    rows_section(ui, lang, RowKind::Assessor, &mut basics, &issues);
                    for role in PersonRole::ALL {
                        person_section(
                            ui,
                            lang,
                            role,
                            basics.person_mut(role),
                            &appointments,
                            &issues,
                        );
                    }
                    rows_section(ui, lang, RowKind::Member, &mut basics, &issues);
                });
                if refused {
                    cx.commands.push(Command::EditRefused);
                }
                ui.add_space(16.0);
            });
    });
    if basics != original {
        basics.write_back(&original, doc);
    }
}

/// The messages for `field`, in `lang`.
fn messages(issues: &[FieldIssue], field: &Field, lang: Lang) -> Vec<String> {
    issues
        .iter()
        .filter(|issue| &issue.field == field)
        .map(|issue| i18n::issue_message(lang, &issue.issue))
        .collect()
}

fn municipality_section(
    ui: &mut Ui,
    lang: Lang,
    municipality: &mut Municipality,
    issues: &[FieldIssue],
) {
    widgets::heading(ui, T::MunicipalityHeading.get(lang), 2);
    own_field(
        ui,
        T::FieldMunicipalityName.get(lang),
        &mut municipality.name,
        &messages(issues, &Field::MunicipalityName, lang),
        "basics-municipality-name",
    );
    own_field(
        ui,
        T::FieldKuntanumero.get(lang),
        &mut municipality.code,
        &messages(issues, &Field::MunicipalityCode, lang),
        "basics-municipality-code",
    );
    ui.add_space(12.0);
}

/// The assessors or the steering group: a name and a role per row, a button to remove each
/// and one to add a row.
fn rows_section(
    ui: &mut Ui,
    lang: Lang,
    kind: RowKind,
    basics: &mut Basics,
    issues: &[FieldIssue],
) {
    let (heading, add) = match kind {
        RowKind::Assessor => (T::AssessorsHeading, T::AddAssessor),
        RowKind::Member => (T::SteeringGroupHeading, T::AddMember),
    };
    widgets::heading(ui, heading.get(lang), 2);
    if kind == RowKind::Member {
        ui.add(egui::Label::new(RichText::new(T::SteeringGroupHint.get(lang)).weak()).wrap());
    }
    let mut rows: Vec<(String, String)> = match kind {
        RowKind::Assessor => basics
            .assessors
            .iter()
            .map(|a| (a.name.clone(), a.role.clone()))
            .collect(),
        RowKind::Member => basics
            .steering_group
            .iter()
            .map(|m| (m.name.clone(), m.role.clone()))
            .collect(),
    };
    let mut remove = None;
    for (index, (name, role)) in rows.iter_mut().enumerate() {
        let number = index + 1;
        let name_field = match kind {
            RowKind::Assessor => Field::AssessorName(index),
            RowKind::Member => Field::MemberName(index),
        };
        ui.horizontal(|ui| {
            for (part, value, width) in [(RowPart::Name, name, 260.0), (RowPart::Role, role, 300.0)]
            {
                let label = i18n::ui::row_field(lang, kind, number, part);
                row_field(ui, &label, value, width, ("row", kind, index, part));
            }
            ui.vertical(|ui| {
                ui.label("");
                if ui
                    .button(i18n::ui::row_field(lang, kind, number, RowPart::Remove))
                    .clicked()
                {
                    remove = Some(index);
                }
            });
        });
        for message in messages(issues, &name_field, lang) {
            widgets::issue_text(ui, &message);
        }
    }
    if let Some(index) = remove {
        rows.remove(index);
    }
    if ui.button(add.get(lang)).clicked() {
        rows.push((String::new(), String::new()));
    }
    match kind {
        RowKind::Assessor => {
            basics.assessors = rows
                .into_iter()
                .map(|(name, role)| Assessor { name, role })
                .collect();
        }
        RowKind::Member => {
            basics.steering_group = rows
                .into_iter()
                .map(|(name, role)| Member { name, role })
                .collect();
        }
    }
    ui.add_space(12.0);
}

/// A labelled one-line field of a given width, for rows of fields side by side. Its id is
/// given: fields that come and go with rows must not take each other's focus.
fn row_field(ui: &mut Ui, label: &str, value: &mut String, width: f32, salt: impl egui::AsIdSalt) {
    ui.vertical(|ui| {
        ui.set_width(width);
        let label = ui.label(RichText::new(label).small());
        ui.add(
            TextEdit::singleline(value)
                .id_salt(salt)
                .desired_width(width),
        )
        .labelled_by(label.id);
    });
}

/// A labelled full-width field with its messages, under an id of its own (see [`row_field`]).
fn own_field(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    issues: &[String],
    salt: impl egui::AsIdSalt,
) {
    let label = ui.label(label);
    ui.add(
        TextEdit::singleline(value)
            .id_salt(salt)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    for issue in issues {
        widgets::issue_text(ui, issue);
    }
}

/// The contact person's or the elected official's name, title, e-mail and phone, with the
/// choice of filling name and title from an appointment recorded as evidence.
fn person_section(
    ui: &mut Ui,
    lang: Lang,
    role: PersonRole,
    person: &mut Person,
    appointments: &[(String, String, String)],
    issues: &[FieldIssue],
) {
    widgets::heading(ui, i18n::ui::person_heading(lang, role), 2);
    let email_issues = messages(issues, &Field::PersonEmail(role), lang);
    for (part, value, issues) in [
        (PersonPart::Name, &mut person.name, &[][..]),
        (PersonPart::Title, &mut person.title, &[][..]),
        (PersonPart::Email, &mut person.email, &email_issues[..]),
        (PersonPart::Phone, &mut person.phone, &[][..]),
    ] {
        let label = i18n::ui::person_field(lang, role, part);
        own_field(ui, label, value, issues, ("person", role, part));
    }
    ui.add_space(4.0);
    if appointments.is_empty() {
        ui.label(RichText::new(T::NoAppointments.get(lang)).weak().small());
    } else {
        ui.horizontal(|ui| {
            let label = ui.label(i18n::ui::fill_from_appointment(lang, role));
            egui::ComboBox::from_id_salt(("fill", i18n::ui::person_heading(Lang::En, role)))
                .selected_text(T::ChooseAppointment.get(lang))
                .width(420.0)
                .show_ui(ui, |ui| {
                    for (summary, name, title) in appointments {
                        if ui.selectable_label(false, summary).clicked() {
                            person.name.clone_from(name);
                            person.title.clone_from(title);
                        }
                    }
                })
                .response
                .labelled_by(label.id);
        });
    }
    ui.add_space(12.0);
}

/// Each appointment recorded as evidence: how lists show it, the person and the role.
fn appointments(doc: &Document, lang: Lang) -> Vec<(String, String, String)> {
    doc.assessment()
        .evidence
        .iter()
        .filter_map(|evidence| match &evidence.details {
            EvidenceDetails::Appointment { person, role, .. } if !person.trim().is_empty() => {
                Some((
                    i18n::evidence_summary(lang, evidence),
                    person.trim().to_owned(),
                    role.trim().to_owned(),
                ))
            }
            _ => None,
        })
        .collect()
}
