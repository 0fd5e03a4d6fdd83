//! Sample data and helpers shared by the integration tests.
#![allow(
    dead_code,
    reason = "each test binary uses a different part of the helpers"
)]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "tests fail loudly on a broken fixture"
)]

use terve_kunta::domain::assessment::{Assessment, Assessor, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::{CriteriaSet, CriterionId, parse_criteria};
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails, EvidenceId};
use terve_kunta::storage::BUILTIN_CRITERIA;

/// "Today" in every test: 24.11.2026.
pub const TODAY: Date = Date::constant(2026, 11, 24);

/// The clock fixed at [`TODAY`].
pub fn clock() -> FixedClock {
    FixedClock::at(TODAY)
}

/// The criteria set shipped with the app.
pub fn shipped_set() -> CriteriaSet {
    let (_, text) = BUILTIN_CRITERIA[0];
    parse_criteria(text).set.expect("the shipped criteria load")
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
            name: "Henna Hyvönen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
        }],
        &clock(),
        ids,
    )
}

/// The board's decision to join the network: "Kunnanhallitus 17.11.2020 § 46, Dnro 2020-2683".
pub fn board_decision() -> EvidenceDetails {
    EvidenceDetails::Decision {
        body: Body::Board,
        body_name: "Kunnanhallitus".to_owned(),
        subject: "Liittyminen Terve Kunta -verkostoon".to_owned(),
        section: "46".to_owned(),
        diary_number: "2020-2683".to_owned(),
        minutes_url: "https://esimerkkila.fi/poytakirjat/kh-2020-11-17#46".to_owned(),
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
        Some(Date::constant(2020, 11, 17)),
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

/// An assessment in which every criterion is met and backed by one decision.
pub fn ready_assessment(set: &CriteriaSet) -> Assessment {
    let ids = SequentialIds::new("e");
    let mut assessment = new_assessment(set, &ids);
    add_board_decision(&mut assessment, &ids, &(1..=10).collect::<Vec<_>>());
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
    let env = terve_kunta::ui::Env {
        clock: Box::new(clock()),
        ids: Box::new(SequentialIds::new("t")),
        dialogs: Box::new(dialogs),
        data_dir: Some(data.0.clone()),
    };
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_max_steps(20)
        .build_eframe(move |_| {
            terve_kunta::ui::App::new(env, terve_kunta::storage::CriteriaCatalog::builtin())
        });
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

/// Moves the pointer over the node labelled `label` and clicks it, as a user does.
pub fn click(harness: &mut egui_kittest::Harness<'static, terve_kunta::ui::App>, label: &str) {
    use egui_kittest::kittest::Queryable as _;
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
