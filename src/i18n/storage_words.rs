//! Messages about files that could not be read or are not valid assessments.

use super::criteria_file::syntax_message;
use super::{Lang, pick};
use crate::storage::review_file::ReviewError;
use crate::storage::{LoadError, OpenError, ReadError};

fn megabytes(bytes: u64) -> String {
    // One decimal is enough to tell "too large" apart from "far too large".
    #[expect(
        clippy::cast_precision_loss,
        reason = "a file size shown with one decimal"
    )]
    let mb = bytes as f64 / (1024.0 * 1024.0);
    format!("{mb:.1}")
}

/// Why a file could not be read, without its path (the caller adds it last).
pub fn read_error_message(lang: Lang, error: &ReadError) -> String {
    match error {
        ReadError::NotFound { .. } => pick(
            lang,
            "tiedostoa ei löydy",
            "filen finns inte",
            "file not found",
        )
        .to_owned(),
        ReadError::PermissionDenied { .. } => pick(
            lang,
            "ei lukuoikeutta tiedostoon",
            "ingen läsrätt till filen",
            "no permission to read the file",
        )
        .to_owned(),
        ReadError::IsDirectory { .. } => pick(
            lang,
            "tämä on kansio, ei tiedosto",
            "detta är en mapp, inte en fil",
            "this is a folder, not a file",
        )
        .to_owned(),
        ReadError::NotAFile { .. } => pick(
            lang,
            "tämä ei ole tavallinen tiedosto (vaan esimerkiksi putki tai laite), eikä sitä lueta",
            "detta är inte en vanlig fil (utan till exempel en pipe eller en enhet) och läses inte",
            "this is not a regular file (but, say, a pipe or a device) and is not read",
        )
        .to_owned(),
        ReadError::TooLarge { size, limit, .. } => {
            let (size, limit) = (megabytes(*size), megabytes(*limit));
            match lang {
                Lang::Fi => format!("tiedosto on liian suuri ({size} Mt, enintään {limit} Mt)"),
                Lang::Sv => format!("filen är för stor ({size} MB, högst {limit} MB)"),
                Lang::En => format!("the file is too large ({size} MB, at most {limit} MB)"),
            }
        }
        ReadError::Io { source, .. } => match lang {
            Lang::Fi => format!("tiedostoa ei voitu lukea ({source})"),
            Lang::Sv => format!("filen kunde inte läsas ({source})"),
            Lang::En => format!("the file could not be read ({source})"),
        },
    }
}

/// Why an auditor's review file could not be read, without the path.
pub fn review_error_message(lang: Lang, error: &ReviewError) -> String {
    match error {
        ReviewError::Read(error) => read_error_message(lang, error),
        ReviewError::NotUtf8 => pick(
            lang,
            "tiedosto ei ole UTF-8-tekstiä",
            "filen är inte UTF-8-text",
            "the file is not UTF-8 text",
        )
        .to_owned(),
        ReviewError::Syntax { position, error } => {
            let detail = syntax_message(lang, error);
            let (line, column) = (position.line, position.column);
            match lang {
                Lang::Fi => {
                    format!("tiedosto on viallinen rivillä {line}, sarake {column}: {detail}")
                }
                Lang::Sv => format!("filen är felaktig på rad {line}, kolumn {column}: {detail}"),
                Lang::En => {
                    format!("the file is damaged at line {line}, column {column}: {detail}")
                }
            }
        }
        ReviewError::NewerVersion(version) => match lang {
            Lang::Fi => format!("sen on tallentanut uudempi sovellus (tiedostoversio {version})"),
            Lang::Sv => format!("den har sparats av ett nyare program (filversion {version})"),
            Lang::En => format!("a newer version of the app saved it (file version {version})"),
        },
    }
}

/// Why an assessment file could not be opened, without the path.
pub fn open_error_message(lang: Lang, error: &OpenError) -> String {
    match error {
        OpenError::Read(error) => read_error_message(lang, error),
        OpenError::Load { error, .. } => load_error_message(lang, error),
    }
}

/// Why bytes are not a valid assessment, without the path.
pub fn load_error_message(lang: Lang, error: &LoadError) -> String {
    match error {
        LoadError::TooLarge { size, limit } => {
            let (size, limit) = (megabytes(*size as u64), megabytes(*limit as u64));
            match lang {
                Lang::Fi => {
                    format!("tiedosto on liian suuri arvioinniksi ({size} Mt, enintään {limit} Mt)")
                }
                Lang::Sv => {
                    format!("filen är för stor för en bedömning ({size} MB, högst {limit} MB)")
                }
                Lang::En => format!(
                    "the file is too large for an assessment ({size} MB, at most {limit} MB)"
                ),
            }
        }
        LoadError::Empty => pick(
            lang,
            "tiedosto on tyhjä",
            "filen är tom",
            "the file is empty",
        )
        .to_owned(),
        LoadError::NotUtf8 { position } => match lang {
            Lang::Fi => format!(
                "rivi {}, sarake {}: tiedosto ei ole UTF-8-tekstiä",
                position.line, position.column
            ),
            Lang::Sv => format!(
                "rad {}, kolumn {}: filen är inte UTF-8-text",
                position.line, position.column
            ),
            Lang::En => format!(
                "line {}, column {}: the file is not UTF-8 text",
                position.line, position.column
            ),
        },
        LoadError::Syntax { position, error } => {
            let detail = syntax_message(lang, error);
            match lang {
                Lang::Fi => format!(
                    "arviointitiedosto on viallinen rivillä {}, sarake {}: {detail}",
                    position.line, position.column
                ),
                Lang::Sv => format!(
                    "bedömningsfilen är felaktig på rad {}, kolumn {}: {detail}",
                    position.line, position.column
                ),
                Lang::En => format!(
                    "the assessment file is damaged at line {}, column {}: {detail}",
                    position.line, position.column
                ),
            }
        }
        LoadError::NotAnAssessment => pick(
            lang,
            "tiedosto ei ole Terve Kunta -arviointi",
            "filen är inte en Terve Kunta-bedömning",
            "the file is not a Terve Kunta assessment",
        )
        .to_owned(),
        LoadError::NewerVersion { found, supported } => match lang {
            Lang::Fi => format!(
                "arvioinnin on tallentanut uudempi sovellus (tiedostoversio {found}, tämä sovellus lukee versioon {supported} asti): päivitä sovellus"
            ),
            Lang::Sv => format!(
                "bedömningen har sparats av en nyare version av programmet (filversion {found}, det här programmet läser upp till version {supported}): uppdatera programmet"
            ),
            Lang::En => format!(
                "the assessment was saved by a newer version of the app (file version {found}; this app reads up to version {supported}): update the app"
            ),
        },
    }
}
