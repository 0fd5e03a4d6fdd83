//! `terve-kunta verify ASSESSMENT|PACKAGE`: is it as it was written and sealed?
//!
//! Exit codes: 0 intact, 1 unreadable, 2 tampered.

use std::io::Write;
use std::path::Path;

use crate::domain::{Clock as _, Lang};
use crate::i18n::audit;
use crate::storage::OpenError;
use crate::storage::verify::{Verification, is_package, verify_file, verify_package};
use crate::system::SystemClock;

/// Exit code: everything matches.
pub const INTACT: u8 = 0;
/// Exit code: the file could not be read as an assessment or package.
pub const UNREADABLE: u8 = 1;
/// Exit code: something does not match.
pub const TAMPERED: u8 = 2;

pub(super) fn run(
    lang: Lang,
    file: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let shown = file.display().to_string();
    let verification = match verification(lang, file) {
        Ok(verification) => verification,
        Err((message, code)) => {
            writeln!(
                err,
                "{}{message}: {shown}",
                super::words::error_prefix(lang)
            )?;
            return Ok(code);
        }
    };
    print(lang, &shown, &verification, out)?;
    Ok(if verification.is_intact() {
        INTACT
    } else {
        TAMPERED
    })
}

/// Verifies the assessment file or package at `file`; when it cannot be read, or a package
/// does not match its own list, the sentence to say and the exit code.
pub(super) fn verification(lang: Lang, file: &Path) -> Result<Verification, (String, u8)> {
    if is_package(file) {
        // A file that does not match the package's own list, one not on it or one given
        // twice: the package was changed after it was made.
        return verify_package(file).map_err(|error| {
            let code = if error.is_tampering() {
                TAMPERED
            } else {
                UNREADABLE
            };
            (
                crate::storage::words::package_error_message(lang, &error),
                code,
            )
        });
    }
    verify_file(file).map_err(|error| {
        let message = match error {
            OpenError::Read(error) => crate::storage::words::read_error_message(lang, &error),
            OpenError::Load { error, .. } => {
                crate::storage::words::load_error_message(lang, &error)
            }
        };
        (message, UNREADABLE)
    })
}

fn print(
    lang: Lang,
    file: &str,
    verification: &Verification,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let assessment = &verification.assessment;
    let zone = SystemClock.time_zone();
    let seal = assessment.seal.as_ref().map(|seal| {
        format!(
            "{} — {}",
            seal.sha256,
            audit::sealed_line(lang, seal.at, &zone, &seal.by)
        )
    });
    let header = super::words::verify_header(
        lang,
        super::words::VerifyHeader {
            file,
            sha256: &verification.file_sha256,
            seal: seal.as_deref(),
            entries: assessment.history.len(),
            attachments: verification.attachments,
        },
    );
    writeln!(out, "{header}")?;
    for finding in &verification.findings {
        writeln!(
            out,
            "  - {}",
            crate::storage::words::finding_message(lang, finding, &zone)
        )?;
    }
    if let Some(limit) = verification.limit {
        writeln!(out, "{}", audit::limit_message(lang, limit))?;
    }
    writeln!(out, "{}", audit::verdict(lang, verification.findings.len()))
}
