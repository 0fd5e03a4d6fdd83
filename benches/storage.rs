//! Opening and saving a 1 MB assessment: reading and decoding it, and encoding and writing it
//! atomically (temporary file, fsync, backup link, rename, folder fsync). Verifying it sealed,
//! and packing and unpacking it with a 20 MB attachment.
//!
//! Run with `cargo bench --bench storage` (goal: open at most 10 ms).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark with broken input should stop"
)]
#![allow(
    clippy::print_stderr,
    reason = "the benchmark reports the size it measured"
)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use terve_kunta::domain::assessment::{Assessment, Municipality};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::criteria::CriterionId;
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::domain::history::Event;
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::storage::attachments::attach_file;
use terve_kunta::storage::lock::LockHolder;
use terve_kunta::storage::package::{export_package, open_package};
use terve_kunta::storage::verify::verify_bytes;
use terve_kunta::storage::{
    BUILTIN_CRITERIA, SaveRequest, encode_assessment, open_assessment, save_file,
};

/// An assessment of about 1 MB: 1 800 decisions with Finnish texts, each backing two criteria.
fn one_megabyte() -> Assessment {
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("e");
    let municipality = Municipality {
        name: "Esimerkkilä".to_owned(),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, &set, Vec::new(), &clock, &ids);
    for i in 0..1_800 {
        let details = EvidenceDetails::Decision {
            body: Body::Committee,
            body_name: "Hyvinvointilautakunta".to_owned(),
            subject: format!("Hyvinvoinnin ja terveyden edistämisen toimenpiteet, päätös {i}"),
            section: format!("{}", i % 300),
            diary_number: format!("2024-{i:05}"),
            minutes_url: format!(
                "https://esimerkkila.example/paatoksenteko/hyvinvointilautakunta/{i}"
            ),
        };
        let id = assessment.add_evidence(details, Some(Date::constant(2024, 5, 14)), &clock, &ids);
        for offset in 0..2 {
            assessment.link(
                &CriterionId(format!("TK-{:02}", (i + offset) % 10 + 1)),
                &id,
            );
        }
    }
    assessment
}

fn storage(c: &mut Criterion) {
    let folder =
        std::env::temp_dir().join(format!("terve-kunta-bench-storage-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("assessment.ron");
    let assessment = one_megabyte();
    let bytes = encode_assessment(&assessment).into_bytes();
    eprintln!("assessment file: {} bytes", bytes.len());
    std::fs::write(&path, &bytes).unwrap();
    let holder = LockHolder::this_process("Bench", jiff::Timestamp::UNIX_EPOCH);

    c.bench_function(
        "storage: open a 1 MB assessment (read, lock, decode)",
        |b| {
            b.iter(|| black_box(open_assessment(&path, &holder).unwrap()));
        },
    );
    c.bench_function("storage: decode a 1 MB assessment", |b| {
        b.iter(|| black_box(terve_kunta::storage::decode_assessment(&bytes).unwrap()));
    });
    c.bench_function("storage: encode a 1 MB assessment", |b| {
        b.iter(|| black_box(encode_assessment(&assessment)));
    });
    c.bench_function(
        "storage: save a 1 MB assessment (encode, atomic write, fsync)",
        |b| {
            b.iter(|| {
                let request = SaveRequest {
                    path: path.clone(),
                    bytes: encode_assessment(&assessment).into_bytes(),
                    expected: None,
                };
                black_box(save_file(&request));
            });
        },
    );

    // Sealed: what `terve-kunta verify` does (decode, re-encode, chain, seal).
    let mut sealed = assessment.clone();
    sealed.record("Bench", jiff::Timestamp::UNIX_EPOCH, Event::Created);
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    sealed.finalise("Bench", &clock).unwrap();
    let sealed_bytes = encode_assessment(&sealed).into_bytes();
    c.bench_function("audit: verify a sealed 1 MB assessment", |b| {
        b.iter(|| black_box(verify_bytes(&sealed_bytes, None).unwrap()));
    });

    // A package with a 20 MB attachment (the minutes as a scanned PDF).
    let source = folder.join("ptk.pdf");
    let big: Vec<u8> = (0..20 * 1024 * 1024_u32)
        .map(|i| u8::try_from(i % 251).unwrap_or(0))
        .collect();
    std::fs::write(&source, &big).unwrap();
    let attachment = attach_file(&folder, &source, jiff::Timestamp::UNIX_EPOCH).unwrap();
    let mut with_attachment = assessment.clone();
    with_attachment.evidence[0].attachments.push(attachment);
    std::fs::write(&path, encode_assessment(&with_attachment)).unwrap();
    let package = folder.join("paketti.zip");
    let mut group = c.benchmark_group("package");
    group.sample_size(10);
    group.bench_function("export 1 MB assessment + 20 MB attachment", |b| {
        b.iter(|| black_box(export_package(&path, &package, jiff::Timestamp::UNIX_EPOCH).unwrap()));
    });
    group.bench_function("open, check and unpack it", |b| {
        let mut n = 0;
        b.iter(|| {
            n += 1;
            let target = folder.join(format!("unpacked-{n}"));
            let mut opened = open_package(&package).unwrap();
            black_box(opened.unpack(&target).unwrap());
            let _ = std::fs::remove_dir_all(&target);
        });
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&folder);
}

/// The regional overview of 300 packages of a typical assessment (the example: ten criteria,
/// a few items, a 200 KB attachment), each read, checked and judged (goal: at most 2 s).
fn overview(c: &mut Criterion) {
    let folder =
        std::env::temp_dir().join(format!("terve-kunta-bench-overview-{}", std::process::id()));
    let saved = folder.join("saved");
    std::fs::create_dir_all(&saved).unwrap();
    let set = parse_criteria(BUILTIN_CRITERIA[0].1).set.unwrap();
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let mut assessment =
        terve_kunta::domain::example::example_assessment(&set, &clock, &SequentialIds::new("x"));
    let source = folder.join("ptk.pdf");
    // A scan does not compress: bytes from a xorshift generator, as a scanned PDF's would be.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let scan: Vec<u8> = (0..200 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    std::fs::write(&source, &scan).unwrap();
    let attachment = attach_file(&saved, &source, jiff::Timestamp::UNIX_EPOCH).unwrap();
    assessment.evidence[0].attachments.push(attachment);
    let path = saved.join("assessment.ron");
    std::fs::write(&path, encode_assessment(&assessment)).unwrap();
    let first = folder.join("paketti-000.zip");
    export_package(&path, &first, jiff::Timestamp::UNIX_EPOCH).unwrap();
    let files: Vec<std::path::PathBuf> = (0..300)
        .map(|n| {
            let file = folder.join(format!("paketti-{n:03}.zip"));
            if n > 0 {
                std::fs::copy(&first, &file).unwrap();
            }
            file
        })
        .collect();
    let catalog = terve_kunta::storage::CriteriaCatalog::builtin();
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let mut group = c.benchmark_group("overview");
    group.sample_size(10);
    group.bench_function("300 packages (read, verify, judge)", |b| {
        b.iter(|| {
            let rows = terve_kunta::storage::overview::overview(
                &files,
                &catalog,
                (terve_kunta::domain::Lang::Fi, Date::constant(2026, 11, 24)),
                threads,
            );
            assert!(rows.iter().all(|row| row.outcome.is_ok()));
            black_box(rows)
        });
    });
    group.finish();
    let _ = std::fs::remove_dir_all(&folder);
}

criterion_group!(benches, storage, overview);
criterion_main!(benches);
