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
use terve_kunta::domain::dates::{Date, Timestamp, format_date};
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
    // "LUONNOS" on every page of the draft.
    let pages = pages_text(&draft);
    assert!(pages.len() > 3);
    for (number, page) in pages.iter().enumerate() {
        assert!(page.contains("LUONNOS"), "page {}: {page}", number + 1);
    }

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
    assert!(!text.contains("LUONNOS"), "on none of a finalised one");
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

    // A seal that no longer matches is no finalisation: a draft again, in Swedish too.
    assessment.answer_mut(&tk(3)).justification = "Muutettu sinetöinnin jälkeen".to_owned();
    let broken = dir.join("rikki.pdf");
    std::fs::write(
        &broken,
        render(&input(&assessment, &set, Lang::Sv)).unwrap(),
    )
    .unwrap();
    for page in pages_text(&broken) {
        assert!(page.contains("UTKAST"), "{page}");
    }
}

/// The text of each page.
fn pages_text(pdf: &Path) -> Vec<String> {
    (1..=bytes_pages(pdf))
        .map(|page| {
            let page = page.to_string();
            squeeze(&tool("pdftotext", &["-f", &page, "-l", &page], pdf))
        })
        .collect()
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
    let catalog = objects(&pdf)
        .into_iter()
        .find(|object| object["/Type"] == "/Catalog")
        .unwrap();
    let intent = &catalog["/OutputIntents"][0];
    assert_eq!(intent["/S"], "/GTS_PDFA1", "an output intent");
    assert_eq!(
        pdf_string(&intent["/OutputConditionIdentifier"]),
        "sRGB IEC61966-2.1",
        "an sRGB profile"
    );
    // qpdf --check fails (and the helper with it) on any structural error.
    let check = common::pdf_tool("qpdf", &["--check"], &pdf);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{check}"
    );
    // The same input gives the same bytes, font names and document id included.
    let again = render(&input(&assessment, &set, Lang::Fi)).unwrap();
    assert!(again == bytes, "the same input, other bytes");
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
    // 300 items with long subjects: each in full in the register, by number on its
    // criterion's page.
    assert!((20..=120).contains(&pages.len()), "{} pages", pages.len());
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

/// An element of the structure tree as `pdfinfo -struct-text` prints it: its type, the text
/// of its own content, its attribute lines and its children.
#[derive(Debug, Default)]
struct Node {
    tag: String,
    text: String,
    attributes: Vec<String>,
    kids: Vec<Node>,
}

impl Node {
    /// This node and every node under it, depth first, in reading order.
    fn all(&self) -> Vec<&Node> {
        let mut all = vec![self];
        for kid in &self.kids {
            all.extend(kid.all());
        }
        all
    }

    /// All text under this node, in reading order, a space between elements.
    fn full_text(&self) -> String {
        let mut text = self.text.clone();
        for kid in &self.kids {
            text.push(' ');
            text.push_str(&kid.full_text());
        }
        text
    }
}

/// The structure tree, read back with poppler: each line is an element (`H2 (block)`,
/// `TH:`), a string of content (`"Kriteerit"`), an attribute (`/Scope /Column`) or an
/// annotation (`Object 12 0`), indented two spaces a level.
fn structure_tree(pdf: &Path) -> Node {
    let printed = tool("pdfinfo", &["-struct-text"], pdf);
    let mut stack: Vec<(usize, Node)> = vec![(
        0,
        Node {
            tag: "(root)".to_owned(),
            ..Node::default()
        },
    )];
    let close_to = |stack: &mut Vec<(usize, Node)>, depth: usize| {
        while stack.len() > 1 && stack.last().unwrap().0 >= depth {
            let (_, node) = stack.pop().unwrap();
            stack.last_mut().unwrap().1.kids.push(node);
        }
    };
    for line in printed.lines().filter(|line| !line.trim().is_empty()) {
        let depth = (line.len() - line.trim_start().len()) / 2 + 1;
        let content = line.trim();
        if let Some(text) = content.strip_prefix('"') {
            close_to(&mut stack, depth);
            stack.last_mut().unwrap().1.text += text.strip_suffix('"').unwrap_or(text);
        } else if content.starts_with('/') || content.starts_with("Object ") {
            close_to(&mut stack, depth);
            stack
                .last_mut()
                .unwrap()
                .1
                .attributes
                .push(content.to_owned());
        } else {
            close_to(&mut stack, depth);
            let tag = content
                .split([' ', ':'])
                .next()
                .unwrap_or_default()
                .to_owned();
            stack.push((
                depth,
                Node {
                    tag,
                    ..Node::default()
                },
            ));
        }
    }
    close_to(&mut stack, 1);
    stack.pop().unwrap().1
}

