//! The auditor's "Tarkastusmuistio": what was reviewed (the assessment's identity, its seal
//! and what verifying it found), each remark under its criterion, the reviewer and the date.
//!
//! Like the report, [`render_memo`] is pure: the caller verifies the file and words what it
//! found; the same input gives the same bytes.

use sha2::{Digest as _, Sha256};

use super::layout::{CONTENT_WIDTH, GREY, INK, Layout, MARGIN_X, Mark, Style};
use super::sheet::{Sheet, render_sheet};
use super::structure::Tag;
use super::{ReportError, SourceFile, language_tag, mark_and_word};
use crate::domain::Lang;
use crate::domain::criteria::CriteriaSet;
use crate::domain::dates::{Date, Timestamp, format_date};
use crate::domain::quality::Checks;
use crate::domain::readiness::evaluate_saved;
use crate::domain::review::Review;
use crate::domain::{Assessment, assessment::Status};
use crate::i18n::{self, report::T};

/// What verifying the assessment's file found, in the memo's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verified {
    /// Each finding in a sentence; empty when everything matches.
    pub findings: Vec<String>,
    /// What the file's history cannot vouch for, when something.
    pub limit: Option<String>,
}

/// Everything a memo is made from.
#[derive(Clone, Debug)]
pub struct MemoInput<'a> {
    /// The assessment reviewed, as read.
    pub assessment: &'a Assessment,
    /// Its criteria set.
    pub set: &'a CriteriaSet,
    /// The auditor's remarks.
    pub review: &'a Review,
    /// The memo's language.
    pub lang: Lang,
    /// When the memo is made.
    pub generated: Timestamp,
    /// The date printed on it.
    pub today: Date,
    /// The time zone its times are printed in.
    pub time_zone: jiff::tz::TimeZone,
    /// The assessment's file: its name and checksum.
    pub source: Option<SourceFile>,
    /// What verifying the file found; `None` when it was not verified (nothing saved).
    pub verified: Option<Verified>,
}

/// Makes the memo.
pub fn render_memo(input: &MemoInput<'_>) -> Result<Vec<u8>, ReportError> {
    let lang = input.lang;
    let assessment = input.assessment;
    let municipality = assessment.municipality.name.trim();
    let title = format!("{}: {municipality}", T::MemoTitle.get(lang));
    let sheet = Sheet {
        header: (
            format!("{municipality} ({})", assessment.municipality.code.trim()),
            T::MemoTitle.get(lang).to_owned(),
        ),
        lang,
        generated: input.generated,
        today: input.today,
        author: input.review.reviewer.clone(),
        subject: T::MemoKicker.get(lang).to_owned(),
        keywords: format!("Terve Kunta, THL, {municipality}"),
        fingerprint: fingerprint(input),
        title,
    };
    render_sheet(&sheet, |layout| {
        layout.lines(T::MemoKicker.get(lang), Style::H3.colored(GREY), 0.0);
        layout.tagged_lines(Tag::H1, &sheet.title, Style::H1, 0.0);
        layout.gap(16.0);
        identity(layout, input);
        layout.gap(12.0);
        verification(layout, input);
        layout.gap(12.0);
        remarks(layout, input);
        reviewer(layout, input);
    })
}

/// Which assessment: the municipality, its id, the criteria, the file and its checksum, the
/// seal.
fn identity(layout: &mut Layout<'_>, input: &MemoInput<'_>) {
    let lang = input.lang;
    let assessment = input.assessment;
    let zone = &input.time_zone;
    layout.heading(T::MemoAssessment.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::MemoAssessment.get(lang));
    let set = input.set;
    let (finalisation, seal) = match &assessment.seal {
        None => (T::Draft.get(lang).to_owned(), String::new()),
        Some(seal) => (
            i18n::audit::sealed_line(lang, seal.at, zone, &seal.by),
            seal.sha256.clone(),
        ),
    };
    let (file, checksum) = input.source.as_ref().map_or_else(
        || (T::NotSaved.get(lang).to_owned(), String::new()),
        |source| (source.name.clone(), source.sha256.clone()),
    );
    layout.fields(
        &[
            (
                T::Municipality.get(lang),
                format!(
                    "{} ({})",
                    assessment.municipality.name.trim(),
                    assessment.municipality.code.trim()
                ),
            ),
            (T::AssessmentId.get(lang), assessment.id.clone()),
            (
                T::CriteriaSet.get(lang),
                format!(
                    "{} {}",
                    set.title.get_or(lang, set.official_language).0,
                    set.version
                ),
            ),
            (T::AssessmentFile.get(lang), file),
            (
                T::LastChanged.get(lang),
                i18n::audit::date_time(lang, assessment.modified, zone),
            ),
            (
                T::HistoryEntries.get(lang),
                assessment.history.len().to_string(),
            ),
            (T::Finalisation.get(lang), finalisation),
        ],
        0.0,
    );
    // The checksums with short labels of their own: each on one line.
    layout.fields(
        &[("SHA-256", checksum), (T::SealHeading.get(lang), seal)],
        0.0,
    );
}

