//! The desktop app driven by its labels, as a coordinator uses it (no GPU, no window).

mod common;

use std::path::PathBuf;

use common::{
    Driver, TempDir, activate, app_harness, click, click_role, fill, first_status, new_kuvitelmala,
    settle,
};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable as _;
use terve_kunta::domain::assessment::Status;
use terve_kunta::domain::history::{Event, Field};
use terve_kunta::ui::Screen;
use terve_kunta::ui::dialogs::{DialogPurpose, ScriptedDialogs};

const LINK_DECISION: &str = "Linkitä: Kunnan-/kaupunginhallitus 9.11.2020 § 388, Dnro ESIDno-2020-517: Liittyminen Terve Kunta -verkostoon";

#[test]
fn create_an_assessment_go_through_all_criteria_and_become_ready() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
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
    activate(&mut harness, Role::RadioButton, "Kunnan-/kaupunginhallitus");
    fill(&mut harness, "Asia", "Liittyminen Terve Kunta -verkostoon");
    fill(&mut harness, "Kokouspäivä", "9.11.2020");
    fill(&mut harness, "Pykälä (§)", "388");
    fill(&mut harness, "Diaarinumero", "ESIDno-2020-517");
    for criterion in [
        "5. Vastuullinen luottamushenkilö",
        "10. Sitoutuminen verkostoon",
    ] {
        activate(&mut harness, Role::CheckBox, criterion);
    }
    click(&mut harness, "Valmis");
    harness.get_by_label(
        "Kunnan-/kaupunginhallitus 9.11.2020 § 388, Dnro ESIDno-2020-517: Liittyminen Terve Kunta -verkostoon",
    );
    harness.get_by_label("Päätös · Tukee myös 5, 10");
    click(&mut harness, "Täyttyy");

    // Every other criterion: link the same decision and mark it met.
    link_the_decision_to_criteria_3_to_10(&mut harness);

    // One board decision linked everywhere is not enough: the summary says where and why.
    click(&mut harness, "Yhteenveto");
    harness.get_by_label("Ei vielä valmis: 4 kriteeriä puuttuu.");
    harness.get_by_label("Kriteeri 1: Ylimmän johdon vastuu");
    // Each criterion's only item: the gap says why it does not count.
    let insufficient = "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä.";
    harness.get_by_label(&format!(
        "{insufficient} Päätös ei käy tämän kriteerin näytöksi: tarvitaan nimeäminen tai asiakirja."
    ));
    harness.get_by_label(&format!(
        "{insufficient} Kunnan-/kaupunginhallituksen päätös ei riitä: tarvitaan valtuuston päätös. \
         Näyttö on liian vanha: sen pitää olla nykyiseltä tai edelliseltä valtuustokaudelta."
    ));

    // Criterion 1 gets the decision too.
    click(&mut harness, "Kriteeri 1: Ylimmän johdon vastuu");
    harness.get_by_label("Kriteeri 1/10");
    click(&mut harness, LINK_DECISION);

    add_the_missing_evidence(&mut harness);

    click(&mut harness, "Yhteenveto");
    harness
        .get_by_label("Valmis liittymään: kaikki 10 kriteeriä täyttyvät, ja näyttö tukee niitä.");

    let doc = harness.doc();
    assert_eq!(doc.assessment().evidence.len(), 4);
    assert!(
        doc.assessment()
            .answers
            .values()
            .all(|answer| answer.status == Status::Met)
    );
    assert_eq!(doc.assessment().municipality.code, "998");
}

/// On criteria 3 to 10: links the board's decision (5 and 10 have it already), checks what
/// the row says of it there, and marks the criterion met.
fn link_the_decision_to_criteria_3_to_10(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
) {
    for number in 3..=10 {
        click(harness, "Seuraava kriteeri");
        harness.get_by_label(&format!("Kriteeri {number}/10"));
        if ![5, 10].contains(&number) {
            // The list of earlier evidence stays open from one criterion to the next.
            if harness.query_by_label(LINK_DECISION).is_none() {
                click(harness, "Linkitä aiempi näyttö (1)");
            }
            click(harness, LINK_DECISION);
        }
        let also: Vec<String> = (2..=10)
            .filter(|&n| n != number && (n <= number || n == 5 || n == 10))
            .map(|n| n.to_string())
            .collect();
        // Whether the decision counts here, by the shipped requirements.
        let verdict = match number {
            4 => {
                " · Ei kelpaa: Päätös ei käy tämän kriteerin näytöksi: tarvitaan nimeäminen tai asiakirja."
            }
            7 => {
                " · Ei kelpaa: Kunnan-/kaupunginhallituksen päätös ei riitä: tarvitaan valtuuston päätös. \
                  Näyttö on liian vanha: sen pitää olla nykyiseltä tai edelliseltä valtuustokaudelta."
            }
            9 => {
                " · Ei kelpaa: Päätös ei käy tämän kriteerin näytöksi: tarvitaan verkkosivu tai asiakirja."
            }
            _ => " · Kelpaa arvioijan harkinnan mukaan",
        };
        harness.get_by_label(&format!("Päätös · Tukee myös {}{verdict}", also.join(", ")));
        click(harness, "Täyttyy");
    }
}

