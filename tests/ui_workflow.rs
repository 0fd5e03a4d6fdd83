//! The desktop app driven by its labels, as a coordinator uses it (no GPU, no window).

mod common;

use std::path::PathBuf;

use common::{TempDir, activate, app_harness, click, click_role, fill};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use terve_kunta::domain::assessment::Status;
use terve_kunta::ui::Screen;
use terve_kunta::ui::dialogs::{DialogPurpose, ScriptedDialogs};

const LINK_DECISION: &str =
    "Linkitä: Kunnanhallitus 17.11.2020 § 46, Dnro 2020-2683: Liittyminen Terve Kunta -verkostoon";

fn new_assessment(harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>) {
    click(harness, "Uusi arviointi…");
    fill(harness, "Kunnan nimi", "Seinäjoki");
    fill(harness, "Kuntanumero", "743");
    fill(harness, "Arvioija", "Henna Rantasaari");
    click(harness, "Luo arviointi");
}

#[test]
fn create_an_assessment_go_through_all_criteria_and_become_ready() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    new_assessment(&mut harness);
    assert_eq!(harness.state().screen(), Screen::Assessment);
    harness.get_by_label("Kriteeri 1/10");

    // Criterion 1: met, but without evidence it does not count.
    click(&mut harness, "Täyttyy");
    harness.get_by_label("Täyttyy vain, kun näyttö tukee sitä: lisää tai linkitä näyttö");
    click(&mut harness, "Seuraava kriteeri");

    // Criterion 2: the board's decision, which also backs criteria 5 and 10.
    harness.get_by_label("Kriteeri 2/10");
    click(&mut harness, "Lisää näyttö…");
    // The first pointer click into a just-opened modal is lost in the headless harness (not in
    // the real window, checked under Xvfb): inside the editor, act as a screen reader does.
    activate(&mut harness, Role::RadioButton, "Kunnanhallitus");
    fill(&mut harness, "Asia", "Liittyminen Terve Kunta -verkostoon");
    fill(&mut harness, "Kokouspäivä", "17.11.2020");
    fill(&mut harness, "Pykälä (§)", "46");
    fill(&mut harness, "Diaarinumero", "2020-2683");
    for criterion in [
        "5. Vastuullinen luottamushenkilö",
        "10. Sitoutuminen verkostoon",
    ] {
        activate(&mut harness, Role::CheckBox, criterion);
    }
    click(&mut harness, "Valmis");
    harness.get_by_label(
        "Kunnanhallitus 17.11.2020 § 46, Dnro 2020-2683: Liittyminen Terve Kunta -verkostoon",
    );
    harness.get_by_label("Päätös · Tukee myös 5, 10");
    click(&mut harness, "Täyttyy");

    // Every other criterion: link the same decision and mark it met.
    for number in 3..=10 {
        click(&mut harness, "Seuraava kriteeri");
        harness.get_by_label(&format!("Kriteeri {number}/10"));
        if ![5, 10].contains(&number) {
            // The list of earlier evidence stays open from one criterion to the next.
            if harness.query_by_label(LINK_DECISION).is_none() {
                click(&mut harness, "Linkitä aiempi näyttö (1)");
            }
            click(&mut harness, LINK_DECISION);
        }
        let also: Vec<String> = (2..=10)
            .filter(|&n| n != number && (n <= number || n == 5 || n == 10))
            .map(|n| n.to_string())
            .collect();
        harness.get_by_label(&format!("Päätös · Tukee myös {}", also.join(", ")));
        click(&mut harness, "Täyttyy");
    }

    click(&mut harness, "Yhteenveto");
    harness.get_by_label("Ei vielä valmis: 1 kriteeri puuttuu.");
    harness.get_by_label("Kriteeri 1: Ylimmän johdon vastuu");

    // Criterion 1 gets the decision too: now every criterion counts.
    click(&mut harness, "Kriteeri 1: Ylimmän johdon vastuu");
    harness.get_by_label("Kriteeri 1/10");
    click(&mut harness, LINK_DECISION);
    click(&mut harness, "Yhteenveto");
    harness
        .get_by_label("Valmis liittymään: kaikki 10 kriteeriä täyttyvät, ja näyttö tukee niitä.");

    let doc = harness.state().document().unwrap();
    assert_eq!(doc.assessment.evidence.len(), 1);
    assert!(
        doc.assessment
            .answers
            .values()
            .all(|answer| answer.status == Status::Met)
    );
    assert_eq!(doc.assessment.municipality.code, "743");
}

