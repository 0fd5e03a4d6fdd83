//! The readiness rule: met counts only with evidence; ready means every criterion counts.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use common::evaluate;
use common::{
    add_board_decision, clock, new_assessment, ready_assessment, set_status, shipped_set, tk,
};
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Action, CriteriaMatch, Status};
use terve_kunta::domain::clock::SequentialIds;
use terve_kunta::domain::readiness::{Gap, Progress};
use terve_kunta::i18n;

#[test]
fn a_new_assessment_is_not_ready_and_every_criterion_is_not_assessed() {
    let set = shipped_set();
    let assessment = new_assessment(&set, &SequentialIds::new("e"));
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.is_ready());
    assert_eq!(readiness.gaps().count(), 10);
    assert!(
        readiness
            .criteria
            .iter()
            .all(|c| c.gap == Some(Gap::NotAssessed))
    );
    assert_eq!(readiness.criteria_match, CriteriaMatch::Same);
    assert_eq!(
        i18n::verdict_sentence(Lang::Fi, &readiness),
        "Ei vielä valmis: 10 kriteeriä puuttuu."
    );
}

#[test]
fn met_without_evidence_is_not_ready() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    for number in 1..=10 {
        set_status(&mut assessment, number, Status::Met);
    }
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.is_ready());
    assert!(
        readiness
            .criteria
            .iter()
            .all(|c| c.gap == Some(Gap::MetWithoutEvidence))
    );
    assert_eq!(
        readiness.progress(),
        Progress {
            total: 10,
            assessed: 10,
            met: 10,
            evidenced: 0,
            counted: 0
        }
    );
}

#[test]
fn one_decision_backs_three_criteria() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let decision = add_board_decision(&mut assessment, &ids, &[2, 5, 10]);
    for number in [2, 5, 10] {
        set_status(&mut assessment, number, Status::Met);
    }
    assert_eq!(assessment.evidence.len(), 1, "recorded once");
    let backed: Vec<_> = assessment.criteria_backed_by(&decision).cloned().collect();
    assert_eq!(backed, [tk(2), tk(5), tk(10)]);

    let readiness = evaluate(&assessment, &set);
    let counted: Vec<u32> = readiness
        .criteria
        .iter()
        .filter(|c| c.counts_as_met())
        .map(|c| c.criterion.number)
        .collect();
    assert_eq!(counted, [2, 5, 10]);
    assert_eq!(readiness.progress().counted, 3);
    assert_eq!(readiness.gaps().count(), 7);
}

#[test]
fn removing_the_evidence_unbacks_every_criterion_it_backed() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    assert!(evaluate(&assessment, &set).is_ready());
    // The board's decision backs criteria 1, 2, 3, 5 and 10, and nothing else does.
    let id = assessment.evidence[0].id.clone();
    assert!(assessment.remove_evidence(&id).is_some());
    let readiness = evaluate(&assessment, &set);
    let gaps: Vec<(u32, Option<Gap>)> = readiness
        .criteria
        .iter()
        .map(|c| (c.criterion.number, c.gap))
        .collect();
    let unbacked = [1, 2, 3, 5, 10];
    for (number, gap) in gaps {
        let expected = unbacked
            .contains(&number)
            .then_some(Gap::MetWithoutEvidence);
        assert_eq!(gap, expected, "criterion {number}");
    }
    for number in unbacked {
        assert!(assessment.answer(&tk(number)).unwrap().evidence.is_empty());
    }
}

#[test]
fn a_link_to_a_missing_item_is_not_evidence() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    let id = assessment.evidence[0].id.clone();
    // A hand-edited file may keep the links but lose the item.
    assessment.evidence.clear();
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.is_ready());
    assert!(assessment.answer(&tk(1)).unwrap().evidence.contains(&id));
    assert_eq!(readiness.criteria[0].evidence_count, 0);
}

#[test]
fn partly_met_is_not_met_and_says_what_to_do() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    set_status(&mut assessment, 6, Status::PartlyMet);
    let readiness = evaluate(&assessment, &set);
    assert!(!readiness.is_ready());
    let gaps: Vec<_> = readiness.gaps().collect();
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].criterion.id, tk(6));
    assert_eq!(gaps[0].gap, Some(Gap::PartlyMet));
    assert_eq!(
        i18n::gap_message(Lang::Fi, gaps[0]),
        "Täyttyy osittain. Kirjaa toimenpiteet, joilla puute korjataan."
    );

    assessment.answer_mut(&tk(6)).actions = vec![
        Action {
            what: "Varataan matkakulut talousarvioon".to_owned(),
            who: "Talousjohtaja".to_owned(),
            due: None,
            done: false,
        },
        Action {
            what: "Koordinaattorin työaika".to_owned(),
            who: String::new(),
            due: None,
            done: true,
        },
    ];
    let readiness = evaluate(&assessment, &set);
    let gap = readiness.gaps().next().unwrap();
    assert_eq!(gap.open_actions, 1);
    assert_eq!(
        i18n::gap_message(Lang::Fi, gap),
        "Täyttyy osittain. 1 toimenpide kesken."
    );
    assert_eq!(
        i18n::gap_message(Lang::En, gap),
        "Partly met. 1 action open."
    );
    assert_eq!(
        i18n::gap_message(Lang::Sv, gap),
        "Delvis uppfyllt. 1 åtgärd pågår."
    );
}

