//! The comparison and the regional overview in the app (kittest): chosen through the menu and
//! the file dialog, shown on their screens, written as PDF; files that cannot be used are one
//! message each and change nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use common::{Driver, TempDir, click, settle, two_rounds};
use egui_kittest::kittest::Queryable as _;
use terve_kunta::storage::encode_assessment;
use terve_kunta::ui::dialogs::ScriptedDialogs;
use terve_kunta::ui::{Command, Screen};

/// The notice's words (empty without one).
fn notice(driver: &Driver) -> String {
    driver
        .state()
        .notice()
        .map(|notice| notice.text.clone())
        .unwrap_or_default()
}

/// Another municipality's assessment, then a picture: one message each; the comparison shown
/// stays.
fn refused_without_a_change(driver: &mut Driver) {
    for (expected, what) in [
        (
            "Arvioinnit ovat eri kuntien: vertaa saman kunnan arviointeja: ",
            "another municipality",
        ),
        (
            "Rivi 1, sarake 1: tiedosto ei ole UTF-8-tekstiä: ",
            "a picture",
        ),
    ] {
        click(driver, "Vertaa toiseen arviointiin…");
        settle(driver);
        let said = notice(driver);
        assert!(said.contains(expected), "{what}: {said}");
        assert_eq!(said.lines().count(), 1, "{said}");
        assert!(driver.state().notice().unwrap().is_error);
        driver.get_by_label("3 kriteeriä lisää täyttyy näytön kanssa (7 » 10).");
    }
}

#[test]
fn the_open_assessment_is_compared_with_the_last_round_and_printed() {
    let files = TempDir::new("ui-compare-files");
    let (old, new) = two_rounds();
    let (old_file, new_file) = (
        files.join("kierros-2025.ron"),
        files.join("kierros-2026.ron"),
    );
    std::fs::write(&old_file, encode_assessment(&old)).unwrap();
    std::fs::write(&new_file, encode_assessment(&new)).unwrap();
    let mut elsewhere = old.clone();
    elsewhere.municipality.code = "998".to_owned();
    let other_municipality = files.join("muu-kunta.ron");
    std::fs::write(&other_municipality, encode_assessment(&elsewhere)).unwrap();
    let picture = files.join("kuva.ron");
    std::fs::write(&picture, b"\x89PNG\r\n\x1a\n").unwrap();
    let pdf = files.join("vertailu.pdf");

    let answers = [
        Some(old_file.clone()),
        Some(pdf.clone()),
        Some(other_municipality.clone()),
        Some(picture.clone()),
    ];
    let mut driver = Driver::start(ScriptedDialogs::answering(answers));
    driver
        .state_mut()
        .request(Command::OpenPath(new_file.clone()));
    settle(&mut driver);
    let bytes = std::fs::read(&new_file).unwrap();

    click(&mut driver, "Tiedosto");
    click(&mut driver, "Vertaa toiseen arviointiin…");
    settle(&mut driver);
    assert_eq!(
        driver.state().screen(),
        Screen::Compare,
        "{}",
        notice(&driver)
    );
    for text in [
        "Vertailu: Esimerkkilä",
        "Ennen: 24.11.2026, kriteeristö 2017-2020.3 (kierros-2025.ron)",
        "Nyt: 24.11.2026, kriteeristö 2017-2020.3 (kierros-2026.ron)",
        "3 kriteeriä lisää täyttyy näytön kanssa (7 » 10).",
        "1. Ylimmän johdon vastuu",
        "Ei täyty",
        "Täyttyy osittain",
        "Lisätty näyttö (2)",
        "– Ohjausryhmän muistio, 24.11.2026",
        "Poistettu näyttö (0)",
        "Tehdyt toimenpiteet (1)",
        "– 3. Nimetään ryhmä",
        "Uudet toimenpiteet (1)",
        "– 6. Varataan matkakulut",
    ] {
        driver.get_by_label(text);
    }
    // The criterion that turned is before and now, each with its mark's words.
    assert_eq!(driver.get_all_by_label("Ei täyty").count(), 1);

    click(&mut driver, "Tallenna vertailu PDF:nä…");
    settle(&mut driver);
    assert!(
        notice(&driver).starts_with("PDF tallennettu ("),
        "{}",
        notice(&driver)
    );
    let text = common::pdf_text(&pdf);
    for part in [
        "Vertailu: Esimerkkilä",
        "3 kriteeriä lisää täyttyy näytön kanssa (7 → 10).",
        "1. Ylimmän johdon vastuu Ei täyty Täyttyy näytön kanssa",
        "Tehdyt toimenpiteet (1) – 3. Nimetään ryhmä",
    ] {
        assert!(text.contains(part), "{part:?} in {text}");
    }

    refused_without_a_change(&mut driver);
    assert_eq!(std::fs::read(&new_file).unwrap(), bytes);

    // The comparison keeps its tab while the assessment is open, and goes with it.
    click(&mut driver, "Yhteenveto");
    click(&mut driver, "Vertailu");
    assert_eq!(driver.state().screen(), Screen::Compare);
    driver.state_mut().request(Command::OpenPath(old_file));
    settle(&mut driver);
    assert_eq!(driver.state().screen(), Screen::Assessment);
    assert!(driver.query_by_label("Vertailu").is_none());
}

