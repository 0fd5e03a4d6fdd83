//! Small form widgets: a labelled field with its validation message, and fields that parse
//! dates (`24.11.2026`), euros and years while keeping what the user typed.
//!
//! Parsing comes from the domain (`dates`, `money`); the widgets only keep the typed text
//! while it is not (yet) valid, in egui's memory under the field's id.

use egui::{Response, RichText, TextEdit, Ui};

use super::theme;
use crate::domain::dates::{Date, DateParseError, format_date, parse_date, parse_year};
use crate::domain::money::{AmountParseError, format_euros, parse_euros};
use crate::i18n::{Lang, ui::T};

/// Marks the widget `response` as a heading of `level` (1 for a screen's title, 2 for its
/// parts, 3 for theirs) for screen readers, which jump from heading to heading.
/// Its name is `text` (AT-SPI readers take a heading's name, not its text, for the list of
/// headings).
pub fn mark_heading(ui: &Ui, response: &Response, level: usize, text: &str) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(egui::accesskit::Role::Heading);
        node.set_level(level);
        node.set_label(text);
    });
}

/// A heading of `level`: the style of egui's heading for levels 1 and 2, strong text below.
pub fn heading(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> Response {
    let text = text.into();
    let name = text.text().to_owned();
    let response = match level {
        1 | 2 => ui.heading(text),
        _ => ui.label(text.strong()),
    };
    mark_heading(ui, &response, level, &name);
    response
}

/// A row of radio buttons as one group named `label` (the visible label above it), so that a
/// screen reader says "Tila, group" and which of its choices is selected.
pub fn choice_group<R>(ui: &mut Ui, label: &str, add: impl FnOnce(&mut Ui) -> R) -> R {
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::RadioGroup)
        .accessibility_label(label);
    ui.scope_builder(group, |ui| ui.horizontal_wrapped(add).inner)
        .inner
}

/// A validation message under a field.
pub fn issue_text(ui: &mut Ui, message: &str) {
    let color = theme::error_color(ui.visuals().dark_mode);
    ui.label(RichText::new(message).color(color).small());
}

/// Contents disabled unless `enabled`; a click on disabled contents returns `true`, so that
/// the app can say why nothing happens instead of ignoring the user.
pub fn lockable<R>(ui: &mut Ui, enabled: bool, add: impl FnOnce(&mut Ui) -> R) -> (R, bool) {
    let inner = ui.add_enabled_ui(enabled, add);
    let refused = !enabled
        && ui
            .interact(
                inner.response.rect,
                inner.response.id.with("locked"),
                egui::Sense::click(),
            )
            .clicked();
    (inner.inner, refused)
}

/// A one-line text field with its label above and its messages below.
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String, issues: &[String]) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(TextEdit::singleline(value).desired_width(f32::INFINITY))
        .labelled_by(label.id);
    for issue in issues {
        issue_text(ui, issue);
    }
    response
}

/// A multi-line text field with its label above.
pub fn text_area(ui: &mut Ui, label: &str, value: &mut String, rows: usize) -> Response {
    let label = ui.label(label);
    ui.add(
        TextEdit::multiline(value)
            .desired_rows(rows)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// What a parsing field remembers between frames.
#[derive(Clone, Debug, Default)]
struct Typed<V> {
    /// The text as typed.
    text: String,
    /// The model value the text was last synchronised with.
    value: V,
    /// Why the text is not accepted, if it is not.
    error: Option<&'static str>,
}

/// A field whose text is parsed into `value`: the text is kept while invalid, and follows the
/// model when the model changes elsewhere (undo, another field).
fn parsed_field<V: Clone + PartialEq + Send + Sync + Default + 'static>(
    ui: &mut Ui,
    (label, hint, width): (&str, &str, f32),
    value: &mut V,
    format: impl Fn(&V) -> String,
    parse: impl Fn(&str) -> Result<V, &'static str>,
    issues: &[String],
) -> Response {
    let label_response = ui.label(label);
    let id = label_response.id.with("typed");
    let mut typed: Typed<V> = ui.data_mut(|d| d.get_temp(id)).unwrap_or_else(|| Typed {
        text: format(value),
        value: value.clone(),
        error: None,
    });
    if typed.value != *value {
        typed = Typed {
            text: format(value),
            value: value.clone(),
            error: None,
        };
    }
    let mut response = ui
        .add(
            TextEdit::singleline(&mut typed.text)
                .hint_text(hint)
                .desired_width(width),
        )
        .labelled_by(label_response.id);
    if response.changed() {
        match parse(typed.text.trim()) {
            Ok(parsed) => {
                typed.error = None;
                if parsed == *value {
                    // Same value written differently ("1.2.2026" for "01.02.2026"): no change.
                    response.flags.remove(egui::response::Flags::CHANGED);
                } else {
                    *value = parsed.clone();
                    typed.value = parsed;
                }
            }
            Err(error) => {
                typed.error = Some(error);
                response.flags.remove(egui::response::Flags::CHANGED);
            }
        }
    }
    if let Some(error) = typed.error {
        issue_text(ui, error);
    } else {
        for issue in issues {
            issue_text(ui, issue);
        }
    }
    ui.data_mut(|d| d.insert_temp(id, typed));
    response
}

/// A date typed as `24.11.2026`; empty means no date.
pub fn date_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut Option<Date>,
    issues: &[String],
) -> Response {
    parsed_field(
        ui,
        (label, T::DateHint.get(lang), 110.0),
        value,
        |value| value.map(format_date).unwrap_or_default(),
        |text| match parse_date(text) {
            Ok(date) => Ok(Some(date)),
            Err(DateParseError::Empty) => Ok(None),
            Err(DateParseError::Format) => Err(T::DateFormat.get(lang)),
            Err(DateParseError::NoSuchDay) => Err(T::DateNoSuchDay.get(lang)),
        },
        issues,
    )
}

/// Euros typed as `1 500,00`; empty means no amount.
pub fn euros_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut Option<i64>,
    issues: &[String],
) -> Response {
    parsed_field(
        ui,
        (label, "1 500,00", 140.0),
        value,
        |value| value.map(format_euros).unwrap_or_default(),
        |text| {
            if text.is_empty() {
                return Ok(None);
            }
            parse_euros(text).map(Some).map_err(|error| match error {
                AmountParseError::Format => T::AmountFormat.get(lang),
                AmountParseError::TooManyDecimals => T::AmountDecimals.get(lang),
                AmountParseError::TooLarge => T::AmountTooLarge.get(lang),
            })
        },
        issues,
    )
}

/// A year typed with four digits; empty means no year.
pub fn year_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut Option<i32>,
    issues: &[String],
) -> Response {
    parsed_field(
        ui,
        (label, "2027", 70.0),
        value,
        |value| value.map(|year| year.to_string()).unwrap_or_default(),
        |text| {
            if text.is_empty() {
                return Ok(None);
            }
            parse_year(text)
                .map(Some)
                .map_err(|_| T::YearFormat.get(lang))
        },
        issues,
    )
}
