//! The storage layer's words: files that could not be read or are not valid assessments,
//! what verifying a file or package finds, and package errors. Beside the layer that says
//! them, so that `i18n` needs nothing but the domain.

use jiff::tz::TimeZone;

use super::attachments::AttachmentState;
use super::package::PackageError;
use super::review_file::ReviewError;
use super::verify::Finding;
use super::{LoadError, OpenError, ReadError};
use crate::format::criteria::words::syntax_message;
use crate::i18n::audit::{chain_message, date_time, not_in_history};
use crate::i18n::{Lang, pick};

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

/// Why a steering group's request or response file could not be read, without the path.
pub fn views_file_error_message(
    lang: Lang,
    error: &super::group_file::ViewsFileError,
    request: bool,
) -> String {
    use super::group_file::ViewsFileError as E;
    match error {
        E::Read(error) => read_error_message(lang, error),
        E::NotUtf8 => review_error_message(lang, &ReviewError::NotUtf8),
        E::Syntax { position, error } => review_error_message(
            lang,
            &ReviewError::Syntax {
                position: *position,
                error: error.clone(),
            },
        ),
        E::NewerVersion(version) => {
            review_error_message(lang, &ReviewError::NewerVersion(*version))
        }
        E::WrongKind if request => pick(
            lang,
            "tiedosto ei ole ohjausryhmän näkemyspyyntö",
            "filen är inte en begäran om styrgruppens synpunkter",
            "the file is not a request for the steering group's views",
        )
        .to_owned(),
        E::WrongKind => pick(
            lang,
            "tiedosto ei ole ohjausryhmän jäsenen vastaus",
            "filen är inte en styrgruppsmedlems svar",
            "the file is not a steering group member's response",
        )
        .to_owned(),
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

/// A verification finding in one sentence: "Liite ptk.pdf on muuttunut".
pub fn finding_message(lang: Lang, finding: &Finding, zone: &TimeZone) -> String {
    match finding {
        Finding::NotInHistory(disagreement) => not_in_history(lang, disagreement),
        Finding::ModifiedAfterHistory { modified, last } => {
            let (modified, last) = (date_time(lang, *modified, zone), date_time(lang, *last, zone));
            match lang {
                Lang::Fi => format!(
                    "Arvioinnin muutosaika ({modified}) on myöhäisempi kuin historian viimeinen merkintä ({last}): sisältöä on muutettu historian ohi"
                ),
                Lang::Sv => format!(
                    "Bedömningens ändringstid ({modified}) är senare än historikens sista post ({last}): innehållet har ändrats förbi historiken"
                ),
                Lang::En => format!(
                    "The assessment's time of last change ({modified}) is later than the history's last entry ({last}): the content was changed behind the history's back"
                ),
            }
        }
        Finding::NotAsWritten => pick(
            lang,
            "Tiedostoa on muokattu sovelluksen ulkopuolella: sen asettelu poikkeaa siitä, minkä sovellus kirjoittaa",
            "Filen har ändrats utanför programmet: dess layout avviker från den som programmet skriver",
            "The file has been edited outside the app: its layout differs from what the app writes",
        )
        .to_owned(),
        Finding::History(problem) => chain_message(lang, problem),
        Finding::SealMismatch => pick(
            lang,
            "Sinetti ei täsmää: sisältöä tai historiaa on muutettu viimeistelyn jälkeen",
            "Förseglingen stämmer inte: innehållet eller historiken har ändrats efter slutförandet",
            "The seal does not match: content or history has changed since finalising",
        )
        .to_owned(),
        Finding::SealDetails => pick(
            lang,
            "Sinetin tiedot (aika, viimeistelijä tai merkintöjen määrä) eivät vastaa historiaa",
            "Förseglingens uppgifter (tid, den som slutförde eller antal poster) stämmer inte med historiken",
            "The seal's details (time, who finalised, number of entries) do not match the history",
        )
        .to_owned(),
        Finding::SealDidNotMatch { at } => {
            let when = date_time(lang, *at, zone);
            match lang {
                Lang::Fi => format!("Historian mukaan sinetti ei täsmännyt, kun arviointi avattiin muokattavaksi {when}: sisältöä ei voi pitää sinetöitynä"),
                Lang::Sv => format!("Enligt historiken stämde förseglingen inte när bedömningen öppnades för ändringar {when}: innehållet kan inte anses förseglat"),
                Lang::En => format!("The history says the seal did not match when the assessment was reopened {when}: the content cannot be taken as sealed"),
            }
        }
        Finding::SealRemoved { finalised } => {
            let when = date_time(lang, *finalised, zone);
            match lang {
                Lang::Fi => format!("Sinetti puuttuu, vaikka historian mukaan arviointi viimeisteltiin {when}"),
                Lang::Sv => format!("Förseglingen saknas, fast bedömningen enligt historiken slutfördes {when}"),
                Lang::En => format!("The seal is missing, though the history says the assessment was finalised {when}"),
            }
        }
        Finding::Attachment { name, state } => attachment_message(lang, name, state),
    }
}

/// An attachment that is not as recorded.
pub fn attachment_message(lang: Lang, name: &str, state: &AttachmentState) -> String {
    match (state, lang) {
        (AttachmentState::Intact, Lang::Fi) => format!("Liite {name} on ennallaan"),
        (AttachmentState::Intact, Lang::Sv) => format!("Bilagan {name} är oförändrad"),
        (AttachmentState::Intact, Lang::En) => format!("Attachment {name} is unchanged"),
        (AttachmentState::Modified, Lang::Fi) => format!("Liite {name} on muuttunut"),
        (AttachmentState::Modified, Lang::Sv) => format!("Bilagan {name} har ändrats"),
        (AttachmentState::Modified, Lang::En) => format!("Attachment {name} has changed"),
        (AttachmentState::Missing, Lang::Fi) => format!("Liite {name} puuttuu"),
        (AttachmentState::Missing, Lang::Sv) => format!("Bilagan {name} saknas"),
        (AttachmentState::Missing, Lang::En) => format!("Attachment {name} is missing"),
        (AttachmentState::Unsafe(_), Lang::Fi) => {
            format!("Liitteen {name} tallennettu polku on hylätty turvallisuussyistä")
        }
        (AttachmentState::Unsafe(_), Lang::Sv) => {
            format!("Den sparade sökvägen för bilagan {name} avvisas av säkerhetsskäl")
        }
        (AttachmentState::Unsafe(_), Lang::En) => {
            format!("The stored path of attachment {name} is refused for safety")
        }
    }
}

/// Why a package could not be made or opened.
#[expect(
    clippy::too_many_lines,
    reason = "a table: one sentence per package error, in three languages"
)]
pub fn package_error_message(lang: Lang, error: &PackageError) -> String {
    match error {
        PackageError::Read(error) => read_error_message(lang, error),
        PackageError::Assessment(error) => load_error_message(lang, error),
        PackageError::Attachment { name, state } => {
            let problem = attachment_message(lang, name, state);
            match lang {
                Lang::Fi => format!("{problem}: paketti ei olisi täydellinen"),
                Lang::Sv => format!("{problem}: paketet skulle inte vara fullständigt"),
                Lang::En => format!("{problem}: the package would not be complete"),
            }
        }
        PackageError::Write(error) => crate::i18n::write_failure_reason(lang, &error.source),
        PackageError::Io(error) => {
            let reason = crate::i18n::write_failure_reason(lang, error);
            match lang {
                Lang::Fi => format!("tiedostoa ei voitu lukea tai kirjoittaa: {reason}"),
                Lang::Sv => format!("filen kunde inte läsas eller skrivas: {reason}"),
                Lang::En => format!("the file could not be read or written: {reason}"),
            }
        }
        PackageError::NotAPackage(_) | PackageError::NoManifest => pick(
            lang,
            "tämä ei ole Terve Kunta -arvioinnin paketti (tai se on vioittunut)",
            "detta är inte ett paket med en Terve Kunta-bedömning (eller så är det skadat)",
            "this is not a Terve Kunta assessment package (or it is damaged)",
        )
        .to_owned(),
        PackageError::NewerVersion(version) => match lang {
            Lang::Fi => format!(
                "paketin on tehnyt uudempi sovelluksen versio (muoto {version}); päivitä sovellus"
            ),
            Lang::Sv => format!(
                "paketet har gjorts av en nyare version av programmet (format {version}); uppdatera programmet"
            ),
            Lang::En => format!(
                "the package was made by a newer version of the app (format {version}); update the app"
            ),
        },
        PackageError::BadEntryName { name, .. } => match lang {
            Lang::Fi => format!(
                "paketti hylättiin: siinä on tiedosto, jonka nimi yrittää kirjoittaa muualle ({name})"
            ),
            Lang::Sv => format!(
                "paketet avvisades: det innehåller en fil vars namn försöker skriva någon annanstans ({name})"
            ),
            Lang::En => format!(
                "the package was refused: it holds a file whose name tries to write elsewhere ({name})"
            ),
        },
        PackageError::Unlisted(name) => match lang {
            Lang::Fi => format!("paketti hylättiin: tiedostoa {name} ei ole paketin luettelossa"),
            Lang::Sv => {
                format!("paketet avvisades: filen {name} finns inte i paketets förteckning")
            }
            Lang::En => format!("the package was refused: {name} is not in the package's manifest"),
        },
        PackageError::Duplicate(name) => match lang {
            Lang::Fi => format!("paketti hylättiin: nimi {name} esiintyy siinä kahdesti"),
            Lang::Sv => format!("paketet avvisades: namnet {name} förekommer två gånger"),
            Lang::En => format!("the package was refused: the name {name} occurs twice"),
        },
        PackageError::MissingEntry(name) => match lang {
            Lang::Fi => format!("paketista puuttuu {name}"),
            Lang::Sv => format!("{name} saknas i paketet"),
            Lang::En => format!("{name} is missing from the package"),
        },
        PackageError::Mismatch(name) => match lang {
            Lang::Fi => format!(
                "paketin tiedosto {name} ei vastaa luetteloa: paketti on vioittunut tai sitä on muutettu"
            ),
            Lang::Sv => format!(
                "filen {name} i paketet stämmer inte med förteckningen: paketet är skadat eller ändrat"
            ),
            Lang::En => format!(
                "{name} in the package does not match the manifest: the package is damaged or altered"
            ),
        },
        PackageError::TooLarge => pick(
            lang,
            "paketti on liian suuri: enintään 10 000 tiedostoa, 2 Gt purettuna ja purettuna enintään 100 kertaa paketin koko",
            "paketet är för stort: högst 10 000 filer, 2 GB uppackat och uppackat högst 100 gånger paketets storlek",
            "the package is too large: at most 10,000 files, 2 GB unpacked, and unpacked at most 100 times the package's size",
        )
        .to_owned(),
    }
}

/// Who holds the assessment open, for the read-only banner.
pub fn read_only_locked(
    lang: Lang,
    holder: Option<&super::lock::LockHolder>,
    zone: &TimeZone,
) -> String {
    let Some(holder) = holder else {
        return pick(
            lang,
            "Vain luku: arviointi on auki toisessa ikkunassa tai toisella koneella.",
            "Skrivskyddad: bedömningen är öppen i ett annat fönster eller på en annan dator.",
            "Read-only: the assessment is open in another window or on another computer.",
        )
        .to_owned();
    };
    let since = date_time(lang, holder.since, zone);
    let who = if holder.user.is_empty() {
        "?"
    } else {
        holder.user.as_str()
    };
    let host = if holder.host.is_empty() {
        "?"
    } else {
        holder.host.as_str()
    };
    match lang {
        Lang::Fi => {
            format!("Vain luku: {who} muokkaa tätä arviointia koneella {host} ({since} alkaen).")
        }
        Lang::Sv => {
            format!("Skrivskyddad: {who} redigerar bedömningen på datorn {host} (sedan {since}).")
        }
        Lang::En => {
            format!("Read-only: {who} is editing this assessment on {host} (since {since}).")
        }
    }
}
