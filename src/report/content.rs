//! The pages' content streams, written as the pages are laid out.
//!
//! Each drawing operation is written straight away as the bytes lopdf writes for it (each
//! operand followed by a space, then the operator; a line break between operations), instead of
//! being built as printpdf operations that are translated, encoded, decoded and encoded again.
//!
//! Text is the one part that waits. The embedded font is a subset whose glyphs are numbered in
//! the order of their ids in the whole font, so a glyph's code is known only when every page is
//! laid out. A page keeps its text's glyph ids beside its bytes; [`Glyphs`] records which glyphs
//! each face uses, and [`PageContent::write`] puts the text in as literal strings of the
//! subset's codes. printpdf still embeds the fonts: it is given pages that only use the same
//! glyphs ([`Glyphs::font_pages`]), and numbers them the same way (the unit tests and every
//! test that reads a report's text back check that the two agree).

use std::io::Write as _;

use printpdf::{FontId, Op, PdfFontHandle, Pt, TextItem};

use super::compression::Deflater;
use super::writer::{write_literal, write_name};

/// The faces text is shown in: regular and bold ([`super::fonts::Face::index`]).
pub const FACES: usize = 2;

/// What a path is drawn as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// The outline, open.
    Stroke,
    /// The outline, closed.
    StrokeClosed,
    /// Filled (non-zero winding), closed.
    Fill,
}

/// A text string still to be written: where in the page's bytes, in which face, and its
/// glyphs' range in the page's glyph ids.
#[derive(Clone, Copy, Debug)]
struct Text {
    at: usize,
    face: usize,
    glyphs: (usize, usize),
}

/// One page's content: the operations as bytes, with the text to be put in.
#[derive(Debug, Default)]
pub struct Page {
    bytes: Vec<u8>,
    texts: Vec<Text>,
    glyphs: Vec<u16>,
    started: bool,
}

impl Page {
    /// Starts an operation: a line break after the one before.
    fn start(&mut self) {
        if self.started {
            self.bytes.push(b'\n');
        }
        self.started = true;
    }

    /// A number operand, as lopdf writes a real one.
    fn number(&mut self, value: f32) {
        // Writing into a vector cannot fail.
        let _ = write!(self.bytes, "{value} ");
    }

    /// A name operand.
    fn name(&mut self, name: &[u8]) {
        write_name(&mut self.bytes, name);
        self.bytes.push(b' ');
    }

    fn operator(&mut self, operator: &[u8]) {
        self.bytes.extend_from_slice(operator);
    }

    /// An operation without operands.
    fn bare(&mut self, operator: &[u8]) {
        self.start();
        self.operator(operator);
    }

    /// `BT`
    pub fn begin_text(&mut self) {
        self.bare(b"BT");
    }

    /// `ET`
    pub fn end_text(&mut self) {
        self.bare(b"ET");
    }

    /// `q`
    pub fn save(&mut self) {
        self.bare(b"q");
    }

    /// `Q`
    pub fn restore(&mut self) {
        self.bare(b"Q");
    }

    /// `r g b rg`
    pub fn fill_color(&mut self, color: [f32; 3]) {
        self.start();
        for value in color {
            self.number(value);
        }
        self.operator(b"rg");
    }

    /// `r g b RG`
    pub fn stroke_color(&mut self, color: [f32; 3]) {
        self.start();
        for value in color {
            self.number(value);
        }
        self.operator(b"RG");
    }

    /// `width w`
    pub fn line_width(&mut self, width: f32) {
        self.start();
        self.number(width);
        self.operator(b"w");
    }

    /// `/Font size Tf`
    pub fn font(&mut self, font: &str, size: f32) {
        self.start();
        self.name(font.as_bytes());
        self.number(size);
        self.operator(b"Tf");
    }

    /// `x y Td`
    pub fn move_text(&mut self, x: f32, y: f32) {
        self.start();
        self.number(x);
        self.number(y);
        self.operator(b"Td");
    }