/// What verifying the file found, and whether the remarks were written of this content.
fn verification(layout: &mut Layout<'_>, input: &MemoInput<'_>) {
    let lang = input.lang;
    layout.heading(T::MemoVerification.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::MemoVerification.get(lang));
    match &input.verified {
        None => layout.lines(T::MemoNotVerified.get(lang), Style::BODY, 0.0),
        Some(verified) => {
            let intact = verified.findings.is_empty();
            let color = if intact {
                Mark::CountsAsMet.color()
            } else {
                Mark::NotMet.color()
            };
            layout.lines(
                &i18n::audit::verdict(lang, verified.findings.len()),
                Style::STRONG.colored(color),
                0.0,
            );
            if !intact {
                layout.open(Tag::L);
                for finding in &verified.findings {
                    layout.with(Tag::LI, |layout| {
                        layout.with(Tag::LBody, |layout| {
                            layout.lines_here(&format!("– {finding}"), Style::BODY, 10.0);
                        });
                    });
                }
                layout.close();
            }
            if let Some(limit) = &verified.limit {
                layout.lines(limit, Style::SMALL, 0.0);
            }
        }
    }
    layout.gap(4.0);
    // Remarks written of other content may not fit what is printed above them.
    let (text, style) = if input.review.assessment_changed(input.assessment) {
        (
            T::MemoReviewStale.get(lang),
            Style::STRONG.colored(Mark::NotMet.color()),
        )
    } else {
        (T::MemoReviewCurrent.get(lang), Style::BODY)
    };
    layout.lines(text, style, 0.0);
}

/// Each remark under its criterion, in the criteria's order, with the criterion's standing.
fn remarks(layout: &mut Layout<'_>, input: &MemoInput<'_>) {
    let lang = input.lang;
    let zone = &input.time_zone;
    layout.heading(T::Remarks.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Remarks.get(lang));
    let checks = Checks::on(input.today);
    let readiness = evaluate_saved(input.assessment, input.set, &checks);
    let mut printed = 0;
    for item in &readiness.criteria {
        let Some(remark) = input.review.remarks.get(&item.criterion.id) else {
            continue;
        };
        if remark.text.trim().is_empty() {
            continue;
        }
        printed += 1;
        let title = item
            .criterion
            .short_title
            .get_or(lang, input.set.official_language)
            .0;
        let heading = i18n::report::criterion_heading(lang, item.criterion.number, title);
        layout.gap(6.0);
        layout.heading(&heading, Style::H3, Tag::H3);
        let (mark, word) = mark_and_word(lang, item);
        let status = if item.status == Status::NotAssessed {
            word.to_owned()
        } else {
            format!("{}: {word}", T::Status.get(lang))
        };
        layout.lines(&status, Style::SMALL.colored(mark.color()), 0.0);
        for paragraph in remark.text.trim().lines().map(str::trim) {
            if paragraph.is_empty() {
                layout.gap(6.0);
            } else {
                layout.lines(paragraph, Style::BODY, 0.0);
            }
        }
        layout.lines(
            &i18n::report::remark_written(lang, &i18n::audit::date_time(lang, remark.at, zone)),
            Style::SMALL.colored(GREY),
            0.0,
        );
    }
    // Remarks on criteria the set does not have (a file edited by hand, another set): printed
    // by their ids, never dropped.
    for (id, remark) in &input.review.remarks {
        if remark.text.trim().is_empty() || input.set.criterion(id).is_some() {
            continue;
        }
        printed += 1;
        layout.gap(6.0);
        layout.heading(id.as_str(), Style::H3, Tag::H3);
        layout.lines(remark.text.trim(), Style::BODY, 0.0);
    }
    if printed == 0 {
        layout.lines(T::NoRemarks.get(lang), Style::BODY, 0.0);
    } else if printed < readiness.criteria.len() {
        layout.gap(6.0);
        layout.lines(T::NoOtherRemarks.get(lang), Style::SMALL, 0.0);
    }
}

/// The reviewer's name, the date, and a line to sign on.
fn reviewer(layout: &mut Layout<'_>, input: &MemoInput<'_>) {
    let lang = input.lang;
    if layout.room() < 150.0 {
        layout.new_page();
    } else {
        layout.gap(24.0);
    }
    layout.heading(T::Reviewer.get(lang), Style::H2, Tag::H2);
    layout.bookmark(0, T::Reviewer.get(lang));
    layout.fields(
        &[
            (T::Name.get(lang), input.review.reviewer.trim().to_owned()),
            (T::Date.get(lang), format_date(input.today)),
        ],
        0.0,
    );
    // The line to sign on is for the pen, not for reading out.
    let line_y = layout.y() - 48.0;
    layout.artifact(|layout| {
        layout.line(
            MARGIN_X,
            line_y,
            MARGIN_X + CONTENT_WIDTH / 2.0 - 24.0,
            line_y,
            0.6,
            INK,
        );
    });
    layout.with(Tag::P, |layout| {
        layout.text_at(
            MARGIN_X,
            line_y - 11.0,
            T::Signature.get(lang),
            Style::SMALL,
        );
    });
    layout.set_y(line_y - 24.0);
}

/// A digest of everything the memo is made from (see the report's).
fn fingerprint(input: &MemoInput<'_>) -> [u8; 32] {
    let mut hasher = Sha256::new();
    let mut field = |value: &[u8]| {
        hasher.update((value.len() as u64).to_be_bytes());
        hasher.update(value);
    };
    field(b"memo");
    field(input.assessment.digest().as_bytes());
    field(input.set.content_hash().as_bytes());
    // Plain data with string keys: serializing it cannot fail.
    field(&serde_json::to_vec(input.review).unwrap_or_default());
    field(language_tag(input.lang).as_bytes());
    field(input.generated.to_string().as_bytes());
    field(format_date(input.today).as_bytes());
    field(input.time_zone.iana_name().unwrap_or_default().as_bytes());
    if let Some(source) = &input.source {
        field(source.name.as_bytes());
        field(source.sha256.as_bytes());
    }
    if let Some(verified) = &input.verified {
        for finding in &verified.findings {
            field(finding.as_bytes());
        }
        field(verified.limit.as_deref().unwrap_or_default().as_bytes());
    }
    hasher.finalize().into()
}
