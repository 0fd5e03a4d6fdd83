//! The "Uusi arviointi…" form: municipality, kuntanumero, criteria set, assessor.

use egui::Ui;

use super::question::{Question, Reply};
use super::widgets;
use crate::domain::validation::{Issue, check_kuntanumero, check_required};
use crate::i18n::{self, Lang, ui::T};
use crate::storage::CriteriaCatalog;

/// What the user has typed into the form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewAssessmentForm {
    /// The municipality's name.
    pub name: String,
    /// The kuntanumero.
    pub code: String,
    /// The chosen set's index in the catalog.
    pub set_index: usize,
    /// The assessor's name.
    pub assessor: String,
    /// The assessor's role.
    pub role: String,
    /// Whether the user has tried to create it (then every message shows).
    pub tried: bool,
    /// Whether the name field has been given the keyboard focus (once, when the form opens).
    pub focused: bool,
}

/// What the user did with the form this frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormOutcome {
    /// Still filling it in.
    Open,
    /// Create the assessment (the form is valid).
    Create,
    /// Closed without creating.
    Cancel,
}

impl NewAssessmentForm {
    fn name_issue(&self) -> Option<Issue> {
        check_required(&self.name)
    }

    fn code_issue(&self) -> Option<Issue> {
        check_kuntanumero(self.code.trim())
    }

    /// Whether the form can create an assessment.
    pub fn is_valid(&self, catalog: &CriteriaCatalog) -> bool {
        self.name_issue().is_none()
            && self.code_issue().is_none()
            && self.set_index < catalog.entries.len()
    }
}

/// Shows the form in a modal window.
pub fn new_assessment_modal(
    ctx: &egui::Context,
    lang: Lang,
    form: &mut NewAssessmentForm,
    catalog: &CriteriaCatalog,
) -> FormOutcome {
    let question = Question {
        id: "new_assessment",
        width: 460.0,
        title: T::NewTitle.get(lang),
        body: "",
        buttons: &[T::Create.get(lang), T::Cancel.get(lang)],
    };
    let reply = question.ask(ctx, |ui| {
        ui.add_space(8.0);
        let messages = |issue: Option<Issue>, show: bool| -> Vec<String> {
            issue
                .filter(|_| show)
                .map(|issue| i18n::issue_message(lang, &issue))
                .into_iter()
                .collect()
        };
        let name_messages = messages(form.name_issue(), form.tried);
        let name = widgets::text_field(
            ui,
            T::FieldMunicipalityName.get(lang),
            &mut form.name,
            &name_messages,
        );
        if !form.focused {
            name.request_focus();
            form.focused = true;
        }
        let code_messages = messages(form.code_issue(), form.tried || form.code.trim().len() >= 3);
        widgets::text_field(
            ui,
            T::FieldKuntanumero.get(lang),
            &mut form.code,
            &code_messages,
        );
        ui.add_space(6.0);
        set_choice(ui, lang, form, catalog);
        ui.add_space(6.0);
        widgets::text_field(ui, T::FieldAssessor.get(lang), &mut form.assessor, &[]);
        widgets::text_field(ui, T::FieldAssessorRole.get(lang), &mut form.role, &[]);
        ui.add_space(4.0);
    });
    match reply {
        None => FormOutcome::Open,
        Some(Reply::Button(0)) => {
            form.tried = true;
            if form.is_valid(catalog) {
                FormOutcome::Create
            } else {
                FormOutcome::Open
            }
        }
        Some(_) => FormOutcome::Cancel,
    }
}

fn set_choice(ui: &mut Ui, lang: Lang, form: &mut NewAssessmentForm, catalog: &CriteriaCatalog) {
    ui.label(T::FieldCriteriaSet.get(lang));
    if catalog.entries.is_empty() {
        widgets::issue_text(ui, T::NoCriteriaSets.get(lang));
    }
    // Superseded shipped versions stay for old assessments, not for new ones.
    let texts: Vec<(usize, String)> = catalog
        .current()
        .map(|(index, entry)| {
            let set = &entry.set;
            let title = set.title.get_or(lang, set.official_language).0;
            (index, format!("{title} ({}, {})", set.period, set.version))
        })
        .collect();
    let choices: Vec<(usize, &str)> = texts
        .iter()
        .map(|(index, text)| (*index, text.as_str()))
        .collect();
    ui.vertical(|ui| {
        widgets::choice_group(
            ui,
            T::FieldCriteriaSet.get(lang),
            &mut form.set_index,
            &choices,
        );
    });
}
