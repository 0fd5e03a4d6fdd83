//! The steering group's views through the app: the coordinator's request, three members'
//! responses, the import in any order with duplicates and hostile files, the decisions.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod common;

use std::path::{Path, PathBuf};

use common::{
    TempDir, app_harness, click, click_role, fill, new_kuvitelmala, settle, tk, user_settings,
};
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use terve_kunta::domain::assessment::Status;
use terve_kunta::domain::group::Opinion;
use terve_kunta::domain::history::{Event, Field};
use terve_kunta::ui::dialogs::ScriptedDialogs;
use terve_kunta::ui::{App, ReadOnly, Screen};

/// Chooses `choice` in the member's "Näkemyksesi" group (the criterion's own status group has
/// the same words, read-only).
fn choose_view(harness: &mut Harness<'static, App>, choice: &str) {
    use egui_kittest::kittest::NodeT as _;
    harness
        .get_by_role_and_label(Role::RadioGroup, "Näkemyksesi")
        .get_by_role_and_label(Role::RadioButton, choice)
        .scroll_to_me();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioGroup, "Näkemyksesi")
        .get_by_role_and_label(Role::RadioButton, choice)
        .hover();
    harness.run();
    harness
        .get_by_role_and_label(Role::RadioGroup, "Näkemyksesi")
        .get_by_role_and_label(Role::RadioButton, choice)
        .click();
    harness.run();
    let chosen = harness
        .get_by_role_and_label(Role::RadioGroup, "Näkemyksesi")
        .get_by_role_and_label(Role::RadioButton, choice)
        .accesskit_node()
        .toggled();
    assert_eq!(chosen, Some(egui::accesskit::Toggled::True), "{choice}");
}

/// A member opens the request, gives views on criteria 1 and 2, and exports the response to
/// `out`. Returns the request's bytes as they were after (unchanged).
fn member_responds(request: &Path, out: &Path, member: &str, views: [(&str, &str); 2]) {
    let data = TempDir::new("ui-group-member");
    user_settings(&data, member);
    let dialogs =
        ScriptedDialogs::answering([Some(request.to_path_buf()), Some(out.to_path_buf())]);
    let mut harness = app_harness(&data, dialogs);
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Avaa näkemyspyyntö…");
    assert_eq!(harness.state().screen(), Screen::Assessment);
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::GroupView)
    );
    harness.get_by_label_contains("Näkemyspyyntö (Aino Kettunen,");
    for (index, (choice, comment)) in views.into_iter().enumerate() {
        if index > 0 {
            click(&mut harness, "Seuraava kriteeri");
        }
        choose_view(&mut harness, choice);
        if !comment.is_empty() {
            fill(&mut harness, "Kommentti", comment);
        }
    }
    // The coordinator's status cannot be changed from here.
    click(&mut harness, "Edellinen kriteeri");
    for _ in 0..2 {
        harness
            .get_by_role_and_label(Role::RadioGroup, "Tila")
            .get_by_role_and_label(Role::RadioButton, "Ei täyty")
            .hover();
        harness.run();
    }
    harness
        .get_by_role_and_label(Role::RadioGroup, "Tila")
        .get_by_role_and_label(Role::RadioButton, "Ei täyty")
        .click();
    harness.run();
    settle(&mut harness);
    harness.get_by_label("Arviointi on vain luettavissa, eikä sitä voi muuttaa.");
    assert_eq!(
        harness.state().document().unwrap().assessment().answers[&tk(1)].status,
        Status::Met
    );
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Vie näkemykseni…");
    harness.get_by_label_contains("Näkemyksesi tallennettu; lähetä tiedosto koordinaattorille");
    let response = terve_kunta::storage::group_file::read_response(out).unwrap();
    assert_eq!(response.member, member);
    assert_eq!(
        response.views.len(),
        2,
        "{}",
        std::fs::read_to_string(out).unwrap()
    );
}

/// Clicks "Tuo näkemyksiä…" (answered with the next scripted path) and returns the notice.
fn import(harness: &mut Harness<'static, App>) -> String {
    click(harness, "Tuo näkemyksiä…");
    settle(harness);
    harness
        .state()
        .notice()
        .map(|n| n.text.clone())
        .unwrap_or_default()
}

