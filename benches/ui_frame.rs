//! CPU time of one frame of the assessment screen, headless: running the app's UI code and
//! tessellating what it draws. The current criterion has 300 evidence items; the assessment
//! holds 300 items in all, or 10 000 (the rest backing the other criteria).
//!
//! Run with `cargo bench --bench ui_frame` (goals: at most 1 ms per frame at 300 items, at most
//! 5 ms at 10 000: the cost of a frame must not follow the size of the whole assessment).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark with broken input should stop"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use terve_kunta::domain::assessment::{Assessment, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::storage::{BUILTIN_CRITERIA, CriteriaCatalog, encode_assessment};
use terve_kunta::ui::dialogs::ScriptedDialogs;
use terve_kunta::ui::{App, Command, Env, Screen};

fn assessment_with(items: usize) -> Assessment {
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("e");
    let municipality = Municipality {
        name: "Esimerkkilä".to_owned(),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, &set, Vec::new(), &clock, &ids);
    let first = set.criteria[0].id.clone();
    for i in 0..items {
        let details = EvidenceDetails::Decision {
            body: Body::Board,
            body_name: "Kunnanhallitus".to_owned(),
            subject: format!("Hyvinvoinnin ja terveyden edistämisen johtaminen, päätös {i}"),
            section: format!("{}", i % 200),
            diary_number: format!("2020-{i:04}"),
            minutes_url: format!("https://kuvitelmala.example/poytakirjat/{i}"),
        };
        let id = assessment.add_evidence(details, Some(Date::constant(2020, 11, 9)), &clock, &ids);
        let criterion = if i < 300 {
            &first
        } else {
            &set.criteria[1 + i % (set.criteria.len() - 1)].id
        };
        assessment.link(criterion, &id);
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
    for items in [300, 10_000] {
        frame_with(c, items);
    }
}

fn frame_with(c: &mut Criterion, items: usize) {
    let folder =
        std::env::temp_dir().join(format!("terve-kunta-bench-{}-{items}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("arvio.ron");
    std::fs::write(&file, encode_assessment(&assessment_with(items))).unwrap();

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
    assert_eq!(app.document().unwrap().assessment().evidence.len(), items);

    c.bench_function(
        &format!("ui: assessment screen frame, {items} evidence items"),
        |b| {
            b.iter(|| {
                time += 0.016;
                let mut output = ctx.run_ui(input(time), |ui| app.show(ui));
                let shapes = std::mem::take(&mut output.shapes);
                let primitives = ctx.tessellate(shapes, output.pixels_per_point);
                black_box(primitives.len());
                output.drop_without_applying_deltas();
            });
        },
    );
    let _ = std::fs::remove_dir_all(&folder);
}

criterion_group!(ui, frame);
criterion_main!(ui);
