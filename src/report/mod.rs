//! The PDF self-assessment report: what a steering group reads on paper and an archive keeps.
//!
//! [`render`] is pure: an assessment (with what the caller found on disk about its file and
//! attachments) in, PDF bytes out. Writing the bytes is the caller's (atomically, through
//! `storage`). Pages: the cover with the verdict, an overview (table and picture), every
//! criterion with its evidence and actions, the gaps and actions, signatures, and a manifest of
//! attachments and checksums; a header and "Sivu 3 / 7" footer on every page.
//!
//! [`render_memo`] makes the auditor's "Tarkastusmuistio" with the same pages and fonts.

mod comparison;
mod compression;
mod content;
mod fonts;
mod layout;
mod memo;
mod overview;
mod pdfa;
mod sheet;
mod structure;
mod writer;

use printpdf::{Mm, PdfDocument, PdfPage, PdfSaveOptions};
use sha2::{Digest as _, Sha256};

use self::content::PageContent;
use self::fonts::Fonts;
use self::layout::{CONTENT_WIDTH, Drawn, GREY, Layout, MARGIN_X, Mark, Style};
use self::structure::Tag;
use crate::domain::Lang;
use crate::domain::assessment::{Assessment, PersonRole, Status};
use crate::domain::criteria::CriteriaSet;
use crate::domain::dates::{Date, Timestamp, format_date};
use crate::domain::evidence::Attachment;
use crate::domain::evidence::{Evidence, EvidenceDetails, EvidenceId};
use crate::domain::quality::{AttachmentHealth, Checks};
use crate::domain::readiness::{CriterionReadiness, ItemVerdict, Readiness, evaluate_saved};
use crate::format::action_plan::ActionState;
use crate::i18n::{self, report::T};

pub use comparison::{ComparisonInput, render_comparison};
pub use layout::{PAGE_HEIGHT, PAGE_WIDTH};
pub use memo::{MemoInput, Verified, render_memo};
pub use overview::{OverviewInput, render_overview};

/// The left and right margin in points, for tests that check text stays inside.
pub const MARGIN: f32 = MARGIN_X;

/// The saved assessment file a report was made from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// Its name.
    pub name: String,
    /// SHA-256 of its bytes, 64 hex digits.
    pub sha256: String,
}

/// What was found of an attachment when the report was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttachmentCheck {
    /// There, with the recorded content.
    Intact,
    /// Not there.
    Missing,
    /// Changed since it was attached.
    Modified,
    /// Its stored path was refused.
    Unsafe,
    /// Not checked: the assessment has no saved folder to look in.
    NotChecked,
}

impl AttachmentCheck {
    /// What the readiness rule needs to know.
    pub fn health(self) -> AttachmentHealth {
        match self {
            Self::Intact => AttachmentHealth::Intact,
            Self::NotChecked => AttachmentHealth::Unchecked,
            Self::Missing | Self::Modified | Self::Unsafe => AttachmentHealth::Broken,
        }
    }
}

/// One attachment in the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestEntry {
    /// The evidence item it belongs to.
    pub evidence: EvidenceId,
    /// The file's original name.
    pub name: String,
    /// Its recorded size.
    pub size: u64,
    /// Its recorded SHA-256.
    pub sha256: String,
    /// What was found.
    pub check: AttachmentCheck,
}

/// Everything a report is made from.
#[derive(Clone, Debug)]
pub struct ReportInput<'a> {
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its criteria set.
    pub set: &'a CriteriaSet,
    /// The report's language.
    pub lang: Lang,
    /// When the report is made (the document's creation date).
    pub generated: Timestamp,
    /// The date printed on the report.
    pub today: Date,
    /// The time zone its times (the seal's) are printed in: the clock's, never the host's
    /// by accident.
    pub time_zone: jiff::tz::TimeZone,
    /// The saved file, when there is one.
    pub source: Option<SourceFile>,
    /// The attachments, as found.
    pub attachments: Vec<ManifestEntry>,
}

/// Why a report could not be made: only a broken build can cause it.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An embedded font could not be read.
    #[error(transparent)]
    Font(#[from] fonts::FontError),
    /// The PDF could not be put together.
    #[error("PDF: {0}")]
    Pdf(String),
}

/// The producer written into the document.
fn producer() -> String {
    format!("Terve Kunta -itsearviointi {}", env!("CARGO_PKG_VERSION"))
}

/// Makes the report.
pub fn render(input: &ReportInput<'_>) -> Result<Vec<u8>, ReportError> {
    let lang = input.lang;
    let assessment = input.assessment;
    let health = |attachment: &Attachment| {
        input
            .attachments
            .iter()
            .find(|entry| {
                entry.sha256 == attachment.sha256 && entry.name == attachment.original_name
            })
            .map_or(AttachmentHealth::Unchecked, |entry| entry.check.health())
    };
    let checks = Checks::on(input.today).with_attachments(&health);
    let readiness = evaluate_saved(assessment, input.set, &checks);
    let municipality = assessment.municipality.name.trim();
    let title = format!("{}: {municipality}", T::CoverTitle.get(lang));

    // Everything that is printed comes from the input: the same input gives the same bytes.
    let fingerprint = fingerprint(input);
    let mut pdf = PdfDocument::new(&title);
    let fonts = Fonts::load(&mut pdf, &fingerprint)?;
    let mut layout = Layout::new(&fonts, T::Continued.get(lang));
    layout.bookmark_page(0, &title);
    cover(&mut layout, input, &readiness);
    layout.new_page();
    summary(&mut layout, input, &readiness);
    layout.new_page();
    let evidence_register = Register::of(assessment, &readiness);
    criteria(&mut layout, input, &readiness, &evidence_register);
    layout.new_page();
    register(&mut layout, input, &evidence_register);
    layout.new_page();
    gaps(&mut layout, input, &readiness);
    action_plan(&mut layout, input);
    signatures(&mut layout, input);
    layout.new_page();
    manifest(&mut layout, input);
    if !assessment.group.responses.is_empty() {
        layout.new_page();
        group_views(&mut layout, input);
    }

    let left_header = format!("{municipality} ({})", assessment.municipality.code.trim());
    let generated = i18n::report::generated_on(lang, &format_date(input.today));
    // "LUONNOS" on every page of a report of an assessment that is not finalised (or whose
    // seal no longer matches): a page taken out of the stack still says it.
    let draft =
        (assessment.seal.is_none() || readiness.seal_broken).then(|| T::DraftMark.get(lang));
    let drawn = layout.finish(|page, number, count| {
        let footer = i18n::report::page_of(lang, number, count);
        let header = (left_header.as_str(), T::HeaderTitle.get(lang));
        page.stamp_page(header, draft, &generated, &footer);
    });

    let metadata = metadata(input, title, fingerprint);
    finish(pdf, drawn, &metadata)
}

