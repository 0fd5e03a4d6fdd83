//! A small page layout for the report: A4 pages, text that wraps inside the margins, a section
//! heading repeated when a section continues on the next page, tables, marks, and the header
//! and footer stamped on every page once the page count is known.

use super::content::{Glyphs, Page, Paint};
use super::fonts::{Face, Fonts};
use super::structure::{Bookmark, Structure, Tag};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.276;
/// A4 in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin (20 mm).
pub const MARGIN_X: f32 = 56.7;
/// Where content starts from the top of the page (under the header).
const CONTENT_TOP: f32 = PAGE_HEIGHT - 72.0;
/// Where content must end (above the footer).
const CONTENT_BOTTOM: f32 = 64.0;
/// The text width.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;

/// How a run of text looks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Size in points.
    pub size: f32,
    /// Bold or regular.
    pub bold: bool,
    /// Colour.
    pub color: [f32; 3],
}

/// Near-black for text.
pub const INK: [f32; 3] = [0.1, 0.1, 0.1];
/// Grey for secondary text.
pub const GREY: [f32; 3] = [0.38, 0.38, 0.38];

impl Style {
    /// Body text.
    pub const BODY: Self = Self {
        size: 10.0,
        bold: false,
        color: INK,
    };
    /// Bold body text.
    pub const STRONG: Self = Self {
        size: 10.0,
        bold: true,
        color: INK,
    };
    /// Small print.
    pub const SMALL: Self = Self {
        size: 8.5,
        bold: false,
        color: GREY,
    };
    /// The title.
    pub const H1: Self = Self {
        size: 24.0,
        bold: true,
        color: INK,
    };
    /// A section.
    pub const H2: Self = Self {
        size: 15.0,
        bold: true,
        color: INK,
    };
    /// A sub-section.
    pub const H3: Self = Self {
        size: 11.5,
        bold: true,
        color: INK,
    };

    /// The same in another colour.
    pub const fn colored(self, color: [f32; 3]) -> Self {
        Self { color, ..self }
    }

    fn line_height(self) -> f32 {
        self.size * 1.35
    }
}

fn point(x: f32, y: f32) -> (f32, f32) {
    (x, y)
}

/// The shape of a status mark (see `crate::ui::theme::Look`, which this mirrors on paper).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A filled circle with a tick.
    CountsAsMet,
    /// A triangle with an exclamation mark.
    MetWithoutEvidence,
    /// A diamond with a bar: marked met, but the linked evidence does not qualify.
    EvidenceInsufficient,
    /// A half-filled circle.
    PartlyMet,
    /// A filled square with a cross.
    NotMet,
    /// An empty circle.
    NotAssessed,
}

impl Mark {
    /// The mark's colour; the shapes differ, so it also reads in black and white.
    pub fn color(self) -> [f32; 3] {
        match self {
            Self::CountsAsMet => [0.106, 0.431, 0.125],
            Self::MetWithoutEvidence | Self::EvidenceInsufficient | Self::PartlyMet => {
                [0.627, 0.353, 0.0]
            }
            Self::NotMet => [0.718, 0.110, 0.110],
            Self::NotAssessed => [0.38, 0.38, 0.38],
        }
    }
}

/// A status mark drawn in a table cell, with its alternative text.
#[derive(Clone, Copy, Debug)]
pub struct CellMark<'a> {
    /// The cell's column.
    pub column: usize,
    /// The mark's centre, from the margin.
    pub x: f32,
    /// Which mark.
    pub mark: Mark,
    /// What it says when read out.
    pub alt: &'a str,
}

/// What the marked-content sequence being written on the page belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marked {
    /// An element of the structure tree.
    Element(usize),
    /// Not content: a header, a footer, a rule, a repeated heading.
    Artifact,
}

/// What was laid out: the pages' content, the glyphs they show, and the structure.
#[derive(Debug)]
pub struct Drawn {
    /// Each page's content.
    pub pages: Vec<Page>,
    /// The glyphs shown.
    pub glyphs: Glyphs,
    /// The structure, links and outline.
    pub structure: Structure,
}

