//! Parsing the command line into an [`Invocation`].

use std::ffi::OsString;
use std::path::PathBuf;

use super::HelpTopic;
use crate::domain::Lang;

/// What the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Start the desktop app, in this language if one was given (else the remembered one), and
    /// open a file in it if one was given (`terve-kunta FILE`: a double-click, "Open with").
    Gui {
        /// The `--lang` given, if any.
        lang: Option<Lang>,
        /// The assessment or package to open, as "Avaa…" would.
        open: Option<PathBuf>,
    },
    /// Show a help text.
    Help(HelpTopic),
    /// Show the version.
    Version,
    /// `criteria check FILE...`
    CriteriaCheck {
        /// The files to check.
        files: Vec<PathBuf>,
    },
    /// `report ASSESSMENT -o OUT.pdf [--criteria FILE]...`
    Report {
        /// The assessment file.
        file: PathBuf,
        /// Where the PDF goes.
        out: PathBuf,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
    /// `review-report ASSESSMENT|PACKAGE [--review REVIEW] -o MEMO.pdf [--criteria FILE]...`
    ReviewReport {
        /// The assessment file or package reviewed.
        file: PathBuf,
        /// The review file (else the one beside the assessment file).
        review: Option<PathBuf>,
        /// Where the PDF goes.
        out: PathBuf,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
    /// `compare OLD NEW [--json | -o COMPARISON.pdf] [--criteria FILE]...`
    Compare {
        /// The older assessment.
        old: PathBuf,
        /// The newer assessment.
        new: PathBuf,
        /// JSON output for scripts.
        json: bool,
        /// Where the comparison's PDF goes (instead of lines).
        out: Option<PathBuf>,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
    /// `overview FILES_OR_FOLDERS... [-o OVERVIEW.pdf | --csv [-o OUT.csv]] [--criteria FILE]...`
    Overview {
        /// The files and folders given.
        inputs: Vec<PathBuf>,
        /// CSV instead of lines for people.
        csv: bool,
        /// Where the CSV goes (standard output without it), or without `csv` the PDF.
        out: Option<PathBuf>,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
    /// `verify ASSESSMENT|PACKAGE`
    Verify {
        /// The assessment file or package.
        file: PathBuf,
    },
    /// `actions ASSESSMENT [--csv] [-o OUT.csv] [--criteria FILE]...`
    Actions {
        /// The assessment file.
        file: PathBuf,
        /// CSV instead of lines for people.
        csv: bool,
        /// Where the CSV goes (standard output without it).
        out: Option<PathBuf>,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
    /// `summary ASSESSMENT [--json] [--criteria FILE]...`
    Summary {
        /// The assessment file.
        file: PathBuf,
        /// JSON output for scripts.
        json: bool,
        /// Extra criteria files to look in.
        criteria_files: Vec<PathBuf>,
    },
}

/// A command and the language of its messages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// What to do.
    pub command: Command,
    /// The language of messages.
    pub lang: Lang,
}

/// A mistake on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UsageError {
    /// A command that does not exist.
    UnknownCommand(String),
    /// An option that does not exist.
    UnknownOption(String),
    /// An option given to a command that does not take it.
    OptionNotHere {
        /// The option.
        option: String,
        /// The command.
        command: String,
    },
    /// An option without its value.
    MissingValue(String),
    /// A value given to an option that takes none.
    UnexpectedValue(String),
    /// `--lang` with something other than fi, sv or en.
    UnknownLanguage(String),
    /// `criteria check` without files.
    MissingFiles,
    /// `summary` or `report` without a file.
    MissingAssessment,
    /// `report` without `-o`.
    MissingOutput,
    /// `compare` without two files.
    NeedsTwo,
    /// `actions -o` without `--csv`.
    OutputNeedsCsv,
    /// An argument too many.
    ExtraArgument(String),
    /// An argument that is not valid Unicode where text is needed.
    NotUnicode(String),
}

fn usage_error(error: lexopt::Error) -> UsageError {
    match error {
        lexopt::Error::MissingValue { option } => {
            UsageError::MissingValue(option.unwrap_or_default())
        }
        lexopt::Error::UnexpectedOption(option) => UsageError::UnknownOption(option),
        lexopt::Error::UnexpectedArgument(argument) => {
            UsageError::ExtraArgument(argument.to_string_lossy().into_owned())
        }
        lexopt::Error::UnexpectedValue { option, .. } => UsageError::UnexpectedValue(option),
        lexopt::Error::NonUnicodeValue(value) => {
            UsageError::NotUnicode(value.to_string_lossy().into_owned())
        }
        other => UsageError::UnknownOption(other.to_string()),
    }
}

/// Parses the arguments after the program name. On a mistake, returns the language the
/// message should be in (from `--lang` if it was understood) and the mistake.
pub fn parse_args(
    args: impl IntoIterator<Item = OsString>,
) -> Result<Invocation, (Lang, UsageError)> {
    let args: Vec<OsString> = args.into_iter().collect();
    // The language comes first, so that every later message is in it.
    let given = scan_lang(&args);
    let lang = given.unwrap_or_default();
    parse(args, lang, given).map_err(|error| (lang, error))
}

/// The `--lang` value if one is given and valid.
fn scan_lang(args: &[OsString]) -> Option<Lang> {
    let mut iter = args.iter().map(|arg| arg.to_string_lossy());
    while let Some(arg) = iter.next() {
        if arg == "--" {
            break;
        }
        let value = if arg == "--lang" {
            iter.next().map(std::borrow::Cow::into_owned)
        } else {
            arg.strip_prefix("--lang=").map(str::to_owned)
        };
        if let Some(lang) = value.as_deref().and_then(Lang::from_code) {
            return Some(lang);
        }
    }
    None
}

/// An output for scripts or spreadsheets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// `--json` (summary).
    Json,
    /// `--csv` (actions).
    Csv,
}

/// The options and words of a command line, as given.
#[derive(Debug, Default)]
struct Given {
    positionals: Vec<OsString>,
    help: bool,
    version: bool,
    format: Option<Format>,
    criteria_files: Vec<PathBuf>,
    out: Option<PathBuf>,
    review: Option<PathBuf>,
}

/// Reads the options and the words (a language given is checked; it was read before).
fn read_args(args: Vec<OsString>) -> Result<Given, UsageError> {
    use lexopt::prelude::*;

    let mut parser = lexopt::Parser::from_args(args);
    let mut given = Given::default();
    while let Some(arg) = parser.next().map_err(usage_error)? {
        match arg {
            Long("lang") => {
                let value = parser.value().map_err(usage_error)?;
                let value = value.to_string_lossy();
                if Lang::from_code(&value).is_none() {
                    return Err(UsageError::UnknownLanguage(value.into_owned()));
                }
            }
            Short('h') | Long("help") => given.help = true,
            Short('V') | Long("version") => given.version = true,
            Long("json") => given.format = Some(Format::Json),
            Long("csv") => given.format = Some(Format::Csv),
            Long("criteria") => {
                let file = PathBuf::from(parser.value().map_err(usage_error)?);
                given.criteria_files.push(file);
            }
            Short('o') | Long("output") => {
                given.out = Some(PathBuf::from(parser.value().map_err(usage_error)?));
            }
            Long("review") => {
                given.review = Some(PathBuf::from(parser.value().map_err(usage_error)?));
            }
            Value(value) => given.positionals.push(value),
            other => return Err(usage_error(other.unexpected())),
        }
    }
    Ok(given)
}

fn parse(args: Vec<OsString>, lang: Lang, given: Option<Lang>) -> Result<Invocation, UsageError> {
    let Given {
        positionals,
        help,
        version,
        format,
        criteria_files,
        out,
        review,
    } = read_args(args)?;
    let words: Vec<String> = positionals
        .iter()
        .take(2)
        .map(|arg| arg.to_string_lossy().into_owned())
        .collect();
    let command_name = command_name(&words, &positionals)?;
    check_options(
        command_name,
        format,
        Flags {
            criteria: !criteria_files.is_empty(),
            out: out.is_some(),
            review: review.is_some(),
        },
    )?;

    // `COMMAND --help`.
    if help && !matches!(command_name, "" | "open" | "help") {
        let command = Command::Help(help_topic(Some(command_name))?);
        return Ok(Invocation { command, lang });
    }
    let command = match command_name {
        "" if version => Command::Version,
        "" if help => Command::Help(HelpTopic::Main),
        "" => Command::Gui {
            lang: given,
            open: None,
        },
        "open" => Command::Gui {
            lang: given,
            open: positionals.into_iter().next().map(PathBuf::from),
        },
        "help" => Command::Help(help_topic(words.get(1).map(String::as_str))?),
        "criteria check" => Command::CriteriaCheck {
            files: criteria_files_of(positionals)?,
        },
        "report" => Command::Report {
            file: single_file(positionals)?,
            out: out.ok_or(UsageError::MissingOutput)?,
            criteria_files,
        },
        "actions" if out.is_some() && format != Some(Format::Csv) => {
            return Err(UsageError::OutputNeedsCsv);
        }
        "actions" => Command::Actions {
            file: single_file(positionals)?,
            csv: format == Some(Format::Csv),
            out,
            criteria_files,
        },
        "review-report" => Command::ReviewReport {
            file: single_file(positionals)?,
            review,
            out: out.ok_or(UsageError::MissingOutput)?,
            criteria_files,
        },
        "compare" => compare_command(positionals, format, out, criteria_files)?,
        "overview" => overview_command(
            positionals,
            format == Some(Format::Csv),
            out,
            criteria_files,
        )?,
        "verify" => Command::Verify {
            file: single_file(positionals)?,
        },
        _ => Command::Summary {
            file: single_file(positionals)?,
            json: format == Some(Format::Json),
            criteria_files,
        },
    };
    Ok(Invocation { command, lang })
}

/// `criteria check FILE...`: at least one file.
fn criteria_files_of(positionals: Vec<OsString>) -> Result<Vec<PathBuf>, UsageError> {
    let files: Vec<PathBuf> = positionals.into_iter().skip(2).map(PathBuf::from).collect();
    if files.is_empty() {
        return Err(UsageError::MissingFiles);
    }
    Ok(files)
}

/// `overview FILES_OR_FOLDERS... [-o OVERVIEW.pdf | --csv [-o OUT.csv]]`.
fn overview_command(
    positionals: Vec<OsString>,
    csv: bool,
    out: Option<PathBuf>,
    criteria_files: Vec<PathBuf>,
) -> Result<Command, UsageError> {
    let inputs: Vec<PathBuf> = positionals.into_iter().skip(1).map(PathBuf::from).collect();
    if inputs.is_empty() {
        return Err(UsageError::MissingAssessment);
    }
    Ok(Command::Overview {
        inputs,
        csv,
        out,
        criteria_files,
    })
}

/// `compare OLD NEW`: exactly two files; lines, JSON or a PDF.
fn compare_command(
    positionals: Vec<OsString>,
    format: Option<Format>,
    out: Option<PathBuf>,
    criteria_files: Vec<PathBuf>,
) -> Result<Command, UsageError> {
    let json = format == Some(Format::Json);
    if json && out.is_some() {
        return Err(UsageError::OptionNotHere {
            option: "-o".to_owned(),
            command: "compare --json".to_owned(),
        });
    }
    let mut files = positionals.into_iter().skip(1).map(PathBuf::from);
    let (Some(old), Some(new)) = (files.next(), files.next()) else {
        return Err(UsageError::NeedsTwo);
    };
    if let Some(extra) = files.next() {
        return Err(UsageError::ExtraArgument(extra.display().to_string()));
    }
    Ok(Command::Compare {
        old,
        new,
        json,
        out,
        criteria_files,
    })
}

/// The topic of `help [COMMAND]`.
fn help_topic(command: Option<&str>) -> Result<HelpTopic, UsageError> {
    Ok(match command {
        None => HelpTopic::Main,
        Some("summary") => HelpTopic::Summary,
        Some("report") => HelpTopic::Report,
        Some("verify") => HelpTopic::Verify,
        Some("actions") => HelpTopic::Actions,
        Some("review-report") => HelpTopic::ReviewReport,
        Some("compare") => HelpTopic::Compare,
        Some("overview") => HelpTopic::Overview,
        Some("criteria" | "criteria check") => HelpTopic::CriteriaCheck,
        Some(other) => return Err(UsageError::UnknownCommand(other.to_owned())),
    })
}

/// Which command the first words name: `""` for none, `"open"` for a file to open in the app.
fn command_name(words: &[String], positionals: &[OsString]) -> Result<&'static str, UsageError> {
    Ok(match words {
        [] => "",
        [first, ..] if first == "summary" => "summary",
        [first, ..] if first == "help" => "help",
        [first, ..] if first == "report" => "report",
        [first, ..] if first == "verify" => "verify",
        [first, ..] if first == "actions" => "actions",
        [first, ..] if first == "review-report" => "review-report",
        [first, ..] if first == "compare" => "compare",
        [first, ..] if first == "overview" => "overview",
        [first, second, ..] if first == "criteria" && second == "check" => "criteria check",
        [first, ..] if first == "criteria" => {
            let sub = words.get(1).cloned().unwrap_or_default();
            return Err(UsageError::UnknownCommand(
                format!("criteria {sub}").trim().to_owned(),
            ));
        }
        [_] if positionals.first().is_some_and(looks_like_a_file) => "open",
        [first, ..] => return Err(UsageError::UnknownCommand(first.clone())),
    })
}