/// From the summary, opens `criterion`, adds an evidence item: chooses the radio buttons
/// `choices` (its kind first), fills `fields` (label, text) and presses "Valmis".
fn add_evidence(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
    criterion: &str,
    choices: &[&str],
    fields: &[(&str, &str)],
) {
    click(harness, "Yhteenveto");
    click(harness, criterion);
    click(harness, "Lisää näyttö…");
    for choice in choices {
        activate(harness, Role::RadioButton, choice);
    }
    for (label, text) in fields {
        fill(harness, label, text);
    }
    click(harness, "Valmis");
}

/// From the summary: the coordinator's appointment for criterion 4, the welfare report with
/// the council's approval for 7, the web page for 9, each through the editor as a user adds it.
fn add_the_missing_evidence(harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>) {
    let harness = &mut *harness;
    // Criterion 4: the coordinator's appointment.
    add_evidence(
        harness,
        "Kriteeri 4: Hyvinvointikoordinaattori",
        &["Nimeäminen"],
        &[
            ("Henkilö", "Kaisa Kuvitelma"),
            ("Tehtävä tai rooli", "hyvinvointikoordinaattori"),
            ("Nimeäjä", "Kunnanjohtaja"),
            ("Nimityspäivä", "1.3.2019"),
        ],
    );
    // Criterion 7: the welfare report, with the council's approval recorded on it.
    add_evidence(
        harness,
        "Kriteeri 7: Lakisääteinen tehtävä",
        &["Asiakirja", "Valtuusto"],
        &[
            ("Asiakirjan nimi", "Laaja hyvinvointikertomus 2025–2028"),
            ("Päiväys", "15.9.2025"),
            ("Hyväksymispäivä", "20.10.2025"),
            ("Hyväksymisen pykälä (§)", "31"),
        ],
    );
    // Criterion 9: the web page, checked this month.
    add_evidence(
        harness,
        "Kriteeri 9: Viestintä",
        &["Verkkosivu"],
        &[
            ("Sivun otsikko", "Hyvinvointi ja terveys"),
            ("Osoite", "https://kuvitelmala.example/hyvinvointi"),
            ("Tarkistettu", "2.11.2026"),
        ],
    );
}

#[test]
fn a_committee_decision_for_the_decision_to_join_says_why_it_is_not_enough() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Seuraava kriteeri");
    harness.get_by_label("Kriteeri 2/10");
    // The requirement is shown, as the app's reading.
    harness.get_by_label(
        "Sovellus tarkistaa: Näytöksi käy valtuuston tai kunnan-/kaupunginhallituksen päätös.",
    );
    harness.get_by_label_contains("Tämä on sovelluksen tulkinta kriteeristä");
    click(&mut harness, "Lisää näyttö…");
    activate(&mut harness, Role::RadioButton, "Lautakunta");
    fill(&mut harness, "Asia", "Liittyminen Terve Kunta -verkostoon");
    fill(&mut harness, "Kokouspäivä", "12.5.2026");
    fill(&mut harness, "Pykälä (§)", "12");
    click(&mut harness, "Valmis");
    click(&mut harness, "Täyttyy");
    // Beside the row, on the side list and on the summary: not enough, and why.
    let why = "Lautakunnan päätös ei riitä: tarvitaan valtuuston tai kunnan-/kaupunginhallituksen päätös.";
    harness.get_by_label(&format!("Päätös · Ei kelpaa: {why}"));
    assert!(
        harness
            .query_all_by_label("Täyttyy, näyttö ei riitä")
            .count()
            >= 1
    );
    click(&mut harness, "Yhteenveto");
    harness.get_by_label(&format!(
        "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä. {why}"
    ));
    harness.get_by_label("Ei vielä valmis: 10 kriteeriä puuttuu.");
}

#[test]
fn escape_on_a_new_evidence_item_discards_it_and_done_asks_about_an_incomplete_one() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Lisää näyttö…");
    assert_eq!(
        harness
            .state()
            .document()
            .unwrap()
            .assessment()
            .evidence
            .len(),
        1
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    let doc = harness.doc();
    assert!(doc.editor.is_none(), "the editor closed");
    assert!(
        doc.assessment().evidence.is_empty(),
        "Esc discarded the blank item"
    );
    assert!(
        doc.assessment()
            .answers
            .values()
            .all(|a| a.evidence.is_empty())
    );

    // "Valmis" on an incomplete item names what is missing and asks.
    click(&mut harness, "Lisää näyttö…");
    fill(&mut harness, "Asia", "Hyvinvointijohtamisen vastuut");
    click(&mut harness, "Valmis");
    harness.get_by_label("Näyttö on keskeneräinen. Säilytetäänkö se näin?");
    harness.get_by_label("Päätökseltä puuttuu kokouspäivä ja pykälä (§).");
    assert!(harness.doc().editor.is_some());
    click(&mut harness, "Jatka muokkausta");
    assert!(
        harness
            .query_by_label("Näyttö on keskeneräinen. Säilytetäänkö se näin?")
            .is_none()
    );
    click(&mut harness, "Valmis");
    click(&mut harness, "Säilytä keskeneräisenä");
    let doc = harness.doc();
    assert!(doc.editor.is_none());
    assert_eq!(doc.assessment().evidence.len(), 1, "kept as incomplete");
    // Kept, linked, and said not to count.
    harness.get_by_label("Päätös · Ei kelpaa: Päätökseltä puuttuu kokouspäivä ja pykälä (§).");
}

