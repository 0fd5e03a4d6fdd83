//! The report's fonts: Liberation Sans, embedded (and subset) in every report, with the glyph
//! widths the layout measures text with.

use std::sync::OnceLock;

use printpdf::{FontId, ParsedFont, PdfDocument};
use sha2::{Digest as _, Sha256};

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Regular.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/LiberationSans-Bold.ttf");

/// One face: its id in the document and its metrics.
pub struct Face {
    /// The font's id in the PDF (its resource name).
    pub id: FontId,
    /// Which face: 0 regular, 1 bold (see [`super::content::FACES`]).
    pub index: usize,
    metrics: &'static Metrics,
}

/// A parsed font and what the layout asks of it: parsed once for the program's run (the fonts
/// are part of it), not for every report.
struct Metrics {
    font: ParsedFont,
    units_per_em: f32,
    /// The advances of the characters below [`CACHED_CHARS`], looked up once: the layout
    /// measures every line many times while it wraps.
    advances: Vec<u16>,
    /// The glyph id of each of those characters, if the font maps it.
    gids: Vec<Option<u16>>,
}

impl Metrics {
    fn parse(bytes: &[u8]) -> Option<Self> {
        let font = ParsedFont::from_bytes(bytes, 0, &mut Vec::new())?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let advances = (0..CACHED_CHARS)
            .map(|code| {
                char::from_u32(code)
                    .map_or(0, |c| u16::try_from(advance(&font, c)).unwrap_or(u16::MAX))
            })
            .collect();
        let gids = (0..CACHED_CHARS)
            .map(|code| font.lookup_glyph_index(code))
            .collect();
        Some(Self {
            font,
            units_per_em,
            advances,
            gids,
        })
    }
}

/// Characters whose advance is kept at hand: Latin, Latin-1 and Latin Extended-A and B (å ä ö
/// and every letter of Finnish, Swedish and English text).
const CACHED_CHARS: u32 = 0x250;

impl Face {
    /// The width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.scaled(self.units(text), size)
    }

    /// The advance of `text` in font units: widths add up, so a line's is its words' and
    /// spaces' together.
    pub fn units(&self, text: &str) -> u32 {
        text.chars().map(|c| self.char_units(c)).sum()
    }

    /// The advance of `c` in font units.
    pub fn char_units(&self, c: char) -> u32 {
        let metrics = self.metrics;
        metrics
            .advances
            .get(c as usize)
            .map_or_else(|| advance(&metrics.font, c), |&cached| u32::from(cached))
    }

    /// `units` font units as points at `size`.
    pub fn scaled(&self, units: u32, size: f32) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "font units are small")]
        let units = units as f32;
        units * size / self.metrics.units_per_em
    }

    /// Whether the face has a glyph for `c`.
    pub fn has_glyph(&self, c: char) -> bool {
        self.gid(c).is_some_and(|gid| gid != 0)
    }

    /// The id of the glyph the font maps `c` to, if any.
    pub fn gid(&self, c: char) -> Option<u16> {
        let metrics = self.metrics;
        metrics.gids.get(c as usize).map_or_else(
            || metrics.font.lookup_glyph_index(u32::from(c)),
            |&cached| cached,
        )
    }
}

/// The advance of `c` in font units, 0 when the font has no glyph for it.
fn advance(font: &ParsedFont, c: char) -> u32 {
    font.lookup_glyph_index(u32::from(c))
        .map_or(0, |gid| u32::from(font.get_horizontal_advance(gid)))
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

/// The font's name in the document: six capital letters from `seed` and the face, which
/// printpdf also uses as the subset's tag (`ABCDEF+LiberationSans`). printpdf would pick them
/// by chance; from the report's input, the same input gives the same bytes.
fn font_id(seed: &[u8; 32], name: &str) -> FontId {
    let digest = Sha256::new()
        .chain_update(seed)
        .chain_update(name.as_bytes())
        .finalize();
    FontId(
        digest
            .iter()
            .take(6)
            .map(|byte| char::from(b'A' + byte % 26))
            .collect(),
    )
}

impl Fonts {
    /// Adds the embedded fonts to `pdf`, named from `seed`.
    pub fn load(pdf: &mut PdfDocument, seed: &[u8; 32]) -> Result<Self, FontError> {
        static REGULAR: OnceLock<Option<Metrics>> = OnceLock::new();
        static BOLD: OnceLock<Option<Metrics>> = OnceLock::new();
        let mut face = |cell: &'static OnceLock<Option<Metrics>>,
                        bytes: &[u8],
                        name: &'static str,
                        index: usize|
         -> Result<Face, FontError> {
            let metrics = cell
                .get_or_init(|| Metrics::parse(bytes))
                .as_ref()
                .ok_or(FontError(name))?;
            // As `PdfDocument::add_font` does, under a name of our choosing.
            let id = font_id(seed, name);
            let added = pdf.add_font(&metrics.font);
            if let Some(entry) = pdf.resources.fonts.map.remove(&added) {
                pdf.resources.fonts.map.insert(id.clone(), entry);
            }
            Ok(Face { id, index, metrics })
        };
        Ok(Self {
            regular: face(&REGULAR, REGULAR_TTF, "LiberationSans-Regular", 0)?,
            bold: face(&BOLD, BOLD_TTF, "LiberationSans-Bold", 1)?,
        })
    }
}
