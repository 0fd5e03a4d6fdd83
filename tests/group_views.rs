//! The steering group's views: requests and responses as files (hostile ones refused by
//! class, each with one message), the import rules, and the report's appendix.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use common::TempDir;
use terve_kunta::domain::Lang;
use terve_kunta::domain::assessment::{Assessment, Status};
use terve_kunta::domain::clock::{Clock as _, FixedClock, SequentialIds};
use terve_kunta::domain::criteria::{CriteriaSet, CriterionId};
use terve_kunta::domain::dates::{Date, Timestamp};
use terve_kunta::domain::group::{
    Imported, MAX_COMMENT_CHARS, Opinion, Refusal, View, ViewRequest, ViewResponse,
};
use terve_kunta::storage::group_file::{
    ViewsFileError, decode_request, decode_response, encode_request, encode_response,
    read_response, save_response,
};

fn at(minute: i64) -> Timestamp {
    Timestamp::from_second(1_795_000_000 + minute * 60).unwrap_or(Timestamp::UNIX_EPOCH)
}

fn setup() -> (Assessment, CriteriaSet, ViewRequest) {
    let set = common::shipped_set();
    let clock = FixedClock {
        now: at(0),
        today: Date::constant(2026, 11, 24),
    };
    let mut assessment =
        terve_kunta::domain::example::example_assessment(&set, &clock, &SequentialIds::new("t"));
    let request = assessment.request_views("Aino Kettunen", clock.now());
    (assessment, set, request)
}

fn response(request: &ViewRequest, member: &str, minute: i64) -> ViewResponse {
    let mut response = ViewResponse::to(request, member, at(minute));
    let first = request.assessment.answers.keys().next().cloned();
    if let Some(first) = first {
        let view = View {
            opinion: Opinion::Differ(Status::PartlyMet),
            comment: "Määräraha puuttuu.".to_owned(),
        };
        response.set_view(&first, Some(view), at(minute));
    }
    response
}

#[test]
fn responses_to_the_request_are_added_and_a_newer_one_replaces_the_members_older() {
    let (mut assessment, set, request) = setup();
    let first = response(&request, "Sari Voutilainen", 1);
    assert_eq!(
        assessment.import_response(first.clone(), &set),
        Ok(Imported::Added)
    );
    assert_eq!(
        assessment.import_response(first.clone(), &set),
        Err(Refusal::Duplicate)
    );
    let mut newer = response(&request, " sari voutilainen ", 5);
    newer.views.clear();
    assert_eq!(
        assessment.import_response(newer.clone(), &set),
        Ok(Imported::Replaced)
    );
    assert_eq!(
        assessment.import_response(first, &set),
        Err(Refusal::Older),
        "the older one does not come back"
    );
    assert_eq!(assessment.group.responses, [newer]);
    assert_eq!(
        assessment.import_response(response(&request, "Veikko Tamminen", 2), &set),
        Ok(Imported::Added)
    );
    assert_eq!(assessment.group.responses.len(), 2);
}

#[test]
fn a_response_that_does_not_fit_is_refused_and_changes_nothing() {
    let (mut assessment, set, request) = setup();
    let before = assessment.clone();
    let mut other = response(&request, "Kaisa Rinne", 1);
    other.assessment_id = "toinen".to_owned();
    let mut version = response(&request, "Kaisa Rinne", 1);
    version.assessment_digest = "0".repeat(64);
    let nameless = response(&request, "  ", 1);
    let mut unknown = response(&request, "Kaisa Rinne", 1);
    unknown.views.insert(
        CriterionId("TK-99".to_owned()),
        View {
            opinion: Opinion::Agree,
            comment: String::new(),
        },
    );
    let mut long = response(&request, "Kaisa Rinne", 1);
    for view in long.views.values_mut() {
        view.comment = "x".repeat(MAX_COMMENT_CHARS + 1);
    }
    let first = request.assessment.answers.keys().next().cloned();
    for (response, refusal) in [
        (other, Refusal::OtherAssessment),
        (version, Refusal::OtherVersion),
        (nameless, Refusal::NoMember),
        (unknown, Refusal::UnknownCriteria(vec!["TK-99".to_owned()])),
        (long, Refusal::CommentTooLong(first.clone().unwrap())),
    ] {
        assert_eq!(assessment.import_response(response, &set), Err(refusal));
        assert_eq!(assessment, before);
    }
    // A new request: responses to the earlier one are of another version.
    let earlier = response(&request, "Elina Orava", 1);
    assessment.answer_mut(&first.unwrap()).justification = "Uusi".to_owned();
    assessment.request_views("Aino Kettunen", at(9));
    assert_eq!(
        assessment.import_response(earlier, &set),
        Err(Refusal::OtherVersion)
    );
}