    /// `(…) Tj`: the glyphs of `face` with these ids (0 for a character without a glyph).
    pub fn show(&mut self, face: usize, glyphs: impl IntoIterator<Item = u16>) {
        self.start();
        let first = self.glyphs.len();
        self.glyphs.extend(glyphs);
        self.texts.push(Text {
            at: self.bytes.len(),
            face,
            glyphs: (first, self.glyphs.len()),
        });
        self.operator(b" Tj");
    }

    /// A path through `points` (`m`, then `l` for each further point), painted.
    pub fn path(&mut self, points: &[(f32, f32)], paint: Paint) {
        let mut points = points.iter();
        let Some(&(x, y)) = points.next() else {
            return;
        };
        self.start();
        self.number(x);
        self.number(y);
        self.operator(b"m");
        for &(x, y) in points {
            self.start();
            self.number(x);
            self.number(y);
            self.operator(b"l");
        }
        match paint {
            Paint::Stroke => self.bare(b"S"),
            Paint::StrokeClosed => {
                self.bare(b"h");
                self.bare(b"S");
            }
            Paint::Fill => {
                self.bare(b"h");
                self.bare(b"f");
            }
        }
    }

    /// `/Artifact BMC`
    pub fn begin_artifact(&mut self) {
        self.start();
        self.name(b"Artifact");
        self.operator(b"BMC");
    }

    /// `/Tag <</MCID n>> BDC`: content of a structure element.
    pub fn begin_element(&mut self, tag: &[u8], mcid: usize) {
        self.start();
        self.name(tag);
        // Writing into a vector cannot fail.
        let _ = write!(self.bytes, "<</MCID {mcid}>> BDC");
    }

    /// `EMC`
    pub fn end_marked(&mut self) {
        self.bare(b"EMC");
    }
}

/// The glyphs each face shows, each with the character it shows (for a glyph two characters
/// share, the one shown last in the document, as printpdf records it).
#[derive(Debug)]
pub struct Glyphs {
    fonts: [FontId; FACES],
    /// By glyph id: the character and the page it was last shown on.
    used: [Vec<Option<(char, usize)>>; FACES],
}

impl Glyphs {
    /// None used yet, of the faces with these ids (regular, bold).
    pub fn new(fonts: [FontId; FACES]) -> Self {
        Self {
            fonts,
            used: [Vec::new(), Vec::new()],
        }
    }

    /// `c` shown as glyph `gid` of `face` on `page` (pages may be visited again: their header
    /// and footer come last).
    pub fn record(&mut self, face: usize, gid: u16, c: char, page: usize) {
        let Some(used) = self.used.get_mut(face) else {
            return;
        };
        let gid = usize::from(gid);
        if used.len() <= gid {
            used.resize(gid + 1, None);
        }
        if let Some(slot) = used.get_mut(gid)
            && slot.is_none_or(|(_, last)| last <= page)
        {
            *slot = Some((c, page));
        }
    }

    /// Each face's codes: the subset keeps glyph 0 first and the glyphs used in the order of
    /// their ids (`printpdf::font::subset_font`), and a glyph's code is its place there.
    pub fn codes(&self) -> Codes {
        Codes(self.used.each_ref().map(|used| {
            let mut next = 1_u16;
            used.iter()
                .enumerate()
                .map(|(gid, slot)| match slot {
                    Some(_) if gid > 0 => {
                        let code = next;
                        next = next.saturating_add(1);
                        code
                    }
                    _ => 0,
                })
                .collect()
        }))
    }

