//! The frame of the report's shorter documents (the review memo, a comparison, a regional
//! overview): the report's fonts and tagging, a header and "Sivu 1 / 2" footer on every page,
//! the outline's first entry, and the PDF/A metadata.

use printpdf::{Mm, PdfDocument, PdfPage};

use super::fonts::Fonts;
use super::layout::Layout;
use super::{ReportError, finish, language_tag, producer};
use crate::domain::Lang;
use crate::domain::dates::{Date, Timestamp, format_date};
use crate::i18n::{self, report::T};

/// What a document says about itself.
pub(super) struct Sheet {
    /// Its title: the first heading's words, the outline's first entry, the metadata's title.
    pub title: String,
    /// The header's left and right text.
    pub header: (String, String),
    /// Its language.
    pub lang: Lang,
    /// When it is made.
    pub generated: Timestamp,
    /// The date printed in the footer.
    pub today: Date,
    /// Who made it (metadata); the program when nobody is named.
    pub author: String,
    /// What it is (metadata).
    pub subject: String,
    /// The municipality or municipalities it is about (metadata keywords).
    pub keywords: String,
    /// A digest of everything it is made from: the font subsets' tags and the document's
    /// identifier come from it (the same input gives the same bytes).
    pub fingerprint: [u8; 32],
}

/// Makes the document: `draw` writes its content from the top of the first page.
pub(super) fn render_sheet(
    sheet: &Sheet,
    draw: impl FnOnce(&mut Layout<'_>),
) -> Result<Vec<u8>, ReportError> {
    let lang = sheet.lang;
    let mut pdf = PdfDocument::new(&sheet.title);
    let fonts = Fonts::load(&mut pdf, &sheet.fingerprint)?;
    let mut layout = Layout::new(&fonts, T::Continued.get(lang));
    layout.bookmark_page(0, &sheet.title);
    draw(&mut layout);
    let generated = i18n::report::generated_on(lang, &format_date(sheet.today));
    let (pages, structure) = layout.finish(|page, number, count| {
        let footer = i18n::report::page_of(lang, number, count);
        let header = (sheet.header.0.as_str(), sheet.header.1.as_str());
        page.stamp_page(header, None, &generated, &footer);
    });
    pdf.with_pages(
        pages
            .into_iter()
            .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
            .collect(),
    );
    let author = sheet.author.trim();
    let metadata = super::pdfa::Metadata {
        title: sheet.title.clone(),
        author: if author.is_empty() {
            producer()
        } else {
            author.to_owned()
        },
        subject: sheet.subject.clone(),
        keywords: sheet.keywords.clone(),
        language: language_tag(lang).to_owned(),
        created: sheet.generated,
        producer: producer(),
        fingerprint: sheet.fingerprint,
    };
    finish(&pdf, &metadata, &structure)
}