#[test]
fn views_are_listed_per_criterion_and_a_decision_sets_the_status() {
    let (mut assessment, set, request) = setup();
    let first = request.assessment.answers.keys().next().cloned().unwrap();
    assert!(
        assessment
            .import_response(response(&request, "A", 1), &set)
            .is_ok()
    );
    let mut agreeing = ViewResponse::to(&request, "B", at(2));
    agreeing.set_view(
        &first,
        Some(View {
            opinion: Opinion::Agree,
            comment: String::new(),
        }),
        at(2),
    );
    assert!(assessment.import_response(agreeing, &set).is_ok());
    let views = assessment.group.on(&first);
    let names: Vec<&str> = views.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, ["A", "B"]);
    assert_eq!(views[0].1.opinion, Opinion::Differ(Status::PartlyMet));
    assessment.decide(&first, Status::PartlyMet, at(3));
    assert_eq!(
        assessment.answer(&first).map(|a| a.status),
        Some(Status::PartlyMet)
    );
    assert_eq!(
        assessment.group.decisions.get(&first).map(|d| d.status),
        Some(Status::PartlyMet)
    );
}

#[test]
fn setting_a_view_dates_the_response_only_when_it_changes() {
    let (_, _, request) = setup();
    let mut response = response(&request, "A", 1);
    let first = request.assessment.answers.keys().next().cloned().unwrap();
    let same = response.views.get(&first).cloned();
    response.set_view(&first, same, at(7));
    assert_eq!(response.responded, at(1));
    response.set_view(&first, None, at(8));
    assert_eq!(response.responded, at(8));
    assert!(response.is_blank());
}

/// Request and response files survive a round trip; every file that is not a response is
/// refused by class, never misread: not text, another kind of file (an assessment, a review, a
/// request), damaged, from a newer version, not a regular file, too large.
#[test]
fn response_files_round_trip_and_every_other_file_is_refused_by_class() {
    let (assessment, _, request) = setup();
    assert_eq!(
        decode_request(encode_request(&request).as_bytes()).unwrap(),
        request
    );
    let answer = response(&request, "Sari Voutilainen", 1);
    let text = encode_response(&answer);
    assert_eq!(decode_response(text.as_bytes()).unwrap(), answer);
    // A request is not a response, nor an assessment a request.
    assert!(matches!(
        decode_request(text.as_bytes()),
        Err(ViewsFileError::WrongKind)
    ));
    assert!(matches!(
        decode_request(terve_kunta::storage::encode_assessment(&assessment).as_bytes()),
        Err(ViewsFileError::WrongKind)
    ));

    let kind = |bytes: &[u8]| match decode_response(bytes) {
        Err(ViewsFileError::NotUtf8) => "not text",
        Err(ViewsFileError::WrongKind) => "another kind",
        Err(ViewsFileError::Syntax { .. }) => "damaged",
        Err(ViewsFileError::NewerVersion(_)) => "newer",
        Err(ViewsFileError::Read(_)) => "unreadable",
        Ok(_) => "read",
    };
    let review = terve_kunta::storage::review_file::encode_review(
        &terve_kunta::domain::review::Review::of(&assessment, "Tarja Tarkastaja"),
    );
    let assessment_text = terve_kunta::storage::encode_assessment(&assessment);
    let cases: [(&str, Vec<u8>, &str); 7] = [
        ("a picture", b"\x89PNG\r\n\x1a\n\xff".to_vec(), "not text"),
        (
            "an assessment",
            assessment_text.into_bytes(),
            "another kind",
        ),
        ("a review", review.into_bytes(), "another kind"),
        (
            "a request",
            encode_request(&request).into_bytes(),
            "another kind",
        ),
        (
            "cut short",
            text.as_bytes()[..text.len() / 2].to_vec(),
            "damaged",
        ),
        (
            "a newer version with a field this one does not know",
            text.replace(
                "schema_version: 1,",
                "schema_version: 2,\n    signature: \"x\",",
            )
            .into_bytes(),
            "newer",
        ),
        (
            "an unknown field",
            text.replace("member:", "extra: 1,\n    member:")
                .into_bytes(),
            "damaged",
        ),
    ];
    for (what, bytes, expected) in cases {
        assert_eq!(kind(&bytes), expected, "{what}");
    }
}

