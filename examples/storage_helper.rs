//! A helper process for the storage tests (`tests/crash_safety.rs`, `tests/storage.rs`): it
//! saves in a loop until it is killed, or holds an assessment's lock until it is killed; and
//! for `tests/audit.rs` it shows a time as the app shows it, in the time zone the system (or
//! `TZ`) gives it.
//!
//! `storage_helper save-loop FILE` / `storage_helper hold-lock FILE` /
//! `storage_helper show-time SECONDS_SINCE_1970`
#![allow(
    clippy::print_stdout,
    clippy::print_stderr,
    clippy::exit,
    reason = "a test helper process: it talks to its parent through output and exit codes"
)]

use std::io::Write as _;

use std::path::PathBuf;
use terve_kunta::domain::Clock as _;

use terve_kunta::domain::assessment::{Assessment, Municipality};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::dates::Date;
use terve_kunta::domain::evidence::EvidenceDetails;
use terve_kunta::format::criteria::parse_criteria;
use terve_kunta::storage::lock::{LockHolder, LockOutcome, lock_assessment};
use terve_kunta::storage::{
    BUILTIN_CRITERIA, SaveOutcome, SaveRequest, encode_assessment, save_file,
};

/// Version `n` of the assessment: its name says `n`, and it has `n % 40` evidence items, so
/// versions differ in size and a torn write would not parse as another version.
fn version(n: u64) -> Assessment {
    let Some(set) = parse_criteria(BUILTIN_CRITERIA[0].1).set else {
        std::process::exit(3);
    };
    let clock = FixedClock::at(Date::constant(2026, 11, 24));
    let ids = SequentialIds::new("v");
    let municipality = Municipality {
        name: format!("Versio {n}"),
        code: "999".to_owned(),
    };
    let mut assessment = Assessment::new(municipality, &set, Vec::new(), &clock, &ids);
    for i in 0..n % 40 {
        let details = EvidenceDetails::Other {
            description: format!(
                "Versio {n}, näyttö {i}: {}",
                "å".repeat(usize::try_from(i).unwrap_or(0) * 7)
            ),
        };
        assessment.add_evidence(details, None, &clock, &ids);
    }
    assessment
}

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(mode), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: storage_helper save-loop|hold-lock FILE");
        std::process::exit(2);
    };
    let path = PathBuf::from(path);
    match mode.as_str() {
        "save-loop" => {
            let mut stamp = None;
            for n in 1.. {
                let request = SaveRequest {
                    path: path.clone(),
                    bytes: encode_assessment(&version(n)).into_bytes(),
                    expected: stamp.take(),
                };
                match save_file(&request) {
                    SaveOutcome::Saved(new) => stamp = Some(new),
                    other => {
                        eprintln!("save {n} failed: {other:?}");
                        std::process::exit(1);
                    }
                }
                // Each version on disk is reported: the parent kills after one of them and
                // checks that the file is never older than what was reported saved.
                println!("saved {n}");
                let _ = std::io::stdout().flush();
            }
        }
        "hold-lock" => {
            let holder =
                LockHolder::this_process("Apuprosessi", terve_kunta::system::SystemClock.now());
            let LockOutcome::Acquired(_lock) = lock_assessment(&path, &holder) else {
                std::process::exit(1);
            };
            println!("locked");
            let _ = std::io::stdout().flush();
            loop {
                std::thread::sleep(std::time::Duration::from_mins(1));
            }
        }
        "show-time" => {
            let shown = path
                .to_str()
                .and_then(|seconds| seconds.parse().ok())
                .and_then(|seconds| jiff::Timestamp::from_second(seconds).ok())
                .map(|at| {
                    let zone = terve_kunta::system::SystemClock.time_zone();
                    terve_kunta::i18n::audit::date_time(terve_kunta::domain::Lang::Fi, at, &zone)
                });
            let Some(shown) = shown else {
                std::process::exit(2);
            };
            println!("{shown}");
        }
        _ => std::process::exit(2),
    }
}