#[test]
fn a_field_is_checked_once_it_has_been_left_not_before_anything_is_typed() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Seuraava kriteeri");
    click(&mut harness, "Lisää näyttö…");
    // A new item says nothing before anything is typed.
    assert!(
        harness
            .query_by_label("Anna päätöksen kokouspäivä, esimerkiksi 10.11.2025")
            .is_none()
    );
    assert!(harness.query_by_label("Täytä tämä kenttä").is_none());
    fill(&mut harness, "Kokouspäivä", "31.2.2020");
    // Not halfway through typing, either; leaving the field says why the text is not taken.
    assert!(harness.query_by_label("Tällaista päivää ei ole").is_none());
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.get_by_label("Tällaista päivää ei ole");
    let evidence = &harness.doc().assessment().evidence[0];
    assert_eq!(
        evidence.date, None,
        "an invalid date does not reach the model"
    );

    // Once left, the field is checked as it is typed in.
    harness.get_by_label("Kokouspäivä").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label("Kokouspäivä").type_text("1.12.2026");
    harness.run();
    harness.get_by_label("Päivämäärä on tulevaisuudessa");
    assert!(harness.query_by_label("Tällaista päivää ei ole").is_none());
    // Other fields left untouched say nothing until "Valmis" is pressed.
    assert!(harness.query_by_label("Täytä tämä kenttä").is_none());
    click(&mut harness, "Valmis");
    harness.get_by_label("Täytä tämä kenttä");
}

/// Where every field and button of the open evidence editor is, by label.
fn editor_layout(harness: &Driver, labels: &[&str]) -> Vec<(String, egui::Rect)> {
    labels
        .iter()
        .map(|label| {
            let node = harness.get_by_label(label);
            (label.to_string(), node.rect())
        })
        .collect()
}

/// Messages appear in room kept for them, and the dialog is anchored at its top: a message
/// coming, or the dialog growing, moves no field under the pointer.
#[test]
fn fields_do_not_move_when_a_message_appears_or_the_dialog_grows() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Lisää näyttö…");
    let labels = [
        "Asia",
        "Kokouspäivä",
        "Pykälä (§)",
        "Diaarinumero",
        "Pöytäkirjan linkki",
        "Huomautus",
        "Liitteet",
        "Tukee kriteerejä",
        "Valmis",
    ];
    let before = editor_layout(&harness, &labels);
    // Type a subject and take it away again, a date that does not exist, and a link that is
    // not a web address; leave each field.
    fill(&mut harness, "Asia", "x");
    harness.get_by_label("Asia").focus();
    harness.key_press(egui::Key::Backspace);
    harness.key_press(egui::Key::Tab);
    harness.run();
    fill(&mut harness, "Kokouspäivä", "31.2.2020");
    fill(&mut harness, "Pöytäkirjan linkki", "pöytäkirja 12");
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.get_by_label("Täytä tämä kenttä");
    harness.get_by_label("Tällaista päivää ei ole");
    harness.get_by_label(
        "Osoitteen pitää alkaa https:// tai http:// eikä siinä saa olla välilyöntejä",
    );
    assert_eq!(editor_layout(&harness, &labels), before);

    // Another kind makes the dialog taller; the kind choice at its top stays where it was.
    let kind = harness.get_by_label("Asiakirja").rect();
    activate(&mut harness, Role::RadioButton, "Asiakirja");
    activate(&mut harness, Role::RadioButton, "Valtuusto");
    harness.get_by_label("Hyväksymispäivä");
    assert_eq!(harness.get_by_label("Asiakirja").rect(), kind);
}

#[test]
fn switching_language_changes_labels_and_criteria_text() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
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
        "Ansvaret för främjandet av hälsa och välfärd ligger hos kommunens högsta ledning",
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
    let harness = harness.restart(ScriptedDialogs::default());
    harness.get_by_label("Recent assessments");
}

#[test]
fn undo_and_redo_from_the_keyboard() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Täyttyy osittain");
    assert_eq!(first_status(&harness), Status::PartlyMet);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    harness.run();
    assert_eq!(first_status(&harness), Status::NotAssessed);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Y);
    harness.run();
    assert_eq!(first_status(&harness), Status::PartlyMet);
}

#[test]
fn keyboard_moves_between_criteria() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
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
    let mut harness = Driver::start(ScriptedDialogs::default());
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
fn a_change_taken_back_by_hand_is_no_change() {
    let mut harness = Driver::start(ScriptedDialogs::default());
    click(&mut harness, "Avaa esimerkki");
    click(&mut harness, "Kriteeri 3: Poikkihallinnollinen ryhmä");
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    assert!(harness.doc().is_dirty());
    click_role(&mut harness, Role::RadioButton, "Ei arvioitu");
    // Back as it was: closing asks nothing, and nothing is lost.
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    assert!(
        harness
            .query_by_label("Tallentamattomia muutoksia")
            .is_none()
    );
    assert!(harness.state().document().is_none());
}

