//! Auditing without the app: the sealed golden file, byte flips, a tampered history,
//! changed attachments, review files, packages and `terve-kunta verify`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use common::{TempDir, golden_v1};
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Answer, Assessment};
use terve_kunta::domain::clock::FixedClock;
use terve_kunta::domain::dates::{Date, Timestamp};
use terve_kunta::domain::evidence::EvidenceDetails;
use terve_kunta::domain::history::{ChainProblem, Event, entry_hash};
use terve_kunta::domain::review::Review;
use terve_kunta::storage::attachments::{AttachmentState, attach_file};
use terve_kunta::storage::layout::ASSESSMENT_FILE;
use terve_kunta::storage::package::{PackageError, export_package, open_package, read_package};
use terve_kunta::storage::review_file::{read_review, review_path, save_review};
use terve_kunta::storage::verify::{Finding, verify_bytes, verify_file};
use terve_kunta::storage::{DATA_DIR_ENV, decode_assessment, encode_assessment};

const SEALED_GOLDEN: &str = "tests/golden/v1/esimerkkila-sealed.ron";
/// The seal of the sealed golden file, as an archived report of it would print it.
const GOLDEN_SEAL: &str = "5c3163cc37186503626b0e46069e6b1904140de8e50839d6cdf6b27a96da3648";

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn clock_at(text: &str) -> FixedClock {
    FixedClock {
        now: at(text),
        today: Date::constant(2026, 11, 24),
    }
}

fn describe(evidence: &terve_kunta::domain::evidence::Evidence) -> String {
    terve_kunta::i18n::evidence_summary(Lang::Fi, evidence)
}

/// The golden assessment with the history of how it was filled in, finalised on 24.11.2026.
fn sealed_v1() -> Assessment {
    let done = golden_v1();
    let mut assessment = done.clone();
    assessment
        .answers
        .values_mut()
        .for_each(|a| *a = Answer::default());
    assessment.evidence.clear();
    assessment.record("Henna Hyvönen", done.created, Event::Created);
    let start = assessment.clone();
    assessment.answers.clone_from(&done.answers);
    assessment.evidence.clone_from(&done.evidence);
    assessment.record_changes(
        &start,
        "Henna Hyvönen",
        &clock_at("2026-11-20T09:20:00Z"),
        &describe,
    );
    as_written_by_version_1(&mut assessment);
    assessment
        .finalise("Henna Hyvönen", &clock_at("2026-11-24T12:00:00Z"))
        .unwrap();
    assessment
}

/// The history as version 1 wrote it: changes in words only, without their canonical values.
fn as_written_by_version_1(assessment: &mut Assessment) {
    let mut prev = String::new();
    for entry in &mut assessment.history {
        if let Event::Changed(change) = &mut entry.event {
            change.value = None;
            // Version 1 did not put a decision's link on a line of its own.
            change.new = change
                .new
                .lines()
                .filter(|line| !line.starts_with("https://"))
                .collect::<Vec<_>>()
                .join("\n");
        }
        entry.prev.clone_from(&prev);
        entry.hash = entry_hash(entry);
        prev.clone_from(&entry.hash);
    }
}

#[test]
fn the_sealed_golden_file_is_read_and_verified_as_written() {
    let sealed = sealed_v1();
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEALED_GOLDEN)).unwrap();
    // The layout and the seal's canonical form must never change for schema 1: a seal printed
    // in an archived report has to match the file years later.
    assert_eq!(
        String::from_utf8(bytes.clone()).unwrap(),
        encode_assessment(&sealed)
    );
    assert_eq!(decode_assessment(&bytes).unwrap(), sealed);
    let verification = verify_bytes(&bytes, None).unwrap();
    assert_eq!(verification.findings, vec![]);
    assert_eq!(sealed.seal.as_ref().unwrap().sha256, GOLDEN_SEAL);
    assert!(sealed.history.len() > 10, "{}", sealed.history.len());
}

/// A small, seeded random number generator (xorshift64*), so that a failure repeats.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap()
    }
}

#[test]
fn any_byte_flipped_in_a_sealed_file_is_detected() {
    const FLIPS: usize = 10_000;
    let bytes = encode_assessment(&sealed_v1()).into_bytes();
    let mut random = Random(0x5EA1_ED00_2026_1124);
    let (mut unreadable, mut seal_or_history, mut layout_only) = (0, 0, 0);
    for _ in 0..FLIPS {
        let mut flipped = bytes.clone();
        let position = random.below(flipped.len());
        let new = loop {
            let byte = u8::try_from(random.next() & 0xFF).unwrap();
            if byte != flipped[position] {
                break byte;
            }
        };
        flipped[position] = new;
        match verify_bytes(&flipped, None) {
            Err(_) => unreadable += 1,
            Ok(verification) => {
                assert!(
                    !verification.is_intact(),
                    "byte {position} set to {new:#04x} went unnoticed"
                );
                if verification.findings == [Finding::NotAsWritten] {
                    layout_only += 1;
                } else {
                    seal_or_history += 1;
                }
            }
        }
    }
    eprintln!(
        "{FLIPS} flips: {unreadable} unreadable, {seal_or_history} caught by the seal or history, {layout_only} by the layout"
    );
    // Each way of noticing was taken: most flips break the RON, many give another valid file
    // (the seal or the history catches those), and some change only the layout (a space, a
    // letter's case in a keyword), which the check against the written form catches.
    assert!(
        unreadable > 1_000 && seal_or_history > 100 && layout_only > 0,
        "{unreadable} {seal_or_history} {layout_only}"
    );
}

fn with_history(
    sealed: &Assessment,
    edit: impl FnOnce(&mut Vec<terve_kunta::domain::history::HistoryEntry>),
) -> Vec<Finding> {
    let mut tampered = sealed.clone();
    edit(&mut tampered.history);
    verify_bytes(encode_assessment(&tampered).as_bytes(), None)
        .unwrap()
        .findings
}

#[test]
fn each_history_entry_edited_removed_or_moved_is_named_in_the_file() {
    let sealed = sealed_v1();
    let len = sealed.history.len();
    for index in 0..len {
        let n = index as u64 + 1;
        let edited = with_history(&sealed, |h| h[index].who = "Joku muu".to_owned());
        assert_eq!(
            edited[..2],
            [
                Finding::History(ChainProblem::Edited(n)),
                Finding::SealMismatch
            ],
            "entry {n} edited"
        );
        let removed = with_history(&sealed, |h| {
            h.remove(index);
        });
        assert_eq!(
            removed[0],
            Finding::History(ChainProblem::Missing(n)),
            "entry {n} removed"
        );
        assert!(removed.contains(&Finding::SealMismatch));
        if index + 1 < len {
            let moved = with_history(&sealed, |h| h.swap(index, index + 1));
            assert_eq!(
                moved[0],
                Finding::History(ChainProblem::OutOfOrder(n)),
                "entry {n} moved"
            );
            // Rehashed after removing: the chain no longer links at the same place.
            let rehashed = with_history(&sealed, |h| {
                h.remove(index);
                for (j, entry) in h.iter_mut().enumerate().skip(index) {
                    entry.seq = j as u64 + 1;
                    entry.hash = entry_hash(entry);
                }
            });
            assert_eq!(rehashed[0], Finding::History(ChainProblem::Unlinked(n)));
        }
    }
    // The messages say which entry, as the user reads them.
    let removed = with_history(&sealed, |h| {
        h.remove(13);
    });
    assert_eq!(
        terve_kunta::storage::words::finding_message(
            Lang::Fi,
            &removed[0],
            &jiff::tz::TimeZone::UTC
        ),
        "Historian merkintä 14 puuttuu"
    );
}

#[test]
fn a_removed_seal_is_noticed_from_the_history() {
    let mut unsealed = sealed_v1();
    unsealed.seal = None;
    let findings = verify_bytes(encode_assessment(&unsealed).as_bytes(), None)
        .unwrap()
        .findings;
    assert_eq!(
        findings,
        vec![Finding::SealRemoved {
            finalised: at("2026-11-24T12:00:00Z")
        }]
    );
}

/// A saved, sealed assessment with one attachment in `dir`; returns its path.
fn saved_with_attachment(dir: &TempDir) -> std::path::PathBuf {
    let path = dir.join(ASSESSMENT_FILE);
    let source = dir.join("ptk.pdf");
    std::fs::write(&source, b"%PDF-1.7 poytakirja 17.11.2020").unwrap();
    let clock = clock_at("2026-11-20T09:00:00Z");
    let mut assessment = golden_v1();
    for evidence in &mut assessment.evidence {
        evidence.attachments.clear();
    }
    let attachment = attach_file(&dir.0, &source, clock.now).unwrap();
    assessment.evidence[0].attachments.push(attachment);
    assessment.record_creation("Henna Hyvönen", &clock, &describe);
    assessment.finalise("Henna Hyvönen", &clock).unwrap();
    std::fs::write(&path, encode_assessment(&assessment)).unwrap();
    path
}