/// The laid-out pages and the state of the page being filled.
pub struct Layout<'f> {
    fonts: &'f Fonts,
    pages: Vec<Page>,
    /// The page being filled (or, while the pages are stamped, the page being stamped).
    page: Page,
    /// The glyphs the pages show.
    glyphs: Glyphs,
    /// While the pages are stamped: the index of the page being stamped.
    stamping: Option<usize>,
    y: f32,
    /// The heading repeated at the top of a page when a section continues there.
    continued: Option<String>,
    continued_word: String,
    /// The structure, links and outline drawn so far.
    structure: Structure,
    /// The marked-content sequence open on this page.
    marked: Option<Marked>,
    /// Above 0 while drawing artifacts.
    artifact: u32,
    /// The page and top of the last heading, for its bookmark.
    last_heading: (usize, f32),
    /// The text font (bold, size) and fill colour last set on this page, as bits: text
    /// repeats neither (drawings change colour only inside a saved graphics state).
    text_state: (Option<(bool, u32)>, Option<[u32; 3]>),
    /// Laying out only to learn the height ([`Self::measure`]): nothing is drawn.
    measuring: bool,
}

impl<'f> Layout<'f> {
    /// An empty layout; `continued_word` marks repeated headings: "(jatkuu)".
    pub fn new(fonts: &'f Fonts, continued_word: &str) -> Self {
        Self {
            fonts,
            pages: Vec::new(),
            page: Page::default(),
            glyphs: Glyphs::new([fonts.regular.id.clone(), fonts.bold.id.clone()]),
            stamping: None,
            y: CONTENT_TOP,
            continued: None,
            continued_word: continued_word.to_owned(),
            structure: Structure::new(),
            marked: None,
            artifact: 0,
            last_heading: (0, CONTENT_TOP),
            text_state: (None, None),
            measuring: false,
        }
    }

    /// The page being filled (from 0), or stamped.
    fn page(&self) -> usize {
        self.stamping.unwrap_or(self.pages.len())
    }

    /// Whether to draw (not when only measuring); if so, opens the marked-content sequence
    /// of the current element, or of an artifact, for what is drawn next.
    fn drawing(&mut self) -> bool {
        if self.measuring {
            return false;
        }
        let target = if self.artifact > 0 {
            Marked::Artifact
        } else {
            Marked::Element(self.structure.current())
        };
        if self.marked != Some(target) {
            self.end_marked();
            match target {
                Marked::Artifact => self.page.begin_artifact(),
                Marked::Element(element) => {
                    let page = self.page();
                    let mcid = self.structure.content(element, page);
                    let tag = self.structure.current_tag();
                    self.page.begin_element(tag.name(), mcid);
                }
            }
            self.marked = Some(target);
        }
        true
    }

    /// Ends the open marked-content sequence.
    fn end_marked(&mut self) {
        if self.marked.take().is_some() {
            self.page.end_marked();
        }
    }

    /// Opens an element of the structure inside the current one; what is drawn until
    /// [`Self::close`] is its content.
    pub fn open(&mut self, tag: Tag) -> usize {
        self.structure.open(tag)
    }

    /// Closes the current element.
    pub fn close(&mut self) {
        self.structure.close();
    }

    /// `draw` inside a new element of type `tag`.
    pub fn with<R>(&mut self, tag: Tag, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.open(tag);
        let result = draw(self);
        self.close();
        result
    }

    /// `draw` as an artifact: seen on paper, not read out.
    pub fn artifact<R>(&mut self, draw: impl FnOnce(&mut Self) -> R) -> R {
        self.artifact += 1;
        let result = draw(self);
        self.artifact -= 1;
        result
    }

    /// The alternative text of the current element (a figure).
    pub fn set_alt(&mut self, alt: &str) {
        let element = self.structure.current();
        self.structure.set_alt(element, alt);
    }

    /// The language of `element`, where it is not the document's (or is a translation).
    pub fn set_lang(&mut self, element: usize, lang: &'static str) {
        self.structure.set_lang(element, lang);
    }

    /// An outline entry at the last heading.
    pub fn bookmark(&mut self, level: u8, title: &str) {
        let (page, top) = self.last_heading;
        self.structure.bookmark(Bookmark {
            title: title.to_owned(),
            level,
            page,
            top,
        });
    }

    /// An outline entry at the top of this page.
    pub fn bookmark_page(&mut self, level: u8, title: &str) {
        self.last_heading = (self.page(), PAGE_HEIGHT);
        self.bookmark(level, title);
    }