#[test]
fn an_invalid_date_gets_a_message_next_to_the_field() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    new_assessment(&mut harness);
    click(&mut harness, "Seuraava kriteeri");
    click(&mut harness, "Lisää näyttö…");
    // A decision needs a date: the model says so next to the empty field.
    harness.get_by_label("Anna päätöksen kokouspäivä, esimerkiksi 17.11.2020");
    fill(&mut harness, "Kokouspäivä", "31.2.2020");
    harness.get_by_label("Tällaista päivää ei ole");
    let evidence = &harness.state().document().unwrap().assessment.evidence[0];
    assert_eq!(
        evidence.date, None,
        "an invalid date does not reach the model"
    );

    harness.get_by_label("Kokouspäivä").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label("Kokouspäivä").type_text("1.12.2026");
    harness.run();
    harness.get_by_label("Päivämäärä on tulevaisuudessa");
    assert!(harness.query_by_label("Tällaista päivää ei ole").is_none());
}

#[test]
fn switching_language_changes_labels_and_criteria_text() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    new_assessment(&mut harness);
    harness.get_by_label(
        "Hyvinvoinnin ja terveyden edistämisen vastuu kuuluu kunnassa ylimmälle johdolle",
    );
    assert!(harness.query_by_label("Epävirallinen käännös").is_none());

    click(&mut harness, "Asetukset");
    click(&mut harness, "Svenska");
    assert!(harness.query_all_by_label("Inställningar").count() >= 1);
    click(&mut harness, "Bedömning");
    harness.get_by_label("Kriterium 1/10");
    harness.get_by_label("Inofficiell översättning");
    harness.get_by_label(
        "Ansvaret för främjandet av välfärd och hälsa ligger hos kommunens högsta ledning",
    );
    // The official Finnish text stays beside the translation.
    harness.get_by_label(
        "Hyvinvoinnin ja terveyden edistämisen vastuu kuuluu kunnassa ylimmälle johdolle",
    );

    click_role(&mut harness, Role::Button, "Inställningar");
    click(&mut harness, "English");
    click(&mut harness, "Summary");
    harness.get_by_label("Not ready yet: 10 criteria missing.");

    // The choice is remembered.
    drop(harness);
    let harness = app_harness(&data, ScriptedDialogs::default());
    harness.get_by_label("Recent assessments");
}

#[test]
fn undo_and_redo_from_the_keyboard() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    new_assessment(&mut harness);
    click(&mut harness, "Täyttyy osittain");
    let status = |harness: &egui_kittest::Harness<'static, terve_kunta::ui::App>| {
        harness
            .state()
            .document()
            .unwrap()
            .assessment
            .answers
            .values()
            .next()
            .unwrap()
            .status
    };
    assert_eq!(status(&harness), Status::PartlyMet);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(status(&harness), Status::NotAssessed);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(status(&harness), Status::PartlyMet);
}

#[test]
fn keyboard_moves_between_criteria() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    new_assessment(&mut harness);
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label("Kriteeri 2/10");
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowLeft);
    harness.run();
    harness.get_by_label("Kriteeri 2/10");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num2);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Summary);
}

#[test]
fn closing_the_changed_example_asks_first() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    click(&mut harness, "Avaa esimerkki");
    // The untouched example closes without a question.
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    assert!(harness.state().document().is_none());

    click(&mut harness, "Avaa esimerkki");
    click(&mut harness, "Kriteeri 3: Poikkihallinnollinen ryhmä");
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    harness.get_by_label("Tallentamattomia muutoksia");
    click(&mut harness, "Peruuta");
    assert!(harness.state().document().is_some());

    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    click(&mut harness, "Hylkää muutokset");
    assert!(harness.state().document().is_none());
    assert_eq!(harness.state().screen(), Screen::Start);
}

