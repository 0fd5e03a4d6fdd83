//! `terve-kunta overview FILES_OR_FOLDERS... [-o OVERVIEW.pdf | --csv [-o OVERVIEW.csv]]`: one row per
//! municipality's assessment or package, every input listed (unreadable and tampered ones as
//! such).

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::{Clock as _, Lang};
use crate::export::export_overview;
use crate::format::action_plan::field;
use crate::i18n::compare::{self as words, T as C};
use crate::report::OverviewInput;
use crate::storage::overview::{Row, inputs_in, overview};
use crate::system::{ReportClock, SystemClock};

/// How the overview is written.
#[derive(Clone, Copy, Debug)]
pub(super) enum Output<'a> {
    /// Lines for people.
    Lines,
    /// CSV, to this file or (`None`) to standard output.
    Csv(Option<&'a Path>),
    /// A PDF, written to this file.
    Pdf(&'a Path),
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
    let files = inputs_in(inputs);
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
    let rows = overview(&files, &catalog, (lang, SystemClock.today()), threads);
    let all_good = rows.iter().all(Row::is_intact);
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
        Output::Pdf(pdf) => {
            let clock = ReportClock::new(&SystemClock);
            let input = OverviewInput {
                rows: &rows,
                lang,
                generated: clock.now(),
                today: clock.today(),
                time_zone: clock.time_zone(),
            };
            let code = super::pdf_written(lang, export_overview(&input, pdf), pdf, (out, err))?;
            if code != 0 {
                return Ok(code);
            }
        }
    }
    Ok(if all_good { ALL_INTACT } else { SOME_NOT })
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
    let columns = crate::domain::overview::columns(rows);
    let numbers: Vec<String> = columns
        .iter()
        .map(|(_, number)| format!("{number:>3}"))
        .collect();
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
    let marks_width = columns.len() * 3;
    for row in rows {
        match &row.outcome {
            Ok(summary) => {
                let name = format!("{} ({})", summary.municipality, summary.code);
                let marks: String = columns
                    .iter()
                    .flat_map(|(id, _)| {
                        let mark = summary.standing(id).map_or(' ', words::mark);
                        [' ', ' ', mark]
                    })
                    .collect();
                let [verdict, modified, sealed, check] =
                    words::row_words(lang, summary, &SystemClock.time_zone());
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
    let ids: Vec<crate::domain::CriterionId> = crate::domain::overview::columns(rows)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
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
    header.extend(ids.iter().map(|id| id.0.clone()));
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
                let [verdict, modified, sealed, check] =
                    words::row_words(lang, summary, &SystemClock.time_zone());
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
                        .standing(id)
                        .map(|standing| words::standing_code(standing).to_owned())
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
