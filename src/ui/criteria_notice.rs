//! What the screens say about an assessment's criteria set beyond the verdict: a newer
//! version the assessment can be moved to, and a network period that has ended (newer criteria
//! may apply), with the link to the network's page.

use egui::{RichText, Ui};

use super::Context;
use super::command::Command;
use super::document::Document;
use super::theme;
use crate::domain::criteria::CriteriaSet;
use crate::domain::dates::Date;
use crate::i18n::{self, Lang};

/// The notices for `doc`'s criteria set, if any; nothing at all when there is nothing to say.
pub fn criteria_notices(ui: &mut Ui, cx: &mut Context<'_>, doc: &Document) {
    let lang = cx.lang;
    if let Some(newer) = &doc.newer_set {
        ui.horizontal_wrapped(|ui| {
            ui.label(i18n::ui::newer_version_banner(
                lang,
                &doc.set.version,
                &newer.version,
            ));
            let command = Command::ShowCriteriaChanges;
            if ui
                .button(command.label(lang))
                .on_hover_text(command.tooltip(lang))
                .clicked()
            {
                cx.commands.push(command);
            }
        });
    }
    period_notice(ui, lang, &doc.set, cx.today);
}

/// "Kriteeristön verkostokausi 2017–2020 on päättynyt…" with the link to the network's page,
/// when the period of `set` has ended by `today`.
pub fn period_notice(ui: &mut Ui, lang: Lang, set: &CriteriaSet, today: Date) {
    let Some(warning) = i18n::period_ended_warning(lang, set, today, false) else {
        return;
    };
    let color = theme::error_color(ui.visuals().dark_mode);
    ui.add(egui::Label::new(RichText::new(warning).color(color)).wrap());
    if let Some(url) = &set.network_url {
        ui.hyperlink_to(i18n::network_page_link(lang), url)
            .on_hover_text(url);
    }
}