#[test]
fn a_changed_attachment_is_named() {
    let dir = TempDir::new("audit-attachment");
    let path = saved_with_attachment(&dir);
    let verification = verify_file(&path).unwrap();
    assert_eq!(verification.findings, vec![]);
    assert_eq!(verification.attachments, 1);

    let assessment = decode_assessment(&std::fs::read(&path).unwrap()).unwrap();
    let stored = dir.0.join(&assessment.evidence[0].attachments[0].path);
    let mut bytes = std::fs::read(&stored).unwrap();
    bytes[3] ^= 1;
    std::fs::write(&stored, &bytes).unwrap();
    let findings = verify_file(&path).unwrap().findings;
    assert_eq!(
        findings,
        vec![Finding::Attachment {
            name: "ptk.pdf".to_owned(),
            state: AttachmentState::Modified
        }]
    );
    assert_eq!(
        terve_kunta::storage::words::finding_message(
            Lang::Fi,
            &findings[0],
            &jiff::tz::TimeZone::UTC
        ),
        "Liite ptk.pdf on muuttunut"
    );
}

#[test]
fn a_review_is_kept_apart_and_leaves_the_assessment_intact() {
    let dir = TempDir::new("audit-review");
    let path = saved_with_attachment(&dir);
    let before = std::fs::read(&path).unwrap();
    let assessment = decode_assessment(&before).unwrap();
    let mut review = Review::of(&assessment, "Tarja Tarkastaja");
    let criterion = assessment.answers.keys().next().unwrap().clone();
    review.set_remark(
        &criterion,
        "Pöytäkirjan § puuttuu.",
        at("2026-11-24T13:00:00Z"),
    );
    save_review(&review_path(&path), &review).unwrap();

    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(verify_file(&path).unwrap().is_intact());
    let read = read_review(&path).unwrap().unwrap();
    assert_eq!(read, review);
    assert!(read.is_of(&assessment) && !read.assessment_changed(&assessment));
    assert_eq!(review_path(&path), dir.join("assessment.review.ron"));
}

#[test]
fn a_package_round_trip_keeps_every_byte() {
    let dir = TempDir::new("audit-package");
    let path = saved_with_attachment(&dir);
    let package = dir.join("paketti.zip");
    let packed = export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    assert_eq!(packed.files, 2);

    let mut opened = open_package(&package).unwrap();
    assert_eq!(opened.manifest.municipality, "Esimerkkilä");
    assert_eq!(
        opened.assessment().unwrap(),
        decode_assessment(&std::fs::read(&path).unwrap()).unwrap()
    );
    let target = dir.join("purettu");
    let unpacked = opened.unpack(&target).unwrap();
    assert_eq!(
        std::fs::read(&unpacked).unwrap(),
        std::fs::read(&path).unwrap()
    );
    let assessment = decode_assessment(&std::fs::read(&path).unwrap()).unwrap();
    for attachment in assessment.evidence.iter().flat_map(|e| &e.attachments) {
        assert_eq!(
            std::fs::read(target.join(&attachment.path)).unwrap(),
            std::fs::read(dir.0.join(&attachment.path)).unwrap()
        );
    }
    assert!(verify_file(&unpacked).unwrap().is_intact());
    // Nothing else was written: no temporary folder is left beside the target.
    let leftovers: Vec<_> = std::fs::read_dir(&dir.0)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with(".tk-tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A zip with these entries (name, content), the manifest made to list them all.
fn zip_with(entries: &[(&str, &[u8])], manifest_lists: &[(&str, &[u8])]) -> Vec<u8> {
    use sha2::{Digest as _, Sha256};
    let files: Vec<String> = manifest_lists
        .iter()
        .map(|(name, bytes)| {
            let hash = terve_kunta::domain::digest::hex(&Sha256::digest(bytes));
            format!("(name: {name:?}, size: {}, sha256: {hash:?})", bytes.len())
        })
        .collect();
    let manifest = format!(
        "Package(format: \"terve-kunta-package\", version: 1, created: \"2026-11-24T12:00:00Z\", municipality: \"Esimerkkilä\", assessment_id: \"x\", files: [{}])",
        files.join(", ")
    );
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("manifest.ron", options).unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        for (name, bytes) in entries {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    buffer.into_inner()
}

#[test]
fn hostile_entry_names_refuse_the_whole_package() {
    let assessment = encode_assessment(&golden_v1());
    let ron = assessment.as_bytes();
    for name in [
        "../assessment.ron",
        "attachments/../../etc/passwd",
        "/etc/passwd",
        "/attachments/a.pdf",
        "C:/Windows/a.pdf",
        "attachments\\..\\a.pdf",
        "attachments/nested/a.pdf",
        "other/a.pdf",
    ] {
        let entries: [(&str, &[u8]); 2] = [("assessment.ron", ron), (name, b"x")];
        let bytes = zip_with(&entries, &entries);
        let refused = read_package(std::io::Cursor::new(bytes));
        assert!(
            matches!(refused, Err(PackageError::BadEntryName { .. })),
            "{name}: {refused:?}"
        );
    }
}

#[test]
fn a_package_that_does_not_match_its_manifest_is_refused() {
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    // An entry the manifest does not list.
    let bytes = zip_with(
        &[("assessment.ron", ron), ("attachments/extra.pdf", b"x")],
        &[("assessment.ron", ron)],
    );
    assert!(matches!(
        read_package(std::io::Cursor::new(bytes)),
        Err(PackageError::Unlisted(_))
    ));
    // Content that is not what the manifest says: nothing is left unpacked.
    let dir = TempDir::new("audit-mismatch");
    let bytes = zip_with(
        &[("assessment.ron", ron), ("attachments/a.pdf", b"changed")],
        &[("assessment.ron", ron), ("attachments/a.pdf", b"original")],
    );
    let mut package = read_package(std::io::Cursor::new(bytes)).unwrap();
    let target = dir.join("out");
    assert!(matches!(
        package.unpack(&target),
        Err(PackageError::Mismatch(name)) if name == "attachments/a.pdf"
    ));
    assert!(!target.exists());
    assert_eq!(std::fs::read_dir(&dir.0).unwrap().count(), 0);
    // Not a zip at all.
    assert!(matches!(
        read_package(std::io::Cursor::new(b"PK\x03\x04 not really".to_vec())),
        Err(PackageError::NotAPackage(_))
    ));
}

/// [`zip_with`], then `extra` entries written as they come: `("name/", None)` a folder entry,
/// `("name", Some(target))` a symbolic link.
fn zip_with_extra(
    entries: &[(&str, &[u8])],
    manifest_lists: &[(&str, &[u8])],
    extra: &[(&str, Option<&str>)],
) -> Vec<u8> {
    let plain = zip_with(entries, manifest_lists);
    let mut zip = zip::ZipWriter::new_append(std::io::Cursor::new(plain)).unwrap();
    let options = zip::write::SimpleFileOptions::default();
    for (name, target) in extra {
        match target {
            None => zip.add_directory(*name, options).unwrap(),
            Some(target) => zip.add_symlink(*name, *target, options).unwrap(),
        }
    }
    zip.finish().unwrap().into_inner()
}

/// Entries that are not plain files, and files the manifest lists but the zip lacks: a link
/// is never unpacked (even one the manifest names), a folder entry makes nothing and is
/// refused when its name is, and a listed file that is absent refuses the package. The
/// command line calls each of them tampering (exit 2).
#[test]
fn links_folders_and_absent_files_in_a_package() {
    // Without its attachment, so that a whole package verifies (exit 0).
    let mut assessment = golden_v1();
    for evidence in &mut assessment.evidence {
        evidence.attachments.clear();
    }
    let ron = encode_assessment(&assessment);
    let ron = ron.as_bytes();
    let dir = TempDir::new("audit-entry-kinds");
    let verify = |name: &str, bytes: Vec<u8>| {
        let file = dir.join(name);
        std::fs::write(&file, &bytes).unwrap();
        let (code, out, err) = verify_cli(&dir, &file);
        (
            read_package(std::io::Cursor::new(bytes)),
            code,
            format!("{out}{err}"),
        )
    };

    // A link where the manifest lists an attachment, and a link it does not list.
    for (name, listed) in [("attachments/a.pdf", true), ("attachments/x.pdf", false)] {
        let lists: Vec<(&str, &[u8])> = if listed {
            vec![("assessment.ron", ron), (name, b"/etc/passwd")]
        } else {
            vec![("assessment.ron", ron)]
        };
        let bytes = zip_with_extra(
            &[("assessment.ron", ron)],
            &lists,
            &[(name, Some("/etc/passwd"))],
        );
        let (read, code, said) = verify("linkki.zip", bytes);
        assert!(
            matches!(&read, Err(PackageError::Unlisted(n)) if n == name),
            "{:?}",
            read.as_ref().err()
        );
        assert_eq!(code, 2, "{said}");
    }

    // A folder entry for the attachments is harmless: the package reads and verifies.
    let bytes = zip_with_extra(
        &[("assessment.ron", ron)],
        &[("assessment.ron", ron)],
        &[("attachments/", None)],
    );
    let (read, code, said) = verify("kansio.zip", bytes);
    assert!(read.is_ok(), "{:?}", read.err());
    assert_eq!(code, 0, "{said}");
    // One whose name climbs out is refused, as a file's would be.
    let bytes = zip_with_extra(
        &[("assessment.ron", ron)],
        &[("assessment.ron", ron)],
        &[("../ulos/", None)],
    );
    let (read, code, said) = verify("ulos.zip", bytes);
    assert!(
        matches!(read, Err(PackageError::BadEntryName { .. })),
        "{:?}",
        read.as_ref().err()
    );
    assert_ne!(code, 0, "{said}");

    // Listed, with its hash, but not in the zip.
    let bytes = zip_with(
        &[("assessment.ron", ron)],
        &[
            ("assessment.ron", ron),
            ("attachments/poissa.pdf", b"never packed"),
        ],
    );
    let (read, code, said) = verify("puuttuu.zip", bytes);
    assert!(
        matches!(&read, Err(PackageError::MissingEntry(n)) if n == "attachments/poissa.pdf"),
        "{:?}",
        read.as_ref().err()
    );
    assert_eq!(code, 2, "{said}");
}

fn verify_cli(data: &TempDir, file: &Path) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_terve-kunta"))
        .args(["verify".as_ref(), file.as_os_str()])
        .env(DATA_DIR_ENV, &data.0)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn verify_exits_0_when_intact_1_when_unreadable_2_when_tampered() {
    let dir = TempDir::new("audit-cli");
    let path = saved_with_attachment(&dir);
    let (code, out, _) = verify_cli(&dir, &path);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Ehjä: sinetti, historia ja liitteet täsmäävät"),
        "{out}"
    );
    let seal = decode_assessment(&std::fs::read(&path).unwrap())
        .unwrap()
        .seal
        .unwrap()
        .sha256;
    assert!(out.contains(&seal), "{out}");

    // The package too.
    let package = dir.join("paketti.zip");
    export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    assert_eq!(verify_cli(&dir, &package).0, 0);

    // An attachment changed: 2, saying which.
    let assessment = decode_assessment(&std::fs::read(&path).unwrap()).unwrap();
    let stored = dir.0.join(&assessment.evidence[0].attachments[0].path);
    std::fs::write(&stored, b"%PDF-1.7 muutettu").unwrap();
    let (code, out, _) = verify_cli(&dir, &path);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("  - Liite ptk.pdf on muuttunut\n"), "{out}");
    assert!(out.contains("Ei ehjä: 1 poikkeama"), "{out}");

    // Content changed after sealing: 2.
    let text = std::fs::read_to_string(&path)
        .unwrap()
        .replace("\"999\"", "\"998\"");
    let changed = dir.join("muutettu.ron");
    std::fs::write(&changed, text).unwrap();
    let (code, out, _) = verify_cli(&dir, &changed);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("Sinetti ei täsmää"), "{out}");

    // Not an assessment: 1, one line.
    let broken = dir.join("rikki.ron");
    std::fs::write(&broken, "Assessment(").unwrap();
    let (code, out, err) = verify_cli(&dir, &broken);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(verify_cli(&dir, &dir.join("ei-ole.ron")).0, 1);
}

