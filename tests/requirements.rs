//! Evidence requirements and evidence quality: only a complete, valid item of the kind a
//! criterion requires makes "met" count. Table tests for every requirement kind and every
//! incomplete or invalid field, and a property test that no such item ever makes an
//! assessment ready.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]
#![allow(
    clippy::too_many_lines,
    reason = "table tests list every case in one place"
)]

mod common;

use common::{
    TODAY, board_decision, clock, evaluate, new_assessment, ready_assessment, shipped_set, tk,
};
use proptest::prelude::*;
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Assessment, Status};
use terve_kunta::domain::clock::SequentialIds;
use terve_kunta::domain::criteria::Freshness;
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Attachment, Body, EvidenceDetails, EvidenceId};
use terve_kunta::domain::quality::{AttachmentHealth, Checks, ItemProblem, Part};
use terve_kunta::domain::readiness::{Gap, Readiness};
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::i18n;

/// An assessment with one item, linked to criterion `number` and marked met there.
fn only(details: EvidenceDetails, date: Option<Date>, number: u32) -> (Assessment, EvidenceId) {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let id = assessment.add_evidence(details, date, &clock(), &ids);
    assert!(assessment.link(&tk(number), &id));
    assessment.answer_mut(&tk(number)).status = Status::Met;
    (assessment, id)
}

/// The problems of the only item of criterion `number`.
fn problems(readiness: &Readiness<'_>, number: u32) -> Vec<ItemProblem> {
    let item = &readiness.criteria[number as usize - 1];
    assert_eq!(item.items.len(), 1);
    item.items[0].problems().to_vec()
}

fn decision(body: Body, subject: &str, section: &str) -> EvidenceDetails {
    EvidenceDetails::Decision {
        body,
        body_name: String::new(),
        subject: subject.to_owned(),
        section: section.to_owned(),
        diary_number: String::new(),
        minutes_url: String::new(),
    }
}

fn document(
    approved_by: Option<Body>,
    approved_on: Option<Date>,
    section: &str,
) -> EvidenceDetails {
    EvidenceDetails::Document {
        title: "Laaja hyvinvointikertomus 2021–2024".to_owned(),
        url: String::new(),
        approved_by,
        approved_on,
        approval_section: section.to_owned(),
    }
}

fn appointment(role: &str, appointing_body: Option<Body>) -> EvidenceDetails {
    EvidenceDetails::Appointment {
        person: "Kaisa Kuvitelma".to_owned(),
        role: role.to_owned(),
        appointed_by: "Kunnanjohtaja".to_owned(),
        appointing_body,
    }
}

/// A table row: what the case is, the item, its date, the criterion, the problems expected.
type Case = (
    &'static str,
    EvidenceDetails,
    Option<Date>,
    u32,
    Vec<ItemProblem>,
);
/// A table row whose item has a date.
type DatedCase = (&'static str, EvidenceDetails, Date, u32, Vec<ItemProblem>);

const D2020: Date = Date::constant(2020, 11, 9);
const D2025: Date = Date::constant(2025, 10, 20);

#[test]
fn a_blank_council_decision_linked_to_every_criterion_is_not_ready() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let id = assessment.add_evidence(
        EvidenceDetails::empty(terve_kunta::domain::EvidenceKind::Decision),
        None,
        &clock(),
        &ids,
    );
    for number in 1..=10 {
        assessment.link(&tk(number), &id);
        assessment.answer_mut(&tk(number)).status = Status::Met;
    }
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.is_ready());
    assert!(
        readiness
            .criteria
            .iter()
            .all(|c| c.gap == Some(Gap::EvidenceInsufficient)),
        "every criterion: marked met, evidence insufficient"
    );
    let message = i18n::gap_message(Lang::Fi, &readiness.criteria[1]);
    assert_eq!(
        message,
        "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä. \
         Päätökseltä puuttuu asia, kokouspäivä ja pykälä (§)."
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::Fi, &readiness),
        "Ei vielä valmis: 10 kriteeriä puuttuu."
    );
}

