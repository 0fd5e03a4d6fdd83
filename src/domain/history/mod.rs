//! The change history and the seal.
//!
//! Every saved change is an entry: who, when, and what (criterion, field, old → new). Each entry
//! holds the hash of the one before it and its own hash, so an entry edited, removed or moved
//! is noticed. Finalising stores a [`Seal`]: the SHA-256 of the whole assessment (content and
//! history) in a canonical form. Anyone can recompute these hashes, so they show accidents and
//! careless edits, not a determined forger: the seal printed in an archived report is what a
//! later check compares against.
//!
//! By concept: `entry` (entries and their chain), `seal`, `diff` (what changed),
//! `record` (recording, finalising, re-opening, integrity) and [`replay`] (the history
//! against the content).

mod diff;
mod entry;
mod record;
pub mod replay;
mod seal;

pub use diff::diff;
pub use entry::{
    ChainProblem, Change, Event, Field, HistoryEntry, MERGE_WITHIN_S, entry_hash, verify_chain,
};
pub use record::IntegrityProblem;
pub use seal::{Seal, SealError};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Assessment;
    use crate::domain::assessment::{Municipality, Status};
    use crate::domain::clock::{FixedClock, SequentialIds};
    use crate::domain::criteria::CriterionId;
    use crate::domain::evidence::Evidence;
    use crate::domain::evidence::EvidenceDetails;

    fn clock(minute: i8) -> FixedClock {
        let mut clock = FixedClock::at(jiff::civil::date(2026, 11, 24));
        clock.now = jiff::civil::date(2026, 11, 24)
            .at(10, minute, 0, 0)
            .to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .map_or(clock.now, |z| z.timestamp());
        clock
    }

    fn describe(e: &Evidence) -> String {
        e.details.title().to_owned()
    }

    /// Entries a new assessment starts with: created, its name and its code.
    const CREATED: usize = 3;

    fn assessment() -> Assessment {
        let mut a = Assessment {
            schema_version: crate::domain::assessment::SCHEMA_VERSION,
            id: "t-1".into(),
            municipality: Municipality {
                name: "Esimerkkilä".into(),
                code: "999".into(),
            },
            criteria: crate::domain::assessment::CriteriaRef::default(),
            assessors: Vec::new(),
            contact_person: crate::domain::assessment::Person::default(),
            elected_official: crate::domain::assessment::Person::default(),
            steering_group: Vec::new(),
            proposal: String::new(),
            origin: None,
            group: crate::domain::group::GroupViews::default(),
            created: clock(0).now,
            modified: clock(0).now,
            answers: std::collections::BTreeMap::new(),
            evidence: Vec::new(),
            history: Vec::new(),
            seal: None,
        };
        a.record_creation("Liisa", &clock(0), &describe);
        a
    }

    #[test]
    fn changes_are_recorded_field_by_field() {
        let mut a = assessment();
        let before = a.clone();
        let k1 = CriterionId::from("k1");
        a.answer_mut(&k1).status = Status::Met;
        a.answer_mut(&k1).justification = "Päätös tehty.".into();
        a.municipality.name = "Esimerkkilän kunta".into();
        let n = a.record_changes(&before, "Liisa", &clock(1), &describe);
        assert_eq!(n, 3);
        let fields: Vec<_> = a
            .history
            .iter()
            .skip(CREATED)
            .filter_map(|e| match &e.event {
                Event::Changed(c) => Some((
                    c.criterion.clone(),
                    c.field.clone(),
                    c.old.clone(),
                    c.new.clone(),
                )),
                _ => None,
            })
            .collect();
        assert_eq!(
            fields,
            vec![
                (
                    None,
                    Field::MunicipalityName,
                    "Esimerkkilä".into(),
                    "Esimerkkilän kunta".into()
                ),
                (
                    Some(k1.clone()),
                    Field::Status,
                    "not_assessed".into(),
                    "met".into()
                ),
                (
                    Some(k1),
                    Field::Justification,
                    String::new(),
                    "Päätös tehty.".into()
                ),
            ]
        );
        assert_eq!(verify_chain(&a.history, None), Ok(()));
    }

    #[test]
    fn typing_in_one_field_is_one_entry_and_typing_it_back_removes_it() {
        let mut a = assessment();
        let k1 = CriterionId::from("k1");
        for (minute, text) in [(1, "P"), (2, "Pää"), (3, "Päätös")] {
            let before = a.clone();
            a.answer_mut(&k1).justification = text.into();
            a.record_changes(&before, "Liisa", &clock(minute), &describe);
        }
        assert_eq!(a.history.len(), CREATED + 1);
        let Event::Changed(change) = &a.history[CREATED].event else {
            panic!("not a change: {:?}", a.history[CREATED]);
        };
        assert_eq!((change.old.as_str(), change.new.as_str()), ("", "Päätös"));
        assert_eq!(verify_chain(&a.history, None), Ok(()));

        // Someone else, or much later, is a new entry.
        let before = a.clone();
        a.answer_mut(&k1).justification = "Päätös 2".into();
        a.record_changes(&before, "Matti", &clock(4), &describe);
        assert_eq!(a.history.len(), CREATED + 2);

        // Back to what it was before Matti's change: Matti's entry goes.
        let before = a.clone();
        a.answer_mut(&k1).justification = "Päätös".into();
        a.record_changes(&before, "Matti", &clock(5), &describe);
        assert_eq!(a.history.len(), CREATED + 1);
        assert_eq!(verify_chain(&a.history, None), Ok(()));
    }

    /// Changes of one field by one person within ten minutes of the last are one entry (five
    /// minutes apart: merged); eleven minutes later is a new one.
    #[test]
    fn the_merge_window_is_ten_minutes() {
        let mut a = assessment();
        let k1 = CriterionId::from("k1");
        for (minute, text) in [
            (10, "Päätös"),
            (15, "Päätös tehty"),
            (26, "Päätös tehty 2025"),
        ] {
            let before = a.clone();
            a.answer_mut(&k1).justification = text.into();
            a.record_changes(&before, "Liisa", &clock(minute), &describe);
        }
        assert_eq!(a.history.len(), CREATED + 2, "{:?}", a.history);
    }

    #[test]
    fn evidence_items_are_followed_by_id() {
        let mut a = assessment();
        let before = a.clone();
        let ids = SequentialIds::new("e");
        let id = a.add_evidence(
            EvidenceDetails::Document {
                title: "Hyvinvointikertomus".into(),
                url: String::new(),
                approved_by: None,
                approved_on: None,
                approval_section: String::new(),
            },
            None,
            &clock(1),
            &ids,
        );
        a.record_changes(&before, "Liisa", &clock(1), &describe);
        let before = a.clone();
        if let Some(e) = a.evidence_mut(&id) {
            e.note = "Hyväksytty valtuustossa".into();
        }
        a.record_changes(&before, "Liisa", &clock(30), &describe);
        let changes: Vec<_> = a
            .history
            .iter()
            .skip(CREATED)
            .filter_map(|e| match &e.event {
                Event::Changed(c) => Some((c.field.clone(), c.old.clone(), c.new.clone())),
                _ => None,
            })
            .collect();
        assert_eq!(
            changes,
            vec![
                (
                    Field::Evidence(id.clone()),
                    String::new(),
                    "Hyvinvointikertomus".into()
                ),
                (
                    Field::Evidence(id),
                    "Hyvinvointikertomus".into(),
                    "Hyvinvointikertomus\nHyväksytty valtuustossa".into()
                ),
            ]
        );
    }

    #[test]
    fn finalise_seals_and_reopen_needs_a_reason() {
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        assert!(a.is_final());
        assert_eq!(a.check_integrity(), vec![]);
        assert_eq!(a.finalise("Liisa", &clock(1)), Err(SealError::AlreadyFinal));
        assert_eq!(
            a.reopen("Liisa", "  ", &clock(2), false),
            Err(SealError::NoReason)
        );
        assert!(a.is_final());
        assert_eq!(a.reopen("Liisa", "Uusi päätös", &clock(2), false), Ok(()));
        assert!(!a.is_final());
        assert_eq!(
            a.history.last().map(|e| &e.event),
            Some(&Event::Reopened {
                reason: "Uusi päätös".into()
            })
        );
        assert_eq!(a.check_integrity(), vec![]);
    }

    /// Reopening cannot launder: a seal that did not match (or a file that did not verify) is
    /// recorded, and every later check reports it, even after finalising again.
    #[test]
    fn reopening_a_tampered_sealed_assessment_is_recorded_for_good() {
        for (tamper, file_findings) in [(true, false), (false, true)] {
            let mut a = assessment();
            assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
            if tamper {
                a.municipality.name = "Muutettu".into();
            }
            assert_eq!(
                a.reopen("Liisa", "Korjaus", &clock(2), file_findings),
                Ok(())
            );
            let events: Vec<&Event> = a.history.iter().rev().take(2).map(|e| &e.event).collect();
            assert_eq!(
                events,
                [
                    &Event::Reopened {
                        reason: "Korjaus".into()
                    },
                    &Event::SealDidNotMatch
                ]
            );
            let at = clock(2).now;
            // The hand-made change stays unaccounted for, and the reopening is on record.
            let mut expected = vec![IntegrityProblem::SealDidNotMatch { at }];
            if tamper {
                expected.insert(
                    0,
                    IntegrityProblem::NotInHistory(replay::Disagreement {
                        key: (None, Field::MunicipalityName),
                        content: "Muutettu".into(),
                        history: Some("Esimerkkilä".into()),
                    }),
                );
            }
            assert_eq!(a.check_integrity(), expected);
            assert_eq!(a.finalise("Liisa", &clock(3)), Ok(()));
            assert_eq!(
                a.check_integrity(),
                expected,
                "finalising again does not wash it out"
            );
        }
        // An intact one records nothing of the kind.
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        assert_eq!(a.reopen("Liisa", "Korjaus", &clock(2), false), Ok(()));
        assert!(a.history.iter().all(|e| e.event != Event::SealDidNotMatch));
    }

    #[test]
    fn a_changed_sealed_assessment_no_longer_matches_its_seal() {
        let mut a = assessment();
        assert_eq!(a.finalise("Liisa", &clock(1)), Ok(()));
        a.municipality.code = "998".into();
        assert_eq!(
            a.check_integrity(),
            vec![
                IntegrityProblem::NotInHistory(replay::Disagreement {
                    key: (None, Field::MunicipalityCode),
                    content: "998".into(),
                    history: Some("999".into()),
                }),
                IntegrityProblem::SealMismatch
            ]
        );
        a.municipality.code = "999".into();
        assert_eq!(a.check_integrity(), vec![]);
        if let Some(seal) = &mut a.seal {
            seal.by = "Joku muu".into();
        }
        assert_eq!(a.check_integrity(), vec![IntegrityProblem::SealDetails]);

        let mut b = assessment();
        assert_eq!(b.finalise("Liisa", &clock(1)), Ok(()));
        b.seal = None;
        assert_eq!(
            b.check_integrity(),
            vec![IntegrityProblem::SealRemoved {
                finalised: clock(1).now
            }]
        );
    }

    fn long_history() -> Assessment {
        let mut a = assessment();
        let k1 = CriterionId::from("k1");
        for minute in 1..12 {
            let before = a.clone();
            a.answer_mut(&k1).justification = format!("versio {minute}");
            // Different people, so that nothing merges.
            let who = if minute % 2 == 0 { "Liisa" } else { "Matti" };
            a.record_changes(&before, who, &clock(minute), &describe);
        }
        assert_eq!(a.history.len(), CREATED + 11);
        a
    }

    #[test]
    fn each_entry_edited_removed_or_moved_is_named() {
        let a = long_history();
        let len = a.history.len() as u64;
        for n in 1..=len {
            let i = usize::try_from(n - 1).unwrap_or_default();

            let mut edited = a.history.clone();
            edited[i].who.push('x');
            assert_eq!(
                verify_chain(&edited, Some(len)),
                Err(ChainProblem::Edited(n))
            );

            let mut removed = a.history.clone();
            removed.remove(i);
            assert_eq!(
                verify_chain(&removed, Some(len)),
                Err(ChainProblem::Missing(n))
            );

            if n < len {
                let mut swapped = a.history.clone();
                swapped.swap(i, i + 1);
                assert_eq!(
                    verify_chain(&swapped, Some(len)),
                    Err(ChainProblem::OutOfOrder(n))
                );
            }

            // Removed and the rest renumbered and rehashed: the chain no longer links.
            if n < len {
                let mut renumbered = a.history.clone();
                renumbered.remove(i);
                for (j, entry) in renumbered.iter_mut().enumerate().skip(i) {
                    entry.seq = j as u64 + 1;
                    entry.hash = entry_hash(entry);
                }
                assert_eq!(
                    verify_chain(&renumbered, None),
                    Err(ChainProblem::Unlinked(n))
                );
            }
        }
    }
}