    /// `count` pages for printpdf, which embeds the fonts' subsets: the first shows every
    /// glyph used, once, with its character; their content is replaced by the real pages'.
    pub fn font_pages(&self, count: usize) -> Vec<Vec<Op>> {
        let mut first = Vec::new();
        for (font, used) in self.fonts.iter().zip(&self.used) {
            let text: String = used.iter().flatten().map(|&(c, _)| c).collect();
            if text.is_empty() {
                continue;
            }
            first.extend([
                Op::StartTextSection,
                Op::SetFont {
                    font: PdfFontHandle::External(font.clone()),
                    size: Pt(10.0),
                },
                Op::ShowText {
                    items: vec![TextItem::Text(text)],
                },
                Op::EndTextSection,
            ]);
        }
        let mut pages = vec![Vec::new(); count];
        if let Some(page) = pages.first_mut() {
            *page = first;
        }
        pages
    }
}

/// Each face's code for each glyph id.
#[derive(Debug)]
pub struct Codes([Vec<u16>; FACES]);

impl Codes {
    fn code(&self, face: usize, gid: u16) -> u16 {
        self.0
            .get(face)
            .and_then(|codes| codes.get(usize::from(gid)))
            .copied()
            .unwrap_or(0)
    }
}

/// A page's content on its way into the document: written out with the text's codes, then
/// compressed.
#[derive(Debug)]
pub struct PageContent {
    /// The page's place in the document (from 0).
    pub index: usize,
    page: Page,
    bytes: Vec<u8>,
    compressed: bool,
}

impl PageContent {
    /// The pages in the order to work on them: the largest first, so that the two threads
    /// sharing them finish at about the same time.
    pub fn of(pages: Vec<Page>) -> Vec<Self> {
        let mut contents: Vec<Self> = pages
            .into_iter()
            .enumerate()
            .map(|(index, page)| Self {
                index,
                page,
                bytes: Vec::new(),
                compressed: false,
            })
            .collect();
        contents.sort_by_key(|content| std::cmp::Reverse(content.page.bytes.len()));
        contents
    }

    /// The content stream's bytes, with the text as literal strings of `codes`, compressed
    /// where that makes it smaller.
    pub fn write(&mut self, codes: &Codes, deflater: &mut Deflater) {
        let page = std::mem::take(&mut self.page);
        let bytes = page.written(codes);
        match deflater.smaller(&bytes) {
            Some(compressed) => {
                self.bytes = compressed;
                self.compressed = true;
            }
            None => self.bytes = bytes,
        }
    }

    /// The bytes and whether they are compressed.
    pub fn into_stream(self) -> (Vec<u8>, bool) {
        (self.bytes, self.compressed)
    }
}

impl Page {
    /// The content stream: the bytes with the text put in.
    fn written(&self, codes: &Codes) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.bytes.len() + 3 * self.glyphs.len());
        let mut string = Vec::new();
        let mut escaped = Vec::new();
        let mut copied = 0;
        for text in &self.texts {
            out.extend_from_slice(self.bytes.get(copied..text.at).unwrap_or_default());
            copied = text.at;
            string.clear();
            let (first, end) = text.glyphs;
            for &gid in self.glyphs.get(first..end).unwrap_or_default() {
                string.extend_from_slice(&codes.code(text.face, gid).to_be_bytes());
            }
            write_literal(&mut out, &string, &mut escaped);
        }
        out.extend_from_slice(self.bytes.get(copied..).unwrap_or_default());
        out
    }
}

#[cfg(test)]
mod tests {
    use lopdf::content::{Content, Operation};
    use lopdf::{Dictionary, Object, StringFormat};
    use printpdf::FontId;
    use proptest::prelude::*;

    use super::{Glyphs, Page, Paint};

    /// One drawing operation, with what the page writer is asked and what lopdf would write.
    #[derive(Clone, Debug)]
    enum Step {
        Bare(&'static str),
        Fill([f32; 3]),
        Stroke([f32; 3]),
        Width(f32),
        Font(String, f32),
        Move(f32, f32),
        Show(usize, Vec<u16>),
        Path(Vec<(f32, f32)>, Paint),
        Artifact,
        Element(Vec<u8>, usize),
    }

    fn number() -> impl Strategy<Value = f32> {
        prop_oneof![
            -1.0e4_f32..1.0e4,
            (0_u16..1000).prop_map(|n| f32::from(n) / 10.0),
            Just(0.0),
            Just(-0.0),
        ]
    }