#[test]
fn save_as_elsewhere_and_open_from_the_recent_list() {
    let data = TempDir::new("ui");
    let target = data.join("verkkolevy").join("kuvitelmala.ron");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let dialogs = ScriptedDialogs::answering([Some(target.clone())]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    click(&mut harness, "Täyttyy osittain");
    harness.key_press_modifiers(
        egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
        egui::Key::S,
    );
    harness.run();
    assert_eq!(
        *requests.borrow(),
        [DialogPurpose::SaveAssessment {
            suggested_name: "Terve-Kunta-Kuvitelmala.ron".to_owned()
        }]
    );
    harness.get_by_label(&format!("Tallennettu: {}", target.display()));
    let doc = harness.state().document().unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    let saved = terve_kunta::storage::read_assessment(&target).unwrap();
    assert_eq!(saved.municipality.name, "Kuvitelmala");

    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    harness.get_by_label("Viimeisimmät arvioinnit");
    // The newest entry is first: the copy saved elsewhere.
    harness
        .get_all_by_label("Kuvitelmala")
        .next()
        .unwrap()
        .click();
    harness.run();
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(target.as_path()));
    assert_eq!(
        doc.assessment().answers.values().next().unwrap().status,
        Status::PartlyMet
    );
}

#[test]
fn a_broken_file_gives_a_clear_message_and_the_app_goes_on() {
    let data = TempDir::new("ui");
    let broken = data.join("rikki.ron");
    std::fs::write(&broken, "Assessment(schema_version: 1, id: ").unwrap();
    let dialogs = ScriptedDialogs::answering([Some(broken.clone()), None]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Avaa…");
    harness.get_by_label(&format!(
        "Arviointia ei voitu avata: arviointitiedosto on viallinen rivillä 1, sarake 34: tiedosto loppuu kesken: sulkeva sulje tai lainausmerkki puuttuu: {}",
        broken.display()
    ));
    assert!(harness.state().document().is_none());
    // A cancelled dialog does nothing: the assessment open before stays open, as it was.
    let path = new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::O);
    harness.run();
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
    assert_eq!(first_status(&harness), Status::PartlyMet);
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(
        *requests.borrow(),
        [DialogPurpose::OpenAssessment, DialogPurpose::OpenAssessment],
        "the second dialog was asked for, and cancelled"
    );
    let _: PathBuf = broken;
}

#[test]
fn the_example_opens_on_the_summary() {
    let mut harness = Driver::start(ScriptedDialogs::default());
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
        Some("Varataan verkostotapaamisten matkakulut vuoden 2027 käyttösuunnitelmaan")
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
    assert_eq!(
        harness.state().document().unwrap().assessment(),
        &assessment
    );
    click(&mut harness, "Yhteenveto");
    harness
        .get_by_label("Valmis liittymään: kaikki 10 kriteeriä täyttyvät, ja näyttö tukee niitä.");
    // The figures in words, not "näyttö 10" (which reads as ten evidence items).
    harness.get_by_label(
        "Arvioitu 10/10 kriteeriä. Täyttyy näytön kanssa 10/10. Merkitty täyttyväksi 10; näyttöä linkitetty 10 kriteeriin.",
    );
}

#[test]
fn the_flow_works_from_the_keyboard() {
    let mut harness = Driver::start(ScriptedDialogs::default());
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
    harness.get_by_label("Kunnan nimi").type_text("Kuvitelmala");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.get_by_label("Kuntanumero").is_focused());
    harness.get_by_label("Kuntanumero").type_text("998");
    // Enter in a field keeps the focus there: the next Tab goes on from it.
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert!(harness.get_by_label("Kuntanumero").is_focused());
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
    assert_eq!(harness.doc().assessment().municipality.name, "Kuvitelmala");
}

/// Keys pressed from opening a criterion (typed text not counted, each Tab, arrow, Enter and
/// shortcut counted).
struct Keys<'a> {
    harness: &'a mut Driver,
    count: usize,
}

impl Keys<'_> {
    fn press(&mut self, key: egui::Key) {
        self.press_with(egui::Modifiers::NONE, key);
    }

    fn press_with(&mut self, modifiers: egui::Modifiers, key: egui::Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run();
        self.count += 1;
    }

    /// Types into the focused field, which must be `label`.
    fn type_into(&mut self, label: &str, text: &str) {
        let node = self.harness.get_by_label(label);
        assert!(node.is_focused(), "{label} has the focus");
        node.type_text(text);
        self.harness.run();
    }
}