#[test]
fn history_follows_edits_of_the_example_without_the_app() {
    // What the app records on each save: field by field, who and when.
    let mut assessment = golden_v1();
    let before = assessment.clone();
    let first = assessment.answers.keys().next().unwrap().clone();
    assessment.answer_mut(&first).justification = "Uusi perustelu".to_owned();
    let id = assessment.add_evidence(
        EvidenceDetails::Other {
            description: "Muistio".to_owned(),
        },
        None,
        &clock_at("2026-11-24T10:00:00Z"),
        &terve_kunta::domain::clock::SequentialIds::new("h"),
    );
    let changed = assessment.record_changes(
        &before,
        "Henna Hyvönen",
        &clock_at("2026-11-24T10:00:00Z"),
        &describe,
    );
    assert_eq!(changed, 2);
    let fields: Vec<String> = assessment
        .history
        .iter()
        .map(|entry| match &entry.event {
            Event::Changed(change) => {
                terve_kunta::i18n::audit::field_label(Lang::Fi, &change.field).to_owned()
            }
            other => format!("{other:?}"),
        })
        .collect();
    assert_eq!(fields, ["Perustelu", "Näyttö"]);
    assert!(assessment.evidence(&id).is_some());
}

/// A zip whose entries include `attachments/a.pdf` twice. Zip writers refuse to make one, so
/// the second name is patched in afterwards (names are stored as they are, outside the CRC).
fn same_name_twice(ron: &[u8]) -> Vec<u8> {
    let entries: [(&str, &[u8]); 3] = [
        ("assessment.ron", ron),
        ("attachments/a.pdf", b"first"),
        ("attachments/b.pdf", b"second"),
    ];
    let mut bytes = zip_with(&entries, &entries[..2]);
    let (from, to) = (b"attachments/b.pdf", b"attachments/a.pdf");
    let mut at = 0;
    while let Some(found) = bytes[at..].windows(from.len()).position(|w| w == from) {
        bytes[at + found..at + found + from.len()].copy_from_slice(to);
        at += found + from.len();
    }
    bytes
}

#[test]
fn a_name_twice_in_a_package_refuses_it() {
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    // The same entry name twice, or twice but for letter case (one file on Windows).
    for bytes in [same_name_twice(ron), {
        let entries: [(&str, &[u8]); 3] = [
            ("assessment.ron", ron),
            ("attachments/a.pdf", b"first"),
            ("attachments/A.PDF", b"second"),
        ];
        zip_with(&entries, &entries[..2])
    }] {
        let refused = read_package(std::io::Cursor::new(bytes));
        assert!(
            matches!(refused, Err(PackageError::Duplicate(_))),
            "{refused:?}"
        );
    }
    // The manifest listing one file twice.
    let entries: [(&str, &[u8]); 2] = [("assessment.ron", ron), ("attachments/a.pdf", b"x")];
    let listed: [(&str, &[u8]); 3] = [
        ("assessment.ron", ron),
        ("attachments/a.pdf", b"x"),
        ("attachments/a.pdf", b"x"),
    ];
    let refused = read_package(std::io::Cursor::new(zip_with(&entries, &listed)));
    assert!(
        matches!(refused, Err(PackageError::Duplicate(_))),
        "{refused:?}"
    );
}

#[test]
fn a_package_that_unpacks_to_far_more_than_itself_is_refused() {
    use terve_kunta::storage::package::{MAX_UNPACK_RATIO, RATIO_FREE_BYTES};
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    // 80 MiB of zeros deflate to about 80 KiB: a thousandfold.
    let zeros = vec![0_u8; usize::try_from(RATIO_FREE_BYTES).unwrap() + 16 * 1024 * 1024];
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        use sha2::{Digest as _, Sha256};
        let hash = |bytes: &[u8]| terve_kunta::domain::digest::hex(&Sha256::digest(bytes));
        let manifest = format!(
            "Package(format: \"terve-kunta-package\", version: 1, created: \"2026-11-24T12:00:00Z\", municipality: \"E\", assessment_id: \"x\", files: [(name: \"assessment.ron\", size: {}, sha256: {:?}), (name: \"attachments/nollat.bin\", size: {}, sha256: {:?})])",
            ron.len(),
            hash(ron),
            zeros.len(),
            hash(&zeros)
        );
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let deflated = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("manifest.ron", deflated).unwrap();
        zip.write_all(manifest.as_bytes()).unwrap();
        zip.start_file("assessment.ron", deflated).unwrap();
        zip.write_all(ron).unwrap();
        zip.start_file("attachments/nollat.bin", deflated).unwrap();
        zip.write_all(&zeros).unwrap();
        zip.finish().unwrap();
    }
    let bytes = buffer.into_inner();
    assert!((bytes.len() as u64) * MAX_UNPACK_RATIO < zeros.len() as u64);
    let refused = read_package(std::io::Cursor::new(bytes));
    assert!(
        matches!(refused, Err(PackageError::TooLarge)),
        "{refused:?}"
    );
}

#[test]
fn verifying_a_package_writes_nothing_and_an_unlisted_entry_is_tampering() {
    let dir = TempDir::new("audit-verify-package");
    let path = saved_with_attachment(&dir);
    let package = dir.join("paketti.zip");
    export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    // Watch the system's temporary folder and ours: verifying leaves both as they were.
    let listing = |folder: &Path| -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .filter(|name| name.to_string_lossy().contains("tk-tmp"))
            .collect();
        names.sort();
        names
    };
    let (temp_before, ours_before) = (listing(&std::env::temp_dir()), listing(&dir.0));
    let (code, out, _) = verify_cli(&dir, &package);
    assert_eq!(code, 0, "{out}");
    assert_eq!(listing(&std::env::temp_dir()), temp_before);
    assert_eq!(listing(&dir.0), ours_before);

    // A package with an entry its manifest does not list has been changed: exit 2.
    let ron = std::fs::read(&path).unwrap();
    let bytes = zip_with(
        &[("assessment.ron", &ron), ("attachments/lisatty.pdf", b"x")],
        &[("assessment.ron", &ron)],
    );
    let changed = dir.join("muutettu.zip");
    std::fs::write(&changed, bytes).unwrap();
    let (code, _, err) = verify_cli(&dir, &changed);
    assert_eq!(code, 2, "{err}");
    // So is a name given twice.
    std::fs::write(&changed, same_name_twice(&ron)).unwrap();
    assert_eq!(verify_cli(&dir, &changed).0, 2);
}

