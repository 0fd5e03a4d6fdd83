//! Field validation: the messages the UI shows next to a field.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use common::{TODAY, clock, new_assessment, ready_assessment, set_status, shipped_set, tk};
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Action, Status};
use terve_kunta::domain::clock::SequentialIds;
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{EvidenceDetails, EvidenceId};
use terve_kunta::domain::validation::{
    ActionField, EvidenceField, Field, FieldIssue, Issue, validate,
};
use terve_kunta::i18n;

#[test]
fn a_complete_assessment_has_no_issues() {
    let set = shipped_set();
    assert_eq!(validate(&ready_assessment(&set), TODAY), Vec::new());
}

#[test]
fn kuntanumero_must_be_three_digits() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    for code in ["49", "0490", "A49", ""] {
        assessment.municipality.code = code.to_owned();
        assert_eq!(
            validate(&assessment, TODAY),
            [FieldIssue {
                field: Field::MunicipalityCode,
                issue: Issue::KuntanumeroNotThreeDigits
            }],
            "{code:?}"
        );
    }
    assert_eq!(
        i18n::issue_message(Lang::Fi, &Issue::KuntanumeroNotThreeDigits),
        "Kuntanumerossa on kolme numeroa, esimerkiksi 049"
    );
}

#[test]
fn a_decision_needs_a_date_and_no_date_is_in_the_future() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let undated = assessment.add_evidence(common::board_decision(), None, &clock(), &ids);
    let tomorrow = Date::constant(2026, 11, 25);
    let future = assessment.add_evidence(
        EvidenceDetails::WebPage {
            title: "Hyvinvointi".to_owned(),
            url: "https://esimerkkila.example/hyvinvointi".to_owned(),
        },
        Some(tomorrow),
        &clock(),
        &ids,
    );
    let today = assessment.add_evidence(
        EvidenceDetails::Other {
            description: "Kuntalaiskysely".to_owned(),
        },
        Some(TODAY),
        &clock(),
        &ids,
    );
    let issues = validate(&assessment, TODAY);
    let evidence_issue = |id: &EvidenceId, field, issue| FieldIssue {
        field: Field::Evidence {
            id: id.clone(),
            field,
        },
        issue,
    };
    assert_eq!(
        issues,
        [
            evidence_issue(&undated, EvidenceField::Date, Issue::DecisionWithoutDate),
            evidence_issue(&future, EvidenceField::Date, Issue::DateInFuture),
        ]
    );
    assert!(
        !issues
            .iter()
            .any(|issue| matches!(&issue.field, Field::Evidence { id, .. } if *id == today))
    );
    assert_eq!(
        i18n::issue_message(Lang::Sv, &Issue::DateInFuture),
        "Datumet ligger i framtiden"
    );
}

#[test]
fn met_without_evidence_is_flagged_at_the_status() {
    let set = shipped_set();
    let mut assessment = new_assessment(&set, &SequentialIds::new("e"));
    set_status(&mut assessment, 4, Status::Met);
    assert_eq!(
        validate(&assessment, TODAY),
        [FieldIssue {
            field: Field::Status(tk(4)),
            issue: Issue::MetWithoutEvidence
        }]
    );
}

#[test]
fn empty_titles_and_bad_links() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let document = assessment.add_evidence(
        EvidenceDetails::Document {
            title: "  ".to_owned(),
            url: "esimerkkila.example/strategia.pdf".to_owned(),
            approved_by: None,
            approved_on: None,
            approval_section: String::new(),
        },
        None,
        &clock(),
        &ids,
    );
    let page = assessment.add_evidence(
        EvidenceDetails::WebPage {
            title: String::new(),
            url: String::new(),
        },
        None,
        &clock(),
        &ids,
    );
    assessment
        .answer_mut(&tk(3))
        .actions
        .push(Action::default());
    let issues = validate(&assessment, TODAY);
    let evidence_issue = |id: &EvidenceId, field, issue| FieldIssue {
        field: Field::Evidence {
            id: id.clone(),
            field,
        },
        issue,
    };
    assert_eq!(
        issues,
        [
            evidence_issue(&document, EvidenceField::Title, Issue::Empty),
            evidence_issue(&document, EvidenceField::Url, Issue::InvalidUrl),
            evidence_issue(&page, EvidenceField::Title, Issue::Empty),
            evidence_issue(&page, EvidenceField::Url, Issue::Empty),
            FieldIssue {
                field: Field::Action {
                    criterion: tk(3),
                    index: 0,
                    field: ActionField::What
                },
                issue: Issue::Empty
            },
        ]
    );
    assert_eq!(
        i18n::issue_message(Lang::En, &Issue::Empty),
        "Fill in this field"
    );
}

#[test]
fn a_dangling_link_is_reported() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    let id = assessment.evidence[0].id.clone();
    assessment.evidence.clear();
    let issues = validate(&assessment, TODAY);
    assert!(issues.contains(&FieldIssue {
        field: Field::EvidenceLink(tk(1)),
        issue: Issue::MissingEvidence(id.clone())
    }));
    assert!(issues.contains(&FieldIssue {
        field: Field::Status(tk(1)),
        issue: Issue::MetWithoutEvidence
    }));
    assert_eq!(
        i18n::issue_message(Lang::Fi, &Issue::MissingEvidence(id)),
        "Linkitettyä näyttöä e-2 ei ole enää"
    );
}

#[test]
fn budget_amount_and_year_are_checked() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let budget = assessment.add_evidence(
        EvidenceDetails::Budget {
            purpose: "Verkostotapaamisten matkat".to_owned(),
            amount_cents: Some(-100),
            year: Some(2050),
        },
        None,
        &clock(),
        &ids,
    );
    let fields: Vec<(EvidenceField, Issue)> = validate(&assessment, TODAY)
        .into_iter()
        .filter_map(|issue| match issue.field {
            Field::Evidence { id, field } if id == budget => Some((field, issue.issue)),
            _ => None,
        })
        .collect();
    assert_eq!(
        fields,
        [
            (EvidenceField::Amount, Issue::NegativeAmount),
            (EvidenceField::Year, Issue::ImplausibleYear)
        ]
    );
}
