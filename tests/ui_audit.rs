//! Auditing in the app: finalise, a refused edit, reopening with a reason, the history and its
//! filter; an auditor's read-only review with remarks; packages out and in.
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

mod common;

use std::path::{Path, PathBuf};

use common::{
    Driver, TempDir, activate, app_harness, click, click_role, fill, first_status, new_kuvitelmala,
    settle, shipped_set, user_settings,
};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::Status;
use terve_kunta::domain::history::Event;
use terve_kunta::storage::review_file::read_review;
use terve_kunta::storage::verify::verify_file;
use terve_kunta::ui::dialogs::{DialogPurpose, ScriptedDialogs};
use terve_kunta::ui::{App, ReadOnly, Screen};

fn events(harness: &Harness<'static, App>) -> Vec<Event> {
    let doc = harness.state().document().unwrap();
    doc.assessment()
        .history
        .iter()
        .map(|entry| entry.event.clone())
        .collect()
}

#[test]
fn finalise_refuse_an_edit_reopen_with_a_reason_and_see_it_in_the_history() {
    let data = TempDir::new("ui-audit");
    user_settings(&data, "Aino Kettunen");
    let mut harness = Driver::in_folder(data, ScriptedDialogs::default());
    let path = new_kuvitelmala(&mut harness, "");
    click_role(&mut harness, Role::RadioButton, "Täyttyy osittain");
    settle(&mut harness);
    // Created, with the first values of every field, then the status.
    let created = events(&harness);
    assert_eq!(created[0], Event::Created);
    assert!(created[1..].iter().all(|e| matches!(e, Event::Changed(_))));
    let Some(Event::Changed(status)) = created.last() else {
        panic!("{created:?}");
    };
    assert_eq!(
        (status.old.as_str(), status.new.as_str()),
        ("not_assessed", "partly_met")
    );

    click(&mut harness, "Tarkastus");
    harness.get_by_label_contains("Arviointia ei ole viimeistelty.");
    click(&mut harness, "Viimeistele…");
    activate(&mut harness, Role::Button, "Viimeistele ja sinetöi");
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.read_only, Some(ReadOnly::Finalised));
    let seal = doc.assessment().seal.clone().unwrap();
    assert_eq!(seal.by, "Aino Kettunen");
    // Saved sealed, and the file verifies; the audit page shows the seal and the check.
    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(on_disk.seal.as_ref(), Some(&seal));
    assert!(verify_file(&path).unwrap().is_intact());
    harness.get_by_label(&seal.sha256);
    harness.get_by_label("Ehjä: sinetti, historia ja liitteet täsmäävät");
    let sealed_bytes = std::fs::read(&path).unwrap();

    // An edit is refused, with a message; nothing changes on disk.
    click(&mut harness, "Arviointi");
    harness.get_by_label_contains("Vain luku: arviointi on viimeistelty ja sinetöity");
    click_role(&mut harness, Role::RadioButton, "Täyttyy");
    assert_eq!(first_status(&harness), Status::PartlyMet);
    harness.get_by_label_contains("Viimeisteltyä arviointia ei voi muuttaa.");
    settle(&mut harness);
    assert_eq!(std::fs::read(&path).unwrap(), sealed_bytes);

    // Reopening asks for a reason.
    click(&mut harness, "Tarkastus");
    click(&mut harness, "Avaa muokattavaksi…");
    activate(&mut harness, Role::Button, "Avaa muokattavaksi");
    harness.get_by_label("Kirjoita syy ensin.");
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Finalised)
    );
    fill(&mut harness, "Syy", "Valtuuston päätös tarkentui");
    activate(&mut harness, Role::Button, "Avaa muokattavaksi");
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.read_only, None);
    assert_eq!(doc.assessment().seal, None);
    assert_eq!(
        events(&harness).last(),
        Some(&Event::Reopened {
            reason: "Valtuuston päätös tarkentui".to_owned()
        })
    );
    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(on_disk.seal, None);
    assert!(verify_file(&path).unwrap().is_intact());

    // The history shows it, newest first, and filters by criterion.
    history_shows_the_reopening_and_filters_by_criterion(&mut harness);

    // Editing works again, and is recorded.
    click(&mut harness, "Arviointi");
    click_role(&mut harness, Role::RadioButton, "Täyttyy");
    settle(&mut harness);
    assert_eq!(first_status(&harness), Status::Met);
    assert!(matches!(events(&harness).last(), Some(Event::Changed(_))));
}

/// The audit page's history after finalising and re-opening: both entries, and the filter
/// by criterion keeps the status change and hides the rest.
fn history_shows_the_reopening_and_filters_by_criterion(harness: &mut Harness<'static, App>) {
    harness.get_by_label("Avattu muokattavaksi: Valtuuston päätös tarkentui");
    harness.get_by_label("Viimeistelty ja sinetöity");
    let set = shipped_set();
    let first = &set.criteria[0];
    let title = first.short_title.get_or(Lang::Fi, set.official_language).0;
    let status_row = format!(
        "1. {title} · Tila: {} » {}",
        terve_kunta::i18n::status_label(Lang::Fi, Status::NotAssessed),
        terve_kunta::i18n::status_label(Lang::Fi, Status::PartlyMet)
    );
    harness.get_by_label(&status_row);
    harness.get_by_role(Role::ComboBox).click();
    harness.run();
    click(harness, &format!("1. {title}"));
    harness.get_by_label(&status_row);
    assert!(
        harness
            .query_by_label("Avattu muokattavaksi: Valtuuston päätös tarkentui")
            .is_none()
    );
}

