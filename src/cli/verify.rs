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
    let fail = |err: &mut dyn Write, message: String, code: u8| -> std::io::Result<u8> {
        writeln!(
            err,
            "{}{message}: {shown}",
            super::words::error_prefix(lang)
        )?;
        Ok(code)
    };
    let verification = if is_package(file) {
        match verify_package(file) {
            Ok(verification) => verification,
            // A file that does not match the package's own list, one not on it or one given
            // twice: the package was changed after it was made.
            Err(error) if error.is_tampering() => {
                return fail(
                    err,
                    crate::storage::words::package_error_message(lang, &error),
                    TAMPERED,
                );
            }
            Err(error) => {
                return fail(
                    err,
                    crate::storage::words::package_error_message(lang, &error),
                    UNREADABLE,
                );
            }
        }
    } else {
        match verify_file(file) {
            Ok(verification) => verification,
            Err(OpenError::Read(error)) => {
                return fail(
                    err,
                    crate::storage::words::read_error_message(lang, &error),
                    UNREADABLE,
                );
            }
            Err(OpenError::Load { error, .. }) => {
                return fail(
                    err,
                    crate::storage::words::load_error_message(lang, &error),
                    UNREADABLE,
                );
            }
        }
    };
    print(lang, &shown, &verification, out)?;
    Ok(if verification.is_intact() {
        INTACT
    } else {
        TAMPERED
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
