//! Storage seen from the app: autosave and restart, one writer, newer files, changes made
//! elsewhere, failed saves, recovery from the backup, attachments.
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

mod common;

use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use common::{
    Driver, TempDir, activate, app_harness, app_harness_with, click, click_role, fill,
    first_status, new_kuvitelmala, settle, user_settings,
};
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use terve_kunta::domain::assessment::Status;
use terve_kunta::ui::Screen;
use terve_kunta::ui::dialogs::ScriptedDialogs;

#[test]
fn edits_are_saved_by_themselves_and_are_back_after_a_restart() {
    let mut harness = Driver::with_new_assessment("");
    let path = harness.path();
    assert!(
        path.starts_with(harness.data.join("assessments")),
        "in a folder of its own: {path:?}"
    );
    assert!(path.is_file(), "saved at once");

    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    fill(
        &mut harness,
        "Perustelu",
        "Matkakuluille ei ole määrärahaa.",
    );
    settle(&mut harness);
    harness.get_by_label("Tallennettu");
    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(&on_disk, harness.doc().assessment());

    let mut harness = harness.restart(ScriptedDialogs::default());
    click(&mut harness, "Kuvitelmala");
    assert_eq!(first_status(&harness), Status::PartlyMet);
    assert_eq!(
        harness.get_by_label("Perustelu").value().as_deref(),
        Some("Matkakuluille ei ole määrärahaa.")
    );
    assert!(harness.doc().is_editable());
}

#[test]
fn a_second_instance_opens_read_only_and_says_who_holds_it() {
    let data = TempDir::new("ui-storage");
    user_settings(&data, "Kaisa Kuvitelma");
    let mut first = app_harness(&data, ScriptedDialogs::default());
    let path = new_kuvitelmala(&mut first, "");

    let mut second = app_harness(&data, ScriptedDialogs::default());
    click(&mut second, "Kuvitelmala");
    assert!(!second.state().document().unwrap().is_editable());
    let banner = second
        .get_by_label_contains("Vain luku: Kaisa Kuvitelma muokkaa tätä arviointia koneella")
        .value()
        .unwrap_or_default();
    assert!(banner.contains("alkaen"), "{banner}");
    assert!(
        second
            .get_by_label("Täyttyy")
            .accesskit_node()
            .is_disabled()
    );
    second.get_by_label("Vain luku");
    let before = std::fs::read(&path).unwrap();
    click_role(&mut second, Role::RadioButton, "Täyttyy");
    settle(&mut second);
    assert_eq!(first_status(&second), Status::NotAssessed);
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "read-only never writes"
    );

    // When the first closes, the lock is free.
    drop(first);
    drop(second);
    let mut third = app_harness(&data, ScriptedDialogs::default());
    click(&mut third, "Kuvitelmala");
    assert!(third.state().document().unwrap().is_editable());
}

#[test]
fn a_file_from_a_newer_version_opens_read_only_and_is_never_written() {
    let data = TempDir::new("ui-storage");
    let file = data.join("uudempi.ron");
    let text = include_str!("golden/v1/esimerkkila.ron").replacen(
        "schema_version: 1,",
        "schema_version: 5,",
        1,
    );
    std::fs::write(&file, &text).unwrap();
    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(file.clone())]));
    click(&mut harness, "Avaa…");
    assert_eq!(harness.state().screen(), Screen::Assessment);
    harness.get_by_label(
        "Vain luku: arvioinnin on tallentanut uudempi sovellus (tiedostoversio 5). Päivitä sovellus muokataksesi sitä; tiedostoa ei muuteta.",
    );
    assert!(
        harness
            .get_by_label("Täyttyy")
            .accesskit_node()
            .is_disabled()
    );
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    settle(&mut harness);
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::CloseDocument);
    harness.run();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn a_change_made_elsewhere_is_asked_about_not_overwritten() {
    let mut harness = Driver::with_new_assessment("");
    let path = harness.path();
    // A sync client brings another version.
    let mut theirs = terve_kunta::storage::read_assessment(&path).unwrap();
    theirs.municipality.name = "Kuvitelmalan kaupunki".to_owned();
    std::fs::write(&path, terve_kunta::storage::encode_assessment(&theirs)).unwrap();

    click_role(&mut harness, Role::RadioButton, "Ei täyty");
    settle(&mut harness);
    // The question, and the same words beside the document's name.
    assert_eq!(
        harness
            .query_all_by_label("Tiedostoa on muutettu toisaalla")
            .count(),
        2
    );
    assert_eq!(
        terve_kunta::storage::read_assessment(&path).unwrap(),
        theirs
    );

    click(&mut harness, "Korvaa tiedosto omalla versiollani");
    settle(&mut harness);
    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(on_disk.municipality.name, "Kuvitelmala");
    assert_eq!(
        on_disk.answers.values().next().unwrap().status,
        Status::NotMet
    );
}