/// Opening a criterion from the keyboard puts the focus on its status; the status group is
/// one Tab stop whose choice the arrow keys move; one Tab reaches "Lisää näyttö…", whose
/// editor opens with its first control focused, and Ctrl+Enter is "Valmis". Status and one
/// evidence item that counts take 11 keys (the goal is at most 15).
#[test]
fn status_and_one_evidence_item_take_at_most_fifteen_keys() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    let mut keys = Keys {
        harness: &mut harness,
        count: 0,
    };
    keys.press_with(egui::Modifiers::ALT, egui::Key::ArrowRight);
    keys.harness.get_by_label("Kriteeri 2/10");
    let radio = |harness: &Driver, label: &str| {
        harness
            .get_by_role_and_label(Role::RadioButton, label)
            .is_focused()
    };
    assert!(radio(keys.harness, "Ei arvioitu"));
    keys.press(egui::Key::ArrowRight);
    assert!(radio(keys.harness, "Täyttyy"));
    keys.press(egui::Key::Tab);
    assert!(keys.harness.get_by_label("Lisää näyttö…").is_focused());
    keys.press(egui::Key::Enter);
    assert!(radio(keys.harness, "Päätös"));
    keys.press(egui::Key::Tab);
    assert!(radio(keys.harness, "Valtuusto"));
    keys.press(egui::Key::ArrowRight);
    keys.press(egui::Key::Tab);
    keys.press(egui::Key::Tab);
    keys.type_into("Asia", "Liittyminen Terve Kunta -verkostoon");
    keys.press(egui::Key::Tab);
    keys.type_into("Kokouspäivä", "9.11.2020");
    keys.press(egui::Key::Tab);
    keys.type_into("Pykälä (§)", "388");
    keys.press_with(egui::Modifiers::COMMAND, egui::Key::Enter);
    let count = keys.count;
    assert!(count <= 15, "{count} keys");
    assert_eq!(count, 11);

    let doc = harness.doc();
    assert!(doc.editor.is_none(), "Ctrl+Enter closed the editor");
    let readiness = doc.readiness(common::clock().today);
    let second = &readiness.criteria[1];
    assert_eq!(
        doc.assessment()
            .answer(&second.criterion.id)
            .unwrap()
            .status,
        Status::Met
    );
    assert!(second.counts_as_met(), "{second:?}");
}

/// Esc closes the editor: a new item is cancelled (removed), an item recorded before is kept
/// as it was edited.
#[test]
fn escape_cancels_a_new_item_and_closes_a_recorded_one() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Lisää näyttö…");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.doc().editor.is_none());
    assert!(harness.doc().assessment().evidence.is_empty());

    click(&mut harness, "Lisää näyttö…");
    fill(&mut harness, "Asia", "Hyvinvointijohtamisen vastuut");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Enter);
    harness.run();
    // Incomplete: "Valmis" asks first, and keeps the editor open.
    harness.get_by_label("Näyttö on keskeneräinen. Säilytetäänkö se näin?");
    click(&mut harness, "Säilytä keskeneräisenä");
    assert!(harness.doc().editor.is_none());
    click(&mut harness, "Muokkaa…");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(harness.doc().editor.is_none());
    assert_eq!(harness.doc().assessment().evidence.len(), 1);
    assert_eq!(
        terve_kunta::i18n::evidence_summary(
            terve_kunta::domain::Lang::Fi,
            &harness.doc().assessment().evidence[0]
        ),
        "Valtuusto: Hyvinvointijohtamisen vastuut"
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
    new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    click(&mut harness, "Yhteenveto");
    click(&mut harness, "Vie PDF…");
    assert_eq!(
        *requests.borrow(),
        [DialogPurpose::ExportReport {
            suggested_name: "Terve-Kunta-itsearviointi-Kuvitelmala-2026-11-24.pdf".to_owned()
        }]
    );
    let bytes = std::fs::read(&target).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    harness.get_by_label_contains("Raportti tallennettu (");
}

/// At first start the app asks who the user is, prefilled with the system's user name; the
/// name is stored and every history entry records it, never an empty name.
#[test]
fn at_first_start_the_app_asks_for_the_name_the_history_records() {
    let data = TempDir::new("ui");
    let mut harness =
        common::first_start_harness(&data, ScriptedDialogs::default(), Box::new(|_| Ok(())));
    harness.get_by_label("Tervetuloa! Kuka olet?");
    let system = terve_kunta::system::system_user_name();
    assert_eq!(
        harness.get_by_label("Nimesi").value().unwrap_or_default(),
        system
    );
    // An empty name is not accepted.
    harness.get_by_label("Nimesi").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.key_press(egui::Key::Backspace);
    harness.run();
    assert!(
        harness
            .query_by_label("Kirjoita nimesi: historia ei kirjaa nimettömiä muutoksia.")
            .is_none(),
        "no error before trying"
    );
    activate(&mut harness, Role::Button, "Jatka");
    harness.get_by_label("Kirjoita nimesi: historia ei kirjaa nimettömiä muutoksia.");
    assert!(harness.state().settings().user_name.is_empty());
    harness.get_by_label("Nimesi").type_text("Kaisa Kuvitelma");
    harness.run();
    activate(&mut harness, Role::Button, "Jatka");
    assert!(harness.query_by_label("Tervetuloa! Kuka olet?").is_none());
    assert_eq!(harness.state().settings().user_name, "Kaisa Kuvitelma");
    // Remembered: the next start does not ask.
    let again = app_harness(&data, ScriptedDialogs::default());
    assert!(again.query_by_label("Tervetuloa! Kuka olet?").is_none());
    // The history of a new assessment names the user.
    new_kuvitelmala(&mut harness, "");
    click(&mut harness, "Täyttyy");
    settle(&mut harness);
    let doc = harness.state().document().unwrap();
    assert!(!doc.assessment().history.is_empty());
    assert!(
        doc.assessment()
            .history
            .iter()
            .all(|entry| entry.who == "Kaisa Kuvitelma")
    );
}