/// A sealed assessment someone else saved, in a folder of its own; returns its path.
fn received_assessment(dir: &TempDir) -> PathBuf {
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    let clock = common::clock();
    let describe = |e: &terve_kunta::domain::evidence::Evidence| {
        terve_kunta::i18n::evidence_summary(Lang::Fi, e)
    };
    assessment.record_creation("Aino Kettunen", &clock, &describe);
    assessment.finalise("Aino Kettunen", &clock).unwrap();
    let path = dir.join("assessment.ron");
    std::fs::write(&path, terve_kunta::storage::encode_assessment(&assessment)).unwrap();
    path
}

fn folder_listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_auditor_reads_without_changing_and_writes_remarks_apart() {
    let data = TempDir::new("ui-audit-review");
    let received = TempDir::new("ui-audit-received");
    user_settings(&data, "Tarja Tarkastaja");
    let path = received_assessment(&received);
    let bytes = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();

    let dialogs = ScriptedDialogs::answering([Some(path.clone())]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    assert_eq!(harness.state().screen(), Screen::Audit);
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Review)
    );
    harness.get_by_label("Ehjä: sinetti, historia ja liitteet täsmäävät");
    harness.get_by_label_contains("Tarkastustila: arviointia ei muuteta eikä tallenneta.");

    click(&mut harness, "Arviointi");
    fill(
        &mut harness,
        "Tarkastajan huomio",
        "Pöytäkirjan pykälä puuttuu.",
    );
    // Trying to change the assessment itself is refused.
    click_role(&mut harness, Role::RadioButton, "Ei täyty");
    harness.get_by_label("Arviointi on vain luettavissa, eikä sitä voi muuttaa.");
    // Ctrl+S saves the remarks, and asks for no file.
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    assert_eq!(requests.borrow().len(), 1);
    settle(&mut harness);

    let review = read_review(&path).unwrap().unwrap();
    assert_eq!(review.reviewer, "Tarja Tarkastaja");
    let remarks: Vec<&str> = review.remarks.values().map(|r| r.text.as_str()).collect();
    assert_eq!(remarks, ["Pöytäkirjan pykälä puuttuu."]);

    // The assessment is as it was: same bytes, same time, no lock or backup beside it.
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(
        folder_listing(&received.0),
        ["assessment.review.ron", "assessment.ron"]
    );
    click(&mut harness, "Tarkastus");
    click(&mut harness, "Tarkista eheys");
    harness.get_by_label("Ehjä: sinetti, historia ja liitteet täsmäävät");
    drop(harness);

    // The remarks are there when the auditor comes back.
    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(path.clone())]));
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Arviointi");
    assert_eq!(
        harness
            .get_by_label("Tarkastajan huomio")
            .value()
            .as_deref(),
        Some("Pöytäkirjan pykälä puuttuu.")
    );
}

#[test]
fn a_package_goes_out_and_comes_back_read_only_or_for_editing() {
    let data = TempDir::new("ui-audit-package");
    let outbox = TempDir::new("ui-audit-outbox");
    let package = outbox.join("Kuvitelmala.zip");
    let dialogs = ScriptedDialogs::answering([
        Some(package.clone()),
        Some(package.clone()),
        Some(package.clone()),
    ]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    let path = new_kuvitelmala(&mut harness, "");
    click_role(&mut harness, Role::RadioButton, "Täyttyy");
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Vie paketti…");
    harness.get_by_label_contains("Paketti tallennettu (arviointi ilman liitteitä,");
    // Named with the date as the report is (ISO: sorts by date, no dots before ".zip").
    assert_eq!(
        requests.borrow().last(),
        Some(&DialogPurpose::ExportPackage {
            suggested_name: "Terve-Kunta-Kuvitelmala-2026-11-24.zip".to_owned()
        })
    );
    assert!(package.is_file());

    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa paketti…");
    activate(&mut harness, Role::Button, "Avaa tarkastettavaksi");
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.read_only, Some(ReadOnly::Review));
    let unpacked = doc.path.clone().unwrap();
    assert!(unpacked.starts_with(data.join("packages")), "{unpacked:?}");
    assert_eq!(
        std::fs::read(&unpacked).unwrap(),
        std::fs::read(&path).unwrap()
    );
    harness.get_by_label("Ehjä: sinetti, historia ja liitteet täsmäävät");
    // The reviewed package is in the recent list, marked as a review.
    let recent = harness.state().settings().recent[0].clone();
    assert_eq!(recent.path, unpacked);
    assert!(recent.review, "{recent:?}");

    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa paketti…");
    activate(&mut harness, Role::Button, "Tuo muokattavaksi");
    let doc = harness.state().document().unwrap();
    assert_eq!(doc.read_only, None);
    let imported = doc.path.clone().unwrap();
    assert!(
        imported.starts_with(data.join("assessments")),
        "{imported:?}"
    );
    assert_ne!(imported, path);
    assert_eq!(first_status(&harness), Status::Met);
}