/// What the document says about itself.
fn metadata(input: &ReportInput<'_>, title: String, fingerprint: [u8; 32]) -> pdfa::Metadata {
    let lang = input.lang;
    let assessment = input.assessment;
    let authors: Vec<&str> = assessment.assessors.iter().map(|a| a.name.trim()).collect();
    pdfa::Metadata {
        title,
        author: if authors.is_empty() {
            producer()
        } else {
            authors.join(", ")
        },
        subject: input
            .set
            .title
            .get_or(lang, input.set.official_language)
            .0
            .to_owned(),
        keywords: format!("Terve Kunta, THL, {}", assessment.municipality.name.trim()),
        language: language_tag(lang).to_owned(),
        created: input.generated,
        producer: producer(),
        fingerprint,
    }
}

/// The laid-out document as bytes: the fonts embedded, PDF/A entries, the structure, links and
/// outline added, small objects packed into compressed object streams.
fn finish(
    mut pdf: PdfDocument,
    drawn: Drawn,
    metadata: &pdfa::Metadata,
) -> Result<Vec<u8>, ReportError> {
    let Drawn {
        pages,
        glyphs,
        structure,
    } = drawn;
    // printpdf embeds the fonts' subsets and makes the pages; their content is ours.
    pdf.with_pages(
        glyphs
            .font_pages(pages.len())
            .into_iter()
            .map(|ops| PdfPage::new(Mm(210.0), Mm(297.0), ops))
            .collect(),
    );
    let codes = glyphs.codes();
    let options = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let pdf_error = |e: lopdf::Error| ReportError::Pdf(e.to_string());
    // The pages' content (two thirds of what is compressed) is written out and compressed by
    // a second thread while this one has printpdf make the document and adds the PDF/A entries
    // and the structure tree; then by both.
    let mut contents = PageContent::of(pages);
    let mut doc = compression::share(
        &mut contents,
        |deflater, content| content.write(&codes, deflater),
        || {
            let mut doc = pdf.to_lopdf_document(&options, &mut Vec::new());
            pdfa::complete(&mut doc, metadata)?;
            structure::write(&mut doc, &structure)?;
            Ok(doc)
        },
    )
    .map_err(pdf_error)?;
    put_contents(&mut doc, contents)?;
    compression::compress(&mut doc);
    // The structure tree is hundreds of small dictionaries: packed into compressed object
    // streams (PDF 1.5, allowed by PDF/A-2), the report stays small.
    writer::save(&doc).map_err(ReportError::Pdf)
}

/// The pages' content into the document's pages, in order.
fn put_contents(doc: &mut lopdf::Document, contents: Vec<PageContent>) -> Result<(), ReportError> {
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().into_values().collect();
    for content in contents {
        let missing = || ReportError::Pdf(format!("page {} has no content", content.index + 1));
        let page = *pages.get(content.index).ok_or_else(missing)?;
        let stream_id = *doc.get_page_contents(page).first().ok_or_else(missing)?;
        let stream = doc
            .get_object_mut(stream_id)
            .and_then(lopdf::Object::as_stream_mut)
            .map_err(|e| ReportError::Pdf(e.to_string()))?;
        let (bytes, compressed) = content.into_stream();
        stream.dict.remove(b"DecodeParms");
        if compressed {
            stream.dict.set("Filter", "FlateDecode");
        } else {
            stream.dict.remove(b"Filter");
        }
        stream.set_content(bytes);
    }
    Ok(())
}

/// The language of the report's text, as PDF and XMP name it.
fn language_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fi => "fi-FI",
        Lang::Sv => "sv-FI",
        Lang::En => "en",
    }
}

/// A digest of everything the report is made from: the font subsets' tags and the document's
/// identifier come from it, never from chance.
fn fingerprint(input: &ReportInput<'_>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let mut field = |value: &[u8]| {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value);
    };
    let assessment = input.assessment;
    field(assessment.digest().as_bytes());
    field(&(assessment.history.len() as u64).to_be_bytes());
    field(
        assessment
            .seal
            .as_ref()
            .map_or("", |seal| seal.sha256.as_str())
            .as_bytes(),
    );
    field(input.set.content_hash().as_bytes());
    field(language_tag(input.lang).as_bytes());
    field(input.generated.to_string().as_bytes());
    field(format_date(input.today).as_bytes());
    field(input.time_zone.iana_name().unwrap_or_default().as_bytes());
    if let Some(source) = &input.source {
        field(source.name.as_bytes());
        field(source.sha256.as_bytes());
    }
    for entry in &input.attachments {
        field(entry.evidence.0.as_bytes());
        field(entry.name.as_bytes());
        field(entry.sha256.as_bytes());
        field(&entry.size.to_be_bytes());
        field(format!("{:?}", entry.check).as_bytes());
    }
    hasher.finalize().into()
}

