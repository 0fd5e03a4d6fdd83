//! Two assessments of one municipality compared: in the domain, and through
//! `terve-kunta compare` as a process (text and JSON).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use std::process::Command;

use common::{TODAY, TempDir, ready_assessment, set_status, shipped_set, tk};
use terve_kunta::domain::assessment::{Action, Status};
use terve_kunta::domain::compare::{NotComparable, Presence, Standing, compare};
use terve_kunta::domain::evidence::EvidenceDetails;
use terve_kunta::domain::quality::Checks;
use terve_kunta::storage::{DATA_DIR_ENV, encode_assessment};

/// The round before: criteria 1 not met and 3 partly met, the web page (9) not yet recorded,
/// an open action on 3. The round after: everything met, that action done, a new one on 6,
/// an evidence item more.
fn rounds() -> (
    terve_kunta::domain::Assessment,
    terve_kunta::domain::Assessment,
) {
    let set = shipped_set();
    let action = |what: &str, done: bool| Action {
        what: what.to_owned(),
        who: "Kaisa Kuvitelma".to_owned(),
        due: None,
        done,
    };
    let mut old = ready_assessment(&set);
    set_status(&mut old, 1, Status::NotMet);
    set_status(&mut old, 3, Status::PartlyMet);
    let web = old.answer(&tk(9)).unwrap().evidence[0].clone();
    old.evidence.retain(|evidence| evidence.id != web);
    old.answer_mut(&tk(9)).evidence.clear();
    old.answer_mut(&tk(3))
        .actions
        .push(action("Nimetään ryhmä", false));
    let mut new = ready_assessment(&set);
    new.answer_mut(&tk(3))
        .actions
        .push(action("Nimetään ryhmä", true));
    new.answer_mut(&tk(6))
        .actions
        .push(action("Varataan matkakulut", false));
    let id = new.add_evidence(
        EvidenceDetails::Other {
            description: "Ohjausryhmän muistio".to_owned(),
        },
        Some(TODAY),
        &common::clock(),
        &terve_kunta::domain::clock::SequentialIds::new("n"),
    );
    assert!(new.link(&tk(2), &id));
    (old, new)
}

#[test]
fn criteria_evidence_and_actions_before_and_after() {
    let set = shipped_set();
    let (old, new) = rounds();
    let checks = Checks::on(TODAY);
    let comparison = compare((&old, &set), (&new, &set), &checks).unwrap();
    assert_eq!((comparison.met_before, comparison.met_after), (7, 10));
    let first = &comparison.criteria[0];
    assert_eq!(first.presence, Presence::Both);
    assert_eq!(
        first.before,
        Some(Standing {
            status: Status::NotMet,
            counts_as_met: false
        })
    );
    assert_eq!(first.turned(), Some(true));
    assert_eq!(comparison.criteria[1].turned(), None);
    assert_eq!(
        comparison.evidence_added.len(),
        2,
        "the web page and the memo"
    );
    assert!(comparison.evidence_removed.is_empty());
    let what = |list: &[terve_kunta::domain::compare::CriterionAction<'_>]| -> Vec<String> {
        list.iter().map(|a| a.action.what.clone()).collect()
    };
    assert_eq!(what(&comparison.actions_done), ["Nimetään ryhmä"]);
    assert_eq!(what(&comparison.actions_new), ["Varataan matkakulut"]);
    assert_eq!(
        terve_kunta::i18n::compare::sentence(terve_kunta::domain::Lang::Fi, &comparison),
        "3 kriteeriä lisää täyttyy näytön kanssa (7 → 10)."
    );
    // The other way round: fewer, and the evidence removed.
    let back = compare((&new, &set), (&old, &set), &checks).unwrap();
    assert_eq!(back.evidence_removed.len(), 2);
    assert_eq!(
        terve_kunta::i18n::compare::sentence(terve_kunta::domain::Lang::En, &back),
        "3 criteria fewer met with evidence (10 → 7)."
    );
}

