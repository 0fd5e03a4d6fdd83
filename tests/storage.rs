//! Storage that never loses work: faults at every step, backups, changes by others, the lock,
//! sweeping, attachments and hostile paths.
#![allow(clippy::unwrap_used, reason = "tests fail loudly")]

mod common;

use std::io::{BufRead as _, BufReader};
use std::path::Path;

use common::{TempDir, ready_assessment, shipped_set};
use terve_kunta::domain::dates::Timestamp;
use terve_kunta::storage::attachments::{
    AttachmentState, PathProblem, attach_file, check_relative_path, is_executable_name, resolve,
    verify,
};
use terve_kunta::storage::layout::{backup_path, lock_path};
use terve_kunta::storage::lock::{LockHolder, LockOutcome, lock_assessment};
use terve_kunta::storage::{
    SaveOutcome, SaveRequest, TEMP_PREFIX, WriteStep, encode_assessment, open_assessment,
    readable_backup, restore_backup, save_file, save_file_with, sweep_temp_files,
    write_atomic_with,
};

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn an_error_at_any_step_leaves_the_original_byte_identical() {
    for failing in WriteStep::ALL {
        let dir = TempDir::new("fault");
        let path = dir.join("assessment.ron");
        std::fs::write(&path, b"original version").unwrap();
        std::fs::write(backup_path(&path), b"older version").unwrap();
        let disk_full = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
        let fault = |step: WriteStep| {
            if step == failing {
                Err(std::io::Error::new(disk_full.kind(), "disk full"))
            } else {
                Ok(())
            }
        };
        let result = write_atomic_with(&path, b"new version", Some(&backup_path(&path)), &fault);
        let error = result.expect_err("the fault must surface");
        assert_eq!(error.step, failing);
        assert_eq!(error.source.kind(), std::io::ErrorKind::StorageFull);
        if failing == WriteStep::SyncFolder {
            // The rename is done; only its flushing failed: the new version is in place and
            // the previous one is the backup.
            assert_eq!(std::fs::read(&path).unwrap(), b"new version", "{failing:?}");
            assert_eq!(
                std::fs::read(backup_path(&path)).unwrap(),
                b"original version"
            );
        } else {
            assert_eq!(
                std::fs::read(&path).unwrap(),
                b"original version",
                "{failing:?}"
            );
            let backup = std::fs::read(backup_path(&path)).unwrap();
            assert!(
                backup == b"older version" || backup == b"original version",
                "{failing:?}"
            );
        }
        let temps: Vec<String> = files_in(&dir.0)
            .into_iter()
            .filter(|name| name.starts_with(TEMP_PREFIX))
            .collect();
        assert!(temps.is_empty(), "{failing:?} left {temps:?}");
    }
}

#[test]
fn a_failed_save_reports_and_keeps_the_file() {
    let dir = TempDir::new("fault");
    let path = dir.join("assessment.ron");
    let first = encode_assessment(&ready_assessment(&shipped_set()));
    std::fs::write(&path, &first).unwrap();
    let request = SaveRequest {
        path: path.clone(),
        bytes: b"changed".to_vec(),
        expected: None,
    };
    let outcome = save_file_with(&request, &|step| {
        if step == WriteStep::Write {
            Err(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "read-only",
            ))
        } else {
            Ok(())
        }
    });
    assert!(matches!(outcome, SaveOutcome::Failed(ref e) if e.step == WriteStep::Write));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), first);
}

#[test]
fn each_save_keeps_the_previous_version_as_backup() {
    let dir = TempDir::new("backup");
    let path = dir.join("assessment.ron");
    let mut expected = None;
    for version in ["v1", "v2", "v3"] {
        let request = SaveRequest {
            path: path.clone(),
            bytes: version.as_bytes().to_vec(),
            expected: expected.take(),
        };
        let SaveOutcome::Saved(stamp) = save_file(&request) else {
            panic!("save {version}");
        };
        expected = Some(stamp);
    }
    assert_eq!(std::fs::read(&path).unwrap(), b"v3");
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"v2");
}