/// The mark and the word for a criterion, as on screen.
fn mark_and_word(lang: Lang, item: &CriterionReadiness<'_>) -> (Mark, &'static str) {
    use i18n::ui::T as U;
    match item.status {
        Status::Met if item.counts_as_met() => (Mark::CountsAsMet, U::CountsAsMet.get(lang)),
        Status::Met if item.evidence_count > 0 => (
            Mark::EvidenceInsufficient,
            U::EvidenceInsufficient.get(lang),
        ),
        Status::Met => (Mark::MetWithoutEvidence, U::MetWithoutEvidence.get(lang)),
        Status::PartlyMet => (Mark::PartlyMet, i18n::status_label(lang, Status::PartlyMet)),
        Status::NotMet => (Mark::NotMet, i18n::status_label(lang, Status::NotMet)),
        Status::NotAssessed => (
            Mark::NotAssessed,
            i18n::status_label(lang, Status::NotAssessed),
        ),
    }
}

fn cover(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;
    let assessment = input.assessment;
    let set = input.set;
    layout.gap(40.0);
    layout.lines(T::CoverKicker.get(lang), Style::H3.colored(GREY), 0.0);
    layout.tagged_lines(Tag::H1, T::CoverTitle.get(lang), Style::H1, 0.0);
    layout.lines(T::CoverSubtitle.get(lang), Style::H3.colored(GREY), 0.0);
    layout.gap(48.0);
    layout.lines(assessment.municipality.name.trim(), Style::H1, 0.0);
    layout.gap(10.0);
    let assessors: Vec<String> = assessment
        .assessors
        .iter()
        .map(crate::domain::Assessor::label)
        .collect();
    let members: Vec<String> = assessment
        .steering_group
        .iter()
        .map(crate::domain::assessment::Member::label)
        .collect();
    // A seal is printed as such only over the content it seals.
    let finalisation = match &assessment.seal {
        None => T::Draft.get(lang).to_owned(),
        Some(_) if readiness.seal_broken => T::SealBroken.get(lang).to_owned(),
        Some(seal) => i18n::audit::sealed_line(lang, seal.at, &input.time_zone, &seal.by),
    };
    let person = |role| assessment.person(role).label();
    layout.fields(
        &[
            (
                T::MunicipalityCode.get(lang),
                assessment.municipality.code.clone(),
            ),
            (
                T::CriteriaSet.get(lang),
                set.title.get_or(lang, set.official_language).0.to_owned(),
            ),
            (T::Version.get(lang), set.version.clone()),
            (T::Period.get(lang), set.period.to_string()),
            (T::ReportDate.get(lang), format_date(input.today)),
            (T::Assessors.get(lang), assessors.join(", ")),
            // The people the application names and the steering group, once entered.
            (
                T::ContactPerson.get(lang),
                person(PersonRole::ContactPerson),
            ),
            (
                T::ElectedOfficial.get(lang),
                person(PersonRole::ElectedOfficial),
            ),
            (T::SteeringGroup.get(lang), members.join(", ")),
            (T::Finalisation.get(lang), finalisation),
        ],
        0.0,
    );
    cover_verdict(layout, input, readiness);
}

/// The verdict under the cover's facts, and what the reader must know with it.
fn cover_verdict(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;
    let set = input.set;
    layout.gap(36.0);
    layout.lines(T::Verdict.get(lang), Style::SMALL, 0.0);
    let ready = readiness.is_ready();
    let color = if ready {
        Mark::CountsAsMet.color()
    } else {
        Mark::PartlyMet.color()
    };
    layout.lines(
        &i18n::verdict_sentence(lang, readiness),
        Style::H2.colored(color),
        0.0,
    );
    layout.gap(4.0);
    layout.lines(&i18n::progress_line(lang, readiness), Style::BODY, 0.0);
    if let Some(warning) = i18n::criteria_match_warning(lang, readiness.criteria_match) {
        layout.gap(8.0);
        layout.lines(warning, Style::BODY.colored(Mark::NotMet.color()), 0.0);
    }
    // Printed on the date of the report: a steering group must not read an old period's
    // criteria as the current ones.
    if let Some(warning) = i18n::period_ended_warning(lang, set, input.today, true) {
        layout.gap(8.0);
        // It names the network's page: a link.
        let page = warning
            .split_whitespace()
            .find(|word| word.starts_with("https://"));
        let style = Style::BODY.colored(Mark::NotMet.color());
        layout.lines_with_link(&warning, style, 0.0, page);
    }
    if set.is_translation(lang) {
        layout.gap(24.0);
        layout.lines(T::TranslationNote.get(lang), Style::SMALL, 0.0);
    }
}

/// The page a steering group reads first: the verdict, every criterion at a glance, the main
/// gaps and the coordinator's proposal.
fn summary(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;
    layout.heading(T::Summary.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Summary.get(lang));
    let color = if readiness.is_ready() {
        Mark::CountsAsMet.color()
    } else {
        Mark::PartlyMet.color()
    };
    layout.lines(
        &i18n::verdict_sentence(lang, readiness),
        Style::H3.colored(color),
        0.0,
    );
    layout.lines(&i18n::progress_line(lang, readiness), Style::BODY, 0.0);
    layout.gap(10.0);
    layout.heading(T::Overview.get(lang), Style::H3, Tag::H3);
    glance(layout, input, readiness);
    layout.gap(10.0);
    main_gaps(layout, input, readiness);
    layout.gap(10.0);
    layout.heading(T::Proposal.get(lang), Style::H3, Tag::H3);
    let proposal = input.assessment.proposal.trim();
    if proposal.is_empty() {
        layout.lines(T::NoProposal.get(lang), Style::BODY.colored(GREY), 0.0);
    } else {
        for paragraph in proposal.lines().map(str::trim) {
            if paragraph.is_empty() {
                layout.gap(6.0);
            } else {
                layout.lines(paragraph, Style::BODY, 0.0);
            }
        }
    }
}

/// How many gaps the summary names; the rest are counted and found under "Puutteet".
const MAIN_GAPS: usize = 5;

