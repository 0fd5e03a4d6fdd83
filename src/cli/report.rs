//! `terve-kunta report ASSESSMENT -o OUT.pdf`: the readiness report as PDF.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Clock as _;
use crate::domain::Lang;
use crate::export::{ExportError, export_report, report_input};
use crate::i18n;
use crate::system::SystemClock;

pub(super) fn run(
    lang: Lang,
    file: &Path,
    pdf: &Path,
    criteria_files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let (assessment, set) = match super::load(lang, file, criteria_files, err)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let clock = SystemClock;
    let input = report_input(
        &assessment,
        &set,
        Some(file),
        lang,
        clock.now(),
        clock.today(),
    );
    match export_report(&input, pdf) {
        Ok(exported) => {
            let size = i18n::report::size(lang, exported.size as u64);
            writeln!(
                out,
                "{}",
                i18n::cli::report_written(lang, &pdf.display().to_string(), &size)
            )?;
            Ok(0)
        }
        Err(error) => {
            let reason = match &error {
                ExportError::Write(error) => i18n::ui::write_failure_reason(lang, &error.source),
                ExportError::Report(error) => error.to_string(),
            };
            let line = i18n::cli::report_failed(lang, &reason, &pdf.display().to_string());
            writeln!(err, "{}{line}", i18n::cli::error_prefix(lang))?;
            Ok(1)
        }
    }
}
