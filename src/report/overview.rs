//! A regional overview on paper: one row per assessment with each criterion's mark, the
//! verdict, the date, sealed or not and what verifying it found; unreadable inputs listed as
//! such, with the reason.
//!
//! Like the report, [`render_overview`] is pure; the same rows give the same bytes.

use sha2::{Digest as _, Sha256};

use super::comparison::standing_mark;
use super::layout::{CONTENT_WIDTH, CellMark, GREY, Layout, Mark, Style};
use super::sheet::{Sheet, render_sheet};
use super::structure::Tag;
use super::{ReportError, language_tag, legend};
use crate::domain::dates::{Date, Timestamp, format_date};
use crate::domain::overview::{Row, Summary, columns};
use crate::domain::{CriterionId, Lang};
use crate::i18n::{self, compare::T as C, report::T};

/// Everything an overview's PDF is made from.
#[derive(Clone, Debug)]
pub struct OverviewInput<'a> {
    /// A row per input, in the order given.
    pub rows: &'a [Row],
    /// The language.
    pub lang: Lang,
    /// When it is made.
    pub generated: Timestamp,
    /// The date printed on it.
    pub today: Date,
    /// The time zone its dates are printed in.
    pub time_zone: jiff::tz::TimeZone,
}

/// The width of a criterion's column.
const MARK_COLUMN: f32 = 15.0;

/// Makes the overview's PDF.
pub fn render_overview(input: &OverviewInput<'_>) -> Result<Vec<u8>, ReportError> {
    let lang = input.lang;
    let title = C::Overview.get(lang).to_owned();
    let municipalities: Vec<&str> = input
        .rows
        .iter()
        .filter_map(|row| row.outcome.as_ref().ok())
        .map(|summary| summary.municipality.as_str())
        .collect();
    let sheet = Sheet {
        header: (
            title.clone(),
            i18n::compare::assessments(lang, input.rows.len()),
        ),
        lang,
        generated: input.generated,
        today: input.today,
        author: String::new(),
        subject: title.clone(),
        keywords: format!("Terve Kunta, THL, {}", municipalities.join(", ")),
        fingerprint: fingerprint(input),
        title,
    };
    render_sheet(&sheet, |layout| {
        layout.lines(T::CoverKicker.get(lang), Style::H3.colored(GREY), 0.0);
        layout.tagged_lines(Tag::H1, &sheet.title, Style::H1, 0.0);
        layout.gap(12.0);
        let ready = input
            .rows
            .iter()
            .filter(|row| row.outcome.as_ref().is_ok_and(|s| s.ready))
            .count();
        let not_intact = input.rows.iter().filter(|row| !row.is_intact()).count();
        layout.fields(
            &[
                (C::Assessments.get(lang), input.rows.len().to_string()),
                (C::ReadyCount.get(lang), ready.to_string()),
                (C::NotIntactCount.get(lang), not_intact.to_string()),
            ],
            0.0,
        );
        layout.gap(10.0);
        table(layout, input);
        layout.gap(10.0);
        legend(layout, lang);
    })
}

