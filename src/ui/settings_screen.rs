//! Settings: language, theme and the user's name.

use egui::Ui;

use super::settings::{Settings, ThemeChoice};
use super::widgets;
use crate::domain::Lang;
use crate::i18n::ui::T;

/// Shows the settings; returns whether any changed.
pub fn settings_screen(ui: &mut Ui, settings: &mut Settings) -> bool {
    let before = settings.clone();
    egui::CentralPanel::default().show(ui, |ui| {
        ui.set_max_width(ui.available_width().min(600.0));
        let lang = settings.lang;
        ui.add_space(8.0);
        widgets::heading(ui, T::CmdSettings.get(lang), 1);
        ui.add_space(8.0);
        ui.strong(T::SettingsLanguage.get(lang));
        widgets::choice_group(ui, T::SettingsLanguage.get(lang), |ui| {
            for choice in Lang::ALL {
                ui.radio_value(&mut settings.lang, choice, choice.native_name());
            }
        });
        ui.add_space(8.0);
        ui.strong(T::SettingsTheme.get(lang));
        widgets::choice_group(ui, T::SettingsTheme.get(lang), |ui| {
            for (choice, text) in [
                (ThemeChoice::Light, T::ThemeLight),
                (ThemeChoice::Dark, T::ThemeDark),
                (ThemeChoice::System, T::ThemeSystem),
            ] {
                ui.radio_value(&mut settings.theme, choice, text.get(lang));
            }
        });
        ui.add_space(8.0);
        widgets::text_field(
            ui,
            T::SettingsUserName.get(lang),
            &mut settings.user_name,
            &[],
        );
        ui.label(
            egui::RichText::new(T::SettingsUserNameHint.get(lang))
                .small()
                .weak(),
        );
    });
    *settings != before
}