/// The elected official filled from an appointment recorded as evidence: one choice fills the
/// name and the title as the appointment has them.
#[test]
fn a_person_is_filled_from_an_appointment() {
    let mut harness = Driver::start(ScriptedDialogs::default());
    click(&mut harness, "Avaa esimerkki");
    click(&mut harness, "Perustiedot");
    harness.get_by_label("Ohjausryhmä");
    assert_eq!(
        harness
            .get_by_label("Luottamushenkilön nimi")
            .value()
            .as_deref(),
        Some("Ilkka Lehtola")
    );
    let fill = "Täytä luottamushenkilö nimeämisestä";
    harness
        .get_by_role_and_label(Role::ComboBox, fill)
        .scroll_to_me();
    harness.run();
    click_role(&mut harness, Role::ComboBox, fill);
    click(
        &mut harness,
        "Aino Kettunen, hyvinvointikoordinaattori, nimeäjä Kunnanjohtaja, 1.9.2025",
    );
    let official = &harness.doc().assessment().elected_official;
    assert_eq!(
        (official.name.as_str(), official.title.as_str()),
        ("Aino Kettunen", "hyvinvointikoordinaattori")
    );
    // Kept: the e-mail entered before is not the appointment's to change.
    assert_eq!(official.email, "ilkka.lehtola@esimerkkila.example");
}

/// Every heading the screen shows, as a screen reader finds them: (level, name), in order.
fn headings(harness: &Driver) -> Vec<(usize, String)> {
    use egui_kittest::kittest::NodeT as _;
    harness
        .query_all_by_role(Role::Heading)
        .map(|node| {
            let node = node.accesskit_node();
            // egui puts a label's text in its value.
            let name = node.label().or_else(|| node.value()).unwrap_or_default();
            (node.level().unwrap_or(0), name)
        })
        .collect()
}

/// What a screen reader needs (issue 19): headings with levels on the start, assessment and
/// summary screens; a criterion in the side list tells its status; the status choices are
/// one group named "Tila"; no name is left in egui's English.
#[test]
fn a_screen_reader_finds_headings_statuses_groups_and_finnish_names() {
    use egui_kittest::kittest::NodeT as _;
    let mut harness = Driver::start(ScriptedDialogs::default());
    let start = headings(&harness);
    assert_eq!(start[0], (1, "Terve Kunta -itsearviointi".to_owned()));
    assert!(start.contains(&(2, "Kriteeristö".to_owned())), "{start:?}");
    assert!(
        start.contains(&(2, "Viimeisimmät arvioinnit".to_owned())),
        "{start:?}"
    );

    click(&mut harness, "Avaa esimerkki");
    let summary = headings(&harness);
    assert!(
        summary.contains(&(2, "Kriteerit yhdellä silmäyksellä".to_owned())),
        "{summary:?}"
    );
    assert!(
        summary.contains(&(2, "Mitä vielä puuttuu".to_owned())),
        "{summary:?}"
    );

    click(&mut harness, "Arviointi");
    let assessment = headings(&harness);
    assert_eq!(
        assessment[..3],
        [
            (1, "Ylimmän johdon vastuu".to_owned()),
            (2, "Tila".to_owned()),
            (2, "Näyttö (0)".to_owned()),
        ],
        "{assessment:?}"
    );
    // The side list: the name, and the status as its description.
    let first = harness.get_by_label("1. Ylimmän johdon vastuu");
    assert_eq!(
        first.accesskit_node().description().as_deref(),
        Some("Täyttyy, näyttö puuttuu")
    );
    // The status choices: one group named as the heading above it, holding the four.
    let group = harness.get_by_role_and_label(Role::RadioGroup, "Tila");
    let choices: Vec<String> = group
        .query_all_by_role(Role::RadioButton)
        .map(|node| node.accesskit_node().label().unwrap_or_default())
        .collect();
    assert_eq!(
        choices,
        ["Ei arvioitu", "Täyttyy", "Täyttyy osittain", "Ei täyty"]
    );
    // Collapsible sections say whether they are open.
    let guidance = harness.get_by_label("Mikä käy näytöksi");
    assert!(guidance.accesskit_node().data().is_expanded().is_some());
    // Nothing in egui's own English.
    for english in ["Resize panel", "Resize window"] {
        assert_eq!(
            harness
                .query_all_by(|node| node.label().is_some_and(|label| label.contains(english)))
                .count(),
            0,
            "{english}"
        );
    }
    harness.get_by_label("Muuta kriteeriluettelon leveyttä");
    // The shortcut in a tooltip in Finnish, not egui's "Alt+Right".
    let next = harness.get_by_label("Seuraava kriteeri");
    assert_eq!(
        next.accesskit_node().description().as_deref(),
        Some("Siirry seuraavaan kriteeriin (Alt+Oikea nuoli)")
    );
}

