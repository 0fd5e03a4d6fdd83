//! Table tests for the criteria loader: malformed and hostile files, each with the outcome
//! and, for problems, the exact line a user reads (position and message).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use terve_kunta::cli::diagnostic_line;
use terve_kunta::domain::Lang;
use terve_kunta::format::criteria::{
    LoadOutcome, MAX_CRITERIA_FILE_BYTES, Problem, Severity, SyntaxError, parse_criteria,
    parse_criteria_bytes,
};

/// A small valid set; the line numbers in the comments are used by the cases below.
const BASE: &str = r#"CriteriaSet(
    format: 2,
    id: "testi",
    version: "1",
    title: {"fi": "Testikriteerit", "sv": "Testkriterier", "en": "Test criteria"},
    period: (start: 2021, end: 2025),
    entity: "kunta",
    source: (name: "Testilähde"),
    official_language: "fi",
    languages: ["fi", "sv", "en"],
    criteria: [
        Criterion(
            id: "A-1",
            number: 1,
            short_title: {"fi": "Yksi", "sv": "Ett", "en": "One"},
            text: {"fi": "Ensimmäinen kriteeri", "sv": "Första kriteriet", "en": "First criterion"},
            guidance: {"fi": "Ohje", "sv": "Anvisning", "en": "Guidance"},
            evidence_kinds: ["decision", "document"], requirement: (reading: {"fi": "Tulkinta", "sv": "Tolkning", "en": "Reading"}, any_of: [(kind: "decision", bodies: ["council"])]),
        ),
        Criterion(
            id: "A-2",
            number: 2,
            short_title: {"fi": "Kaksi", "sv": "Två", "en": "Two"},
            text: {"fi": "Toinen kriteeri", "sv": "Andra kriteriet", "en": "Second criterion"},
            guidance: {"fi": "Ohje", "sv": "Anvisning", "en": "Guidance"},
            evidence_kinds: ["web_page"], requirement: (reading: {"fi": "Tulkinta", "sv": "Tolkning", "en": "Reading"}, any_of: [(kind: "web_page", within_months: 12)]),
        ),
    ],
)
"#;

/// `BASE` with one replacement, which must happen exactly once.
fn base_with(from: &str, to: &str) -> String {
    assert_eq!(
        BASE.matches(from).count(),
        1,
        "{from:?} occurs once in BASE"
    );
    BASE.replacen(from, to, 1)
}

/// The lines `criteria check` prints for the outcome's problems, in Finnish.
fn lines(outcome: &LoadOutcome) -> Vec<String> {
    outcome
        .diagnostics
        .iter()
        .map(|d| diagnostic_line(Lang::Fi, "k.ron", d))
        .collect()
}

fn assert_fails(outcome: &LoadOutcome, expected: &[&str]) {
    assert!(
        outcome.set.is_none(),
        "the set must not load: {:?}",
        lines(outcome)
    );
    assert_eq!(lines(outcome), expected);
}

#[test]
fn base_loads_cleanly() {
    let outcome = parse_criteria(BASE);
    assert_eq!(lines(&outcome), Vec::<String>::new());
    let set = outcome.set.unwrap();
    assert_eq!(set.criteria.len(), 2);
    assert_eq!(set.criteria[1].text.get(Lang::Sv), Some("Andra kriteriet"));
}

#[test]
fn truncated_file() {
    let cut = &BASE[..BASE.find("number: 2").unwrap()];
    let outcome = parse_criteria(cut);
    assert_fails(
        &outcome,
        // The last thing written before the cut.
        &["k.ron:21:23: virhe: tiedosto loppuu kesken: sulkeva sulje tai lainausmerkki puuttuu"],
    );
}

#[test]
fn every_prefix_of_the_base_file_fails_cleanly() {
    // Cutting only the final line end leaves a whole file; every shorter prefix is broken.
    let whole = BASE.trim_end().len();
    for end in (0..whole).filter(|&end| BASE.is_char_boundary(end)) {
        let outcome = parse_criteria(&BASE[..end]);
        assert!(outcome.set.is_none(), "prefix of {end} bytes must not load");
        assert!(
            outcome.errors().count() >= 1,
            "prefix of {end} bytes has an error"
        );
    }
}