#[test]
fn a_damaged_review_file_is_explained_kept_and_the_remarks_go_beside_it() {
    let data = TempDir::new("ui-audit-damaged");
    let received = TempDir::new("ui-audit-damaged-received");
    let path = received_assessment(&received);
    let review = received.join("assessment.review.ron");
    std::fs::write(&review, "Review(schema_version: 1, assessment_id: ").unwrap();

    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(path.clone())]));
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Arviointi");
    harness.get_by_label_contains(
        "Tarkastushuomioiden tiedostoa ei voi käyttää (tiedosto on viallinen rivillä 1, sarake",
    );
    harness.get_by_label_contains("Huomiosi tallentuvat tiedostoon assessment.review-2.ron.");
    fill(&mut harness, "Tarkastajan huomio", "Huomio, joka ei katoa.");
    settle(&mut harness);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    assert_eq!(
        std::fs::read_to_string(&review).unwrap(),
        "Review(schema_version: 1, assessment_id: "
    );
    let written = std::fs::read(received.join("assessment.review-2.ron")).unwrap();
    let written = terve_kunta::storage::review_file::decode_review(&written).unwrap();
    let remarks: Vec<&str> = written.remarks.values().map(|r| r.text.as_str()).collect();
    assert_eq!(remarks, ["Huomio, joka ei katoa."]);
}

/// Every command, as a menu, a button or a shortcut would request it, on a sealed assessment.
/// The match makes a new command fail to compile here until it is added to the list.
#[expect(
    clippy::too_many_lines,
    reason = "a line per command: the list is the point"
)]
fn every_command_on(path: &Path) -> Vec<terve_kunta::ui::Command> {
    use terve_kunta::domain::evidence::EvidenceId;
    use terve_kunta::ui::Command as C;
    let all = vec![
        C::Save,
        C::SaveAs,
        C::Undo,
        C::Redo,
        C::ShowStart,
        C::ShowAssessment,
        C::ShowSummary,
        C::ShowSettings,
        C::NextCriterion,
        C::PreviousCriterion,
        C::GoToCriterion(1),
        C::AttachFile,
        C::ExportPdf,
        C::OpenAttachment(EvidenceId("t-2".to_owned()), 0),
        C::ShowAudit,
        C::Finalise,
        C::Reopen,
        C::Verify,
        C::ExportPackage,
        C::ExportMemo,
        C::ShowGroup,
        C::RequestViews,
        C::ImportViews,
        C::ExportResponse,
        C::Decide(common::tk(1), Status::NotMet),
        C::EditRefused,
        C::ShowCriteriaChanges,
        C::ShowBasics,
        C::ShowAssessment,
        C::ShowActions,
        C::CompareWith,
        C::ShowComparison,
        C::ExportComparison,
        C::Overview,
        C::ShowOverview,
        C::RefreshOverview,
        C::ExportOverview,
    ];
    for command in &all {
        match command {
            // These leave the assessment (another file, a new one, the window): not changes.
            C::NewAssessment
            | C::Open
            | C::OpenPath(_)
            | C::OpenExample
            | C::CloseDocument
            | C::Quit
            | C::OpenForReview
            | C::OpenForReviewPath(_)
            | C::OpenPackage
            | C::OpenRequest
            | C::NextRound => unreachable!("{path:?}"),
            C::Save
            | C::SaveAs
            | C::Undo
            | C::Redo
            | C::ShowStart
            | C::ShowAssessment
            | C::ShowSummary
            | C::ShowActions
            | C::ShowSettings
            | C::NextCriterion
            | C::PreviousCriterion
            | C::GoToCriterion(_)
            | C::AttachFile
            | C::ExportPdf
            | C::OpenAttachment(..)
            | C::ShowAudit
            | C::Finalise
            | C::Reopen
            | C::Verify
            | C::ExportPackage
            | C::ExportMemo
            | C::ShowGroup
            | C::RequestViews
            | C::ImportViews
            | C::ExportResponse
            | C::Decide(..)
            | C::EditRefused
            | C::ShowCriteriaChanges
            | C::ShowBasics
            | C::CompareWith
            | C::ShowComparison
            | C::ExportComparison
            | C::Overview
            | C::ShowOverview
            | C::RefreshOverview
            | C::ExportOverview => {}
        }
    }
    all
}

/// Creates an assessment with a complete decision for criterion 1, a status, a justification
/// and an action, and finalises it (not ready: the question says so). Returns its file.
fn fill_and_finalise(harness: &mut Harness<'static, App>) -> PathBuf {
    let path = new_and_filled(harness);
    finalise(harness);
    path
}