#[test]
fn a_failed_save_says_why_keeps_the_changes_and_tries_again() {
    let mut harness = Driver::with_new_assessment("");
    let path = harness.path();
    let folder = path.parent().unwrap().to_path_buf();
    // The folder disappears (a network drive drops): saving cannot succeed.
    let moved = harness.data.join("siirretty");
    std::fs::rename(&folder, &moved).unwrap();
    std::fs::write(&folder, b"not a folder").unwrap();

    click_role(&mut harness, Role::RadioButton, "Täyttyy");
    settle(&mut harness);
    harness.get_by_label("Tallennus epäonnistui, yritetään uudelleen");
    harness.get_by_label_contains(
        "Tallennus epäonnistui: kansiota ei löydy. Aiempi tiedosto on ennallaan",
    );
    assert!(harness.doc().is_dirty());

    // The folder comes back: the next try saves.
    std::fs::remove_file(&folder).unwrap();
    std::fs::rename(&moved, &folder).unwrap();
    settle(&mut harness);
    assert!(!harness.doc().is_dirty());
    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(on_disk.answers.values().next().unwrap().status, Status::Met);
    assert!(
        harness.state().notice().is_none(),
        "the error goes once saving works"
    );
}

#[test]
fn an_unreadable_file_offers_its_backup() {
    let mut harness = Driver::with_new_assessment("");
    let path = harness.path();
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    settle(&mut harness);
    click_role(&mut harness, Role::RadioButton, "Ei täyty");
    settle(&mut harness);
    let data = harness.stop();
    let good = std::fs::read(&path).unwrap();
    std::fs::write(&path, &good[..good.len() / 3]).unwrap();

    let mut harness = Driver::in_folder(data, ScriptedDialogs::default());
    click(&mut harness, "Kuvitelmala");
    harness.get_by_label("Arviointitiedostoa ei voi lukea");
    click(&mut harness, "Palauta varmuuskopio");
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(
        first_status(&harness),
        Status::PartlyMet,
        "the version before the last"
    );
    harness.get_by_label_contains("Varmuuskopio palautettiin. Vioittunut tiedosto säilytettiin:");
    let kept: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".broken-"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read(kept[0].path()).unwrap(),
        &good[..good.len() / 3]
    );
}

/// A launcher that records what it was asked to open (and opens nothing).
fn recording_launcher() -> (Rc<RefCell<Vec<PathBuf>>>, terve_kunta::ui::Launcher) {
    let opened: Rc<RefCell<Vec<PathBuf>>> = Rc::default();
    let log = opened.clone();
    let launcher: terve_kunta::ui::Launcher = Box::new(move |path| {
        log.borrow_mut().push(path.to_path_buf());
        Ok(())
    });
    (opened, launcher)
}