/// Every object of the PDF as qpdf reads it (`qpdf --json`), with its dictionary.
fn objects(pdf: &Path) -> Vec<serde_json::Value> {
    let json = tool("qpdf", &["--json", "--json-key=qpdf"], pdf);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    json["qpdf"][1]
        .as_object()
        .unwrap()
        .values()
        .filter_map(|object| object.get("value").or_else(|| object["stream"].get("dict")))
        .cloned()
        .collect()
}

/// A PDF text string as qpdf's JSON writes it (`u:…` for text beyond ASCII).
fn pdf_string(value: &serde_json::Value) -> String {
    let text = value.as_str().unwrap_or_default();
    text.strip_prefix("u:")
        .or_else(|| text.strip_prefix("b:"))
        .unwrap_or(text)
        .to_owned()
}

/// A report a screen reader can follow: headings in order (H1 the report, H2 each part and
/// each criterion, H3 a criterion's parts), tables with header cells, lists, status marks
/// as figures with alternative text, the languages of the official text and its
/// translation, headers and footers as artifacts, and nothing on a page left out.
#[test]
fn the_report_is_tagged_for_screen_readers() {
    let set = shipped_set();
    let assessment = golden_v1();
    let dir = TempDir::new("report-tagged");
    let pdf = dir.join("raportti.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Sv)).unwrap()).unwrap();
    let info = tool("pdfinfo", &[], &pdf);
    assert!(info.contains("Tagged:          yes"), "{info}");

    let root = structure_tree(&pdf);
    assert_eq!(root.kids.len(), 1, "one Document element");
    let document = &root.kids[0];
    assert_eq!(document.tag, "Document");
    let headings: Vec<(String, String)> = document
        .all()
        .into_iter()
        .filter(|node| ["H1", "H2"].contains(&node.tag.as_str()))
        .map(|node| (node.tag.clone(), node.full_text().trim().to_owned()))
        .collect();
    let mut expected = vec![
        ("H1", "Självvärderingsrapport".to_owned()),
        ("H2", "Sammanfattning".to_owned()),
        ("H2", "Kriterierna".to_owned()),
    ];
    for criterion in &set.criteria {
        let title = criterion
            .short_title
            .get_or(Lang::Sv, set.official_language)
            .0;
        expected.push(("H2", format!("Kriterium {}: {title}", criterion.number)));
    }
    expected.extend([
        ("H2", "Bevisregister".to_owned()),
        ("H2", "Brister och åtgärder".to_owned()),
        ("H2", "Åtgärdsplan".to_owned()),
        ("H2", "Underskrifter".to_owned()),
        ("H2", "Bilagor och kontrollsummor".to_owned()),
    ]);
    let expected: Vec<(String, String)> = expected
        .into_iter()
        .map(|(tag, text)| (tag.to_owned(), text))
        .collect();
    assert_eq!(headings, expected);

    // Each criterion is a section: its heading, then its parts as H3.
    let sections: Vec<&Node> = document.kids.iter().filter(|n| n.tag == "Sect").collect();
    assert_eq!(sections.len(), set.criteria.len());
    for section in &sections {
        assert_eq!(section.kids[0].tag, "H2", "{section:?}");
        assert!(
            section
                .kids
                .iter()
                .any(|n| n.tag == "H3" && n.text == "Bevis"),
            "{section:?}"
        );
    }

    assert_tables(document, &set);
    assert_lists(document, &set);
    assert_every_word_is_tagged(document, &pdf);
    assert_figures_and_languages(&pdf, &set);
}

/// The overview and the manifest are tables whose first row is header cells.
fn assert_tables(document: &Node, set: &terve_kunta::domain::CriteriaSet) {
    let tables: Vec<&Node> = document
        .all()
        .into_iter()
        .filter(|n| n.tag == "Table")
        .collect();
    assert_eq!(
        tables.len(),
        3,
        "the overview, the action plan and the attachments"
    );
    let header = |table: &Node| -> Vec<String> {
        let row = &table.kids[0];
        assert_eq!(row.tag, "TR");
        row.kids
            .iter()
            .map(|cell| {
                assert_eq!(cell.tag, "TH", "{cell:?}");
                assert!(
                    cell.attributes.contains(&"/Scope /Column".to_owned()),
                    "{cell:?}"
                );
                cell.full_text().trim().to_owned()
            })
            .collect()
    };
    assert_eq!(
        header(tables[0]),
        ["Nr", "Kriterium", "Status", "Bevis", "Uppfyllt med bevis"]
    );
    assert_eq!(
        tables[0].kids.len(),
        1 + set.criteria.len(),
        "a row per criterion"
    );
    assert!(
        tables[0].kids[1..]
            .iter()
            .all(|row| row.kids.iter().all(|c| c.tag == "TD"))
    );
    assert_eq!(
        header(tables[1]),
        ["Nr", "Åtgärd", "Ansvar", "Senast", "Status"]
    );
    assert_eq!(header(tables[2]), ["Fil", "Storlek", "SHA-256"]);
}

/// Evidence and actions are lists of items.
fn assert_lists(document: &Node, set: &terve_kunta::domain::CriteriaSet) {
    let lists: Vec<&Node> = document
        .all()
        .into_iter()
        .filter(|n| n.tag == "L")
        .collect();
    assert!(lists.len() > set.criteria.len() / 2, "{}", lists.len());
    for list in lists {
        for item in &list.kids {
            assert_eq!(item.tag, "LI");
            assert_eq!(item.kids[0].tag, "LBody");
        }
    }
}

/// Headers, footers and repeated headings are artifacts; every other word on the pages is
/// in the tree.
fn assert_every_word_is_tagged(document: &Node, pdf: &Path) {
    let tagged = document.full_text();
    assert!(!tagged.contains("Sida 1 /"), "the footer is an artifact");
    assert!(
        !tagged.contains("(fortsätter)"),
        "a repeated heading is an artifact"
    );
    let tagged_words: std::collections::HashSet<&str> = tagged.split_whitespace().collect();
    let page_text = text_of(pdf);
    // (A link is an element of its own: a comma after it is read apart from it.)
    let untagged: Vec<&str> = page_text
        .split_whitespace()
        .filter(|word| {
            !tagged_words.contains(word) && !tagged_words.contains(word.trim_end_matches(','))
        })
        .collect();
    // The header and footer: "Esimerkkilä (999)", "UTKAST", "Terve Kunta
    // -självvärderingsrapport", "Upprättad 24.11.2026", "Sida 3 / 7"; and the pieces of an
    // address broken over lines.
    let header = [
        "(999)",
        "-självvärderingsrapport",
        "UTKAST",
        "Upprättad",
        "Sida",
        "/",
        "(fortsätter)",
    ];
    let urls: Vec<&str> = tagged_words
        .iter()
        .copied()
        .filter(|word| word.starts_with("https://"))
        .collect();
    let untagged: Vec<&&str> = untagged
        .iter()
        .filter(|word| !header.contains(word) && word.parse::<u32>().is_err())
        .filter(|word| **word != format_date(TODAY))
        .filter(|word| !urls.iter().any(|url| url.contains(**word)))
        .collect();
    assert!(untagged.is_empty(), "words outside the tree: {untagged:?}");
}

/// Figures say what their mark means; the official Finnish text and its Swedish translation
/// say their languages; the catalogue says the report is tagged and its title is shown.
fn assert_figures_and_languages(pdf: &Path, set: &terve_kunta::domain::CriteriaSet) {
    let objects = objects(pdf);
    let elements: Vec<&serde_json::Value> = objects
        .iter()
        .filter(|object| object["/Type"] == "/StructElem")
        .collect();
    let figures: Vec<String> = elements
        .iter()
        .filter(|element| element["/S"] == "/Figure")
        .map(|element| pdf_string(&element["/Alt"]))
        .collect();
    assert!(figures.iter().all(|alt| !alt.is_empty()), "{figures:?}");
    let second = set.criteria[1].number;
    assert!(
        figures.contains(&format!("Kriterium {second}: Uppfyllt med bevis")),
        "{figures:?}"
    );
    let langs: Vec<String> = elements
        .iter()
        .filter_map(|element| element.get("/Lang"))
        .map(pdf_string)
        .collect();
    assert!(langs.contains(&"fi-FI".to_owned()), "{langs:?}");
    assert!(langs.contains(&"sv-FI".to_owned()), "{langs:?}");
    let catalog = objects
        .iter()
        .find(|object| object["/Type"] == "/Catalog")
        .unwrap();
    assert_eq!(catalog["/MarkInfo"]["/Marked"], true);
    assert_eq!(catalog["/ViewerPreferences"]["/DisplayDocTitle"], true);
    assert_eq!(pdf_string(&catalog["/Lang"]), "sv-FI");
}

/// The areas of the link annotations, one per line of an address (from `/QuadPoints` where
/// an annotation has them, else its `/Rect`): (page from 1, rectangle, address, flags, has a
/// structure parent, the annotation's object).
type LinkArea = (usize, [f32; 4], String, i64, bool, String);

fn link_annotations(pdf: &Path) -> Vec<LinkArea> {
    let json = tool(
        "qpdf",
        &["--json", "--json-key=qpdf", "--json-key=pages"],
        pdf,
    );
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let page_of: std::collections::HashMap<String, usize> = json["pages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|page| {
            (
                page["object"].as_str().unwrap().to_owned(),
                usize::try_from(page["pageposfrom1"].as_u64().unwrap()).unwrap(),
            )
        })
        .collect();
    let numbers = |value: &serde_json::Value| -> Vec<f32> {
        value
            .as_array()
            .map(|array| {
                array
                    .iter()
                    .map(|v| {
                        #[expect(clippy::cast_possible_truncation, reason = "page coordinates")]
                        let v = v.as_f64().unwrap() as f32;
                        v
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut links: Vec<LinkArea> = json["qpdf"][1]
        .as_object()
        .unwrap()
        .iter()
        .filter_map(|(id, object)| object.get("value").map(|value| (id, value)))
        .filter(|(_, value)| value["/Subtype"] == "/Link")
        .flat_map(|(id, link)| {
            let rect = numbers(&link["/Rect"]);
            let quads = numbers(&link["/QuadPoints"]);
            // Upper left, upper right, lower left, lower right: left, bottom, right, top.
            let mut areas: Vec<[f32; 4]> =
                quads.chunks(8).map(|q| [q[0], q[5], q[2], q[1]]).collect();
            if areas.is_empty() {
                areas.push([rect[0], rect[1], rect[2], rect[3]]);
            }
            for area in &areas {
                assert!(
                    area[0] >= rect[0] - 0.01
                        && area[1] >= rect[1] - 0.01
                        && area[2] <= rect[2] + 0.01
                        && area[3] <= rect[3] + 0.01,
                    "{area:?} inside {rect:?}"
                );
            }
            let page = page_of[link["/P"].as_str().unwrap()];
            let uri = pdf_string(&link["/A"]["/URI"]);
            let flags = link["/F"].as_i64().unwrap();
            let structured = link["/StructParent"].is_i64();
            areas
                .into_iter()
                .map(move |area| (page, area, uri.clone(), flags, structured, id.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    links.sort_by(|a, b| a.0.cmp(&b.0).then(b.1[1].total_cmp(&a.1[1])));
    links
}

/// Minutes and web addresses are links that open them, over the printed address (also one
/// broken over three lines), printable, and part of the structure; the outline goes to the
/// cover, the overview, each criterion, the gaps, the signatures and the manifest.
#[test]
fn addresses_are_links_and_the_outline_goes_to_each_part() {
    let set = shipped_set();
    let mut assessment = assessment_with(&set, 2, 6);
    let web_page = "https://esimerkkila.example/hyvinvointi/terve-kunta";
    let id = assessment.add_evidence(
        EvidenceDetails::WebPage {
            title: "Terve Kunta Esimerkkilässä".to_owned(),
            url: web_page.to_owned(),
        },
        Some(Date::constant(2026, 11, 2)),
        &FixedClock::at(TODAY),
        &SequentialIds::new("w"),
    );
    assessment.link(&tk(9), &id);
    let dir = TempDir::new("report-links");
    let pdf = dir.join("raportti.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();

    let links = link_annotations(&pdf);
    let boxes = word_boxes(&pdf);
    let long_url = assessment
        .evidence
        .iter()
        .find_map(|evidence| match &evidence.details {
            EvidenceDetails::Decision { minutes_url, .. } if minutes_url.len() == 300 => {
                Some(minutes_url.clone())
            }
            _ => None,
        })
        .unwrap();
    for url in [
        long_url.as_str(),
        "https://esimerkkila.example/8/1",
        web_page,
    ] {
        let areas: Vec<_> = links.iter().filter(|link| link.2 == url).collect();
        assert!(!areas.is_empty(), "no link to {url}: {links:?}");
        for (page, rect, _, flags, structured, _) in &areas {
            assert_eq!(*flags, 4, "printable");
            assert!(structured, "part of the structure");
            assert!(
                rect[0] >= MARGIN - 0.5 && rect[2] <= PAGE_WIDTH - MARGIN + 0.5,
                "{rect:?}"
            );
            // The words under the rectangle are the address's.
            let under = words_under(&boxes[page - 1], *rect);
            assert!(!under.is_empty(), "nothing under the link to {url}");
            assert!(
                url.contains(under.trim_end_matches(',')),
                "{under} under {url}"
            );
        }
        // Together the areas cover the whole address, once for each item that has it.
        let covered: String = areas
            .iter()
            .map(|(page, rect, ..)| words_under(&boxes[page - 1], *rect))
            .map(|words| words.trim_end_matches(',').to_owned())
            .collect();
        assert_eq!(covered, url.repeat(covered.len() / url.len()));
        assert!(covered.len() >= url.len(), "{covered}");
    }
    let long_areas: Vec<&LinkArea> = links.iter().filter(|link| link.2 == long_url).collect();
    assert!(
        long_areas.len() >= 3,
        "one area per line: {}",
        long_areas.len()
    );
    // One annotation for the lines of one address on one page.
    let annotations: std::collections::HashSet<(usize, &str)> = long_areas
        .iter()
        .map(|area| (area.0, area.5.as_str()))
        .collect();
    assert!(annotations.len() < long_areas.len(), "{annotations:?}");

    assert_outline(&pdf, &set);
}

/// The words whose middle is inside `rect` (PDF coordinates, from the page's bottom).
fn words_under(words: &[(String, [f32; 4])], rect: [f32; 4]) -> String {
    words
        .iter()
        .filter(|(_, b)| {
            let (x, y) = (
                f32::midpoint(b[0], b[2]),
                PAGE_HEIGHT - f32::midpoint(b[1], b[3]),
            );
            x > rect[0] && x < rect[2] && y > rect[1] && y < rect[3]
        })
        .map(|(word, _)| word.as_str())
        .collect()
}

/// The outline: the parts at the top, the criteria under theirs (closed at first), each
/// going to the page its heading is on.
fn assert_outline(pdf: &Path, set: &terve_kunta::domain::CriteriaSet) {
    let json = tool("qpdf", &["--json", "--json-key=outlines"], pdf);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    let outline = json["outlines"].as_array().unwrap();
    let titles: Vec<String> = outline
        .iter()
        .map(|entry| entry["title"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        titles,
        [
            "Itsearviointiraportti: Esimerkkilä",
            "Tiivistelmä",
            "Kriteerit",
            "Näyttörekisteri",
            "Puutteet ja toimenpiteet",
            "Toimenpidesuunnitelma",
            "Allekirjoitukset",
            "Liitteet ja tarkisteet",
        ]
    );
    let criteria = outline[2]["kids"].as_array().unwrap();
    assert_eq!(criteria.len(), set.criteria.len());
    assert_eq!(outline[2]["open"], false);
    let mut entries: Vec<&serde_json::Value> = outline.iter().collect();
    entries.extend(criteria);
    let mut last_page = 0;
    for entry in entries.iter().skip(1) {
        let title = entry["title"].as_str().unwrap();
        let page = entry["destpageposfrom1"].as_u64().unwrap();
        let page_text = tool(
            "pdftotext",
            &["-f", &page.to_string(), "-l", &page.to_string()],
            pdf,
        );
        assert!(
            squeeze(&page_text).contains(title),
            "{title} on page {page}"
        );
        let top = entry["dest"][3].as_f64().unwrap();
        assert!(
            top > 64.0 && top <= f64::from(PAGE_HEIGHT),
            "{title}: {top}"
        );
        last_page = last_page.max(page);
    }
    assert_eq!(entries[0]["destpageposfrom1"], 1, "the cover");
    assert_eq!(last_page, bytes_pages(pdf) as u64, "the manifest is last");
}

/// The same input gives the same bytes: fonts are named and the document identified from
/// the input; another report date, or another assessment, gives other bytes and names.
#[test]
fn the_same_input_gives_the_same_bytes_and_another_other_bytes() {
    let set = shipped_set();
    let assessment = common::ready_assessment(&set);
    let dir = TempDir::new("report-reproducible");
    let write = |name: &str, input: &ReportInput<'_>| {
        let bytes = render(input).unwrap();
        let pdf = dir.join(name);
        std::fs::write(&pdf, &bytes).unwrap();
        let fonts: Vec<String> = tool("pdffonts", &[], &pdf)
            .lines()
            .skip(2)
            .map(|line| line.split_whitespace().next().unwrap().to_owned())
            .collect();
        let id = objects_trailer_id(&pdf);
        (bytes, fonts, id)
    };
    let first = write("1.pdf", &input(&assessment, &set, Lang::Fi));
    let second = write("2.pdf", &input(&assessment, &set, Lang::Fi));
    assert!(first.0 == second.0, "two renders differ");
    for font in &first.1 {
        let (tag, name) = font.split_once('+').unwrap();
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{font}"
        );
        assert!(name.starts_with("LiberationSans"), "{font}");
    }

    let mut later = input(&assessment, &set, Lang::Fi);
    later.generated = "2026-11-25T08:00:00Z".parse().unwrap();
    later.today = Date::constant(2026, 11, 25);
    let third = write("3.pdf", &later);
    assert!(third.0 != first.0);
    assert_ne!(third.2, first.2, "another document id");

    let mut changed = assessment.clone();
    changed.answer_mut(&tk(3)).status = Status::NotMet;
    let fourth = write("4.pdf", &input(&changed, &set, Lang::Fi));
    assert_ne!(fourth.1, first.1, "other subsets, other names");
    assert_ne!(fourth.2, first.2, "another document id");
}

/// The trailer's `/ID`, as qpdf reads it.
fn objects_trailer_id(pdf: &Path) -> String {
    let json = tool("qpdf", &["--json", "--json-key=qpdf"], pdf);
    let json: serde_json::Value = serde_json::from_str(&json).unwrap();
    json["qpdf"][1]["trailer"]["value"]["/ID"].to_string()
}

/// The action plan: every criterion's actions in one table by due date (those without one
/// last), the overdue ones (not done, due before the report's date) marked, a done one not,
/// and due today not yet late; the gaps page speaks to its readers, not to the app's user.
#[test]
fn the_action_plan_is_by_due_date_with_overdue_actions_marked() {
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    let action = |what: &str, due: Option<Date>, done: bool| Action {
        what: what.to_owned(),
        who: "Kaisa Kuvitelma".to_owned(),
        due,
        done,
    };
    // TODAY is 24.11.2026.
    let actions = [
        (
            8,
            action("Kuntalaiskysely", Some(Date::constant(2027, 2, 1)), false),
        ),
        (2, action("Ilman määräaikaa", None, false)),
        (
            6,
            action("Talousarvio", Some(Date::constant(2026, 10, 1)), false),
        ),
        (
            3,
            action("Tehty ajallaan", Some(Date::constant(2026, 9, 1)), true),
        ),
        (7, action("Määräpäivä tänään", Some(TODAY), false)),
        (
            1,
            action("Kokous", Some(Date::constant(2026, 11, 23)), false),
        ),
    ];
    for (number, action) in actions {
        assessment.answer_mut(&tk(number)).actions.push(action);
    }
    assessment.answer_mut(&tk(7)).status = Status::NotMet;
    let dir = TempDir::new("report-actions");
    let pdf = dir.join("raportti.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    let text = text_of(&pdf);
    let plan =
        &text[text.find("Toimenpidesuunnitelma").unwrap()..text.find("Allekirjoitukset").unwrap()];
    let rows = [
        "3 Tehty ajallaan Kaisa Kuvitelma 1.9.2026 tehty",
        "6 Talousarvio Kaisa Kuvitelma 1.10.2026 myöhässä",
        "1 Kokous Kaisa Kuvitelma 23.11.2026 myöhässä",
        "7 Määräpäivä tänään Kaisa Kuvitelma 24.11.2026 kesken",
        "8 Kuntalaiskysely Kaisa Kuvitelma 1.2.2027 kesken",
        "2 Ilman määräaikaa Kaisa Kuvitelma kesken",
    ];
    let mut from = 0;
    for row in rows {
        let at = plan[from..]
            .find(row)
            .unwrap_or_else(|| panic!("{row} after {from}: {plan}"));
        from += at + row.len();
    }
    assert_eq!(plan.matches("2026 myöhässä").count(), 2, "{plan}");

    // Overdue and done rows carry a mark that says so.
    let alts: Vec<String> = objects(&pdf)
        .iter()
        .filter(|object| object["/S"] == "/Figure")
        .map(|figure| pdf_string(&figure["/Alt"]))
        .collect();
    assert_eq!(
        alts.iter().filter(|alt| *alt == "myöhässä").count(),
        2,
        "{alts:?}"
    );
    assert!(alts.iter().any(|alt| alt == "tehty"), "{alts:?}");

    // The gaps page describes; it does not tell the reader what to click.
    let gaps = &text[text.find("Puutteet ja toimenpiteet").unwrap()..];
    assert!(gaps.contains("Ei täyty. 1 toimenpide kesken."), "{gaps}");
    for words in ["Kirjaa ", "Valitse ", "Arvioi kriteeri", "Lisää "] {
        assert!(!text.contains(words), "{words} in the report");
    }
}

/// The evidence register: every item once, numbered in the order the criteria first link it
/// (then items no criterion links), with the criteria it backs; a criterion's page names its
/// items by those numbers, so a decision that backs three criteria is printed in full once.
#[test]
fn the_evidence_register_prints_each_item_once_and_criteria_refer_to_it() {
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    let unlinked = assessment.add_evidence(
        EvidenceDetails::Other {
            description: "Hyvinvointikyselyn tulokset 2026".to_owned(),
        },
        Some(Date::constant(2026, 5, 4)),
        &FixedClock::at(TODAY),
        &SequentialIds::new("u"),
    );
    let dir = TempDir::new("report-register");
    let pdf = dir.join("raportti.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    // In reading order, as the structure gives it (pdftotext reads label and value columns
    // apart).
    let text = squeeze(&structure_tree(&pdf).full_text());
    let register = &text[text.find("Näyttörekisteri Jokainen").unwrap()
        ..text.find("Puutteet ja toimenpiteet").unwrap()];
    let criteria =
        &text[text.find("Kriteerit Kriteeri 1").unwrap()..text.find("Näyttörekisteri").unwrap()];

    // The board's decision backs criteria 1, 2, 3, 5 and 10: number 1, in full once.
    let decision = assessment
        .evidence
        .iter()
        .find(|e| matches!(e.details, EvidenceDetails::Decision { .. }))
        .unwrap();
    let summary = i18n::evidence_summary(Lang::Fi, decision);
    assert_eq!(text.matches(summary.as_str()).count(), 1, "{text}");
    assert!(
        register.contains(&format!("Näyttö 1: {summary}")),
        "{register}"
    );
    assert!(
        register.contains("Tukee kriteerejä 1, 2, 3, 5, 10"),
        "{register}"
    );
    let reference = i18n::report::evidence_reference(Lang::Fi, decision);
    assert_eq!(
        criteria.matches(&format!("Näyttö 1: {reference}")).count(),
        5,
        "{criteria}"
    );

    // Numbers follow the criteria's order; the item no criterion links comes last.
    let numbers: Vec<usize> = (1..=6)
        .filter_map(|n| register.find(&format!("Näyttö {n}: ")))
        .collect();
    assert_eq!(numbers.len(), 6, "{register}");
    assert!(
        numbers.windows(2).all(|pair| pair[0] < pair[1]),
        "{register}"
    );
    let last = &register[numbers[5]..];
    let description = assessment
        .evidence
        .iter()
        .find(|e| e.id == unlinked)
        .unwrap();
    assert!(
        last.contains(&i18n::evidence_summary(Lang::Fi, description)),
        "{last}"
    );
    assert!(
        last.contains("Tukee kriteerejä ei linkitetty kriteeriin"),
        "{last}"
    );
}

/// The page after the cover is what a steering group reads first: the verdict, the criteria at
/// a glance, the main gaps (those that weigh most, at most five, the rest counted) and the
/// coordinator's proposal, all on that one page.
#[test]
fn the_summary_page_has_the_verdict_the_main_gaps_and_the_proposal() {
    let set = shipped_set();
    let mut assessment = common::ready_assessment(&set);
    // 2: marked met, its evidence unlinked; 5 not met; 7 partly met; 3, 4, 6 and 9 not assessed.
    assessment.answer_mut(&tk(2)).evidence.clear();
    assessment.answer_mut(&tk(5)).status = Status::NotMet;
    assessment.answer_mut(&tk(7)).status = Status::PartlyMet;
    for number in [3, 4, 6, 9] {
        assessment.answer_mut(&tk(number)).status = Status::NotAssessed;
    }
    assessment.proposal = "Esitän, että Esimerkkilä hakee verkostoon, kun hyvinvointikertomus \
                           on hyväksytty.\n\nAikataulu vahvistetaan keväällä."
        .to_owned();
    let dir = TempDir::new("report-summary");
    let pdf = dir.join("raportti.pdf");
    std::fs::write(&pdf, render(&input(&assessment, &set, Lang::Fi)).unwrap()).unwrap();
    let pages = pages_text(&pdf);
    let summary = &pages[1];
    let mut from = 0;
    for part in [
        "Tiivistelmä",
        "Ei vielä valmis",
        "Kriteerit yhdellä silmäyksellä",
        "Keskeiset puutteet",
        // The weightiest first: met without evidence, not met, partly met, then not assessed
        // in the criteria's order.
        "– Kriteeri 2: ",
        "Merkitty täyttyväksi, mutta näyttö puuttuu.",
        "– Kriteeri 5: ",
        "Ei täyty.",
        "– Kriteeri 7: ",
        "Täyttyy osittain.",
        "– Kriteeri 3: ",
        "– Kriteeri 4: ",
        "Lisäksi 2 muuta puutetta: ks. ”Puutteet ja toimenpiteet”.",
        "Esitys ohjausryhmälle",
        "Esitän, että Esimerkkilä hakee verkostoon, kun hyvinvointikertomus on hyväksytty.",
        "Aikataulu vahvistetaan keväällä.",
    ] {
        let at = summary[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} after {from} in {summary}"));
        from += at + part.len();
    }
    for not_named in ["– Kriteeri 6: ", "– Kriteeri 9: ", "– Kriteeri 1: "] {
        assert!(!summary.contains(not_named), "{not_named} in {summary}");
    }
    // All of it on the one page: the criteria begin on the next.
    assert!(
        pages[2].contains("Kriteerit Kriteeri 1:"),
        "the page after the summary: {}",
        pages[2]
    );
    assert!(!pages[2].contains("Esitys ohjausryhmälle"), "{}", pages[2]);

    // Ready, in English, without a proposal: no gaps, and the summary says none was written.
    let ready = common::ready_assessment(&set);
    std::fs::write(&pdf, render(&input(&ready, &set, Lang::En)).unwrap()).unwrap();
    let summary = &pages_text(&pdf)[1];
    for part in [
        "Summary",
        "Ready to join",
        "The main gaps Every criterion is met and backed by evidence.",
        "Proposal to the steering group No proposal to the steering group has been written.",
    ] {
        assert!(summary.contains(part), "{part:?} in {summary}");
    }
}
