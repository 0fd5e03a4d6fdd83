//! The PDF self-assessment report, read back with poppler (`pdftotext`, `pdfinfo`, `pdffonts`) and
//! checked with `qpdf`: content in every language, text inside the margins, metadata, fonts.
#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "tests fail loudly, also when a tool they need is missing"
)]

mod common;

use std::path::Path;

use common::{TODAY, TempDir, golden_v1, shipped_set, tk};
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Action, Assessment, Status};
use terve_kunta::domain::clock::{FixedClock, SequentialIds};
use terve_kunta::domain::dates::{Date, Timestamp};
use terve_kunta::domain::evidence::{Body, EvidenceDetails};
use terve_kunta::i18n;
use terve_kunta::report::{
    AttachmentCheck, MARGIN, ManifestEntry, PAGE_HEIGHT, PAGE_WIDTH, ReportInput, SourceFile,
    render,
};

fn generated() -> Timestamp {
    "2026-11-24T10:15:00Z".parse().unwrap()
}

fn input<'a>(
    assessment: &'a Assessment,
    set: &'a terve_kunta::domain::CriteriaSet,
    lang: Lang,
) -> ReportInput<'a> {
    let attachments = assessment
        .evidence
        .iter()
        .flat_map(|e| e.attachments.iter().map(move |a| (e, a)))
        .map(|(e, a)| ManifestEntry {
            evidence: e.id.clone(),
            name: a.original_name.clone(),
            size: a.size,
            sha256: a.sha256.clone(),
            check: AttachmentCheck::Intact,
        })
        .collect();
    ReportInput {
        assessment,
        set,
        lang,
        generated: generated(),
        today: TODAY,
        time_zone: jiff::tz::TimeZone::UTC,
        source: Some(SourceFile {
            name: "assessment.ron".to_owned(),
            sha256: "ab".repeat(32),
        }),
        attachments,
    }
}

fn tool(name: &str, args: &[&str], pdf: &Path) -> String {
    common::pdf_tool(name, args, pdf)
}

