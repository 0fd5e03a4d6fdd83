//! The desktop app, driven through its accessibility tree (no GPU, no window).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use terve_kunta::domain::Lang;
use terve_kunta::storage::CriteriaCatalog;
use terve_kunta::ui::App;

fn harness(lang: Lang) -> Harness<'static, App> {
    Harness::builder()
        .with_size(egui::vec2(1024.0, 700.0))
        .build_eframe(move |_| App::new(lang, CriteriaCatalog::builtin()))
}

#[test]
fn shows_the_official_criteria_in_finnish() {
    let mut harness = harness(Lang::Fi);
    harness.run();
    harness.get_by_label("Terve Kunta -verkoston liittymisen kriteerit kunnille");
    harness.get_by_label(
        "Verkostoon liittymisestä on valtuuston tai vähintään kunnanhallituksen päätös",
    );
    assert!(harness.query_by_label("Epävirallinen käännös").is_none());
}

#[test]
fn switching_language_shows_the_translation_marked_unofficial() {
    let mut harness = harness(Lang::Fi);
    harness.run();
    harness.get_by_label("Svenska").click();
    harness.run();
    harness.get_by_label("Fullmäktige eller åtminstone kommunstyrelsen har fattat beslut om anslutning till nätverket");
    harness.get_by_label("Inofficiell översättning");
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Unofficial translation");
    harness.get_by_label("2. Decision to join");
}