/// The assessment and its backup made one file (two links, as a copy tool or a restore may
/// leave them): a save still keeps the old version and leaves no temporary link behind.
#[test]
fn a_save_over_a_backup_that_is_the_same_file_leaves_no_temporary_link() {
    let dir = TempDir::new("backup-link");
    let path = dir.join("assessment.ron");
    std::fs::write(&path, b"v1").unwrap();
    std::fs::hard_link(&path, backup_path(&path)).unwrap();
    let request = SaveRequest {
        path: path.clone(),
        bytes: b"v2".to_vec(),
        expected: None,
    };
    assert!(matches!(save_file(&request), SaveOutcome::Saved(_)));
    assert_eq!(std::fs::read(&path).unwrap(), b"v2");
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"v1");
    let mut names: Vec<String> = std::fs::read_dir(&dir.0)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["assessment.ron", "assessment.ron.bak"]);
}

#[test]
fn a_change_by_someone_else_is_noticed_before_writing() {
    let dir = TempDir::new("conflict");
    let path = dir.join("assessment.ron");
    let SaveOutcome::Saved(stamp) = save_file(&SaveRequest {
        path: path.clone(),
        bytes: b"mine".to_vec(),
        expected: None,
    }) else {
        panic!("first save");
    };
    // A touch that does not change the content is not a change.
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    let modified = file.metadata().unwrap().modified().unwrap();
    file.set_modified(modified + std::time::Duration::from_secs(5))
        .unwrap();
    drop(file);
    let again = SaveRequest {
        path: path.clone(),
        bytes: b"mine, edited".to_vec(),
        expected: Some(stamp),
    };
    let SaveOutcome::Saved(stamp) = save_file(&again) else {
        panic!("a touched file is not a conflict");
    };

    std::fs::write(&path, b"a sync client's version").unwrap();
    let outcome = save_file(&SaveRequest {
        path: path.clone(),
        bytes: b"mine, edited again".to_vec(),
        expected: Some(stamp.clone()),
    });
    assert!(matches!(outcome, SaveOutcome::ChangedOnDisk));
    assert_eq!(std::fs::read(&path).unwrap(), b"a sync client's version");

    std::fs::remove_file(&path).unwrap();
    let outcome = save_file(&SaveRequest {
        path: path.clone(),
        bytes: b"mine".to_vec(),
        expected: Some(stamp),
    });
    assert!(
        matches!(outcome, SaveOutcome::ChangedOnDisk),
        "a removed file is a change too"
    );
}

/// One byte changed, the same length, and the modification time put back as it was (as a
/// sync client or a restore from backup can leave it): still someone else's change.
#[test]
fn a_same_length_change_with_the_old_time_is_noticed_too() {
    let dir = TempDir::new("conflict-same-length");
    let path = dir.join("assessment.ron");
    let SaveOutcome::Saved(stamp) = save_file(&SaveRequest {
        path: path.clone(),
        bytes: b"Status: Met".to_vec(),
        expected: None,
    }) else {
        panic!("first save");
    };
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::write(&path, b"Status: Mot").unwrap();
    let file = std::fs::File::options().write(true).open(&path).unwrap();
    file.set_modified(modified).unwrap();
    drop(file);
    let metadata = std::fs::metadata(&path).unwrap();
    assert_eq!(metadata.len(), stamp.len);
    assert_eq!(metadata.modified().unwrap(), modified);

    let outcome = save_file(&SaveRequest {
        path: path.clone(),
        bytes: b"Status: NotMet".to_vec(),
        expected: Some(stamp),
    });
    assert!(matches!(outcome, SaveOutcome::ChangedOnDisk), "{outcome:?}");
    assert_eq!(std::fs::read(&path).unwrap(), b"Status: Mot");
}

#[test]
fn an_unreadable_file_can_be_restored_from_its_backup_and_is_kept() {
    let dir = TempDir::new("restore");
    let path = dir.join("assessment.ron");
    let good = encode_assessment(&ready_assessment(&shipped_set()));
    save_file(&SaveRequest {
        path: path.clone(),
        bytes: good.clone().into_bytes(),
        expected: None,
    });
    save_file(&SaveRequest {
        path: path.clone(),
        bytes: good.clone().into_bytes(),
        expected: None,
    });
    std::fs::write(&path, &good.as_bytes()[..good.len() / 2]).unwrap();
    let holder = LockHolder::this_process("Testi", Timestamp::UNIX_EPOCH);
    assert!(open_assessment(&path, &holder).is_err());
    let (backup, _) = readable_backup(&path).unwrap();
    assert_eq!(backup.assessment, ready_assessment(&shipped_set()));

    let now = Timestamp::from_second(1_796_000_000).unwrap();
    let broken = restore_backup(&path, now).unwrap();
    assert!(
        broken.to_string_lossy().ends_with(".broken-1796000000"),
        "named by the clock's time: {}",
        broken.display()
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good);
    assert_eq!(
        std::fs::read(&broken).unwrap(),
        &good.as_bytes()[..good.len() / 2]
    );
    assert!(open_assessment(&path, &holder).is_ok());
}

