//! Paths that are not regular files (a named pipe, a device, a folder, a link to a pipe) are
//! refused at once by every command and by the app; nothing waits on them.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]
#![cfg(unix)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{TempDir, app_harness};
use terve_kunta::storage::DATA_DIR_ENV;
use terve_kunta::ui::dialogs::ScriptedDialogs;

/// A named pipe that nobody writes to: opening it for reading the usual way blocks forever.
fn fifo(data: &TempDir, name: &str) -> PathBuf {
    let path = data.join(name);
    let status = Command::new("mkfifo").arg(&path).status().unwrap();
    assert!(status.success(), "mkfifo");
    path
}

/// Runs the binary; fails the test if it has not finished within ten seconds.
fn run_with_deadline(data: &TempDir, args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_terve-kunta"))
        .args(args)
        .env(DATA_DIR_ENV, &data.0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        let waited = started.elapsed();
        if waited > Duration::from_secs(10) {
            child.kill().unwrap();
        }
        assert!(
            waited <= Duration::from_secs(10),
            "{args:?} still waits after 10 s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// Every kind of path that is not a regular file.
fn hostile(data: &TempDir) -> Vec<(&'static str, PathBuf)> {
    let pipe = fifo(data, "putki.ron");
    let link = data.join("linkki.ron");
    std::os::unix::fs::symlink(&pipe, &link).unwrap();
    let folder = data.join("kansio.ron");
    std::fs::create_dir_all(&folder).unwrap();
    vec![
        ("pipe", pipe),
        ("link to a pipe", link),
        ("device", PathBuf::from("/dev/zero")),
        ("folder", folder),
    ]
}

#[test]
fn every_command_refuses_a_path_that_is_not_a_regular_file_at_once() {
    let data = TempDir::new("hostile");
    let out = data.join("raportti.pdf");
    let out = out.to_str().unwrap();
    for (what, path) in hostile(&data) {
        let path = path.to_str().unwrap();
        for args in [
            vec!["summary", path],
            vec!["summary", "--json", path],
            vec!["report", path, "-o", out],
            vec!["verify", path],
            vec!["criteria", "check", path],
        ] {
            let (code, stdout, stderr) = run_with_deadline(&data, &args);
            assert_eq!(code, 1, "{what}: {args:?}: {stdout}{stderr}");
            let expected = if what == "folder" {
                "tämä on kansio, ei tiedosto"
            } else {
                "tämä ei ole tavallinen tiedosto"
            };
            assert!(
                stderr.contains(expected) || stdout.contains(expected),
                "{what}: {args:?}: {stdout}{stderr}"
            );
            assert!(!Path::new(out).exists(), "{what}: no report written");
        }
        // As the user's criteria: the summary goes on with the shipped sets.
        let (code, _, _) = run_with_deadline(&data, &["summary", "--criteria", path, path]);
        assert_eq!(code, 1, "{what}");
    }
}

#[test]
fn the_app_refuses_a_pipe_as_an_assessment_or_a_package_and_goes_on() {
    let data = TempDir::new("hostile-ui");
    let pipe = fifo(&data, "putki.ron");
    let package = fifo(&data, "putki.zip");
    let mut harness = app_harness(
        &data,
        ScriptedDialogs::answering([Some(pipe.clone()), Some(package.clone())]),
    );
    for command in [
        terve_kunta::ui::Command::Open,
        terve_kunta::ui::Command::OpenPackage,
    ] {
        harness.state_mut().request(command);
        harness.run();
        let notice = harness.state().notice().cloned().unwrap();
        assert!(notice.is_error, "{notice:?}");
        assert!(
            notice.text.contains("tämä ei ole tavallinen tiedosto"),
            "{notice:?}"
        );
        assert!(harness.state().document().is_none());
    }
    // A pipe dropped on the window, and one opened for review.
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::OpenPath(pipe.clone()));
    harness.run();
    harness
        .state_mut()
        .request(terve_kunta::ui::Command::OpenForReviewPath(pipe));
    harness.run();
    assert!(harness.state().document().is_none());
}

/// Bytes below 0x20 other than the newline, in what a command printed.
fn control_bytes(text: &str) -> Vec<u8> {
    text.bytes().filter(|&b| b < 0x20 && b != b'\n').collect()
}

#[test]
fn no_name_or_text_from_a_file_reaches_the_terminal_as_a_control_character() {
    use terve_kunta::domain::clock::SequentialIds;
    use terve_kunta::domain::evidence::{Attachment, EvidenceDetails};
    let data = TempDir::new("hostile-text");
    let evil = "\u{1b}[2J\u{1b}]0;x\u{7}\r\0\u{9b}31m\u{202e}";
    let set = common::shipped_set();
    let ids = SequentialIds::new("e");
    let mut assessment = common::ready_assessment(&set);
    assessment.municipality.name = format!("Kuvitelmala{evil}");
    assessment.assessors[0].name = format!("Kaisa{evil}");
    assessment.answer_mut(&common::tk(3)).justification = format!("Perustelu{evil}");
    let id = assessment.add_evidence(
        EvidenceDetails::Other {
            description: format!("Kuvaus{evil}"),
        },
        None,
        &common::clock(),
        &ids,
    );
    assessment.link(&common::tk(8), &id);
    assessment
        .evidence_mut(&id)
        .unwrap()
        .attachments
        .push(Attachment {
            path: "attachments/ab.pdf".into(),
            sha256: "ab".repeat(32),
            size: 3,
            original_name: format!("liite{evil}.pdf"),
            added: common::clock().now,
        });
    // The file's own name holds an escape sequence too.
    let folder = data.join(&format!("kansio{evil}").replace('\0', ""));
    std::fs::create_dir_all(&folder).unwrap();
    let file = folder.join("assessment.ron");
    std::fs::write(&file, terve_kunta::storage::encode_assessment(&assessment)).unwrap();
    // A criteria file whose titles and id carry them as well.
    let criteria = data.join("omat.ron");
    let text = std::fs::read_to_string("criteria/terve-kunta-kunnat-2017-2020.ron")
        .unwrap()
        .replace(
            "Ylimmän johdon vastuu",
            "Ylimmän\\u{1b}[31m johdon\\r vastuu",
        )
        .replace("\"TK-10\"", "\"TK-10\\u{1b}\"");
    std::fs::write(&criteria, text).unwrap();

    let file = file.to_str().unwrap();
    let pdf = data.join(&format!("raportti{evil}.pdf").replace('\0', ""));
    let pdf = pdf.to_str().unwrap();
    let criteria = criteria.to_str().unwrap();
    let hostile_arg = format!("summary{evil}").replace('\0', "");
    for args in [
        vec!["summary", file],
        vec!["summary", "--json", file],
        vec!["summary", "--criteria", criteria, file],
        vec!["report", file, "-o", pdf],
        vec!["verify", file],
        vec!["criteria", "check", criteria],
        vec![hostile_arg.as_str()],
        vec!["summary", "--lang", hostile_arg.as_str(), file],
    ] {
        let (_, stdout, stderr) = run_with_deadline(&data, &args);
        assert_eq!(control_bytes(&stdout), b"", "stdout of {args:?}: {stdout}");
        assert_eq!(control_bytes(&stderr), b"", "stderr of {args:?}: {stderr}");
        assert!(
            !stdout.contains('\u{202e}') && !stderr.contains('\u{202e}'),
            "{args:?}"
        );
        assert!(
            !stdout.contains('\u{9b}') && !stderr.contains('\u{9b}'),
            "{args:?}"
        );
    }
    // The name is still there to read, escaped.
    let (_, stdout, _) = run_with_deadline(&data, &["summary", file]);
    assert!(stdout.contains("Kuvitelmala\\u{1b}[2J"), "{stdout}");
}
