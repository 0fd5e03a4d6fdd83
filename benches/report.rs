//! Making the PDF self-assessment report: a typical assessment (10 criteria, 30 evidence items), a
//! long one (10 criteria × 30 items, long texts), and how the cost grows with the number of
//! items (300 and 30 000 short ones).
//!
//! Run with `cargo bench --bench report` (goals for the typical one: ≤ 20 ms, ≤ 100 KB; the
//! time per evidence item at 30 000 items within 1.3× of the time per item at 300).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark with broken input should stop"
)]
#![allow(
    clippy::print_stderr,
    reason = "the benchmark reports the sizes it measured"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Action, Assessment, Municipality, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::CriteriaSet;
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::report::{ReportInput, render};
use terve_kunta::storage::BUILTIN_CRITERIA;

fn assessment(set: &CriteriaSet, per_criterion: usize, words: usize) -> Assessment {
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("e");
    let municipality = Municipality {
        name: "Esimerkkilä".to_owned(),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, set, Vec::new(), &clock, &ids);
    let text = "Hyvinvoinnin ja terveyden edistämisen poikkihallinnollinen johtaminen edellyttää sitoutumista";
    let text: String = text
        .split(' ')
        .cycle()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    for (c, criterion) in set.criteria.iter().enumerate() {
        for i in 0..per_criterion {
            let details = EvidenceDetails::Decision {
                body: Body::Board,
                body_name: "Kunnanhallitus".to_owned(),
                subject: format!("{text} {c}.{i}"),
                section: format!("{}", 10 + i),
                diary_number: format!("2025-{c:02}{i:03}"),
                minutes_url: format!("https://kuvitelmala.example/paatokset/{c}/{i}"),
            };
            let id =
                assessment.add_evidence(details, Some(Date::constant(2025, 3, 1)), &clock, &ids);
            assessment.link(&criterion.id, &id);
        }
        let answer = assessment.answer_mut(&criterion.id);
        answer.status = Status::Met;
        answer.justification.clone_from(&text);
        answer.actions.push(Action {
            what: text.clone(),
            who: "Koordinaattori".to_owned(),
            due: Some(Date::constant(2027, 6, 30)),
            done: false,
        });
    }
    assessment
}

/// The report's input in Finnish, on a fixed day, in UTC, without a file or attachments.
fn input<'a>(assessment: &'a Assessment, set: &'a CriteriaSet) -> ReportInput<'a> {
    ReportInput {
        assessment,
        set,
        lang: Lang::Fi,
        generated: jiff::Timestamp::UNIX_EPOCH,
        today: Date::constant(2026, 11, 24),
        time_zone: jiff::tz::TimeZone::UTC,
        source: None,
        attachments: Vec::new(),
    }
}

fn report(c: &mut Criterion) {
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    for (name, assessment) in [
        (
            "typical (10 criteria, 30 evidence items)",
            assessment(&set, 3, 10),
        ),
        (
            "long (10 criteria × 30 evidence items, long texts)",
            assessment(&set, 30, 45),
        ),
    ] {
        let input = input(&assessment, &set);
        eprintln!("report {name}: {} bytes", render(&input).unwrap().len());
        c.bench_function(&format!("report: {name}"), |b| {
            b.iter(|| black_box(render(&input).unwrap()));
        });
    }
}

/// The same short items at two sizes: the time divided by the number of items should stay
/// about the same (nothing in the report may look items up by scanning all of them).
fn report_scale(c: &mut Criterion) {
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    let mut group = c.benchmark_group("report scale");
    group.sample_size(10);
    for per_criterion in [30, 3000] {
        let assessment = assessment(&set, per_criterion, 4);
        let items = assessment.evidence.len();
        let input = input(&assessment, &set);
        group.throughput(criterion::Throughput::Elements(items as u64));
        group.bench_function(format!("{items} evidence items"), |b| {
            b.iter(|| black_box(render(&input).unwrap()));
        });
    }
    group.finish();
}

criterion_group!(benches, report, report_scale);
criterion_main!(benches);