/// A sealed assessment whose history records values, as this version writes it.
fn sealed_v2() -> Assessment {
    let done = golden_v1();
    let mut assessment = done.clone();
    assessment.schema_version = terve_kunta::domain::assessment::SCHEMA_VERSION;
    assessment.history.clear();
    for evidence in &mut assessment.evidence {
        evidence.attachments.clear();
    }
    assessment.record_creation(
        "Henna Hyvönen",
        &clock_at("2026-11-20T09:00:00Z"),
        &describe,
    );
    let before = assessment.clone();
    assessment.answer_mut(&common::tk(10)).status = terve_kunta::domain::assessment::Status::NotMet;
    assessment.record_changes(
        &before,
        "Henna Hyvönen",
        &clock_at("2026-11-21T10:00:00Z"),
        &describe,
    );
    assessment.modified = assessment.history.last().unwrap().at;
    assessment
        .finalise("Henna Hyvönen", &clock_at("2026-11-24T12:00:00Z"))
        .unwrap();
    assessment
}

/// The attack: with a text editor, the seal and the history's last ("finalised") entry are
/// removed, then a status is changed. No hash is computed. Verify must not say intact, and
/// the summary must not say ready.
#[test]
fn unsealing_by_hand_and_changing_the_content_is_found_by_replaying_the_history() {
    let dir = TempDir::new("audit-replay");
    let sealed = sealed_v2();
    let path = dir.join(ASSESSMENT_FILE);
    std::fs::write(&path, encode_assessment(&sealed)).unwrap();
    assert!(verify_file(&path).unwrap().is_intact());

    let mut unsealed = sealed.clone();
    unsealed.seal = None;
    unsealed.history.pop();
    unsealed.answer_mut(&common::tk(10)).status = terve_kunta::domain::assessment::Status::Met;
    // Written as the app would lay it out, so only the content and history tell.
    std::fs::write(&path, encode_assessment(&unsealed)).unwrap();
    let (code, out, _) = verify_cli(&dir, &path);
    assert_eq!(code, 2, "{out}");
    assert!(
        out.contains("  - Kriteerin TK-10 tila on 'Täyttyy', mutta historian mukaan 'Ei täyty'\n"),
        "{out}"
    );
    assert!(out.contains("ei sinettiä"), "{out}");

    // The summary does not call it ready, whatever the statuses say.
    let output = Command::new(env!("CARGO_BIN_EXE_terve-kunta"))
        .args(["summary".as_ref(), path.as_os_str()])
        .env(DATA_DIR_ENV, &dir.0)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Ei valmis: sisältöä on muutettu muutoshistorian ohi"),
        "{text}"
    );
}

#[test]
fn a_time_of_change_later_than_the_history_is_reported() {
    let mut unsealed = sealed_v2();
    unsealed.seal = None;
    unsealed.history.pop();
    unsealed.modified = at("2026-11-23T08:00:00Z");
    let verification = verify_bytes(encode_assessment(&unsealed).as_bytes(), None).unwrap();
    assert_eq!(
        verification.findings,
        vec![Finding::ModifiedAfterHistory {
            modified: at("2026-11-23T08:00:00Z"),
            last: at("2026-11-21T10:00:00Z"),
        }]
    );
}

/// Files written before histories recorded values keep verifying; what their history cannot
/// vouch for is said as a limit, not as tampering.
#[test]
fn an_old_files_history_is_a_stated_limit_not_tampering() {
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEALED_GOLDEN)).unwrap();
    let verification = verify_bytes(&bytes, None).unwrap();
    assert!(verification.is_intact(), "{:?}", verification.findings);
    assert_eq!(
        verification.limit,
        Some(terve_kunta::domain::history::replay::Limit::RecordedWithoutValues)
    );
    let dir = TempDir::new("audit-limit");
    let path = dir.join(ASSESSMENT_FILE);
    std::fs::write(&path, &bytes).unwrap();
    let (_, out, _) = verify_cli(&dir, &path);
    assert!(
        out.contains("Rajoitus: historian vanhimmat merkinnät eivät kirjaa kenttien arvoja"),
        "{out}"
    );
    // A file that was never finalised says plainly that nothing is sealed.
    let unsealed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v1/esimerkkila.ron"),
    )
    .unwrap();
    std::fs::write(&path, unsealed).unwrap();
    let (_, out, _) = verify_cli(&dir, &path);
    assert!(
        out.contains("Sinetti: ei sinettiä (arviointia ei ole viimeistelty)"),
        "{out}"
    );
    assert!(
        out.contains("Rajoitus: tiedostossa ei ole muutoshistoriaa"),
        "{out}"
    );
}

/// A changed link is recorded with its old and its new address.
#[test]
fn a_changed_link_is_recorded_with_the_old_and_new_address() {
    let mut assessment = sealed_v2();
    assessment
        .reopen(
            "Henna Hyvönen",
            "Linkki vaihtui",
            &clock_at("2026-11-25T09:00:00Z"),
            false,
        )
        .unwrap();
    let before = assessment.clone();
    if let EvidenceDetails::Decision { minutes_url, .. } = &mut assessment.evidence[0].details {
        *minutes_url = "https://esimerkkila.example/uusi-osoite".to_owned();
    }
    assessment.record_changes(
        &before,
        "Henna Hyvönen",
        &clock_at("2026-11-25T09:05:00Z"),
        &describe,
    );
    let Some(Event::Changed(change)) = assessment.history.last().map(|e| &e.event) else {
        panic!("no change recorded");
    };
    assert!(
        change
            .old
            .contains("https://esimerkkila.fi/poytakirjat/kh-2020-11-17#46"),
        "{change:?}"
    );
    assert!(
        change
            .new
            .contains("https://esimerkkila.example/uusi-osoite"),
        "{change:?}"
    );
    assessment.modified = assessment.history.last().unwrap().at;
    assert_eq!(assessment.check_integrity(), vec![]);
}

#[test]
fn times_are_shown_in_the_local_time_of_the_users_system() {
    // 23.30 UTC on 30 November is already 1 December in Finland. Each run is a process of its
    // own with the time zone a user's system would give it (on Windows too, under Wine in CI).
    let show = |zone: &str| {
        let output = Command::new(common::storage_helper())
            .args(["show-time", "1796081400"])
            .env("TZ", zone)
            .output()
            .unwrap();
        assert!(output.status.success(), "{zone}");
        String::from_utf8(output.stdout).unwrap().trim().to_owned()
    };
    assert_eq!(show("Europe/Helsinki"), "1.12.2026 klo 1.30");
    assert_eq!(show("Europe/Stockholm"), "1.12.2026 klo 0.30");
    assert_eq!(show("UTC"), "30.11.2026 klo 23.30");
    // Summer time: 1.7.2026 12.00 UTC is 15.00 in Helsinki.
    let output = Command::new(common::storage_helper())
        .args(["show-time", "1782907200"])
        .env("TZ", "Europe/Helsinki")
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "1.7.2026 klo 15.00"
    );
}

/// The example as the version 3 golden files hold it: the fictional Esimerkkilä with its
/// people and steering group, created on 24.11.2026 and, for the sealed file, finalised at
/// noon that day.
fn golden_v3() -> (Assessment, Assessment) {
    let set = common::shipped_set();
    let clock = clock_at("2026-11-24T09:00:00Z");
    let ids = terve_kunta::domain::clock::SequentialIds::new("g");
    let mut assessment = terve_kunta::domain::example::example_assessment(&set, &clock, &ids);
    // As version 3 wrote it: the files hold the version they were written with.
    assessment.schema_version = 3;
    assessment.record_creation("Aino Kettunen", &clock, &describe);
    let mut sealed = assessment.clone();
    sealed
        .finalise("Aino Kettunen", &clock_at("2026-11-24T12:00:00Z"))
        .unwrap();
    (assessment, sealed)
}

