//! `terve-kunta overview FILES_OR_FOLDERS... [--csv [-o OVERVIEW.csv]]`: one row per
//! municipality's assessment or package, every input listed (unreadable and tampered ones as
//! such).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::{Clock as _, Lang};
use crate::format::action_plan::field;
use crate::i18n::compare::{self as words, T as C};
use crate::storage::overview::{Row, Summary, overview};
use crate::system::SystemClock;

/// How the overview is written.
#[derive(Clone, Copy, Debug)]
pub(super) enum Output<'a> {
    /// Lines for people.
    Lines,
    /// CSV, to this file or (`None`) to standard output.
    Csv(Option<&'a Path>),
}

/// Exit code: every input read and intact.
const ALL_INTACT: u8 = 0;
/// Exit code: some input could not be read, or did not verify (the table still lists all).
const SOME_NOT: u8 = 2;

pub(super) fn run(
    lang: Lang,
    inputs: &[PathBuf],
    output: Output<'_>,
    criteria_files: &[PathBuf],
    (out, err): (&mut dyn Write, &mut dyn Write),
) -> std::io::Result<u8> {
    let catalog = match super::catalog(lang, criteria_files, err)? {
        Ok(catalog) => catalog,
        Err(code) => return Ok(code),
    };
    let files = expand(inputs);
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let rows = overview(&files, &catalog, (lang, SystemClock.today()), threads);
    let all_good = rows
        .iter()
        .all(|row| row.outcome.as_ref().is_ok_and(|s| s.findings.is_empty()));
    match output {
        Output::Csv(target) => {
            let text = csv_text(lang, &rows);
            match target {
                None => out.write_all(text.as_bytes())?,
                Some(path) => {
                    if let Err(error) = crate::storage::write_atomic(path, text.as_bytes()) {
                        let reason = crate::i18n::write_failure_reason(lang, &error.source);
                        writeln!(
                            err,
                            "{}{reason}: {}",
                            super::words::error_prefix(lang),
                            path.display()
                        )?;
                        return Ok(1);
                    }
                }
            }
        }
        Output::Lines => print(lang, &rows, out)?,
    }
    Ok(if all_good { ALL_INTACT } else { SOME_NOT })
}

/// The files named, and in each folder named its assessments and packages (`*.ron` and
/// `*.zip`, and `assessment.ron` in its subfolders; review files left out), sorted.
fn expand(inputs: &[PathBuf]) -> Vec<PathBuf> {
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
                    let inner = path.join(crate::storage::layout::ASSESSMENT_FILE);
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

/// The verdict, the check and the sealed columns of a readable row.
fn columns(lang: Lang, summary: &Summary) -> [String; 4] {
    let verdict = if summary.set_unknown {
        C::SetUnknown.get(lang).to_owned()
    } else if summary.ready {
        C::Ready.get(lang).to_owned()
    } else {
        C::NotReady.get(lang).to_owned()
    };
    let check = if summary.findings.is_empty() {
        C::Intact.get(lang).to_owned()
    } else {
        words::findings(lang, summary.findings.len())
    };
    let sealed = if summary.sealed { C::Yes } else { C::No };
    let zone = SystemClock.time_zone();
    let modified =
        crate::domain::dates::format_date(summary.modified.to_zoned_datetime(zone).date());
    [verdict, modified, sealed.get(lang).to_owned(), check]
}

fn print(lang: Lang, rows: &[Row], out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "{} ({})", C::Overview.get(lang), rows.len())?;
    let width = rows
        .iter()
        .filter_map(|row| row.outcome.as_ref().ok())
        .map(|s| s.municipality.chars().count() + s.code.len() + 3)
        .max()
        .unwrap_or(10)
        .max(C::ColMunicipality.get(lang).chars().count());
    let count = rows
        .iter()
        .filter_map(|row| row.outcome.as_ref().ok())
        .map(|summary| summary.criteria.len())
        .max()
        .unwrap_or(10);
    let numbers: Vec<String> = (1..=count).map(|n| format!("{n:>3}")).collect();
    writeln!(
        out,
        "{:<width$}  {}  {} | {} | {} | {}",
        C::ColMunicipality.get(lang),
        numbers.join(""),
        C::ColVerdict.get(lang),
        C::ColModified.get(lang),
        C::ColSealed.get(lang),
        C::ColCheck.get(lang),
    )?;
    let marks_width = count * 3;
    for row in rows {
        match &row.outcome {
            Ok(summary) => {
                let name = format!("{} ({})", summary.municipality, summary.code);
                let marks: String = summary
                    .criteria
                    .iter()
                    .flat_map(|(_, standing)| [' ', ' ', words::mark(*standing)])
                    .collect();
                let [verdict, modified, sealed, check] = columns(lang, summary);
                writeln!(
                    out,
                    "{name:<width$}  {marks:<marks_width$}  {verdict} | {modified} | {sealed} | {check}"
                )?;
                for finding in &summary.findings {
                    writeln!(out, "    - {finding}")?;
                }
            }
            Err(reason) => writeln!(
                out,
                "{}: {}: {reason}",
                C::Unreadable.get(lang),
                row.file.display()
            )?,
        }
    }
    writeln!(out, "{}", C::Legend.get(lang))
}

fn csv_text(lang: Lang, rows: &[Row]) -> String {
    let ids: Vec<String> = rows
        .iter()
        .filter_map(|row| row.outcome.as_ref().ok())
        .find(|summary| !summary.criteria.is_empty())
        .map(|summary| {
            summary
                .criteria
                .iter()
                .map(|(id, _)| id.0.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut header: Vec<String> = [
        C::ColMunicipality,
        C::ColFile,
        C::ColVerdict,
        C::ColModified,
        C::ColSealed,
        C::ColCheck,
    ]
    .iter()
    .map(|word| word.get(lang).to_owned())
    .collect();
    header.insert(
        1,
        crate::i18n::report::T::MunicipalityCode
            .get(lang)
            .to_owned(),
    );
    header.extend(ids.iter().cloned());
    let mut text = header
        .iter()
        .map(|h| field(h))
        .collect::<Vec<_>>()
        .join(";");
    text.push('\n');
    for row in rows {
        let file = row.file.display().to_string();
        let cells: Vec<String> = match &row.outcome {
            Ok(summary) => {
                let [verdict, modified, sealed, check] = columns(lang, summary);
                let mut cells = vec![
                    summary.municipality.clone(),
                    summary.code.clone(),
                    file,
                    verdict,
                    modified,
                    sealed,
                    check,
                ];
                cells.extend(ids.iter().map(|id| {
                    summary
                        .criteria
                        .iter()
                        .find(|(other, _)| &other.0 == id)
                        .map(|(_, standing)| words::standing_code(*standing).to_owned())
                        .unwrap_or_default()
                }));
                cells
            }
            Err(reason) => vec![
                String::new(),
                String::new(),
                file,
                C::Unreadable.get(lang).to_owned(),
                String::new(),
                String::new(),
                reason.clone(),
            ],
        };
        text.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(";"));
        text.push('\n');
    }
    text
}
