//! The assessment file: round trips, refusals of what it must not misread.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use proptest::prelude::*;
use terve_kunta::domain::assessment::{
    Action, Answer, Assessment, Assessor, CriteriaRef, Member, Municipality, Person,
    SCHEMA_VERSION, Status,
};
use terve_kunta::domain::clock::FixedClock;
use terve_kunta::domain::criteria::CriterionId;
use terve_kunta::domain::dates::{Date, Timestamp};
use terve_kunta::domain::evidence::{Attachment, Body, Evidence, EvidenceDetails, EvidenceId};
use terve_kunta::domain::history::Event;
use terve_kunta::format::criteria::SyntaxError;
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
        (
            text(),
            text(),
            text(),
            prop::option::of(prop::sample::select(Body::ALL.to_vec()))
        )
            .prop_map(|(person, role, appointed_by, appointing_body)| {
                EvidenceDetails::Appointment {
                    person,
                    role,
                    appointed_by,
                    appointing_body,
                }
            }),
        (
            text(),
            text(),
            prop::option::of(prop::sample::select(Body::ALL.to_vec())),
            prop::option::of(date()),
            text()
        )
            .prop_map(|(title, url, approved_by, approved_on, approval_section)| {
                EvidenceDetails::Document {
                    title,
                    url,
                    approved_by,
                    approved_on,
                    approval_section,
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

fn attachment() -> impl Strategy<Value = Attachment> {
    (text(), text(), any::<u64>(), text(), timestamp()).prop_map(
        |(path, sha256, size, original_name, added)| Attachment {
            path,
            sha256,
            size,
            original_name,
            added,
        },
    )
}

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        text(),
        details(),
        prop::option::of(date()),
        timestamp(),
        text(),
        prop::collection::vec(attachment(), 0..2),
    )
        .prop_map(
            |(id, details, date, recorded, note, attachments)| Evidence {
                id: EvidenceId(id),
                details,
                date,
                recorded,
                to_check: note.len() % 2 == 1,
                note,
                attachments,
            },
        )
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
            previous: (justification.len() % 2 == 1).then_some(status),
            status,
            evidence,
            justification,
            actions,
        })
}

/// A contact person or elected official: often empty (left out of the file), else any text.
fn person() -> impl Strategy<Value = Person> {
    prop_oneof![
        Just(Person::default()),
        (text(), text(), text(), text()).prop_map(|(name, title, email, phone)| Person {
            name,
            title,
            email,
            phone,
        }),
    ]
}