/// Creates an assessment with a complete decision for criterion 1, a status, a justification
/// and an action, and lets it be saved. Returns its file.
fn new_and_filled(harness: &mut Harness<'static, App>) -> PathBuf {
    let path = new_kuvitelmala(harness, "Kaisa Kuvitelma");
    click(harness, "Lisää näyttö…");
    activate(harness, Role::RadioButton, "Kunnan-/kaupunginhallitus");
    fill(harness, "Asia", "Hyvinvointijohtamisen vastuut");
    fill(harness, "Kokouspäivä", "3.2.2025");
    fill(harness, "Pykälä (§)", "8");
    click(harness, "Valmis");
    click_role(harness, Role::RadioButton, "Täyttyy");
    fill(harness, "Perustelu", "Hallintosääntö 2025");
    click(harness, "Lisää toimenpide");
    fill(harness, "Mitä tehdään", "Päivitetään hallintosääntö");
    settle(harness);
    path
}

/// Finalises the open assessment, which is not ready (the question says so).
fn finalise(harness: &mut Harness<'static, App>) {
    click(harness, "Tarkastus");
    click(harness, "Viimeistele…");
    // Not ready: the question says so before sealing.
    harness.get_by_label(
        "Huomaa: arviointi ei ole valmis liittymään, ja sinetti lukitsee sen tällaisena.",
    );
    activate(harness, Role::Button, "Viimeistele ja sinetöi");
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Finalised)
    );
}

/// Sealed means unchangeable: every command and every control of the assessment page and the
/// evidence editor leaves the content (its digest) and the file's bytes as they were sealed.
#[test]
fn nothing_changes_a_sealed_assessment() {
    let data = TempDir::new("ui-audit");
    let pdf = data.join("raportti.pdf");
    let copy = data.join("kopio.ron");
    let dialogs = ScriptedDialogs::answering([
        Some(copy.clone()),
        Some(pdf.clone()),
        Some(data.join("paketti.zip")),
    ]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    let path = fill_and_finalise(&mut harness);
    let sealed = Sealed {
        digest: harness.state().document().unwrap().assessment().digest(),
        bytes: std::fs::read(&path).unwrap(),
        path,
    };
    try_every_control(&mut harness, &sealed);
    try_every_command(&mut harness, &sealed);
    assert!(verify_file(&sealed.path).unwrap().is_intact());
    // Of the commands, only those that write elsewhere, or read another file, asked for a
    // file; attaching is refused on a sealed assessment, and there is no comparison or
    // overview to print. The copy "Tallenna nimellä…" wrote is the sealed one.
    let asked: Vec<String> = requests
        .borrow()
        .iter()
        .map(|purpose| format!("{purpose:?}"))
        .collect();
    assert_eq!(
        asked,
        [
            "SaveAssessment { suggested_name: \"Terve-Kunta-Kuvitelmala.ron\" }",
            "ExportReport { suggested_name: \"Terve-Kunta-itsearviointi-Kuvitelmala-2026-11-24.pdf\" }",
            "ExportPackage { suggested_name: \"Terve-Kunta-Kuvitelmala-2026-11-24.zip\" }",
            "CompareWith",
            "OverviewFolder",
        ]
    );
    assert!(verify_file(&copy).unwrap().is_intact());
    assert_eq!(
        terve_kunta::storage::read_assessment(&copy)
            .unwrap()
            .digest(),
        sealed.digest
    );
    // The report made on the way prints the seal over the sealed content.
    let seal = harness
        .state()
        .document()
        .unwrap()
        .assessment()
        .seal
        .clone()
        .unwrap();
    let text = common::pdf_text(&pdf);
    assert!(text.contains(&seal.sha256), "{text}");
}

/// A sealed assessment as it was sealed: in the app and on disk.
struct Sealed {
    path: PathBuf,
    digest: String,
    bytes: Vec<u8>,
}

impl Sealed {
    fn assert_unchanged(&self, harness: &Harness<'static, App>, what: &str) {
        let doc = harness.state().document().unwrap();
        assert_eq!(doc.assessment().digest(), self.digest, "{what}");
        assert_eq!(std::fs::read(&self.path).unwrap(), self.bytes, "{what}");
    }
}

/// The controls of the assessment page: statuses, the evidence row, text fields, the editor.
fn try_every_control(harness: &mut Harness<'static, App>, sealed: &Sealed) {
    click(harness, "Arviointi");
    for status in ["Ei arvioitu", "Täyttyy osittain", "Ei täyty"] {
        click_role(harness, Role::RadioButton, status);
        settle(harness);
        sealed.assert_unchanged(harness, status);
    }
    assert!(
        harness.query_by_label("Irrota").is_none(),
        "no unlink on a sealed assessment"
    );
    assert!(
        harness.query_by_label("Muokkaa…").is_none(),
        "Näytä… instead of Muokkaa…"
    );
    assert!(harness.query_by_label("Lisää näyttö…").is_none());
    harness.get_by_label("Perustelu").focus();
    harness.run();
    harness.get_by_label("Perustelu").type_text(" muutettu");
    harness.run();
    settle(harness);
    sealed.assert_unchanged(harness, "justification");
    // The editor shows the item and changes nothing.
    click(harness, "Näytä…");
    harness.get_by_label("Sulje");
    harness.get_by_label("Asia").focus();
    harness.run();
    harness.get_by_label("Asia").type_text(" X");
    harness.run();
    activate(harness, Role::RadioButton, "Lautakunta");
    assert!(harness.query_by_label("Poista näyttö").is_none());
    click(harness, "Sulje");
    settle(harness);
    sealed.assert_unchanged(harness, "editor");
}

/// Every command, and undo and redo by keyboard.
fn try_every_command(harness: &mut Harness<'static, App>, sealed: &Sealed) {
    for command in every_command_on(&sealed.path) {
        harness.state_mut().request(command.clone());
        harness.run();
        // Close whatever question the command opened.
        harness.key_press(egui::Key::Escape);
        harness.run();
        settle(harness);
        sealed.assert_unchanged(harness, &format!("{command:?}"));
    }
    for key in [egui::Key::Z, egui::Key::Y] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run();
        settle(harness);
        sealed.assert_unchanged(harness, &format!("{key:?}"));
    }
}