/// Files of schema version 3 (people and the steering group) stay readable and verifiable
/// for good, byte for byte as written. `TK_BLESS=1` writes them anew after a deliberate
/// change of the example (never of the format).
#[test]
fn the_version_3_golden_files_read_and_verify_as_written() {
    let (assessment, sealed) = golden_v3();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/v3");
    for (name, expected) in [
        ("esimerkkila.ron", &assessment),
        ("esimerkkila-sealed.ron", &sealed),
    ] {
        let path = dir.join(name);
        if std::env::var_os("TK_BLESS").is_some() {
            std::fs::write(&path, encode_assessment(expected)).unwrap();
        }
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(
            String::from_utf8(bytes.clone()).unwrap(),
            encode_assessment(expected),
            "{name}"
        );
        assert_eq!(&decode_assessment(&bytes).unwrap(), expected, "{name}");
        let verification = verify_bytes(&bytes, None).unwrap();
        assert_eq!(verification.findings, vec![], "{name}");
        assert_eq!(
            verification.limit, None,
            "{name}: every change recorded with its value"
        );
    }
    assert_eq!(sealed.schema_version, 3);
    assert_eq!(sealed.contact_person.name, "Aino Kettunen");
    assert_eq!(sealed.steering_group.len(), 5);
    assert_eq!(sealed.seal.as_ref().unwrap().sha256, GOLDEN_V3_SEAL);
    // No identifier of a real municipality: invented §, diary number, addresses and people.
    let text = encode_assessment(&sealed);
    for real in [
        "2020-2683",
        "§ 46",
        "section: \"46\"",
        "Henna",
        ".fi/",
        "@esimerkkila.fi",
    ] {
        assert!(!text.contains(real), "{real}");
    }
}

/// The seal of the sealed version 3 golden file.
const GOLDEN_V3_SEAL: &str = "888ae452934cc3b4fc60b6c01337779d3d621f37cd752221538f9ae7aa04ea4d";

/// A package is checked file by file against what its assessment records, not only against its
/// own manifest: an attachment replaced by other bytes of the same size, with the manifest made
/// to list the package as it is, is named as changed, and one not packed as missing; an intact
/// package counts the attachments it checked.
#[test]
fn a_package_verifies_each_attachment_against_the_assessment() {
    use terve_kunta::storage::verify::verify_package;
    let dir = TempDir::new("audit-package-attachments");
    let path = saved_with_attachment(&dir);
    let package = dir.join("paketti.zip");
    export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    let intact = verify_package(&package).unwrap();
    assert!(intact.is_intact(), "{:?}", intact.findings);
    assert_eq!(intact.attachments, 1);

    let ron = std::fs::read(&path).unwrap();
    let assessment = decode_assessment(&ron).unwrap();
    let recorded = &assessment.evidence[0].attachments[0];
    let mut other = std::fs::read(dir.0.join(&recorded.path)).unwrap();
    let last = other.len() - 1;
    other[last] ^= 1;
    let name = recorded.path.as_str();
    let files: [(&str, &[u8]); 2] = [(ASSESSMENT_FILE, &ron), (name, &other)];
    let tampered = dir.join("muutettu.zip");
    std::fs::write(&tampered, zip_with(&files, &files)).unwrap();
    let verification = verify_package(&tampered).unwrap();
    assert_eq!(verification.attachments, 1);
    assert_eq!(
        verification.findings,
        [Finding::Attachment {
            name: "ptk.pdf".to_owned(),
            state: AttachmentState::Modified,
        }]
    );

    let only: [(&str, &[u8]); 1] = [(ASSESSMENT_FILE, &ron)];
    let without = dir.join("ilman.zip");
    std::fs::write(&without, zip_with(&only, &only)).unwrap();
    let verification = verify_package(&without).unwrap();
    assert_eq!(
        verification.findings,
        [Finding::Attachment {
            name: "ptk.pdf".to_owned(),
            state: AttachmentState::Missing,
        }]
    );
}

/// Replaying finds content changed behind the history's back also where the history has no
/// say of its own: an item the history recorded, removed from the content by hand (no field
/// left in the content names it), and a field the history never recorded (empty when it was
/// begun), filled in by hand. (Two mutants of `replay` no test caught.)
#[test]
fn replaying_finds_a_recorded_item_removed_and_a_never_recorded_field_filled_by_hand() {
    use terve_kunta::domain::history::Field;
    use terve_kunta::domain::history::replay::replay;
    let mut assessment = sealed_v2();
    assessment.seal = None;
    assessment.history.pop();
    assert_eq!(replay(&assessment).disagreement, None, "as recorded");

    // An item no criterion links, so that only its own record names it; recorded like any
    // change.
    let before = assessment.clone();
    let removed = assessment.add_evidence(
        EvidenceDetails::Other {
            description: "Kuntalaiskysely 2026".to_owned(),
        },
        Some(Date::constant(2026, 5, 4)),
        &clock_at("2026-11-22T10:00:00Z"),
        &terve_kunta::domain::clock::SequentialIds::new("r"),
    );
    let at = clock_at("2026-11-22T10:00:00Z");
    assessment.record_changes(&before, "Henna Hyvönen", &at, &describe);
    assessment.modified = at.now;
    assert_eq!(replay(&assessment).disagreement, None);
    let mut removed_by_hand = assessment.clone();
    removed_by_hand
        .evidence
        .retain(|evidence| evidence.id != removed);
    let found = replay(&removed_by_hand).disagreement.unwrap();
    assert_eq!(found.key, (None, Field::Evidence(removed)));
    assert_eq!(found.content, "");
    assert!(found.history.is_some_and(|value| !value.is_empty()));

    // The contact person was never entered, so never recorded.
    assert!(assessment.contact_person.name.is_empty());
    let mut filled_by_hand = assessment.clone();
    filled_by_hand.contact_person.name = "Kaisa Kuvitelma".to_owned();
    let found = replay(&filled_by_hand).disagreement.unwrap();
    assert_eq!(found.key, (None, Field::ContactPerson));
    assert_eq!(found.history, None);
}

/// The limit on what a package may unpack to, in all, is 2 GiB by its manifest: a package
/// that lists exactly that much is read (its files are checked when unpacked), one byte more
/// is refused before anything is unpacked. (The package is large enough that its ratio stays
/// under the zip-bomb limit, so only the total decides; a mutant of the limit no test caught.)
#[test]
fn a_package_may_list_two_gibibytes_in_all_and_not_a_byte_more() {
    use sha2::{Digest as _, Sha256};
    // The limit the README states.
    const TWO_GIB: u64 = 2 * 1024 * 1024 * 1024;
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    // 24 MiB that do not compress, stored: the package's own size keeps the ratio under 100.
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let pad: Vec<u8> = (0..24 * 1024 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    let package = |total: u64| -> Vec<u8> {
        let hash = |bytes: &[u8]| terve_kunta::domain::digest::hex(&Sha256::digest(bytes));
        let rest = total - ron.len() as u64 - pad.len() as u64;
        let mut files = vec![
            format!(
                "(name: \"assessment.ron\", size: {}, sha256: {:?})",
                ron.len(),
                hash(ron)
            ),
            format!(
                "(name: \"attachments/tayte.bin\", size: {}, sha256: {:?})",
                pad.len(),
                hash(&pad)
            ),
        ];
        for i in 0..5 {
            let size = rest / 5 + if i == 0 { rest % 5 } else { 0 };
            files.push(format!(
                "(name: \"attachments/iso{i}.pdf\", size: {size}, sha256: {:?})",
                "0".repeat(64)
            ));
        }
        let manifest = format!(
            "Package(format: \"terve-kunta-package\", version: 1, created: \"2026-11-24T12:00:00Z\", municipality: \"E\", assessment_id: \"x\", files: [{}])",
            files.join(", ")
        );
        let mut buffer = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buffer);
            let stored = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("manifest.ron", stored).unwrap();
            zip.write_all(manifest.as_bytes()).unwrap();
            zip.start_file("assessment.ron", stored).unwrap();
            zip.write_all(ron).unwrap();
            zip.start_file("attachments/tayte.bin", stored).unwrap();
            zip.write_all(&pad).unwrap();
            for i in 0..5 {
                zip.start_file(format!("attachments/iso{i}.pdf"), stored)
                    .unwrap();
            }
            zip.finish().unwrap();
        }
        buffer.into_inner()
    };
    let at_limit = read_package(std::io::Cursor::new(package(TWO_GIB)));
    assert!(at_limit.is_ok(), "{:?}", at_limit.err());
    let over = read_package(std::io::Cursor::new(package(TWO_GIB + 1)));
    assert!(
        matches!(over, Err(PackageError::TooLarge)),
        "{:?}",
        over.err()
    );
}

/// Up to 64 MiB unpacked, how well a package compresses is not held against it: text and
/// empty pages compress a thousandfold and harm nobody. (Mutants of that limit no test
/// caught: the zip-bomb test is above it.)
#[test]
fn a_small_package_that_compresses_a_thousandfold_is_read() {
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    let zeros = vec![0_u8; 8 * 1024 * 1024];
    let files: [(&str, &[u8]); 2] = [(ASSESSMENT_FILE, ron), ("attachments/tyhja.pdf", &zeros)];
    let bytes = zip_with(&files, &files);
    assert!(bytes.len() * 200 < zeros.len(), "{} bytes", bytes.len());
    let read = read_package(std::io::Cursor::new(bytes));
    assert!(read.is_ok(), "{:?}", read.err());
}

