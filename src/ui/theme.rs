//! Colours and status marks. Every colour of the app comes from here.
//!
//! A status is shown by colour **and** shape (and, next to it, a word), so that it reads for
//! colour-blind users, on a projector and on a black-and-white printout.
#![allow(
    clippy::disallowed_methods,
    reason = "the one place where colours are made (clippy.toml keeps them here)"
)]

use egui::{Color32, Pos2, Rect, Shape, Stroke, Vec2, epaint::PathShape};

use crate::domain::assessment::Status;
use crate::domain::readiness::CriterionReadiness;
use crate::i18n::{self, Lang, ui::T};

/// The veil over the window while a file is dragged over it, and the hint's colour on it.
pub fn drop_overlay_colors() -> (Color32, Color32) {
    (Color32::from_black_alpha(160), Color32::WHITE)
}

/// How a criterion stands, as the marks show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    /// Met and backed by evidence: a filled circle with a tick.
    CountsAsMet,
    /// Marked met but without evidence: a triangle with an exclamation mark.
    MetWithoutEvidence,
    /// Marked met, evidence linked but none of it qualifies: a diamond with a bar.
    EvidenceInsufficient,
    /// Partly met: a half-filled circle.
    PartlyMet,
    /// Not met: a filled square with a cross.
    NotMet,
    /// Not assessed: an empty circle.
    NotAssessed,
}

impl Look {
    /// The look of a criterion in the verdict.
    pub fn of(criterion: &CriterionReadiness<'_>) -> Self {
        match criterion.status {
            Status::Met if criterion.counts_as_met() => Self::CountsAsMet,
            Status::Met if criterion.evidence_count > 0 => Self::EvidenceInsufficient,
            Status::Met => Self::MetWithoutEvidence,
            Status::PartlyMet => Self::PartlyMet,
            Status::NotMet => Self::NotMet,
            Status::NotAssessed => Self::NotAssessed,
        }
    }

    /// The look of a criterion's standing in a comparison or an overview (where the
    /// evidence behind a "met" is not counted: it does not qualify).
    pub fn of_standing(standing: crate::domain::compare::Standing) -> Self {
        match standing.status {
            Status::Met if standing.counts_as_met => Self::CountsAsMet,
            Status::Met => Self::EvidenceInsufficient,
            Status::PartlyMet => Self::PartlyMet,
            Status::NotMet => Self::NotMet,
            Status::NotAssessed => Self::NotAssessed,
        }
    }

    /// The word beside the mark.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Self::CountsAsMet => T::CountsAsMet.get(lang),
            Self::MetWithoutEvidence => T::MetWithoutEvidence.get(lang),
            Self::EvidenceInsufficient => T::EvidenceInsufficient.get(lang),
            Self::PartlyMet => i18n::status_label(lang, Status::PartlyMet),
            Self::NotMet => i18n::status_label(lang, Status::NotMet),
            Self::NotAssessed => i18n::status_label(lang, Status::NotAssessed),
        }
    }

    /// The mark's colour, readable on the light or dark background.
    pub fn color(self, dark_mode: bool) -> Color32 {
        match (self, dark_mode) {
            (Self::CountsAsMet, false) => Color32::from_rgb(0x1B, 0x6E, 0x20),
            (Self::CountsAsMet, true) => Color32::from_rgb(0x66, 0xBB, 0x6A),
            (Self::MetWithoutEvidence | Self::EvidenceInsufficient | Self::PartlyMet, false) => {
                Color32::from_rgb(0xA0, 0x5A, 0x00)
            }
            (Self::MetWithoutEvidence | Self::EvidenceInsufficient | Self::PartlyMet, true) => {
                Color32::from_rgb(0xFF, 0xB7, 0x4D)
            }
            (Self::NotMet, false) => Color32::from_rgb(0xB7, 0x1C, 0x1C),
            (Self::NotMet, true) => Color32::from_rgb(0xEF, 0x76, 0x76),
            (Self::NotAssessed, false) => Color32::from_rgb(0x61, 0x61, 0x61),
            (Self::NotAssessed, true) => Color32::from_rgb(0xB0, 0xB0, 0xB0),
        }
    }
}