/// Which of the options that go with some commands only were given.
#[derive(Clone, Copy, Debug)]
struct Flags {
    criteria: bool,
    out: bool,
    review: bool,
}

/// Refuses an option given to a command that does not take it.
fn check_options(
    command_name: &str,
    format: Option<Format>,
    given: Flags,
) -> Result<(), UsageError> {
    let not_here = |option: &str| UsageError::OptionNotHere {
        option: option.to_owned(),
        command: if matches!(command_name, "" | "open") {
            "terve-kunta".to_owned()
        } else {
            command_name.to_owned()
        },
    };
    if !matches!(command_name, "summary" | "compare") && format == Some(Format::Json) {
        return Err(not_here("--json"));
    }
    if !matches!(command_name, "actions" | "overview") && format == Some(Format::Csv) {
        return Err(not_here("--csv"));
    }
    if !matches!(
        command_name,
        "summary" | "report" | "actions" | "review-report" | "compare" | "overview"
    ) && given.criteria
    {
        return Err(not_here("--criteria"));
    }
    if !matches!(
        command_name,
        "report" | "actions" | "review-report" | "overview" | "compare"
    ) && given.out
    {
        return Err(not_here("-o"));
    }
    if command_name != "review-report" && given.review {
        return Err(not_here("--review"));
    }
    Ok(())
}