/// The gaps that weigh most first: a criterion marked met without the evidence it needs, then
/// those not met, partly met, and not yet assessed; at most [`MAIN_GAPS`] of them.
fn main_gaps(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    use crate::domain::readiness::Gap;
    let lang = input.lang;
    layout.heading(T::MainGaps.get(lang), Style::H3, Tag::H3);
    let weight = |gap: Option<Gap>| match gap {
        Some(Gap::MetWithoutEvidence | Gap::EvidenceInsufficient) => 0,
        Some(Gap::NotMet) => 1,
        Some(Gap::PartlyMet) => 2,
        Some(Gap::NotAssessed) | None => 3,
    };
    let mut gaps: Vec<&CriterionReadiness<'_>> = readiness.gaps().collect();
    if gaps.is_empty() {
        layout.lines(T::NoGaps.get(lang), Style::BODY, 0.0);
        return;
    }
    // Stable: equal weights keep the criteria's order.
    gaps.sort_by_key(|item| weight(item.gap));
    layout.open(Tag::L);
    for item in gaps.iter().take(MAIN_GAPS) {
        let title = item
            .criterion
            .short_title
            .get_or(lang, input.set.official_language)
            .0;
        let text = format!(
            "{} — {}",
            i18n::report::criterion_heading(lang, item.criterion.number, title),
            i18n::report::gap_for_readers(lang, item)
        );
        layout.with(Tag::LI, |layout| {
            layout.with(Tag::LBody, |layout| {
                layout.lines_here(&format!("– {text}"), Style::BODY, 10.0);
            });
        });
    }
    layout.close();
    if gaps.len() > MAIN_GAPS {
        layout.lines(
            &i18n::report::more_gaps(lang, gaps.len() - MAIN_GAPS),
            Style::SMALL,
            0.0,
        );
    }
}

/// Every criterion's mark in a row, its number under it (each a figure that says what its mark
/// means), the marks' legend, and a row per criterion.
fn glance(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;
    #[expect(clippy::cast_precision_loss, reason = "ten or so criteria")]
    let cell = CONTENT_WIDTH / readiness.criteria.len().max(1) as f32;
    layout.ensure(60.0);
    let top = layout.y() - 4.0;
    for (index, item) in readiness.criteria.iter().enumerate() {
        let (mark, word) = mark_and_word(lang, item);
        #[expect(clippy::cast_precision_loss, reason = "ten or so criteria")]
        let cx = MARGIN_X + cell * (index as f32 + 0.5);
        let number = item.criterion.number.to_string();
        let alt = i18n::report::criterion_heading(lang, item.criterion.number, word);
        layout.with(Tag::Figure, |layout| {
            layout.set_alt(&alt);
            layout.mark(cx, top - 12.0, 11.0, mark);
            let width = layout.width(&number, Style::STRONG);
            layout.text_at(cx - width / 2.0, top - 38.0, &number, Style::STRONG);
        });
    }
    layout.set_y(top - 50.0);
    legend(layout, lang);
    overview_table(layout, input, readiness);
}

/// The marks' meanings: a list, each mark beside its word.
fn legend(layout: &mut Layout<'_>, lang: Lang) {
    layout.open(Tag::L);
    let mut x = MARGIN_X;
    let mut legend_y = layout.y() - 6.0;
    for (mark, word) in [
        (Mark::CountsAsMet, i18n::ui::T::CountsAsMet.get(lang)),
        (
            Mark::MetWithoutEvidence,
            i18n::ui::T::MetWithoutEvidence.get(lang),
        ),
        (
            Mark::EvidenceInsufficient,
            i18n::ui::T::EvidenceInsufficient.get(lang),
        ),
        (Mark::PartlyMet, i18n::status_label(lang, Status::PartlyMet)),
        (Mark::NotMet, i18n::status_label(lang, Status::NotMet)),
        (
            Mark::NotAssessed,
            i18n::status_label(lang, Status::NotAssessed),
        ),
    ] {
        let width = layout.width(word, Style::SMALL);
        if x + 12.0 + width > MARGIN_X + CONTENT_WIDTH {
            // The legend goes on in a second line.
            x = MARGIN_X;
            legend_y -= 14.0;
        }
        layout.with(Tag::LI, |layout| {
            layout.with(Tag::LBody, |layout| {
                layout.figure_mark(x + 4.0, legend_y + 2.5, 4.0, mark, word);
                layout.with(Tag::P, |layout| {
                    layout.text_at(x + 11.0, legend_y, word, Style::SMALL);
                });
            });
        });
        x += width + 22.0;
    }
    layout.close();
    layout.set_y(legend_y - 18.0);
}

/// A row per criterion: number, title, status, evidence, whether it counts.
fn overview_table(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;

    let columns = [
        (16.0, 24.0),
        (40.0, 200.0),
        (240.0, 125.0),
        (365.0, 50.0),
        (415.0, 66.9),
    ];
    let header = [
        (T::ColNumber.get(lang).to_owned(), Style::STRONG),
        (T::ColCriterion.get(lang).to_owned(), Style::STRONG),
        (T::ColStatus.get(lang).to_owned(), Style::STRONG),
        (T::ColEvidence.get(lang).to_owned(), Style::STRONG),
        (T::ColCounts.get(lang).to_owned(), Style::STRONG),
    ];
    layout.open(Tag::Table);
    layout.header_row(&header, &columns);
    for item in &readiness.criteria {
        let (mark, word) = mark_and_word(lang, item);
        let counts = if item.counts_as_met() { T::Yes } else { T::No };
        let cells = [
            (item.criterion.number.to_string(), Style::BODY),
            (
                item.criterion
                    .short_title
                    .get_or(lang, input.set.official_language)
                    .0
                    .to_owned(),
                Style::BODY,
            ),
            (word.to_owned(), Style::BODY.colored(mark.color())),
            (item.evidence_count.to_string(), Style::BODY),
            (counts.get(lang).to_owned(), Style::BODY),
        ];
        layout.row(&cells, &columns, Some((mark, word)));
    }
    layout.close();
}

/// The evidence register's numbers: each item once, numbered in the order the criteria
/// first link it, then the items no criterion links, in the order recorded.
struct Register {
    /// The items' places in the assessment's list, in the register's order.
    order: Vec<usize>,
    /// Each item's number (from 1), by its place in the assessment's list.
    numbers: Vec<usize>,
    /// The criteria numbers each item backs, by its place in the assessment's list.
    backs: Vec<Vec<u32>>,
}