/// Another criterion opens at its top with its title in view, even one scrolled down before;
/// a message about an assessment goes when it is closed.
#[test]
fn a_criterion_opens_at_its_top_and_closing_clears_its_message() {
    let mut harness = Driver::start(ScriptedDialogs::default());
    click(&mut harness, "Avaa esimerkki");
    click(&mut harness, "Arviointi");
    let top = harness.get_by_label("Ylimmän johdon vastuu").rect().min.y;
    harness.get_by_label("Lisää toimenpide").scroll_to_me();
    harness.run();
    assert!(
        harness
            .query_by_label("Ylimmän johdon vastuu")
            .is_none_or(|title| title.rect().min.y < top - 50.0)
    );
    click(&mut harness, "Seuraava kriteeri");
    click(&mut harness, "Edellinen kriteeri");
    let again = harness.get_by_label("Ylimmän johdon vastuu").rect().min.y;
    assert!((again - top).abs() < 0.5, "{again} vs {top}");

    // A message (here: the example is not saved anywhere, so finalising needs a file) ...
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::Finalise);
    harness.run();
    assert!(harness.state().notice().is_some());
    // ... is gone with the assessment it was about.
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    assert!(harness.state().notice().is_none());
}

/// An action past its date and not done is marked "Myöhässä"; done, or due later, it is not.
#[test]
fn an_overdue_action_is_marked() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    click(&mut harness, "Lisää toimenpide");
    fill(&mut harness, "Mitä tehdään", "Päivitetään hallintosääntö");
    fill(&mut harness, "Mihin mennessä", "30.11.2026");
    harness.key_press(egui::Key::Tab);
    harness.run();
    assert!(harness.query_by_label("Myöhässä").is_none(), "due later");
    harness.get_by_label("Mihin mennessä").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Mihin mennessä")
        .type_text("1.11.2026");
    harness.key_press(egui::Key::Tab);
    harness.run();
    harness.get_by_label("Myöhässä");
    click(&mut harness, "Tehty");
    assert!(harness.query_by_label("Myöhässä").is_none(), "done");
}

/// On a full-HD screen the ten tiles stand in two rows of five, not nine and one.
#[test]
fn the_summary_tiles_stand_in_even_rows_on_a_wide_screen() {
    let mut harness = Driver::start(ScriptedDialogs::default());
    harness.set_size(egui::vec2(1920.0, 1080.0));
    click(&mut harness, "Avaa esimerkki");
    let tile = |harness: &Driver, number: u32| {
        harness
            .query_all_by_role(Role::Button)
            .find(|node| {
                egui_kittest::kittest::NodeT::accesskit_node(node)
                    .label()
                    .is_some_and(|label| label.starts_with(&format!("{number}. ")))
            })
            .unwrap()
            .rect()
    };
    let (first, fifth, sixth) = (tile(&harness, 1), tile(&harness, 5), tile(&harness, 6));
    assert!((fifth.top() - first.top()).abs() < 0.5, "1-5 in one row");
    assert!(
        (sixth.left() - first.left()).abs() < 0.5,
        "6 starts the second row"
    );
    assert!(sixth.top() > first.bottom());
}

/// Every shortcut the README lists does what it says (Ctrl+S, Ctrl+Shift+S, Ctrl+Z, Ctrl+Y and
/// Alt+arrows have tests of their own).
#[test]
fn each_shortcut_does_what_the_readme_says() {
    let dialogs = ScriptedDialogs::default();
    let requests = dialogs.requests.clone();
    let mut harness = Driver::start(dialogs);
    new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    let press = |harness: &mut Driver, key| {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
    };
    for (key, screen) in [
        (egui::Key::Num2, Screen::Summary),
        (egui::Key::Num3, Screen::Audit),
        (egui::Key::Comma, Screen::Settings),
        (egui::Key::Num1, Screen::Assessment),
    ] {
        press(&mut harness, key);
        assert_eq!(harness.state().screen(), screen, "{key:?}");
    }
    press(&mut harness, egui::Key::P);
    assert!(
        matches!(
            requests.borrow().last(),
            Some(DialogPurpose::ExportReport { .. })
        ),
        "Ctrl+P: {:?}",
        requests.borrow()
    );
    press(&mut harness, egui::Key::O);
    assert_eq!(
        requests.borrow().last(),
        Some(&DialogPurpose::OpenAssessment)
    );
    press(&mut harness, egui::Key::N);
    harness.get_by_label("Kunnan nimi");
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert!(
        harness.query_by_label("Kunnan nimi").is_none(),
        "Esc closed the form"
    );
    // Only the press, so that the frame it closes in is the last one run.
    harness.event(egui::Event::Key {
        key: egui::Key::Q,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::COMMAND,
    });
    harness.step();
    let closing = harness.output().viewport_output.values().any(|viewport| {
        viewport
            .commands
            .iter()
            .any(|command| matches!(command, egui::ViewportCommand::Close))
    });
    assert!(closing, "Ctrl+Q closes the window");
}