#[test]
fn a_committee_decision_does_not_prove_the_decision_to_join() {
    let (assessment, _) = only(
        decision(Body::Committee, "Liittyminen", "12"),
        Some(D2020),
        2,
    );
    let set = shipped_set();
    let readiness = evaluate(&assessment, &set);
    assert_eq!(readiness.criteria[1].gap, Some(Gap::EvidenceInsufficient));
    assert_eq!(
        problems(&readiness, 2),
        [ItemProblem::BodyNotAccepted {
            body: Body::Committee,
            accepted: vec![Body::Council, Body::Board].into()
        }]
    );
    assert!(
        i18n::gap_message(Lang::Fi, &readiness.criteria[1]).ends_with(
            "Lautakunnan päätös ei riitä: tarvitaan valtuuston tai kunnan-/kaupunginhallituksen päätös."
        )
    );
    // The same decision by the board counts.
    let (assessment, _) = only(decision(Body::Board, "Liittyminen", "12"), Some(D2020), 2);
    let readiness = evaluate(&assessment, &set);
    assert_eq!(readiness.criteria[1].gap, None);
}

/// Each incomplete or invalid field of each kind: what the item lacks, by criterion 8, which
/// accepts decisions, documents and web pages, or the criterion named.
#[test]
fn every_incomplete_or_invalid_field_is_named() {
    let future = Date::constant(2027, 1, 1);
    let cases: Vec<Case> = vec![
        (
            "decision without date",
            decision(Body::Council, "Asia", "5"),
            None,
            8,
            vec![ItemProblem::Missing(vec![Part::Date])],
        ),
        (
            "decision without §",
            decision(Body::Council, "Asia", " "),
            Some(D2025),
            8,
            vec![ItemProblem::Missing(vec![Part::Section])],
        ),
        (
            "decision without subject",
            decision(Body::Council, "", "5"),
            Some(D2025),
            8,
            vec![ItemProblem::Missing(vec![Part::Subject])],
        ),
        (
            "decision of an unnamed other body",
            decision(Body::Other, "Asia", "5"),
            Some(D2025),
            8,
            vec![ItemProblem::Missing(vec![Part::BodyName])],
        ),
        (
            "decision dated in the future",
            decision(Body::Council, "Asia", "5"),
            Some(future),
            8,
            vec![ItemProblem::DateInFuture],
        ),
        (
            "decision with a broken minutes link",
            EvidenceDetails::Decision {
                body: Body::Council,
                body_name: String::new(),
                subject: "Asia".into(),
                section: "5".into(),
                diary_number: String::new(),
                minutes_url: "javascript:alert(1)".into(),
            },
            Some(D2025),
            8,
            vec![ItemProblem::InvalidUrl],
        ),
        (
            "document without title or date",
            EvidenceDetails::Document {
                title: " ".into(),
                url: String::new(),
                approved_by: None,
                approved_on: None,
                approval_section: String::new(),
            },
            None,
            8,
            vec![ItemProblem::Missing(vec![Part::Title, Part::Date])],
        ),
        (
            "document with half an approval",
            document(Some(Body::Council), None, ""),
            Some(D2025),
            8,
            vec![ItemProblem::Missing(vec![
                Part::ApprovalDate,
                Part::ApprovalSection,
            ])],
        ),
        (
            "document approved in the future",
            document(Some(Body::Council), Some(future), "3"),
            Some(D2025),
            8,
            vec![ItemProblem::DateInFuture],
        ),
        (
            "web page without address or day checked",
            EvidenceDetails::WebPage {
                title: "Hyvinvointi".into(),
                url: String::new(),
            },
            None,
            8,
            vec![ItemProblem::Missing(vec![Part::Url, Part::Date])],
        ),
        (
            "web page with a bad address",
            EvidenceDetails::WebPage {
                title: "Hyvinvointi".into(),
                url: "esimerkkila.example/hyvinvointi".into(),
            },
            Some(TODAY),
            8,
            vec![ItemProblem::InvalidUrl],
        ),
        (
            "appointment without person, role, appointer or date",
            EvidenceDetails::Appointment {
                person: String::new(),
                role: String::new(),
                appointed_by: String::new(),
                appointing_body: None,
            },
            None,
            4,
            vec![
                ItemProblem::Missing(vec![Part::Person, Part::Role, Part::Appointer, Part::Date]),
                ItemProblem::RoleNotAccepted {
                    roles: vec![
                        "koordinaattori".into(),
                        "koordinator".into(),
                        "coordinator".into(),
                    ],
                },
            ],
        ),
        (
            "budget without amount or year",
            EvidenceDetails::Budget {
                purpose: "Verkostotapaamiset".into(),
                amount_cents: None,
                year: None,
            },
            None,
            6,
            vec![ItemProblem::Missing(vec![Part::Amount, Part::Year])],
        ),
        (
            "budget of zero euros",
            EvidenceDetails::Budget {
                purpose: "Verkostotapaamiset".into(),
                amount_cents: Some(0),
                year: Some(2026),
            },
            None,
            6,
            vec![ItemProblem::Missing(vec![Part::Amount])],
        ),
        (
            "other without description",
            EvidenceDetails::Other {
                description: String::new(),
            },
            None,
            8,
            vec![
                ItemProblem::Missing(vec![Part::Description]),
                ItemProblem::KindNotAccepted {
                    kind: terve_kunta::domain::EvidenceKind::Other,
                    accepted: vec![
                        terve_kunta::domain::EvidenceKind::Document,
                        terve_kunta::domain::EvidenceKind::Decision,
                        terve_kunta::domain::EvidenceKind::WebPage,
                    ]
                    .into(),
                },
            ],
        ),
    ];
    let set = shipped_set();
    for (name, details, date, number, expected) in cases {
        let (assessment, _) = only(details, date, number);
        let readiness = evaluate(&assessment, &set);
        assert_eq!(problems(&readiness, number), expected, "{name}");
        assert!(
            !readiness.criteria[number as usize - 1].counts_as_met(),
            "{name}"
        );
        // Every problem has words in every language and a stable code.
        for problem in &expected {
            for lang in Lang::ALL {
                let kind = readiness.criteria[number as usize - 1].items[0].kind;
                assert!(
                    !i18n::item_problem_message(lang, kind, problem).is_empty(),
                    "{name}"
                );
            }
            assert!(!problem.code().is_empty());
        }
    }
}

