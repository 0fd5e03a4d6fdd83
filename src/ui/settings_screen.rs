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
        let languages: Vec<_> = Lang::ALL
            .into_iter()
            .map(|choice| (choice, choice.native_name()))
            .collect();
        widgets::choice_group(
            ui,
            T::SettingsLanguage.get(lang),
            &mut settings.lang,
            &languages,
        );
        ui.add_space(8.0);
        ui.strong(T::SettingsTheme.get(lang));
        widgets::choice_group(
            ui,
            T::SettingsTheme.get(lang),
            &mut settings.theme,
            &[
                (ThemeChoice::Light, T::ThemeLight.get(lang)),
                (ThemeChoice::Dark, T::ThemeDark.get(lang)),
                (ThemeChoice::System, T::ThemeSystem.get(lang)),
            ],
        );
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
