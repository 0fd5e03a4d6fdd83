//! `terve-kunta report ASSESSMENT -o OUT.pdf`: the self-assessment report as PDF.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::export::{export_report, report_input};
use crate::system::{ReportClock, SystemClock};

pub(super) fn run(
    lang: Lang,
    file: &Path,
    pdf: &Path,
    criteria_files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let super::Loaded {
        assessment, set, ..
    } = match super::load(lang, file, criteria_files, err)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let clock = ReportClock::new(&SystemClock);
    let input = report_input(&assessment, &set, Some(file), lang, &clock);
    super::pdf_written(lang, export_report(&input, pdf), pdf, (out, err))
}