    fn step() -> impl Strategy<Value = Step> {
        let color = || [number(), number(), number()];
        prop_oneof![
            prop_oneof![Just("BT"), Just("ET"), Just("q"), Just("Q"), Just("EMC")]
                .prop_map(Step::Bare),
            color().prop_map(Step::Fill),
            color().prop_map(Step::Stroke),
            number().prop_map(Step::Width),
            ("[A-Z]{6}|[ -~]{0,8}", number()).prop_map(|(name, size)| Step::Font(name, size)),
            (number(), number()).prop_map(|(x, y)| Step::Move(x, y)),
            (0_usize..2, proptest::collection::vec(0_u16..400, 0..30))
                .prop_map(|(face, glyphs)| Step::Show(face, glyphs)),
            (
                proptest::collection::vec((number(), number()), 1..6),
                prop_oneof![
                    Just(Paint::Stroke),
                    Just(Paint::StrokeClosed),
                    Just(Paint::Fill)
                ]
            )
                .prop_map(|(points, paint)| Step::Path(points, paint)),
            Just(Step::Artifact),
            (
                proptest::collection::vec(any::<u8>(), 1..6),
                0_usize..1_000_000
            )
                .prop_map(|(tag, mcid)| Step::Element(tag, mcid)),
        ]
    }

    fn op(operator: &str, operands: Vec<Object>) -> Operation {
        Operation::new(operator, operands)
    }

    fn reals(values: &[f32]) -> Vec<Object> {
        values.iter().map(|&value| Object::Real(value)).collect()
    }

    /// What printpdf asked lopdf to write for the same steps, with the subset's codes: glyph 0
    /// first, then the used glyphs in the order of their ids; an unused glyph shows as 0.
    fn expected(steps: &[Step], used: &[Vec<u16>; 2]) -> Vec<u8> {
        let code = |face: usize, gid: u16| -> u16 {
            let mut used: Vec<u16> = used[face].iter().copied().filter(|&g| g != 0).collect();
            used.sort_unstable();
            used.dedup();
            used.iter()
                .position(|&g| g == gid)
                .map_or(0, |place| u16::try_from(place + 1).unwrap_or(0))
        };
        let mut operations = Vec::new();
        for step in steps {
            match step {
                Step::Bare(operator) => operations.push(op(operator, vec![])),
                Step::Fill(color) => operations.push(op("rg", reals(color))),
                Step::Stroke(color) => operations.push(op("RG", reals(color))),
                Step::Width(width) => operations.push(op("w", reals(&[*width]))),
                Step::Font(name, size) => operations.push(op(
                    "Tf",
                    vec![Object::Name(name.clone().into_bytes()), Object::Real(*size)],
                )),
                Step::Move(x, y) => operations.push(op("Td", reals(&[*x, *y]))),
                Step::Show(face, glyphs) => {
                    let bytes = glyphs
                        .iter()
                        .flat_map(|&gid| code(*face, gid).to_be_bytes())
                        .collect();
                    operations.push(op("Tj", vec![Object::String(bytes, StringFormat::Literal)]));
                }
                Step::Path(points, paint) => {
                    for (index, (x, y)) in points.iter().enumerate() {
                        let operator = if index == 0 { "m" } else { "l" };
                        operations.push(op(operator, reals(&[*x, *y])));
                    }
                    match paint {
                        Paint::Stroke => operations.push(op("S", vec![])),
                        Paint::StrokeClosed => {
                            operations.extend([op("h", vec![]), op("S", vec![])]);
                        }
                        Paint::Fill => operations.extend([op("h", vec![]), op("f", vec![])]),
                    }
                }
                Step::Artifact => {
                    operations.push(op("BMC", vec![Object::Name(b"Artifact".to_vec())]));
                }
                Step::Element(tag, mcid) => {
                    let mut properties = Dictionary::new();
                    properties.set("MCID", i64::try_from(*mcid).unwrap_or(i64::MAX));
                    operations.push(op(
                        "BDC",
                        vec![Object::Name(tag.clone()), Object::Dictionary(properties)],
                    ));
                }
            }
        }
        Content { operations }.encode().unwrap_or_default()
    }

