//! The report's fonts: Liberation Sans, embedded (and subset) in every report, with the glyph
//! widths the layout measures text with.

use printpdf::{FontId, ParsedFont, PdfDocument};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf");

/// One face: its id in the document and its metrics.
pub struct Face {
    /// The font's id in the PDF.
    pub id: FontId,
    font: ParsedFont,
    units_per_em: f32,
}

impl Face {
    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| {
                self.font
                    .lookup_glyph_index(u32::from(c))
                    .map_or(0, |gid| u32::from(self.font.get_horizontal_advance(gid)))
            })
            .sum();
        #[expect(clippy::cast_precision_loss, reason = "font units are small")]
        let units = units as f32;
        units * size / self.units_per_em
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.font
            .lookup_glyph_index(u32::from(c))
            .is_some_and(|gid| gid != 0)
    }
}

/// The regular and bold faces.
pub struct Fonts {
    /// Body text.
    pub regular: Face,
    /// Headings and labels.
    pub bold: Face,
}

/// The fonts could not be read (a bug: they are part of the program).
#[derive(Debug, thiserror::Error)]
#[error("the embedded font {0} could not be read")]
pub struct FontError(&'static str);

impl Fonts {
    /// Parses the embedded fonts and adds them to `pdf`.
    pub fn load(pdf: &mut PdfDocument) -> Result<Self, FontError> {
        let face =
            |bytes: &[u8], name: &'static str, pdf: &mut PdfDocument| -> Result<Face, FontError> {
                let font =
                    ParsedFont::from_bytes(bytes, 0, &mut Vec::new()).ok_or(FontError(name))?;
                let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
                Ok(Face {
                    id: pdf.add_font(&font),
                    font,
                    units_per_em,
                })
            };
        Ok(Self {
            regular: face(REGULAR_TTF, "LiberationSans-Regular", pdf)?,
            bold: face(BOLD_TTF, "LiberationSans-Bold", pdf)?,
        })
    }
}