impl Register {
    fn of(assessment: &Assessment, readiness: &Readiness<'_>) -> Self {
        let count = assessment.evidence.len();
        let mut numbers = vec![0; count];
        let mut backs = vec![Vec::new(); count];
        let mut order = Vec::with_capacity(count);
        for item in &readiness.criteria {
            for verdict in item.items.iter() {
                let Some(slot) = numbers.get_mut(verdict.index) else {
                    continue;
                };
                if *slot == 0 {
                    order.push(verdict.index);
                    *slot = order.len();
                }
                backs[verdict.index].push(item.criterion.number);
            }
        }
        for (index, slot) in numbers.iter_mut().enumerate() {
            if *slot == 0 {
                order.push(index);
                *slot = order.len();
            }
        }
        Self {
            order,
            numbers,
            backs,
        }
    }
}

/// A criterion's evidence: each item by its register number, with whether it counts here.
fn evidence_reference(
    layout: &mut Layout<'_>,
    input: &ReportInput<'_>,
    number: usize,
    evidence: &Evidence,
    verdict: &ItemVerdict,
) {
    let lang = input.lang;
    let line = format!(
        "{}: {}",
        i18n::report::evidence_number(lang, number),
        i18n::report::evidence_reference(lang, evidence)
    );
    layout.ensure(2.0 * 13.5);
    layout.with(Tag::LI, |layout| {
        layout.with(Tag::LBody, |layout| {
            layout.lines_here(&line, Style::BODY, 10.0);
            // Whether it counts here, and why not: the same words as in the app.
            if !verdict.qualifies() {
                let text = format!(
                    "{}: {}",
                    T::DoesNotCount.get(lang),
                    i18n::item_verdict_message(lang, verdict)
                );
                layout.lines(&text, Style::SMALL.colored(Mark::NotMet.color()), 22.0);
            } else if verdict.judgement {
                layout.lines(i18n::judgement_note(lang), Style::SMALL, 22.0);
            }
        });
    });
    layout.gap(2.0);
}

/// The evidence register: every item once, numbered, in full, with the criteria it backs.
fn register(layout: &mut Layout<'_>, input: &ReportInput<'_>, register: &Register) {
    let lang = input.lang;
    layout.heading(T::Register.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Register.get(lang));
    if register.order.is_empty() {
        layout.lines(T::NoEvidence.get(lang), Style::BODY, 0.0);
        return;
    }
    layout.lines(T::RegisterIntro.get(lang), Style::SMALL, 0.0);
    layout.gap(4.0);
    layout.set_continued(Some(T::Register.get(lang).to_owned()));
    layout.with(Tag::L, |layout| {
        for (place, &index) in register.order.iter().enumerate() {
            let evidence = &input.assessment.evidence[index];
            register_entry(layout, input, place + 1, evidence, &register.backs[index]);
        }
    });
    layout.set_continued(None);
}

/// One item of the register, in full.
fn register_entry(
    layout: &mut Layout<'_>,
    input: &ReportInput<'_>,
    number: usize,
    evidence: &Evidence,
    backs: &[u32],
) {
    let lang = input.lang;
    let title = format!(
        "{}: {}",
        i18n::report::evidence_number(lang, number),
        i18n::evidence_summary(lang, evidence)
    );
    layout.ensure(3.0 * 13.5);
    layout.open(Tag::LI);
    layout.open(Tag::LBody);
    // The address of a document or web page is in its summary: linked there.
    let summary_link = match &evidence.details {
        EvidenceDetails::Decision { .. } => None,
        details => crate::domain::validation::web_link(details),
    };
    layout.lines_with_link(&title, Style::BODY, 10.0, summary_link);
    let kind = i18n::evidence_kind_label(lang, evidence.kind());
    layout.lines(kind, Style::SMALL, 22.0);
    // A document's or web page's address is in its summary already; a decision's minutes are not.
    if let EvidenceDetails::Decision { minutes_url, .. } = &evidence.details {
        match crate::domain::validation::web_link(&evidence.details) {
            Some(url) => layout.link_field(T::Link.get(lang), url, 22.0),
            None => layout.field(T::Link.get(lang), minutes_url.trim(), 22.0),
        }
    }
    for attachment in &evidence.attachments {
        let text = format!(
            "{} ({})",
            attachment.original_name,
            i18n::report::size(lang, attachment.size)
        );
        layout.field(T::Attachment.get(lang), &text, 22.0);
    }
    layout.field(T::Note.get(lang), &evidence.note, 22.0);
    let backs_text = if backs.is_empty() {
        T::BacksNothing.get(lang).to_owned()
    } else {
        backs
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    };
    layout.field(T::Backs.get(lang), &backs_text, 22.0);
    layout.close();
    layout.close();
    layout.gap(3.0);
}

fn criteria(
    layout: &mut Layout<'_>,
    input: &ReportInput<'_>,
    readiness: &Readiness<'_>,
    register: &Register,
) {
    let lang = input.lang;
    layout.heading(T::Criteria.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Criteria.get(lang));
    for item in &readiness.criteria {
        // A criterion that fits on a page is never split: laid out on a page of its own first.
        let height = layout.measure(|scratch| criterion_section(scratch, input, item, register));
        if height.is_some_and(|height| height > layout.room()) {
            layout.new_page();
        }
        criterion_section(layout, input, item, register);
    }
}

