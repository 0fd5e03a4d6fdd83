//! Two assessments of one municipality compared, on paper: per criterion the standing before
//! and now, the overall change in one sentence, the evidence added and removed, the actions
//! done and new.
//!
//! Like the report, [`render_comparison`] is pure; the same input gives the same bytes.

use sha2::{Digest as _, Sha256};

use super::layout::{CellMark, GREY, Layout, Mark, Style};
use super::sheet::{Sheet, render_sheet};
use super::structure::Tag;
use super::{ReportError, language_tag};
use crate::domain::compare::{Comparison, Standing};
use crate::domain::dates::{Date, Timestamp, format_date};
use crate::domain::{Assessment, CriteriaSet, Lang, Status};
use crate::i18n::{self, compare::T as C, report::T};

/// Everything a comparison's PDF is made from.
#[derive(Clone, Debug)]
pub struct ComparisonInput<'a> {
    /// The comparison.
    pub comparison: &'a Comparison<'a>,
    /// The older assessment and its set.
    pub old: (&'a Assessment, &'a CriteriaSet),
    /// The newer one and its set.
    pub new: (&'a Assessment, &'a CriteriaSet),
    /// The two files' names (older, newer), printed beside each side; empty when not saved.
    pub files: [String; 2],
    /// The language.
    pub lang: Lang,
    /// When it is made.
    pub generated: Timestamp,
    /// The date printed on it.
    pub today: Date,
    /// The time zone its dates are printed in.
    pub time_zone: jiff::tz::TimeZone,
}

/// A criterion's standing as a mark and its word (as the app and the report show it).
pub(super) fn standing_mark(lang: Lang, standing: Standing) -> (Mark, &'static str) {
    use i18n::ui::T as U;
    match standing {
        Standing {
            counts_as_met: true,
            ..
        } => (Mark::CountsAsMet, U::CountsAsMet.get(lang)),
        Standing {
            status: Status::Met,
            ..
        } => (
            Mark::EvidenceInsufficient,
            U::EvidenceInsufficient.get(lang),
        ),
        Standing { status, .. } => {
            let mark = match status {
                Status::PartlyMet => Mark::PartlyMet,
                Status::NotMet => Mark::NotMet,
                _ => Mark::NotAssessed,
            };
            (mark, i18n::status_label(lang, status))
        }
    }
}

/// Makes the comparison's PDF.
pub fn render_comparison(input: &ComparisonInput<'_>) -> Result<Vec<u8>, ReportError> {
    let lang = input.lang;
    let municipality = &input.new.0.municipality;
    let name = municipality.name.trim();
    let sheet = Sheet {
        title: format!("{}: {name}", C::Heading.get(lang)),
        header: (
            format!("{name} ({})", municipality.code.trim()),
            C::Heading.get(lang).to_owned(),
        ),
        lang,
        generated: input.generated,
        today: input.today,
        author: String::new(),
        subject: C::Heading.get(lang).to_owned(),
        keywords: format!("Terve Kunta, THL, {name}"),
        fingerprint: fingerprint(input),
    };
    render_sheet(&sheet, |layout| {
        layout.lines(T::CoverKicker.get(lang), Style::H3.colored(GREY), 0.0);
        layout.tagged_lines(Tag::H1, &sheet.title, Style::H1, 0.0);
        layout.gap(12.0);
        let side = |(side, file): ((&Assessment, &CriteriaSet), &String)| {
            let words = i18n::compare::side(lang, side, &input.time_zone);
            if file.is_empty() {
                words
            } else {
                format!("{words} ({file})")
            }
        };
        layout.fields(
            &[
                (
                    T::Municipality.get(lang),
                    format!("{name} ({})", municipality.code.trim()),
                ),
                (C::Before.get(lang), side((input.old, &input.files[0]))),
                (C::After.get(lang), side((input.new, &input.files[1]))),
            ],
            0.0,
        );
        layout.gap(8.0);
        layout.lines(
            &i18n::compare::sentence(lang, input.comparison),
            Style::STRONG,
            0.0,
        );
        layout.gap(12.0);
        criteria_table(layout, input);
        let sets = [input.new.1, input.old.1];
        for (heading, items) in i18n::compare::lists(lang, input.comparison, sets) {
            layout.gap(10.0);
            list(
                layout,
                &format!("{} ({})", heading.get(lang), items.len()),
                &items,
                lang,
            );
        }
    })
}

/// A row per criterion: its number and title, its standing before and now, each with its
/// mark; a criterion that turned is in bold.
fn criteria_table(layout: &mut Layout<'_>, input: &ComparisonInput<'_>) {
    let lang = input.lang;
    layout.heading(C::Criteria.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, C::Criteria.get(lang));
    let columns = [(0.0, 226.0), (244.0, 112.0), (370.0, 111.9)];
    layout.open(Tag::Table);
    layout.header_row(
        &[
            (T::ColCriterion.get(lang).to_owned(), Style::STRONG),
            (C::Before.get(lang).to_owned(), Style::STRONG),
            (C::After.get(lang).to_owned(), Style::STRONG),
        ],
        &columns,
    );
    for change in &input.comparison.criteria {
        let title = i18n::compare::criterion_title(lang, [input.new.1, input.old.1], &change.id);
        let turned = change.turned().is_some();
        let style = if turned { Style::STRONG } else { Style::BODY };
        let mut cells = vec![(format!("{}. {title}", change.number), style)];
        let mut marks = Vec::new();
        for (column, standing) in [(1, change.before), (2, change.after)] {
            let word = i18n::compare::standing(lang, standing, change.presence);
            match standing {
                Some(standing) => {
                    let (mark, _) = standing_mark(lang, standing);
                    cells.push((word, style.colored(mark.color())));
                    marks.push((column, mark));
                }
                None => cells.push((word, Style::BODY.colored(GREY))),
            }
        }
        let alts: Vec<String> = marks
            .iter()
            .map(|(column, _)| cells[*column].0.clone())
            .collect();
        let marks: Vec<CellMark<'_>> = marks
            .iter()
            .zip(&alts)
            .map(|((column, mark), alt)| CellMark {
                column: *column,
                x: columns[*column].0 - 8.0,
                mark: *mark,
                alt,
            })
            .collect();
        layout.row_with_marks(&cells, &columns, &marks);
    }
    layout.close();
}

/// A heading and its items as a list, or "ei mitään".
fn list(layout: &mut Layout<'_>, heading: &str, items: &[String], lang: Lang) {
    layout.heading(heading, Style::H3, Tag::H3);
    if items.is_empty() {
        layout.lines(C::None.get(lang), Style::BODY.colored(GREY), 0.0);
        return;
    }
    layout.open(Tag::L);
    for item in items {
        layout.with(Tag::LI, |layout| {
            layout.with(Tag::LBody, |layout| {
                layout.lines_here(&format!("– {item}"), Style::BODY, 10.0);
            });
        });
    }
    layout.close();
}

/// A digest of everything the comparison is made from.
fn fingerprint(input: &ComparisonInput<'_>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let mut field = |value: &[u8]| {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value);
    };
    field(b"comparison");
    for (assessment, set) in [input.old, input.new] {
        field(assessment.digest().as_bytes());
        field(assessment.history.len().to_string().as_bytes());
        field(set.content_hash().as_bytes());
    }
    for file in &input.files {
        field(file.as_bytes());
    }
    field(language_tag(input.lang).as_bytes());
    field(input.generated.to_string().as_bytes());
    field(format_date(input.today).as_bytes());
    field(input.time_zone.iana_name().unwrap_or_default().as_bytes());
    hasher.finalize().into()
}