/// Each requirement kind, met and missed: bodies of decisions, appointing bodies, approving
/// bodies, role words, council terms and months.
#[test]
fn every_requirement_kind_is_applied() {
    let set = shipped_set();
    let welfare = document(Some(Body::Council), Some(D2025), "31");
    let cases: Vec<DatedCase> = vec![
        (
            "board decision to join",
            decision(Body::Board, "Liittyminen", "4"),
            D2020,
            2,
            vec![],
        ),
        (
            "council decision to join",
            decision(Body::Council, "Liittyminen", "4"),
            D2020,
            2,
            vec![],
        ),
        (
            "official's decision to join",
            decision(Body::Official, "Liittyminen", "4"),
            D2020,
            2,
            vec![ItemProblem::BodyNotAccepted {
                body: Body::Official,
                accepted: vec![Body::Council, Body::Board].into(),
            }],
        ),
        (
            "a web page for the decision to join",
            EvidenceDetails::WebPage {
                title: "Liityimme".into(),
                url: "https://esimerkkila.example/uutinen".into(),
            },
            TODAY,
            2,
            vec![ItemProblem::KindNotAccepted {
                kind: terve_kunta::domain::EvidenceKind::WebPage,
                accepted: vec![terve_kunta::domain::EvidenceKind::Decision].into(),
            }],
        ),
        (
            "coordinator appointed",
            appointment("Hyvinvointikoordinaattori", None),
            D2020,
            4,
            vec![],
        ),
        (
            "a secretary appointed",
            appointment("toimistosihteeri", None),
            D2020,
            4,
            vec![ItemProblem::RoleNotAccepted {
                roles: vec![
                    "koordinaattori".into(),
                    "koordinator".into(),
                    "coordinator".into(),
                ],
            }],
        ),
        (
            "elected official appointed by the board",
            appointment("Terve Kunta -vastuuhenkilö", Some(Body::Board)),
            D2020,
            5,
            vec![],
        ),
        (
            "elected official appointed by the management group",
            appointment("Terve Kunta -vastuuhenkilö", Some(Body::ManagementGroup)),
            D2020,
            5,
            vec![ItemProblem::AppointerNotAccepted {
                accepted: vec![Body::Council, Body::Board, Body::Committee].into(),
            }],
        ),
        (
            "welfare report approved by the council in this term",
            welfare.clone(),
            D2025,
            7,
            vec![],
        ),
        (
            "welfare report without a recorded approval",
            document(None, None, ""),
            D2025,
            7,
            vec![ItemProblem::NotApproved {
                accepted: vec![Body::Council].into(),
            }],
        ),
        (
            "welfare report approved by the board",
            document(Some(Body::Board), Some(D2025), "31"),
            D2025,
            7,
            vec![ItemProblem::NotApproved {
                accepted: vec![Body::Council].into(),
            }],
        ),
        (
            "welfare report approved two terms ago",
            document(Some(Body::Council), Some(Date::constant(2021, 6, 14)), "31"),
            Date::constant(2021, 6, 1),
            7,
            vec![ItemProblem::TooOld(Freshness::CouncilTerms(2))],
        ),
        (
            "welfare report approved on the first day of the previous term",
            document(Some(Body::Council), Some(Date::constant(2021, 8, 1)), "31"),
            Date::constant(2021, 6, 1),
            7,
            vec![],
        ),
        (
            "council decision on the welfare report in the 2017 term",
            decision(Body::Council, "Hyvinvointikertomus", "9"),
            Date::constant(2021, 7, 31),
            7,
            vec![ItemProblem::TooOld(Freshness::CouncilTerms(2))],
        ),
        (
            "web page checked this month",
            EvidenceDetails::WebPage {
                title: "Hyvinvointi".into(),
                url: "https://esimerkkila.example/hyvinvointi".into(),
            },
            Date::constant(2026, 11, 2),
            9,
            vec![],
        ),
        (
            "web page checked over a year ago",
            EvidenceDetails::WebPage {
                title: "Hyvinvointi".into(),
                url: "https://esimerkkila.example/hyvinvointi".into(),
            },
            Date::constant(2025, 11, 23),
            9,
            vec![ItemProblem::TooOld(Freshness::Months(12))],
        ),
    ];
    for (name, details, date, number, expected) in cases {
        let (assessment, _) = only(details, Some(date), number);
        let readiness = evaluate(&assessment, &set);
        assert_eq!(problems(&readiness, number), expected, "{name}");
        let counts = readiness.criteria[number as usize - 1].counts_as_met();
        assert_eq!(counts, expected.is_empty(), "{name}");
    }
}