/// A criterion that only one version of the set has is shown as added or removed, never
/// dropped; other municipalities and unrelated sets are refused.
#[test]
fn added_and_removed_criteria_and_what_cannot_be_compared() {
    let set = shipped_set();
    let (old, new) = rounds();
    let checks = Checks::on(TODAY);
    let mut newer_set = set.clone();
    let removed = newer_set.criteria.remove(9);
    let mut added = newer_set.criteria[0].clone();
    added.id = terve_kunta::domain::CriterionId("TK-11".to_owned());
    added.number = 11;
    newer_set.criteria.push(added);
    let comparison = compare((&old, &set), (&new, &newer_set), &checks).unwrap();
    let presence: Vec<(u32, Presence)> = comparison
        .criteria
        .iter()
        .map(|c| (c.number, c.presence))
        .filter(|(_, p)| *p != Presence::Both)
        .collect();
    assert_eq!(presence, [(11, Presence::Added), (10, Presence::Removed)]);
    let gone = comparison
        .criteria
        .iter()
        .find(|c| c.id == removed.id)
        .unwrap();
    assert!(gone.before.is_some() && gone.after.is_none());

    let mut elsewhere = new.clone();
    elsewhere.municipality.code = "998".to_owned();
    assert_eq!(
        compare((&old, &set), (&elsewhere, &set), &checks),
        Err(NotComparable::OtherMunicipality)
    );
    let mut unrelated = set.clone();
    unrelated.id = "muut-kriteerit".to_owned();
    assert_eq!(
        compare((&old, &set), (&new, &unrelated), &checks),
        Err(NotComparable::UnrelatedSets)
    );
}

fn run(data: &TempDir, args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_terve-kunta"))
        .args(args)
        .env(DATA_DIR_ENV, &data.0)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn the_compare_command_prints_text_and_json_and_refuses_in_one_line() {
    let data = TempDir::new("compare-cli");
    let (old, new) = rounds();
    let (old_file, new_file) = (data.join("vanha.ron"), data.join("uusi.ron"));
    std::fs::write(&old_file, encode_assessment(&old)).unwrap();
    std::fs::write(&new_file, encode_assessment(&new)).unwrap();
    let (old_path, new_path) = (old_file.to_str().unwrap(), new_file.to_str().unwrap());

    let (code, out, err) = run(&data, &["compare", old_path, new_path]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    for line in [
        "Vertailu: Esimerkkilä (999)",
        "3 kriteeriä lisää täyttyy näytön kanssa (7 → 10).",
        "  1. Ylimmän johdon vastuu: Ei täyty → Täyttyy näytön kanssa",
        "  2. Liittymispäätös: Täyttyy näytön kanssa = Täyttyy näytön kanssa",
        "  3. Poikkihallinnollinen ryhmä: Täyttyy osittain → Täyttyy näytön kanssa",
        "Lisätty näyttö (2):",
        "  - Ohjausryhmän muistio",
        "Poistettu näyttö (0):",
        "Tehdyt toimenpiteet (1):",
        "  - TK-03: Nimetään ryhmä",
        "Uudet toimenpiteet (1):",
        "  - TK-06: Varataan matkakulut",
    ] {
        assert!(
            out.lines().any(|l| l.starts_with(line)),
            "{line:?} in {out}"
        );
    }

    let (code, out, _) = run(
        &data,
        &["compare", "--json", "--lang", "en", old_path, new_path],
    );
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["met_before"], 7);
    assert_eq!(json["met_after"], 10);
    assert_eq!(
        json["sentence"],
        "3 criteria more met with evidence (7 → 10)."
    );
    assert_eq!(json["criteria"][0]["before"]["status"], "not_met");
    assert_eq!(json["criteria"][0]["after"]["counts_as_met"], true);
    assert_eq!(json["criteria"][0]["presence"], "both");
    assert_eq!(json["actions_done"][0]["action"]["what"], "Nimetään ryhmä");
    assert_eq!(json["evidence_added"].as_array().unwrap().len(), 2);

    let mut elsewhere = new;
    elsewhere.municipality.code = "998".to_owned();
    let other = data.join("muu.ron");
    std::fs::write(&other, encode_assessment(&elsewhere)).unwrap();
    let (code, out, err) = run(&data, &["compare", old_path, other.to_str().unwrap()]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("terve-kunta: virhe: arvioinnit ovat eri kuntien"),
        "{err}"
    );
    let (code, _, err) = run(&data, &["compare", old_path]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.starts_with("terve-kunta: virhe: anna kaksi arviointitiedostoa"),
        "{err}"
    );
}