/// A package that cannot be read (a zip cut short, one too large) is unreadable, exit 1; only
/// one that does not match its own manifest is tampered with, exit 2.
#[test]
fn verify_tells_an_unreadable_package_from_a_tampered_one() {
    let dir = TempDir::new("audit-unreadable-package");
    let path = saved_with_attachment(&dir);
    let package = dir.join("paketti.zip");
    export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    let bytes = std::fs::read(&package).unwrap();
    let cut = dir.join("katkennut.zip");
    std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
    let (code, out, err) = verify_cli(&dir, &cut);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    let ron = encode_assessment(&golden_v1());
    let files: [(&str, &[u8]); 2] = [
        (ASSESSMENT_FILE, ron.as_bytes()),
        ("attachments/a.pdf", b"x"),
    ];
    let listed: [(&str, &[u8]); 2] = [
        (ASSESSMENT_FILE, ron.as_bytes()),
        ("attachments/a.pdf", b"y"),
    ];
    let tampered = dir.join("muutettu.zip");
    std::fs::write(&tampered, zip_with(&files, &listed)).unwrap();
    assert_eq!(verify_cli(&dir, &tampered).0, 2);
}

/// The manifest may be up to 4 MiB (RON, so with room for a comment); more is no manifest.
/// (Mutants of the limit no test caught.)
#[test]
fn a_manifest_up_to_four_mebibytes_is_read_and_a_larger_one_is_refused() {
    let ron = encode_assessment(&golden_v1());
    let files: [(&str, &[u8]); 1] = [(ASSESSMENT_FILE, ron.as_bytes())];
    let with_comment = |comment_bytes: usize| -> Vec<u8> {
        let plain = zip_with(&files, &files);
        // The same package, its manifest followed by a comment of the given size.
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(plain)).unwrap();
        let mut manifest = String::new();
        std::io::Read::read_to_string(&mut archive.by_name("manifest.ron").unwrap(), &mut manifest)
            .unwrap();
        let padded = format!("{manifest}\n/*{}*/\n", " ".repeat(comment_bytes));
        let mut buffer = std::io::Cursor::new(Vec::new());
        {
            let mut zip = zip::ZipWriter::new(&mut buffer);
            let options = zip::write::SimpleFileOptions::default();
            zip.start_file("manifest.ron", options).unwrap();
            zip.write_all(padded.as_bytes()).unwrap();
            zip.start_file(ASSESSMENT_FILE, options).unwrap();
            zip.write_all(ron.as_bytes()).unwrap();
            zip.finish().unwrap();
        }
        buffer.into_inner()
    };
    let read = read_package(std::io::Cursor::new(with_comment(3 * 1024 * 1024)));
    assert!(read.is_ok(), "{:?}", read.err());
    let refused = read_package(std::io::Cursor::new(with_comment(4 * 1024 * 1024)));
    assert!(
        matches!(refused, Err(PackageError::NoManifest)),
        "{:?}",
        refused.err()
    );
}

/// A zip whose end record says Zip64 (65 535 entries, or a directory beyond 4 GiB) is more
/// than a package of ours may hold: too large, said before anything else is read. (A mutant
/// no test caught.)
#[test]
fn a_zip64_package_is_too_large() {
    let ron = encode_assessment(&golden_v1());
    let files: [(&str, &[u8]); 1] = [(ASSESSMENT_FILE, ron.as_bytes())];
    let plain = zip_with(&files, &files);
    let end = plain
        .windows(4)
        .rposition(|window| window == [0x50, 0x4b, 0x05, 0x06])
        .unwrap();
    // The entry counts (on this disk, in all), then the directory's start.
    let mut many = plain.clone();
    many[end + 8..end + 12].copy_from_slice(&[0xff; 4]);
    let refused = read_package(std::io::Cursor::new(many));
    assert!(
        matches!(refused, Err(PackageError::TooLarge)),
        "{:?}",
        refused.err()
    );
    let mut far = plain;
    far[end + 16..end + 20].copy_from_slice(&[0xff; 4]);
    let refused = read_package(std::io::Cursor::new(far));
    assert!(
        matches!(refused, Err(PackageError::TooLarge)),
        "{:?}",
        refused.err()
    );
}

/// A zip whose end record puts its directory past the end of the file is not a package, said
/// as such. (Mutants of that check no test caught.)
#[test]
fn a_zip_whose_directory_lies_outside_it_is_not_a_package() {
    let ron = encode_assessment(&golden_v1());
    let files: [(&str, &[u8]); 1] = [(ASSESSMENT_FILE, ron.as_bytes())];
    let mut bytes = zip_with(&files, &files);
    let end = bytes
        .windows(4)
        .rposition(|window| window == [0x50, 0x4b, 0x05, 0x06])
        .unwrap();
    let start = u32::try_from(bytes.len() + 100).unwrap();
    bytes[end + 16..end + 20].copy_from_slice(&start.to_le_bytes());
    let refused = read_package(std::io::Cursor::new(bytes));
    assert!(
        matches!(&refused, Err(PackageError::NotAPackage(why)) if why == "the central directory lies outside the file"),
        "{:?}",
        refused.err()
    );
}

/// A file of `len` bytes, zeros but for its last ones: a large package without the memory.
struct Sparse {
    len: u64,
    tail: Vec<u8>,
    at: u64,
}

impl std::io::Read for Sparse {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let left = self.len.saturating_sub(self.at);
        let n = usize::try_from(left.min(buf.len() as u64)).unwrap();
        let tail_from = self.len - self.tail.len() as u64;
        for (i, byte) in buf[..n].iter_mut().enumerate() {
            let at = self.at + i as u64;
            *byte = if at >= tail_from {
                self.tail[usize::try_from(at - tail_from).unwrap()]
            } else {
                0
            };
        }
        self.at += n as u64;
        Ok(n)
    }
}

impl std::io::Seek for Sparse {
    fn seek(&mut self, from: std::io::SeekFrom) -> std::io::Result<u64> {
        let signed = |n: u64| i64::try_from(n).unwrap();
        self.at = match from {
            std::io::SeekFrom::Start(n) => n,
            std::io::SeekFrom::End(d) => u64::try_from(signed(self.len) + d).unwrap(),
            std::io::SeekFrom::Current(d) => u64::try_from(signed(self.at) + d).unwrap(),
        };
        Ok(self.at)
    }
}

/// A directory of more than 64 MiB is refused as not a package, even inside a file large
/// enough to hold it (a 70 MiB file, read without holding it). (A mutant no test caught.)
#[test]
fn a_zip_directory_over_sixty_four_mebibytes_is_refused() {
    let mut end = vec![0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0];
    end.extend_from_slice(&(65_u32 * 1024 * 1024).to_le_bytes());
    end.extend_from_slice(&0_u32.to_le_bytes());
    end.extend_from_slice(&[0, 0]);
    let file = Sparse {
        len: 70 * 1024 * 1024,
        tail: end,
        at: 0,
    };
    let refused = read_package(file);
    assert!(
        matches!(&refused, Err(PackageError::NotAPackage(why)) if why == "the central directory lies outside the file"),
        "{:?}",
        refused.err()
    );
}

/// A finalised assessment of the invented Esimerkkilä, saved in `dir`, with a review beside it:
/// remarks on criteria 2 (two paragraphs) and 5.
fn reviewed(dir: &TempDir) -> (std::path::PathBuf, Review) {
    let path = dir.join(ASSESSMENT_FILE);
    let clock = clock_at("2026-11-20T09:00:00Z");
    let mut assessment = common::ready_assessment(&common::shipped_set());
    assessment.record_creation("Henna Hyvönen", &clock, &describe);
    assessment.finalise("Henna Hyvönen", &clock).unwrap();
    std::fs::write(&path, encode_assessment(&assessment)).unwrap();
    let mut review = Review::of(&assessment, "Tarja Tarkastaja");
    let written = at("2026-11-25T08:30:00Z");
    review.set_remark(
        &common::tk(2),
        "Pöytäkirjan ote puuttuu liitteistä.\n\nPyydetään ote pykälineen.",
        written,
    );
    review.set_remark(&common::tk(5), "Kunnossa.", written);
    save_review(&review_path(&path), &review).unwrap();
    (path, review)
}

fn review_report_cli(data: &TempDir, args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_terve-kunta"))
        .arg("review-report")
        .args(args)
        .env(DATA_DIR_ENV, &data.0)
        .env("SOURCE_DATE_EPOCH", "1795940100")
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

/// The parts of `text`, found in this order.
fn assert_in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = text[from..].find(part);
        assert!(at.is_some(), "{part:?} after {from} in {text}");
        from += at.unwrap() + part.len();
    }
}

