//! Sample data and helpers shared by the integration tests.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the helpers"
)]
#![allow(
    clippy::too_many_lines,
    clippy::assigning_clones,
    reason = "fixtures spell out every field"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on a broken fixture"
)]

use terve_kunta::domain::assessment::{Assessment, Assessor, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::{CriteriaSet, CriterionId};
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails, EvidenceId};
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::storage::BUILTIN_CRITERIA;

/// "Today" in every test: 24.11.2026.
pub const TODAY: Date = Date::constant(2026, 11, 24);

/// The clock fixed at [`TODAY`].
pub fn clock() -> FixedClock {
    FixedClock::at(TODAY)
}

/// The readiness rule on [`TODAY`], with the shipped council terms and no attachment checked.
pub fn evaluate<'a>(
    assessment: &Assessment,
    set: &'a CriteriaSet,
) -> terve_kunta::domain::readiness::Readiness<'a> {
    terve_kunta::domain::readiness::evaluate(
        assessment,
        set,
        &terve_kunta::domain::quality::Checks::on(TODAY),
    )
}

/// The criteria set shipped with the app.
pub fn shipped_set() -> CriteriaSet {
    let (_, text) = BUILTIN_CRITERIA[0];
    parse_criteria(text).set.expect("the shipped criteria load")
}

/// The shipped set stored under `name` in `BUILTIN_CRITERIA`.
fn builtin_set(name: &str) -> CriteriaSet {
    let (_, text) = BUILTIN_CRITERIA
        .iter()
        .find(|(file, _)| *file == name)
        .expect("the set is shipped");
    parse_criteria(text).set.expect("the shipped criteria load")
}

/// The superseded shipped set (format 1, version 2017-2020.1) that version 1 files were
/// made against.
pub fn legacy_set() -> CriteriaSet {
    builtin_set("legacy/terve-kunta-kunnat-2017-2020.1.ron")
}

/// The superseded shipped set version 2017-2020.2 (format 2, the first with requirements).
pub fn previous_set() -> CriteriaSet {
    builtin_set("legacy/terve-kunta-kunnat-2017-2020.2.ron")
}

/// `TK-01` … `TK-10`.
pub fn tk(number: u32) -> CriterionId {
    CriterionId(format!("TK-{number:02}"))
}

/// A fresh assessment of the fictional municipality Esimerkkilä against `set`.
pub fn new_assessment(set: &CriteriaSet, ids: &SequentialIds) -> Assessment {
    Assessment::new(
        Municipality {
            name: "Esimerkkilä".to_owned(),
            code: "999".to_owned(),
        },
        set,
        vec![Assessor {
            name: "Aino Kettunen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
        }],
        &clock(),
        ids,
    )
}

/// The board's decision to join the network: "Kunnanhallitus 9.11.2020 § 388, Dnro ESIDno-2020-517".
pub fn board_decision() -> EvidenceDetails {
    EvidenceDetails::Decision {
        body: Body::Board,
        body_name: "Kunnanhallitus".to_owned(),
        subject: "Liittyminen Terve Kunta -verkostoon".to_owned(),
        section: "388".to_owned(),
        diary_number: "ESIDno-2020-517".to_owned(),
        minutes_url: "https://esimerkkila.example/poytakirjat/kh-2020-11-09#388".to_owned(),
    }
}

/// Adds the board decision and links it to the given criteria.
pub fn add_board_decision(
    assessment: &mut Assessment,
    ids: &SequentialIds,
    criteria: &[u32],
) -> EvidenceId {
    let id = assessment.add_evidence(
        board_decision(),
        Some(Date::constant(2020, 11, 9)),
        &clock(),
        ids,
    );
    for &number in criteria {
        assert!(assessment.link(&tk(number), &id));
    }
    id
}

/// Sets a criterion's status.
pub fn set_status(assessment: &mut Assessment, number: u32, status: Status) {
    assessment.answer_mut(&tk(number)).status = status;
}

