//! The `terve-kunta` command line, run as a user runs it.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use std::process::Command;

use common::{TempDir, ready_assessment, run_program, set_status, shipped_set};
use terve_kunta::domain::assessment::Status;
use terve_kunta::storage::{DATA_DIR_ENV, encode_assessment};

const SHIPPED: &str = "criteria/terve-kunta-kunnat-2017-2020.ron";

/// Runs the binary with an empty data folder of its own.
fn run(data: &TempDir, args: &[&str]) -> (i32, String, String) {
    run_program(env!("CARGO_BIN_EXE_terve-kunta"), data, args)
}

/// `terve-kunta report FILE -o PDF`.
fn report(data: &TempDir, file: &std::path::Path, pdf: &std::path::Path) -> (i32, String, String) {
    run(
        data,
        &[
            "report",
            file.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ],
    )
}

/// Exit 1 and exactly one line on stderr, without any trace of a panic.
fn assert_one_line_error(result: &(i32, String, String), expected: &str) {
    let (code, stdout, stderr) = result;
    assert_eq!(*code, 1, "stderr: {stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("backtrace"),
        "{stderr}"
    );
    assert_eq!(stderr.trim_end(), expected);
}

#[test]
fn check_accepts_the_shipped_criteria() {
    let data = TempDir::new("cli");
    let (code, stdout, stderr) = run(&data, &["criteria", "check", SHIPPED]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        stdout,
        format!("{SHIPPED}: kelvollinen, 10 kriteeriä, 0 varoitusta\n")
    );
}

#[test]
fn check_prints_one_line_per_problem_and_fails() {
    let data = TempDir::new("cli");
    let broken = data.join("rikki.ron");
    let text = std::fs::read_to_string(SHIPPED)
        .unwrap()
        .replace("\"TK-02\"", "\"TK-01\"")
        .replace(
            "[\"decision\"],\n            requirement: (\n                reading: {\n                    \"fi\": \"Kriteerin sanamuodon",
            "[\"decree\"],\n            requirement: (\n                reading: {\n                    \"fi\": \"Kriteerin sanamuodon",
        );
    std::fs::write(&broken, text).unwrap();
    let missing = data.join("puuttuu.ron");
    let (code, stdout, stderr) = run(
        &data,
        &[
            "criteria",
            "check",
            broken.to_str().unwrap(),
            SHIPPED,
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!((code, stderr.as_str()), (1, ""));
    let broken = broken.display();
    let missing = missing.display();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            format!(r#"{broken}:70:13: virhe: tunniste "TK-01" on jo käytössä rivillä 39"#),
            format!(
                r#"{broken}:87:30: virhe: tuntematon näytön laji "decree": sallitut ovat decision, appointment, document, web_page, budget ja other"#
            ),
            format!("{SHIPPED}: kelvollinen, 10 kriteeriä, 0 varoitusta"),
            format!("{missing}: virhe: tiedostoa ei löydy"),
        ]
    );
}

#[test]
fn check_passes_with_warnings_and_speaks_english() {
    let data = TempDir::new("cli");
    let file = data.join("varoitus.ron");
    let text = std::fs::read_to_string(SHIPPED)
        .unwrap()
        .replace("\"en\": \"Decision to join\",", "");
    std::fs::write(&file, text).unwrap();
    let (code, stdout, _) = run(
        &data,
        &["criteria", "check", "--lang", "en", file.to_str().unwrap()],
    );
    assert_eq!(code, 0);
    let file = file.display();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            format!(
                "{file}:72:13: warning: the translation (en) is missing: the short title (`short_title`)"
            ),
            format!("{file}: valid, 10 criteria, 1 warning"),
        ]
    );
}