/// One criterion: its heading, official text (and translation), status, requirement,
/// justification, evidence by register number and actions.
fn criterion_section(
    layout: &mut Layout<'_>,
    input: &ReportInput<'_>,
    item: &CriterionReadiness<'_>,
    register: &Register,
) {
    let lang = input.lang;
    let set = input.set;
    let assessment = input.assessment;
    let criterion = item.criterion;
    let title = criterion.short_title.get_or(lang, set.official_language).0;
    let heading = i18n::report::criterion_heading(lang, criterion.number, title);
    layout.open(Tag::Sect);
    layout.gap(10.0);
    layout.heading(&heading, Style::H3, Tag::H2);
    layout.bookmark(1, &heading);
    layout.set_continued(Some(heading));

    layout.lines(T::OfficialText.get(lang), Style::SMALL, 0.0);
    let official = criterion
        .text
        .get_or(set.official_language, set.official_language)
        .0;
    let element = layout.tagged_lines(Tag::P, official, Style::BODY, 0.0);
    layout.set_lang(element, language_tag(set.official_language));
    if set.is_translation(lang)
        && let Some(translation) = criterion.text.get(lang)
    {
        layout.lines(T::Translation.get(lang), Style::SMALL, 0.0);
        let element = layout.tagged_lines(Tag::P, translation, Style::BODY, 0.0);
        layout.set_lang(element, language_tag(lang));
    }
    layout.gap(4.0);
    let (mark, word) = mark_and_word(lang, item);
    layout.ensure(16.0);
    let y = layout.y() - 13.5;
    layout.with(Tag::P, |layout| {
        layout.figure_mark(MARGIN_X + 5.0, y + 3.3, 5.0, mark, word);
        layout.text_at(
            MARGIN_X + 15.0,
            y + 2.8,
            &format!("{}: {word}", T::Status.get(lang)),
            Style::STRONG,
        );
    });
    layout.set_y(y);
    if let Some(required) = i18n::requirement_sentence(lang, criterion) {
        layout.lines(
            &format!("{required} ({})", i18n::reading_label(lang)),
            Style::SMALL,
            0.0,
        );
    }
    let answer = assessment.answer(&criterion.id);
    if let Some(answer) = answer {
        layout.field(T::Justification.get(lang), &answer.justification, 0.0);
    }

    layout.gap(4.0);
    layout.tagged_lines(Tag::H3, T::Evidence.get(lang), Style::STRONG, 0.0);
    // The verdict lists each linked item once, in the order linked, by its place; the
    // register holds the item in full.
    if item.items.is_empty() {
        layout.lines(T::NoEvidence.get(lang), Style::BODY, 10.0);
    } else {
        layout.with(Tag::L, |layout| {
            for verdict in item.items.iter() {
                if let Some(evidence) = verdict.evidence(assessment) {
                    let number = register.numbers[verdict.index];
                    evidence_reference(layout, input, number, evidence, verdict);
                }
            }
        });
    }
    if let Some(answer) = answer.filter(|a| !a.actions.is_empty()) {
        layout.gap(2.0);
        layout.tagged_lines(Tag::H3, T::Actions.get(lang), Style::STRONG, 0.0);
        action_list(layout, lang, &answer.actions.iter().collect::<Vec<_>>());
    }
    layout.set_continued(None);
    layout.close();
}

/// Actions as a list, one item each.
fn action_list(
    layout: &mut Layout<'_>,
    lang: Lang,
    actions: &[&crate::domain::assessment::Action],
) {
    layout.with(Tag::L, |layout| {
        for action in actions {
            layout.with(Tag::LI, |layout| {
                layout.with(Tag::LBody, |layout| {
                    layout.lines_here(&action_line(lang, action), Style::BODY, 10.0);
                });
            });
        }
    });
}

fn action_line(lang: Lang, action: &crate::domain::assessment::Action) -> String {
    let mut details = Vec::new();
    if !action.who.trim().is_empty() {
        details.push(format!("{}: {}", T::Who.get(lang), action.who.trim()));
    }
    if let Some(due) = action.due {
        details.push(format!("{}: {}", T::Due.get(lang), format_date(due)));
    }
    if action.done {
        details.push(T::Done.get(lang).to_owned());
    }
    if details.is_empty() {
        format!("– {}", action.what.trim())
    } else {
        format!("– {} ({})", action.what.trim(), details.join(", "))
    }
}

fn gaps(layout: &mut Layout<'_>, input: &ReportInput<'_>, readiness: &Readiness<'_>) {
    let lang = input.lang;
    layout.heading(T::GapsTitle.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::GapsTitle.get(lang));
    if readiness.is_ready() {
        layout.lines(T::NoGaps.get(lang), Style::BODY, 0.0);
        return;
    }
    layout.lines(T::GapsIntro.get(lang), Style::BODY, 0.0);
    for item in readiness.gaps() {
        let criterion = item.criterion;
        let title = criterion
            .short_title
            .get_or(lang, input.set.official_language)
            .0;
        layout.gap(6.0);
        layout.heading(
            &i18n::report::criterion_heading(lang, criterion.number, title),
            Style::H3,
            Tag::H3,
        );
        layout.lines(&i18n::report::gap_for_readers(lang, item), Style::BODY, 0.0);
        let to_list = i18n::items_to_list(item);
        if !to_list.is_empty() {
            layout.open(Tag::L);
        }
        for verdict in &to_list {
            let name = verdict
                .evidence(input.assessment)
                .map(|evidence| i18n::evidence_summary(lang, evidence))
                .unwrap_or_default();
            let text = format!("– {name}: {}", i18n::item_verdict_message(lang, verdict));
            layout.with(Tag::LI, |layout| {
                layout.with(Tag::LBody, |layout| {
                    layout.lines_here(&text, Style::BODY, 10.0);
                });
            });
        }
        if !to_list.is_empty() {
            layout.close();
        }
        let open: Vec<_> = input
            .assessment
            .answer(&criterion.id)
            .map(|a| a.actions.iter().filter(|action| !action.done).collect())
            .unwrap_or_default();
        if !open.is_empty() {
            layout.tagged_lines(Tag::H4, T::OpenActions.get(lang), Style::STRONG, 0.0);
            action_list(layout, lang, &open);
        }
    }
}