    fn face(&self, style: Style) -> &'f Face {
        if style.bold {
            &self.fonts.bold
        } else {
            &self.fonts.regular
        }
    }

    /// `text` with what the font cannot show replaced: control characters go, characters
    /// without a glyph become `?`.
    pub fn printable(&self, text: &str, style: Style) -> String {
        let face = self.face(style);
        text.chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .map(|c| {
                if c == '\n' || c == ' ' || face.has_glyph(c) {
                    c
                } else {
                    '?'
                }
            })
            .collect()
    }

    /// The width of `text` in `style`.
    pub fn width(&self, text: &str, style: Style) -> f32 {
        self.face(style).width(text, style.size)
    }

    /// Breaks `text` into lines no wider than `width`: at spaces where it can, inside a word
    /// (a long link) where it must. Line breaks in the text are kept. A line that ends where a
    /// space or a line break was keeps a space at its end: unseen on paper, it keeps the last
    /// word apart from the next line's first when the text is read out or copied.
    pub fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let text = self.printable(text, style);
        // Widths add up: a line's is kept in font units and grown word by word.
        let face = self.face(style);
        let fits = |units: u32| face.scaled(units, style.size) <= width;
        let space = face.char_units(' ');
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_units = 0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_units = face.units(word);
                let candidate = if line.is_empty() {
                    word_units
                } else {
                    line_units + space + word_units
                };
                if fits(candidate) {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_units = candidate;
                    continue;
                }
                if !line.is_empty() {
                    line.push(' ');
                    lines.push(std::mem::take(&mut line));
                }
                // A word wider than the line is broken where it must.
                let mut piece = String::new();
                let mut piece_units = 0;
                for c in word.chars() {
                    let c_units = face.char_units(c);
                    if !fits(piece_units + c_units) && !piece.is_empty() {
                        lines.push(std::mem::replace(&mut piece, c.to_string()));
                        piece_units = c_units;
                    } else {
                        piece.push(c);
                        piece_units += c_units;
                    }
                }
                line = piece;
                line_units = piece_units;
            }
            line.push(' ');
            lines.push(line);
        }
        // The text's own end needs no space.
        if let Some(last) = lines.last_mut() {
            last.pop();
        }
        lines
    }

    /// Starts a new page; a continued section's heading is repeated on it.
    pub fn new_page(&mut self) {
        self.end_marked();
        self.text_state = (None, None);
        let page = std::mem::take(&mut self.page);
        self.pages.push(page);
        self.y = CONTENT_TOP;
        if let Some(heading) = self.continued.clone() {
            let text = format!("{heading} ({})", self.continued_word);
            // A repetition for the eye; the heading was read where it began.
            self.artifact(|layout| {
                layout.draw_lines(&text, Style::H3.colored(GREY), 0.0);
            });
            self.gap(4.0);
        }
    }

    /// The height `draw` takes when it starts at the top of an empty page, if it fits on one
    /// page (`None` if it needs more): to keep what fits on a page on one page.
    pub fn measure(&self, draw: impl FnOnce(&mut Layout<'f>)) -> Option<f32> {
        let mut scratch = Layout::new(self.fonts, &self.continued_word);
        scratch.measuring = true;
        draw(&mut scratch);
        scratch.pages.is_empty().then_some(CONTENT_TOP - scratch.y)
    }

    /// Makes sure `height` points fit on this page; starts a new one if not.
    pub fn ensure(&mut self, height: f32) {
        if self.y - height < CONTENT_BOTTOM {
            self.new_page();
        }
    }

    /// Vertical space.
    pub fn gap(&mut self, points: f32) {
        self.y -= points;
    }

    /// Space left on this page.
    pub fn room(&self) -> f32 {
        self.y - CONTENT_BOTTOM
    }

    /// The section whose heading repeats on following pages (`None` to end it).
    pub fn set_continued(&mut self, heading: Option<String>) {
        self.continued = heading;
    }

    /// One line of text with its baseline at `y`.
    pub fn text_at(&mut self, x: f32, y: f32, text: &str, style: Style) {
        if self.measuring {
            return;
        }
        let face = self.face(style);
        let text = self.printable(text, style);
        if !self.drawing() {
            return;
        }
        self.page.begin_text();
        let color = style.color.map(f32::to_bits);
        if self.text_state.1 != Some(color) {
            self.page.fill_color(style.color);
            self.text_state.1 = Some(color);
        }
        let font = (style.bold, style.size.to_bits());
        if self.text_state.0 != Some(font) {
            self.page.font(&face.id.0, style.size);
            self.text_state.0 = Some(font);
        }
        self.page.move_text(x, y);
        let page = self.page();
        let glyphs = &mut self.glyphs;
        self.page.show(
            face.index,
            text.chars().map(|c| {
                let gid = face.gid(c);
                if let Some(gid) = gid {
                    glyphs.record(face.index, gid, c, page);
                }
                // printpdf shows a character the font does not map as glyph 0.
                gid.unwrap_or(0)
            }),
        );
        self.page.end_text();
    }

    /// Wrapped text from the left margin plus `indent`, page breaks as needed: a paragraph
    /// of its own, or part of the element being drawn (a heading, a cell).
    pub fn lines(&mut self, text: &str, style: Style, indent: f32) {
        if self.structure.current_tag().groups() {
            self.with(Tag::P, |layout| layout.draw_lines(text, style, indent));
        } else {
            self.draw_lines(text, style, indent);
        }
    }

    /// [`Self::lines`] as an element of type `tag`; its id.
    pub fn tagged_lines(&mut self, tag: Tag, text: &str, style: Style, indent: f32) -> usize {
        let element = self.open(tag);
        self.draw_lines(text, style, indent);
        self.close();
        element
    }

    /// Wrapped text as the content of the current element itself (a list item's body that
    /// holds one text), never a paragraph of its own.
    pub fn lines_here(&mut self, text: &str, style: Style, indent: f32) {
        self.draw_lines(text, style, indent);
    }

    /// Wrapped text drawn in the current element.
    fn draw_lines(&mut self, text: &str, style: Style, indent: f32) {
        for line in self.wrap(text, style, CONTENT_WIDTH - indent) {
            self.ensure(style.line_height());
            self.y -= style.line_height();
            self.text_at(MARGIN_X + indent, self.y + style.size * 0.28, &line, style);
        }
    }

    /// Wrapped text as a paragraph in which `url` (when it is there) is a link: the address's
    /// text is the content of a `Link` element, which also holds the annotations over it.
    pub fn lines_with_link(&mut self, text: &str, style: Style, indent: f32, url: Option<&str>) {
        self.with(Tag::P, |layout| {
            let lines = layout.wrap(text, style, CONTENT_WIDTH - indent);
            let spans = url.map_or_else(Vec::new, |url| {
                link_spans(&lines, &layout.printable(url, style))
            });
            let mut link = None;
            for (index, line) in lines.iter().enumerate() {
                layout.ensure(style.line_height());
                layout.y -= style.line_height();
                let (x, baseline) = (MARGIN_X + indent, layout.y + style.size * 0.28);
                let Some(&(_, start, end)) = spans.iter().find(|span| span.0 == index) else {
                    layout.text_at(x, baseline, line, style);
                    continue;
                };
                let (before, rest) = line.split_at(start);
                let (linked, after) = rest.split_at(end - start);
                layout.text_at(x, baseline, before, style);
                let left = x + layout.width(before, style);
                let uri = url.unwrap_or_default();
                layout.linked_text(&mut link, left, baseline, linked, style, uri);
                let right = left + layout.width(linked, style);
                layout.text_at(right, baseline, after, style);
            }
        });
    }

    /// `text` drawn at (`x`, `baseline`) as part of the link `link` (made on first use), with
    /// an annotation over it that opens `uri`.
    fn linked_text(
        &mut self,
        link: &mut Option<usize>,
        x: f32,
        baseline: f32,
        text: &str,
        style: Style,
        uri: &str,
    ) {
        let element = match *link {
            Some(element) => {
                self.structure.resume(element);
                element
            }
            None => *link.insert(self.open(Tag::Link)),
        };
        self.text_at(x, baseline, text, style);
        self.close();
        let bottom = baseline - style.size * 0.28;
        let rect = [
            x,
            bottom,
            x + self.width(text, style),
            bottom + style.line_height(),
        ];
        let page = self.page();
        self.structure.link(element, page, rect, uri);
    }

    /// A heading that is kept together with the first lines after it.
    pub fn heading(&mut self, text: &str, style: Style, tag: Tag) {
        let lines = self.wrap(text, style, CONTENT_WIDTH).len();
        #[expect(clippy::cast_precision_loss, reason = "a few lines")]
        let height = lines as f32 * style.line_height() + 3.0 * Style::BODY.line_height();
        self.ensure(height);
        self.gap(style.size * 0.4);
        self.last_heading = (self.page(), self.y + style.size * 0.4);
        self.tagged_lines(tag, text, style, 0.0);
        self.gap(style.size * 0.25);
    }

    /// "Label: value", the value wrapped under itself.
    pub fn field(&mut self, label: &str, value: &str, indent: f32) {
        let label_width = (self.width(label, Style::STRONG) + 8.0).clamp(90.0, 170.0);
        self.field_at(label, value, indent, label_width, None);
    }

    /// "Label: address", the address a link.
    pub fn link_field(&mut self, label: &str, url: &str, indent: f32) {
        let label_width = (self.width(label, Style::STRONG) + 8.0).clamp(90.0, 170.0);
        self.field_at(label, url, indent, label_width, Some(url));
    }

    /// Several fields whose values start at one column, after the widest label.
    pub fn fields(&mut self, fields: &[(&str, String)], indent: f32) {
        let label_width = fields
            .iter()
            .filter(|(_, value)| !value.trim().is_empty())
            .map(|(label, _)| self.width(label, Style::STRONG) + 10.0)
            .fold(90.0, f32::max)
            .min(170.0);
        for (label, value) in fields {
            self.field_at(label, value, indent, label_width, None);
        }
    }

    /// One field, a paragraph of its own; its value a link to `url` when given.
    fn field_at(
        &mut self,
        label: &str,
        value: &str,
        indent: f32,
        label_width: f32,
        url: Option<&str>,
    ) {
        if value.trim().is_empty() {
            return;
        }
        let lines = self.wrap(value, Style::BODY, CONTENT_WIDTH - indent - label_width);
        self.with(Tag::P, |layout| {
            let mut link = None;
            for (i, line) in lines.iter().enumerate() {
                layout.ensure(Style::BODY.line_height());
                layout.y -= Style::BODY.line_height();
                let baseline = layout.y + Style::BODY.size * 0.28;
                if i == 0 {
                    // The space keeps label and value apart when read out.
                    let label = format!("{label} ");
                    layout.text_at(MARGIN_X + indent, baseline, &label, Style::STRONG);
                }
                let x = MARGIN_X + indent + label_width;
                match url {
                    Some(uri) => layout.linked_text(&mut link, x, baseline, line, Style::BODY, uri),
                    None => layout.text_at(x, baseline, line, Style::BODY),
                }
            }
        });
    }

    /// A table row of header cells (`TH`), each wrapped in its column.
    pub fn header_row(&mut self, cells: &[(String, Style)], columns: &[(f32, f32)]) {
        self.table_row(cells, columns, &[], Tag::TH);
    }

    /// A table row: each cell wrapped in its column; the row moves whole to the next page.
    /// `columns` are (x offset from the margin, width). The mark, with its alternative text,
    /// goes in the first cell, left of its text.
    pub fn row(
        &mut self,
        cells: &[(String, Style)],
        columns: &[(f32, f32)],
        mark: Option<(Mark, &str)>,
    ) {
        let marks: Vec<CellMark<'_>> = mark
            .map(|(mark, alt)| CellMark {
                column: 0,
                x: 6.0,
                mark,
                alt,
            })
            .into_iter()
            .collect();
        self.table_row(cells, columns, &marks, Tag::TD);
    }

    /// A table row with marks in any of its cells (see [`CellMark`]).
    pub fn row_with_marks(
        &mut self,
        cells: &[(String, Style)],
        columns: &[(f32, f32)],
        marks: &[CellMark<'_>],
    ) {
        self.table_row(cells, columns, marks, Tag::TD);
    }

    fn table_row(
        &mut self,
        cells: &[(String, Style)],
        columns: &[(f32, f32)],
        marks: &[CellMark<'_>],
        cell_tag: Tag,
    ) {
        let wrapped: Vec<Vec<String>> = cells
            .iter()
            .zip(columns)
            .map(|((text, style), (_, width))| self.wrap(text, *style, *width - 4.0))
            .collect();
        let line_height = Style::BODY.line_height();
        let rows = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        #[expect(clippy::cast_precision_loss, reason = "a few lines")]
        let height = rows as f32 * line_height + 4.0;
        self.ensure(height);
        let top = self.y;
        self.open(Tag::TR);
        for (column, ((lines, (_, style)), (x, _))) in
            wrapped.iter().zip(cells).zip(columns).enumerate()
        {
            self.open(cell_tag);
            for mark in marks.iter().filter(|mark| mark.column == column) {
                self.figure_mark(
                    MARGIN_X + mark.x,
                    top - line_height * 0.5 - 1.0,
                    5.5,
                    mark.mark,
                    mark.alt,
                );
            }
            for (i, line) in lines.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "a few lines")]
                let baseline = top - (i as f32 + 1.0) * line_height + style.size * 0.28;
                self.text_at(MARGIN_X + x, baseline, line, *style);
            }
            self.close();
        }
        self.close();
        self.y = top - height;
        self.rule(self.y + 2.0, 0.4, [0.8, 0.8, 0.8]);
    }

    /// A horizontal line across the text width at `y`: an artifact.
    pub fn rule(&mut self, y: f32, width: f32, color: [f32; 3]) {
        self.artifact(|layout| {
            layout.line(MARGIN_X, y, MARGIN_X + CONTENT_WIDTH, y, width, color);
        });
    }

    /// A straight line.
    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, width: f32, color: [f32; 3]) {
        self.polyline(&[point(x1, y1), point(x2, y2)], false, width, color);
    }

    fn polygon(&mut self, points: &[(f32, f32)], color: [f32; 3]) {
        if !self.drawing() {
            return;
        }
        self.page.save();
        self.page.fill_color(color);
        self.page.path(points, Paint::Fill);
        self.page.restore();
    }

    fn circle_points(cx: f32, cy: f32, r: f32, from: f32, to: f32, steps: u16) -> Vec<(f32, f32)> {
        (0..=steps)
            .map(|i| {
                let angle = from + (to - from) * f32::from(i) / f32::from(steps);
                point(cx + r * angle.cos(), cy + r * angle.sin())
            })
            .collect()
    }

    fn polyline(&mut self, points: &[(f32, f32)], closed: bool, width: f32, color: [f32; 3]) {
        if !self.drawing() {
            return;
        }
        self.page.save();
        self.page.stroke_color(color);
        self.page.line_width(width);
        let paint = if closed {
            Paint::StrokeClosed
        } else {
            Paint::Stroke
        };
        self.page.path(points, paint);
        self.page.restore();
    }

    /// A status mark as a figure whose alternative text says what it means.
    pub fn figure_mark(&mut self, cx: f32, cy: f32, r: f32, mark: Mark, alt: &str) {
        let figure = self.open(Tag::Figure);
        self.structure.set_alt(figure, alt);
        self.mark(cx, cy, r, mark);
        self.close();
    }

    /// A status mark of radius `r` centred at (`cx`, `cy`).
    #[expect(
        clippy::too_many_lines,
        reason = "a table: the shapes of the six marks, one arm each"
    )]
    pub fn mark(&mut self, cx: f32, cy: f32, r: f32, mark: Mark) {
        use std::f32::consts::{FRAC_PI_2, PI, TAU};
        let color = mark.color();
        let white = [1.0, 1.0, 1.0];
        let line = (r * 0.24).max(0.8);
        match mark {
            Mark::CountsAsMet => {
                self.polygon(&Self::circle_points(cx, cy, r, 0.0, TAU, 28), color);
                let tick = [
                    point(cx - 0.5 * r, cy),
                    point(cx - 0.12 * r, cy - 0.4 * r),
                    point(cx + 0.55 * r, cy + 0.42 * r),
                ];
                self.polyline(&tick, false, line, white);
            }
            Mark::MetWithoutEvidence => {
                let triangle = [
                    point(cx, cy + r),
                    point(cx + r, cy - 0.8 * r),
                    point(cx - r, cy - 0.8 * r),
                ];
                self.polygon(&triangle, color);
                self.polyline(
                    &[point(cx, cy + 0.45 * r), point(cx, cy - 0.2 * r)],
                    false,
                    line,
                    white,
                );
                self.polygon(
                    &Self::circle_points(cx, cy - 0.5 * r, line * 0.6, 0.0, TAU, 10),
                    white,
                );
            }
            Mark::EvidenceInsufficient => {
                let d = 1.05 * r;
                let diamond = [
                    point(cx, cy + d),
                    point(cx + d, cy),
                    point(cx, cy - d),
                    point(cx - d, cy),
                ];
                self.polygon(&diamond, color);
                self.polyline(
                    &[point(cx - 0.5 * r, cy), point(cx + 0.5 * r, cy)],
                    false,
                    line,
                    white,
                );
            }
            Mark::PartlyMet => {
                self.polyline(
                    &Self::circle_points(cx, cy, 0.88 * r, 0.0, TAU, 28),
                    true,
                    line,
                    color,
                );
                self.polygon(
                    &Self::circle_points(cx, cy, 0.88 * r, FRAC_PI_2, FRAC_PI_2 + PI, 16),
                    color,
                );
            }
            Mark::NotMet => {
                let s = 0.85 * r;
                let square = [
                    point(cx - s, cy - s),
                    point(cx + s, cy - s),
                    point(cx + s, cy + s),
                    point(cx - s, cy + s),
                ];
                self.polygon(&square, color);
                let d = 0.45 * r;
                self.polyline(
                    &[point(cx - d, cy - d), point(cx + d, cy + d)],
                    false,
                    line,
                    white,
                );
                self.polyline(
                    &[point(cx - d, cy + d), point(cx + d, cy - d)],
                    false,
                    line,
                    white,
                );
            }
            Mark::NotAssessed => {
                self.polyline(
                    &Self::circle_points(cx, cy, 0.85 * r, 0.0, TAU, 28),
                    true,
                    line,
                    color,
                );
            }
        }
    }

    /// The current height (from the bottom of the page).
    pub fn y(&self) -> f32 {
        self.y
    }

    /// Moves down to `y` (from the bottom of the page).
    pub fn set_y(&mut self, y: f32) {
        self.y = y;
    }

    /// The finished pages, each with its header and footer: `stamp` draws them, given the
    /// page's number and the page count.
    /// The header and footer are artifacts. Also gives the glyphs shown and the structure.
    pub fn finish(mut self, stamp: impl Fn(&mut Self, usize, usize)) -> Drawn {
        self.end_marked();
        let last = std::mem::take(&mut self.page);
        self.pages.push(last);
        let pages = std::mem::take(&mut self.pages);
        let count = pages.len();
        let mut finished = Vec::with_capacity(count);
        for (index, page) in pages.into_iter().enumerate() {
            self.page = page;
            self.stamping = Some(index);
            // The state at the end of the page's content is not known here: set it again.
            self.text_state = (None, None);
            self.artifact(|layout| stamp(layout, index + 1, count));
            self.end_marked();
            finished.push(std::mem::take(&mut self.page));
        }
        Drawn {
            pages: finished,
            glyphs: self.glyphs,
            structure: self.structure,
        }
    }

    /// The header and footer of one page: `header` left and right, `mark` (the draft's)
    /// in the middle in red, the footer left and right.
    pub fn stamp_page(
        &mut self,
        header: (&str, &str),
        mark: Option<&str>,
        left_footer: &str,
        right_footer: &str,
    ) {
        let (left_header, right_header) = header;
        let header_y = PAGE_HEIGHT - 40.0;
        let style = Style::SMALL;
        self.text_at(MARGIN_X, header_y, left_header, style);
        let width = self.width(right_header, style);
        self.text_at(
            MARGIN_X + CONTENT_WIDTH - width,
            header_y,
            right_header,
            style,
        );
        if let Some(mark) = mark {
            let style = Style::STRONG.colored(Mark::NotMet.color());
            let width = self.width(mark, style);
            let x = MARGIN_X + (CONTENT_WIDTH - width) / 2.0;
            self.text_at(x, header_y, mark, style);
        }
        self.rule(header_y - 6.0, 0.5, [0.7, 0.7, 0.7]);
        let footer_y = 36.0;
        self.rule(footer_y + 12.0, 0.5, [0.7, 0.7, 0.7]);
        self.text_at(MARGIN_X, footer_y, left_footer, style);
        let width = self.width(right_footer, style);
        self.text_at(
            MARGIN_X + CONTENT_WIDTH - width,
            footer_y,
            right_footer,
            style,
        );
    }
}