#[test]
fn an_item_counts_by_judgement_where_only_a_person_can_tell() {
    let set = shipped_set();
    let (assessment, _) = only(
        EvidenceDetails::WebPage {
            title: "Asukaskysely".into(),
            url: "https://esimerkkila.example/kysely".into(),
        },
        Some(TODAY),
        8,
    );
    let readiness = evaluate(&assessment, &set);
    let item = &readiness.criteria[7].items[0];
    assert!(item.qualifies());
    assert!(item.judgement);
    // The decision to join counts for criterion 2 by the requirement itself.
    let (assessment, _) = only(board_decision(), Some(D2020), 2);
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.criteria[1].items[0].judgement);
}

#[test]
fn a_broken_attachment_takes_the_item_out() {
    let set = shipped_set();
    let (mut assessment, id) = only(board_decision(), Some(D2020), 2);
    assessment
        .evidence_mut(&id)
        .unwrap()
        .attachments
        .push(Attachment {
            path: "attachments/ab.pdf".into(),
            sha256: "ab".repeat(32),
            size: 10,
            original_name: "kh-ptk.pdf".into(),
            added: clock().now,
        });
    for (health, counts) in [
        (AttachmentHealth::Intact, true),
        (AttachmentHealth::Unchecked, true),
        (AttachmentHealth::Broken, false),
    ] {
        let state = move |_: &Attachment| health;
        let checks = Checks::on(TODAY).with_attachments(&state);
        let readiness = terve_kunta::domain::readiness::evaluate(&assessment, &set, &checks);
        assert_eq!(readiness.criteria[1].counts_as_met(), counts, "{health:?}");
        if !counts {
            assert_eq!(
                problems(&readiness, 2),
                [ItemProblem::AttachmentNotIntact("kh-ptk.pdf".into())]
            );
        }
    }
}

#[test]
fn the_ready_fixture_is_ready_and_one_bad_item_makes_it_not() {
    let set = shipped_set();
    let assessment = ready_assessment(&set);
    assert!(evaluate(&assessment, &set).is_ready());
    // Blank the board decision's §: five criteria lose their only evidence.
    let mut broken = assessment.clone();
    if let EvidenceDetails::Decision { section, .. } = &mut broken.evidence[0].details {
        section.clear();
    }
    let readiness = evaluate(&broken, &set);
    assert!(!readiness.is_ready());
    let gaps: Vec<u32> = readiness.gaps().map(|c| c.criterion.number).collect();
    assert_eq!(gaps, [1, 2, 3, 5, 10]);
}