/// `review-report` prints the memo: the assessment's identity and seal, what verifying it
/// found, each remark under its criterion, the reviewer; a changed assessment still gets its
/// memo, which says what changed and that the remarks were written of other content.
#[test]
fn review_report_prints_the_remarks_under_their_criteria_with_the_verification() {
    let dir = TempDir::new("audit-memo");
    let (path, _) = reviewed(&dir);
    let memo = dir.join("muistio.pdf");
    let (code, out, err) =
        review_report_cli(&dir, &[path.as_os_str(), "-o".as_ref(), memo.as_os_str()]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert!(out.starts_with("Tarkastusmuistio kirjoitettu ("), "{out}");
    let assessment = decode_assessment(&std::fs::read(&path).unwrap()).unwrap();
    let seal = assessment.seal.as_ref().unwrap().sha256.clone();
    let file_sha = terve_kunta::domain::digest::sha256_hex(&std::fs::read(&path).unwrap());
    let text = common::pdf_text(&memo);
    assert_in_order(
        &text,
        &[
            "Tarkastusmuistio: Esimerkkilä",
            "Tarkastettu arviointi",
            "Esimerkkilä (999)",
            &assessment.id,
            "assessment.ron",
            "Viimeistelty 20.11.2026",
            &file_sha,
            &seal,
            "Eheyden tarkistus",
            "Ehjä: sinetti, historia ja liitteet täsmäävät",
            "Huomautukset on kirjoitettu tästä sisällöstä",
            "Huomautukset",
            "Kriteeri 2: ",
            "Pöytäkirjan ote puuttuu liitteistä.",
            "Pyydetään ote pykälineen.",
            "Kirjattu 25.11.2026",
            "Kriteeri 5: ",
            "Kunnossa.",
            "Muista kriteereistä ei ole huomautuksia.",
            "Tarkastaja",
            "Tarja Tarkastaja",
            "29.11.2026",
            "Allekirjoitus",
            "Sivu 1 / 1",
        ],
    );
    for absent in ["Kriteeri 1: ", "Kriteeri 3: ", "LUONNOS"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
    let info = common::pdf_tool("pdfinfo", &[], &memo);
    assert!(info.contains("Author:          Tarja Tarkastaja"), "{info}");

    // Changed after it was sealed and reviewed (same length): the memo is still made, and
    // says so twice: the verification's findings, and that the remarks are of other content.
    let changed =
        std::fs::read_to_string(&path)
            .unwrap()
            .replacen("status: met,", "status: not_met,", 1);
    std::fs::write(&path, changed).unwrap();
    let (code, _, err) =
        review_report_cli(&dir, &[path.as_os_str(), "-o".as_ref(), memo.as_os_str()]);
    assert_eq!((code, err.as_str()), (0, ""));
    let text = common::pdf_text(&memo);
    assert!(!text.contains("Ehjä:"), "{text}");
    assert!(text.contains("Sinetti ei täsmää"), "{text}");
    assert!(
        text.contains("Arviointia on muutettu sen jälkeen, kun huomautukset kirjoitettiin"),
        "{text}"
    );
}

/// Exit 1, one line that ends with `expected`, and no memo written.
fn assert_refused(result: (i32, String, String), expected: &str, memo: &Path) {
    let (code, out, err) = result;
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("terve-kunta: virhe: "), "{err}");
    assert!(err.trim_end().ends_with(expected), "{err} ≠ …{expected}");
    assert!(!memo.exists(), "a memo was written for {err}");
}

/// Whatever is wrong with the review file: exit 1, one line that names the file, and no memo
/// written.
#[test]
fn review_report_refuses_what_it_cannot_use_in_one_line() {
    let dir = TempDir::new("audit-memo-errors");
    let (path, review) = reviewed(&dir);
    let memo = dir.join("muistio.pdf");
    let one_line = |result, expected: &str| assert_refused(result, expected, &memo);
    let with_review = |review_file: &Path| {
        review_report_cli(
            &dir,
            &[
                path.as_os_str(),
                "--review".as_ref(),
                review_file.as_os_str(),
                "-o".as_ref(),
                memo.as_os_str(),
            ],
        )
    };

    // Another assessment's review.
    let mut other = review.clone();
    other.assessment_id = "toinen".to_owned();
    let other_file = dir.join("toinen.review.ron");
    save_review(&other_file, &other).unwrap();
    one_line(
        with_review(&other_file),
        &format!(
            "tiedosto on toisen arvioinnin tarkastus: {}",
            other_file.display()
        ),
    );
    // Not a review: bytes that are not text, RON of something else, a folder, a file from a
    // newer version.
    let hostile = [
        ("kuva.review.ron", b"\x89PNG\r\n\x1a\n\xff\xfe".to_vec()),
        ("arviointi.review.ron", std::fs::read(&path).unwrap()),
        (
            "uudempi.review.ron",
            terve_kunta::storage::review_file::encode_review(&review)
                .replace("schema_version: 1", "schema_version: 9")
                .into_bytes(),
        ),
    ];
    for (name, bytes) in hostile {
        let file = dir.join(name);
        std::fs::write(&file, bytes).unwrap();
        one_line(with_review(&file), &file.display().to_string());
    }
    let folder = dir.join("kansio.review.ron");
    std::fs::create_dir(&folder).unwrap();
    one_line(with_review(&folder), &folder.display().to_string());
    #[cfg(unix)]
    {
        let fifo = dir.join("putki.review.ron");
        let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(status.success());
        // Refused without waiting for a writer that never comes.
        one_line(with_review(&fifo), &fifo.display().to_string());
    }
}

/// Without a review beside the assessment, or for a package (which holds none) without
/// `--review`: one line, exit 1; with `--review`, a package's memo names the file inside it.
#[test]
fn review_report_needs_a_review_and_a_package_needs_it_named() {
    let dir = TempDir::new("audit-memo-missing");
    let (path, review) = reviewed(&dir);
    let memo = dir.join("muistio.pdf");
    let one_line = |result, expected: &str| assert_refused(result, expected, &memo);
    // No review beside the assessment.
    std::fs::remove_file(review_path(&path)).unwrap();
    one_line(
        review_report_cli(&dir, &[path.as_os_str(), "-o".as_ref(), memo.as_os_str()]),
        &format!(
            "tarkastustiedostoa ei löydy (anna se valinnalla --review): {}",
            review_path(&path).display()
        ),
    );
    // A package holds no review: it must be named; named, the memo is made and names the
    // file inside the package.
    save_review(&dir.join("oma.review.ron"), &review).unwrap();
    let package = dir.join("paketti.zip");
    export_package(&path, &package, at("2026-11-24T14:00:00Z")).unwrap();
    one_line(
        review_report_cli(
            &dir,
            &[package.as_os_str(), "-o".as_ref(), memo.as_os_str()],
        ),
        &format!(
            "paketissa ei ole tarkastusta: anna tarkastustiedosto valinnalla --review: {}",
            package.display()
        ),
    );
    let (code, _, err) = review_report_cli(
        &dir,
        &[
            package.as_os_str(),
            "--review".as_ref(),
            dir.join("oma.review.ron").as_os_str(),
            "-o".as_ref(),
            memo.as_os_str(),
        ],
    );
    assert_eq!((code, err.as_str()), (0, ""));
    let text = common::pdf_text(&memo);
    assert!(text.contains("paketti.zip: assessment.ron"), "{text}");
    assert!(text.contains("Pyydetään ote pykälineen."), "{text}");
}

/// A zip whose manifest has `version` and lists `listed` (name, size; the checksums made up),
/// with `entries` stored as they are, and no manifest at all when `version` is `None`.
fn package_listing(
    version: Option<u32>,
    listed: &[(&str, u64)],
    entries: &[(&str, &[u8])],
) -> Vec<u8> {
    let files: Vec<String> = listed
        .iter()
        .map(|(name, size)| {
            format!(
                "(name: {name:?}, size: {size}, sha256: {:?})",
                "0".repeat(64)
            )
        })
        .collect();
    let mut buffer = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut buffer);
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        if let Some(version) = version {
            let manifest = format!(
                "Package(format: \"terve-kunta-package\", version: {version}, created: \"2026-11-24T12:00:00Z\", municipality: \"Esimerkkilä\", assessment_id: \"x\", files: [{}])",
                files.join(", ")
            );
            zip.start_file("manifest.ron", stored).unwrap();
            zip.write_all(manifest.as_bytes()).unwrap();
        }
        for (name, bytes) in entries {
            zip.start_file(*name, stored).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    buffer.into_inner()
}

/// What the manifest says is checked exactly: a zip without one has no manifest (not "not a
/// package"), a manifest of a later version is newer, and an attachment listed one byte over
/// 512 MiB is too large while one of exactly 512 MiB is not (6 MiB of stored noise keeps the
/// ratio under 100, so only the attachment's own limit can refuse it). (Mutants no test
/// caught: `==` → `!=` in the manifest's search, `>` → `<` on the version, `>` → `==` on the
/// attachment's size.)
#[test]
fn the_manifest_is_found_its_version_and_each_size_checked() {
    use terve_kunta::storage::attachments::MAX_ATTACHMENT_BYTES;
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    let open = |bytes: Vec<u8>| read_package(std::io::Cursor::new(bytes)).err();
    let assessment = [("assessment.ron", ron.len() as u64)];
    assert!(
        matches!(
            open(package_listing(None, &[], &[("assessment.ron", ron)])),
            Some(PackageError::NoManifest)
        ),
        "without a manifest"
    );
    assert!(
        matches!(
            open(package_listing(
                Some(2),
                &assessment,
                &[("assessment.ron", ron)]
            )),
            Some(PackageError::NewerVersion(2))
        ),
        "a later version"
    );
    assert!(
        open(package_listing(
            Some(1),
            &assessment,
            &[("assessment.ron", ron)]
        ))
        .is_none(),
        "this version"
    );
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let noise: Vec<u8> = (0..6 * 1024 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    let entries: [(&str, &[u8]); 2] = [("assessment.ron", ron), ("attachments/a.pdf", &noise)];
    let listing = |size: u64| {
        package_listing(
            Some(1),
            &[
                ("assessment.ron", ron.len() as u64),
                ("attachments/a.pdf", size),
            ],
            &entries,
        )
    };
    assert!(
        matches!(
            open(listing(MAX_ATTACHMENT_BYTES + 1)),
            Some(PackageError::TooLarge)
        ),
        "one byte over"
    );
    assert!(
        open(listing(MAX_ATTACHMENT_BYTES)).is_none(),
        "exactly the limit"
    );
}

/// 10 000 entries are within the limit (this zip is refused for the ones its manifest does
/// not list, not for their number); 10 001 are too many. (Mutants no test caught: `>` →
/// `==` and `>=` where the directory's names and the archive's entries are counted.)
#[test]
fn ten_thousand_entries_are_within_the_limit_and_one_more_is_not() {
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    let with_entries = |count: usize| {
        // The manifest and the assessment, then empty attachments.
        let names: Vec<String> = (2..count).map(|n| format!("attachments/{n}.pdf")).collect();
        let mut entries: Vec<(&str, &[u8])> = vec![("assessment.ron", ron)];
        entries.extend(names.iter().map(|name| (name.as_str(), &b""[..])));
        package_listing(Some(1), &[("assessment.ron", ron.len() as u64)], &entries)
    };
    let open = |bytes: Vec<u8>| read_package(std::io::Cursor::new(bytes)).err();
    assert!(
        matches!(open(with_entries(10_000)), Some(PackageError::Unlisted(_))),
        "10 000 entries"
    );
    assert!(
        matches!(open(with_entries(10_001)), Some(PackageError::TooLarge)),
        "10 001 entries"
    );
}

/// A central directory of exactly 64 MiB gets past the size check (the limit is "more
/// than"): what refuses these zeros is their content, not their size. (Mutants no test
/// caught: `>` → `>=`, and a limit of 1 MiB or 65 KiB.)
#[test]
fn a_zip_directory_of_exactly_sixty_four_mebibytes_is_not_refused_for_its_size() {
    let directory = 64 * 1024 * 1024_u32;
    let mut end = vec![0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 1, 0, 1, 0];
    end.extend_from_slice(&directory.to_le_bytes());
    end.extend_from_slice(&0_u32.to_le_bytes());
    end.extend_from_slice(&[0, 0]);
    let file = Sparse {
        len: u64::from(directory) + end.len() as u64,
        tail: end,
        at: 0,
    };
    let refused = read_package(file).err();
    assert!(
        !matches!(&refused, Some(PackageError::NotAPackage(why)) if why == "the central directory lies outside the file"),
        "{refused:?}"
    );
    assert!(refused.is_some(), "zeros are no package");
}

/// Each entry of an exported package carries the time of the export (as UTC, the zip's
/// resolution of two seconds), and a small file is written without Zip64 fields, which older
/// unzip tools do not read. (Mutants no test caught: the entries' time replaced by 1.1.1980,
/// and the Zip64 switch turned round for files under 4 GiB.)
#[test]
fn an_exported_package_has_the_export_time_and_no_zip64_fields() {
    let dir = TempDir::new("audit-package-time");
    let path = saved_with_attachment(&dir);
    let target = dir.join("paketti.zip");
    export_package(&path, &target, at("2026-11-24T12:34:56Z")).unwrap();
    let bytes = std::fs::read(&target).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        archive.len(),
        3,
        "the manifest, the assessment and its attachment"
    );
    for index in 0..archive.len() {
        let entry = archive.by_index(index).unwrap();
        let name = entry.name().unwrap().into_owned();
        let time = entry.last_modified().unwrap();
        assert_eq!(
            (time.year(), time.month(), time.day()),
            (2026, 11, 24),
            "{name}"
        );
        assert_eq!(
            (time.hour(), time.minute(), time.second()),
            (12, 34, 56),
            "{name}"
        );
        // The local header: its extra field holds no Zip64 record (id 1).
        let start = usize::try_from(entry.header_start()).unwrap();
        let field = |from: usize| {
            usize::from(u16::from_le_bytes([
                bytes[start + from],
                bytes[start + from + 1],
            ]))
        };
        let (name_len, extra_len) = (field(26), field(28));
        let mut extra = &bytes[start + 30 + name_len..start + 30 + name_len + extra_len];
        while extra.len() >= 4 {
            let id = u16::from_le_bytes([extra[0], extra[1]]);
            assert_ne!(id, 1, "a Zip64 field in {name}");
            let len = usize::from(u16::from_le_bytes([extra[2], extra[3]]));
            extra = &extra[(4 + len).min(extra.len())..];
        }
    }
}

/// The unpacking limits include their bounds: a manifest that sums to exactly 64 MiB needs no
/// ratio, and one that sums to exactly a hundred times the package is read; a byte more is too
/// large each time. (Mutants no test caught: `>` → `>=` on both sides of the ratio check.)
#[test]
fn the_unpacking_limits_include_their_bounds() {
    use terve_kunta::storage::package::{MAX_UNPACK_RATIO, RATIO_FREE_BYTES};
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    let open = |bytes: &[u8]| read_package(std::io::Cursor::new(bytes.to_vec())).err();
    let build = |attachment: &[u8], listed: u64| {
        package_listing(
            Some(1),
            &[
                ("assessment.ron", ron.len() as u64),
                ("attachments/a.pdf", listed),
            ],
            &[("assessment.ron", ron), ("attachments/a.pdf", attachment)],
        )
    };
    let free = RATIO_FREE_BYTES - ron.len() as u64;
    assert!(open(&build(b"x", free)).is_none(), "64 MiB in all");
    assert!(
        matches!(open(&build(b"x", free + 1)), Some(PackageError::TooLarge)),
        "a byte more"
    );
    // 800 KB of noise: a hundredfold is past the ratio-free 64 MiB.
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let noise: Vec<u8> = (0..800 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state.to_le_bytes()[0]
        })
        .collect();
    let packed = build(&noise, 10_000_000).len() as u64;
    let hundredfold = MAX_UNPACK_RATIO * packed - ron.len() as u64;
    assert!(hundredfold + ron.len() as u64 > RATIO_FREE_BYTES);
    let exactly = build(&noise, hundredfold);
    assert_eq!(
        exactly.len() as u64,
        packed,
        "the listed size has as many digits"
    );
    assert!(open(&exactly).is_none(), "a hundredfold");
    assert!(
        matches!(
            open(&build(&noise, hundredfold + 1)),
            Some(PackageError::TooLarge)
        ),
        "a byte more than a hundredfold"
    );
}