/// In `files`, a folder "alue" with a sealed assessment, one changed after sealing (the same
/// length), a picture and one from a newer version of the app.
fn region_folder(files: &TempDir) -> std::path::PathBuf {
    let folder = files.join("alue");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(
        folder.join("a-esimerkkila.ron"),
        common::sealed_assessment_text("Esimerkkilä", "999"),
    )
    .unwrap();
    let tampered =
        common::sealed_assessment_text("Kuvitelmala", "998").replacen("Kettunen", "Kettuset", 1);
    std::fs::write(folder.join("b-kuvitelmala.ron"), tampered).unwrap();
    std::fs::write(folder.join("c-kuva.ron"), b"\x89PNG\r\n\x1a\n").unwrap();
    let newer = common::sealed_assessment_text("Tulevala", "997").replacen(
        "schema_version: 4,",
        "schema_version: 9,",
        1,
    );
    std::fs::write(folder.join("c-tulevala.ron"), newer).unwrap();
    folder
}

#[test]
fn a_folder_overview_lists_every_file_says_what_is_wrong_and_prints() {
    let files = TempDir::new("ui-overview-files");
    let folder = region_folder(&files);
    let pdf = files.join("yhteenveto.pdf");

    let answers = [Some(folder.clone()), Some(pdf.clone())];
    let mut driver = Driver::start(ScriptedDialogs::answering(answers));
    // No assessment needs to be open.
    click(&mut driver, "Tiedosto");
    click(&mut driver, "Alueellinen yhteenveto…");
    settle(&mut driver);
    assert_eq!(
        driver.state().screen(),
        Screen::Overview,
        "{}",
        notice(&driver)
    );
    for text in [
        "Alueellinen yhteenveto",
        "Arviointeja: 4 · Valmiina liittymään: 1 · Poikkeamia tai lukukelvottomia: 3",
        "Esimerkkilä (999)",
        "valmis",
        "ehjä",
        "Kuvitelmala (998)",
        "ei valmis",
        "2 poikkeamaa",
        "c-kuva.ron",
        "c-tulevala.ron",
        "– arvioinnin on tallentanut uudempi sovellus (tiedostoversio 9, tämä sovellus lukee \
         versioon 4 asti): päivitä sovellus",
        "– Sinetti ei täsmää: sisältöä tai historiaa on muutettu viimeistelyn jälkeen",
        "– rivi 1, sarake 1: tiedosto ei ole UTF-8-tekstiä",
    ] {
        driver.get_by_label(text);
    }
    assert_eq!(driver.get_all_by_label("lukukelvoton").count(), 2);
    // Each mark says what it means to a screen reader: two readable rows.
    assert_eq!(
        driver
            .get_all_by_label("Kriteeri 4: Täyttyy näytön kanssa")
            .count(),
        2
    );

    // A file added to the folder is there after reading it again.
    std::fs::write(
        folder.join("d-keksittyla.ron"),
        common::sealed_assessment_text("Keksittylä", "996"),
    )
    .unwrap();
    click(&mut driver, "Lue kansio uudelleen");
    driver.get_by_label("Keksittylä (996)");
    driver.get_by_label(
        "Arviointeja: 5 · Valmiina liittymään: 2 · Poikkeamia tai lukukelvottomia: 3",
    );

    click(&mut driver, "Tallenna yhteenveto PDF:nä…");
    settle(&mut driver);
    assert!(
        notice(&driver).starts_with("PDF tallennettu ("),
        "{}",
        notice(&driver)
    );
    let text = common::pdf_text(&pdf);
    for part in [
        "Alueellinen yhteenveto",
        "Esimerkkilä (999)",
        "Kuvitelmala (998)",
        "Keksittylä (996)",
        "c-kuva.ron",
        "Sinetti ei täsmää",
    ] {
        assert!(text.contains(part), "{part:?} in {text}");
    }
    // Its tab stays.
    click(&mut driver, "Aloitus");
    click(&mut driver, "Alue");
    assert_eq!(driver.state().screen(), Screen::Overview);
}

