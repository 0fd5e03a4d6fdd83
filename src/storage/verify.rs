//! Verifying a saved assessment: is the file exactly as this app wrote it, does the history
//! chain hold, does the seal match, and is every attachment the file it was?
//!
//! Used by `terve-kunta verify`, the app's verification panel, and before opening packages.

use std::path::Path;

use super::attachments::{self, AttachmentState};
use super::layout::assessment_folder;
use super::read::{ReadError, read_capped};
use super::{OpenError, encode_assessment};
use crate::domain::assessment::Assessment;
use crate::domain::dates::Timestamp;
use crate::domain::history::{ChainProblem, IntegrityProblem};
use crate::format::assessment::{LoadError, MAX_ASSESSMENT_FILE_BYTES, decode_assessment};

/// One thing that does not match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// The file reads as an assessment but is not laid out as this app writes it: it was
    /// edited by hand or by another program.
    NotAsWritten,
    /// The history chain is broken at an entry.
    History(ChainProblem),
    /// The seal does not match the content and history.
    SealMismatch,
    /// The seal's time, person or entry count disagree with the history.
    SealDetails,
    /// A field's content is not what the history last recorded for it.
    NotInHistory(crate::domain::history::replay::Disagreement),
    /// The content's time of last change is later than the history's last entry.
    ModifiedAfterHistory {
        /// The content's time of last change.
        modified: Timestamp,
        /// The history's last entry.
        last: Timestamp,
    },
    /// The history records that the seal did not match when it was reopened.
    SealDidNotMatch {
        /// When.
        at: Timestamp,
    },
    /// The history says it was finalised but the seal is gone.
    SealRemoved {
        /// When it was finalised.
        finalised: Timestamp,
    },
    /// An attachment is not as recorded.
    Attachment {
        /// Its name when attached.
        name: String,
        /// What is wrong (never `Intact`).
        state: AttachmentState,
    },
}

/// The result of verifying an assessment file.
#[derive(Clone, Debug, PartialEq)]
pub struct Verification {
    /// The assessment as read.
    pub assessment: Assessment,
    /// SHA-256 of the file's bytes.
    pub file_sha256: String,
    /// How many attachments were checked.
    pub attachments: usize,
    /// What does not match; empty when everything does.
    pub findings: Vec<Finding>,
    /// What the file's history cannot vouch for (an older file), said as a limit.
    pub limit: Option<crate::domain::history::replay::Limit>,
}

impl Verification {
    /// Whether everything matches.
    pub fn is_intact(&self) -> bool {
        self.findings.is_empty()
    }
}

/// Verifies an assessment given as the bytes of its file; attachments are looked for in
/// `folder` (not checked when `None`).
pub fn verify_bytes(bytes: &[u8], folder: Option<&Path>) -> Result<Verification, LoadError> {
    let assessment = decode_assessment(bytes)?;
    let mut findings = Vec::new();
    if encode_assessment(&assessment).as_bytes() != bytes {
        findings.push(Finding::NotAsWritten);
    }
    findings.extend(
        assessment
            .check_integrity()
            .into_iter()
            .map(|problem| match problem {
                IntegrityProblem::History(problem) => Finding::History(problem),
                IntegrityProblem::SealMismatch => Finding::SealMismatch,
                IntegrityProblem::SealDetails => Finding::SealDetails,
                IntegrityProblem::SealRemoved { finalised } => Finding::SealRemoved { finalised },
                IntegrityProblem::SealDidNotMatch { at } => Finding::SealDidNotMatch { at },
                IntegrityProblem::NotInHistory(disagreement) => Finding::NotInHistory(disagreement),
                IntegrityProblem::ModifiedAfterHistory { modified, last } => {
                    Finding::ModifiedAfterHistory { modified, last }
                }
            }),
    );
    let mut checked = 0;
    if let Some(folder) = folder {
        for attachment in assessment.evidence.iter().flat_map(|e| &e.attachments) {
            checked += 1;
            let state = attachments::verify(folder, attachment);
            if state != AttachmentState::Intact {
                findings.push(Finding::Attachment {
                    name: attachment.original_name.clone(),
                    state,
                });
            }
        }
    }
    Ok(Verification {
        file_sha256: crate::domain::digest::sha256_hex(bytes),
        limit: assessment.history_limit(),
        assessment,
        attachments: checked,
        findings,
    })
}

/// Verifies the assessment file at `path` and the attachments beside it.
pub fn verify_file(path: &Path) -> Result<Verification, OpenError> {
    let bytes = read_capped(path, MAX_ASSESSMENT_FILE_BYTES as u64)
        .map_err(|error: ReadError| OpenError::Read(error))?;
    verify_bytes(&bytes, Some(&assessment_folder(path))).map_err(|error| OpenError::Load {
        path: path.to_path_buf(),
        error,
    })
}

/// Whether the file at `path` looks like a package (a zip file) rather than an assessment.
pub fn is_package(path: &Path) -> bool {
    use std::io::Read as _;
    let mut magic = [0_u8; 4];
    super::read::open_regular(path)
        .ok()
        .and_then(|mut file| file.read_exact(&mut magic).ok())
        .is_some()
        && magic == *b"PK\x03\x04"
}

/// Verifies a package without unpacking it: every file is read from the package and checked
/// against the manifest, then the assessment as [`verify_file`] checks it, with each attachment
/// it records looked for among the package's files. Nothing is written anywhere.
pub fn verify_package(path: &Path) -> Result<Verification, super::package::PackageError> {
    use super::package::{PackageError, open_package};
    let mut package = open_package(path)?;
    package.check_files()?;
    let bytes = package.assessment_bytes()?;
    let mut verification = verify_bytes(&bytes, None).map_err(PackageError::Assessment)?;
    for attachment in verification
        .assessment
        .evidence
        .iter()
        .flat_map(|e| &e.attachments)
    {
        verification.attachments += 1;
        let packed = package
            .manifest
            .files
            .iter()
            .find(|file| file.name == attachment.path);
        let state = match packed {
            None => AttachmentState::Missing,
            Some(file) if file.sha256 != attachment.sha256 || file.size != attachment.size => {
                AttachmentState::Modified
            }
            Some(_) => continue,
        };
        verification.findings.push(Finding::Attachment {
            name: attachment.original_name.clone(),
            state,
        });
    }
    Ok(verification)
}