/// Sari agrees on criteria 1 and 2; Veikko proposes "partly met" for 1 with a comment and
/// agrees on 2; Kaisa proposes "not met" for both, with a comment on 1.
fn three_members_respond(request: &Path, responses: &[PathBuf]) {
    member_responds(
        request,
        &responses[0],
        "Sari Voutilainen",
        [("Samaa mieltä", ""), ("Samaa mieltä", "")],
    );
    member_responds(
        request,
        &responses[1],
        "Veikko Tamminen",
        [
            ("Täyttyy osittain", "Pöytäkirjasta puuttuu vastuunjako."),
            ("Samaa mieltä", ""),
        ],
    );
    member_responds(
        request,
        &responses[2],
        "Kaisa Rinne",
        [
            ("Ei täyty", "Päätös on vasta valmisteilla."),
            ("Ei täyty", ""),
        ],
    );
}

/// Criterion 1 is partly met by the coordinator's decision, the responses are kept in the
/// order imported, and the history records it all and verifies.
fn assert_decided(path: &Path) {
    let saved = terve_kunta::storage::read_assessment(path).unwrap();
    assert_eq!(saved.answers[&tk(1)].status, Status::PartlyMet);
    assert_eq!(saved.group.decisions[&tk(1)].status, Status::PartlyMet);
    let members: Vec<&str> = saved
        .group
        .responses
        .iter()
        .map(|r| r.member.as_str())
        .collect();
    assert_eq!(
        members,
        ["Kaisa Rinne", "Sari Voutilainen", "Veikko Tamminen"]
    );
    assert_eq!(
        saved
            .group
            .on(&tk(1))
            .iter()
            .map(|(_, v)| v.opinion)
            .collect::<Vec<_>>(),
        [
            Opinion::Differ(Status::NotMet),
            Opinion::Agree,
            Opinion::Differ(Status::PartlyMet)
        ]
    );
    let recorded: Vec<&Field> = saved
        .history
        .iter()
        .filter_map(|entry| match &entry.event {
            Event::Changed(change) => Some(&change.field),
            _ => None,
        })
        .collect();
    assert!(recorded.contains(&&Field::GroupViews), "{recorded:?}");
    assert!(
        terve_kunta::storage::verify::verify_file(path)
            .unwrap()
            .is_intact()
    );
}

#[test]
fn three_members_respond_and_the_coordinator_imports_compares_and_decides() {
    let outbox = TempDir::new("ui-group-outbox");
    let request = outbox.join("pyynto.ron");
    let responses: Vec<PathBuf> = (1..=3)
        .map(|n| outbox.join(&format!("vastaus-{n}.ron")))
        .collect();
    let hostile = outbox.join("kuva.ron");
    std::fs::write(&hostile, b"\x89PNG\r\n\x1a\n").unwrap();
    let folder = outbox.join("kansio.ron");
    std::fs::create_dir(&folder).unwrap();

    let data = TempDir::new("ui-group-coordinator");
    user_settings(&data, "Aino Kettunen");
    // The request, then the imports: 3, 1, 2 (any order), 1 again, a picture, a folder.
    let answers = [
        Some(request.clone()),
        Some(responses[2].clone()),
        Some(responses[0].clone()),
        Some(responses[1].clone()),
        Some(responses[0].clone()),
        Some(hostile.clone()),
        Some(folder.clone()),
    ];
    let mut harness = app_harness(&data, ScriptedDialogs::answering(answers));
    let path = new_kuvitelmala(&mut harness, "Aino Kettunen");
    click_role(&mut harness, Role::RadioButton, "Täyttyy");
    settle(&mut harness);
    click(&mut harness, "Näkemykset");
    harness.get_by_label("Näkemyksiä ei ole vielä pyydetty.");
    click(&mut harness, "Pyydä ohjausryhmän näkemykset…");
    settle(&mut harness);
    harness.get_by_label_contains("Näkemyspyyntö tallennettu; lähetä se ohjausryhmän jäsenille");
    let request_bytes = std::fs::read(&request).unwrap();

    three_members_respond(&request, &responses);
    assert_eq!(
        std::fs::read(&request).unwrap(),
        request_bytes,
        "members never write the request"
    );

    // Imported in another order than they came; each file its own line.
    assert!(import(&mut harness).contains("vastaus-3.ron: tuotu (Kaisa Rinne, 2 näkemystä)"));
    assert!(import(&mut harness).contains("vastaus-1.ron: tuotu (Sari Voutilainen, 2 näkemystä)"));
    assert!(import(&mut harness).contains("vastaus-2.ron: tuotu (Veikko Tamminen, 2 näkemystä)"));
    let before = std::fs::read(&path).unwrap();
    for (expected, what) in [
        (
            "vastaus-1.ron: ei tuotu: sama vastaus on jo tuotu",
            "a duplicate",
        ),
        (
            "kuva.ron: ei tuotu: tiedosto ei ole UTF-8-tekstiä",
            "a picture",
        ),
        ("kansio.ron: ei tuotu: ", "a folder"),
    ] {
        let notice = import(&mut harness);
        assert!(notice.contains(expected), "{what}: {notice}");
        assert_eq!(notice.lines().count(), 1, "{notice}");
        settle(&mut harness);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{what} changed the file"
        );
    }

    // Side by side: every member, their view and comment.
    assert_eq!(harness.state().screen(), Screen::Group);
    for name in ["Kaisa Rinne", "Sari Voutilainen", "Veikko Tamminen"] {
        harness.get_by_label(name);
    }
    harness.get_by_label("Pöytäkirjasta puuttuu vastuunjako.");
    harness.get_by_label("Päätös on vasta valmisteilla.");
    harness.get_by_label_contains("Näkemyksiä pyydetty");

    // The coordinator adopts a member's status on criterion 1: recorded in the history.
    click(&mut harness, "Muuta: Täyttyy osittain");
    settle(&mut harness);
    assert_decided(&path);
}