/// An assessment in which every criterion is met and backed by evidence that qualifies under
/// the shipped requirements: the board's decision to join (criteria 1, 2, 3, 5, 10), the
/// coordinator's appointment (4), a budget line (6), the council's decision on the welfare
/// report in the current council term (7, 8) and the web page checked this month (9).
pub fn ready_assessment(set: &CriteriaSet) -> Assessment {
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(set, &ids);
    add_board_decision(&mut assessment, &ids, &[1, 2, 3, 5, 10]);
    let mut add = |details: EvidenceDetails, date: Date, criteria: &[u32]| {
        let id = assessment.add_evidence(details, Some(date), &clock(), &ids);
        for &number in criteria {
            assert!(assessment.link(&tk(number), &id));
        }
    };
    add(
        EvidenceDetails::Appointment {
            person: "Aino Kettunen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
            appointed_by: "Kunnanjohtaja".to_owned(),
            appointing_body: None,
        },
        Date::constant(2019, 3, 1),
        &[4],
    );
    add(
        EvidenceDetails::Budget {
            purpose: "Terve Kunta -verkoston tapaamiset ja koulutus".to_owned(),
            amount_cents: Some(500_000),
            year: Some(2026),
        },
        Date::constant(2025, 12, 10),
        &[6],
    );
    add(
        EvidenceDetails::Decision {
            body: Body::Council,
            body_name: "Kunnanvaltuusto".to_owned(),
            subject: "Laaja hyvinvointikertomus ja -suunnitelma 2025–2028".to_owned(),
            section: "31".to_owned(),
            diary_number: "2025-0101".to_owned(),
            minutes_url: "https://esimerkkila.example/poytakirjat/kv-2025-10-20#31".to_owned(),
        },
        Date::constant(2025, 10, 20),
        &[7, 8],
    );
    add(
        EvidenceDetails::WebPage {
            title: "Hyvinvointi ja terveys".to_owned(),
            url: "https://esimerkkila.example/hyvinvointi".to_owned(),
        },
        Date::constant(2026, 11, 2),
        &[9],
    );
    for number in 1..=10 {
        set_status(&mut assessment, number, Status::Met);
    }
    assessment
}