#[test]
fn changed_sealed_content_is_never_ready() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    assessment.finalise("Aino Kettunen", &clock()).unwrap();
    assert!(evaluate(&assessment, &set).is_ready());
    assessment.answer_mut(&tk(3)).justification = "Muutettu sinetöinnin jälkeen".into();
    let readiness = evaluate(&assessment, &set);
    assert!(readiness.seal_broken);
    assert!(!readiness.is_ready());
    assert!(
        i18n::verdict_sentence(Lang::Fi, &readiness).starts_with("Ei valmis: sinetöity sisältö")
    );
}

/// A format 1 set (the superseded shipped version) keeps today's rule: any complete, valid
/// item counts, so a committee decision counts there; but a blank one never does.
#[test]
fn a_format_1_set_accepts_any_complete_item_and_never_a_blank_one() {
    let (_, text) = terve_kunta::storage::BUILTIN_CRITERIA[2];
    let outcome = parse_criteria(text);
    let legacy = outcome.set.unwrap();
    assert_eq!(legacy.format, 1);
    assert!(!legacy.has_requirements());
    assert!(
        outcome
            .diagnostics
            .iter()
            .any(|d| d.problem == terve_kunta::format::criteria::Problem::NoRequirements)
    );
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&legacy, &ids);
    let committee = assessment.add_evidence(
        decision(Body::Committee, "Liittyminen", "12"),
        Some(D2020),
        &clock(),
        &ids,
    );
    assessment.link(&tk(2), &committee);
    assessment.answer_mut(&tk(2)).status = Status::Met;
    assert!(evaluate(&assessment, &legacy).criteria[1].counts_as_met());
    if let EvidenceDetails::Decision { section, .. } = &mut assessment.evidence[0].details {
        section.clear();
    }
    assert!(!evaluate(&assessment, &legacy).criteria[1].counts_as_met());
}

/// A criterion and an item that is incomplete, invalid, or of a kind or body it does not take.
fn bad_item() -> impl Strategy<Value = (u32, EvidenceDetails, Option<Date>)> {
    let text = || prop::sample::select(vec!["", " ", "Asia", "12"]).prop_map(str::to_owned);
    let any = || 1_u32..=10;
    prop_oneof![
        // A decision missing at least its § or its date.
        (
            any(),
            prop::sample::select(Body::ALL.to_vec()),
            text(),
            prop::option::of(Just(D2025))
        )
            .prop_filter("incomplete", |(_, _, section, date)| {
                section.trim().is_empty() || date.is_none()
            })
            .prop_map(|(n, body, section, date)| (
                n,
                decision(body, "Asia", &section),
                date
            )),
        // A complete decision of a body whose decisions do not count for criteria 2, 7 and 10.
        (
            prop::sample::select(vec![2_u32, 7, 10]),
            prop::sample::select(vec![Body::Committee, Body::Official, Body::ManagementGroup])
        )
            .prop_map(|(n, body)| (n, decision(body, "Asia", "3"), Some(D2025))),
        // Something of the kind "other", which no shipped criterion takes.
        (any(), text()).prop_map(|(n, description)| {
            (n, EvidenceDetails::Other { description }, Some(D2020))
        }),
        // A decision from the future.
        any().prop_map(|n| {
            (
                n,
                decision(Body::Council, "Asia", "3"),
                Some(Date::constant(2030, 1, 1)),
            )
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever else is in it, an assessment in which one criterion's only linked evidence is
    /// invalid or does not qualify is never ready.
    #[test]
    fn one_criterion_backed_only_by_a_bad_item_is_never_ready(
        (number, details, date) in bad_item(),
    ) {
        let set = shipped_set();
        let mut assessment = ready_assessment(&set);
        // Take every link off the criterion, then back it with the bad item only.
        assessment.answer_mut(&tk(number)).evidence.clear();
        let id = assessment.add_evidence(details, date, &clock(), &SequentialIds::new("bad"));
        assessment.link(&tk(number), &id);
        let readiness = evaluate(&assessment, &set);
        prop_assert!(!readiness.is_ready());
        prop_assert_eq!(
            readiness.criteria[number as usize - 1].gap,
            Some(Gap::EvidenceInsufficient)
        );
    }
}