/// All text of the PDF with line ends and runs of spaces made single spaces.
fn text_of(pdf: &Path) -> String {
    common::pdf_text(pdf)
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_criterion_evidence_item_and_the_verdict_are_in_the_report_in_each_language() {
    let set = shipped_set();
    let assessment = golden_v1();
    let dir = TempDir::new("report");
    for lang in Lang::ALL {
        let bytes = render(&input(&assessment, &set, lang)).unwrap();
        let pdf = dir.join(&format!("raportti-{lang}.pdf"));
        std::fs::write(&pdf, &bytes).unwrap();
        let text = text_of(&pdf);
        let readiness = common::evaluate(&assessment, &set);
        assert!(
            text.contains(&squeeze(&i18n::verdict_sentence(lang, &readiness))),
            "{lang}: verdict"
        );
        for criterion in &set.criteria {
            let official = criterion.text.get(Lang::Fi).unwrap();
            assert!(
                text.contains(&squeeze(official)),
                "{lang}: official text of {}",
                criterion.id
            );
            let title = criterion.short_title.get(lang).unwrap();
            assert!(
                text.contains(&squeeze(&i18n::report::criterion_heading(
                    lang,
                    criterion.number,
                    title
                ))),
                "{lang}: {}",
                criterion.id
            );
            if lang != Lang::Fi {
                assert!(
                    text.contains(&squeeze(criterion.text.get(lang).unwrap())),
                    "{lang}: translation of {}",
                    criterion.id
                );
            }
        }
        for evidence in &assessment.evidence {
            let summary = i18n::evidence_summary(lang, evidence);
            assert!(
                text.contains(&squeeze(&summary)),
                "{lang}: evidence {summary}"
            );
        }
        assert!(text.contains("Kunnanhallitus 17.11.2020 § 46") || lang != Lang::Fi);
        assert!(
            text.contains("https://esimerkkila.fi/poytakirjat/kh-2020-11-17#46"),
            "{lang}: the minutes' link"
        );
        assert!(
            text.contains("0cb1baf86390e25e5bf9caa5d2f353bdb2fc2378ac5282dce9b5c28835b2cf20"),
            "{lang}: attachment hash"
        );
        assert!(text.contains(&"ab".repeat(32)), "{lang}: the file's hash");
        assert!(
            text.contains("KH pöytäkirja 17.11.2020.pdf"),
            "{lang}: attachment name"
        );
        assert!(text.contains("Varataan matkakulut"), "{lang}: actions");
        let pages = bytes_pages(&pdf);
        assert!(
            text.contains(&i18n::report::page_of(lang, pages, pages)),
            "{lang}: footer"
        );
        assert!(
            text.contains(&i18n::report::generated_on(lang, "24.11.2026")),
            "{lang}: date"
        );
        assert!(text.contains("Esimerkkilä (999)"), "{lang}: header");
    }
}

fn bytes_pages(pdf: &Path) -> usize {
    tool("pdfinfo", &[], pdf)
        .lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn the_verdict_sentence_when_ready_and_per_language_words() {
    let set = shipped_set();
    let assessment = common::ready_assessment(&set);
    let dir = TempDir::new("report");
    let pdf = dir.join("valmis.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Sv)).unwrap()).unwrap();
    let text = text_of(&pdf);
    assert!(
        text.contains(
            "Redo att ansluta sig: alla 10 kriterier är uppfyllda och styrkta med bevis."
        )
    );
    assert!(text.contains("Alla kriterier är uppfyllda och styrkta med bevis."));
    assert!(text.contains("Inofficiell översättning"));
}

#[test]
fn a_finalised_assessment_prints_its_seal_and_a_draft_says_it_is_one() {
    let set = shipped_set();
    let dir = TempDir::new("report-seal");
    let mut assessment = golden_v1();
    let draft = dir.join("luonnos.pdf");
    std::fs::write(&draft, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    let text = text_of(&draft);
    assert!(
        text.contains("Ei viimeistelty: luonnos, jota voi vielä muuttaa"),
        "{text}"
    );
    assert!(text.contains("Arviointia ei ollut viimeistelty, kun raportti laadittiin"));

    let clock = FixedClock {
        now: generated(),
        today: TODAY,
    };
    assessment.record(
        "Aino Kettunen",
        clock.now,
        terve_kunta::domain::history::Event::Created,
    );
    assessment.finalise("Aino Kettunen", &clock).unwrap();
    let seal = assessment.seal.clone().unwrap();
    let sealed = dir.join("sinetoity.pdf");
    std::fs::write(
        &sealed,
        render(&input(&assessment, &set, Lang::Fi)).unwrap(),
    )
    .unwrap();
    let text = text_of(&sealed);
    let when = i18n::audit::date_time(Lang::Fi, seal.at, &jiff::tz::TimeZone::UTC);
    assert!(
        text.contains(&format!("Viimeistelty {when} (Aino Kettunen)")),
        "{text}"
    );
    // Times are printed in the input's time zone (the clock's), whatever the host's is.
    let helsinki_winter = jiff::tz::TimeZone::fixed(jiff::tz::offset(2));
    let mut shifted = input(&assessment, &set, Lang::Fi);
    shifted.time_zone = helsinki_winter.clone();
    let shifted_pdf = dir.join("sinetoity-utc-2.pdf");
    std::fs::write(&shifted_pdf, render(&shifted).unwrap()).unwrap();
    let when_shifted = i18n::audit::date_time(Lang::Fi, seal.at, &helsinki_winter);
    assert_ne!(when, when_shifted);
    assert!(
        text_of(&shifted_pdf).contains(&format!("Viimeistelty {when_shifted} (Aino Kettunen)")),
        "printed in UTC+2"
    );
    // The whole seal, on one line, so that it can be compared with `terve-kunta verify`.
    assert!(
        text.contains(&format!("Sinetti (SHA-256) {}", seal.sha256)),
        "{text}"
    );
    assert!(text.contains("2 merkintää"), "{text}");
}

#[test]
fn metadata_fonts_and_structure() {
    let set = shipped_set();
    let assessment = golden_v1();
    let dir = TempDir::new("report");
    let pdf = dir.join("raportti.pdf");
    let bytes = render(&input(&assessment, &set, Lang::Fi)).unwrap();
    std::fs::write(&pdf, &bytes).unwrap();

    let info = tool("pdfinfo", &["-isodates"], &pdf);
    for expected in [
        "Title:           Itsearviointiraportti: Esimerkkilä",
        "Author:          Henna Hyvönen",
        "Subject:         Terve Kunta -verkoston liittymisen kriteerit kunnille",
        "CreationDate:    2026-11-24T10:15:00Z",
        "Encrypted:       no",
        "Metadata Stream: yes",
    ] {
        assert!(info.contains(expected), "{expected}\n{info}");
    }
    assert!(
        info.contains("Producer:        Terve Kunta -itsearviointi "),
        "{info}"
    );
    let meta = tool("pdfinfo", &["-meta"], &pdf);
    for expected in [
        "<pdfaid:part>2</pdfaid:part>",
        "<pdfaid:conformance>B</pdfaid:conformance>",
        "<xmp:CreateDate>2026-11-24T10:15:00Z</xmp:CreateDate>",
        "<rdf:li>fi-FI</rdf:li>",
        "Itsearviointiraportti: Esimerkkilä",
    ] {
        assert!(meta.contains(expected), "{expected}\n{meta}");
    }
    let fonts = tool("pdffonts", &[], &pdf);
    let font_lines: Vec<&str> = fonts.lines().skip(2).collect();
    assert_eq!(font_lines.len(), 2, "{fonts}");
    for line in font_lines {
        let columns: Vec<&str> = line.split_whitespace().collect();
        // emb, sub, uni: embedded, subset, with a Unicode map (text can be copied).
        assert_eq!(
            &columns[columns.len() - 5..columns.len() - 2],
            ["yes", "yes", "yes"],
            "{line}"
        );
    }
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/GTS_PDFA1"), "an output intent");
    assert!(raw.contains("sRGB IEC61966-2.1"), "an sRGB profile");
    // qpdf --check fails (and the helper with it) on any structural error.
    let check = common::pdf_tool("qpdf", &["--check"], &pdf);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    // The same input makes the same text on the same pages (printpdf names fonts at random,
    // so the bytes themselves differ).
    let again = dir.join("uudelleen.pdf");
    std::fs::write(&again, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    assert!(
        text_of(&again) == text_of(&pdf),
        "the same input, other words"
    );
}

#[test]
fn a_typical_report_is_small() {
    let set = shipped_set();
    let assessment = assessment_with(&set, 3, 80);
    let bytes = render(&input(&assessment, &set, Lang::Fi)).unwrap();
    assert!(bytes.len() < 100 * 1024, "{} bytes", bytes.len());
}

/// An assessment with `per_criterion` evidence items on every criterion, long texts, and a
/// link of 300 characters.
fn assessment_with(
    set: &terve_kunta::domain::CriteriaSet,
    per_criterion: usize,
    words: usize,
) -> Assessment {
    let clock = FixedClock::at(TODAY);
    let ids = SequentialIds::new("p");
    let mut assessment = common::new_assessment(set, &ids);
    let long_url = format!(
        "https://esimerkkila.example/paatoksenteko/{}",
        "hyvinvointi-ja-terveys/".repeat(12)
    );
    let long_url = &long_url[..300];
    let finnish = "Hyvinvoinnin ja terveyden edistämisen poikkihallinnollinen johtaminen edellyttää sitoutumista kaikilla hallinnonaloilla";
    let text: String = finnish
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
                subject: format!("{text} ({c}.{i})"),
                section: format!("{}", 10 + i),
                diary_number: format!("2025-{c:02}{i:03}"),
                minutes_url: if i == 0 {
                    long_url.to_owned()
                } else {
                    format!("https://esimerkkila.example/{c}/{i}")
                },
            };
            let id =
                assessment.add_evidence(details, Some(Date::constant(2025, 3, 1)), &clock, &ids);
            assessment.link(&criterion.id, &id);
        }
        let answer = assessment.answer_mut(&criterion.id);
        answer.status = if c % 3 == 0 {
            Status::PartlyMet
        } else {
            Status::Met
        };
        answer.justification.clone_from(&text);
        answer.actions.push(Action {
            what: text.clone(),
            who: "Hyvinvointikoordinaattori".to_owned(),
            due: Some(Date::constant(2027, 6, 30)),
            done: false,
        });
    }
    assessment.answer_mut(&tk(2)).status = Status::NotMet;
    assessment
}

/// Words and their boxes from `pdftotext -bbox`, per page.
fn word_boxes(pdf: &Path) -> Vec<Vec<(String, [f32; 4])>> {
    let html = tool("pdftotext", &["-bbox"], pdf);
    let mut pages = Vec::new();
    for line in html.lines() {
        let line = line.trim();
        if line.starts_with("<page ") {
            pages.push(Vec::new());
        } else if let Some(rest) = line.strip_prefix("<word ") {
            let attribute = |name: &str| -> f32 {
                let start = rest.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                let end = start + rest[start..].find('"').unwrap();
                rest[start..end].parse().unwrap()
            };
            let word = rest[rest.find('>').unwrap() + 1..rest.rfind("</word>").unwrap()].to_owned();
            let bbox = [
                attribute("xMin"),
                attribute("yMin"),
                attribute("xMax"),
                attribute("yMax"),
            ];
            pages.last_mut().unwrap().push((word, bbox));
        }
    }
    pages
}

#[test]
fn a_long_report_keeps_every_word_inside_the_margins_and_apart() {
    let set = shipped_set();
    let assessment = assessment_with(&set, 30, 45);
    let dir = TempDir::new("report");
    let pdf = dir.join("pitka.pdf");
    let bytes = render(&input(&assessment, &set, Lang::Fi)).unwrap();
    std::fs::write(&pdf, &bytes).unwrap();
    let pages = word_boxes(&pdf);
    if let Some(keep) = std::env::var_os("TK_KEEP_REPORT") {
        std::fs::copy(&pdf, keep).unwrap();
    }
    assert!((20..=80).contains(&pages.len()), "{} pages", pages.len());
    let tolerance = 0.5;
    let mut words = 0;
    for (number, page) in pages.iter().enumerate() {
        for (word, [x0, y0, x1, y1]) in page {
            words += 1;
            assert!(
                *x0 >= MARGIN - tolerance && *x1 <= PAGE_WIDTH - MARGIN + tolerance,
                "page {}: {word:?} at x {x0}–{x1} crosses a margin",
                number + 1
            );
            assert!(
                *y0 >= 30.0 && *y1 <= PAGE_HEIGHT - 30.0,
                "page {}: {word:?} off the page",
                number + 1
            );
        }
        // No two words overlap (boxes shrunk slightly: glyph boxes of neighbours touch).
        for (i, (a, [ax0, ay0, ax1, ay1])) in page.iter().enumerate() {
            for (b, [bx0, by0, bx1, by1]) in &page[i + 1..] {
                let overlap_x = ax1.min(*bx1) - ax0.max(*bx0);
                let overlap_y = ay1.min(*by1) - ay0.max(*by0);
                assert!(
                    overlap_x <= 0.8 || overlap_y <= 0.8,
                    "page {}: {a:?} overlaps {b:?}",
                    number + 1
                );
            }
        }
    }
    assert!(words > 10_000, "{words} words");
    // The 300-character link is there whole, broken over lines.
    let text: String = tool("pdftotext", &["-enc", "UTF-8"], &pdf)
        .split_whitespace()
        .collect();
    let url: String = format!(
        "https://esimerkkila.example/paatoksenteko/{}",
        "hyvinvointi-ja-terveys/".repeat(12)
    )[..300]
        .to_owned();
    // pdftotext joins a line that ends in "-" to the next without the hyphen (it takes it for
    // a word broken by hyphenation), so hyphens are compared apart from the characters.
    let unhyphenated = |text: &str| text.replace('-', "");
    assert!(unhyphenated(&text).contains(&unhyphenated(&url)));
    // A criterion that does not fit continues under its repeated heading.
    assert!(text_of(&pdf).contains("Kriteeri 1: Ylimmän johdon vastuu (jatkuu)"));
}

/// The cover says when the set's network period has ended by the report's date, with the
/// network's page; a report dated inside the period does not.
#[test]
fn the_cover_says_when_the_criteria_period_has_ended() {
    let set = shipped_set();
    let assessment = common::ready_assessment(&set);
    let dir = TempDir::new("report-period");
    let warning = "Kriteeristön verkostokausi 2017–2020 on päättynyt: uudemmat kriteerit voivat olla voimassa.";
    let url = set.network_url.clone().unwrap();
    let ended = dir.join("paattynyt.pdf");
    std::fs::write(&ended, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    let text = squeeze(&text_of(&ended));
    assert!(text.contains(warning), "{text}");
    let unbroken: String = text.split_whitespace().collect();
    assert!(unbroken.contains(&url), "the address, whole");
    // Dated inside the period (the evidence is then partly in the future, which does not
    // matter here): no warning.
    let mut within = input(&assessment, &set, Lang::Fi);
    within.today = Date::constant(2020, 12, 31);
    let inside = dir.join("kaudella.pdf");
    std::fs::write(&inside, render(&within).unwrap()).unwrap();
    assert!(!squeeze(&text_of(&inside)).contains("verkostokausi 2017–2020 on päättynyt"));
}

/// The cover names the contact person, the elected official and the steering group; the
/// signature block prints the group's chair and the contact person.
#[test]
fn the_cover_and_signatures_name_the_people() {
    use terve_kunta::domain::assessment::{Member, Person};
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    assessment.contact_person = Person {
        name: "Aino Kettunen".to_owned(),
        title: "hyvinvointikoordinaattori".to_owned(),
        ..Person::default()
    };
    assessment.elected_official = Person {
        name: "Ilkka Lehtola".to_owned(),
        title: "kunnanhallituksen puheenjohtaja".to_owned(),
        ..Person::default()
    };
    assessment.steering_group = vec![
        Member {
            name: "Elina Orava".to_owned(),
            role: "varapuheenjohtaja".to_owned(),
        },
        Member {
            name: "Sari Voutilainen".to_owned(),
            role: "kunnanjohtaja, puheenjohtaja".to_owned(),
        },
    ];
    let dir = TempDir::new("report-people");
    let pdf = dir.join("ihmiset.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    let text = squeeze(&text_of(&pdf));
    // The labels in one column, the values in the next (pdftotext reads column by column).
    let cover = &text[..text.find("Sivu 1 / ").unwrap()];
    assert!(
        cover.contains("Arvioijat Yhteyshenkilö Luottamushenkilö Ohjausryhmä Viimeistely"),
        "{cover}"
    );
    for expected in [
        "Aino Kettunen, hyvinvointikoordinaattori",
        "Ilkka Lehtola, kunnanhallituksen puheenjohtaja",
        "Elina Orava (varapuheenjohtaja), Sari Voutilainen (kunnanjohtaja, puheenjohtaja)",
    ] {
        assert!(cover.contains(expected), "{expected}\n{cover}");
    }
    // The signatures: the chair (not the vice-chair) and the contact person.
    let signatures = &text[text.rfind("Allekirjoitukset").unwrap()..];
    assert!(signatures.contains("Sari Voutilainen"), "{signatures}");
    assert!(signatures.contains("Aino Kettunen"), "{signatures}");
    assert!(!signatures.contains("Elina Orava"), "{signatures}");
}

/// The report's file checksum and the attachments' states are read from disk when exporting
/// (`export::report_input`), not given: the printed SHA-256 is the saved file's, and an
/// attachment changed or removed afterwards is printed as such.
#[test]
fn the_checksum_and_the_attachment_states_come_from_the_files_on_disk() {
    use sha2::{Digest as _, Sha256};
    let dir = TempDir::new("report-from-disk");
    let set = shipped_set();
    let source = dir.join("ptk.pdf");
    std::fs::write(&source, b"%PDF-1.7 kunnanhallitus 10.11.2025").unwrap();
    let mut assessment = golden_v1();
    for evidence in &mut assessment.evidence {
        evidence.attachments.clear();
    }
    let attachment =
        terve_kunta::storage::attachments::attach_file(&dir.0, &source, generated()).unwrap();
    let stored = dir.0.join(&attachment.path);
    assessment.evidence[0].attachments.push(attachment);
    let path = dir.join("assessment.ron");
    let bytes = terve_kunta::storage::encode_assessment(&assessment);
    std::fs::write(&path, &bytes).unwrap();
    let hash = terve_kunta::domain::digest::hex(&Sha256::digest(bytes.as_bytes()));

    let clock = common::clock();
    let report = |name: &str| {
        let input =
            terve_kunta::export::report_input(&assessment, &set, Some(&path), Lang::Fi, &clock);
        let pdf = dir.join(name);
        std::fs::write(&pdf, render(&input).unwrap()).unwrap();
        squeeze(&text_of(&pdf))
    };
    let text = report("ehja.pdf");
    assert!(text.contains(&hash), "the saved file's SHA-256");
    assert!(text.contains("ptk.pdf"), "{text}");
    assert!(!text.contains("ptk.pdf (muuttunut"), "intact");

    std::fs::write(&stored, b"%PDF-1.7 toinen sisalto").unwrap();
    let text = report("muuttunut.pdf");
    assert!(
        text.contains("ptk.pdf (muuttunut liittämisen jälkeen)"),
        "{text}"
    );
    std::fs::remove_file(&stored).unwrap();
    let text = report("puuttuu.pdf");
    assert!(text.contains("ptk.pdf (puuttuu)"), "{text}");
}
