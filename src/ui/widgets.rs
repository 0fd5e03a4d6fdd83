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

/// A row of radio buttons choosing `value` among `choices`, as one group named `label` (the
/// visible label above it), so that a screen reader says "Tila, group" and which choice is
/// selected. As in a desktop app's radio group, Tab stops once, at the chosen button, and the
/// arrow keys move the choice. Returns the button Tab stops at (to give it the focus).
pub fn choice_group<V: PartialEq + Clone>(
    ui: &mut Ui,
    label: &str,
    value: &mut V,
    choices: &[(V, &str)],
) -> Option<egui::Id> {
    let group = egui::UiBuilder::new()
        .accessibility_role(egui::accesskit::Role::RadioGroup)
        .accessibility_label(label);
    ui.scope_builder(group, |ui| {
        ui.horizontal_wrapped(|ui| {
            let stop = choices
                .iter()
                .position(|(choice, _)| choice == value)
                .unwrap_or(0);
            let mut ids = Vec::with_capacity(choices.len());
            let mut moved = 0;
            for (index, (choice, text)) in choices.iter().enumerate() {
                let response = radio(ui, choice == value, index == stop, text);
                ids.push(response.id);
                if response.clicked() && choice != value {
                    *value = choice.clone();
                }
                if response.has_focus() {
                    moved = arrow_step(ui);
                }
            }
            if moved != 0 && !choices.is_empty() {
                #[expect(clippy::cast_possible_wrap, reason = "a handful of choices")]
                let next = (stop as isize + moved).rem_euclid(choices.len() as isize) as usize;
                *value = choices[next].0.clone();
                ui.memory_mut(|memory| {
                    memory.request_focus(ids[next]);
                    // The arrow moved the choice; it must not also move the focus away.
                    memory.move_focus(egui::FocusDirection::None);
                });
            }
            ids.get(stop).copied()
        })
        .inner
    })
    .inner
}

/// -1 for Left or Up, +1 for Right or Down (taking the key), 0 for neither.
fn arrow_step(ui: &Ui) -> isize {
    use egui::{Key, Modifiers};
    ui.input_mut(|input| {
        if input.consume_key(Modifiers::NONE, Key::ArrowRight)
            || input.consume_key(Modifiers::NONE, Key::ArrowDown)
        {
            1
        } else if input.consume_key(Modifiers::NONE, Key::ArrowLeft)
            || input.consume_key(Modifiers::NONE, Key::ArrowUp)
        {
            -1
        } else {
            0
        }
    })
}

/// egui's radio button, reachable with Tab only when `tab_stop`: a group is one stop.
fn radio(ui: &mut Ui, checked: bool, tab_stop: bool, text: &str) -> Response {
    use egui::{Atom, IntoAtoms as _, NumExt as _, Sense, WidgetAtom, WidgetInfo};
    let spacing = ui.spacing();
    let min_size = egui::Vec2::splat(spacing.interact_size.y.at_least(spacing.icon_width));
    let icon_size = egui::vec2(spacing.icon_width, spacing.icon_width.at_least(min_size.y));
    let icon = egui::IdSalt::new("radio_icon");
    let mut atoms = text.into_atoms();
    atoms.push_left(Atom::custom(icon, icon_size));
    let sense = if tab_stop {
        Sense::click()
    } else {
        Sense::CLICK
    };
    let mut prepared = WidgetAtom::new(atoms)
        .sense(sense)
        .min_size(min_size)
        .allocate(ui);
    prepared.response.widget_info(|| {
        WidgetInfo::selected(egui::Role::RadioButton, ui.is_enabled(), checked, text)
    });
    if !ui.is_rect_visible(prepared.response.rect) {
        return prepared.response;
    }
    let visuals = *ui.style().interact(&prepared.response);
    prepared.fallback_text_color = visuals.text_color();
    let drawn = prepared.paint(ui);
    if let Some(rect) = drawn.rect(icon) {
        let (small, big) = ui.spacing().icon_rectangles(rect);
        let painter = ui.painter();
        painter.circle(
            big.center(),
            big.width() * 0.5 + visuals.expansion,
            visuals.bg_fill,
            visuals.bg_stroke,
        );
        if checked {
            painter.circle_filled(small.center(), small.width() / 3.0, visuals.fg_stroke.color);
        }
    }
    drawn.response
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

/// A one-line text field with its label above and its messages below. Enter keeps the focus
/// in the field (egui would drop it, and the next Tab would start from the top).
pub fn text_field(ui: &mut Ui, label: &str, value: &mut String, issues: &[String]) -> Response {
    let label = ui.label(label);
    let response = ui
        .add(
            TextEdit::singleline(value)
                .desired_width(f32::INFINITY)
                .return_key(None),
        )
        .labelled_by(label.id);
    for issue in issues {
        issue_text(ui, issue);
    }
    response
}

/// A field's validation messages, and whether to show them before the user has left the field
/// once.
#[derive(Clone, Copy, Default)]
pub struct Messages<'a> {
    /// The messages.
    pub list: &'a [String],
    /// Shown at once (an item opened again), not only once the field has been left.
    pub at_once: bool,
}