/// A named change to an assessment's content.
type Change = (
    &'static str,
    Box<dyn Fn(&mut terve_kunta::domain::Assessment)>,
);

/// The one place below the UI: whatever changes a read-only assessment's content (here the
/// document itself, as a forgotten button would) is put back.
#[test]
fn a_read_only_document_puts_back_any_change() {
    use terve_kunta::ui::Document;
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    assessment
        .finalise("Kaisa Kuvitelma", &common::clock())
        .unwrap();
    let sealed = assessment.clone();
    let mut doc = Document::new(assessment, set, Some(PathBuf::from("/x/assessment.ron")));
    doc.read_only = Some(ReadOnly::Finalised);
    let id = doc.assessment().evidence[0].id.clone();
    let changes: Vec<Change> = vec![
        ("unlink", Box::new(move |a| a.unlink(&common::tk(2), &id))),
        (
            "remove",
            Box::new(|a| {
                let id = a.evidence[1].id.clone();
                a.remove_evidence(&id);
            }),
        ),
        (
            "status",
            Box::new(|a| a.answer_mut(&common::tk(3)).status = Status::NotMet),
        ),
        ("name", Box::new(|a| a.municipality.name.push('!'))),
    ];
    for (what, change) in changes {
        change(doc.edit());
        assert_ne!(doc.assessment(), &sealed, "{what} changed it");
        assert!(doc.put_back_refused_changes(), "{what}");
        assert_eq!(doc.assessment(), &sealed, "{what} put back");
        assert!(
            !doc.put_back_refused_changes(),
            "{what}: nothing more to put back"
        );
    }
    // An editable document keeps its changes.
    doc.read_only = None;
    doc.edit().municipality.name.push('!');
    assert!(!doc.put_back_refused_changes());
    assert_ne!(doc.assessment(), &sealed);
}

/// A sealed file changed with a text editor: opening it shows the mismatch in the banner at
/// once; reopening it records that the seal did not match, and verify tells for good.
#[test]
fn a_tampered_sealed_file_is_shown_at_once_and_cannot_be_laundered_by_reopening() {
    let data = TempDir::new("ui-audit");
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    assessment
        .finalise("Kaisa Kuvitelma", &common::clock())
        .unwrap();
    let folder = data.join("sinetoity");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("assessment.ron");
    let text = terve_kunta::storage::encode_assessment(&assessment);
    // One status changed by hand, the layout kept.
    let tampered = text.replacen("status: met,", "status: not_met,", 1);
    assert_ne!(tampered, text);
    std::fs::write(&path, &tampered).unwrap();

    let mut harness = app_harness(&data, ScriptedDialogs::answering([Some(path.clone())]));
    click(&mut harness, "Avaa…");
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Finalised)
    );
    harness.get_by_label_contains("Sinetti tai tiedosto ei täsmää (1 poikkeama; katso Tarkastus)");
    // The verdict does not stand on it either.
    click(&mut harness, "Yhteenveto");
    harness.get_by_label_contains("Ei valmis: sinetöity sisältö on muuttunut");

    click(&mut harness, "Tarkastus");
    click(&mut harness, "Avaa muokattavaksi…");
    fill(&mut harness, "Syy", "Korjataan");
    activate(&mut harness, Role::Button, "Avaa muokattavaksi");
    let events = events(&harness);
    assert_eq!(
        &events[events.len() - 2..],
        [
            Event::SealDidNotMatch,
            Event::Reopened {
                reason: "Korjataan".to_owned()
            }
        ]
    );
    harness.get_by_label("Sinetti ei täsmännyt, kun arviointi avattiin muokattavaksi");
    let findings = verify_file(&path).unwrap().findings;
    assert!(
        findings.iter().any(|finding| matches!(
            finding,
            terve_kunta::storage::verify::Finding::SealDidNotMatch { .. }
        )),
        "{findings:?}"
    );
}

/// The notice the app shows, if any.
fn notice(harness: &Harness<'static, App>) -> Option<String> {
    harness.state().notice().map(|n| n.text.clone())
}

