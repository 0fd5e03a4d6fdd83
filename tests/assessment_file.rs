//! The assessment file: round trips, refusals of what it must not misread.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use proptest::prelude::*;
use terve_kunta::domain::assessment::{
    Action, Answer, Assessment, Assessor, CriteriaRef, Municipality, SCHEMA_VERSION, Status,
};
use terve_kunta::domain::criteria::{CriterionId, SyntaxError};
use terve_kunta::domain::dates::{Date, Timestamp};
use terve_kunta::domain::evidence::{Body, Evidence, EvidenceDetails, EvidenceId};
use terve_kunta::storage::{
    LoadError, MAX_ASSESSMENT_FILE_BYTES, decode_assessment, encode_assessment,
};

/// Any text: every Unicode scalar value, control characters, quotes and backslashes included.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..12).prop_map(String::from_iter)
}

fn date() -> impl Strategy<Value = Date> {
    (1900_i16..2100, 1_i8..=12, 1_i8..=28).prop_map(|(y, m, d)| Date::constant(y, m, d))
}

fn timestamp() -> impl Strategy<Value = Timestamp> {
    (0_i64..4_102_444_800, 0_i32..1_000_000_000).prop_map(|(s, ns)| Timestamp::constant(s, ns))
}

fn details() -> impl Strategy<Value = EvidenceDetails> {
    prop_oneof![
        (
            prop::sample::select(Body::ALL.to_vec()),
            text(),
            text(),
            text(),
            text(),
            text()
        )
            .prop_map(
                |(body, body_name, subject, section, diary_number, minutes_url)| {
                    EvidenceDetails::Decision {
                        body,
                        body_name,
                        subject,
                        section,
                        diary_number,
                        minutes_url,
                    }
                }
            ),
        (text(), text(), text()).prop_map(|(person, role, appointed_by)| {
            EvidenceDetails::Appointment {
                person,
                role,
                appointed_by,
            }
        }),
        (text(), text(), prop::option::of(text())).prop_map(|(title, url, attachment)| {
            EvidenceDetails::Document {
                title,
                url,
                attachment,
            }
        }),
        (text(), text()).prop_map(|(title, url)| EvidenceDetails::WebPage { title, url }),
        (
            text(),
            prop::option::of(any::<i64>()),
            prop::option::of(any::<i32>())
        )
            .prop_map(|(purpose, amount_cents, year)| EvidenceDetails::Budget {
                purpose,
                amount_cents,
                year,
            }),
        text().prop_map(|description| EvidenceDetails::Other { description }),
    ]
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        text(),
        details(),
        prop::option::of(date()),
        timestamp(),
        text(),
    )
        .prop_map(|(id, details, date, recorded, note)| Evidence {
            id: EvidenceId(id),
            details,
            date,
            recorded,
            note,
        })
}