/// The colour of the verdict: green when ready, amber otherwise.
pub fn verdict_color(ready: bool, dark_mode: bool) -> Color32 {
    if ready {
        Look::CountsAsMet.color(dark_mode)
    } else {
        Look::PartlyMet.color(dark_mode)
    }
}

/// The colour of a validation message next to a field.
pub fn error_color(dark_mode: bool) -> Color32 {
    Look::NotMet.color(dark_mode)
}

/// Paints the mark of `look` in a square `rect`.
pub fn paint_mark(painter: &egui::Painter, rect: Rect, look: Look, dark_mode: bool) {
    let color = look.color(dark_mode);
    let on_color = if dark_mode {
        Color32::BLACK
    } else {
        Color32::WHITE
    };
    let center = rect.center();
    let r = rect.width().min(rect.height()) * 0.45;
    let line = Stroke::new((r * 0.22).max(1.5), on_color);
    let at = |x: f32, y: f32| center + Vec2::new(x * r, y * r);
    match look {
        Look::CountsAsMet => {
            painter.circle_filled(center, r, color);
            painter.line(vec![at(-0.5, 0.0), at(-0.15, 0.4), at(0.55, -0.4)], line);
        }
        Look::MetWithoutEvidence => {
            let triangle = vec![at(0.0, -1.0), at(1.0, 0.8), at(-1.0, 0.8)];
            painter.add(Shape::convex_polygon(triangle, color, Stroke::NONE));
            painter.line_segment([at(0.0, -0.45), at(0.0, 0.2)], line);
            painter.circle_filled(at(0.0, 0.5), line.width * 0.6, on_color);
        }
        Look::EvidenceInsufficient => {
            let diamond = vec![at(0.0, -1.05), at(1.05, 0.0), at(0.0, 1.05), at(-1.05, 0.0)];
            painter.add(Shape::convex_polygon(diamond, color, Stroke::NONE));
            painter.line_segment([at(-0.5, 0.0), at(0.5, 0.0)], line);
        }
        Look::PartlyMet => {
            painter.circle_stroke(center, r * 0.9, Stroke::new(r * 0.2, color));
            let half: Vec<Pos2> = (0..=16)
                .map(|i| {
                    #[expect(clippy::cast_precision_loss, reason = "a small loop counter")]
                    let angle =
                        std::f32::consts::FRAC_PI_2 + std::f32::consts::PI * (i as f32) / 16.0;
                    center + Vec2::angled(angle) * r * 0.9
                })
                .collect();
            painter.add(Shape::Path(PathShape::convex_polygon(
                half,
                color,
                Stroke::NONE,
            )));
        }
        Look::NotMet => {
            let square = Rect::from_center_size(center, Vec2::splat(r * 1.7));
            painter.rect_filled(square, 2.0, color);
            painter.line_segment([at(-0.45, -0.45), at(0.45, 0.45)], line);
            painter.line_segment([at(0.45, -0.45), at(-0.45, 0.45)], line);
        }
        Look::NotAssessed => {
            painter.circle_stroke(center, r * 0.85, Stroke::new(r * 0.2, color));
        }
    }
}

/// Allocates a square of `size` points and paints the mark in it.
pub fn mark(ui: &mut egui::Ui, look: Look, size: f32) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(Vec2::splat(size), egui::Sense::hover());
    paint_mark(ui.painter(), rect, look, ui.visuals().dark_mode);
    response
}

/// A clear ring around the widget that has the keyboard focus (egui only changes its shade,
/// which is hard to see): 2 px in a strong blue, on the widget's own layer, clipped to where
/// the widget is visible.
pub fn paint_focus_ring(ctx: &egui::Context) {
    let Some(response) = ctx
        .memory(egui::Memory::focused)
        .and_then(|id| ctx.read_response(id))
    else {
        return;
    };
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let color = if ctx.theme() == egui::Theme::Dark {
        Color32::from_rgb(0x8A, 0xB4, 0xF8)
    } else {
        Color32::from_rgb(0x0B, 0x57, 0xD0)
    };
    ctx.layer_painter(response.layer_id).rect_stroke(
        rect.expand(1.0),
        3.0,
        Stroke::new(2.0, color),
        egui::StrokeKind::Outside,
    );
}

/// Text sizes for people who read on a projector: larger than egui's defaults.
pub fn apply_style(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.all_styles_mut(|style| {
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(12.5, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.5, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.5, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(21.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}
