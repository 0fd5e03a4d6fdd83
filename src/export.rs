//! Exporting the self-assessment report: what the report needs from disk (the saved file's checksum,
//! the attachments' state), the report itself, and an atomic write of the PDF.
//!
//! Shared by the command line (`terve-kunta report`, `terve-kunta review-report`) and the app
//! ("Vie PDF…", "Tulosta tarkastusmuistio…"), and the comparison's and the regional
//! overview's PDFs.

use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::domain::assessment::Assessment;
use crate::domain::clock::Clock;
use crate::domain::criteria::CriteriaSet;
use crate::domain::digest::sha256_hex;
use crate::domain::review::Review;
use crate::report::{
    AttachmentCheck, ComparisonInput, ManifestEntry, MemoInput, OverviewInput, ReportError,
    ReportInput, SourceFile, Verified, render, render_comparison, render_memo, render_overview,
};
use crate::storage::attachments::{AttachmentState, verify};
use crate::storage::layout::assessment_folder;
use crate::storage::verify::Verification;
use crate::storage::{WriteError, write_atomic};

/// Why a report could not be exported.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The report could not be made (a bug).
    #[error(transparent)]
    Report(#[from] ReportError),
    /// The PDF could not be written; nothing was left half-written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

impl ExportError {
    /// The one sentence the command line and the app say when a report could not be
    /// exported to `path` (lower case first: the command line puts "virhe: " before it).
    pub fn sentence(&self, lang: Lang, path: &Path) -> String {
        let path = path.display().to_string();
        let reason = self.reason(lang);
        match lang {
            Lang::Fi => format!("raporttia ei voitu kirjoittaa: {reason}: {path}"),
            Lang::Sv => format!("rapporten kunde inte skrivas: {reason}: {path}"),
            Lang::En => format!("the report could not be written: {reason}: {path}"),
        }
    }

    /// [`Self::sentence`] for the review memo.
    pub fn memo_sentence(&self, lang: Lang, path: &Path) -> String {
        let path = path.display().to_string();
        let reason = self.reason(lang);
        match lang {
            Lang::Fi => format!("tarkastusmuistiota ei voitu kirjoittaa: {reason}: {path}"),
            Lang::Sv => format!("granskningspromemorian kunde inte skrivas: {reason}: {path}"),
            Lang::En => format!("the review memo could not be written: {reason}: {path}"),
        }
    }

    fn reason(&self, lang: Lang) -> String {
        match self {
            Self::Write(error) => crate::i18n::write_failure_reason(lang, &error.source),
            // Only a bug gets here; the technical detail stays as it is, for the bug report.
            Self::Report(error) => format!(
                "{} ({error})",
                crate::i18n::pick(
                    lang,
                    "ohjelmavirhe PDF:n muodostamisessa",
                    "programfel när PDF:en skapades",
                    "a program error while making the PDF",
                )
            ),
        }
    }
}

/// What a written report holds, for the message after exporting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    /// Where it was written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: usize,
}

/// The report's input: the saved file's checksum (when `file` is given and readable) and every
/// attachment's state, checked now; the time, the date and the time zone from `clock`.
pub fn report_input<'a>(
    assessment: &'a Assessment,
    set: &'a CriteriaSet,
    file: Option<&Path>,
    lang: Lang,
    clock: &dyn Clock,
) -> ReportInput<'a> {
    let source = file.and_then(|path| {
        let bytes =
            crate::storage::read_capped(path, crate::storage::MAX_ASSESSMENT_FILE_BYTES as u64)
                .ok()?;
        Some(SourceFile {
            name: path.file_name()?.to_string_lossy().into_owned(),
            sha256: sha256_hex(&bytes),
        })
    });
    let folder = file.map(assessment_folder);
    let attachments = assessment
        .evidence
        .iter()
        .flat_map(|evidence| evidence.attachments.iter().map(move |a| (evidence, a)))
        .map(|(evidence, attachment)| ManifestEntry {
            evidence: evidence.id.clone(),
            name: attachment.original_name.clone(),
            size: attachment.size,
            sha256: attachment.sha256.clone(),
            check: match folder.as_deref().map(|folder| verify(folder, attachment)) {
                Some(AttachmentState::Intact) => AttachmentCheck::Intact,
                Some(AttachmentState::Modified) => AttachmentCheck::Modified,
                Some(AttachmentState::Unsafe(_)) => AttachmentCheck::Unsafe,
                Some(AttachmentState::Missing) => AttachmentCheck::Missing,
                None => AttachmentCheck::NotChecked,
            },
        })
        .collect();
    ReportInput {
        assessment,
        set,
        lang,
        generated: clock.now(),
        today: clock.today(),
        time_zone: clock.time_zone(),
        source,
        attachments,
    }
}