#[test]
fn every_criterion_met_with_evidence_is_ready() {
    let set = shipped_set();
    let assessment = ready_assessment(&set);
    let readiness = evaluate(&assessment, &set);
    assert!(readiness.is_ready());
    assert_eq!(readiness.gaps().count(), 0);
    assert_eq!(
        readiness.progress(),
        Progress {
            total: 10,
            assessed: 10,
            met: 10,
            evidenced: 10,
            counted: 10
        }
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::Fi, &readiness),
        "Valmis liittymään: kaikki 10 kriteeriä täyttyvät, ja näyttö tukee niitä."
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::En, &readiness),
        "Ready to join: all 10 criteria are met and backed by evidence."
    );
}

#[test]
fn the_verdict_lists_exactly_what_is_missing() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    add_board_decision(&mut assessment, &ids, &[1, 2, 3, 4, 5, 6, 7, 10]);
    for number in [1, 2, 3, 4, 5, 7, 10] {
        set_status(&mut assessment, number, Status::Met);
    }
    set_status(&mut assessment, 6, Status::NotMet);
    set_status(&mut assessment, 8, Status::Met); // but no evidence
    // 9 stays not assessed.

    let readiness = evaluate(&assessment, &set);
    let missing: Vec<(u32, Gap)> = readiness
        .gaps()
        .map(|c| (c.criterion.number, c.gap.unwrap()))
        .collect();
    // The board's decision does not show a coordinator (4) nor a welfare report approved by
    // the council in the last two terms (7).
    assert_eq!(
        missing,
        [
            (4, Gap::EvidenceInsufficient),
            (6, Gap::NotMet),
            (7, Gap::EvidenceInsufficient),
            (8, Gap::MetWithoutEvidence),
            (9, Gap::NotAssessed)
        ]
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::Fi, &readiness),
        "Ei vielä valmis: 5 kriteeriä puuttuu."
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::Sv, &readiness),
        "Inte redo ännu: 5 kriterier saknas."
    );
    let messages: Vec<String> = readiness
        .gaps()
        .map(|c| i18n::gap_message(Lang::Fi, c))
        .collect();
    assert_eq!(
        messages,
        [
            "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä. Päätös ei käy tämän kriteerin näytöksi: tarvitaan nimeäminen tai asiakirja.",
            "Ei täyty. Kirjaa toimenpiteet, joilla puute korjataan.",
            "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä. Kunnan-/kaupunginhallituksen päätös ei riitä: tarvitaan valtuuston päätös. Näyttö on liian vanha: sen pitää olla nykyiseltä tai edelliseltä valtuustokaudelta.",
            "Merkitty täyttyväksi, mutta näyttö puuttuu. Näytöksi käy asiakirja, päätös tai verkkosivu (arvioijan harkinnan mukaan).",
            "Ei vielä arvioitu. Arvioi kriteeri ja lisää näyttö, tavallisesti verkkosivu tai asiakirja.",
        ]
    );
}

#[test]
fn one_missing_criterion_is_singular() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    set_status(&mut assessment, 9, Status::NotAssessed);
    let readiness = evaluate(&assessment, &set);
    assert_eq!(
        i18n::verdict_sentence(Lang::Fi, &readiness),
        "Ei vielä valmis: 1 kriteeri puuttuu."
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::Sv, &readiness),
        "Inte redo ännu: 1 kriterium saknas."
    );
    assert_eq!(
        i18n::verdict_sentence(Lang::En, &readiness),
        "Not ready yet: 1 criterion missing."
    );
}

#[test]
fn changed_criteria_are_noticed() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    assessment.criteria.content_hash = "sha256:older".to_owned();
    assert_eq!(
        evaluate(&assessment, &set).criteria_match,
        CriteriaMatch::ContentChanged
    );
    assessment.criteria.version = "2021-2025.1".to_owned();
    assert_eq!(
        evaluate(&assessment, &set).criteria_match,
        CriteriaMatch::Other
    );
}

#[test]
fn answers_to_unknown_criteria_do_not_count() {
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    assessment.answer_mut(&"TK-99".into()).status = Status::Met;
    let readiness = evaluate(&assessment, &set);
    assert!(readiness.is_ready());
    assert_eq!(readiness.unknown_answers, ["TK-99".into()]);
    assert_eq!(readiness.criteria.len(), 10);
}

