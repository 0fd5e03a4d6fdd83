//! The command line: `terve-kunta`, `criteria check`, `summary`, `report`, `actions` and
//! `verify`.
//!
//! Without arguments the binary starts the desktop app. Every message is in the language
//! chosen with `--lang` (Finnish by default), and every failure is one line on stderr with
//! exit code 1: never a panic or a backtrace.

mod actions;
mod args;
mod check;
mod compare;
mod console;
mod escape;
mod overview;
mod report;
mod review_report;
mod summary;
mod verify;
pub mod words;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub use args::{Command, Invocation, UsageError, parse_args};
pub use check::diagnostic_line;

use crate::domain::Lang;

/// The version shown by `--version` and in the help.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// How the app window is started: `terve-kunta` has one, `terve-kunta-cli` does not.
pub type Window<'a> = &'a dyn Fn(Option<Lang>, Option<PathBuf>) -> Result<(), String>;

/// Runs `terve-kunta`: parses `std::env::args_os`, then runs the command or starts the app.
pub fn main() -> ExitCode {
    main_with(Some(&|lang, open| {
        crate::ui::run(lang, open).map_err(|error| error.to_string())
    }))
}

/// Runs `terve-kunta-cli`, the console program for scripts on Windows (see the README): the same
/// commands, and for the app it starts `terve-kunta` from the same folder.
pub fn main_without_window() -> ExitCode {
    main_with(None)
}

fn main_with(window: Option<Window<'_>>) -> ExitCode {
    let invocation = parse_args(std::env::args_os().skip(1));
    let lang = match &invocation {
        Ok(invocation) => invocation.lang,
        Err((lang, _)) => *lang,
    };
    install_panic_hook(lang);

    let code = match invocation {
        Ok(Invocation {
            command: Command::Gui { lang: given, open },
            ..
        }) => {
            let open = open.map(|path| std::path::absolute(&path).unwrap_or(path));
            // The window's failure names what a window needs; a missing app says only that.
            let started = match window {
                Some(window) => {
                    window(given, open).map_err(|detail| words::gui_failed(lang, &detail))
                }
                None => start_app_beside(lang, given, open.as_deref()),
            };
            match started {
                Ok(()) => 0,
                Err(message) => {
                    console::show_error(&format!("{}{message}", words::error_prefix(lang)));
                    1
                }
            }
        }
        Err((_, error)) => {
            // Also where there is no console to print to (Explorer): then in a message box.
            console::show_error(&format!(
                "{}{}",
                words::error_prefix(lang),
                words::usage_error(lang, &error)
            ));
            1
        }
        Ok(invocation) => {
            // A window program on Windows has no console of its own: print to the one it was
            // started from, if any.
            console::attach_to_parent();
            // Everything printed is escaped: no name or text from a file can control the terminal.
            let mut stdout = escape::Escaping::new(std::io::stdout().lock());
            let mut stderr = escape::Escaping::new(std::io::stderr().lock());
            run(&invocation, &mut stdout, &mut stderr)
        }
    };
    ExitCode::from(code)
}

/// `terve-kunta-cli` without a command: starts the app, `terve-kunta`, from the same folder.
fn start_app_beside(lang: Lang, given: Option<Lang>, open: Option<&Path>) -> Result<(), String> {
    let app = std::env::current_exe()
        .map_err(|error| error.to_string())?
        .with_file_name(format!("terve-kunta{}", std::env::consts::EXE_SUFFIX));
    let mut command = std::process::Command::new(&app);
    if let Some(given) = given {
        command.args(["--lang", given.code()]);
    }
    command.args(open);
    command
        .spawn()
        .map(drop)
        .map_err(|error| words::app_not_started(lang, &app.display().to_string(), &error))
}

