//! The criteria shipped with the app: complete, official and stable.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use terve_kunta::domain::Lang;
use terve_kunta::domain::criteria::EntityType;
use terve_kunta::format::criteria::{Problem, parse_criteria};
use terve_kunta::storage::BUILTIN_CRITERIA;

const SEED: &str = include_str!("data/seed-seinajoki-terve-kunta.txt");

/// The bullet lines of the seed page: the official list of joining criteria for municipalities.
fn seed_criteria() -> Vec<&'static str> {
    let start = SEED
        .find("Liittymisen kriteerit kunnille ovat seuraavat:")
        .expect("the seed lists the criteria");
    SEED[start..]
        .lines()
        .filter_map(|line| line.trim_start().strip_prefix("• "))
        .map(str::trim_end)
        .collect()
}

#[test]
fn shipped_criteria_load_without_errors_or_warnings() {
    for (name, text) in BUILTIN_CRITERIA {
        let outcome = parse_criteria(text);
        let set = outcome.set.as_ref().unwrap_or_else(|| panic!("{name}"));
        // The superseded format 1 version says only that it has no requirements.
        let expected = if set.format == 1 {
            vec![Problem::NoRequirements]
        } else {
            Vec::new()
        };
        let problems: Vec<Problem> = outcome.diagnostics.into_iter().map(|d| d.problem).collect();
        assert_eq!(problems, expected, "{name}");
    }
}

#[test]
fn the_current_set_states_a_requirement_for_every_criterion_and_the_legacy_set_stays() {
    let current = common::shipped_set();
    assert_eq!(current.format, 2);
    assert!(current.has_requirements());
    for criterion in &current.criteria {
        let requirement = criterion.requirement.as_ref().unwrap();
        // Each says in every language that it is the app's reading.
        for lang in Lang::ALL {
            let reading = requirement.reading.get(lang).unwrap();
            assert!(
                [
                    "sovelluksen tulkinta",
                    "programmets tolkning",
                    "the app's reading"
                ]
                .iter()
                .any(|words| reading.contains(words)),
                "{} ({lang:?}): {reading}",
                criterion.id
            );
        }
    }
    // The superseded versions stay shipped, each as it was.
    let previous = common::previous_set();
    assert_eq!(previous.version, "2017-2020.2");
    assert_eq!(previous.format, 2);
    let legacy = common::legacy_set();
    assert_eq!(legacy.version, "2017-2020.1");
    // 2017-2020.2 only added requirements to 2017-2020.1's words; 2017-2020.3 corrected
    // guidance and translations but kept the official wording and the requirements.
    for ((first, second), third) in legacy
        .criteria
        .iter()
        .zip(&previous.criteria)
        .zip(&current.criteria)
    {
        assert_eq!(first.text, second.text);
        assert_eq!(first.guidance, second.guidance);
        assert_eq!(second.requirement, third.requirement, "{}", third.id);
        assert_eq!(second.text.get(Lang::Fi), third.text.get(Lang::Fi));
    }
}

/// Criterion `number`'s guidance in `lang`.
fn guidance_of(set: &terve_kunta::domain::CriteriaSet, number: u32, lang: Lang) -> String {
    set.criteria[number as usize - 1]
        .guidance
        .get(lang)
        .unwrap()
        .to_owned()
}

/// Issue 12's corrections: criterion 7 cites the law in force, in every language.
#[test]
fn the_current_set_cites_the_law_in_force() {
    let set = common::shipped_set();
    assert_eq!(set.version, "2017-2020.3");
    let guidance = |number: u32, lang: Lang| guidance_of(&set, number, lang);
    // Criterion 7: the organising act's 6 § since 1.1.2023, the health care act's 12 § before;
    // a joint or regional report only when the municipality's own council dealt with it.
    for (lang, law, before, own_council) in [
        (
            Lang::Fi,
            "laki sosiaali- ja terveydenhuollon järjestämisestä (612/2021) 6 §",
            "terveydenhuoltolain (1326/2010) 12 §",
            "kun kunnan oma valtuusto on käsitellyt sen",
        ),
        (
            Lang::Sv,
            "6 § i lagen om ordnande av social- och hälsovård (612/2021)",
            "12 § i hälso- och sjukvårdslagen (1326/2010)",
            "när kommunens egen fullmäktige har behandlat den",
        ),
        (
            Lang::En,
            "section 6 of the Act on Organising Healthcare and Social Welfare Services (612/2021), in force since 1 January 2023",
            "section 12 of the Health Care Act (1326/2010)",
            "when the municipality's own council has dealt with it",
        ),
    ] {
        let text = guidance(7, lang);
        for words in [law, before, own_council] {
            assert!(text.contains(words), "{lang:?}: {words:?} in {text}");
        }
    }
    assert!(guidance(7, Lang::Fi).contains("1.1.2023"));
}