#[test]
fn timestamps_come_from_the_clock() {
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    assert_eq!(assessment.created, clock().now);
    assert_eq!(assessment.id, "e-1");
    let id = add_board_decision(&mut assessment, &ids, &[2]);
    assert_eq!(id.0, "e-2");
    assert_eq!(assessment.evidence[0].recorded, clock().now);
}

/// A criterion's lookups: how many linked items count, the verdict on one item by its id (and
/// none for an item not linked), the item a verdict is about, and the open actions.
#[test]
fn a_criterion_counts_its_qualifying_items_finds_each_verdict_and_its_open_actions() {
    use terve_kunta::domain::dates::Date;
    use terve_kunta::domain::evidence::EvidenceDetails;
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let decision = add_board_decision(&mut assessment, &ids, &[2]);
    let page = assessment.add_evidence(
        EvidenceDetails::WebPage {
            title: "Hyvinvointi".to_owned(),
            url: "https://esimerkkila.example/hyvinvointi".to_owned(),
        },
        Some(Date::constant(2026, 11, 2)),
        &clock(),
        &ids,
    );
    assessment.link(&tk(2), &page);
    let elsewhere = add_board_decision(&mut assessment, &ids, &[5]);
    let answer = assessment.answer_mut(&tk(2));
    answer.status = Status::PartlyMet;
    answer.actions = vec![
        Action {
            what: "Pöytäkirja verkkoon".to_owned(),
            done: true,
            ..Action::default()
        },
        Action {
            what: "Päätös valtuustoon".to_owned(),
            ..Action::default()
        },
        Action {
            what: "Tiedote".to_owned(),
            ..Action::default()
        },
    ];

    let readiness = evaluate(&assessment, &set);
    let second = &readiness.criteria[1];
    assert_eq!(second.evidence_count, 2);
    assert_eq!(
        second.qualifying(),
        1,
        "the decision counts, the web page does not"
    );
    assert_eq!(readiness.criteria[0].qualifying(), 0, "nothing linked");
    assert_eq!(second.open_actions, 2, "the done action is not open");
    let verdict = second.item(&decision, &assessment).unwrap();
    assert!(verdict.qualifies());
    assert_eq!(verdict.evidence(&assessment).unwrap().id, decision);
    let verdict = second.item(&page, &assessment).unwrap();
    assert!(!verdict.qualifies());
    assert_eq!(verdict.evidence(&assessment).unwrap().id, page);
    assert!(
        second.item(&elsewhere, &assessment).is_none(),
        "not linked here"
    );
}

/// Items of kinds a criterion does not take each say their own kind, also when the reason is
/// shared between items of one kind.
#[test]
fn each_item_of_a_kind_not_taken_names_its_own_kind() {
    use terve_kunta::domain::criteria::EvidenceKind;
    use terve_kunta::domain::dates::Date;
    use terve_kunta::domain::evidence::EvidenceDetails;
    use terve_kunta::domain::quality::ItemProblem;
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(&set, &ids);
    let mut add = |details: EvidenceDetails| {
        assessment.add_evidence(details, Some(Date::constant(2026, 11, 2)), &clock(), &ids)
    };
    let pages = [
        add(EvidenceDetails::WebPage {
            title: "Sivu".to_owned(),
            url: "https://esimerkkila.example/a".to_owned(),
        }),
        add(EvidenceDetails::WebPage {
            title: "Toinen sivu".to_owned(),
            url: "https://esimerkkila.example/b".to_owned(),
        }),
    ];
    let budget = add(EvidenceDetails::Budget {
        purpose: "Verkostotapaamiset".to_owned(),
        amount_cents: Some(100_000),
        year: Some(2027),
    });
    for id in pages.iter().chain([&budget]) {
        assessment.link(&tk(2), id);
    }
    let readiness = evaluate(&assessment, &set);
    let kinds: Vec<EvidenceKind> = readiness.criteria[1]
        .items
        .iter()
        .map(|verdict| match verdict.problems() {
            [ItemProblem::KindNotAccepted { kind, .. }] => *kind,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        kinds,
        [
            EvidenceKind::WebPage,
            EvidenceKind::WebPage,
            EvidenceKind::Budget
        ]
    );
}

/// The gap codes are what `summary --json` prints: scripts depend on them.
#[test]
fn gap_codes_are_stable() {
    let codes: Vec<&str> = [
        Gap::NotAssessed,
        Gap::MetWithoutEvidence,
        Gap::EvidenceInsufficient,
        Gap::PartlyMet,
        Gap::NotMet,
    ]
    .into_iter()
    .map(Gap::code)
    .collect();
    assert_eq!(
        codes,
        [
            "not_assessed",
            "met_without_evidence",
            "evidence_insufficient",
            "partly_met",
            "not_met"
        ]
    );
}
