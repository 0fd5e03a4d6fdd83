//! `terve-kunta criteria check FILE...`

use std::io::Write;
use std::path::PathBuf;

use crate::domain::Lang;
use crate::format::criteria::{
    Diagnostic, MAX_CRITERIA_FILE_BYTES, Severity, parse_criteria_bytes, problem_message,
    severity_word,
};
use crate::storage::read_capped;

/// One problem as one line: `FILE:LINE:COL: virhe: message`, or `FILE: …` without a position.
pub fn diagnostic_line(lang: Lang, file: &str, diagnostic: &Diagnostic) -> String {
    let severity = severity_word(lang, diagnostic.severity);
    let message = problem_message(lang, &diagnostic.problem);
    match diagnostic.position {
        Some(position) => format!(
            "{file}:{}:{}: {severity}: {message}",
            position.line, position.column
        ),
        None => format!("{file}: {severity}: {message}"),
    }
}

pub(super) fn run(lang: Lang, files: &[PathBuf], out: &mut dyn Write) -> std::io::Result<u8> {
    let mut failed = false;
    for path in files {
        let file = path.display().to_string();
        let bytes = match read_capped(path, MAX_CRITERIA_FILE_BYTES as u64) {
            Ok(bytes) => bytes,
            Err(error) => {
                let severity = severity_word(lang, Severity::Error);
                writeln!(
                    out,
                    "{file}: {severity}: {}",
                    crate::storage::words::read_error_message(lang, &error)
                )?;
                failed = true;
                continue;
            }
        };
        let outcome = parse_criteria_bytes(&bytes);
        for diagnostic in &outcome.diagnostics {
            writeln!(out, "{}", diagnostic_line(lang, &file, diagnostic))?;
        }
        match &outcome.set {
            Some(set) => writeln!(
                out,
                "{}",
                super::words::check_ok(lang, &file, set.criteria.len(), outcome.warnings().count())
            )?,
            None => failed = true,
        }
    }
    Ok(u8::from(failed))
}