/// The table: a row per input, the findings and reasons under their rows.
fn table(layout: &mut Layout<'_>, input: &OverviewInput<'_>) {
    let lang = input.lang;
    let criteria = columns(input.rows);
    #[expect(clippy::cast_precision_loss, reason = "a few dozen criteria")]
    let marks_width = criteria.len() as f32 * MARK_COLUMN;
    let trailing = [60.0, 50.0, 52.0, 62.0];
    let name_width = CONTENT_WIDTH - marks_width - trailing.iter().sum::<f32>();
    let mut spans = vec![(0.0, name_width)];
    let mut x = name_width;
    for _ in &criteria {
        spans.push((x, MARK_COLUMN));
        x += MARK_COLUMN;
    }
    for width in trailing {
        spans.push((x + 3.0, width - 3.0));
        x += width;
    }
    let mut header = vec![(C::ColMunicipality.get(lang).to_owned(), Style::STRONG)];
    header.extend(
        criteria
            .iter()
            .map(|(_, number)| (number.to_string(), Style::STRONG)),
    );
    header.extend(
        [C::ColVerdict, C::ColModified, C::ColSealed, C::ColCheck]
            .iter()
            .map(|word| (word.get(lang).to_owned(), Style::STRONG)),
    );
    // The numbers stand centred over their marks.
    let header_spans: Vec<(f32, f32)> = spans
        .iter()
        .zip(&header)
        .enumerate()
        .map(|(column, (&(x, width), (text, style)))| {
            if (1..=criteria.len()).contains(&column) {
                let centred = x + (MARK_COLUMN - layout.width(text, *style)) / 2.0;
                (centred, width + x - centred + 4.0)
            } else {
                (x, width)
            }
        })
        .collect();
    layout.open(Tag::Table);
    layout.header_row(&header, &header_spans);
    for row in input.rows {
        let name = |row: &Row| {
            row.file.file_name().map_or_else(
                || row.file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        match &row.outcome {
            Ok(summary) => {
                readable_row(layout, input, summary, &criteria, &spans);
                under_row(layout, &name(row), &summary.findings);
            }
            Err(reason) => {
                let mut cells = vec![(name(row), Style::BODY)];
                cells.extend(criteria.iter().map(|_| (String::new(), Style::SMALL)));
                cells.push((
                    C::Unreadable.get(lang).to_owned(),
                    Style::SMALL.colored(Mark::NotMet.color()),
                ));
                cells.extend((0..3).map(|_| (String::new(), Style::SMALL)));
                layout.row(&cells, &spans, None);
                under_row(layout, "", std::slice::from_ref(reason));
            }
        }
    }
    layout.close();
}

/// A readable input's row: the municipality, a mark per criterion (each a figure with its
/// words), the verdict, the date, sealed, the check.
fn readable_row(
    layout: &mut Layout<'_>,
    input: &OverviewInput<'_>,
    summary: &Summary,
    criteria: &[(CriterionId, u32)],
    spans: &[(f32, f32)],
) {
    let lang = input.lang;
    let mut cells = vec![(
        format!("{} ({})", summary.municipality, summary.code),
        Style::BODY,
    )];
    let mut alts = Vec::new();
    for (index, (id, number)) in criteria.iter().enumerate() {
        cells.push((String::new(), Style::SMALL));
        if let Some(standing) = summary.standing(id) {
            let (mark, word) = standing_mark(lang, standing);
            let alt = format!("{}: {word}", i18n::criterion_number(lang, *number));
            alts.push((index + 1, mark, alt));
        }
    }
    let [verdict, modified, sealed, check] =
        i18n::compare::row_words(lang, summary, &input.time_zone);
    let color = |good: bool| {
        if good {
            Mark::CountsAsMet.color()
        } else {
            Mark::NotMet.color()
        }
    };
    cells.push((verdict, Style::SMALL.colored(color(summary.ready))));
    cells.push((modified, Style::SMALL));
    cells.push((sealed, Style::SMALL));
    cells.push((
        check,
        Style::SMALL.colored(color(summary.findings.is_empty())),
    ));
    let marks: Vec<CellMark<'_>> = alts
        .iter()
        .map(|(column, mark, alt)| CellMark {
            column: *column,
            x: spans[*column].0 + MARK_COLUMN / 2.0,
            mark: *mark,
            alt,
        })
        .collect();
    layout.row_with_marks(&cells, spans, &marks);
}

/// What verifying a row's file found, or why it could not be read: small, under the row.
fn under_row(layout: &mut Layout<'_>, file: &str, lines: &[String]) {
    if lines.is_empty() {
        return;
    }
    layout.with(Tag::P, |layout| {
        if !file.is_empty() {
            layout.lines_here(file, Style::SMALL.colored(GREY), 8.0);
        }
        for line in lines {
            layout.lines_here(&format!("– {line}"), Style::SMALL, 8.0);
        }
    });
    layout.gap(4.0);
}

/// A digest of everything the overview is made from.
fn fingerprint(input: &OverviewInput<'_>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let mut field = |value: &[u8]| {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value);
    };
    field(b"overview");
    // The rows as printed: their debug form holds every field.
    field(format!("{:?}", input.rows).as_bytes());
    field(language_tag(input.lang).as_bytes());
    field(input.generated.to_string().as_bytes());
    field(format_date(input.today).as_bytes());
    field(input.time_zone.iana_name().unwrap_or_default().as_bytes());
    hasher.finalize().into()
}