/// The memo's input: the file's name (as the reader knows it: `assessment.ron`, or
/// `package.zip: assessment.ron`) and checksum, and what verifying it found (`verification`,
/// `None` when nothing saved was verified), worded in `lang`; the time, the date and the time
/// zone from `clock`.
pub fn memo_input<'a>(
    reviewed: (&'a Assessment, &'a CriteriaSet, &'a Review),
    file_name: &str,
    verification: Option<&Verification>,
    lang: Lang,
    clock: &dyn Clock,
) -> MemoInput<'a> {
    let (assessment, set, review) = reviewed;
    let zone = clock.time_zone();
    let source = verification.map(|verification| SourceFile {
        name: file_name.to_owned(),
        sha256: verification.file_sha256.clone(),
    });
    let verified = verification.map(|verification| Verified {
        findings: verification
            .findings
            .iter()
            .map(|finding| crate::storage::words::finding_message(lang, finding, &zone))
            .collect(),
        limit: verification
            .limit
            .map(|limit| crate::i18n::audit::limit_message(lang, limit).to_owned()),
    });
    MemoInput {
        assessment,
        set,
        review,
        lang,
        generated: clock.now(),
        today: clock.today(),
        time_zone: zone,
        source,
        verified,
    }
}

/// Makes the review memo and writes it to `out` atomically.
pub fn export_memo(input: &MemoInput<'_>, out: &Path) -> Result<Exported, ExportError> {
    write_pdf(&render_memo(input)?, out)
}

/// Makes the comparison's PDF and writes it to `out` atomically.
pub fn export_comparison(input: &ComparisonInput<'_>, out: &Path) -> Result<Exported, ExportError> {
    write_pdf(&render_comparison(input)?, out)
}

/// Makes the overview's PDF and writes it to `out` atomically.
pub fn export_overview(input: &OverviewInput<'_>, out: &Path) -> Result<Exported, ExportError> {
    write_pdf(&render_overview(input)?, out)
}

fn write_pdf(bytes: &[u8], out: &Path) -> Result<Exported, ExportError> {
    write_atomic(out, bytes)?;
    Ok(Exported {
        path: out.to_path_buf(),
        size: bytes.len(),
    })
}

/// Makes the report and writes it to `out` atomically.
pub fn export_report(input: &ReportInput<'_>, out: &Path) -> Result<Exported, ExportError> {
    write_pdf(&render(input)?, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_that_could_not_be_made_is_told_in_the_users_language() {
        let error = ExportError::Report(ReportError::Pdf("page 2 has no content".to_owned()));
        let path = Path::new("raportti.pdf");
        assert_eq!(
            error.sentence(Lang::Fi, path),
            "raporttia ei voitu kirjoittaa: ohjelmavirhe PDF:n muodostamisessa \
             (PDF: page 2 has no content): raportti.pdf"
        );
        assert_eq!(
            error.memo_sentence(Lang::Sv, path),
            "granskningspromemorian kunde inte skrivas: programfel när PDF:en skapades \
             (PDF: page 2 has no content): raportti.pdf"
        );
        assert!(
            error
                .sentence(Lang::En, path)
                .starts_with("the report could not be written: a program error while making")
        );
    }
}