fn assessment() -> impl Strategy<Value = Assessment> {
    (
        (text(), text(), text()),
        (text(), text(), text()),
        (
            prop::collection::vec(
                (text(), text()).prop_map(|(name, role)| Assessor { name, role }),
                0..3,
            ),
            person(),
            person(),
            prop::collection::vec(
                (text(), text()).prop_map(|(name, role)| Member { name, role }),
                0..3,
            ),
        ),
        (timestamp(), timestamp(), text()),
        prop::collection::btree_map(text().prop_map(CriterionId), answer(), 0..4),
        prop::collection::vec(evidence(), 0..4),
        (prop::collection::vec((text(), text()), 0..3), any::<bool>()),
    )
        .prop_map(
            |(
                (id, name, code),
                (set_id, version, content_hash),
                (assessors, contact_person, elected_official, steering_group),
                (created, modified, proposal),
                answers,
                evidence,
                (entries, sealed),
            )| {
                let mut assessment = Assessment {
                    schema_version: SCHEMA_VERSION,
                    id,
                    municipality: Municipality { name, code },
                    criteria: CriteriaRef {
                        id: set_id,
                        version,
                        content_hash,
                    },
                    assessors,
                    contact_person,
                    elected_official,
                    steering_group,
                    proposal,
                    origin: None,
                    group: terve_kunta::domain::group::GroupViews::default(),
                    created,
                    modified,
                    answers,
                    evidence,
                    history: Vec::new(),
                    seal: None,
                };
                for (who, reason) in entries {
                    assessment.record(&who, created, Event::Reopened { reason });
                }
                if sealed {
                    let clock = FixedClock {
                        now: modified,
                        today: Date::constant(2026, 11, 24),
                    };
                    let _ = assessment.finalise("Tarkastaja", &clock);
                }
                assessment
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
        text.starts_with("Assessment(\n    schema_version: 4,\n"),
        "{text}"
    );
    assert!(text.contains("date: \"2020-11-09\","), "{text}");
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
        "schema_version: 4,",
        "schema_version: 7,\n    new_field: (x: 1),",
    );
    assert_eq!(
        decode_assessment(text.as_bytes()),
        Err(LoadError::NewerVersion {
            found: 7,
            supported: 4
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
            position: terve_kunta::format::criteria::Position { line: 4, column: 5 },
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

const GOLDEN_V1: &str = include_str!("golden/v1/esimerkkila.ron");

/// Files written by every released schema version stay readable for good: this is version 1.
#[test]
fn the_version_1_golden_file_reads_as_it_was_written() {
    assert_eq!(
        decode_assessment(GOLDEN_V1.as_bytes()),
        Ok(common::golden_v1())
    );
}

#[test]
fn every_prefix_of_the_golden_file_is_refused_cleanly() {
    let whole = GOLDEN_V1.trim_end().len();
    for end in (0..whole).filter(|&end| GOLDEN_V1.is_char_boundary(end)) {
        assert!(
            decode_assessment(&GOLDEN_V1.as_bytes()[..end]).is_err(),
            "prefix of {end} bytes"
        );
    }
}

/// How many random and mutated inputs the robustness test feeds the decoder (100 000 by
/// default); `TK_ROBUSTNESS` changes it.
fn robustness_rounds() -> u64 {
    std::env::var("TK_ROBUSTNESS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

#[test]
fn random_and_mutated_files_never_panic() {
    let rounds = robustness_rounds();
    let original = GOLDEN_V1.as_bytes();
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let pieces: [&[u8]; 12] = [
        b"(",
        b")",
        b"[",
        b"]",
        b"{",
        b"}",
        b"\"",
        b",",
        b":",
        b"Some(",
        b"schema_version: 99,",
        b"r#\"",
    ];
    // Per kind of input (random bytes, printable text, RON tokens, the golden file mutated):
    // how many were refused and how many accepted.
    let (mut refused, mut accepted) = ([0_u64; 4], [0_u64; 4]);
    for round in 0..rounds {
        let kind = usize::try_from(round % 4).unwrap();
        let bytes: Vec<u8> = match round % 4 {
            // Random bytes, random printable text, random RON-ish tokens.
            0 => (0..next() % 2048)
                .map(|_| next().to_le_bytes()[0])
                .collect(),
            1 => (0..next() % 2048)
                .map(|_| b' ' + (next() % 95) as u8)
                .collect(),
            2 => (0..next() % 400)
                .flat_map(|_| {
                    pieces[usize::try_from(next() % 12).unwrap()]
                        .iter()
                        .copied()
                })
                .collect(),
            // The golden file with a few bytes flipped, inserted, removed or duplicated.
            _ => {
                let mut bytes = original.to_vec();
                for _ in 0..=next() % 6 {
                    let at = usize::try_from(next() % bytes.len() as u64).unwrap();
                    match next() % 4 {
                        0 => bytes[at] = next().to_le_bytes()[0],
                        1 => bytes.insert(at, next().to_le_bytes()[0]),
                        2 => {
                            bytes.remove(at);
                        }
                        _ => {
                            let end = (at + usize::try_from(next() % 64).unwrap()).min(bytes.len());
                            let copy = bytes[at..end].to_vec();
                            bytes.splice(at..at, copy);
                        }
                    }
                }
                bytes
            }
        };
        match decode_assessment(&bytes) {
            Ok(assessment) => {
                accepted[kind] += 1;
                // Whatever is accepted writes and reads back unchanged.
                let again = encode_assessment(&assessment);
                assert_eq!(
                    decode_assessment(again.as_bytes()),
                    Ok(assessment),
                    "round {round}"
                );
            }
            Err(_) => refused[kind] += 1,
        }
    }
    eprintln!("{rounds} inputs: refused {refused:?}, accepted {accepted:?} per kind, 0 panics");
    // Every kind of input reached the decoder's refusals, and mutated files also its
    // acceptance (a changed letter in a text is still a valid file), so both ways through
    // the decoder were taken; a decoder that refused everything would fail here.
    if rounds >= 1_000 {
        assert!(refused.iter().all(|&n| n > 0), "{refused:?}");
        assert!(accepted[3] > 0, "{accepted:?}");
    }
}

#[test]
fn a_newer_file_that_this_app_can_read_is_marked_for_read_only_viewing() {
    let text = GOLDEN_V1.replacen("schema_version: 1,", "schema_version: 5,", 1);
    let decoded = terve_kunta::storage::decode_for_reading(text.as_bytes()).unwrap();
    assert_eq!(decoded.newer_version, Some(5));
    assert_eq!(decoded.assessment.evidence, common::golden_v1().evidence);
    // The strict reader refuses it, with its version.
    assert_eq!(
        decode_assessment(text.as_bytes()),
        Err(LoadError::NewerVersion {
            found: 5,
            supported: 4
        })
    );
}