#[test]
fn a_file_given_on_the_command_line_opens_as_avaa_would() {
    // `terve-kunta FILE` (a double-click, "Open with"): an assessment opens for editing…
    let data = TempDir::new("ui-open-with");
    let received = TempDir::new("ui-open-with-files");
    let path = received_assessment(&received);
    let mut harness = common::opened_with_harness(&data, &path);
    harness.run();
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(
        harness.state().document().unwrap().path.as_deref(),
        Some(path.as_path())
    );
    assert_eq!(notice(&harness), None);
    drop(harness);

    // …a package is offered for review or import, as "Avaa paketti…" offers it…
    let package = received.join("Kuvitelmala.zip");
    terve_kunta::storage::package::export_package(
        &path,
        &package,
        terve_kunta::domain::dates::Timestamp::UNIX_EPOCH,
    )
    .unwrap();
    let mut harness = common::opened_with_harness(&data, &package);
    harness.run();
    activate(&mut harness, Role::Button, "Avaa tarkastettavaksi");
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Review)
    );
    drop(harness);

    // …and a file that cannot be read gives the very message "Avaa…" gives.
    let broken = received.join("rikki.ron");
    std::fs::write(&broken, "Assessment(schema_version: 2, id: ").unwrap();
    let missing = received.join("ei-ole.ron");
    for file in [&broken, &missing] {
        let mut given = common::opened_with_harness(&data, file);
        given.run();
        let mut chosen = app_harness(&data, ScriptedDialogs::answering([Some(file.clone())]));
        click(&mut chosen, "Avaa…");
        let message = notice(&given).expect("a message");
        assert!(message.contains(&file.display().to_string()), "{message}");
        assert_eq!(Some(message), notice(&chosen));
        assert_eq!(given.state().screen(), Screen::Start);
    }
}