/// A request opened as a file (a double-click) is answered; the member's draft is kept in
/// their data folder, so closing the app and opening the request again loses nothing.
#[test]
fn a_request_opened_as_a_file_keeps_the_members_draft_between_sessions() {
    let outbox = TempDir::new("ui-group-draft");
    let set = common::shipped_set();
    let clock = common::clock();
    let mut assessment = common::ready_assessment(&set);
    let request = assessment.request_views("Aino Kettunen", clock.now);
    let file = outbox.join("pyynto.ron");
    terve_kunta::storage::group_file::save_request(&file, &request).unwrap();

    let data = TempDir::new("ui-group-draft-member");
    user_settings(&data, "Elina Orava");
    let mut harness = common::opened_with_harness(&data, &file);
    assert_eq!(
        harness.state().document().unwrap().read_only,
        Some(ReadOnly::GroupView)
    );
    choose_view(&mut harness, "Täyttyy osittain");
    fill(&mut harness, "Kommentti", "Liite puuttuu.");
    click(&mut harness, "Tiedosto");
    click(&mut harness, "Sulje arviointi");
    drop(harness);

    let harness = common::opened_with_harness(&data, &file);
    let state = harness
        .state()
        .document()
        .unwrap()
        .response
        .clone()
        .unwrap();
    let view = &state.draft.value().views[&tk(1)];
    assert_eq!(view.opinion, Opinion::Differ(Status::PartlyMet));
    assert_eq!(view.comment, "Liite puuttuu.");
    assert_eq!(
        harness.get_by_label("Kommentti").value().as_deref(),
        Some("Liite puuttuu.")
    );
    // Nothing was written beside the request.
    let names: Vec<String> = std::fs::read_dir(&outbox.0)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["pyynto.ron"]);
}

/// A request that cannot be used (not text, an assessment, a folder, a newer assessment
/// inside) is one message, and nothing opens.
#[test]
fn a_request_that_cannot_be_used_is_one_message_and_nothing_opens() {
    let outbox = TempDir::new("ui-group-bad-request");
    let picture = outbox.join("kuva.ron");
    std::fs::write(&picture, b"\x89PNG\r\n\x1a\n").unwrap();
    let assessment = outbox.join("arviointi.ron");
    let set = common::shipped_set();
    let mut ready = common::ready_assessment(&set);
    std::fs::write(&assessment, terve_kunta::storage::encode_assessment(&ready)).unwrap();
    let folder = outbox.join("kansio.ron");
    std::fs::create_dir(&folder).unwrap();
    let newer = outbox.join("uudempi.ron");
    let mut request = ready.request_views("Aino Kettunen", common::clock().now);
    request.assessment.schema_version = 99;
    terve_kunta::storage::group_file::save_request(&newer, &request).unwrap();
    let cases = [
        (&picture, "tiedosto ei ole UTF-8-tekstiä"),
        (&assessment, "tiedosto ei ole ohjausryhmän näkemyspyyntö"),
        (&folder, ""),
        (&newer, "tiedostoversio 99"),
    ];
    let data = TempDir::new("ui-group-bad-request-member");
    let answers = cases.iter().map(|(path, _)| Some((*path).clone()));
    let mut harness = app_harness(&data, ScriptedDialogs::answering(answers));
    for (path, expected) in cases {
        click(&mut harness, "Tiedosto");
        click(&mut harness, "Avaa näkemyspyyntö…");
        let notice = harness.state().notice().unwrap().text.clone();
        assert!(notice.contains(expected), "{notice}");
        assert!(notice.contains(&path.display().to_string()), "{notice}");
        assert!(harness.state().document().is_none(), "{notice}");
        assert_eq!(harness.state().screen(), Screen::Start);
    }
}