fn answer() -> impl Strategy<Value = Answer> {
    let action = (text(), text(), prop::option::of(date()), any::<bool>()).prop_map(
        |(what, who, due, done)| Action {
            what,
            who,
            due,
            done,
        },
    );
    (
        prop::sample::select(Status::ALL.to_vec()),
        prop::collection::vec(text().prop_map(EvidenceId), 0..3),
        text(),
        prop::collection::vec(action, 0..3),
    )
        .prop_map(|(status, evidence, justification, actions)| Answer {
            status,
            evidence,
            justification,
            actions,
        })
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        (text(), text(), text()),
        (text(), text(), text()),
        prop::collection::vec(
            (text(), text()).prop_map(|(name, role)| Assessor { name, role }),
            0..3,
        ),
        (timestamp(), timestamp()),
        prop::collection::btree_map(text().prop_map(CriterionId), answer(), 0..4),
        prop::collection::vec(evidence(), 0..4),
    )
        .prop_map(
            |(
                (id, name, code),
                (set_id, version, content_hash),
                assessors,
                (created, modified),
                answers,
                evidence,
            )| {
                Assessment {
                    schema_version: SCHEMA_VERSION,
                    id,
                    municipality: Municipality { name, code },
                    criteria: CriteriaRef {
                        id: set_id,
                        version,
                        content_hash,
                    },
                    assessors,
                    created,
                    modified,
                    answers,
                    evidence,
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn any_assessment_survives_a_round_trip(assessment in assessment()) {
        let text = encode_assessment(&assessment);
        prop_assert_eq!(decode_assessment(text.as_bytes()), Ok(assessment));
    }
}

fn sample() -> Assessment {
    common::ready_assessment(&common::shipped_set())
}

#[test]
fn a_sample_file_reads_like_a_document() {
    let text = encode_assessment(&sample());
    assert!(
        text.starts_with("Assessment(\n    schema_version: 1,\n"),
        "{text}"
    );
    assert!(text.contains("date: \"2020-11-17\","), "{text}");
    assert!(
        text.contains("\"TK-01\": Answer(\n            status: met,"),
        "{text}"
    );
    assert!(
        text.contains("details: Decision(\n                body: board,"),
        "{text}"
    );
}

#[test]
fn every_prefix_of_a_file_is_refused_or_whole() {
    let text = encode_assessment(&sample());
    let whole = text.trim_end().len();
    for end in (0..whole).filter(|&end| text.is_char_boundary(end)) {
        assert!(
            decode_assessment(&text.as_bytes()[..end]).is_err(),
            "prefix of {end} bytes"
        );
    }
}

#[test]
fn a_newer_file_is_refused_with_its_version() {
    let text = encode_assessment(&sample()).replace(
        "schema_version: 1,",
        "schema_version: 7,\n    new_field: (x: 1),",
    );
    assert_eq!(
        decode_assessment(text.as_bytes()),
        Err(LoadError::NewerVersion {
            found: 7,
            supported: 1
        })
    );
}

#[test]
fn a_criteria_file_is_not_an_assessment() {
    let (_, criteria) = terve_kunta::storage::BUILTIN_CRITERIA[0];
    assert_eq!(
        decode_assessment(criteria.as_bytes()),
        Err(LoadError::NotAnAssessment)
    );
    assert_eq!(
        decode_assessment(b"(name: \"x\")"),
        Err(LoadError::NotAnAssessment)
    );
}

#[test]
fn an_unknown_field_is_refused_not_dropped() {
    let text = encode_assessment(&sample())
        .replace("    id: \"e-1\",", "    id: \"e-1\",\n    colour: \"red\",");
    assert_eq!(
        decode_assessment(text.as_bytes()),
        Err(LoadError::Syntax {
            position: terve_kunta::domain::criteria::Position { line: 4, column: 5 },
            error: SyntaxError::UnknownField("colour".to_owned())
        })
    );
}

#[test]
fn an_unknown_status_is_refused() {
    let text = encode_assessment(&sample()).replacen("status: met", "status: almost", 1);
    assert!(matches!(
        decode_assessment(text.as_bytes()),
        Err(LoadError::Syntax {
            error: SyntaxError::UnknownVariant(name),
            ..
        }) if name == "almost"
    ));
}

#[test]
fn size_bom_and_encoding() {
    let huge = vec![b' '; MAX_ASSESSMENT_FILE_BYTES + 1];
    assert!(matches!(
        decode_assessment(&huge),
        Err(LoadError::TooLarge { .. })
    ));
    assert_eq!(decode_assessment(b""), Err(LoadError::Empty));
    assert_eq!(decode_assessment(b"  \n "), Err(LoadError::Empty));
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(encode_assessment(&sample()).as_bytes());
    assert_eq!(decode_assessment(&with_bom), Ok(sample()));
    assert!(matches!(
        decode_assessment(b"Assessment(\n schema_version: \xFF"),
        Err(LoadError::NotUtf8 { position }) if position.line == 2 && position.column == 18
    ));
}

#[test]
fn random_and_mutated_inputs_never_panic() {
    let original = encode_assessment(&sample()).into_bytes();
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut parsed_as_other = 0;
    for round in 0..2_000 {
        let mut bytes = original.clone();
        // Flip, insert or delete a few bytes.
        for _ in 0..=(next() % 4) {
            let at = usize::try_from(next() % bytes.len() as u64).unwrap();
            match next() % 3 {
                0 => bytes[at] = next().to_le_bytes()[0],
                1 => bytes.insert(at, next().to_le_bytes()[0]),
                _ => {
                    bytes.remove(at);
                }
            }
        }
        if let Ok(assessment) = decode_assessment(&bytes) {
            // A mutation can still be a valid file (a changed letter in a name); it must
            // then be a faithful reading of what the bytes say.
            if assessment != sample() {
                parsed_as_other += 1;
            }
            let again = encode_assessment(&assessment);
            assert_eq!(
                decode_assessment(again.as_bytes()),
                Ok(assessment),
                "round {round}"
            );
        }
    }
    // Most mutations break the file; some change a value and still parse.
    assert!(parsed_as_other < 1_000, "{parsed_as_other}");
}
