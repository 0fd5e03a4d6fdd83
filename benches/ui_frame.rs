//! CPU time of one frame of the assessment screen, headless: running the app's UI code and
//! tessellating what it draws. The current criterion has 300 evidence items.
//!
//! Run with `cargo bench --bench ui_frame` (goal: at most 1 ms per frame).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark with broken input should stop"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use terve_kunta::domain::assessment::{Assessment, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::parse_criteria;
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::storage::{BUILTIN_CRITERIA, CriteriaCatalog, encode_assessment};
use terve_kunta::ui::dialogs::ScriptedDialogs;
use terve_kunta::ui::{App, Command, Env, Screen};

fn assessment_with_300_items() -> Assessment {
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("e");
    let municipality = Municipality {
        name: "Esimerkkilä".to_owned(),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, &set, Vec::new(), &clock, &ids);
    let first = set.criteria[0].id.clone();
    for i in 0..300 {
        let details = EvidenceDetails::Decision {
            body: Body::Board,
            body_name: "Kunnanhallitus".to_owned(),
            subject: format!("Hyvinvoinnin ja terveyden edistämisen johtaminen, päätös {i}"),
            section: format!("{}", i % 200),
            diary_number: format!("2020-{i:04}"),
            minutes_url: format!("https://esimerkkila.fi/poytakirjat/{i}"),
        };
        let id = assessment.add_evidence(details, Some(Date::constant(2020, 11, 17)), &clock, &ids);
        assessment.link(&first, &id);
    }
    assessment.answer_mut(&first).status = Status::Met;
    assessment
}

fn input(time: f64) -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        time: Some(time),
        ..Default::default()
    }
}

fn frame(c: &mut Criterion) {
    let folder = std::env::temp_dir().join(format!("terve-kunta-bench-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("arvio.ron");
    std::fs::write(&file, encode_assessment(&assessment_with_300_items())).unwrap();

    let env = Env {
        clock: Box::new(FixedClock::at(Date::constant(2026, 11, 24))),
        ids: Box::new(SequentialIds::new("b")),
        dialogs: Box::new(ScriptedDialogs::default()),
        data_dir: None,
        background_saving: false,
        launcher: Box::new(|_| Ok(())),
    };
    let mut app = App::new(env, CriteriaCatalog::builtin());
    app.request(Command::OpenPath(file));
    let ctx = egui::Context::default();
    let mut time = 0.0;
    for _ in 0..5 {
        time += 0.1;
        let output = ctx.run_ui(input(time), |ui| app.show(ui));
        output.drop_without_applying_deltas();
    }
    assert_eq!(app.screen(), Screen::Assessment);
    assert_eq!(app.document().unwrap().assessment.evidence.len(), 300);

    c.bench_function("ui: assessment screen frame, 300 evidence items", |b| {
        b.iter(|| {
            time += 0.016;
            let mut output = ctx.run_ui(input(time), |ui| app.show(ui));
            let shapes = std::mem::take(&mut output.shapes);
            let primitives = ctx.tessellate(shapes, output.pixels_per_point);
            black_box(primitives.len());
            output.drop_without_applying_deltas();
        });
    });
    let _ = std::fs::remove_dir_all(&folder);
}

criterion_group!(ui, frame);
criterion_main!(ui);