#[test]
fn random_bytes_are_not_utf8() {
    let mut bytes = b"CriteriaSet(\n  id: \"x".to_vec();
    bytes.extend_from_slice(&[0xFF, 0xFE, 0x00, 0x9C]);
    let outcome = parse_criteria_bytes(&bytes);
    assert_fails(
        &outcome,
        &["k.ron:2:9: virhe: tiedosto ei ole UTF-8-tekstiä: tallenna se UTF-8-muodossa"],
    );
}

#[test]
fn random_text_is_a_syntax_error() {
    let outcome = parse_criteria("lorem ipsum dolor sit amet");
    assert_fails(
        &outcome,
        &["k.ron:1:1: virhe: rakenteen nimi on `lorem`, sen pitää olla `CriteriaSet`"],
    );
    let outcome = parse_criteria("42");
    assert_fails(&outcome, &["k.ron:1:1: virhe: tähän kuuluu avaava '('"]);
}

#[test]
fn binary_noise_never_panics() {
    // A deterministic stream of pseudo-random bytes (xorshift), in many lengths.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for length in [1, 2, 7, 64, 500, 4096, 65_536] {
        let bytes: Vec<u8> = (0..length)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state.to_le_bytes()[0]
            })
            .collect();
        let outcome = parse_criteria_bytes(&bytes);
        assert!(outcome.set.is_none());
        assert_eq!(
            outcome.errors().count(),
            1,
            "{length} bytes: one error, then stop"
        );
    }
}