/// Selects all of the field labelled `label` and types `text` over it.
fn type_over(harness: &mut Harness<'static, App>, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.run();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// The changes recorded for `field`, oldest first: (old, new) in words.
fn recorded(
    harness: &Harness<'static, App>,
    field: &terve_kunta::domain::history::Field,
) -> Vec<(String, String)> {
    events(harness)
        .into_iter()
        .filter_map(|event| match event {
            Event::Changed(change) if &change.field == field => Some((change.old, change.new)),
            _ => None,
        })
        .collect()
}

/// "Perustiedot": the municipality, the assessors, the contact person, the elected official
/// and the steering group are edited after creation, checked as typed, saved in the file and
/// recorded in the history; once finalised, every edit is refused and nothing changes.
#[test]
fn basic_details_are_edited_recorded_and_refused_once_finalised() {
    use terve_kunta::domain::history::Field;
    let data = TempDir::new("ui-basics");
    user_settings(&data, "Aino Kettunen");
    let mut harness = Driver::in_folder(data, ScriptedDialogs::default());
    // The form offers the user's own name as the assessor.
    let path = new_kuvitelmala(&mut harness, "");
    click(&mut harness, "Perustiedot");
    assert_eq!(harness.state().screen(), Screen::Basics);

    type_over(&mut harness, "Kunnan nimi", "Kuvitelmankylä");
    // The contact person, with an e-mail address checked as it is typed.
    fill(&mut harness, "Yhteyshenkilön nimi", "Aino Kettunen");
    fill(&mut harness, "Yhteyshenkilön sähköposti", "aino.kettunen");
    let bad_email = "Sähköpostiosoitteessa pitää olla nimi, @ ja verkkotunnus, eikä välilyöntejä";
    harness.get_by_label(bad_email);
    fill(
        &mut harness,
        "Yhteyshenkilön sähköposti",
        "@kuvitelmala.example",
    );
    assert!(harness.query_by_label(bad_email).is_none());
    fill(&mut harness, "Luottamushenkilön nimi", "Ilkka Lehtola");
    fill(
        &mut harness,
        "Luottamushenkilön luottamustehtävä",
        "kunnanhallituksen puheenjohtaja",
    );
    // A second assessor and the steering group's chair.
    click(&mut harness, "Lisää arvioija");
    fill(&mut harness, "Arvioija 2: nimi", "Veikko Tamminen");
    click(&mut harness, "Lisää jäsen");
    fill(&mut harness, "Jäsen 1: nimi", "Sari Voutilainen");
    fill(
        &mut harness,
        "Jäsen 1: osasto tai tehtävä",
        "kunnanjohtaja, puheenjohtaja",
    );
    click(&mut harness, "Lisää jäsen");
    fill(&mut harness, "Jäsen 2: nimi", "Elina Orava");
    click(&mut harness, "Poista jäsen 2");
    settle(&mut harness);

    let on_disk = terve_kunta::storage::read_assessment(&path).unwrap();
    assert_eq!(on_disk.schema_version, 4);
    assert_eq!(on_disk.municipality.name, "Kuvitelmankylä");
    assert_eq!(
        on_disk.contact_person.email,
        "aino.kettunen@kuvitelmala.example"
    );
    assert_eq!(
        on_disk.elected_official.title,
        "kunnanhallituksen puheenjohtaja"
    );
    let names: Vec<&str> = on_disk.assessors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Aino Kettunen", "Veikko Tamminen"]);
    assert_eq!(on_disk.steering_group.len(), 1);
    assert!(on_disk.steering_group[0].chairs());
    // Each in the history, in words a person reads.
    assert_eq!(
        recorded(&harness, &Field::MunicipalityName).last().unwrap(),
        &("Kuvitelmala".to_owned(), "Kuvitelmankylä".to_owned())
    );
    assert_eq!(
        recorded(&harness, &Field::ContactPerson).last().unwrap().1,
        "Aino Kettunen, aino.kettunen@kuvitelmala.example"
    );
    assert_eq!(
        recorded(&harness, &Field::SteeringGroup).last().unwrap().1,
        "Sari Voutilainen (kunnanjohtaja, puheenjohtaja)"
    );
    assert!(verify_file(&path).unwrap().is_intact());

    // Finalised: the page refuses edits and says why; nothing changes on disk.
    click(&mut harness, "Tarkastus");
    click(&mut harness, "Viimeistele…");
    activate(&mut harness, Role::Button, "Viimeistele ja sinetöi");
    let sealed = std::fs::read(&path).unwrap();
    click(&mut harness, "Perustiedot");
    harness.get_by_label_contains("Vain luku: arviointi on viimeistelty ja sinetöity");
    click(&mut harness, "Lisää jäsen");
    harness.get_by_label_contains("Viimeisteltyä arviointia ei voi muuttaa.");
    settle(&mut harness);
    assert_eq!(harness.doc().assessment().steering_group.len(), 1);
    assert_eq!(std::fs::read(&path).unwrap(), sealed);
}

/// The history as a person reads it: an evidence link recorded before its item had a title
/// shows the item's title, not its id; actions say "avoin:" instead of markup; the chosen
/// entry is shown whole under the list.
#[test]
fn the_history_names_evidence_by_title_and_actions_in_words() {
    let data = TempDir::new("ui-history");
    user_settings(&data, "Aino Kettunen");
    let mut harness = Driver::in_folder(data, ScriptedDialogs::default());
    new_kuvitelmala(&mut harness, "");
    click(&mut harness, "Lisää näyttö…");
    // Saved (and recorded) while the new item is still blank: the link is recorded by id.
    settle(&mut harness);
    fill(&mut harness, "Asia", "Hyvinvointikertomuksen hyväksyminen");
    click(&mut harness, "Valmis");
    click(&mut harness, "Säilytä keskeneräisenä");
    click(&mut harness, "Lisää toimenpide");
    fill(&mut harness, "Mitä tehdään", "Varataan määräraha");
    settle(&mut harness);
    let id = harness.doc().assessment().evidence[0].id.0.clone();
    let raw = harness
        .doc()
        .assessment()
        .history
        .iter()
        .any(|entry| matches!(&entry.event, Event::Changed(change) if change.new == id));
    assert!(raw, "the link was recorded before the title: by id");

    click(&mut harness, "Tarkastus");
    let rows: Vec<String> = harness
        .query_all_by(|node| node.value().is_some_and(|v| v.contains(" » ")))
        .map(|node| node.value().unwrap_or_default())
        .collect();
    assert!(
        rows.iter()
            .any(|row| row.ends_with("Näytöt: (tyhjä) » Hyvinvointikertomuksen hyväksyminen")),
        "{rows:?}"
    );
    assert!(
        rows.iter().all(|row| !row.contains(&format!("» {id}"))),
        "{rows:?}"
    );
    assert!(
        rows.iter()
            .any(|row| row.ends_with("» avoin: Varataan määräraha")),
        "{rows:?}"
    );
    // Chosen, it is shown whole below the list.
    let newest = rows[0].clone();
    let before = harness.query_all_by_value(&newest).count();
    harness.query_all_by_value(&newest).next().unwrap().click();
    harness.run();
    harness.get_by_label_contains("valittu merkintä kokonaan");
    assert_eq!(harness.query_all_by_value(&newest).count(), before + 1);
}

/// The start page's list follows what was saved, not what was true when the file was first
/// opened: the figures after the autosaves, "Viimeistelty" once sealed; an assessment opened
/// for review is marked so and opens read-only again from the list.
#[test]
fn the_recent_list_is_live_and_marks_sealed_and_reviewed_assessments() {
    let data = TempDir::new("ui-audit-recent");
    let received = TempDir::new("ui-audit-recent-received");
    let review = received_assessment(&received);
    let dialogs = ScriptedDialogs::answering([Some(review.clone())]);
    let mut harness = app_harness(&data, dialogs);
    let path = new_and_filled(&mut harness);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    let own = harness.state().settings().recent[0].clone();
    assert_eq!(own.path, path);
    assert_eq!((own.counted, own.total), (1, 10), "{own:?}");
    assert!(!own.finalised && !own.review, "{own:?}");
    harness.get_by_label("1/10");
    harness.get_by_label("Kesken");
    assert!(harness.query_by_label("Viimeistelty").is_none());

    click(&mut harness, "Kuvitelmala");
    finalise(&mut harness);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    assert!(harness.state().settings().recent[0].finalised);
    harness.get_by_label("Viimeistelty");
    assert!(harness.query_by_label("Kesken").is_none());

    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    let reviewed = harness.state().settings().recent[0].clone();
    assert_eq!(reviewed.path, review);
    assert_eq!((reviewed.counted, reviewed.total), (10, 10), "{reviewed:?}");
    assert!(reviewed.finalised && reviewed.review, "{reviewed:?}");
    harness.get_by_label("10/10");
    assert_eq!(harness.query_all_by_label("Viimeistelty").count(), 2);
    // The mark (the menu has a "Tarkastus" too, a button).
    harness.get_by_role_and_label(Role::Label, "Tarkastus");
    // It opens for review again, read-only, from the list.
    click(&mut harness, "Esimerkkilä");
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::Review)
    );
}

