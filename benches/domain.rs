//! Benchmarks of the domain and the file format: loading criteria, judging readiness,
//! encoding and decoding an assessment.
//!
//! Run with `cargo bench --bench domain`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark with broken input should stop"
)]
#![allow(
    clippy::print_stderr,
    reason = "the benchmark reports the file size it measured"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use terve_kunta::domain::assessment::{Assessment, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::{CriteriaSet, CriterionId};
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::domain::{readiness, validation};
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::storage::{BUILTIN_CRITERIA, decode_assessment, encode_assessment};

fn shipped() -> CriteriaSet {
    parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap()
}

/// An assessment with `items` evidence items, each linked to three criteria.
fn assessment_with(set: &CriteriaSet, items: usize) -> Assessment {
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("e");
    let municipality = Municipality {
        name: "Esimerkkilä".to_owned(),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, set, Vec::new(), &clock, &ids);
    for i in 0..items {
        let details = EvidenceDetails::Decision {
            body: Body::Board,
            body_name: "Kunnanhallitus".to_owned(),
            subject: format!("Päätös numero {i}: hyvinvoinnin ja terveyden edistämisen johtaminen"),
            section: format!("{}", i % 200),
            diary_number: format!("2020-{i:04}"),
            minutes_url: format!("https://esimerkkila.example/poytakirjat/{i}"),
        };
        let id = assessment.add_evidence(details, Some(Date::constant(2020, 11, 9)), &clock, &ids);
        for offset in 0..3 {
            let criterion = CriterionId(format!("TK-{:02}", (i + offset) % 10 + 1));
            assessment.link(&criterion, &id);
        }
    }
    for criterion in &set.criteria {
        assessment.answer_mut(&criterion.id).status = Status::Met;
    }
    assessment
}

fn benches(c: &mut Criterion) {
    let (_, text) = BUILTIN_CRITERIA[0];
    c.bench_function("criteria: load the shipped set", |b| {
        b.iter(|| parse_criteria(black_box(text)));
    });

    let set = shipped();
    let assessment = assessment_with(&set, 300);
    c.bench_function("readiness: 300 evidence items", |b| {
        let checks = terve_kunta::domain::quality::Checks::on(Date::constant(2026, 11, 24));
        b.iter(|| readiness::evaluate(black_box(&assessment), &set, &checks).is_ready());
    });
    let today = Date::constant(2026, 11, 24);
    c.bench_function("validation: 300 evidence items", |b| {
        b.iter(|| validation::validate(black_box(&assessment), today).len());
    });

    let encoded = encode_assessment(&assessment);
    eprintln!(
        "an assessment with 300 evidence items: {} bytes",
        encoded.len()
    );
    c.bench_function("file: encode 300 evidence items", |b| {
        b.iter(|| encode_assessment(black_box(&assessment)));
    });
    c.bench_function("file: decode 300 evidence items", |b| {
        b.iter(|| decode_assessment(black_box(encoded.as_bytes())).unwrap());
    });
}

criterion_group!(domain, benches);
criterion_main!(domain);