/// A panic is a bug: report it in one line, in the user's language, without a backtrace.
fn install_panic_hook(lang: Lang) {
    std::panic::set_hook(Box::new(move |info| {
        let location = info
            .location()
            .map(|l| format!(" [{}:{}]", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            escape::Escaping::new(std::io::stderr()),
            "{}{}{location}",
            words::error_prefix(lang),
            words::internal_error(lang)
        );
    }));
}

/// Runs a command-line command (not the app), writing to `out` and `err`. Returns the exit code.
pub fn run(invocation: &Invocation, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let lang = invocation.lang;
    let result = match &invocation.command {
        Command::Gui { .. } => Ok(0),
        Command::Help(topic) => writeln!(out, "{}", help_text(lang, *topic)).map(|()| 0),
        Command::Version => writeln!(out, "terve-kunta {VERSION}").map(|()| 0),
        Command::CriteriaCheck { files } => check::run(lang, files, out),
        Command::Summary {
            file,
            json,
            criteria_files,
        } => summary::run(lang, file, *json, criteria_files, out, err),
        Command::Report {
            file,
            out: pdf,
            criteria_files,
        } => report::run(lang, file, pdf, criteria_files, out, err),
        Command::Verify { file } => verify::run(lang, file, out, err),
        Command::Compare {
            old,
            new,
            json,
            out: pdf,
            criteria_files,
        } => {
            let output = match (pdf, json) {
                (Some(pdf), _) => compare::Output::Pdf(pdf),
                (None, true) => compare::Output::Json,
                (None, false) => compare::Output::Lines,
            };
            compare::run(lang, (old, new), output, criteria_files, (out, err))
        }
        Command::Overview {
            inputs,
            csv,
            out: csv_file,
            criteria_files,
        } => overview::run(
            lang,
            inputs,
            match (csv, csv_file) {
                (true, file) => overview::Output::Csv(file.as_deref()),
                (false, Some(pdf)) => overview::Output::Pdf(pdf),
                (false, None) => overview::Output::Lines,
            },
            criteria_files,
            (out, err),
        ),
        Command::ReviewReport {
            file,
            review,
            out: pdf,
            criteria_files,
        } => review_report::run(
            lang,
            review_report::Files {
                assessment: file,
                review: review.as_deref(),
                pdf,
                criteria: criteria_files,
            },
            out,
            err,
        ),
        Command::Actions {
            file,
            csv,
            out: csv_file,
            criteria_files,
        } => actions::run(
            lang,
            file,
            *csv,
            csv_file.as_deref(),
            criteria_files,
            out,
            err,
        ),
    };
    // Output that cannot be written (a closed pipe) is not worth a second error.
    result.unwrap_or(1)
}

/// Which help text to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HelpTopic {
    /// The overview.
    Main,
    /// `criteria check`.
    CriteriaCheck,
    /// `summary`.
    Summary,
    /// `report`.
    Report,
    /// `verify`.
    Verify,
    /// `actions`.
    Actions,
    /// `review-report`.
    ReviewReport,
    /// `compare`.
    Compare,
    /// `overview`.
    Overview,
}

fn help_text(lang: Lang, topic: HelpTopic) -> String {
    match topic {
        HelpTopic::Main => words::main_help(lang, VERSION),
        HelpTopic::CriteriaCheck => words::check_help(lang),
        HelpTopic::Report => words::report_help(lang),
        HelpTopic::Verify => words::verify_help(lang),
        HelpTopic::Actions => words::actions_help(lang),
        HelpTopic::ReviewReport => words::review_report_help(lang),
        HelpTopic::Compare => words::compare_help(lang),
        HelpTopic::Overview => words::overview_help(lang),
        HelpTopic::Summary => {
            let dir = crate::storage::criteria_dir()
                .map_or_else(|| "-".to_owned(), |dir| dir.display().to_string());
            words::summary_help(lang, &dir)
        }
    }
}

/// Reads the assessment at `file` and finds its criteria set (shipped, in the user's folder, or
/// in `criteria_files`). A failure is written to `err` as one line; its exit code is returned.
/// Says that a PDF was written (exit 0), or why not (exit 1).
fn pdf_written(
    lang: Lang,
    result: Result<crate::export::Exported, crate::export::ExportError>,
    pdf: &Path,
    (out, err): (&mut dyn Write, &mut dyn Write),
) -> std::io::Result<u8> {
    match result {
        Ok(exported) => {
            let size = crate::i18n::report::size(lang, exported.size as u64);
            writeln!(
                out,
                "{}",
                words::report_written(lang, &pdf.display().to_string(), &size)
            )?;
            Ok(0)
        }
        Err(error) => {
            let line = error.sentence(lang, pdf);
            writeln!(err, "{}{line}", words::error_prefix(lang))?;
            Ok(1)
        }
    }
}

