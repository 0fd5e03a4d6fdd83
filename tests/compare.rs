//! Two assessments of one municipality compared: in the domain, and through
//! `terve-kunta compare` as a process (text and JSON).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use common::{TODAY, TempDir, ready_assessment, shipped_set, tk};
use terve_kunta::domain::assessment::{Action, Status};
use terve_kunta::domain::compare::{NotComparable, Presence, Standing, compare};
use terve_kunta::domain::quality::Checks;
use terve_kunta::storage::encode_assessment;

#[test]
fn criteria_evidence_and_actions_before_and_after() {
    let set = shipped_set();
    let (old, new) = common::two_rounds();
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
    let (old, new) = common::two_rounds();
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
    common::run_program(env!("CARGO_BIN_EXE_terve-kunta"), data, args)
}

#[test]
fn the_compare_command_prints_text_and_json_and_refuses_in_one_line() {
    let data = TempDir::new("compare-cli");
    let (old, new) = common::two_rounds();
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
        "  - 3. Nimetään ryhmä",
        "Uudet toimenpiteet (1):",
        "  - 6. Varataan matkakulut",
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

/// In `data`: a folder "alue" with a sealed assessment, a tampered one, one from a newer
/// version, a picture, a review file and a subfolder's assessment; and a package of that last
/// one beside it. Returns the folder and the package.
fn region(data: &TempDir) -> (std::path::PathBuf, std::path::PathBuf) {
    let folder = data.join("alue");
    std::fs::create_dir(&folder).unwrap();
    let clock = common::clock();
    let sealed = common::sealed_assessment_text;
    std::fs::write(
        folder.join("a-esimerkkila.ron"),
        sealed("Esimerkkilä", "999"),
    )
    .unwrap();
    // Changed after sealing, the same length: one criterion's status.
    let tampered = sealed("Kuvitelmala", "998").replacen("Kettunen", "Kettuset", 1);
    std::fs::write(folder.join("b-kuvitelmala.ron"), tampered).unwrap();
    let newer = sealed("Tulevala", "997").replacen("schema_version: 4,", "schema_version: 9,", 1);
    std::fs::write(folder.join("c-tulevala.ron"), newer).unwrap();
    std::fs::write(folder.join("d-kuva.ron"), b"\x89PNG\r\n\x1a\n").unwrap();
    std::fs::write(folder.join("a-esimerkkila.review.ron"), "Review()").unwrap();
    let inner = folder.join("e-keksittyla");
    std::fs::create_dir(&inner).unwrap();
    std::fs::write(inner.join("assessment.ron"), sealed("Keksittylä", "996")).unwrap();
    let package = data.join("paketti.zip");
    terve_kunta::storage::package::export_package(
        &inner.join("assessment.ron"),
        &package,
        clock.now,
    )
    .unwrap();
    (folder, package)
}

/// A folder of good, tampered, newer-version and unreadable inputs (and a package, and a
/// review file that is not an assessment): every input has its row, the bad ones as such,
/// and none stops the rest; the CSV has the same rows.
#[test]
fn the_overview_lists_every_input_and_says_which_are_not_intact() {
    let data = TempDir::new("overview-cli");
    let (folder, package) = region(&data);

    let (code, out, err) = run(
        &data,
        &[
            "overview",
            folder.to_str().unwrap(),
            package.to_str().unwrap(),
        ],
    );
    assert_eq!((code, err.as_str()), (2, ""), "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Alueellinen yhteenveto (6)", "{out}");
    let row = |start: &str| {
        lines
            .iter()
            .find(|line| line.starts_with(start))
            .unwrap_or_else(|| panic!("{start} in {out}"))
            .to_owned()
    };
    assert!(
        row("Esimerkkilä (999)").contains("  +  +  +  +  +  +  +  +  +  +"),
        "{out}"
    );
    assert!(
        row("Esimerkkilä (999)").ends_with("valmis | 24.11.2026 | kyllä | ehjä"),
        "{out}"
    );
    assert!(lines[1].contains("  1  2  3  4  5  6  7  8  9 10"), "{out}");
    assert!(
        row("Kuvitelmala (998)").ends_with("ei valmis | 24.11.2026 | kyllä | 2 poikkeamaa"),
        "{out}"
    );
    assert!(out.contains("    - Sinetti ei täsmää"), "{out}");
    assert!(row("lukukelvoton: ").contains("c-tulevala.ron: "), "{out}");
    assert!(out.contains("uudempi sovellus (tiedostoversio 9"), "{out}");
    assert!(out.contains("d-kuva.ron: "), "{out}");
    assert_eq!(
        out.matches("Keksittylä (996)").count(),
        2,
        "folder and package: {out}"
    );
    assert!(!out.contains("review"), "{out}");

    let csv_file = data.join("yhteenveto.csv");
    let (code, out, _) = run(
        &data,
        &[
            "overview",
            "--csv",
            "-o",
            csv_file.to_str().unwrap(),
            folder.to_str().unwrap(),
        ],
    );
    assert_eq!((code, out.as_str()), (2, ""));
    let csv = std::fs::read_to_string(&csv_file).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(rows.len(), 1 + 5, "{csv}");
    assert!(
        rows[0].starts_with("Kunta;Kuntanumero;Tiedosto;Tulos;"),
        "{csv}"
    );
    assert!(rows[0].ends_with(";TK-09;TK-10"), "{csv}");
    assert!(rows[1].starts_with("Esimerkkilä;999;"), "{csv}");
    assert!(
        rows[1].ends_with(";met_with_evidence;met_with_evidence"),
        "{csv}"
    );
    assert!(
        rows.iter().any(|row| row.contains(";lukukelvoton;")),
        "{csv}"
    );
}

/// The next round: evidence carried over with its dates and links, every status back to "not
/// assessed" with the previous one as a hint, done actions left behind, items that no longer
/// count (a council decision of the previous council term, judged in autumn 2029) marked to
/// be checked, and the origin recorded.
#[test]
fn the_next_round_carries_the_evidence_and_marks_what_is_stale() {
    let set = shipped_set();
    let mut old = ready_assessment(&set);
    old.answer_mut(&tk(6)).actions.push(Action {
        what: "Varataan matkakulut".to_owned(),
        who: String::new(),
        due: None,
        done: false,
    });
    old.answer_mut(&tk(6)).actions.push(Action {
        what: "Tehty jo".to_owned(),
        who: String::new(),
        due: None,
        done: true,
    });
    let ids = terve_kunta::domain::clock::SequentialIds::new("r2");
    let later = terve_kunta::domain::dates::Date::constant(2029, 9, 1);
    let clock = terve_kunta::domain::clock::FixedClock::at(later);
    let next = old.next_round(&set, &Checks::on(later), &clock, &ids);

    assert_ne!(next.id, old.id);
    let origin = next.origin.as_ref().unwrap();
    assert_eq!(
        (origin.id.as_str(), origin.digest.clone()),
        (old.id.as_str(), old.digest())
    );
    assert!(next.history.is_empty() && next.seal.is_none());
    for (id, answer) in &next.answers {
        assert_eq!(answer.status, Status::NotAssessed, "{id}");
        assert_eq!(answer.previous, Some(Status::Met), "{id}");
        assert_eq!(answer.evidence, old.answers[id].evidence, "{id}");
    }
    let actions: Vec<&str> = next.answers[&tk(6)]
        .actions
        .iter()
        .map(|a| a.what.as_str())
        .collect();
    assert_eq!(actions, ["Varataan matkakulut"]);
    for (before, after) in old.evidence.iter().zip(&next.evidence) {
        assert_eq!(
            (before.id.clone(), before.date),
            (after.id.clone(), after.date)
        );
    }
    let stale: Vec<String> = next
        .evidence
        .iter()
        .filter(|e| e.to_check)
        .map(|e| terve_kunta::i18n::evidence_summary(terve_kunta::domain::Lang::Fi, e))
        .collect();
    assert!(
        stale.iter().any(|s| s.contains("Kunnanvaltuusto")),
        "the council's decision of the earlier term: {stale:?}"
    );
    assert!(
        !stale.iter().any(|s| s.contains("Kunnanjohtaja")),
        "the appointment stands: {stale:?}"
    );
    // The same day as the old round: nothing is stale.
    let same_day = old.next_round(&set, &Checks::on(TODAY), &common::clock(), &ids);
    assert!(same_day.evidence.iter().all(|e| !e.to_check));
    // Read back as written.
    let text = encode_assessment(&next);
    assert_eq!(
        terve_kunta::storage::decode_assessment(text.as_bytes()).unwrap(),
        next
    );
}

/// The attachments of the next round are copied into its folder and re-hashed; one missing
/// from the old folder keeps its record and marks its item to be checked.
#[test]
fn the_next_round_copies_the_attachments_and_marks_a_missing_one() {
    let dir = TempDir::new("next-round-files");
    let (from, to) = (dir.join("vanha"), dir.join("uusi"));
    std::fs::create_dir_all(&from).unwrap();
    let source = dir.join("ptk.pdf");
    std::fs::write(&source, b"%PDF-1.7 poytakirja").unwrap();
    let other = dir.join("liite.pdf");
    std::fs::write(&other, b"%PDF-1.7 toinen liite").unwrap();
    let set = shipped_set();
    let mut old = ready_assessment(&set);
    let now = common::clock().now;
    let kept = terve_kunta::storage::attachments::attach_file(&from, &source, now).unwrap();
    let lost = terve_kunta::storage::attachments::attach_file(&from, &other, now).unwrap();
    old.evidence[0].attachments.push(kept.clone());
    old.evidence[1].attachments.push(lost.clone());
    std::fs::remove_file(from.join(&lost.path)).unwrap();
    let mut next = old.next_round(
        &set,
        &Checks::on(TODAY),
        &common::clock(),
        &terve_kunta::domain::clock::SequentialIds::new("r2"),
    );
    let copied = terve_kunta::storage::attachments::carry_attachments(&mut next, &from, &to, now);
    assert_eq!(copied, 1);
    assert_eq!(
        std::fs::read(to.join(&kept.path)).unwrap(),
        b"%PDF-1.7 poytakirja"
    );
    assert_eq!(next.evidence[0].attachments, [kept]);
    assert!(!next.evidence[0].to_check);
    assert_eq!(next.evidence[1].attachments, std::slice::from_ref(&lost));
    assert!(next.evidence[1].to_check);
    assert!(!to.join(&lost.path).exists());
}

/// `compare -o COMPARISON.pdf`: the comparison on paper, read back with pdftotext; `--json`
/// and `-o` together are refused.
#[test]
fn the_comparison_prints_as_a_pdf() {
    let data = TempDir::new("compare-pdf");
    let (old, new) = common::two_rounds();
    let (old_file, new_file) = (data.join("vanha.ron"), data.join("uusi.ron"));
    std::fs::write(&old_file, encode_assessment(&old)).unwrap();
    std::fs::write(&new_file, encode_assessment(&new)).unwrap();
    let (old_path, new_path) = (old_file.to_str().unwrap(), new_file.to_str().unwrap());
    let pdf = data.join("vertailu.pdf");

    let (code, out, err) = run(
        &data,
        &["compare", old_path, new_path, "-o", pdf.to_str().unwrap()],
    );
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.contains("vertailu.pdf"), "{out}");
    let text = common::pdf_text(&pdf);
    let mut rest = text.as_str();
    for part in [
        "Vertailu: Esimerkkilä",
        // pdftotext reads the labels' column first, then the values'.
        "Kunta Ennen Nyt Esimerkkilä (999)",
        "24.11.2026, kriteeristö 2017-2020.3 (vanha.ron)",
        "24.11.2026, kriteeristö 2017-2020.3 (uusi.ron)",
        "3 kriteeriä lisää täyttyy näytön kanssa (7 → 10).",
        "Kriteerit",
        "1. Ylimmän johdon vastuu Ei täyty Täyttyy näytön kanssa",
        "2. Liittymispäätös Täyttyy näytön kanssa Täyttyy näytön kanssa",
        "3. Poikkihallinnollinen ryhmä Täyttyy osittain Täyttyy näytön kanssa",
        "Lisätty näyttö (2)",
        "– Ohjausryhmän muistio",
        "Poistettu näyttö (0) ei mitään",
        "Tehdyt toimenpiteet (1) – 3. Nimetään ryhmä",
        "Uudet toimenpiteet (1) – 6. Varataan matkakulut",
        "Sivu 1 / 1",
    ] {
        let at = rest
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} after the parts before it in {text}"));
        rest = &rest[at + part.len()..];
    }

    let (code, _, err) = run(
        &data,
        &["compare", "--json", old_path, new_path, "-o", "x.pdf"],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
}