/// Every criterion's actions in one table by due date, overdue ones marked: what the steering
/// group follows up.
fn action_plan(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    let lang = input.lang;
    layout.gap(12.0);
    layout.heading(T::ActionPlan.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::ActionPlan.get(lang));
    let plan = input.assessment.action_plan(input.set);
    if plan.is_empty() {
        layout.lines(T::NoActions.get(lang), Style::BODY, 0.0);
        return;
    }
    layout.lines(T::ActionPlanIntro.get(lang), Style::SMALL, 0.0);
    layout.gap(4.0);
    let columns = [
        (16.0, 30.0),
        (46.0, 196.0),
        (242.0, 105.0),
        (347.0, 62.0),
        (409.0, 72.9),
    ];
    let header = [
        T::ColNumber,
        T::ColAction,
        T::ColWho,
        T::ColDue,
        T::ColState,
    ]
    .map(|word| (word.get(lang).to_owned(), Style::STRONG));
    layout.open(Tag::Table);
    layout.header_row(&header, &columns);
    for planned in plan {
        let action = planned.action;
        let state = ActionState::of(action, input.today);
        let (style, mark) = match state {
            ActionState::Done => (Style::BODY, Some(Mark::CountsAsMet)),
            ActionState::Overdue => (
                Style::STRONG.colored(Mark::NotMet.color()),
                Some(Mark::NotMet),
            ),
            ActionState::Open => (Style::BODY, None),
        };
        let cells = [
            (planned.number.to_string(), Style::BODY),
            (action.what.trim().to_owned(), Style::BODY),
            (action.who.trim().to_owned(), Style::BODY),
            (action.due.map(format_date).unwrap_or_default(), Style::BODY),
            (state.word(lang).to_owned(), style),
        ];
        let mark = mark.map(|mark| (mark, state.word(lang)));
        layout.row(&cells, &columns, mark);
    }
    layout.close();
}

fn signatures(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    let lang = input.lang;
    if layout.room() < 230.0 {
        layout.new_page();
    } else {
        layout.gap(24.0);
    }
    layout.heading(T::Signatures.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Signatures.get(lang));
    layout.lines(T::SignaturesIntro.get(lang), Style::BODY, 0.0);
    layout.gap(18.0);
    let assessment = input.assessment;
    // The steering group's chair, when a member's role says so; the contact person, else
    // the first assessor, for the coordinator.
    let chair = assessment
        .steering_group
        .iter()
        .find(|member| member.chairs())
        .map(|member| member.name.trim().to_owned())
        .unwrap_or_default();
    let contact = &assessment.contact_person;
    let coordinator = if contact.name.trim().is_empty() {
        assessment
            .assessors
            .first()
            .map(|a| a.name.trim().to_owned())
            .unwrap_or_default()
    } else {
        contact.name.trim().to_owned()
    };
    signature_columns(
        layout,
        lang,
        &[
            (T::Chair.get(lang), chair.as_str()),
            (T::Coordinator.get(lang), coordinator.as_str()),
        ],
    );
}

/// A column per signer (at most two, side by side): the role, and lines for the name (printed when known),
/// the date and the signature.
fn signature_columns(layout: &mut Layout<'_>, lang: Lang, signers: &[(&str, &str)]) {
    let column = CONTENT_WIDTH / 2.0;
    let top = layout.y();
    for (i, (role, name)) in signers.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "two columns")]
        let x = MARGIN_X + column * i as f32;
        let width = column - 24.0;
        // Each text its own paragraph: read out as "chair", "name", the name, "date"…
        let paragraph = |layout: &mut Layout<'_>, y: f32, text: &str, style: Style| {
            layout.with(Tag::P, |layout| layout.text_at(x, y, text, style));
        };
        paragraph(layout, top - 12.0, role, Style::STRONG);
        for (row, label) in [T::Name, T::Date, T::Signature].iter().enumerate() {
            #[expect(clippy::cast_precision_loss, reason = "three rows")]
            let line_y = top - 58.0 - 44.0 * row as f32;
            paragraph(layout, line_y - 11.0, label.get(lang), Style::SMALL);
            if *label == T::Name && !name.trim().is_empty() {
                paragraph(layout, line_y + 5.0, name.trim(), Style::BODY);
            }
            // The line to sign on is for the pen, not for reading out.
            layout.artifact(|layout| {
                layout.line(x, line_y, x + width, line_y, 0.6, layout::INK);
            });
        }
    }
    layout.set_y(top - 58.0 - 44.0 * 2.0 - 24.0);
}

/// The appendix "Ohjausryhmän näkemykset": who responded and when, agreement per criterion
/// with the coordinator's decision, and the comments.
fn group_views(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    use crate::domain::group::Opinion;
    use i18n::group::T as G;
    let lang = input.lang;
    let group = &input.assessment.group;
    layout.heading(G::Heading.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, G::Heading.get(lang));
    layout.lines(G::AppendixIntro.get(lang), Style::BODY, 0.0);
    layout.gap(6.0);
    let responded: Vec<String> = group
        .responses
        .iter()
        .map(|response| {
            let when = i18n::audit::date_time(lang, response.responded, &input.time_zone);
            format!("{} ({when})", response.member.trim())
        })
        .collect();
    layout.field(G::Responded.get(lang), &responded.join(", "), 0.0);
    layout.gap(8.0);
    let columns = [
        (16.0, 24.0),
        (40.0, 150.0),
        (190.0, 80.0),
        (270.0, 130.0),
        (400.0, 81.9),
    ];
    let header = [
        T::ColNumber.get(lang),
        T::ColCriterion.get(lang),
        G::ColAgree.get(lang),
        G::ColDiffer.get(lang),
        G::ColDecision.get(lang),
    ]
    .map(|word| (word.to_owned(), Style::STRONG));
    layout.open(Tag::Table);
    layout.header_row(&header, &columns);
    for criterion in &input.set.criteria {
        let views = group.on(&criterion.id);
        let agree = views
            .iter()
            .filter(|(_, view)| view.opinion == Opinion::Agree)
            .count();
        let differ: Vec<String> = views
            .iter()
            .filter_map(|(member, view)| match view.opinion {
                Opinion::Differ(status) => {
                    Some(format!("{member}: {}", i18n::status_label(lang, status)))
                }
                Opinion::Agree => None,
            })
            .collect();
        // How many of those who gave a view agree.
        let agreement = if views.is_empty() {
            "–".to_owned()
        } else {
            format!("{agree}/{}", views.len())
        };
        let decision = group
            .decisions
            .get(&criterion.id)
            .map(|decision| i18n::status_label(lang, decision.status).to_owned())
            .unwrap_or_default();
        let title = criterion
            .short_title
            .get_or(lang, input.set.official_language)
            .0;
        let cells = [
            (criterion.number.to_string(), Style::BODY),
            (title.to_owned(), Style::BODY),
            (agreement, Style::BODY),
            (differ.join("; "), Style::BODY),
            (decision, Style::BODY),
        ];
        layout.row(&cells, &columns, None);
    }
    layout.close();
    group_comments(layout, input);
}