/// A folder under the system's temp folder, removed when dropped.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    /// A new empty folder whose name includes `name`, the process id and a counter.
    pub fn new(name: &str) -> Self {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!(
            "terve-kunta-test-{name}-{}-{n}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).unwrap();
        Self(path)
    }

    /// A path inside the folder.
    pub fn join(&self, name: &str) -> std::path::PathBuf {
        self.0.join(name)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The real app in a test harness: fixed clock, sequential ids, scripted file dialogs, its own
/// data folder, the shipped criteria. Missing glyphs and unnamed inputs make it panic.
pub fn app_harness(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    app_harness_with(data, dialogs, Box::new(|_| Ok(())))
}

/// [`app_harness`] with a launcher of its own (to see which attachments were opened).
pub fn app_harness_with(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    launcher: terve_kunta::ui::Launcher,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    // Someone who has used the app before: the first-start question about the name is
    // answered (see `first_start_harness`).
    if !terve_kunta::ui::settings::settings_path(&data.0).exists() {
        user_settings(data, "Testi Testaaja");
    }
    first_start_harness(data, dialogs, launcher)
}

/// The app as at its very first start in `data`: no settings unless the test wrote them.
pub fn first_start_harness(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    launcher: terve_kunta::ui::Launcher,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    started_harness(data, dialogs, launcher, None)
}

/// The app as `terve-kunta FILE` starts it (a double-click, "Open with"), by someone who has
/// used it before.
pub fn opened_with_harness(
    data: &TempDir,
    file: &std::path::Path,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    if !terve_kunta::ui::settings::settings_path(&data.0).exists() {
        user_settings(data, "Testi Testaaja");
    }
    started_harness(
        data,
        terve_kunta::ui::dialogs::ScriptedDialogs::default(),
        Box::new(|_| Ok(())),
        Some(file.to_path_buf()),
    )
}

/// The app as it runs for a user: saving on its own thread (every other harness saves in the
/// frame, so that a test knows when a save has happened).
pub fn background_saving_harness(
    data: &TempDir,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    if !terve_kunta::ui::settings::settings_path(&data.0).exists() {
        user_settings(data, "Testi Testaaja");
    }
    harness_with(
        data,
        terve_kunta::ui::dialogs::ScriptedDialogs::default(),
        Box::new(|_| Ok(())),
        None,
        true,
    )
}

fn started_harness(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    launcher: terve_kunta::ui::Launcher,
    open: Option<std::path::PathBuf>,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    harness_with(data, dialogs, launcher, open, false)
}

fn harness_with(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    launcher: terve_kunta::ui::Launcher,
    open: Option<std::path::PathBuf>,
    background_saving: bool,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    let catalog = terve_kunta::storage::CriteriaCatalog::builtin();
    harness_with_catalog(data, dialogs, (launcher, open, background_saving), catalog)
}

/// The app in a harness as [`app_harness`] makes it, knowing the criteria sets of `catalog`.
pub fn app_harness_knowing(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    catalog: terve_kunta::storage::CriteriaCatalog,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    harness_with_catalog(data, dialogs, (Box::new(|_| Ok(())), None, false), catalog)
}

fn harness_with_catalog(
    data: &TempDir,
    dialogs: terve_kunta::ui::dialogs::ScriptedDialogs,
    (launcher, open, background_saving): (
        terve_kunta::ui::Launcher,
        Option<std::path::PathBuf>,
        bool,
    ),
    catalog: terve_kunta::storage::CriteriaCatalog,
) -> egui_kittest::Harness<'static, terve_kunta::ui::App> {
    let env = terve_kunta::ui::Env {
        clock: Box::new(clock()),
        ids: Box::new(SequentialIds::new("t")),
        dialogs: Box::new(dialogs),
        data_dir: Some(data.0.clone()),
        background_saving,
        launcher,
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(20)
        .build_eframe(move |_| terve_kunta::ui::App::new(env, catalog).started_with(None, open));
    harness.run();
    harness
}

/// Types `text` into the field labelled `label`.
pub fn fill(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
    label: &str,
    text: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_label(label).focus();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

/// Stores settings with the user's name, as "Asetukset" would.
pub fn user_settings(data: &TempDir, name: &str) {
    let settings = terve_kunta::ui::settings::Settings {
        user_name: name.to_owned(),
        ..Default::default()
    };
    settings.store(Some(&data.0));
}

/// Creates an assessment of Kuvitelmala (998) with the form, as a user does, with `assessor`
/// when it is not empty; returns where it was saved (and remembered).
pub fn new_kuvitelmala(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
    assessor: &str,
) -> std::path::PathBuf {
    click(harness, "Uusi arviointi…");
    fill(harness, "Kunnan nimi", "Kuvitelmala");
    fill(harness, "Kuntanumero", "998");
    if !assessor.is_empty() {
        fill(harness, "Arvioija", assessor);
    }
    click(harness, "Luo arviointi");
    let path = harness.state().document().unwrap().path.clone().unwrap();
    assert_eq!(harness.state().settings().recent[0].path, path);
    path
}

/// The status of the first criterion of the open assessment.
pub fn first_status(harness: &egui_kittest::Harness<'static, terve_kunta::ui::App>) -> Status {
    let doc = harness.state().document().unwrap();
    doc.assessment().answers.values().next().unwrap().status
}

/// The round before: criteria 1 not met and 3 partly met, the web page (9) not yet recorded,
/// an open action on 3. The round after: everything met, that action done, a new one on 6,
/// an evidence item more.
pub fn two_rounds() -> (Assessment, Assessment) {
    let set = shipped_set();
    let action = |what: &str, done: bool| terve_kunta::domain::assessment::Action {
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
        &clock(),
        &SequentialIds::new("n"),
    );
    assert!(new.link(&tk(2), &id));
    (old, new)
}

/// A finalised and sealed ready assessment of the municipality `name` (`code`), as its file
/// holds it.
pub fn sealed_assessment_text(name: &str, code: &str) -> String {
    let set = shipped_set();
    let clock = clock();
    let describe = |e: &terve_kunta::domain::Evidence| {
        terve_kunta::i18n::evidence_summary(terve_kunta::domain::Lang::Fi, e)
    };
    let mut assessment = ready_assessment(&set);
    name.clone_into(&mut assessment.municipality.name);
    code.clone_into(&mut assessment.municipality.code);
    assessment.record_creation("Aino Kettunen", &clock, &describe);
    assessment.finalise("Aino Kettunen", &clock).unwrap();
    terve_kunta::storage::encode_assessment(&assessment)
}

/// Moves the pointer over the node labelled `label` and clicks it, as a user does.
pub fn click(harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>, label: &str) {
    use egui_kittest::kittest::Queryable as _;
    // As a user scrolls a long page to the button first.
    harness.get_by_label(label).scroll_to_me();
    harness.run();
    harness.get_by_label(label).hover();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

/// Like [`click`], for the node with this role and label.
pub fn click_role(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
    role: egui::accesskit::Role,
    label: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_role_and_label(role, label).hover();
    harness.run();
    harness.get_by_role_and_label(role, label).click();
    harness.run();
}

/// Activates the node with this role and label through AccessKit, as a screen reader does.
/// Used inside modal windows, where the headless harness loses the first pointer click.
pub fn activate(
    harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>,
    role: egui::accesskit::Role,
    label: &str,
) {
    use egui_kittest::kittest::Queryable as _;
    harness.get_by_role_and_label(role, label).click_accesskit();
    harness.run();
}

/// The assessment stored in `tests/golden/v1/esimerkkila.ron`: every kind of evidence, an
/// attachment, actions, all statuses. Built here field by field, not read from the file.
/// The decision in the version 1 golden files, as they were written and sealed (they pin the
/// old format byte for byte, so they keep their identifiers; every newer fixture is invented).
fn golden_v1_decision() -> EvidenceDetails {
    EvidenceDetails::Decision {
        body: Body::Board,
        body_name: "Kunnanhallitus".to_owned(),
        subject: "Liittyminen Terve Kunta -verkostoon".to_owned(),
        section: "46".to_owned(),
        diary_number: "2020-2683".to_owned(),
        minutes_url: "https://esimerkkila.fi/poytakirjat/kh-2020-11-17#46".to_owned(),
    }
}

pub fn golden_v1() -> Assessment {
    use terve_kunta::domain::assessment::{Action, CriteriaRef, Person};
    use terve_kunta::domain::evidence::{Attachment, Evidence};
    let set = legacy_set();
    let at = |s: &str| s.parse::<terve_kunta::domain::dates::Timestamp>().unwrap();
    let evidence = |id: &str, details: EvidenceDetails, date: Option<Date>| Evidence {
        id: EvidenceId(id.to_owned()),
        details,
        date,
        recorded: at("2026-11-20T09:15:00Z"),
        note: String::new(),
        attachments: Vec::new(),
        to_check: false,
    };
    let mut decision = evidence(
        "e-1",
        golden_v1_decision(),
        Some(Date::constant(2020, 11, 17)),
    );
    decision.attachments.push(Attachment {
        path: "attachments/0cb1baf86390e25e5bf9caa5d2f353bdb2fc2378ac5282dce9b5c28835b2cf20.pdf"
            .to_owned(),
        sha256: "0cb1baf86390e25e5bf9caa5d2f353bdb2fc2378ac5282dce9b5c28835b2cf20".to_owned(),
        size: 16,
        original_name: "KH pöytäkirja 17.11.2020.pdf".to_owned(),
        added: at("2026-11-20T09:16:30Z"),
    });
    decision.note = "Pöytäkirja on myös arkistossa.\nToinen rivi \"lainausmerkein\".".to_owned();
    let items = vec![
        decision,
        evidence(
            "e-2",
            EvidenceDetails::Appointment {
                appointing_body: None,
                person: "Henna Hyvönen".to_owned(),
                role: "hyvinvointikoordinaattori".to_owned(),
                appointed_by: "Kunnanjohtaja".to_owned(),
            },
            Some(Date::constant(2019, 3, 1)),
        ),
        evidence(
            "e-3",
            EvidenceDetails::Document {
                title: "Hyvinvointikertomus 2021–2025".to_owned(),
                url: "https://esimerkkila.fi/hyvinvointikertomus.pdf".to_owned(),
                approved_by: None,
                approved_on: None,
                approval_section: String::new(),
            },
            Some(Date::constant(2021, 6, 14)),
        ),
        evidence(
            "e-4",
            EvidenceDetails::WebPage {
                title: "Hyvinvointi ja terveys".to_owned(),
                url: "https://esimerkkila.fi/hyvinvointi".to_owned(),
            },
            Some(Date::constant(2026, 11, 2)),
        ),
        evidence(
            "e-5",
            EvidenceDetails::Budget {
                purpose: "Verkostotapaamisten matkat".to_owned(),
                amount_cents: Some(150_050),
                year: Some(2027),
            },
            None,
        ),
        evidence(
            "e-6",
            EvidenceDetails::Other {
                description: "Kuntalaiskysely".to_owned(),
            },
            None,
        ),
    ];
    let mut answers = std::collections::BTreeMap::new();
    for criterion in &set.criteria {
        answers.insert(
            criterion.id.clone(),
            terve_kunta::domain::assessment::Answer::default(),
        );
    }
    let mut answer = |n: u32, status: Status, evidence: &[&str]| {
        let answer = answers.get_mut(&tk(n)).unwrap();
        answer.status = status;
        answer.evidence = evidence
            .iter()
            .map(|id| EvidenceId((*id).to_owned()))
            .collect();
    };
    answer(2, Status::Met, &["e-1"]);
    answer(4, Status::Met, &["e-2"]);
    answer(5, Status::Met, &["e-1"]);
    answer(6, Status::PartlyMet, &["e-5"]);
    answer(7, Status::NotMet, &["e-3"]);
    answer(9, Status::Met, &["e-4", "e-6"]);
    answer(10, Status::Met, &["e-1"]);
    let six = answers.get_mut(&tk(6)).unwrap();
    six.justification = "Matkakuluille ei vielä ole määrärahaa.".to_owned();
    six.actions.push(Action {
        what: "Varataan matkakulut".to_owned(),
        who: "Talousjohtaja".to_owned(),
        due: Some(Date::constant(2027, 1, 31)),
        done: false,
    });
    Assessment {
        schema_version: 1,
        id: "3f9a1c2b7d4e6f80a1b2".to_owned(),
        municipality: Municipality {
            name: "Esimerkkilä".to_owned(),
            code: "999".to_owned(),
        },
        criteria: CriteriaRef::to(&set),
        assessors: vec![Assessor {
            name: "Henna Hyvönen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
        }],
        contact_person: Person::default(),
        elected_official: Person::default(),
        steering_group: Vec::new(),
        proposal: String::new(),
        origin: None,
        group: terve_kunta::domain::group::GroupViews::default(),
        created: at("2026-11-20T09:00:00Z"),
        modified: at("2026-11-20T09:20:00Z"),
        answers,
        evidence: items,
        history: Vec::new(),
        seal: None,
    }
}

/// The helper process of the storage tests (`examples/storage_helper.rs`), built by
/// `cargo test` beside the test binaries.
pub fn storage_helper() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    let target = exe.parent().and_then(std::path::Path::parent).unwrap();
    target
        .join("examples")
        .join(format!("storage_helper{}", std::env::consts::EXE_SUFFIX))
}

/// Runs frames (a quarter of a second each) until the open assessment is saved, or gives up
/// after ten seconds of UI time.
pub fn settle(harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>) {
    for _ in 0..40 {
        harness.step();
        if !harness
            .state()
            .document()
            .is_some_and(terve_kunta::ui::Document::is_dirty)
        {
            break;
        }
    }
    harness.run();
}

/// Runs a poppler tool (`pdftotext`, `pdfinfo`, `pdffonts`) or `qpdf` on `pdf`; its output.
pub fn pdf_tool(name: &str, args: &[&str], pdf: &std::path::Path) -> String {
    #[cfg(windows)]
    if let Some(prefix) = std::env::var_os("WINEPREFIX") {
        return wine_host::run_tool(std::path::Path::new(&prefix), name, args, pdf);
    }
    let output = std::process::Command::new(name)
        .args(args)
        .arg(pdf)
        .args(if name == "pdftotext" {
            vec!["-"]
        } else {
            vec![]
        })
        .output()
        .expect("poppler-utils and qpdf are needed (apt-get install poppler-utils qpdf)");
    assert!(
        output.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// All text of the PDF with line ends and runs of spaces made single spaces.
pub fn pdf_text(pdf: &std::path::Path) -> String {
    pdf_tool("pdftotext", &["-enc", "UTF-8"], pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The Windows build's tests run under Wine in CI, where the PDF tools are the Linux host's.
/// Wine starts a Linux program but cannot hand back its output or exit status, so the tool runs
/// in a shell that writes both to files beside the PDF, and the test waits for them.
#[cfg(windows)]
mod wine_host {
    use std::path::{Path, PathBuf};

    /// The Linux path of a Windows path under Wine: `Z:` is `/`, `C:` is the prefix's `drive_c`.
    fn unix_path(prefix: &Path, path: &Path) -> String {
        let text = path.to_string_lossy().replace('\\', "/");
        let (drive, rest) = text.split_at(2);
        let drive = drive.to_ascii_uppercase();
        assert!(
            drive == "Z:" || drive == "C:",
            "a path Wine does not map here: {text}"
        );
        if drive == "Z:" {
            rest.to_owned()
        } else {
            format!("{}/drive_c{rest}", prefix.display())
        }
    }

    fn quoted(text: &str) -> String {
        format!("'{}'", text.replace('\'', r"'\''"))
    }

    pub fn run_tool(prefix: &Path, name: &str, args: &[&str], pdf: &Path) -> String {
        let pdf = std::path::absolute(pdf).expect("absolute path");
        let stem = format!("{}.{name}.{}", pdf.display(), std::process::id());
        let [out, err, done]: [PathBuf; 3] =
            ["out", "err", "done"].map(|ext| PathBuf::from(format!("{stem}.{ext}")));
        let mut command = vec![name.to_owned()];
        command.extend(args.iter().map(|arg| quoted(arg)));
        command.push(quoted(&unix_path(prefix, &pdf)));
        if name == "pdftotext" {
            command.push("-".to_owned());
        }
        let script = format!(
            "{} >{} 2>{}; echo $? >{}.tmp; mv {}.tmp {}",
            command.join(" "),
            quoted(&unix_path(prefix, &out)),
            quoted(&unix_path(prefix, &err)),
            quoted(&unix_path(prefix, &done)),
            quoted(&unix_path(prefix, &done)),
            quoted(&unix_path(prefix, &done)),
        );
        // Wine reports "invalid handle" for a Linux child, which has no Windows process handle;
        // the shell runs all the same.
        let _ = std::process::Command::new("/bin/sh")
            .args(["-c", &script])
            .status();
        let deadline = std::time::Instant::now() + std::time::Duration::from_mins(1);
        let status = loop {
            if let Ok(status) = std::fs::read_to_string(&done) {
                break status;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "{name} did not finish (poppler-utils and qpdf are needed on the host)"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        let stdout = std::fs::read(&out).expect("tool output");
        let stderr = std::fs::read_to_string(&err).unwrap_or_default();
        for file in [&out, &err, &done] {
            let _ = std::fs::remove_file(file);
        }
        assert_eq!(status.trim(), "0", "{name}: {stderr}");
        String::from_utf8(stdout).unwrap()
    }
}

/// The one driver the UI tests share: the real app in a harness, in a data folder of its own
/// (removed afterwards), used as a person would: through the form, the menus and the keys.
/// It dereferences to the kittest harness, so the helpers above take it as they take one.
pub struct Driver {
    /// The app's data folder.
    pub data: TempDir,
    harness: egui_kittest::Harness<'static, terve_kunta::ui::App>,
}

impl Driver {
    /// The app as someone who has used it before starts it, with these answers for its file
    /// dialogs.
    pub fn start(dialogs: terve_kunta::ui::dialogs::ScriptedDialogs) -> Self {
        Self::in_folder(TempDir::new("ui"), dialogs)
    }

    /// The app started in `data`, a folder the test has prepared.
    pub fn in_folder(data: TempDir, dialogs: terve_kunta::ui::dialogs::ScriptedDialogs) -> Self {
        let harness = app_harness(&data, dialogs);
        Self { data, harness }
    }

    /// The app closed (its window, lock and all); its data folder stays for the test.
    pub fn stop(self) -> TempDir {
        let Self { data, harness } = self;
        drop(harness);
        data
    }

    /// [`Self::start`] with a new assessment of Kuvitelmala (998) made through the form, by
    /// `assessor`, open on its first criterion.
    pub fn with_new_assessment(assessor: &str) -> Self {
        let mut driver = Self::start(terve_kunta::ui::dialogs::ScriptedDialogs::default());
        new_kuvitelmala(&mut driver.harness, assessor);
        driver
    }

    /// The app closed (its window, lock and all) and started again in the same data folder.
    pub fn restart(self, dialogs: terve_kunta::ui::dialogs::ScriptedDialogs) -> Self {
        Self::in_folder(self.stop(), dialogs)
    }

    /// Where the open document is saved.
    pub fn path(&self) -> std::path::PathBuf {
        self.doc().path.clone().expect("the document has a file")
    }

    /// The open document (the test fails when none is open).
    pub fn doc(&self) -> &terve_kunta::ui::Document {
        self.harness
            .state()
            .document()
            .expect("an assessment is open")
    }
}

impl std::ops::Deref for Driver {
    type Target = egui_kittest::Harness<'static, terve_kunta::ui::App>;

    fn deref(&self) -> &Self::Target {
        &self.harness
    }
}

impl std::ops::DerefMut for Driver {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.harness
    }
}

/// Runs `program` (`terve-kunta` or `terve-kunta-cli`) as a user runs it, with `data` as its
/// data folder, from the project's folder: the exit code, standard output and standard error.
pub fn run_program(program: &str, data: &TempDir, args: &[&str]) -> (i32, String, String) {
    let run = || {
        std::process::Command::new(program)
            .args(args)
            .env(terve_kunta::storage::DATA_DIR_ENV, &data.0)
            .env_remove("RUST_BACKTRACE")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
    };
    // Under Wine, starting a process now and then fails with ERROR_INTERNAL_ERROR (1359) before
    // the program runs at all (seen once in 480 Windows tests); only that is tried again.
    let mut output = run();
    for _ in 0..2 {
        match &output {
            Err(error) if error.raw_os_error() == Some(1359) => output = run(),
            _ => break,
        }
    }
    let output = output.unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}