#[test]
fn stale_temporary_files_are_swept_but_not_those_of_running_processes() {
    let dir = TempDir::new("sweep");
    let dead = format!("{TEMP_PREFIX}4000000000-assessment.ron-0");
    let mine = format!("{TEMP_PREFIX}{}-assessment.ron-0", std::process::id());
    let running = format!("{TEMP_PREFIX}1-assessment.ron-0");
    for name in [&dead, &mine, &running, &"assessment.ron".to_owned()] {
        std::fs::write(dir.join(name), b"x").unwrap();
    }
    assert_eq!(sweep_temp_files(&dir.0), 1);
    let left = files_in(&dir.0);
    assert!(!left.contains(&dead));
    assert!(
        left.contains(&mine)
            && left.contains(&running)
            && left.contains(&"assessment.ron".to_owned())
    );
}

#[test]
fn one_writer_and_a_killed_holder_blocks_nobody() {
    let dir = TempDir::new("lock");
    let path = dir.join("assessment.ron");
    std::fs::write(&path, encode_assessment(&ready_assessment(&shipped_set()))).unwrap();
    let me = LockHolder::this_process("Kaisa Kuvitelma", Timestamp::UNIX_EPOCH);

    // Two opens in one process are two writers too.
    let LockOutcome::Acquired(first) = lock_assessment(&path, &me) else {
        panic!("the first lock");
    };
    let LockOutcome::HeldBy(Some(holder)) = lock_assessment(&path, &me) else {
        panic!("the second must be refused and told who");
    };
    assert_eq!(holder.user, "Kaisa Kuvitelma");
    assert_eq!(holder.pid, std::process::id());
    drop(first);
    assert!(matches!(
        lock_assessment(&path, &me),
        LockOutcome::Acquired(_)
    ));

    // Another process holds it; killed, it blocks nobody.
    let mut child = std::process::Command::new(common::storage_helper())
        .arg("hold-lock")
        .arg(&path)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "locked");
    let LockOutcome::HeldBy(Some(holder)) = lock_assessment(&path, &me) else {
        panic!("held by the helper");
    };
    assert_eq!(
        (holder.user.as_str(), holder.pid),
        ("Apuprosessi", child.id())
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(matches!(
        lock_assessment(&path, &me),
        LockOutcome::Acquired(_)
    ));
    assert!(
        lock_path(&path).exists(),
        "the lock file stays; only its lock goes"
    );
}

