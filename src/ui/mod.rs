//! The desktop app (egui). Depends on the domain, storage and i18n; nothing depends on it.

use crate::domain::Lang;
use crate::i18n::pick;
use crate::storage::CriteriaCatalog;

/// The window's title.
pub const APP_TITLE: &str = "Terve Kunta -itsearviointi";

/// Opens the app window and runs until it is closed.
pub fn run(lang: Lang) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(APP_TITLE)
            .with_inner_size([1024.0, 700.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        APP_TITLE,
        options,
        Box::new(move |_cc| Ok(Box::new(App::new(lang, CriteriaCatalog::with_user_sets())))),
    )
}

/// The app's state.
#[derive(Debug)]
pub struct App {
    lang: Lang,
    catalog: CriteriaCatalog,
}

impl App {
    /// An app showing the sets of `catalog`, in `lang`.
    pub fn new(lang: Lang, catalog: CriteriaCatalog) -> Self {
        Self { lang, catalog }
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let Self { lang, catalog } = self;
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.heading(APP_TITLE);
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    for option in Lang::ALL.into_iter().rev() {
                        ui.selectable_value(lang, option, option.native_name());
                    }
                });
            });
        });
        egui::CentralPanel::default().show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                for entry in &catalog.entries {
                    let set = &entry.set;
                    ui.heading(set.title.get_or(*lang, set.official_language).0);
                    ui.label(format!("{} · {}", set.period, set.version));
                    if set.is_translation(*lang) {
                        ui.weak(pick(
                            *lang,
                            "Epävirallinen käännös",
                            "Inofficiell översättning",
                            "Unofficial translation",
                        ));
                    }
                    ui.add_space(8.0);
                    for criterion in &set.criteria {
                        let (title, _) = criterion.short_title.get_or(*lang, set.official_language);
                        let (text, _) = criterion.text.get_or(*lang, set.official_language);
                        ui.strong(format!("{}. {title}", criterion.number));
                        ui.label(text);
                        ui.add_space(6.0);
                    }
                }
            });
        });
    }
}