/// Ctrl+4 shows every criterion's actions in one list by due date with the overdue ones
/// marked; a criterion's name there opens its page.
#[test]
fn the_actions_view_lists_every_action_by_due_date_with_overdue_marked() {
    let mut harness = Driver::with_new_assessment("Kaisa Kuvitelma");
    let add = |harness: &mut Driver, what: &str, due: &str| {
        click(harness, "Lisää toimenpide");
        fill(harness, "Mitä tehdään", what);
        fill(harness, "Mihin mennessä", due);
        harness.key_press(egui::Key::Tab);
        harness.run();
    };
    // The clock says 24.11.2026.
    add(&mut harness, "Päivitetään hallintosääntö", "1.12.2026");
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::ALT, egui::Key::ArrowRight);
    harness.run();
    harness.get_by_label("Kriteeri 3/10");
    add(&mut harness, "Kootaan ohjausryhmä", "1.11.2026");

    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Num4);
    harness.run();
    harness.get_by_label("2 toimenpidettä, 1 myöhässä");
    let top = |harness: &Driver, label: &str| harness.get_by_label(label).rect().top();
    assert!(
        top(&harness, "Kootaan ohjausryhmä") < top(&harness, "Päivitetään hallintosääntö"),
        "the overdue one, due first, comes first"
    );
    // On the same row: the middles within a few pixels (rows are over 20 apart).
    let same_row = |harness: &Driver, a: &str, b: &str| {
        let middle = |label: &str| harness.get_by_label(label).rect().center().y;
        (middle(a) - middle(b)).abs() < 6.0
    };
    assert!(same_row(&harness, "myöhässä", "Kootaan ohjausryhmä"));
    assert!(same_row(&harness, "kesken", "Päivitetään hallintosääntö"));
    assert!(!same_row(
        &harness,
        "myöhässä",
        "Päivitetään hallintosääntö"
    ));

    harness.get_by_label("Kriteeri 1").click();
    harness.run();
    harness.get_by_label("Kriteeri 1/10");
}

/// The proposal to the steering group is written on the summary, saved with the assessment,
/// recorded in its history, and read-only once the assessment is finalised.
#[test]
fn the_proposal_to_the_steering_group_is_saved_and_recorded() {
    let mut harness = Driver::with_new_assessment("Henna Hyvönen");
    click(&mut harness, "Yhteenveto");
    let text = "Esitän, että Kuvitelmala hakee verkostoon keväällä.";
    let field = harness.get_by_role_and_label(Role::MultilineTextInput, "Esitys ohjausryhmälle");
    field.focus();
    harness.run();
    harness
        .get_by_role_and_label(Role::MultilineTextInput, "Esitys ohjausryhmälle")
        .type_text(text);
    harness.run();
    settle(&mut harness);
    let on_disk = terve_kunta::storage::read_assessment(&harness.path()).unwrap();
    assert_eq!(on_disk.proposal, text);
    let recorded = on_disk.history.iter().any(|entry| {
        matches!(&entry.event, Event::Changed(change)
            if change.field == Field::Proposal && change.new == text && change.old.is_empty())
    });
    assert!(recorded, "{:#?}", on_disk.history);
    // What the history shows a person names the field.
    click(&mut harness, "Tarkastus");
    let rows: Vec<String> = harness
        .query_all_by(|node| node.value().is_some_and(|v| v.contains(" » ")))
        .map(|node| node.value().unwrap_or_default())
        .collect();
    assert!(
        rows.iter()
            .any(|row| row.ends_with(&format!("Esitys ohjausryhmälle: (tyhjä) » {text}"))),
        "{rows:?}"
    );
}

/// "Aloita uusi arviointi tämän pohjalta": a new file beside the old one (which is left as it
/// is), every status not assessed with the last round's shown as a hint, the origin recorded.
#[test]
fn the_next_round_starts_from_the_open_assessment() {
    let mut harness = Driver::with_new_assessment("Henna Hyvönen");
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    settle(&mut harness);
    let old_path = harness.path();
    let old_bytes = std::fs::read(&old_path).unwrap();
    let old_id = harness.doc().assessment().id.clone();
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Aloita uusi arviointi tämän pohjalta");
    settle(&mut harness);
    let new_path = harness.path();
    assert_ne!(new_path, old_path);
    assert_eq!(
        std::fs::read(&old_path).unwrap(),
        old_bytes,
        "the old round is untouched"
    );
    assert_eq!(first_status(&harness), Status::NotAssessed);
    harness.get_by_label("Edellisellä kierroksella: Täyttyy osittain");
    let saved = terve_kunta::storage::read_assessment(&new_path).unwrap();
    assert_eq!(saved.origin.as_ref().unwrap().id, old_id);
    assert_eq!(saved.municipality.name, "Kuvitelmala");
    assert!(
        terve_kunta::storage::verify::verify_file(&new_path)
            .unwrap()
            .is_intact()
    );
    // The recent list has both rounds.
    assert_eq!(harness.state().settings().recent[0].path, new_path);
    assert!(
        harness
            .state()
            .settings()
            .recent
            .iter()
            .any(|entry| entry.path == old_path)
    );
}