#[test]
fn attachments_are_copied_checked_before_opening_and_programs_are_asked_about() {
    let data = TempDir::new("ui-storage");
    let outside = TempDir::new("ui-storage-source");
    let minutes = outside.join("ptk.pdf");
    std::fs::write(&minutes, b"%PDF-1.7 kunnanhallitus 9.11.2020").unwrap();
    let script = outside.join("asenna.sh");
    std::fs::write(&script, b"#!/bin/sh\necho hei\n").unwrap();
    let (opened, launcher) = recording_launcher();
    let dialogs = ScriptedDialogs::answering([Some(minutes.clone()), Some(script.clone())]);
    let mut harness = app_harness_with(&data, dialogs, launcher);
    let path = new_kuvitelmala(&mut harness, "");
    click(&mut harness, "Lisää näyttö…");
    // The first pointer click into a new modal is lost in the harness: use AccessKit.
    activate(&mut harness, Role::Button, "Liitä tiedosto…");
    harness.get_by_label("ptk.pdf (0 kt)");
    let folder = path.parent().unwrap();
    let attachment =
        harness.state().document().unwrap().assessment().evidence[0].attachments[0].clone();
    let stored = folder.join(&attachment.path);
    assert_eq!(
        std::fs::read(&stored).unwrap(),
        std::fs::read(&minutes).unwrap()
    );

    click(&mut harness, "Avaa liite");
    assert_eq!(*opened.borrow(), [std::fs::canonicalize(&stored).unwrap()]);

    // Changed after attaching: said, and not handed on.
    std::fs::write(&stored, b"%PDF-1.7 muutettu").unwrap();
    click(&mut harness, "Avaa liite");
    harness.get_by_label("Liitetiedosto on muuttunut liittämisen jälkeen: ptk.pdf");
    assert_eq!(opened.borrow().len(), 1);

    // A script is asked about first.
    click(&mut harness, "Liitä tiedosto…");
    let buttons: Vec<_> = harness.query_all_by_label("Avaa liite").collect();
    assert_eq!(
        buttons.len(),
        1,
        "the modified one shows its problem instead"
    );
    drop(buttons);
    click(&mut harness, "Avaa liite");
    harness.get_by_label("Avataanko ohjelmatiedosto?");
    // The editor behind has a "Peruuta" too; the question is on top.
    harness
        .get_all_by_label("Peruuta")
        .last()
        .unwrap()
        .click_accesskit();
    harness.run();
    assert!(
        harness
            .query_by_label("Avataanko ohjelmatiedosto?")
            .is_none()
    );
    assert_eq!(opened.borrow().len(), 1);
    click(&mut harness, "Avaa liite");
    activate(&mut harness, Role::Button, "Avaa silti");
    assert_eq!(opened.borrow().len(), 2);
    assert!(opened.borrow()[1].to_string_lossy().ends_with(".sh"));
}

#[test]
fn temporary_files_of_a_killed_save_are_swept_at_start_up() {
    let harness = Driver::with_new_assessment("");
    let path = harness.path();
    let data = harness.stop();
    let folder = path.parent().unwrap();
    let stale = folder.join(format!(
        "{}4000000000-assessment.ron-7",
        terve_kunta::storage::TEMP_PREFIX
    ));
    std::fs::write(&stale, b"half a save").unwrap();
    let _harness = Driver::in_folder(data, ScriptedDialogs::default());
    assert!(!stale.exists());
    assert!(path.exists());
}

/// A version 1 file opens as it is, verifies, and is written as the current version (4) at its first save
/// after an edit; its history goes on and it verifies again.
#[test]
fn a_version_1_file_opens_and_is_written_as_the_current_version_after_an_edit() {
    let data = TempDir::new("ui-storage");
    let file = data.join("vanha").join("assessment.ron");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    let text = include_str!("golden/v1/esimerkkila.ron");
    std::fs::write(&file, text).unwrap();
    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(file.clone())]));
    click(&mut harness, "Avaa…");
    assert_eq!(harness.state().screen(), Screen::Assessment);
    // Made against the first version of the criteria: what changed, and the offer to move.
    harness.get_by_label("Kriteeristön uusi versio");
    // Version 1 had no requirements: "before" says so rather than nothing.
    assert_eq!(harness.query_all_by_label("Ennen: (ei mitään)").count(), 10);
    activate(&mut harness, Role::Button, "Ei nyt");
    assert!(harness.query_by_label("Kriteeristön uusi versio").is_none());
    settle(&mut harness);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "opening changes nothing"
    );
    click_role(&mut harness, Role::RadioButton, "Ei täyty");
    settle(&mut harness);
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("schema_version: 4,"), "{saved}");
    // Laid out as written, history whole; only the golden file's attachment is not here.
    let findings = terve_kunta::storage::verify::verify_file(&file)
        .unwrap()
        .findings;
    assert!(
        findings.iter().all(|finding| matches!(
            finding,
            terve_kunta::storage::verify::Finding::Attachment { .. }
        )),
        "{findings:?}"
    );
    assert_eq!(findings.len(), 1);
    // Its criteria set is still the one it was made against.
    let on_disk = terve_kunta::storage::read_assessment(&file).unwrap();
    assert_eq!(on_disk.criteria.version, "2017-2020.1");
    assert_eq!(first_status(&harness), Status::NotMet);
}