/// Where `url` is in wrapped `lines`: (line, start, end) byte ranges. The wrapping keeps an
/// address whole on one line, or (one longer than a line) starts it on a line of its own and
/// breaks it over the next lines; a comma after it may come with its last piece.
fn link_spans(lines: &[String], url: &str) -> Vec<(usize, usize, usize)> {
    if url.is_empty() {
        return Vec::new();
    }
    if let Some((index, start)) = lines
        .iter()
        .enumerate()
        .find_map(|(index, line)| line.find(url).map(|start| (index, start)))
    {
        return vec![(index, start, start + url.len())];
    }
    for first in 0..lines.len() {
        let mut rest = url;
        let mut spans = Vec::new();
        for (index, line) in lines.iter().enumerate().skip(first) {
            if line.is_empty() {
                break;
            }
            if let Some(after) = rest.strip_prefix(line.as_str()) {
                spans.push((index, 0, line.len()));
                rest = after;
            } else if line.starts_with(rest) {
                spans.push((index, 0, rest.len()));
                rest = "";
            } else {
                break;
            }
            if rest.is_empty() {
                return spans;
            }
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::{Layout, Style};
    use crate::report::fonts::Fonts;

    /// How lines were wrapped before widths were added up: each candidate line measured whole.
    fn wrap_by_measuring(layout: &Layout<'_>, text: &str, style: Style, width: f32) -> Vec<String> {
        let text = layout.printable(text, style);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let candidate = if line.is_empty() {
                    word.to_owned()
                } else {
                    format!("{line} {word}")
                };
                if layout.width(&candidate, style) <= width {
                    line = candidate;
                    continue;
                }
                if !line.is_empty() {
                    line.push(' ');
                    lines.push(std::mem::take(&mut line));
                }
                let mut piece = String::new();
                for c in word.chars() {
                    let mut longer = piece.clone();
                    longer.push(c);
                    if layout.width(&longer, style) > width && !piece.is_empty() {
                        lines.push(std::mem::replace(&mut piece, c.to_string()));
                    } else {
                        piece = longer;
                    }
                }
                line = piece;
            }
            line.push(' ');
            lines.push(line);
        }
        if let Some(last) = lines.last_mut() {
            last.pop();
        }
        lines
    }

    #[test]
    fn adding_up_widths_wraps_exactly_as_measuring_each_line() {
        let mut pdf = printpdf::PdfDocument::new("wrap");
        let Ok(fonts) = Fonts::load(&mut pdf, &[7; 32]) else {
            panic!("the embedded fonts are part of the program");
        };
        let layout = Layout::new(&fonts, "jatkuu");
        let texts = [
            "Hyvinvoinnin ja terveyden edistämisen poikkihallinnollinen johtaminen edellyttää \
             sitoutumista, ja Åström, Öhman sekä Ääneläinen allekirjoittavat.",
            "Lyhyt\n\nkaksi  välilyöntiä\nhttps://kuvitelmala.example/paatokset/2026/\
             kunnanhallitus/poytakirja-123-hyvinvointikertomus-ja-suunnitelma.pdf",
            "Ω ≠ ≈ — “lainaus” € 12 345,67 ✓ ? 田中",
            "",
        ];
        let mut compared = 0;
        for text in texts {
            for style in [Style::BODY, Style::STRONG, Style::SMALL, Style::H2] {
                for width in (20..=480).step_by(23) {
                    #[expect(clippy::cast_precision_loss, reason = "small widths")]
                    let width = width as f32 + 0.37;
                    let lines = layout.wrap(text, style, width);
                    assert_eq!(lines, wrap_by_measuring(&layout, text, style, width));
                    for line in &lines {
                        let shown = line.trim_end_matches(' ');
                        assert!(
                            layout.width(shown, style) <= width || shown.chars().count() == 1,
                            "{shown:?} is wider than {width}"
                        );
                    }
                    compared += 1;
                }
            }
        }
        assert_eq!(compared, 4 * 4 * 21);
    }
}