/// `overview -o OVERVIEW.pdf`: every input's row on paper, the bad ones with their reasons;
/// the exit code still says that not all were intact.
#[test]
fn the_overview_prints_as_a_pdf_with_every_input() {
    let data = TempDir::new("overview-pdf");
    let (folder, package) = region(&data);
    let pdf = data.join("yhteenveto.pdf");

    let (code, out, err) = run(
        &data,
        &[
            "overview",
            folder.to_str().unwrap(),
            package.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!((code, err.as_str()), (2, ""), "{out}");
    assert!(out.contains("yhteenveto.pdf"), "{out}");
    // Read as laid out: a table row is a line.
    let text = common::pdf_tool("pdftotext", &["-layout", "-enc", "UTF-8"], &pdf);
    let lines: Vec<String> = text
        .lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect();
    let mut rest = lines.iter();
    for line in [
        "Alueellinen yhteenveto",
        "Arviointeja 6",
        "Valmiina liittymään 3",
        "Poikkeamia tai lukukelvottomia 3",
        "Kunta 1 2 3 4 5 6 7 8 9 10 Tulos Muutettu Sinetöity Tarkistus",
        "Esimerkkilä (999) valmis 24.11.2026 kyllä ehjä",
        "Kuvitelmala (998) ei valmis 24.11.2026 kyllä 2 poikkeamaa",
        "b-kuvitelmala.ron",
        "– Sinetti ei täsmää: sisältöä tai historiaa on muutettu viimeistelyn jälkeen",
        "c-tulevala.ron lukukelvoton",
        "d-kuva.ron lukukelvoton",
        "– rivi 1, sarake 1: tiedosto ei ole UTF-8-tekstiä",
        "Keksittylä (996) valmis 24.11.2026 kyllä ehjä",
        "Keksittylä (996) valmis 24.11.2026 kyllä ehjä",
        "Sivu 1 / 1",
    ] {
        assert!(
            rest.any(|l| l.ends_with(line)),
            "{line:?} after the lines before it in {text}"
        );
    }
    assert!(
        text.contains("uudempi sovellus (tiedostoversio 9"),
        "{text}"
    );
    // Each mark is a figure that says what it means when read out: ten for each of the four
    // readable rows.
    let objects = common::pdf_tool("qpdf", &["--json", "--json-key=qpdf"], &pdf);
    assert_eq!(
        objects
            .matches("\"/Alt\": \"u:Kriteeri 3: Täyttyy näytön kanssa\"")
            .count(),
        4,
        "{objects}"
    );
}