/// Every comment, under its criterion.
fn group_comments(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    use i18n::group::T as G;
    let lang = input.lang;
    let group = &input.assessment.group;
    let commented: Vec<_> = input
        .set
        .criteria
        .iter()
        .map(|criterion| (criterion, group.on(&criterion.id)))
        .filter(|(_, views)| {
            views
                .iter()
                .any(|(_, view)| !view.comment.trim().is_empty())
        })
        .collect();
    if commented.is_empty() {
        return;
    }
    layout.gap(12.0);
    layout.heading(G::Comments.get(lang), Style::H3, Tag::H3);
    for (criterion, views) in commented {
        let title = criterion
            .short_title
            .get_or(lang, input.set.official_language)
            .0;
        layout.gap(4.0);
        layout.tagged_lines(
            Tag::H4,
            &i18n::report::criterion_heading(lang, criterion.number, title),
            Style::STRONG,
            0.0,
        );
        layout.open(Tag::L);
        for (member, view) in views {
            if view.comment.trim().is_empty() {
                continue;
            }
            let line = i18n::group::view_line(lang, member, view.opinion, &view.comment);
            layout.with(Tag::LI, |layout| {
                layout.with(Tag::LBody, |layout| {
                    layout.lines_here(&format!("– {line}"), Style::BODY, 10.0);
                });
            });
        }
        layout.close();
    }
}

fn manifest(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    let lang = input.lang;
    layout.heading(T::Manifest.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Manifest.get(lang));
    layout.lines(T::ManifestIntro.get(lang), Style::SMALL, 0.0);
    layout.gap(8.0);
    layout.tagged_lines(Tag::H3, T::AssessmentFile.get(lang), Style::STRONG, 0.0);
    match &input.source {
        Some(source) => {
            layout.field(T::File.get(lang), &source.name, 0.0);
            layout.field("SHA-256", &source.sha256, 0.0);
        }
        None => layout.lines(T::NotSaved.get(lang), Style::BODY, 0.0),
    }
    layout.gap(10.0);
    manifest_seal(layout, input);
    layout.gap(10.0);
    manifest_attachments(layout, input);
}

/// The seal in the manifest: its hash, when and by whom, or that it is broken or absent.
fn manifest_seal(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    let lang = input.lang;
    layout.tagged_lines(Tag::H3, T::SealHeading.get(lang), Style::STRONG, 0.0);
    let broken = input
        .assessment
        .seal
        .as_ref()
        .is_some_and(|seal| seal.sha256 != input.assessment.digest());
    match &input.assessment.seal {
        Some(_) if broken => {
            layout.lines(
                T::SealBroken.get(lang),
                Style::STRONG.colored(Mark::NotMet.color()),
                0.0,
            );
        }
        Some(seal) => {
            layout.lines(&seal.sha256, Style::BODY, 0.0);
            layout.field(
                T::Finalisation.get(lang),
                &i18n::audit::sealed_line(lang, seal.at, &input.time_zone, &seal.by),
                0.0,
            );
            let entries = i18n::count(
                lang,
                input.assessment.history.len(),
                ["merkintä", "post", "entry"],
                ["merkintää", "poster", "entries"],
            );
            layout.field(T::History.get(lang), &entries, 0.0);
            layout.lines(T::SealIntro.get(lang), Style::SMALL, 0.0);
        }
        None => layout.lines(T::NoSeal.get(lang), Style::BODY, 0.0),
    }
}

/// Every attachment with its size, hash and state as found.
fn manifest_attachments(layout: &mut Layout<'_>, input: &ReportInput<'_>) {
    let lang = input.lang;
    layout.tagged_lines(Tag::H3, T::Attachments.get(lang), Style::STRONG, 0.0);
    if input.attachments.is_empty() {
        layout.lines(T::NoAttachments.get(lang), Style::BODY, 0.0);
        return;
    }
    let columns = [(0.0, 150.0), (150.0, 55.0), (205.0, 276.9)];
    layout.open(Tag::Table);
    layout.header_row(
        &[
            (T::File.get(lang).to_owned(), Style::STRONG),
            (T::Size.get(lang).to_owned(), Style::STRONG),
            ("SHA-256".to_owned(), Style::STRONG),
        ],
        &columns,
    );
    let hash_style = Style {
        size: 7.5,
        ..Style::BODY
    };
    for entry in &input.attachments {
        let state = match entry.check {
            AttachmentCheck::Intact => None,
            AttachmentCheck::NotChecked => Some(T::AttachmentNotChecked),
            AttachmentCheck::Missing => Some(T::AttachmentMissing),
            AttachmentCheck::Modified => Some(T::AttachmentModified),
            AttachmentCheck::Unsafe => Some(T::AttachmentUnsafe),
        };
        let name = match state {
            Some(state) => format!("{} ({})", entry.name, state.get(lang)),
            None => entry.name.clone(),
        };
        layout.row(
            &[
                (name, Style::BODY),
                (i18n::report::size(lang, entry.size), Style::BODY),
                (entry.sha256.clone(), hash_style),
            ],
            &columns,
            None,
        );
    }
    layout.close();
}
