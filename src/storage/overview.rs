//! A regional overview: many assessment files and packages read and verified, one row each.
//!
//! Every input gets a row: an unreadable or tampered one is listed as such, never skipped,
//! and never stops the rest. The files are read on a few threads, each holding one
//! assessment at a time, so memory stays bounded by the threads and the table.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::catalog::CriteriaCatalog;
use super::verify::{Verification, is_package, verify_file, verify_package};
use crate::domain::Lang;
use crate::domain::compare::Standing;
use crate::domain::dates::Date;
pub use crate::domain::overview::{Row, Summary};
use crate::domain::quality::Checks;
use crate::domain::readiness::evaluate_saved;

/// The files named, and in each folder named its assessments and packages (`*.ron` and
/// `*.zip`, and `assessment.ron` in its subfolders; review files left out), sorted.
pub fn inputs_in(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for input in inputs {
        if !input.is_dir() {
            files.push(input.clone());
            continue;
        }
        let mut found: Vec<PathBuf> = std::fs::read_dir(input)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let path = entry.path();
                if path.is_dir() {
                    let inner = path.join(super::layout::ASSESSMENT_FILE);
                    return inner.is_file().then_some(inner);
                }
                let name = path.file_name()?.to_string_lossy().to_lowercase();
                let extension = |wanted: &str| {
                    path.extension()
                        .is_some_and(|extension| extension.eq_ignore_ascii_case(wanted))
                };
                let wanted = (extension("ron") && !name.contains(".review")) || extension("zip");
                wanted.then_some(path)
            })
            .collect();
        found.sort();
        files.extend(found);
    }
    files
}

/// Reads and verifies each of `files` on up to `threads` threads; a row for each, in the
/// order given. Sentences are in `lang`; criteria are judged on `today`.
pub fn overview(
    files: &[PathBuf],
    catalog: &CriteriaCatalog,
    (lang, today): (Lang, Date),
    threads: usize,
) -> Vec<Row> {
    let next = AtomicUsize::new(0);
    let rows: Mutex<Vec<Option<Row>>> = Mutex::new(vec![None; files.len()]);
    let zone = jiff::tz::TimeZone::UTC;
    std::thread::scope(|scope| {
        for _ in 0..threads.clamp(1, files.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(index) else {
                        break;
                    };
                    let row = Row {
                        file: file.clone(),
                        outcome: summary(file, catalog, (lang, today), &zone),
                    };
                    if let Ok(mut rows) = rows.lock() {
                        rows[index] = Some(row);
                    }
                }
            });
        }
    });
    rows.into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// One input read, verified and judged.
fn summary(
    file: &Path,
    catalog: &CriteriaCatalog,
    (lang, today): (Lang, Date),
    zone: &jiff::tz::TimeZone,
) -> Result<Summary, String> {
    let verification: Verification = if is_package(file) {
        verify_package(file).map_err(|error| super::words::package_error_message(lang, &error))?
    } else {
        verify_file(file).map_err(|error| super::words::open_error_message(lang, &error))?
    };
    let findings = verification
        .findings
        .iter()
        .map(|finding| super::words::finding_message(lang, finding, zone))
        .collect();
    let assessment = verification.assessment;
    let mut summary = Summary {
        municipality: assessment.municipality.name.trim().to_owned(),
        code: assessment.municipality.code.trim().to_owned(),
        modified: assessment.modified,
        sealed: assessment.seal.is_some(),
        version: assessment.criteria.version.clone(),
        criteria: Vec::new(),
        ready: false,
        findings,
        set_unknown: false,
    };
    let Some(entry) = catalog.find(&assessment.criteria) else {
        summary.set_unknown = true;
        return Ok(summary);
    };
    let readiness = evaluate_saved(&assessment, &entry.set, &Checks::on(today));
    summary.ready = readiness.is_ready();
    summary.criteria = readiness
        .criteria
        .iter()
        .map(|item| {
            (
                item.criterion.id.clone(),
                item.criterion.number,
                Standing {
                    status: item.status,
                    counts_as_met: item.counts_as_met(),
                },
            )
        })
        .collect();
    Ok(summary)
}