/// Files that are not files, or too large, are refused before they are read; every refusal
/// of the import rules is one sentence in each language.
#[test]
fn response_files_that_are_not_files_or_too_large_are_refused_unread() {
    let (_, _, request) = setup();
    let answer = response(&request, "Sari Voutilainen", 1);
    let dir = TempDir::new("group-files");
    let folder = dir.join("kansio.ron");
    std::fs::create_dir(&folder).unwrap();
    assert!(matches!(
        read_response(&folder),
        Err(ViewsFileError::Read(_))
    ));
    let large = dir.join("suuri.ron");
    let file = std::fs::File::create(&large).unwrap();
    file.set_len(terve_kunta::storage::group_file::MAX_RESPONSE_FILE_BYTES + 1)
        .unwrap();
    assert!(matches!(
        read_response(&large),
        Err(ViewsFileError::Read(_))
    ));
    #[cfg(unix)]
    {
        let fifo = dir.join("putki.ron");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        assert!(matches!(read_response(&fifo), Err(ViewsFileError::Read(_))));
    }
    let written = dir.join("vastaus.ron");
    save_response(&written, &answer).unwrap();
    assert_eq!(read_response(&written).unwrap(), answer);
    // Each refusal is one sentence in each language.
    for lang in Lang::ALL {
        for refusal in [
            Refusal::NotRequested,
            Refusal::OtherAssessment,
            Refusal::OtherVersion,
            Refusal::Duplicate,
            Refusal::Older,
            Refusal::NoMember,
            Refusal::UnknownCriteria(vec!["TK-99".to_owned()]),
            Refusal::CommentTooLong(CriterionId("TK-01".to_owned())),
        ] {
            let sentence = terve_kunta::i18n::group::refusal(lang, &refusal);
            assert!(
                !sentence.is_empty() && !sentence.contains('\n'),
                "{sentence}"
            );
        }
    }
}

/// The report's appendix: who responded and when, agreement per criterion with the decision,
/// and every comment under its criterion; none without responses.
#[test]
fn the_report_appendix_shows_the_groups_views_and_the_decisions() {
    let (mut assessment, set, request) = setup();
    let first = set.criteria[0].id.clone();
    let second = set.criteria[1].id.clone();
    let views = [
        ("Sari Voutilainen", Opinion::Agree, "", Opinion::Agree),
        (
            "Veikko Tamminen",
            Opinion::Differ(Status::PartlyMet),
            "Vastuunjako puuttuu.",
            Opinion::Agree,
        ),
        (
            "Kaisa Rinne",
            Opinion::Differ(Status::NotMet),
            "",
            Opinion::Differ(Status::NotMet),
        ),
    ];
    for (minute, (member, on_first, comment, on_second)) in (1..).zip(views) {
        let mut answer = ViewResponse::to(&request, member, at(minute));
        let view = |opinion, comment: &str| View {
            opinion,
            comment: comment.to_owned(),
        };
        answer.set_view(&first, Some(view(on_first, comment)), at(minute));
        answer.set_view(&second, Some(view(on_second, "")), at(minute));
        assert_eq!(
            assessment.import_response(answer, &set),
            Ok(Imported::Added)
        );
    }
    assessment.decide(&first, Status::PartlyMet, at(9));
    let pdf = render_text(&assessment, &set);
    let appendix = &pdf[pdf.find("Ohjausryhmän näkemykset").unwrap()..];
    for part in [
        "Vastanneet Sari Voutilainen (",
        "Veikko Tamminen (",
        "Kaisa Rinne (",
        "1 Ylimmän johdon vastuu 1/3 Veikko Tamminen: Täyttyy osittain; Kaisa Rinne: Ei täyty Täyttyy osittain",
        "2 Liittymispäätös 2/3 Kaisa Rinne: Ei täyty 3",
        "3 Poikkihallinnollinen ryhmä – 4",
        "Kommentit",
        "– Veikko Tamminen (Täyttyy osittain): Vastuunjako puuttuu.",
    ] {
        assert!(appendix.contains(part), "{part:?} in {appendix}");
    }
    // The outline has it, last.
    assert!(pdf.matches("Ohjausryhmän näkemykset").count() >= 1);

    let (without, set, _) = setup();
    assert!(!render_text(&without, &set).contains("Ohjausryhmän näkemykset"));
}

/// The Finnish report's text, squeezed.
fn render_text(assessment: &Assessment, set: &CriteriaSet) -> String {
    let dir = TempDir::new("group-report");
    let pdf = dir.join("raportti.pdf");
    let clock = FixedClock {
        now: at(60),
        today: Date::constant(2026, 11, 24),
    };
    let input = terve_kunta::export::report_input(assessment, set, None, Lang::Fi, &clock);
    std::fs::write(&pdf, terve_kunta::report::render(&input).unwrap()).unwrap();
    common::pdf_text(&pdf)
}
