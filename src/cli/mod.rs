//! The command line: `terve-kunta`, `criteria check`, `summary`, `report` and `verify`.
//!
//! Without arguments the binary starts the desktop app. Every message is in the language
//! chosen with `--lang` (Finnish by default), and every failure is one line on stderr with
//! exit code 1: never a panic or a backtrace.

mod args;
mod check;
mod escape;
mod report;
mod summary;
mod verify;

use std::io::Write;
use std::process::ExitCode;

pub use args::{Command, Invocation, UsageError, parse_args};
pub use check::diagnostic_line;

use crate::domain::Lang;
use crate::i18n;

/// The version shown by `--version` and in the help.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Runs the binary: parses `std::env::args_os`, then runs the command or starts the app.
pub fn main() -> ExitCode {
    let invocation = parse_args(std::env::args_os().skip(1));
    let chosen = match &invocation {
        Ok(invocation) => invocation.lang,
        Err((lang, _)) => *lang,
    };
    install_panic_hook(chosen);

    // Everything printed is escaped: no name or text from a file can control the terminal.
    let mut stdout = escape::Escaping::new(std::io::stdout().lock());
    let mut stderr = escape::Escaping::new(std::io::stderr().lock());
    let code = match invocation {
        Err((lang, error)) => {
            let _ = writeln!(
                stderr,
                "{}{}",
                i18n::cli::error_prefix(lang),
                i18n::cli::usage_error(lang, &error)
            );
            1
        }
        Ok(Invocation {
            command: Command::Gui { lang: given },
            lang,
        }) => {
            drop((stdout, stderr));
            match crate::ui::run(given) {
                Ok(()) => 0,
                Err(error) => {
                    let _ = writeln!(
                        escape::Escaping::new(std::io::stderr()),
                        "{}{}",
                        i18n::cli::error_prefix(lang),
                        i18n::cli::gui_failed(lang, &error.to_string())
                    );
                    1
                }
            }
        }
        Ok(invocation) => run(&invocation, &mut stdout, &mut stderr),
    };
    ExitCode::from(code)
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
            i18n::cli::error_prefix(lang),
            i18n::cli::internal_error(lang)
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
}

fn help_text(lang: Lang, topic: HelpTopic) -> String {
    match topic {
        HelpTopic::Main => i18n::cli::main_help(lang, VERSION),
        HelpTopic::CriteriaCheck => i18n::cli::check_help(lang),
        HelpTopic::Report => i18n::cli::report_help(lang),
        HelpTopic::Verify => i18n::cli::verify_help(lang),
        HelpTopic::Summary => {
            let dir = crate::storage::criteria_dir()
                .map_or_else(|| "-".to_owned(), |dir| dir.display().to_string());
            i18n::cli::summary_help(lang, &dir)
        }
    }
}

/// Reads the assessment at `file` and finds its criteria set (shipped, in the user's folder, or
/// in `criteria_files`). A failure is written to `err` as one line; its exit code is returned.
fn load(
    lang: Lang,
    file: &std::path::Path,
    criteria_files: &[std::path::PathBuf],
    err: &mut dyn Write,
) -> std::io::Result<Result<(crate::domain::Assessment, crate::domain::CriteriaSet), u8>> {
    use crate::storage::{CatalogProblem, CriteriaCatalog, OpenError, read_assessment};
    let fail = |err: &mut dyn Write, message: String| -> std::io::Result<Result<_, u8>> {
        writeln!(err, "{}{message}", i18n::cli::error_prefix(lang))?;
        Ok(Err(1))
    };
    let assessment = match read_assessment(file) {
        Ok(assessment) => assessment,
        Err(OpenError::Read(error)) => {
            return fail(
                err,
                format!(
                    "{}: {}",
                    i18n::read_error_message(lang, &error),
                    file.display()
                ),
            );
        }
        Err(OpenError::Load { error, .. }) => {
            return fail(
                err,
                format!(
                    "{}: {}",
                    i18n::load_error_message(lang, &error),
                    file.display()
                ),
            );
        }
    };
    let mut catalog = CriteriaCatalog::with_user_sets();
    for path in criteria_files {
        match catalog.add_file(path) {
            Ok(_) => {}
            Err(CatalogProblem::Read(error)) => {
                return fail(
                    err,
                    format!(
                        "{}: {}",
                        i18n::read_error_message(lang, &error),
                        path.display()
                    ),
                );
            }
            Err(CatalogProblem::Invalid { diagnostics, .. }) => {
                let file = path.display().to_string();
                for diagnostic in diagnostics
                    .iter()
                    .filter(|d| d.severity == crate::domain::criteria::Severity::Error)
                {
                    writeln!(err, "{}", diagnostic_line(lang, &file, diagnostic))?;
                }
                return Ok(Err(1));
            }
        }
    }
    let Some(entry) = catalog.find(&assessment.criteria) else {
        let dir = crate::storage::criteria_dir()
            .map_or_else(|| "-".to_owned(), |dir| dir.display().to_string());
        return fail(
            err,
            i18n::cli::criteria_not_found(
                lang,
                &assessment.criteria.id,
                &assessment.criteria.version,
                &dir,
            ),
        );
    };
    let set = entry.set.clone();
    Ok(Ok((assessment, set)))
}
