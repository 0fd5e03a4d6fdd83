//! The one way the app asks a question: a modal window with a title, what it is about, any
//! extra content (a field, a list of warnings), and a row of buttons. Esc or a click outside
//! dismisses it, as "Peruuta" would (a question that must be answered ignores that).

use egui::Ui;

/// A question: its title, its text and its answers, in the user's language.
#[derive(Clone, Copy, Debug)]
pub struct Question<'a> {
    /// Names the window (two questions never share it).
    pub id: &'static str,
    /// Its width in points.
    pub width: f32,
    /// The heading.
    pub title: &'a str,
    /// What it is about (empty: nothing).
    pub body: &'a str,
    /// The answers, left to right.
    pub buttons: &'a [&'a str],
}

/// How a question was answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reply {
    /// The button at this place in [`Question::buttons`].
    Button(usize),
    /// Esc, or a click outside the window.
    Dismissed,
}

impl Question<'_> {
    /// Shows the question this frame, with `extra` drawn between the text and the buttons;
    /// `None` while it waits for an answer.
    pub fn ask(&self, ctx: &egui::Context, extra: impl FnOnce(&mut Ui)) -> Option<Reply> {
        let mut pressed = None;
        let response = egui::Modal::new(egui::Id::unique(self.id)).show(ctx, |ui| {
            ui.set_width(self.width);
            super::widgets::heading(ui, self.title, 1);
            if !self.body.is_empty() {
                ui.label(self.body);
            }
            extra(ui);
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                for (index, label) in self.buttons.iter().enumerate() {
                    if ui.button(*label).clicked() {
                        pressed = Some(index);
                    }
                }
            });
        });
        match pressed {
            Some(index) => Some(Reply::Button(index)),
            None if response.should_close() => Some(Reply::Dismissed),
            None => None,
        }
    }
}