fn load(
    lang: Lang,
    file: &Path,
    criteria_files: &[PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<Result<Loaded, u8>> {
    use crate::storage::{OpenError, read_assessment};
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<Result<_, u8>> {
        writeln!(err, "{}{message}", words::error_prefix(lang))?;
        Ok(Err(1))
    };
    let assessment = match read_assessment(file) {
        Ok(assessment) => assessment,
        Err(OpenError::Read(error)) => {
            return fail(
                err,
                format!(
                    "{}: {}",
                    crate::storage::words::read_error_message(lang, &error),
                    file.display()
                ),
            );
        }
        Err(OpenError::Load { error, .. }) => {
            return fail(
                err,
                format!(
                    "{}: {}",
                    crate::storage::words::load_error_message(lang, &error),
                    file.display()
                ),
            );
        }
    };
    let Ok(Found { set, newer }) = find_set(lang, &assessment, criteria_files, err)? else {
        return Ok(Err(1));
    };
    Ok(Ok(Loaded {
        assessment,
        set,
        newer,
    }))
}

/// The criteria sets the app knows and those in `criteria_files`. A file that cannot be used
/// is written to `err` (a line per problem); the exit code is returned.
fn catalog(
    lang: Lang,
    criteria_files: &[PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<Result<crate::storage::CriteriaCatalog, u8>> {
    use crate::storage::{CatalogProblem, CriteriaCatalog};
    let mut catalog = CriteriaCatalog::with_user_sets();
    for path in criteria_files {
        match catalog.add_file(path) {
            Ok(_) => {}
            Err(CatalogProblem::Read(error)) => {
                writeln!(
                    err,
                    "{}{}: {}",
                    words::error_prefix(lang),
                    crate::storage::words::read_error_message(lang, &error),
                    path.display()
                )?;
                return Ok(Err(1));
            }
            Err(CatalogProblem::Invalid { diagnostics, .. }) => {
                let file = path.display().to_string();
                for diagnostic in diagnostics
                    .iter()
                    .filter(|d| d.severity == crate::format::criteria::Severity::Error)
                {
                    writeln!(err, "{}", diagnostic_line(lang, &file, diagnostic))?;
                }
                return Ok(Err(1));
            }
        }
    }
    Ok(Ok(catalog))
}

/// The criteria set `assessment` was made against, and a newer version of it the app knows.
struct Found {
    set: crate::domain::CriteriaSet,
    newer: Option<crate::domain::CriteriaSet>,
}

/// Finds the criteria set of `assessment` (shipped, in the user's folder, or in
/// `criteria_files`). A failure is written to `err`; its exit code is returned.
fn find_set(
    lang: Lang,
    assessment: &crate::domain::Assessment,
    criteria_files: &[PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<Result<Found, u8>> {
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<Result<_, u8>> {
        writeln!(err, "{}{message}", words::error_prefix(lang))?;
        Ok(Err(1))
    };
    let catalog = match catalog(lang, criteria_files, err)? {
        Ok(catalog) => catalog,
        Err(code) => return Ok(Err(code)),
    };
    let Some(entry) = catalog.find(&assessment.criteria) else {
        let dir = crate::storage::criteria_dir()
            .map_or_else(|| "-".to_owned(), |dir| dir.display().to_string());
        return fail(
            err,
            words::criteria_not_found(
                lang,
                &assessment.criteria.id,
                &assessment.criteria.version,
                &dir,
            ),
        );
    };
    let set = entry.set.clone();
    let newer = catalog
        .newer_than(&assessment.criteria)
        .map(|entry| entry.set.clone());
    Ok(Ok(Found { set, newer }))
}

/// An assessment read for a command, with its criteria set.
struct Loaded {
    assessment: crate::domain::Assessment,
    /// The set it was made against.
    set: crate::domain::CriteriaSet,
    /// A newer version of that set that the app knows, if there is one.
    newer: Option<crate::domain::CriteriaSet>,
}