/// Issue 12's corrections: partners of today, Swedish as THL writes it, the set's sources.
#[test]
fn the_current_set_names_todays_partners_in_good_swedish_with_its_sources() {
    let set = common::shipped_set();
    let guidance = |number: u32, lang: Lang| guidance_of(&set, number, lang);
    // Criterion 3: the wellbeing services county; criterion 8: NGOs and businesses.
    for (lang, county, partners) in [
        (
            Lang::Fi,
            "Hyvinvointialueen edustaja",
            "järjestöjen, yhdistysten ja yritysten",
        ),
        (
            Lang::Sv,
            "representant för välfärdsområdet",
            "organisationer, föreningar och företag",
        ),
        (
            Lang::En,
            "wellbeing services county",
            "NGOs, associations and businesses",
        ),
    ] {
        assert!(guidance(3, lang).contains(county), "{lang:?}");
        assert!(guidance(8, lang).contains(partners), "{lang:?}");
    }
    // Swedish as THL writes it: no colloquial or misleading words, one word order.
    for criterion in &set.criteria {
        for text in [&criterion.text, &criterion.guidance, &criterion.short_title] {
            let swedish = text.get(Lang::Sv).unwrap();
            for wrong in [
                "duger",
                "i sin tur",
                "välfärd och hälsa",
                "förvaltningsområde",
                "promemoria",
            ] {
                assert!(!swedish.contains(wrong), "{}: {wrong:?}", criterion.id);
            }
        }
    }
    assert!(
        set.criteria[5]
            .text
            .get(Lang::Sv)
            .unwrap()
            .contains("den ansvariga förtroendevalda")
    );
    // Where the wording comes from and where the network publishes its criteria.
    assert_eq!(
        set.source.url.as_deref(),
        Some(
            "https://www.seinajoki.fi/seinajoki-jaseneksi-valtakunnalliseen-terve-kunta-verkostoon/"
        )
    );
    assert!(
        set.network_url
            .as_deref()
            .unwrap()
            .starts_with("https://thl.fi/")
    );
    for lang in Lang::ALL {
        assert!(
            set.changes
                .get(lang)
                .unwrap()
                .starts_with("Versio 2017-2020.3")
                || set
                    .changes
                    .get(lang)
                    .unwrap()
                    .starts_with("Version 2017-2020.3"),
            "{lang:?}"
        );
    }
}

#[test]
fn each_finnish_text_is_the_seeds_line_word_for_word() {
    let seed = seed_criteria();
    assert_eq!(seed.len(), 10, "the seed lists ten criteria");
    let set = common::shipped_set();
    assert_eq!(set.official_language, Lang::Fi);
    assert_eq!(set.criteria.len(), seed.len());
    for (criterion, line) in set.criteria.iter().zip(&seed) {
        assert_eq!(
            criterion.text.get(Lang::Fi),
            Some(*line),
            "criterion {}",
            criterion.number
        );
    }
}

#[test]
fn ids_and_numbers_are_stable() {
    let set = common::shipped_set();
    let ids: Vec<&str> = set.criteria.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "TK-01", "TK-02", "TK-03", "TK-04", "TK-05", "TK-06", "TK-07", "TK-08", "TK-09",
            "TK-10"
        ]
    );
    let numbers: Vec<u32> = set.criteria.iter().map(|c| c.number).collect();
    assert_eq!(numbers, (1..=10).collect::<Vec<_>>());
    assert_eq!(set.id, "terve-kunta-kunnat");
    assert_eq!(set.entity, EntityType::Municipality);
    assert_eq!((set.period.start, set.period.end), (2017, 2020));
}