#[test]
fn deep_nesting_stops_cleanly() {
    let deep = format!(
        "CriteriaSet(format: 1, extra: {}{})",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let outcome = parse_criteria(&deep);
    assert_eq!(outcome.diagnostics.len(), 1);
    assert_eq!(
        outcome.diagnostics[0].problem,
        Problem::Syntax(SyntaxError::TooDeep)
    );
    assert!(lines(&outcome)[0].ends_with(": virhe: rakenne on sisäkkäin liian syvällä"));

    let deep_value = format!("{}{}", "(".repeat(200_000), ")".repeat(200_000));
    assert!(parse_criteria(&deep_value).set.is_none());
}

#[test]
fn fifty_megabytes_are_refused_before_parsing() {
    let mut huge = BASE.as_bytes().to_vec();
    huge.resize(50 * 1024 * 1024, b' ');
    let outcome = parse_criteria_bytes(&huge);
    assert_fails(
        &outcome,
        &[&format!(
            "k.ron: virhe: tiedosto on liian suuri kriteeritiedostoksi (52428800 tavua, enintään {MAX_CRITERIA_FILE_BYTES})"
        )],
    );
}

#[test]
fn duplicate_id_names_both_places() {
    let outcome = parse_criteria(&base_with(r#"id: "A-2""#, r#"id: "A-1""#));
    assert_fails(
        &outcome,
        &[r#"k.ron:21:13: virhe: tunniste "A-1" on jo käytössä rivillä 13"#],
    );
}

#[test]
fn duplicate_number() {
    let outcome = parse_criteria(&base_with("number: 2", "number: 1"));
    assert_fails(
        &outcome,
        &["k.ron:22:13: virhe: numero 1 on jo käytössä rivillä 14"],
    );
}

#[test]
fn unknown_field_with_a_suggestion() {
    let text = base_with(
        r#"guidance: {"fi": "Ohje", "sv": "Anvisning", "en": "Guidance"},
            evidence_kinds: ["web_page"]"#,
        r#"guidence: {"fi": "Ohje", "sv": "Anvisning", "en": "Guidance"},
            evidence_kinds: ["web_page"]"#,
    );
    let outcome = parse_criteria(&text);
    assert_fails(
        &outcome,
        &[
            "k.ron:20:9: virhe: kriteeristä 2 puuttuu kenttä `guidance`",
            "k.ron:25:13: virhe: tuntematon kenttä `guidence` (tarkoititko `guidance`?)",
        ],
    );
}

#[test]
fn empty_official_text() {
    let outcome = parse_criteria(&base_with(r#""fi": "Toinen kriteeri""#, r#""fi": "   ""#));
    assert_fails(
        &outcome,
        &[
            "k.ron:24:20: virhe: virallinen teksti (fi) puuttuu tai on tyhjä: kriteerin teksti (`text`)",
        ],
    );
}

#[test]
fn missing_official_text() {
    let outcome = parse_criteria(&base_with(r#""fi": "Toinen kriteeri", "#, ""));
    assert_fails(
        &outcome,
        &[
            "k.ron:24:13: virhe: virallinen teksti (fi) puuttuu tai on tyhjä: kriteerin teksti (`text`)",
        ],
    );
}

#[test]
fn missing_translation_is_a_warning() {
    let outcome = parse_criteria(&base_with(r#", "sv": "Andra kriteriet""#, ""));
    assert!(
        outcome.set.is_some(),
        "a missing translation does not stop loading"
    );
    assert_eq!(outcome.diagnostics[0].severity, Severity::Warning);
    assert_eq!(
        lines(&outcome),
        ["k.ron:24:13: varoitus: käännös (sv) puuttuu: kriteerin teksti (`text`)"]
    );
}

#[test]
fn unknown_evidence_kind() {
    let outcome = parse_criteria(&base_with(
        r#"["decision", "document"]"#,
        r#"["decision", "minutes"]"#,
    ));
    assert_fails(
        &outcome,
        &[
            r#"k.ron:18:42: virhe: tuntematon näytön laji "minutes": sallitut ovat decision, appointment, document, web_page, budget ja other"#,
        ],
    );
}

#[test]
fn empty_set() {
    let start = BASE.find("criteria: [").unwrap();
    let end = BASE.rfind("],").unwrap();
    let text = format!("{}criteria: [{}", &BASE[..start], &BASE[end..]);
    let outcome = parse_criteria(&text);
    assert_fails(
        &outcome,
        &["k.ron:11:5: virhe: kriteeristössä ei ole yhtään kriteeriä"],
    );
}

#[test]
fn empty_file_and_comments_only() {
    for text in ["", "   \n\n", "// vain kommentti\n/* ja toinen */"] {
        assert_fails(
            &parse_criteria(text),
            &["k.ron: virhe: tiedosto on tyhjä: siinä ei ole kriteeristöä"],
        );
    }
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(BASE.as_bytes());
    let outcome = parse_criteria_bytes(&bytes);
    assert_eq!(lines(&outcome), Vec::<String>::new());
    assert!(outcome.set.is_some());
}

#[test]
fn crlf_line_ends_are_accepted_and_positions_stay_right() {
    let crlf = BASE.replace('\n', "\r\n");
    let outcome = parse_criteria(&crlf);
    assert_eq!(lines(&outcome), Vec::<String>::new());
    assert_eq!(outcome.set.unwrap(), parse_criteria(BASE).set.unwrap());

    let broken = base_with("number: 2", "number: 1").replace('\n', "\r\n");
    assert_fails(
        &parse_criteria(&broken),
        &["k.ron:22:13: virhe: numero 1 on jo käytössä rivillä 14"],
    );
}

#[test]
fn notepad_file_with_bom_and_crlf() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(BASE.replace('\n', "\r\n").as_bytes());
    let outcome = parse_criteria_bytes(&bytes);
    assert!(outcome.set.is_some(), "{:?}", lines(&outcome));
}

#[test]
fn newer_format_is_refused() {
    let outcome = parse_criteria(&base_with("format: 2", "format: 3"));
    assert_fails(
        &outcome,
        &[
            "k.ron:2:5: virhe: tiedostomuotoa 3 ei tunneta (tämä sovellus lukee muotoa 2); uudempi muoto vaatii uudemman sovelluksen",
        ],
    );
}

#[test]
fn wrong_type_points_at_the_value() {
    let outcome = parse_criteria(&base_with("number: 2", "number:\n      \"2\""));
    assert_fails(
        &outcome,
        &["k.ron:23:7: virhe: väärä arvo: tähän kuuluu kokonaislukua"],
    );
}

#[test]
fn missing_comma() {
    let outcome = parse_criteria(&base_with(r#"version: "1","#, r#"version: "1""#));
    assert_fails(&outcome, &["k.ron:5:5: virhe: pilkku puuttuu"]);
}

#[test]
fn unclosed_string() {
    let outcome = parse_criteria(&base_with(r#"id: "testi","#, r#"id: "testi,"#));
    assert!(outcome.set.is_none());
    assert_eq!(outcome.diagnostics.len(), 1);
}

#[test]
fn unknown_and_duplicate_languages() {
    let outcome = parse_criteria(&base_with(
        r#"{"fi": "Yksi", "sv": "Ett", "en": "One"}"#,
        r#"{"fi": "Yksi", "sv": "Ett", "en": "One", "de": "Eins", "fi": "Yksi taas"}"#,
    ));
    assert_fails(
        &outcome,
        &[
            r#"k.ron:15:67: varoitus: tuntematon kieli "de": sovellus tuntee kielet fi, sv ja en"#,
            r#"k.ron:15:81: virhe: kieli "fi" on annettu kahdesti"#,
        ],
    );
}

#[test]
fn official_language_must_be_listed() {
    let outcome = parse_criteria(&base_with(r#"["fi", "sv", "en"]"#, r#"["sv", "en"]"#));
    assert_fails(
        &outcome,
        &[r#"k.ron:10:5: virhe: virallinen kieli "fi" puuttuu luettelosta `languages`"#],
    );
}

#[test]
fn invalid_id() {
    let outcome = parse_criteria(&base_with(r#"id: "A-1""#, r#"id: "A 1/..""#));
    assert_fails(
        &outcome,
        &[
            r#"k.ron:13:13: virhe: tunniste "A 1/.." ei kelpaa: käytä vain kirjaimia A–Z, numeroita, viivaa, alaviivaa ja pistettä (enintään 64 merkkiä)"#,
        ],
    );
}

#[test]
fn wrong_struct_name() {
    let outcome = parse_criteria(&base_with("CriteriaSet(", "Criteria("));
    assert_fails(
        &outcome,
        &["k.ron:1:1: virhe: rakenteen nimi on `Criteria`, sen pitää olla `CriteriaSet`"],
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let text = base_with(r#"entity: "kunta","#, r#"entity: "kylä", colour: "red","#)
        .replace(r#"id: "A-2""#, r#"id: "A-1""#)
        .replace(r#"["web_page"]"#, r#"["web_page", "rumour"]"#);
    let outcome = parse_criteria(&text);
    assert_fails(
        &outcome,
        &[
            r#"k.ron:7:5: virhe: tuntematon jäsentyyppi "kylä": sallitut ovat "kunta" ja "kuntayhtymä""#,
            "k.ron:7:21: virhe: tuntematon kenttä `colour`",
            r#"k.ron:21:13: virhe: tunniste "A-1" on jo käytössä rivillä 13"#,
            r#"k.ron:26:42: virhe: tuntematon näytön laji "rumour": sallitut ovat decision, appointment, document, web_page, budget ja other"#,
        ],
    );
}

#[test]
fn messages_exist_in_every_language() {
    let outcome = parse_criteria(&base_with("number: 2", "number: 1"));
    let diagnostic = &outcome.diagnostics[0];
    assert_eq!(
        diagnostic_line(Lang::Sv, "k.ron", diagnostic),
        "k.ron:22:13: fel: nummer 1 används redan på rad 14"
    );
    assert_eq!(
        diagnostic_line(Lang::En, "k.ron", diagnostic),
        "k.ron:22:13: error: number 1 is already used on line 14"
    );
}

#[test]
fn a_users_own_network_loads_without_code_changes() {
    // Another network's criteria: two languages, a joint municipal authority, one criterion.
    let text = r#"
        #![enable(implicit_some)]
        CriteriaSet(
            format: 2,
            id: "oma-verkosto",
            version: "2025.1",
            title: {"fi": "Oman verkoston kriteerit", "sv": "Vårt nätverks kriterier"},
            period: (start: 2025, end: 2029),
            entity: "kuntayhtymä",
            source: (name: "Oma verkosto", url: "https://example.org/kriteerit"),
            official_language: "sv",
            languages: ["sv", "fi"],
            criteria: [(
                id: "OV-1",
                number: 1,
                short_title: {"sv": "Beslut", "fi": "Päätös"},
                text: {"sv": "Styrelsen har beslutat att ansluta sig", "fi": "Hallitus on päättänyt liittyä"},
                guidance: {"sv": "Protokollet", "fi": "Pöytäkirja"},
                evidence_kinds: ["decision"],
                requirement: (
                    reading: {"sv": "Styrelsens beslut", "fi": "Hallituksen päätös"},
                    any_of: [(kind: "decision", bodies: ["board"], within_council_terms: 1)],
                ),
            )],
        )
    "#;
    let outcome = parse_criteria(text);
    assert_eq!(lines(&outcome), Vec::<String>::new());
    let set = outcome.set.unwrap();
    assert_eq!(set.official_language, Lang::Sv);
    let requirement = set.criteria[0].requirement.as_ref().unwrap();
    assert_eq!(
        requirement.any_of[0].fresh,
        Some(terve_kunta::domain::criteria::Freshness::CouncilTerms(1))
    );
    assert!(set.is_translation(Lang::Fi));
    assert_eq!(
        set.source.url.as_deref(),
        Some("https://example.org/kriteerit")
    );
}

#[test]
fn the_format_documentations_example_loads() {
    let readme = include_str!("../criteria/README.md");
    let start = readme
        .find("```ron\n")
        .expect("the README has a RON example")
        + "```ron\n".len();
    let end = start + readme[start..].find("```").unwrap();
    let outcome = parse_criteria(&readme[start..end]);
    assert_eq!(lines(&outcome), Vec::<String>::new());
    let set = outcome.set.unwrap();
    assert_eq!(set.id, "oma-verkosto");
    assert_eq!(set.criteria[0].evidence_kinds.len(), 1);
}

/// A format 1 file (no requirements) still loads, and says what that means.
#[test]
fn a_format_1_file_loads_and_warns_that_any_evidence_counts() {
    let text = BASE
        .replacen("format: 2", "format: 1", 1)
        .replace(
            r#" requirement: (reading: {"fi": "Tulkinta", "sv": "Tolkning", "en": "Reading"}, any_of: [(kind: "decision", bodies: ["council"])]),"#,
            "",
        )
        .replace(
            r#" requirement: (reading: {"fi": "Tulkinta", "sv": "Tolkning", "en": "Reading"}, any_of: [(kind: "web_page", within_months: 12)]),"#,
            "",
        );
    let outcome = parse_criteria(&text);
    assert_eq!(
        lines(&outcome),
        [
            "k.ron:2:5: varoitus: muodon 1 tiedosto ei kerro, millainen näyttö täyttää kriteerit: mikä tahansa täydellinen ja kelvollinen näyttö riittää; muodossa 2 jokaisella kriteerillä on näyttövaatimus (`requirement`)"
        ]
    );
    let set = outcome.set.unwrap();
    assert_eq!(set.format, 1);
    assert!(set.criteria.iter().all(|c| c.requirement.is_none()));
    // A requirement in a format 1 file is refused where it stands.
    let outcome = parse_criteria(&BASE.replacen("format: 2", "format: 1", 1));
    assert_fails(
        &outcome,
        &[
            "k.ron:2:5: varoitus: muodon 1 tiedosto ei kerro, millainen näyttö täyttää kriteerit: mikä tahansa täydellinen ja kelvollinen näyttö riittää; muodossa 2 jokaisella kriteerillä on näyttövaatimus (`requirement`)",
            "k.ron:18:55: virhe: näyttövaatimus (`requirement`) vaatii tiedostomuodon 2: kirjoita alkuun `format: 2`",
            "k.ron:26:43: virhe: näyttövaatimus (`requirement`) vaatii tiedostomuodon 2: kirjoita alkuun `format: 2`",
        ],
    );
}

/// Every mistake in a requirement, each with its place.
#[test]
fn requirement_mistakes_are_named_with_their_place() {
    let cases: &[(&str, &str, &str)] = &[
        (
            r#"any_of: [(kind: "decision", bodies: ["council"])]"#,
            r#"any_of: [(kind: "decision", bodies: ["councel"])]"#,
            r#"k.ron:18:170: virhe: tuntematon toimielin "councel": sallitut ovat council, board, committee, management_group, official ja other"#,
        ),
        (
            r#"any_of: [(kind: "decision", bodies: ["council"])]"#,
            r#"any_of: [(kind: "decision", roles: ["koordinaattori"])]"#,
            r#"k.ron:18:161: virhe: kenttä `roles` ei koske näytön lajia "decision""#,
        ),
        (
            r#"any_of: [(kind: "decision", bodies: ["council"])]"#,
            r#"any_of: [(kind: "decision", approved_by: ["council"])]"#,
            r#"k.ron:18:161: virhe: kenttä `approved_by` ei koske näytön lajia "decision""#,
        ),
        (
            r#"any_of: [(kind: "decision", bodies: ["council"])]"#,
            "any_of: []",
            "k.ron:18:133: virhe: näyttövaatimuksessa ei ole yhtään vaihtoehtoa (`any_of` on tyhjä)",
        ),
        (
            r#"any_of: [(kind: "decision", bodies: ["council"])]"#,
            r#"any_of: [(kind: "decree")]"#,
            r#"k.ron:18:143: virhe: tuntematon näytön laji "decree": sallitut ovat decision, appointment, document, web_page, budget ja other"#,
        ),
        (
            r#"any_of: [(kind: "web_page", within_months: 12)]"#,
            r#"any_of: [(kind: "web_page", within_months: 12, within_council_terms: 1)]"#,
            "k.ron:26:149: virhe: anna joko `within_council_terms` tai `within_months`, ei molempia",
        ),
        (
            r#"any_of: [(kind: "web_page", within_months: 12)]"#,
            r#"any_of: [(kind: "web_page", within_months: 0)]"#,
            "k.ron:26:149: virhe: `within_months` ei voi olla 0: mikään näyttö ei täyttäisi sitä",
        ),
        (
            r#"any_of: [(kind: "web_page", within_months: 12)]"#,
            r#"any_of: [(kind: "appointment", roles: [" "])]"#,
            "k.ron:26:160: virhe: tyhjä tehtävänimike: jokainen nimike sisältäisi sen",
        ),
        (
            r#"any_of: [(kind: "web_page", within_months: 12)]"#,
            r#"any_of: [(kind: "web_page", within_month: 12)]"#,
            "k.ron:26:149: virhe: tuntematon kenttä `within_month` (tarkoititko `within_months`?)",
        ),
    ];
    for (from, to, expected) in cases {
        let outcome = parse_criteria(&base_with(from, to));
        assert_fails(&outcome, &[expected]);
    }
    // A format 2 criterion without a requirement.
    let outcome = parse_criteria(&base_with(
        r#" requirement: (reading: {"fi": "Tulkinta", "sv": "Tolkning", "en": "Reading"}, any_of: [(kind: "web_page", within_months: 12)]),"#,
        "",
    ));
    assert_eq!(outcome.errors().count(), 1, "{:?}", lines(&outcome));
    assert!(
        lines(&outcome)[0].contains("`requirement`"),
        "{:?}",
        lines(&outcome)
    );
}

/// Every address the app offers as a link must be a web address: a `file:` or `javascript:`
/// link in someone's criteria file is refused where it is written.
#[test]
fn addresses_must_be_web_addresses() {
    let text = base_with(
        r#"source: (name: "Testilähde"),"#,
        r#"source: (name: "Testilähde", url: "file:///etc/passwd"),
    network_url: "javascript:alert(1)",
    changes: {"fi": "Uusi versio", "sv": "Ny version", "en": "A new version"},"#,
    );
    let outcome = parse_criteria(&text);
    assert_fails(
        &outcome,
        &[
            r#"k.ron:8:34: virhe: "file:///etc/passwd" ei ole verkko-osoite: osoitteen pitää alkaa https:// tai http:// eikä siinä saa olla välilyöntejä"#,
            r#"k.ron:9:5: virhe: "javascript:alert(1)" ei ole verkko-osoite: osoitteen pitää alkaa https:// tai http:// eikä siinä saa olla välilyöntejä"#,
        ],
    );
    let good = parse_criteria(
        &text
            .replace("file:///etc/passwd", "https://lahde.example/kriteerit")
            .replace("javascript:alert(1)", "https://verkosto.example/"),
    );
    assert!(good.diagnostics.is_empty(), "{:?}", lines(&good));
    let set = good.set.unwrap();
    assert_eq!(
        set.source.url.as_deref(),
        Some("https://lahde.example/kriteerit")
    );
    assert_eq!(
        set.network_url.as_deref(),
        Some("https://verkosto.example/")
    );
    assert_eq!(set.changes.get(Lang::Sv), Some("Ny version"));
}