/// Whether a lone argument that is not a command names a file to open: it has a folder or a
/// file extension in it, as every path a file manager passes does. A bare word ("sumary") is a
/// mistyped command, and is reported as one.
fn looks_like_a_file(argument: &OsString) -> bool {
    let path = std::path::Path::new(argument);
    path.extension().is_some() || path.components().count() > 1 || path.is_absolute()
}

/// The one assessment file after the command's name.
fn single_file(positionals: Vec<OsString>) -> Result<PathBuf, UsageError> {
    let mut rest = positionals.into_iter().skip(1);
    let file = rest.next().ok_or(UsageError::MissingAssessment)?;
    if let Some(extra) = rest.next() {
        return Err(UsageError::ExtraArgument(
            extra.to_string_lossy().into_owned(),
        ));
    }
    Ok(PathBuf::from(file))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Invocation, (Lang, UsageError)> {
        parse_args(args.iter().map(OsString::from))
    }

    #[test]
    fn no_arguments_start_the_app_in_finnish() {
        assert_eq!(
            parse_strs(&[]),
            Ok(Invocation {
                command: Command::Gui {
                    lang: None,
                    open: None
                },
                lang: Lang::Fi
            })
        );
        assert_eq!(
            parse_strs(&["--lang", "sv"]).map(|i| i.command),
            Ok(Command::Gui {
                lang: Some(Lang::Sv),
                open: None
            })
        );
    }

    #[test]
    fn a_file_alone_opens_in_the_app() {
        for file in [
            "arviointi.ron",
            "/tmp/x/arviointi",
            "kansio/paketti.tkpkg",
            "Ålands.ron",
        ] {
            assert_eq!(
                parse_strs(&[file, "--lang", "en"]).map(|i| i.command),
                Ok(Command::Gui {
                    lang: Some(Lang::En),
                    open: Some(file.into())
                }),
                "{file}"
            );
        }
        // Only the exact command words are commands; a file named after one is a file.
        assert_eq!(
            parse_strs(&["verify.ron"]).map(|i| i.command),
            Ok(Command::Gui {
                lang: None,
                open: Some("verify.ron".into())
            })
        );
        assert_eq!(
            parse_strs(&["a.ron", "b.ron"]),
            Err((Lang::Fi, UsageError::UnknownCommand("a.ron".into())))
        );
        assert_eq!(
            parse_strs(&["a.ron", "--json"]),
            Err((
                Lang::Fi,
                UsageError::OptionNotHere {
                    option: "--json".into(),
                    command: "terve-kunta".into()
                }
            ))
        );
    }

    #[test]
    fn commands_and_options_parse() {
        assert_eq!(
            parse_strs(&["criteria", "check", "a.ron", "b.ron", "--lang=en"]),
            Ok(Invocation {
                command: Command::CriteriaCheck {
                    files: vec!["a.ron".into(), "b.ron".into()]
                },
                lang: Lang::En
            })
        );
        assert_eq!(
            parse_strs(&["summary", "--json", "x.ron", "--criteria", "c.ron"]).map(|i| i.command),
            Ok(Command::Summary {
                file: "x.ron".into(),
                json: true,
                criteria_files: vec!["c.ron".into()]
            })
        );
        assert_eq!(
            parse_strs(&["summary", "--help"]).map(|i| i.command),
            Ok(Command::Help(HelpTopic::Summary))
        );
        assert_eq!(
            parse_strs(&["criteria", "check", "-h"]).map(|i| i.command),
            Ok(Command::Help(HelpTopic::CriteriaCheck))
        );
        assert_eq!(parse_strs(&["-V"]).map(|i| i.command), Ok(Command::Version));
        assert_eq!(
            parse_strs(&["report", "a.ron", "-o", "a.pdf", "--lang", "sv"]).map(|i| i.command),
            Ok(Command::Report {
                file: "a.ron".into(),
                out: "a.pdf".into(),
                criteria_files: Vec::new()
            })
        );
        assert_eq!(
            parse_strs(&["verify", "a.ron"]).map(|i| i.command),
            Ok(Command::Verify {
                file: "a.ron".into()
            })
        );
        assert_eq!(
            parse_strs(&["verify", "--help"]).map(|i| i.command),
            Ok(Command::Help(HelpTopic::Verify))
        );
        assert_eq!(
            parse_strs(&["report", "a.ron"]),
            Err((Lang::Fi, UsageError::MissingOutput))
        );
        assert_eq!(
            parse_strs(&["review-report", "p.zip", "--review", "r.ron", "-o", "m.pdf"])
                .map(|i| i.command),
            Ok(Command::ReviewReport {
                file: "p.zip".into(),
                review: Some("r.ron".into()),
                out: "m.pdf".into(),
                criteria_files: Vec::new()
            })
        );
        assert_eq!(
            parse_strs(&["review-report", "a.ron"]),
            Err((Lang::Fi, UsageError::MissingOutput))
        );
        assert_eq!(
            parse_strs(&["report", "a.ron", "--review", "r.ron", "-o", "a.pdf"]),
            Err((
                Lang::Fi,
                UsageError::OptionNotHere {
                    option: "--review".into(),
                    command: "report".into()
                }
            ))
        );
    }

    #[test]
    fn mistakes_are_reported_in_the_chosen_language() {
        assert_eq!(
            parse_strs(&["sumary", "--lang", "en"]),
            Err((Lang::En, UsageError::UnknownCommand("sumary".into())))
        );
        assert_eq!(
            parse_strs(&["criteria", "check"]),
            Err((Lang::Fi, UsageError::MissingFiles))
        );
        assert_eq!(
            parse_strs(&["summary"]),
            Err((Lang::Fi, UsageError::MissingAssessment))
        );
        assert_eq!(
            parse_strs(&["summary", "a", "b"]),
            Err((Lang::Fi, UsageError::ExtraArgument("b".into())))
        );
        assert_eq!(
            parse_strs(&["--lang", "de"]),
            Err((Lang::Fi, UsageError::UnknownLanguage("de".into())))
        );
        assert_eq!(
            parse_strs(&["criteria", "check", "a", "--json"]),
            Err((
                Lang::Fi,
                UsageError::OptionNotHere {
                    option: "--json".into(),
                    command: "criteria check".into()
                }
            ))
        );
        assert_eq!(
            parse_strs(&["--frobnicate"]),
            Err((Lang::Fi, UsageError::UnknownOption("--frobnicate".into())))
        );
        assert_eq!(
            parse_strs(&["summary", "--lang"]),
            Err((Lang::Fi, UsageError::MissingValue("--lang".into())))
        );
    }
}