#[test]
fn hostile_attachment_paths_are_all_refused() {
    let hostile = [
        "",
        "/etc/passwd",
        "//server/share/x",
        "../x.pdf",
        "attachments/../../x",
        "attachments/../assessment.ron",
        "attachments/./x.pdf",
        "./attachments/x.pdf",
        "attachments/..",
        "attachments/.",
        "C:/Windows/system32/cmd.exe",
        "C:x.pdf",
        "attachments/x.pdf:Zone.Identifier",
        "attachments/ptk.pdf:piilo",
        "attachments/ptk.pdf::$DATA",
        "attachments:piilo/ptk.pdf",
        "\\\\palvelin\\jako\\ptk.pdf",
        "\\\\?\\C:\\ptk.pdf",
        "D:ptk.pdf",
        "attachments/CONIN$",
        "attachments/conout$.txt",
        "attachments/COM¹.pdf",
        "attachments/Lpt3",
        "file:///etc/passwd",
        "attachments\\..\\x",
        "attachments\\x.pdf",
        "attachments/x\u{0}.pdf",
        "attachments/x\n.pdf",
        "attachments/\u{1b}[31m.pdf",
        "attachments/CON",
        "attachments/con.txt",
        "attachments/NUL.pdf",
        "attachments/COM1",
        "attachments/lpt9.log",
        "attachments/AUX",
        "attachments/PRN.pdf",
        "attachments/x.pdf.",
        "attachments/x.pdf ",
        "attachments/ x.pdf",
        "attachments//x.pdf",
        "attachments/",
        "attachments",
        "x.pdf",
        "other/x.pdf",
        "attachments/sub/x.pdf",
        "attachments/x?.pdf",
        "attachments/x*.pdf",
        "attachments/<x>.pdf",
        "attachments/x|y.pdf",
        "attachments/\"x\".pdf",
        &format!("attachments/{}", "a".repeat(300)),
    ];
    assert!(hostile.len() >= 30);
    for path in hostile {
        assert!(
            check_relative_path(path).is_err(),
            "{path:?} must be refused"
        );
        assert!(
            resolve(Path::new("/tmp"), path).is_err(),
            "{path:?} must not resolve"
        );
    }
    assert_eq!(check_relative_path("attachments/3f9a.pdf"), Ok(()));
    assert_eq!(check_relative_path("../x"), Err(PathProblem::DotStep));
    assert_eq!(
        check_relative_path("attachments/con.txt"),
        Err(PathProblem::ReservedName("con.txt".to_owned()))
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_folder_is_refused() {
    let dir = TempDir::new("symlink");
    let outside = TempDir::new("outside");
    std::fs::write(outside.join("secret.txt"), b"secret").unwrap();
    std::fs::create_dir_all(dir.join("attachments")).unwrap();
    std::os::unix::fs::symlink(outside.join("secret.txt"), dir.join("attachments/x.pdf")).unwrap();
    assert_eq!(
        resolve(&dir.0, "attachments/x.pdf"),
        Err(PathProblem::LeavesFolder)
    );
    // The whole attachments folder a link out: refused too.
    let dir2 = TempDir::new("symlink2");
    std::os::unix::fs::symlink(&outside.0, dir2.join("attachments")).unwrap();
    assert_eq!(
        resolve(&dir2.0, "attachments/secret.txt"),
        Err(PathProblem::LeavesFolder)
    );
    // A link inside the folder is fine.
    std::fs::write(dir.join("attachments/real.pdf"), b"pdf").unwrap();
    std::os::unix::fs::symlink(
        dir.join("attachments/real.pdf"),
        dir.join("attachments/alias.pdf"),
    )
    .unwrap();
    assert!(resolve(&dir.0, "attachments/alias.pdf").is_ok());
}

#[test]
fn attachments_are_content_addressed_and_checked() {
    let dir = TempDir::new("attach");
    let source_dir = TempDir::new("source");
    let source = source_dir.join("KH pöytäkirja 9.11.2020.PDF");
    std::fs::write(&source, b"%PDF-1.7 minutes").unwrap();
    let now = Timestamp::UNIX_EPOCH;
    let attachment = attach_file(&dir.0, &source, now).unwrap();
    assert_eq!(
        attachment.sha256,
        "0cb1baf86390e25e5bf9caa5d2f353bdb2fc2378ac5282dce9b5c28835b2cf20"
    );
    assert_eq!(attachment.size, 16);
    assert_eq!(attachment.original_name, "KH pöytäkirja 9.11.2020.PDF");
    assert_eq!(
        attachment.path,
        format!("attachments/{}.pdf", attachment.sha256)
    );
    assert_eq!(check_relative_path(&attachment.path), Ok(()));
    assert_eq!(verify(&dir.0, &attachment), AttachmentState::Intact);

    // The same content again: stored once.
    let copy = source_dir.join("kopio.pdf");
    std::fs::write(&copy, b"%PDF-1.7 minutes").unwrap();
    let again = attach_file(&dir.0, &copy, now).unwrap();
    assert_eq!(again.path, attachment.path);
    assert_eq!(files_in(&dir.join("attachments")).len(), 1);

    // One byte changed: noticed.
    let stored = dir.0.join(&attachment.path);
    std::fs::write(&stored, b"%PDF-1.7 minuteS").unwrap();
    assert_eq!(verify(&dir.0, &attachment), AttachmentState::Modified);
    std::fs::remove_file(&stored).unwrap();
    assert_eq!(verify(&dir.0, &attachment), AttachmentState::Missing);
    assert!(
        attach_file(&dir.0, &source_dir.0, now).is_err(),
        "a folder is not a file"
    );
}

#[test]
fn program_files_are_recognised() {
    for name in [
        "setup.exe",
        "x.BAT",
        "run.sh",
        "a.js",
        "b.ps1",
        "c.desktop",
        "d.AppImage",
    ] {
        assert!(is_executable_name(name), "{name}");
    }
    for name in [
        "ptk.pdf",
        "kuva.png",
        "taulukko.xlsx",
        "muistio.docx",
        "noextension",
    ] {
        assert!(!is_executable_name(name), "{name}");
    }
}

#[test]
fn the_lock_file_tells_nothing_hostile() {
    let dir = TempDir::new("lockfile");
    let path = dir.join("assessment.ron");
    std::fs::write(&path, b"x").unwrap();
    // A lock file written by someone else with control characters in the name.
    let holder = LockHolder {
        user: "Mal\u{1b}[2Jlory".to_owned(),
        host: "h\u{7}ost".to_owned(),
        pid: 1,
        since: Timestamp::UNIX_EPOCH,
    };
    let LockOutcome::Acquired(lock) = lock_assessment(&path, &holder) else {
        panic!("lock");
    };
    let LockOutcome::HeldBy(Some(seen)) = lock_assessment(&path, &holder) else {
        panic!("held");
    };
    assert_eq!(seen.user, "Mal[2Jlory");
    assert_eq!(seen.host, "host");
    drop(lock);
}

#[test]
fn long_folders_and_names_with_a_umlauts_save_open_lock_and_attach() {
    let dir = TempDir::new("long");
    // Deeper than Windows' old limit of 260 characters (MAX_PATH), as a roaming profile or a
    // network drive can make the data folder.
    let mut folder = dir.0.clone();
    while folder.as_os_str().len() < 280 {
        folder.push("Hyvinvointikertomus ja -suunnitelma");
    }
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("Ääneläisen arviointi – å ä ö.ron");
    assert!(path.as_os_str().len() > 300);
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    let mut expected = None;
    for name in ["Ääneläinen", "Ääneläinen–Östersundom"] {
        assessment.municipality.name = name.to_owned();
        let request = SaveRequest {
            path: path.clone(),
            bytes: encode_assessment(&assessment).into_bytes(),
            expected: expected.take(),
        };
        let SaveOutcome::Saved(stamp) = save_file(&request) else {
            panic!("the save of {name} replaces the file before it");
        };
        expected = Some(stamp);
    }
    let me = LockHolder::this_process("Kaisa Kuvitelma", Timestamp::UNIX_EPOCH);
    let opened = open_assessment(&path, &me).unwrap();
    assert_eq!(opened.decoded.assessment, assessment);
    assert!(opened.lock.is_some(), "the first open may write");
    let second = open_assessment(&path, &me).unwrap();
    assert!(second.lock.is_none(), "a second open is read-only");
    assert!(
        std::fs::read_to_string(backup_path(&path))
            .unwrap()
            .contains("\"Ääneläinen\""),
        "the previous version is the backup"
    );

    let source = folder.join("pöytäkirja § 123 – Åström.pdf");
    std::fs::write(&source, b"%PDF-1.7 minutes").unwrap();
    let attachment = attach_file(&folder, &source, Timestamp::UNIX_EPOCH).unwrap();
    assert_eq!(attachment.original_name, "pöytäkirja § 123 – Åström.pdf");
    assert_eq!(verify(&folder, &attachment), AttachmentState::Intact);
    // A stream beside the stored file (Windows' `name:stream`) is never a way in.
    for stream in [":piilo", "::$DATA", ":Zone.Identifier:$DATA"] {
        let hidden = format!("{}{stream}", attachment.path);
        assert_eq!(
            resolve(&folder, &hidden),
            Err(PathProblem::Colon),
            "{hidden}"
        );
    }

    let leftover = format!("{TEMP_PREFIX}4000000000-assessment.ron-0");
    std::fs::write(folder.join(&leftover), b"x").unwrap();
    assert_eq!(sweep_temp_files(&folder), 1);
    assert!(!files_in(&folder).contains(&leftover));
}

/// Windows' device names are not files: given as an assessment, a criteria set or an
/// attachment, they are refused at once, as a named pipe is on unix (`tests/hostile_paths.rs`).
#[cfg(windows)]
#[test]
fn windows_device_names_are_refused_as_files() {
    let dir = TempDir::new("devices");
    for device in ["NUL", "CON", "COM1", "CONIN$", r"\\.\NUL", r"\\.\COM1"] {
        let path = Path::new(device);
        assert!(
            terve_kunta::storage::read_assessment(path).is_err(),
            "{device} as an assessment"
        );
        assert!(
            attach_file(&dir.0, path, Timestamp::UNIX_EPOCH).is_err(),
            "{device} as an attachment"
        );
    }
    assert!(!dir.join("attachments").exists() || files_in(&dir.join("attachments")).is_empty());
}

/// The saving thread: saves in the order submitted, answers each with its ticket, wakes the UI
/// after each, notices a change by someone else as `save_file` does, and finishes what is
/// queued before the app ends.
#[test]
fn the_saving_thread_saves_in_order_answers_and_finishes_before_the_end() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use terve_kunta::storage::Saver;

    let dir = TempDir::new("saver");
    let path = dir.join("assessment.ron");
    let wakes = Arc::new(AtomicUsize::new(0));
    let counter = wakes.clone();
    let mut saver = Saver::start(move || {
        counter.fetch_add(1, Ordering::SeqCst);
    });
    let request = |bytes: &[u8], expected| SaveRequest {
        path: path.clone(),
        bytes: bytes.to_vec(),
        expected,
    };
    let first = saver.submit(request(b"first", None)).unwrap();
    let second = saver.submit(request(b"second", None)).unwrap();
    assert!(second > first);
    let (ticket, outcome) = saver.wait().unwrap();
    assert_eq!(ticket, first);
    let SaveOutcome::Saved(stamp) = outcome else {
        panic!("{outcome:?}");
    };
    let (ticket, outcome) = saver.wait().unwrap();
    assert_eq!(ticket, second);
    assert!(matches!(outcome, SaveOutcome::Saved(_)), "{outcome:?}");
    assert_eq!(std::fs::read(&path).unwrap(), b"second");

    // Expecting the first version, which is no longer there: nothing is written.
    // The UI polls, never waits: the answer arrives through `poll` once the thread is done.
    let third = saver.submit(request(b"third", Some(stamp))).unwrap();
    let (ticket, outcome) = (0..500)
        .find_map(|_| {
            std::thread::sleep(std::time::Duration::from_millis(10));
            saver.poll()
        })
        .unwrap();
    assert_eq!(ticket, third);
    assert!(matches!(outcome, SaveOutcome::ChangedOnDisk), "{outcome:?}");
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    assert!(saver.poll().is_none(), "one answer per save");

    // Dropped at once, as when the window closes: the queued save is still written.
    saver.submit(request(b"last words", None)).unwrap();
    drop(saver);
    assert_eq!(std::fs::read(&path).unwrap(), b"last words");
    // Woken after each of the four saves (the wake follows the answer, so it is counted
    // once the thread has ended).
    assert_eq!(wakes.load(Ordering::SeqCst), 4);
}

/// The version a save replaces is kept as the backup by a hard link: the very file that was
/// there (same inode), not a copy. Unix only: the standard library gives no file index on
/// Windows, where the fallback (a copy, for file systems without links) is what FAT does too.
#[cfg(unix)]
#[test]
fn the_backup_is_the_replaced_file_itself_by_a_hard_link() {
    use std::os::unix::fs::MetadataExt as _;
    let dir = TempDir::new("backup-link");
    let path = dir.join("assessment.ron");
    let save = |bytes: &[u8]| {
        let outcome = save_file(&SaveRequest {
            path: path.clone(),
            bytes: bytes.to_vec(),
            expected: None,
        });
        assert!(matches!(outcome, SaveOutcome::Saved(_)), "{outcome:?}");
    };
    save(b"first");
    let first = std::fs::metadata(&path).unwrap().ino();
    save(b"second");
    let backup = std::fs::metadata(backup_path(&path)).unwrap();
    assert_eq!(backup.ino(), first, "the replaced file, linked");
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"first");
    assert_ne!(std::fs::metadata(&path).unwrap().ino(), first);
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
}