/// A read-only item is shown, not edited: "Näytä…", the criteria it backs listed by name (no
/// checkboxes), and "Sulje".
#[test]
fn a_read_only_item_is_shown_with_the_criteria_it_backs() {
    let data = TempDir::new("ui-audit-show");
    let received = TempDir::new("ui-audit-show-received");
    let path = received_assessment(&received);
    let dialogs = ScriptedDialogs::answering([Some(path)]);
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Arviointi");
    assert!(harness.query_by_label("Muokkaa…").is_none());
    let count =
        |harness: &Harness<'static, App>, label: &str| harness.query_all_by_label(label).count();
    let (backed, other) = (
        "5. Vastuullinen luottamushenkilö",
        "4. Hyvinvointikoordinaattori",
    );
    let before = (count(&harness, backed), count(&harness, other));
    click(&mut harness, "Näytä…");
    harness.get_by_label("Tukee kriteerejä");
    assert_eq!(
        count(&harness, backed),
        before.0 + 1,
        "listed in the editor"
    );
    assert_eq!(count(&harness, other), before.1, "not backed, not listed");
    assert_eq!(harness.query_all_by_role(Role::CheckBox).count(), 0);
    activate(&mut harness, Role::Button, "Sulje");
    assert!(harness.state().document().unwrap().editor.is_none());
}

/// A review file that cannot be read is never overwritten: the remarks go to a spare file
/// beside it, and the auditor is told which.
#[test]
fn an_unreadable_review_file_is_left_as_it_is() {
    let data = TempDir::new("ui-audit-unreadable-review");
    let received = TempDir::new("ui-audit-unreadable-received");
    user_settings(&data, "Tarja Tarkastaja");
    let path = received_assessment(&received);
    let review_file = terve_kunta::storage::review_file::review_path(&path);
    let garbage = b"Review(reviewer: \"kesken".to_vec();
    std::fs::write(&review_file, &garbage).unwrap();
    let dialogs = ScriptedDialogs::answering([Some(path.clone())]);
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Arviointi");
    harness.get_by_label_contains(
        "sitä ei korvata. Huomiosi tallentuvat tiedostoon assessment.review-2.ron",
    );
    fill(&mut harness, "Tarkastajan huomio", "Pykälä puuttuu.");
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    harness.run();
    settle(&mut harness);
    assert_eq!(std::fs::read(&review_file).unwrap(), garbage);
    let spare = path.with_file_name("assessment.review-2.ron");
    let review =
        terve_kunta::storage::review_file::decode_review(&std::fs::read(&spare).unwrap()).unwrap();
    assert_eq!(review.remark(&common::tk(1)), "Pykälä puuttuu.");
}

/// The auditor prints the memo from the audit screen: the remark just typed is in it (written
/// first), with the verification; the assessment is untouched.
#[test]
fn the_auditor_prints_a_review_memo_from_the_app() {
    let data = TempDir::new("ui-audit-memo");
    let received = TempDir::new("ui-audit-memo-received");
    user_settings(&data, "Tarja Tarkastaja");
    let path = received_assessment(&received);
    let bytes = std::fs::read(&path).unwrap();
    let memo = received.join("muistio.pdf");
    let dialogs = ScriptedDialogs::answering([Some(path.clone()), Some(memo.clone())]);
    let requests = dialogs.requests.clone();
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa tarkastettavaksi…");
    click(&mut harness, "Arviointi");
    fill(
        &mut harness,
        "Tarkastajan huomio",
        "Ote pykälineen puuttuu.",
    );
    click(&mut harness, "Tarkastus");
    click(&mut harness, "Tulosta tarkastusmuistio…");
    settle(&mut harness);
    assert!(
        matches!(
            requests.borrow().last(),
            Some(DialogPurpose::ExportMemo { suggested_name })
                if suggested_name.starts_with("Tarkastusmuistio-")
        ),
        "{:?}",
        requests.borrow()
    );
    harness.get_by_label_contains("Tarkastusmuistio tallennettu (");
    let text = common::pdf_text(&memo);
    for part in [
        "Tarkastusmuistio",
        "Ehjä: sinetti, historia ja liitteet täsmäävät",
        "Kriteeri 1: ",
        "Ote pykälineen puuttuu.",
        "Tarja Tarkastaja",
    ] {
        assert!(text.contains(part), "{part:?} in {text}");
    }
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    // Written before the memo: the review file holds the remark.
    let review = read_review(&path).unwrap().unwrap();
    assert_eq!(review.remark(&common::tk(1)), "Ote pykälineen puuttuu.");
}