/// An assessment made against an older version of the criteria: on opening, the app shows
/// what changed criterion by criterion and offers the move; the move is saved, recorded in
/// the history, and the file still verifies. Until moved, every screen says a newer version
/// exists; the ended period is said with the link to the network's page.
#[test]
fn an_assessment_made_against_an_older_version_is_moved_with_a_record() {
    let data = TempDir::new("ui-storage");
    let file = data.join("edellinen.ron");
    let previous = common::previous_set();
    let mut assessment = common::ready_assessment(&previous);
    let describe = |e: &terve_kunta::domain::evidence::Evidence| {
        terve_kunta::i18n::evidence_summary(terve_kunta::domain::Lang::Fi, e)
    };
    assessment.record_creation("Aino Kettunen", &common::clock(), &describe);
    std::fs::write(&file, terve_kunta::storage::encode_assessment(&assessment)).unwrap();
    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(file.clone())]));
    click(&mut harness, "Avaa…");
    harness.get_by_label("Kriteeristön uusi versio");
    // In the question and in the banner behind it.
    let banner =
        "Arviointi on tehty kriteeristön version 2017-2020.2 mukaan; uusin versio on 2017-2020.3.";
    assert_eq!(harness.query_all_by_label(banner).count(), 2);
    // Criterion by criterion: criterion 7's guidance, before and now.
    harness.get_by_label("7. Lakisääteinen tehtävä (TK-07)");
    assert!(harness.query_all_by_label("Ohje näytöstä").count() >= 4);
    assert!(
        harness
            .query_all_by_label_contains("Nyt: Kuntalain (410/2015) 1 §:n mukaan")
            .count()
            == 1
    );
    // Criterion 1 changed only in Swedish: said so, not "before" = "now" in Finnish.
    assert!(
        harness
            .query_all_by_label("Sama tällä kielellä; muuttunut kielillä: sv.")
            .count()
            >= 1
    );
    // Not moved yet: the banner stays, with the way back to the changes.
    activate(&mut harness, Role::Button, "Ei nyt");
    harness.get_by_label(banner);
    harness.get_by_label_contains("Kriteeristön verkostokausi 2017–2020 on päättynyt");
    harness.get_by_label("Verkoston sivu: ajantasaiset kriteerit");
    click(&mut harness, "Näytä kriteeristön muutokset…");
    activate(
        &mut harness,
        Role::Button,
        "Siirrä arviointi versioon 2017-2020.3",
    );
    harness.get_by_label_contains("Arviointi siirrettiin kriteeristön versioon 2017-2020.3.");
    settle(&mut harness);

    let on_disk = terve_kunta::storage::read_assessment(&file).unwrap();
    assert_eq!(on_disk.criteria.version, "2017-2020.3");
    assert_eq!(
        on_disk.criteria.content_hash,
        common::shipped_set().content_hash()
    );
    let change = on_disk
        .history
        .iter()
        .rev()
        .find_map(|entry| match &entry.event {
            terve_kunta::domain::history::Event::Changed(change)
                if change.field == terve_kunta::domain::history::Field::Criteria =>
            {
                Some(change.clone())
            }
            _ => None,
        })
        .expect("the move is in the history");
    assert_eq!(
        (change.old.as_str(), change.new.as_str()),
        (
            "terve-kunta-kunnat 2017-2020.2",
            "terve-kunta-kunnat 2017-2020.3"
        )
    );
    let findings = terve_kunta::storage::verify::verify_file(&file)
        .unwrap()
        .findings;
    assert!(findings.is_empty(), "{findings:?}");
    // Moved: no banner about a newer version.
    assert!(harness.query_by_label(banner).is_none());
}

/// Undo takes a move to another criteria version back, and the set shown follows the
/// content; redo moves it again.
#[test]
fn undo_takes_a_move_to_another_version_back_and_the_set_follows() {
    let previous = common::previous_set();
    let current = common::shipped_set();
    let assessment = common::ready_assessment(&previous);
    let mut doc = terve_kunta::ui::Document::new(assessment, previous, None);
    doc.newer_set = Some(current);
    doc.session.frame(0.0);
    doc.session.frame(2.0);
    doc.move_to_set(doc.newer_set.clone().unwrap());
    doc.session.frame(2.1);
    doc.session.frame(4.0);
    assert_eq!(doc.set.version, "2017-2020.3");
    assert!(doc.newer_set.is_none());
    assert!(doc.session.can_undo());
    doc.undo();
    assert_eq!(doc.assessment().criteria.version, "2017-2020.2");
    assert_eq!(doc.set.version, "2017-2020.2");
    assert_eq!(doc.newer_set.as_ref().unwrap().version, "2017-2020.3");
    doc.redo();
    assert_eq!(doc.assessment().criteria.version, "2017-2020.3");
    assert_eq!(doc.set.version, "2017-2020.3");
    assert_eq!(doc.older_set.as_ref().unwrap().version, "2017-2020.2");
}