/// The next round against a newer version of the set that drops criterion 10 and adds an
/// 11th: the app says which are new and which removed, and the comparison with the last
/// round shows them as such.
#[test]
fn the_next_round_against_a_newer_version_names_new_and_removed_criteria() {
    let mut catalog = terve_kunta::storage::CriteriaCatalog::builtin();
    let mut newer = common::shipped_set();
    newer.version = "2017-2020.9".to_owned();
    newer.criteria.remove(9);
    let mut added = newer.criteria[0].clone();
    added.id = terve_kunta::domain::CriterionId("TK-11".to_owned());
    added.number = 11;
    added.short_title = terve_kunta::domain::criteria::LocalizedText::new([(
        terve_kunta::domain::Lang::Fi,
        "Uusi kriteeri".to_owned(),
    )]);
    newer.criteria.push(added);
    catalog.entries.push(terve_kunta::storage::CatalogEntry {
        path: Some(std::path::PathBuf::from("kunnat-2017-2020.9.ron")),
        set: newer,
        warnings: Vec::new(),
    });
    let data = TempDir::new("ui-next-round-newer");
    common::user_settings(&data, "Henna Hyvönen");
    let mut harness = common::app_harness_knowing(&data, ScriptedDialogs::default(), catalog);
    common::new_kuvitelmala(&mut harness, "Henna Hyvönen");
    assert_eq!(
        harness.state().document().unwrap().set.version,
        "2017-2020.3"
    );
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Aloita uusi arviointi tämän pohjalta");
    settle(&mut harness);
    assert_eq!(
        harness.state().document().unwrap().set.version,
        "2017-2020.9"
    );
    let said = harness.state().notice().unwrap().text.clone();
    assert_eq!(
        said,
        "Kriteeristön versiossa 2017-2020.9 on muutoksia – uudet kriteerit: 11. Uusi kriteeri; \
         poistuneet kriteerit: 10. Sitoutuminen verkostoon (niiden näyttö siirtyi, \
         linkittämättä). Erot näkyvät Vertailu-välilehdellä."
    );
    click(&mut harness, "Vertailu");
    harness.get_by_label("11. Uusi kriteeri");
    harness.get_by_label("(uusi kriteeri)");
    harness.get_by_label("10. Sitoutuminen verkostoon");
    harness.get_by_label("(poistunut kriteeri)");
}
