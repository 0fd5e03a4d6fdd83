//! The frame of the report's shorter documents (the review memo, a comparison, a regional
//! overview): the report's fonts and tagging, a header and "Sivu 1 / 2" footer on every page,
//! the outline's first entry, and the PDF/A metadata.

use printpdf::PdfDocument;

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
    let drawn = layout.finish(|page, number, count| {
        let footer = i18n::report::page_of(lang, number, count);
        let header = (sheet.header.0.as_str(), sheet.header.1.as_str());
        page.stamp_page(header, None, &generated, &footer);
    });
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
    finish(pdf, drawn, &metadata)
}

#[cfg(test)]
mod tests {
    use super::{Sheet, render_sheet};
    use crate::domain::Lang;
    use crate::domain::dates::Date;
    use crate::report::layout::Style;

    /// The pages' text is written with the codes printpdf gives the glyphs of the fonts'
    /// subsets: read back through the subsets' character maps, it is the text drawn.
    #[test]
    fn text_reads_back_through_the_embedded_subsets() {
        let lines = [
            (
                "Åström, Öhman ja Ääneläinen: 12 345,67 € – (sulkeet) \\ [hakasulkeet] {}",
                false,
            ),
            (
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789",
                false,
            ),
            ("!\"#$%&'*+,-./:;<=>?@^_`|~ åäöÅÄÖ éü ß", true),
            (
                "Lihavoitu rivi: Kuvitelmalan kunnanhallitus § 12 (2025-00101)",
                true,
            ),
        ];
        let sheet = Sheet {
            title: "Koe".to_owned(),
            header: ("Kuvitelmala (998)".to_owned(), "Koe".to_owned()),
            lang: Lang::Fi,
            generated: jiff::Timestamp::UNIX_EPOCH,
            today: Date::constant(2026, 11, 24),
            author: String::new(),
            subject: "Koe".to_owned(),
            keywords: "Koe".to_owned(),
            fingerprint: [3; 32],
        };
        let bytes = render_sheet(&sheet, |layout| {
            for (text, bold) in lines {
                let style = if bold { Style::STRONG } else { Style::BODY };
                layout.lines(text, style, 0.0);
            }
            layout.new_page();
            layout.lines(lines[0].0, Style::BODY, 0.0);
        });
        let Ok(bytes) = bytes else {
            panic!("the sheet is made: {bytes:?}");
        };
        let Ok(doc) = lopdf::Document::load_mem(&bytes) else {
            panic!("the sheet is read back");
        };
        let Ok(first) = doc.extract_text(&[1]) else {
            panic!("the first page's text is read");
        };
        let Ok(second) = doc.extract_text(&[2]) else {
            panic!("the second page's text is read");
        };
        let squeeze = |text: &str| text.split_whitespace().collect::<String>();
        for (text, _) in lines {
            assert!(
                squeeze(&first).contains(&squeeze(text)),
                "{text} in {first}"
            );
        }
        assert!(squeeze(&second).contains(&squeeze(lines[0].0)), "{second}");
        assert!(squeeze(&first).contains("Sivu1/2"), "{first}");
    }
}