/// An evidence row shows that the item has an attachment and a link, and opens each with one
/// click; a link that is not a web address is not offered.
#[test]
fn an_evidence_row_opens_its_attachment_and_link_in_one_click() {
    let data = TempDir::new("ui-storage-row");
    let outside = TempDir::new("ui-storage-row-source");
    let minutes = outside.join("ptk.pdf");
    std::fs::write(&minutes, b"%PDF-1.7 kunnanhallitus 10.11.2025").unwrap();
    let (opened, launcher) = recording_launcher();
    let dialogs = ScriptedDialogs::answering([Some(minutes.clone())]);
    let mut harness = app_harness_with(&data, dialogs, launcher);
    new_kuvitelmala(&mut harness, "");
    click(&mut harness, "Lisää näyttö…");
    activate(&mut harness, Role::Button, "Liitä tiedosto…");
    fill(&mut harness, "Asia", "Hyvinvointijohtamisen vastuut");
    fill(&mut harness, "Pöytäkirjan linkki", "pöytäkirja 318");
    activate(&mut harness, Role::Button, "Valmis");
    activate(&mut harness, Role::Button, "Säilytä keskeneräisenä");
    assert!(harness.state().document().unwrap().editor.is_none());
    // Not a web address: no link to open, only the attachment.
    assert!(harness.query_by_label_contains("Avaa linkki").is_none());
    click(&mut harness, "Avaa liite: ptk.pdf");
    assert_eq!(opened.borrow().len(), 1);
    assert!(opened.borrow()[0].to_string_lossy().ends_with(".pdf"));

    click(&mut harness, "Muokkaa…");
    harness.get_by_label("Pöytäkirjan linkki").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("Pöytäkirjan linkki")
        .type_text("https://kuvitelmala.example/ptk/2025-11-10#318");
    harness.run();
    activate(&mut harness, Role::Button, "Valmis");
    activate(&mut harness, Role::Button, "Säilytä keskeneräisenä");
    harness
        .get_by_label("Avaa linkki: https://kuvitelmala.example/ptk/2025-11-10#318")
        .click();
    harness.step();
    let commands = &harness.output().platform_output.commands;
    assert!(
        commands.iter().any(|command| matches!(
            command,
            egui::OutputCommand::OpenUrl(open)
                if open.url == "https://kuvitelmala.example/ptk/2025-11-10#318"
        )),
        "{commands:?}"
    );
}

/// After a report is written, the message offers to open it and to show its folder.
#[test]
fn a_written_report_can_be_opened_or_shown_in_its_folder() {
    let data = TempDir::new("ui-storage-report");
    let target = data.join("raportit").join("raportti.pdf");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let (opened, launcher) = recording_launcher();
    let dialogs = ScriptedDialogs::answering([Some(target.clone())]);
    let mut harness = app_harness_with(&data, dialogs, launcher);
    new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    click(&mut harness, "Yhteenveto");
    click(&mut harness, "Vie PDF…");
    assert!(target.is_file());
    click(&mut harness, "Avaa");
    click(&mut harness, "Näytä kansiossa");
    assert_eq!(
        *opened.borrow(),
        [target.clone(), target.parent().unwrap().to_path_buf()]
    );
}

/// As a user runs it, the app saves on a thread of its own: a change reaches the file within
/// about a second of UI time (pause 0.3 s, at the latest 1 s), and the window never waits.
#[test]
fn the_app_saves_on_its_own_thread_within_about_a_second() {
    let data = TempDir::new("ui-storage-thread");
    let mut harness = common::background_saving_harness(&data);
    let path = new_kuvitelmala(&mut harness, "Kaisa Kuvitelma");
    harness
        .get_by_role_and_label(Role::RadioButton, "Täyttyy osittain")
        .click();
    harness.step();
    harness.step();
    let status = || {
        let saved = terve_kunta::storage::read_assessment(&path).unwrap();
        saved.answers.values().next().unwrap().status
    };
    assert!(harness.state().document().unwrap().is_dirty());
    assert_eq!(status(), Status::NotAssessed, "not written in the frame");
    // Frames of a quarter of a second; the thread's answer arrives between them.
    let mut frames = 0;
    while harness.state().document().unwrap().is_dirty() && frames < 40 {
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
        frames += 1;
    }
    assert!(!harness.state().document().unwrap().is_dirty());
    assert!(frames <= 8, "saved after {frames} frames of 0.25 s");
    assert_eq!(status(), Status::PartlyMet);
}
