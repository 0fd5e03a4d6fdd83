//! `terve-kunta actions ASSESSMENT [--csv [-o OUT.csv]]`: the action plan across all criteria
//! by due date, for people or, as CSV, for spreadsheets.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Lang;
use crate::domain::clock::Clock as _;
use crate::domain::dates::format_date;
use crate::format::action_plan::{ActionState, csv};
use crate::system::SystemClock;

pub(super) fn run(
    lang: Lang,
    file: &Path,
    as_csv: bool,
    csv_file: Option<&Path>,
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
    let today = SystemClock.today();
    if as_csv {
        let text = csv(lang, &assessment, &set, today);
        let Some(path) = csv_file else {
            write!(out, "{text}")?;
            return Ok(0);
        };
        // A byte order mark, so that spreadsheets read the file as UTF-8 (å, ä, ö).
        let bytes = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        return Ok(match crate::storage::write_atomic(path, &bytes) {
            Ok(()) => {
                let rows = assessment.action_plan(&set).len();
                let path = path.display().to_string();
                writeln!(out, "{}", super::words::csv_written(lang, &path, rows))?;
                0
            }
            Err(error) => {
                let reason = crate::i18n::write_failure_reason(lang, &error.source);
                let line =
                    super::words::csv_not_written(lang, &reason, &path.display().to_string());
                writeln!(err, "{}{line}", super::words::error_prefix(lang))?;
                1
            }
        });
    }
    let plan = assessment.action_plan(&set);
    let overdue = plan
        .iter()
        .filter(|planned| planned.action.is_overdue(today))
        .count();
    let municipality = format!(
        "{} ({})",
        assessment.municipality.name.trim(),
        assessment.municipality.code.trim()
    );
    writeln!(
        out,
        "{}",
        super::words::action_plan_heading(lang, &municipality, plan.len(), overdue)
    )?;
    for planned in plan {
        let action = planned.action;
        let due = action.due.map_or_else(|| "–".to_owned(), format_date);
        let state = ActionState::of(action, today).word(lang);
        // One line per action: line breaks in its text become spaces.
        let what: Vec<&str> = action.what.split_whitespace().collect();
        let mut line = format!(
            "{due:<10}  {state:<9}  {}: {}",
            crate::i18n::criterion_number(lang, planned.number),
            what.join(" ")
        );
        if !action.who.trim().is_empty() {
            let who = crate::i18n::report::T::Who.get(lang);
            line = format!("{line} ({who}: {})", action.who.trim());
        }
        writeln!(out, "{line}")?;
    }
    Ok(0)
}