#[test]
fn summary_tells_the_verdict_and_each_status() {
    let data = TempDir::new("cli");
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    set_status(&mut assessment, 9, Status::NotAssessed);
    let file = data.join("esimerkkila.ron");
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();

    let (code, stdout, stderr) = run(&data, &["summary", file.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "Esimerkkilä (kuntanumero 999)");
    assert_eq!(
        lines[1],
        "Kriteeristö: Terve Kunta -verkoston liittymisen kriteerit kunnille (versio 2017-2020.3, 2017–2020)"
    );
    assert_eq!(lines[2], "Ei vielä valmis: 1 kriteeri puuttuu.");
    assert_eq!(
        lines[5],
        " 1. Ylimmän johdon vastuu [TK-01]: Täyttyy, 1 näyttö"
    );
    assert!(
        stdout.contains(" 9. Viestintä [TK-09]: Ei arvioitu, 1 näyttö\n    Puuttuu: Ei vielä arvioitu. Valitse tila; jo kirjattu: 1 näyttö.\n"),
        "{stdout}"
    );
    // The set's period has ended (2020; the command line reads the real clock): said last,
    // with where to find the current criteria.
    assert!(
        stdout.ends_with(&format!(
            "10. Sitoutuminen verkostoon [TK-10]: Täyttyy, 1 näyttö\n\n\
             Kriteeristön verkostokausi 2017–2020 on päättynyt: uudemmat kriteerit voivat olla voimassa. \
             Tarkista ajantasaiset kriteerit verkoston sivulta ennen hakemusta. {}\n",
            set.network_url.as_deref().unwrap()
        )),
        "{stdout}"
    );
    assert!(!stdout.contains("uudempi versio"), "the newest version");

    let (code, stdout, _) = run(&data, &["summary", file.to_str().unwrap(), "--lang", "sv"]);
    assert_eq!(code, 0);
    assert!(
        stdout.contains("Inte redo ännu: 1 kriterium saknas."),
        "{stdout}"
    );
    assert!(
        stdout.contains(" 9. Kommunikation [TK-09]: Inte bedömt, 1 bevis"),
        "{stdout}"
    );
}

#[test]
fn summary_json_is_for_scripts() {
    let data = TempDir::new("cli");
    let set = shipped_set();
    let mut assessment = ready_assessment(&set);
    set_status(&mut assessment, 3, Status::PartlyMet);
    let file = data.join("esimerkkila.ron");
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();

    let (code, stdout, stderr) = run(
        &data,
        &["summary", "--json", "--lang", "en", file.to_str().unwrap()],
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["ready"], false);
    assert_eq!(json["verdict"], "Not ready yet: 1 criterion missing.");
    assert_eq!(json["progress"]["counted_as_met"], 9);
    assert_eq!(json["criteria_set"]["matches"], "same");
    assert_eq!(
        json["criteria_set"]["newest_version"],
        serde_json::Value::Null
    );
    assert_eq!(json["criteria_set"]["period_ended"], true);
    assert_eq!(json["municipality"]["code"], "999");
    let criteria = json["criteria"].as_array().unwrap();
    assert_eq!(criteria.len(), 10);
    assert_eq!(criteria[2]["id"], "TK-03");
    assert_eq!(criteria[2]["status"], "partly_met");
    assert_eq!(criteria[2]["gap"], "partly_met");
    assert_eq!(criteria[2]["counts_as_met"], false);
    assert_eq!(criteria[0]["gap"], serde_json::Value::Null);
    assert_eq!(criteria[0]["evidence"], 1);
}

#[test]
fn summary_errors_are_one_clear_line() {
    let data = TempDir::new("cli");
    let missing = data.join("ei-ole.ron");
    assert_one_line_error(
        &run(&data, &["summary", missing.to_str().unwrap()]),
        &format!(
            "terve-kunta: virhe: tiedostoa ei löydy: {}",
            missing.display()
        ),
    );

    assert_one_line_error(
        &run(&data, &["summary", data.0.to_str().unwrap()]),
        &format!(
            "terve-kunta: virhe: tämä on kansio, ei tiedosto: {}",
            data.0.display()
        ),
    );

    let malformed = data.join("rikki.ron");
    std::fs::write(
        &malformed,
        "Assessment(\n    schema_version: 1,\n    id: \"x\"\n    municipality: (),\n)",
    )
    .unwrap();
    assert_one_line_error(
        &run(&data, &["summary", malformed.to_str().unwrap()]),
        &format!(
            "terve-kunta: virhe: arviointitiedosto on viallinen rivillä 4, sarake 5: pilkku puuttuu: {}",
            malformed.display()
        ),
    );

    let oversized = data.join("iso.ron");
    let file = std::fs::File::create(&oversized).unwrap();
    file.set_len(17 * 1024 * 1024).unwrap();
    assert_one_line_error(
        &run(
            &data,
            &["summary", "--lang", "en", oversized.to_str().unwrap()],
        ),
        &format!(
            "terve-kunta: error: the file is too large (17.0 MB, at most 16.0 MB): {}",
            oversized.display()
        ),
    );

    let newer = data.join("uudempi.ron");
    let text = encode_assessment(&ready_assessment(&shipped_set()))
        .replace("schema_version: 4", "schema_version: 5");
    std::fs::write(&newer, text).unwrap();
    assert_one_line_error(
        &run(&data, &["summary", newer.to_str().unwrap()]),
        &format!(
            "terve-kunta: virhe: arvioinnin on tallentanut uudempi sovellus (tiedostoversio 5, tämä sovellus lukee versioon 4 asti): päivitä sovellus: {}",
            newer.display()
        ),
    );

    let binary = data.join("kuva.ron");
    std::fs::write(
        &binary,
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0xFF],
    )
    .unwrap();
    let (code, _, stderr) = run(&data, &["summary", binary.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
}

#[test]
fn summary_finds_a_users_own_criteria() {
    let data = TempDir::new("cli");
    let set_text = std::fs::read_to_string(SHIPPED)
        .unwrap()
        .replace("id: \"terve-kunta-kunnat\"", "id: \"oma\"");
    let own = terve_kunta::format::criteria::parse_criteria(&set_text)
        .set
        .unwrap();
    let file = data.join("arvio.ron");
    std::fs::write(&file, encode_assessment(&ready_assessment(&own))).unwrap();

    assert_one_line_error(
        &run(&data, &["summary", file.to_str().unwrap()]),
        &format!(
            "terve-kunta: virhe: arvioinnin kriteeristöä oma (versio 2017-2020.3) ei löydy: lisää sen tiedosto kansioon {} tai anna se valinnalla --criteria",
            data.join("criteria").display()
        ),
    );

    let criteria_file = data.join("oma.ron");
    std::fs::write(&criteria_file, &set_text).unwrap();
    let (code, stdout, _) = run(
        &data,
        &[
            "summary",
            file.to_str().unwrap(),
            "--criteria",
            criteria_file.to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0);
    assert!(stdout.contains("Valmis liittymään"), "{stdout}");

    std::fs::create_dir_all(data.join("criteria")).unwrap();
    std::fs::write(data.join("criteria").join("oma.ron"), &set_text).unwrap();
    let (code, stdout, _) = run(&data, &["summary", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(stdout.contains("Valmis liittymään"), "{stdout}");
}

#[test]
fn summary_warns_when_the_criteria_changed() {
    let data = TempDir::new("cli");
    let mut assessment = ready_assessment(&shipped_set());
    assessment.criteria.content_hash = "sha256:vanha".to_owned();
    let file = data.join("arvio.ron");
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();
    let (code, _, stderr) = run(&data, &["summary", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(
        stderr,
        "Kriteerien sanamuoto on muuttunut arvioinnin tekemisen jälkeen: tarkista vastaukset.\n"
    );
}

#[test]
fn help_exists_for_each_command_in_each_language() {
    let data = TempDir::new("cli");
    for (args, expected) in [
        (vec!["--help"], "Käyttö:"),
        (vec!["--help", "--lang", "sv"], "Användning:"),
        (vec!["-h", "--lang=en"], "Usage:"),
        (
            vec!["criteria", "check", "--help"],
            "Käyttö: terve-kunta criteria check",
        ),
        (
            vec!["summary", "--help", "--lang", "en"],
            "Usage: terve-kunta summary",
        ),
        (
            vec!["help", "summary", "--lang", "sv"],
            "Användning: terve-kunta summary",
        ),
    ] {
        let (code, stdout, stderr) = run(&data, &args);
        assert_eq!((code, stderr.as_str()), (0, ""), "{args:?}");
        assert!(stdout.contains(expected), "{args:?}: {stdout}");
    }
    let (code, stdout, _) = run(&data, &["--version"]);
    assert_eq!(
        (code, stdout),
        (0, format!("terve-kunta {}\n", env!("CARGO_PKG_VERSION")))
    );
}

#[test]
fn usage_mistakes_are_one_line() {
    let data = TempDir::new("cli");
    assert_one_line_error(
        &run(&data, &["raportti"]),
        r#"terve-kunta: virhe: tuntematon komento "raportti" (ohje: terve-kunta --help)"#,
    );
    assert_one_line_error(
        &run(&data, &["criteria", "check", "--lang", "en"]),
        "terve-kunta: error: give at least one criteria file (help: terve-kunta --help)",
    );
    assert_one_line_error(
        &run(&data, &["summary", "--lang", "xx", "a.ron"]),
        r#"terve-kunta: virhe: tuntematon kieli "xx": valitse fi, sv tai en (ohje: terve-kunta --help)"#,
    );
}

#[test]
fn report_writes_a_pdf_or_one_clear_line_and_nothing() {
    let data = TempDir::new("cli");
    let file = data.join("esimerkkila.ron");
    std::fs::write(&file, encode_assessment(&ready_assessment(&shipped_set()))).unwrap();
    let pdf = data.join("raportti.pdf");
    let (code, stdout, stderr) = report(&data, &file, &pdf);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(stdout.starts_with("Raportti kirjoitettu ("), "{stdout}");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-1.7"));

    // An output folder that does not exist: one line, exit 1, nothing written.
    let nowhere = data.join("ei-ole").join("raportti.pdf");
    assert_one_line_error(
        &run(
            &data,
            &[
                "report",
                file.to_str().unwrap(),
                "-o",
                nowhere.to_str().unwrap(),
                "--lang",
                "en",
            ],
        ),
        &format!(
            "terve-kunta: error: the report could not be written: the folder does not exist: {}",
            nowhere.display()
        ),
    );
    assert!(!nowhere.exists());

    // An unreadable input leaves an existing report untouched.
    let before = std::fs::read(&pdf).unwrap();
    let missing = data.join("puuttuu.ron");
    assert_one_line_error(
        &run(
            &data,
            &[
                "report",
                missing.to_str().unwrap(),
                "-o",
                pdf.to_str().unwrap(),
            ],
        ),
        &format!(
            "terve-kunta: virhe: tiedostoa ei löydy: {}",
            missing.display()
        ),
    );
    assert_eq!(std::fs::read(&pdf).unwrap(), before);
    let leftovers: Vec<_> = std::fs::read_dir(&data.0)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with(terve_kunta::storage::TEMP_PREFIX)
        })
        .collect();
    assert!(leftovers.is_empty());

    let (code, stdout, _) = run(&data, &["report", "--help"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("Käyttö: terve-kunta report"));
}

/// The two cases that once printed "Valmis liittymään": one blank council decision linked to
/// every criterion, and a committee's decision as the only evidence of the decision to join.
fn false_ready_cases(data: &TempDir) -> (std::path::PathBuf, std::path::PathBuf) {
    use terve_kunta::domain::EvidenceKind;
    use terve_kunta::domain::clock::SequentialIds;
    use terve_kunta::domain::evidence::{Body, EvidenceDetails};
    let set = shipped_set();
    let ids = SequentialIds::new("e");
    let mut blank = common::new_assessment(&set, &ids);
    let id = blank.add_evidence(
        EvidenceDetails::empty(EvidenceKind::Decision),
        None,
        &common::clock(),
        &ids,
    );
    for number in 1..=10 {
        blank.link(&common::tk(number), &id);
        set_status(&mut blank, number, Status::Met);
    }
    let mut committee = ready_assessment(&set);
    if let EvidenceDetails::Decision { body, .. } = &mut committee.evidence[0].details {
        *body = Body::Committee;
    }
    let (blank_file, committee_file) = (data.join("tyhja.ron"), data.join("lautakunta.ron"));
    std::fs::write(&blank_file, encode_assessment(&blank)).unwrap();
    std::fs::write(&committee_file, encode_assessment(&committee)).unwrap();
    (blank_file, committee_file)
}

#[test]
fn summary_says_not_ready_with_the_reason_for_a_blank_or_wrong_body_decision() {
    let data = TempDir::new("cli");
    let (blank, committee) = false_ready_cases(&data);

    let (code, stdout, stderr) = run(&data, &["summary", blank.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[2], "Ei vielä valmis: 10 kriteeriä puuttuu.");
    assert!(!stdout.contains("Valmis liittymään"));
    assert_eq!(
        lines[6],
        "    Puuttuu: Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä. \
         Päätökseltä puuttuu asia, kokouspäivä ja pykälä (§)."
    );

    let (code, stdout, _) = run(&data, &["summary", committee.to_str().unwrap()]);
    assert_eq!(code, 0);
    // Criteria 1, 2 and 10 take only a decision of the council or the board.
    assert!(
        stdout.contains("Ei vielä valmis: 3 kriteeriä puuttuu."),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Lautakunnan päätös ei riitä: tarvitaan valtuuston tai kunnan-/kaupunginhallituksen päätös."
        ),
        "{stdout}"
    );

    // JSON: a stable code per gap and per reason.
    let (code, stdout, _) = run(&data, &["summary", "--json", committee.to_str().unwrap()]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["ready"], false);
    let second = &json["criteria"][1];
    assert_eq!(second["gap"], "evidence_insufficient");
    assert_eq!(second["counts_as_met"], false);
    assert_eq!(
        second["requirement"],
        "Näytöksi käy valtuuston tai kunnan-/kaupunginhallituksen päätös."
    );
    let item = &second["evidence_items"][0];
    assert_eq!(item["counts"], false);
    assert_eq!(item["reasons"][0]["code"], "body_not_accepted");
    // Criterion 3 takes a committee's decision, by the assessor's judgement.
    let third = &json["criteria"][2];
    assert_eq!(third["gap"], serde_json::Value::Null);
    assert_eq!(third["evidence_items"][0]["judgement"], true);
}

#[test]
fn the_report_says_not_ready_with_the_reason_for_both_cases() {
    let data = TempDir::new("cli");
    let (blank, committee) = false_ready_cases(&data);
    for (file, reason) in [
        (
            &blank,
            "Päätökseltä puuttuu asia, kokouspäivä ja pykälä (§).",
        ),
        (
            &committee,
            "Lautakunnan päätös ei riitä: tarvitaan valtuuston tai kunnan-/kaupunginhallituksen päätös.",
        ),
    ] {
        let pdf = data.join("raportti.pdf");
        let (code, _, stderr) = report(&data, file, &pdf);
        assert_eq!((code, stderr.as_str()), (0, ""));
        let text = common::pdf_text(&pdf);
        assert!(text.contains("Ei vielä valmis"), "{file:?}");
        assert!(!text.contains("Valmis liittymään"), "{file:?}");
        assert!(text.contains(reason), "{file:?}: {text}");
        assert!(text.contains("Täyttyy, näyttö ei riitä"), "{file:?}");
    }
}

#[test]
fn the_console_program_runs_the_same_commands_the_same_way() {
    // On Windows `terve-kunta.exe` is a window program, which shells do not wait for; scripts
    // call `terve-kunta-cli.exe`. Both must print the same and exit the same.
    let data = TempDir::new("cli-console");
    let set = shipped_set();
    let ready = data.join("valmis.ron");
    std::fs::write(&ready, encode_assessment(&ready_assessment(&set))).unwrap();
    let broken = data.join("rikki.ron");
    std::fs::write(&broken, "Assessment(").unwrap();
    let (ready, broken) = (ready.to_str().unwrap(), broken.to_str().unwrap());
    let invocations: [&[&str]; 8] = [
        &["summary", ready],
        &["summary", ready, "--json", "--lang", "en"],
        &["verify", ready],
        &["summary", broken],
        &["criteria", "check", SHIPPED],
        &["criteria", "check", broken, "--lang", "sv"],
        &["sumary", ready],
        &["--version"],
    ];
    let cli = env!("CARGO_BIN_EXE_terve-kunta-cli");
    let mut codes = Vec::new();
    for args in invocations {
        let app = run(&data, args);
        assert_eq!(run_program(cli, &data, args), app, "{args:?}");
        codes.push(app.0);
    }
    assert_eq!(
        codes,
        [0, 0, 0, 1, 0, 1, 1, 0],
        "ready, intact, broken, usage"
    );

    // Without a command it starts the app beside it; alone in a folder it says so.
    let alone = TempDir::new("cli-alone");
    let copy = alone.join(&format!("terve-kunta-cli{}", std::env::consts::EXE_SUFFIX));
    std::fs::copy(cli, &copy).unwrap();
    let result = run_program(copy.to_str().unwrap(), &data, &["--lang", "en"]);
    assert_one_line_error(
        &result,
        &format!(
            "terve-kunta: error: the app could not be started: {} (no such file). terve-kunta-cli runs the commands; the window is the terve-kunta program in the same folder.",
            alone
                .join(&format!("terve-kunta{}", std::env::consts::EXE_SUFFIX))
                .display(),
        ),
    );
}

/// An assessment made against an older version of the set: `summary` names the newest
/// version in text and JSON, and still summarises against the version it was made against.
#[test]
fn summary_says_when_a_newer_version_of_the_criteria_exists() {
    let data = TempDir::new("cli");
    let previous = common::previous_set();
    let assessment = ready_assessment(&previous);
    let file = data.join("edellinen.ron");
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();

    let (code, stdout, stderr) = run(&data, &["summary", file.to_str().unwrap()]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(
        stdout.contains("(versio 2017-2020.2, 2017–2020)"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "Kriteeristöstä on uudempi versio 2017-2020.3; arviointi on tehty version 2017-2020.2 mukaan."
        ),
        "{stdout}"
    );
    assert!(stdout.contains("Valmis liittymään"), "{stdout}");

    let (code, stdout, _) = run(&data, &["summary", "--json", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["criteria_set"]["version"], "2017-2020.2");
    // It still reports and verifies against the version it was made against.
    let pdf = data.join("edellinen.pdf");
    let (code, _, stderr) = run(
        &data,
        &[
            "report",
            file.to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert!(common::pdf_text(&pdf).contains("2017-2020.2"));
    let (code, _, _) = run(&data, &["verify", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(json["criteria_set"]["newest_version"], "2017-2020.3");
    assert!(
        json["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w.as_str().unwrap().contains("uudempi versio 2017-2020.3")),
        "{stdout}"
    );
}

/// The people an application names, in `summary`'s text and JSON.
#[test]
fn summary_names_the_contact_person_the_elected_official_and_the_group() {
    use terve_kunta::domain::assessment::{Member, Person};
    let data = TempDir::new("cli");
    let mut assessment = ready_assessment(&shipped_set());
    assessment.contact_person = Person {
        name: "Aino Kettunen".to_owned(),
        title: "hyvinvointikoordinaattori".to_owned(),
        email: "aino.kettunen@esimerkkila.example".to_owned(),
        phone: String::new(),
    };
    assessment.steering_group = vec![Member {
        name: "Sari Voutilainen".to_owned(),
        role: "kunnanjohtaja, puheenjohtaja".to_owned(),
    }];
    let file = data.join("ihmiset.ron");
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();

    let (code, stdout, _) = run(&data, &["summary", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[2],
        "Terve Kunta -yhteyshenkilö: Aino Kettunen, hyvinvointikoordinaattori, aino.kettunen@esimerkkila.example"
    );
    assert_eq!(
        lines[3],
        "Ohjausryhmä: Sari Voutilainen (kunnanjohtaja, puheenjohtaja)"
    );
    assert!(
        !stdout.contains("\nVastuullinen luottamushenkilö: "),
        "none entered"
    );

    let (code, stdout, _) = run(&data, &["summary", "--json", file.to_str().unwrap()]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(
        json["contact_person"],
        serde_json::json!({
            "name": "Aino Kettunen",
            "title": "hyvinvointikoordinaattori",
            "email": "aino.kettunen@esimerkkila.example",
            "phone": "",
        })
    );
    assert_eq!(json["elected_official"], serde_json::Value::Null);
    assert_eq!(json["steering_group"][0]["name"], "Sari Voutilainen");
}

/// With `SOURCE_DATE_EPOCH` set, as reproducible-build tools set it, the report is dated by
/// it (the printed date and the PDF's dates) and two runs write the same bytes; without it,
/// the report is dated today.
#[test]
fn source_date_epoch_dates_the_report_and_two_runs_give_the_same_bytes() {
    let data = TempDir::new("cli-epoch");
    let file = data.join("esimerkkila.ron");
    std::fs::write(&file, encode_assessment(&ready_assessment(&shipped_set()))).unwrap();
    let report_at = |name: &str, epoch: Option<&str>| {
        let pdf = data.join(name);
        let mut command = Command::new(env!("CARGO_BIN_EXE_terve-kunta"));
        command
            .args([
                "report",
                file.to_str().unwrap(),
                "-o",
                pdf.to_str().unwrap(),
            ])
            .env(DATA_DIR_ENV, &data.0)
            .env("TZ", "Europe/Helsinki");
        match epoch {
            Some(epoch) => command.env("SOURCE_DATE_EPOCH", epoch),
            None => command.env_remove("SOURCE_DATE_EPOCH"),
        };
        let output = command.output().unwrap();
        assert!(output.status.success(), "{output:?}");
        pdf
    };
    // 2026-11-17 22:30 UTC is already the 18th in Finland.
    let first = report_at("1.pdf", Some("1794954600"));
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let second = report_at("2.pdf", Some("1794954600"));
    assert!(
        std::fs::read(&first).unwrap() == std::fs::read(&second).unwrap(),
        "two runs, other bytes"
    );
    let info = common::pdf_tool("pdfinfo", &["-isodates"], &first);
    assert!(
        info.contains("CreationDate:    2026-11-17T22:30:00Z"),
        "{info}"
    );
    let meta = common::pdf_tool("pdfinfo", &["-meta"], &first);
    assert!(meta.contains("<xmp:CreateDate>2026-11-17T22:30:00Z</xmp:CreateDate>"));
    let text = common::pdf_text(&first);
    assert!(text.contains("Laadittu 18.11.2026"), "{text}");

    // Not set, or not a number of seconds: today.
    for epoch in [None, Some("eilen")] {
        let today = report_at("3.pdf", epoch);
        let text = common::pdf_text(&today);
        assert!(!text.contains("Laadittu 18.11.2026"), "{text}");
    }
}

/// An assessment with four actions: done long ago, overdue (a formula), in 2099 (with a
/// semicolon), and without a due date; in `data`.
fn assessment_with_actions(data: &TempDir) -> std::path::PathBuf {
    use terve_kunta::domain::assessment::Action;
    use terve_kunta::domain::dates::Date;
    let file = data.join("esimerkkila.ron");
    let mut assessment = ready_assessment(&shipped_set());
    let action = |what: &str, who: &str, due: Option<Date>, done: bool| Action {
        what: what.to_owned(),
        who: who.to_owned(),
        due,
        done,
    };
    let add = |assessment: &mut terve_kunta::domain::assessment::Assessment, n, a| {
        let id = terve_kunta::domain::CriterionId(format!("TK-{n:02}"));
        assessment.answer_mut(&id).actions.push(a);
    };
    add(
        &mut assessment,
        8,
        action(
            "Kysely; kaksi kierrosta",
            "Kaisa",
            Some(Date::constant(2099, 2, 1)),
            false,
        ),
    );
    add(
        &mut assessment,
        6,
        action(
            "=HYPERLINK(\"https://x.example\")",
            "Talous",
            Some(Date::constant(2001, 10, 1)),
            false,
        ),
    );
    add(
        &mut assessment,
        2,
        action("Ilman määräaikaa", "", None, false),
    );
    add(
        &mut assessment,
        3,
        action(
            "Tehty\ntoinen rivi",
            "Kaisa",
            Some(Date::constant(2001, 1, 1)),
            true,
        ),
    );
    std::fs::write(&file, encode_assessment(&assessment)).unwrap();
    file
}

/// `actions`: every criterion's actions by due date (those without one last), each on one
/// line with its state on today's date.
#[test]
fn actions_lists_the_plan_by_due_date() {
    let data = TempDir::new("cli-actions");
    let file = assessment_with_actions(&data);
    let path = file.to_str().unwrap();

    let (code, stdout, stderr) = run(&data, &["actions", path]);
    assert_eq!((code, stderr.as_str()), (0, ""));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines[0],
        "Toimenpidesuunnitelma: Esimerkkilä (999): 4 toimenpidettä, 1 myöhässä"
    );
    assert_eq!(
        lines[1],
        "1.1.2001    tehty      Kriteeri 3: Tehty toinen rivi (vastuu: Kaisa)"
    );
    assert!(
        lines[2].starts_with("1.10.2001   myöhässä   Kriteeri 6: =HYPERLINK"),
        "{stdout}"
    );
    assert!(
        lines[3].starts_with("1.2.2099    kesken     Kriteeri 8: Kysely"),
        "{stdout}"
    );
    assert_eq!(
        lines[4],
        "–           kesken     Kriteeri 2: Ilman määräaikaa"
    );
    assert_eq!(lines.len(), 5);
}

/// `actions --csv`: for spreadsheets, to the output or, with a byte order mark, to a file;
/// text that a spreadsheet would run as a formula is defused, separators and line breaks
/// quoted; `-o` needs `--csv`, and `--csv` belongs to `actions` only.
#[test]
fn actions_writes_csv_for_spreadsheets() {
    let data = TempDir::new("cli-actions-csv");
    let file = assessment_with_actions(&data);
    let path = file.to_str().unwrap();
    let (code, csv, _) = run(&data, &["actions", path, "--csv", "--lang", "sv"]);
    assert_eq!(code, 0);
    let expected = "Kriterium;Kriteriets namn;Åtgärd;Ansvar;Senast;Status\n\
        3;Sektorsövergripande grupp;\"Tehty\ntoinen rivi\";Kaisa;2001-01-01;gjort\n\
        6;Tillräckliga resurser;\"'=HYPERLINK(\"\"https://x.example\"\")\";Talous;2001-10-01;försenad\n\
        8;Samarbete och delaktighet;\"Kysely; kaksi kierrosta\";Kaisa;2099-02-01;pågår\n\
        2;Beslut om anslutning;Ilman määräaikaa;;;pågår\n";
    assert_eq!(csv, expected);

    let out = data.join("toimenpiteet.csv");
    let out_path = out.to_str().unwrap();
    let (code, stdout, _) = run(
        &data,
        &["actions", path, "--csv", "--lang", "sv", "-o", out_path],
    );
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        format!("Åtgärdsplanen skrevs (4 rader): {out_path}\n")
    );
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..3], b"\xEF\xBB\xBF", "a byte order mark");
    assert_eq!(String::from_utf8(bytes[3..].to_vec()).unwrap(), expected);

    assert_one_line_error(
        &run(&data, &["actions", path, "-o", out_path]),
        "terve-kunta: virhe: -o kirjoittaa CSV-tiedoston: anna myös --csv (ohje: terve-kunta --help)",
    );
    assert_one_line_error(
        &run(&data, &["summary", path, "--csv"]),
        "terve-kunta: virhe: valinta --csv ei kuulu komentoon summary (ohje: terve-kunta --help)",
    );
    let (code, help, _) = run(&data, &["actions", "--help", "--lang", "en"]);
    assert_eq!(code, 0);
    assert!(
        help.starts_with("Usage: terve-kunta actions ASSESSMENT [--csv"),
        "{help}"
    );
}