#[test]
fn save_as_elsewhere_and_open_from_the_recent_list() {
    let data = TempDir::new("ui");
    let target = data.join("verkkolevy").join("seinajoki.ron");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let dialogs = ScriptedDialogs::answering([Some(target.clone())]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    new_assessment(&mut harness);
    click(&mut harness, "Täyttyy osittain");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.run();
    assert_eq!(
        *requests.borrow(),
        [DialogPurpose::SaveAssessment {
            suggested_name: "Terve-Kunta-Seinäjoki.ron".to_owned()
        }]
    );
    harness.get_by_label(&format!("Tallennettu: {}", target.display()));
    let doc = harness.state().document().unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    let saved = terve_kunta::storage::read_assessment(&target).unwrap();
    assert_eq!(saved.municipality.name, "Seinäjoki");

    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    harness.get_by_label("Viimeisimmät arvioinnit");
    // The newest entry is first: the copy saved elsewhere.
    harness
        .get_all_by_label("Seinäjoki")
        .next()
        .unwrap()
        .click();
    harness.run();
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    assert_eq!(
        doc.assessment.answers.values().next().unwrap().status,
        Status::PartlyMet
    );
}

#[test]
fn a_broken_file_gives_a_clear_message_and_the_app_goes_on() {
    let data = TempDir::new("ui");
    let broken = data.join("rikki.ron");
    std::fs::write(&broken, "Assessment(schema_version: 1, id: ").unwrap();
    let mut harness = app_harness(
        &data,
        ScriptedDialogs::answering([Some(broken.clone()), None]),
    );
    click(&mut harness, "Avaa…");
    harness.get_by_label(&format!(
        "Arviointia ei voitu avata: arviointitiedosto on viallinen rivillä 1, sarake 34: tiedosto loppuu kesken: sulkeva sulje tai lainausmerkki puuttuu: {}",
        broken.display()
    ));
    assert!(harness.state().document().is_none());
    // A cancelled dialog does nothing.
    click(&mut harness, "Avaa…");
    assert!(harness.state().document().is_none());
    let _: PathBuf = broken;
}

#[test]
fn the_example_opens_on_the_summary() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    click(&mut harness, "Avaa esimerkki");
    assert_eq!(harness.state().screen(), Screen::Summary);
    harness.get_by_label("Ei vielä valmis: 5 kriteeriä puuttuu.");
    harness.get_by_label("2. Liittymispäätös: Täyttyy näytön kanssa, 1 näyttö");
    harness.get_by_label("1. Ylimmän johdon vastuu: Täyttyy, näyttö puuttuu, ei näyttöä");
    click(
        &mut harness,
        "6. Riittävät resurssit: Täyttyy osittain, ei näyttöä",
    );
    harness.get_by_label("Kriteeri 6/10");
    assert_eq!(
        harness.get_by_label("Mitä tehdään").value().as_deref(),
        Some("Varataan verkostotapaamisten matkakulut vuoden 2027 talousarvioon")
    );
}

/// A file dropped onto the window, as the windowing layer hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_an_assessment_file_opens_it() {
    let data = TempDir::new("ui");
    let file = data.join("esimerkkila.ron");
    let assessment = common::ready_assessment(&common::shipped_set());
    std::fs::write(&file, terve_kunta::storage::encode_assessment(&assessment)).unwrap();
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.clone())));
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(harness.state().document().unwrap().assessment, assessment);
    click(&mut harness, "Yhteenveto");
    harness
        .get_by_label("Valmis liittymään: kaikki 10 kriteeriä täyttyvät, ja näyttö tukee niitä.");
}

#[test]
fn the_flow_works_from_the_keyboard() {
    let data = TempDir::new("ui");
    let mut harness = app_harness(&data, ScriptedDialogs::default());
    // Tab to "Uusi arviointi…" and press Enter.
    for _ in 0..30 {
        if harness.get_by_label("Uusi arviointi…").is_focused() {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    assert!(harness.get_by_label("Uusi arviointi…").is_focused());
    harness.key_press(egui::Key::Enter);
    harness.run();
    // The form opens with the name field focused; Tab moves to the next field.
    assert!(harness.get_by_label("Kunnan nimi").is_focused());
    harness.get_by_label("Kunnan nimi").type_text("Kauhava");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Kuntanumero").is_focused());
    harness.get_by_label("Kuntanumero").type_text("233");
    harness.run();
    for _ in 0..10 {
        if harness.get_by_label("Luo arviointi").is_focused() {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(
        harness
            .state()
            .document()
            .unwrap()
            .assessment
            .municipality
            .name,
        "Kauhava"
    );

    // A status is chosen with Tab and Space.
    for _ in 0..40 {
        if harness.get_by_label("Täyttyy osittain").is_focused() {
            break;
        }
        harness.key_press(egui::Key::Tab);
        harness.run();
    }
    harness.key_press(egui::Key::Space);
    harness.run();
    let doc = harness.state().document().unwrap();
    assert_eq!(
        doc.assessment.answers.values().next().unwrap().status,
        Status::PartlyMet
    );
}

#[test]
fn without_file_dialogs_the_user_is_told_why() {
    let data = TempDir::new("ui");
    let mut dialogs = ScriptedDialogs::default();
    dialogs.unavailable = true;
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Avaa…");
    harness.get_by_label(
        "Tiedostoikkunaa ei voi avata: järjestelmästä puuttuu työpöydän tiedostoportaali (xdg-desktop-portal) ja zenity. Pudota tiedosto ikkunaan tai avaa se viimeisimmistä.",
    );
    assert!(requests.borrow().is_empty());
}

#[test]
fn the_summary_exports_the_report_through_a_dialog() {
    let data = TempDir::new("ui");
    let target = data.join("raportti.pdf");
    let dialogs = ScriptedDialogs::answering([Some(target.clone())]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    new_assessment(&mut harness);
    click(&mut harness, "Yhteenveto");
    click(&mut harness, "Vie PDF…");
    assert_eq!(
        *requests.borrow(),
        [DialogPurpose::ExportReport {
            suggested_name: "Terve-Kunta-itsearviointi-Seinäjoki-2026-11-24.pdf".to_owned()
        }]
    );
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    harness.get_by_label_contains("Raportti tallennettu (");
}
