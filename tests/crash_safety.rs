//! Killing a saving process at random moments never leaves a corrupt or missing assessment.
//!
//! A helper process (`examples/storage_helper.rs`) saves new versions in a loop; this test
//! kills it with SIGKILL a random while after a random version was reported saved, and checks
//! that the file is whole and not older than that version. 200 rounds by default;
//! `cargo build --release --example storage_helper && TK_CRASH_ROUNDS=1000 cargo test --release
//! --test crash_safety` runs the full count.
#![cfg(unix)]

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};

use common::TempDir;
use terve_kunta::domain::evidence::EvidenceDetails;
use terve_kunta::storage::layout::backup_path;
use terve_kunta::storage::{TEMP_PREFIX, decode_assessment, sweep_temp_files};

/// Whether `bytes` are one whole version written by the helper.
fn is_whole_version(bytes: &[u8]) -> Result<u64, String> {
    let assessment = decode_assessment(bytes).map_err(|e| format!("does not decode: {e}"))?;
    let n: u64 = assessment
        .municipality
        .name
        .strip_prefix("Versio ")
        .and_then(|n| n.parse().ok())
        .ok_or("not a version")?;
    if assessment.evidence.len() as u64 != n % 40 {
        return Err(format!(
            "version {n} has {} items",
            assessment.evidence.len()
        ));
    }
    for (i, evidence) in assessment.evidence.iter().enumerate() {
        let EvidenceDetails::Other { description } = &evidence.details else {
            return Err("wrong kind".to_owned());
        };
        if !description.starts_with(&format!("Versio {n}, näyttö {i}: ")) {
            return Err(format!("item {i} of version {n} is from elsewhere"));
        }
    }
    Ok(n)
}

#[test]
fn sigkill_during_saves_never_corrupts_or_loses_the_file() {
    let rounds: u32 = std::env::var("TK_CRASH_ROUNDS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let helper = common::storage_helper();
    assert!(
        helper.is_file(),
        "build the helper: cargo build --example storage_helper"
    );
    let mut state = 0x853c_49e6_748f_ea9b_u64;
    let (mut corrupt, mut missing, mut versions_seen) = (0, 0, 0_u64);
    for round in 0..rounds {
        let dir = TempDir::new("crash");
        let path = dir.join("assessment.ron");
        let mut child = Command::new(&helper)
            .arg("save-loop")
            .arg(&path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until a random version (1 to 8) is reported saved, let it go on saving for a
        // random while, and kill it: whether a save is halfway through is up to chance, but
        // the file must hold that version or a later one, whole.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let reported = 1 + state % 8;
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        loop {
            let line = lines.next().unwrap().unwrap();
            if line == format!("saved {reported}") {
                break;
            }
        }
        std::thread::sleep(std::time::Duration::from_micros((state >> 8) % 5_000));
        child.kill().unwrap();
        child.wait().unwrap();

        match std::fs::read(&path) {
            Err(_) => missing += 1,
            Ok(bytes) => match is_whole_version(&bytes) {
                Ok(n) => {
                    assert!(
                        n >= reported,
                        "round {round}: version {n} on disk after version {reported} was saved"
                    );
                    versions_seen = versions_seen.max(n);
                }
                Err(why) => {
                    eprintln!("round {round}: {why}");
                    corrupt += 1;
                }
            },
        }
        if let Ok(bytes) = std::fs::read(backup_path(&path))
            && let Err(why) = is_whole_version(&bytes)
        {
            eprintln!("round {round}: backup: {why}");
            corrupt += 1;
        }
        // What the killed save left behind is swept on the next start.
        sweep_temp_files(&dir.0);
        let leftovers = std::fs::read_dir(&dir.0)
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with(TEMP_PREFIX))
            .count();
        assert_eq!(
            leftovers, 0,
            "round {round}: temporary files left after the sweep"
        );
    }
    eprintln!(
        "{rounds} kills: {corrupt} corrupt, {missing} missing; up to version {versions_seen} reached"
    );
    assert_eq!((corrupt, missing), (0, 0));
}