    fn written(steps: &[Step], used: &[Vec<u16>; 2]) -> Vec<u8> {
        let mut glyphs = Glyphs::new([FontId("R".to_owned()), FontId("B".to_owned())]);
        for (face, used) in used.iter().enumerate() {
            for &gid in used {
                glyphs.record(face, gid, 'x', 0);
            }
        }
        let mut page = Page::default();
        for step in steps {
            match step {
                Step::Bare("BT") => page.begin_text(),
                Step::Bare("ET") => page.end_text(),
                Step::Bare("q") => page.save(),
                Step::Bare("Q") => page.restore(),
                Step::Bare(_) => page.end_marked(),
                Step::Fill(color) => page.fill_color(*color),
                Step::Stroke(color) => page.stroke_color(*color),
                Step::Width(width) => page.line_width(*width),
                Step::Font(name, size) => page.font(name, *size),
                Step::Move(x, y) => page.move_text(*x, *y),
                Step::Show(face, ids) => page.show(*face, ids.iter().copied()),
                Step::Path(points, paint) => page.path(points, *paint),
                Step::Artifact => page.begin_artifact(),
                Step::Element(tag, mcid) => page.begin_element(tag, *mcid),
            }
        }
        page.written(&glyphs.codes())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The page writer writes exactly what printpdf's operations encoded by lopdf with
        /// literal strings were, with the codes of printpdf's subset.
        #[test]
        fn pages_are_written_as_lopdf_encodes_the_operations(
            steps in proptest::collection::vec(step(), 0..24),
            regular in proptest::collection::vec(0_u16..400, 0..120),
            bold in proptest::collection::vec(0_u16..400, 0..120),
        ) {
            let used = [regular, bold];
            prop_assert_eq!(written(&steps, &used), expected(&steps, &used));
        }
    }

    #[test]
    fn a_glyph_two_characters_share_keeps_the_one_shown_last_in_the_document() {
        let mut glyphs = Glyphs::new([FontId("R".to_owned()), FontId("B".to_owned())]);
        glyphs.record(0, 3, ' ', 0);
        glyphs.record(0, 3, '\u{a0}', 2);
        // Page 1's footer is written after page 2's content, but comes before it.
        glyphs.record(0, 3, ' ', 1);
        glyphs.record(1, 7, 'a', 0);
        let pages = glyphs.font_pages(3);
        assert_eq!(pages.len(), 3);
        assert!(pages[1].is_empty() && pages[2].is_empty());
        let shown: Vec<&printpdf::TextItem> = pages[0]
            .iter()
            .filter_map(|op| match op {
                printpdf::Op::ShowText { items } => items.first(),
                _ => None,
            })
            .collect();
        assert_eq!(
            shown,
            [
                &printpdf::TextItem::Text("\u{a0}".to_owned()),
                &printpdf::TextItem::Text("a".to_owned())
            ]
        );
    }

    #[test]
    fn codes_escape_what_a_literal_string_must() {
        // Codes 40, 41 and 92 are "(", ")" and "\\" in their low byte; 13 is a carriage return.
        let mut glyphs = Glyphs::new([FontId("R".to_owned()), FontId("B".to_owned())]);
        for gid in 1..=100 {
            glyphs.record(0, gid, 'x', 0);
        }
        let mut page = Page::default();
        page.begin_text();
        page.show(0, [41, 40, 92, 13, 500]);
        page.end_text();
        assert_eq!(
            page.written(&glyphs.codes()),
            b"BT\n(\0\\)\0\\(\0\\\\\0\\r\0\0) Tj\nET".to_vec()
        );
    }
}