impl<'a> Messages<'a> {
    /// No messages (the field may still say its text does not parse).
    pub const NONE: Self = Self {
        list: &[],
        at_once: true,
    };

    /// `list`, shown once the field has been left (or at once when `at_once`).
    pub fn new(list: &'a [String], at_once: bool) -> Self {
        Self { list, at_once }
    }
}

/// A checked one-line field: its messages go in a slot below it that is kept even when empty,
/// so that a message coming or going never moves the fields below; they are shown once the
/// user has left the field (see [`Messages`]), never before anything is typed.
pub fn checked_field(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    messages: Messages<'_>,
) -> Response {
    let response = text_field(ui, label, value, &[]);
    let shown = messages_shown(ui, &response, messages.at_once);
    message_slot(ui, if shown { messages.list } else { &[] });
    response
}

/// Whether `response`'s field shows its messages: at once, or once it has lost the focus.
fn messages_shown(ui: &Ui, response: &Response, at_once: bool) -> bool {
    let left = response.id.with("left");
    if response.lost_focus() {
        ui.data_mut(|data| data.insert_temp(left, true));
    }
    at_once || ui.data(|data| data.get_temp::<bool>(left).unwrap_or(false))
}

/// Room for one message under a field, with the messages in it: kept even when empty, so
/// that a message coming or going never moves what is below.
pub fn message_slot(ui: &mut Ui, messages: &[String]) {
    let height = ui.text_style_height(&egui::TextStyle::Small);
    let width = ui.available_width();
    if messages.len() > 1 {
        // Two messages at once (rare) take the room they need.
        ui.vertical(|ui| messages.iter().for_each(|message| issue_text(ui, message)));
        return;
    }
    let (rect, _) = ui.allocate_exact_size(
        egui::vec2(ui.min_rect().width(), height),
        egui::Sense::hover(),
    );
    // The message may be wider than a narrow field (a date): it is drawn into the free room
    // to the right without widening the field's column, which would move the fields beside it.
    let room = egui::Rect::from_min_size(rect.min, egui::vec2(width.max(rect.width()), height));
    let mut slot = ui.new_child(egui::UiBuilder::new().max_rect(room));
    for message in messages {
        issue_text(&mut slot, message);
    }
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
    messages: Messages<'_>,
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
                .desired_width(width)
                .return_key(None),
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
    // Text that does not parse is said once the user has left the field, not halfway
    // through typing a date; always in the same slot.
    let shown = messages_shown(ui, &response, messages.at_once);
    match typed.error {
        Some(error) if !response.has_focus() => message_slot(ui, &[error.to_owned()]),
        Some(_) => message_slot(ui, &[]),
        None => message_slot(ui, if shown { messages.list } else { &[] }),
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
    messages: Messages<'_>,
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
        messages,
    )
}

/// Euros typed as `1 500,00`; empty means no amount.
pub fn euros_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut Option<i64>,
    messages: Messages<'_>,
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
        messages,
    )
}

/// A year typed with four digits; empty means no year.
pub fn year_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut Option<i32>,
    messages: Messages<'_>,
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
        messages,
    )
}