#[test]
fn every_text_has_all_three_languages_and_evidence_kinds() {
    let set = common::shipped_set();
    assert_eq!(set.languages, Lang::ALL);
    for criterion in &set.criteria {
        for lang in Lang::ALL {
            for (field, text) in [
                ("short_title", &criterion.short_title),
                ("text", &criterion.text),
                ("guidance", &criterion.guidance),
            ] {
                let text = text.get(lang).unwrap_or_default();
                assert!(!text.trim().is_empty(), "{} {field} {lang}", criterion.id);
            }
        }
        assert!(!criterion.evidence_kinds.is_empty(), "{}", criterion.id);
    }
}

/// The hash is what assessments remember of their criteria. A change of wording must come
/// with a new `version` (a new file for a new network period); this test fails when the
/// content changes so that the change is made deliberately.
#[test]
fn content_hash_changes_only_deliberately() {
    let set = common::shipped_set();
    assert_eq!(set.version, "2017-2020.3");
    assert_eq!(
        set.content_hash(),
        "sha256:07b2ecf66c23e51faf14bbd92cd1e2b8d877d40d11db0f0336fd5706ccbb9f62"
    );
    // The superseded versions' hashes are what assessments made against them recorded.
    assert_eq!(
        common::previous_set().content_hash(),
        "sha256:ae273b62d3713d2a6fd4517033192453f74af6d1fc95cb023e147be3f80dd5f9"
    );
    assert_eq!(
        common::legacy_set().content_hash(),
        "sha256:9ec2b8a97c0d61f98beaa0cd6d908d3c28c76e81e397f089ba610ea893dddac8"
    );
}

#[test]
fn the_hash_ignores_layout_but_not_words() {
    let (_, text) = BUILTIN_CRITERIA[0];
    let original = common::shipped_set();
    let relaid = parse_criteria(&format!("// a comment\n{}", text.replace('\n', "\r\n")))
        .set
        .unwrap();
    assert_eq!(relaid.content_hash(), original.content_hash());
    let reworded = parse_criteria(&text.replace("ylimmälle johdolle", "johdolle"))
        .set
        .unwrap();
    assert_ne!(reworded.content_hash(), original.content_hash());
}

/// What changed between the shipped versions, criterion by criterion.
#[test]
fn the_versions_differ_where_the_change_notes_say() {
    use terve_kunta::domain::criteria::compare::{CriterionChange, Part, compare};
    let current = common::shipped_set();
    let previous = common::previous_set();
    let changes = compare(&previous, &current);
    let parts_of = |id: &str| {
        changes
            .iter()
            .find_map(|change| match change {
                CriterionChange::Changed { new, parts, .. } if new.id.as_str() == id => {
                    Some(parts.clone())
                }
                _ => None,
            })
            .unwrap_or_default()
    };
    // Guidance corrected for criteria 3, 7 and 8; requirements and numbers as they were.
    for id in ["TK-03", "TK-07", "TK-08"] {
        assert!(parts_of(id).contains(&Part::Guidance), "{id}");
    }
    for change in &changes {
        let CriterionChange::Changed { parts, .. } = change else {
            panic!("no criterion added or removed: {change:?}");
        };
        assert!(!parts.contains(&Part::Requirement));
        assert!(!parts.contains(&Part::Number));
    }
    // Version 1 had no requirements: every criterion's requirement differs from it.
    let first = common::legacy_set();
    assert_eq!(compare(&first, &current).len(), 10);
    // A criterion only in one version is added or removed, never dropped.
    let (_, text) = BUILTIN_CRITERIA[0];
    let renamed = parse_criteria(&text.replace("\"TK-10\"", "\"TK-11\""))
        .set
        .unwrap();
    let changes = compare(&current, &renamed);
    assert!(matches!(changes[..], [
        CriterionChange::Added(added),
        CriterionChange::Removed(removed),
    ] if added.id.as_str() == "TK-11" && removed.id.as_str() == "TK-10"));
    assert!(compare(&current, &current).is_empty());
}

#[test]
fn a_period_ends_after_its_last_year() {
    use terve_kunta::domain::dates::Date;
    let set = common::shipped_set();
    assert!(!set.period_has_ended(Date::constant(2020, 12, 31)));
    assert!(set.period_has_ended(Date::constant(2021, 1, 1)));
}