/// Verifying and unpacking a package read each file it lists against the manifest: content
/// changed to other bytes of the same size is a mismatch, whatever the assessment says.
/// (Mutants no test caught: `check_files` doing nothing, and `||` → `&&` between the checksum
/// and the size, in verifying, unpacking and reading the assessment.)
#[test]
fn verifying_a_package_checks_each_listed_file_against_the_manifest() {
    use terve_kunta::storage::verify::verify_package;
    let dir = TempDir::new("audit-check-files");
    let ron = encode_assessment(&golden_v1());
    let ron = ron.as_bytes();
    let bytes = zip_with(
        &[("assessment.ron", ron), ("attachments/a.pdf", b"another")],
        &[("assessment.ron", ron), ("attachments/a.pdf", b"origina")],
    );
    let package = dir.join("paketti.zip");
    std::fs::write(&package, bytes).unwrap();
    let refused = verify_package(&package).err();
    assert!(
        matches!(&refused, Some(PackageError::Mismatch(name)) if name == "attachments/a.pdf"),
        "{refused:?}"
    );
    // Unpacking finds it too, and leaves nothing behind.
    let target = dir.join("auki");
    let refused = open_package(&package).unwrap().unpack(&target).err();
    assert!(
        matches!(&refused, Some(PackageError::Mismatch(name)) if name == "attachments/a.pdf"),
        "{refused:?}"
    );
    assert!(!target.exists());
    // The assessment itself, one letter changed: the same size, another checksum.
    let changed =
        String::from_utf8(ron.to_vec())
            .unwrap()
            .replacen("Esimerkkilä", "Esimerkkilö", 1);
    assert_eq!(changed.len(), ron.len());
    let bytes = zip_with(
        &[("assessment.ron", changed.as_bytes())],
        &[("assessment.ron", ron)],
    );
    let refused = read_package(std::io::Cursor::new(bytes))
        .unwrap()
        .assessment()
        .err();
    assert!(
        matches!(&refused, Some(PackageError::Mismatch(name)) if name == "assessment.ron"),
        "{refused:?}"
    );
}
