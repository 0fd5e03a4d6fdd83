//! `terve-kunta report ASSESSMENT -o OUT.pdf`: the self-assessment report as PDF.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::export::{export_report, report_input};
use crate::i18n;
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
    match export_report(&input, pdf) {
        Ok(exported) => {
            let size = i18n::report::size(lang, exported.size as u64);
            writeln!(
                out,
                "{}",
                super::words::report_written(lang, &pdf.display().to_string(), &size)
            )?;
            Ok(0)
        }
        Err(error) => {
            let line = error.sentence(lang, pdf);
            writeln!(err, "{}{line}", super::words::error_prefix(lang))?;
            Ok(1)
        }
    }
}
