//! `terve-kunta review-report ASSESSMENT|PACKAGE [--review REVIEW] -o MEMO.pdf`: the
//! auditor's remarks as a "Tarkastusmuistio" PDF, with what verifying the assessment found.
//!
//! Exit codes: 0 written (whatever the verification found: the memo says it), 1 otherwise.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::domain::review::Review;
use crate::export::{export_memo, memo_input};
use crate::i18n;
use crate::storage::review_file::{
    MAX_REVIEW_FILE_BYTES, ReviewError, decode_review, read_review, review_path,
};
use crate::storage::verify::is_package;
use crate::system::{ReportClock, SystemClock};

/// The files a memo is made from and written to.
#[derive(Clone, Copy, Debug)]
pub(super) struct Files<'a> {
    /// The assessment file or package reviewed.
    pub assessment: &'a Path,
    /// The review file, when given.
    pub review: Option<&'a Path>,
    /// Where the memo goes.
    pub pdf: &'a Path,
    /// Extra criteria files to look in.
    pub criteria: &'a [PathBuf],
}

pub(super) fn run(
    lang: Lang,
    files: Files<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let fail = |err: &mut dyn Write, message: String, path: &Path| -> std::io::Result<u8> {
        writeln!(
            err,
            "{}{message}: {}",
            super::words::error_prefix(lang),
            path.display()
        )?;
        Ok(1)
    };
    let package = is_package(files.assessment);
    // The assessment as verifying reads it: a tampered one still gets its memo, saying so.
    let verification = match super::verify::verification(lang, files.assessment) {
        Ok(verification) => verification,
        Err((message, _)) => return fail(err, message, files.assessment),
    };
    let assessment = &verification.assessment;
    let (review, review_file) = match find_review(lang, files, package) {
        Ok(found) => found,
        Err((message, path)) => return fail(err, message, &path),
    };
    if !review.is_of(assessment) {
        return fail(err, i18n::ui::review_of_other(lang), &review_file);
    }
    let Ok(super::Found { set, .. }) = super::find_set(lang, assessment, files.criteria, err)?
    else {
        return Ok(1);
    };
    let name = file_name(files.assessment);
    let file_name = if package {
        format!("{name}: {}", crate::storage::layout::ASSESSMENT_FILE)
    } else {
        name
    };
    let clock = ReportClock::new(&SystemClock);
    let input = memo_input(
        (assessment, &set, &review),
        &file_name,
        Some(&verification),
        lang,
        &clock,
    );
    match export_memo(&input, files.pdf) {
        Ok(exported) => {
            let size = i18n::report::size(lang, exported.size as u64);
            writeln!(
                out,
                "{}",
                super::words::memo_written(lang, &files.pdf.display().to_string(), &size)
            )?;
            Ok(0)
        }
        Err(error) => {
            let line = error.memo_sentence(lang, files.pdf);
            writeln!(err, "{}{line}", super::words::error_prefix(lang))?;
            Ok(1)
        }
    }
}

/// The review and its file: the one `--review` names, else the one beside the assessment
/// file (a package holds none). When there is none to use, what to say and of which file.
fn find_review(
    lang: Lang,
    files: Files<'_>,
    package: bool,
) -> Result<(Review, PathBuf), (String, PathBuf)> {
    let unreadable = |error: &ReviewError, path: &Path| {
        (
            crate::storage::words::review_error_message(lang, error),
            path.to_path_buf(),
        )
    };
    match (files.review, package) {
        (Some(path), _) => read_given(path)
            .map(|review| (review, path.to_path_buf()))
            .map_err(|error| unreadable(&error, path)),
        (None, true) => Err((
            super::words::review_needed_for_package(lang),
            files.assessment.to_path_buf(),
        )),
        (None, false) => {
            let beside = review_path(files.assessment);
            match read_review(files.assessment) {
                Ok(Some(review)) => Ok((review, beside)),
                Ok(None) => Err((super::words::review_not_found(lang), beside)),
                Err(error) => Err(unreadable(&error, &beside)),
            }
        }
    }
}

/// Reads a review file named on the command line, with the same limits as the app.
fn read_given(path: &Path) -> Result<Review, ReviewError> {
    let bytes = crate::storage::read_capped(path, MAX_REVIEW_FILE_BYTES)?;
    decode_review(&bytes)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}
