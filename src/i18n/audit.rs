//! Words of the audit trail: verification findings, history entries, packages, reviews.

use super::{Lang, pick};
use crate::domain::dates::{Timestamp, format_date};
use crate::domain::history::replay::{Disagreement, Limit};
use crate::domain::history::{ChainProblem, Change, Event, Field};
use crate::storage::attachments::AttachmentState;
use crate::storage::package::PackageError;
use crate::storage::verify::Finding;

/// A moment as Finnish readers expect it, in local time: `24.11.2026 klo 14.05`.
pub fn date_time(lang: Lang, at: Timestamp) -> String {
    let zoned = at.to_zoned_datetime(jiff::tz::TimeZone::system());
    let (date, hour, minute) = (format_date(zoned.date()), zoned.hour(), zoned.minute());
    match lang {
        Lang::Fi => format!("{date} klo {hour}.{minute:02}"),
        Lang::Sv => format!("{date} kl. {hour}.{minute:02}"),
        Lang::En => format!("{date} at {hour}:{minute:02}"),
    }
}

/// A verification finding in one sentence: "Liite ptk.pdf on muuttunut".
pub fn finding_message(lang: Lang, finding: &Finding) -> String {
    match finding {
        Finding::NotInHistory(disagreement) => not_in_history(lang, disagreement),
        Finding::ModifiedAfterHistory { modified, last } => {
            let (modified, last) = (date_time(lang, *modified), date_time(lang, *last));
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
            let when = date_time(lang, *at);
            match lang {
                Lang::Fi => format!("Historian mukaan sinetti ei täsmännyt, kun arviointi avattiin muokattavaksi {when}: sisältöä ei voi pitää sinetöitynä"),
                Lang::Sv => format!("Enligt historiken stämde förseglingen inte när bedömningen öppnades för ändringar {when}: innehållet kan inte anses förseglat"),
                Lang::En => format!("The history says the seal did not match when the assessment was reopened {when}: the content cannot be taken as sealed"),
            }
        }
        Finding::SealRemoved { finalised } => {
            let when = date_time(lang, *finalised);
            match lang {
                Lang::Fi => format!("Sinetti puuttuu, vaikka historian mukaan arviointi viimeisteltiin {when}"),
                Lang::Sv => format!("Förseglingen saknas, fast bedömningen enligt historiken slutfördes {when}"),
                Lang::En => format!("The seal is missing, though the history says the assessment was finalised {when}"),
            }
        }
        Finding::Attachment { name, state } => attachment_message(lang, name, state),
    }
}

/// What is wrong with the history, naming the first broken entry.
pub fn chain_message(lang: Lang, problem: &ChainProblem) -> String {
    match (problem.clone(), lang) {
        (ChainProblem::Edited(n), Lang::Fi) => format!("Historian merkintää {n} on muutettu"),
        (ChainProblem::Edited(n), Lang::Sv) => format!("Historikpost {n} har ändrats"),
        (ChainProblem::Edited(n), Lang::En) => format!("History entry {n} has been altered"),
        (ChainProblem::Missing(n), Lang::Fi) => format!("Historian merkintä {n} puuttuu"),
        (ChainProblem::Missing(n), Lang::Sv) => format!("Historikpost {n} saknas"),
        (ChainProblem::Missing(n), Lang::En) => format!("History entry {n} is missing"),
        (ChainProblem::OutOfOrder(n), Lang::Fi) => {
            format!("Historian merkinnät ovat väärässä järjestyksessä merkinnästä {n} alkaen")
        }
        (ChainProblem::OutOfOrder(n), Lang::Sv) => {
            format!("Historikposterna är i fel ordning från post {n}")
        }
        (ChainProblem::OutOfOrder(n), Lang::En) => {
            format!("History entries are out of order from entry {n}")
        }
        (ChainProblem::Unlinked(n), Lang::Fi) => format!(
            "Historian merkintä {n} ei jatka edellisestä: sen edeltä on poistettu tai vaihdettu merkintä"
        ),
        (ChainProblem::Unlinked(n), Lang::Sv) => format!(
            "Historikpost {n} följer inte på den föregående: en post före den har tagits bort eller bytts ut"
        ),
        (ChainProblem::Unlinked(n), Lang::En) => format!(
            "History entry {n} does not follow the one before: an entry before it was removed or replaced"
        ),
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

/// The one-line verdict of a verification.
pub fn verdict(lang: Lang, findings: usize) -> String {
    if findings == 0 {
        pick(
            lang,
            "Ehjä: sinetti, historia ja liitteet täsmäävät",
            "Oförändrad: förseglingen, historiken och bilagorna stämmer",
            "Intact: seal, history and attachments match",
        )
        .to_owned()
    } else {
        let findings = super::count(
            lang,
            findings,
            ["poikkeama", "avvikelse", "finding"],
            ["poikkeamaa", "avvikelser", "findings"],
        );
        match lang {
            Lang::Fi => format!("Ei ehjä: {findings}"),
            Lang::Sv => format!("Inte oförändrad: {findings}"),
            Lang::En => format!("Not intact: {findings}"),
        }
    }
}

/// What the history says about the seal: "Viimeistelty 24.11.2026 klo 14.05 (Liisa Virtanen)".
pub fn sealed_line(lang: Lang, at: Timestamp, by: &str) -> String {
    let when = date_time(lang, at);
    match lang {
        Lang::Fi => format!("Viimeistelty {when} ({by})"),
        Lang::Sv => format!("Slutförd {when} ({by})"),
        Lang::En => format!("Finalised {when} ({by})"),
    }
}

/// A field whose content the history does not account for, in one sentence: "Kriteerin TK-10
/// tila on 'Täyttyy', mutta historian mukaan 'Ei täyty'".
fn not_in_history(lang: Lang, disagreement: &Disagreement) -> String {
    let (criterion, field) = &disagreement.key;
    let what = field_label(lang, field).to_lowercase();
    let whose = match (criterion, field) {
        (Some(id), _) => match lang {
            Lang::Fi => format!("Kriteerin {id} {what}"),
            Lang::Sv => format!("Kriteriet {id}: {what}"),
            Lang::En => format!("Criterion {id}: {what}"),
        },
        (None, Field::Evidence(id)) => match lang {
            Lang::Fi => format!("Näyttö {id}"),
            Lang::Sv => format!("Belägget {id}"),
            Lang::En => format!("Evidence item {id}"),
        },
        (None, _) => super::capitalised(&what),
    };
    // Short values are shown; an item's or the actions' full record is not.
    let shown = |value: &str| {
        (value.chars().count() <= 80 && !value.contains('\n') && !value.starts_with(['{', '[']))
            .then(|| field_value(lang, field, value))
    };
    match (
        shown(&disagreement.content),
        disagreement.history.as_deref(),
    ) {
        (Some(content), Some(history)) if shown(history).is_some() => {
            let history = field_value(lang, field, history);
            match lang {
                Lang::Fi => format!("{whose} on '{content}', mutta historian mukaan '{history}'"),
                Lang::Sv => format!("{whose} är '{content}', men enligt historiken '{history}'"),
                Lang::En => format!("{whose} is '{content}', but the history says '{history}'"),
            }
        }
        (_, None) => match lang {
            Lang::Fi => format!("{whose} on sisällössä, mutta historia ei kirjaa sitä"),
            Lang::Sv => format!("{whose} finns i innehållet, men historiken antecknar det inte"),
            Lang::En => format!("{whose} is in the content, but the history does not record it"),
        },
        _ => match lang {
            Lang::Fi => format!("{whose} ei ole sitä, mitä historia viimeksi kirjasi"),
            Lang::Sv => format!("{whose} är inte det som historiken senast antecknade"),
            Lang::En => format!("{whose} is not what the history last recorded"),
        },
    }
}

/// What an older file's history cannot vouch for, as a stated limit.
pub fn limit_message(lang: Lang, limit: Limit) -> &'static str {
    match limit {
        Limit::NoHistory => pick(
            lang,
            "Rajoitus: tiedostossa ei ole muutoshistoriaa (vanhempi tiedostomuoto), joten sisältöä ei voi tarkistaa historiaa vasten.",
            "Begränsning: filen har ingen ändringshistorik (äldre filformat), så innehållet kan inte kontrolleras mot historiken.",
            "Limit: the file has no change history (an older file format), so its content cannot be checked against one.",
        ),
        Limit::RecordedWithoutValues => pick(
            lang,
            "Rajoitus: historian vanhimmat merkinnät eivät kirjaa kenttien arvoja (vanhempi tiedostomuoto); kenttiä, joita ei ole muutettu sen jälkeen, ei voi tarkistaa historiaa vasten.",
            "Begränsning: historikens äldsta poster antecknar inte fältens värden (äldre filformat); fält som inte har ändrats sedan dess kan inte kontrolleras mot historiken.",
            "Limit: the history's oldest entries do not record the fields' values (an older file format); fields not changed since cannot be checked against the history.",
        ),
    }
}

/// A field's name, as the history shows it.
pub fn field_label(lang: Lang, field: &Field) -> &'static str {
    match field {
        Field::MunicipalityName => pick(lang, "Kunnan nimi", "Kommunens namn", "Municipality"),
        Field::MunicipalityCode => pick(lang, "Kuntanumero", "Kommunnummer", "Municipality code"),
        Field::Assessors => pick(lang, "Arvioijat", "Bedömare", "Assessors"),
        Field::Criteria => pick(lang, "Kriteeristö", "Kriterier", "Criteria set"),
        Field::Status => pick(lang, "Tila", "Status", "Status"),
        Field::Justification => pick(lang, "Perustelu", "Motivering", "Justification"),
        Field::EvidenceLinks => pick(lang, "Näytöt", "Belägg", "Evidence"),
        Field::Actions => pick(lang, "Toimenpiteet", "Åtgärder", "Actions"),
        Field::Evidence(_) => pick(lang, "Näyttö", "Belägg", "Evidence item"),
    }
}

/// A value as the history shows it: a status code becomes its label; nothing is "(tyhjä)".
pub fn field_value(lang: Lang, field: &Field, value: &str) -> String {
    if value.is_empty() {
        return pick(lang, "(tyhjä)", "(tomt)", "(empty)").to_owned();
    }
    if *field == Field::Status {
        let status = crate::domain::Status::ALL
            .into_iter()
            .find(|status| status.code() == value);
        if let Some(status) = status {
            return super::status_label(lang, status).to_owned();
        }
    }
    value.to_owned()
}

/// What an entry records, in a few words: "Tila", "Luotu", "Avattu muokattavaksi".
pub fn event_label(lang: Lang, event: &Event) -> String {
    match event {
        Event::Created => pick(
            lang,
            "Arviointi luotu",
            "Bedömningen skapad",
            "Assessment created",
        )
        .to_owned(),
        Event::Changed(Change { field, .. }) => field_label(lang, field).to_owned(),
        Event::Finalised => pick(
            lang,
            "Viimeistelty ja sinetöity",
            "Slutförd och förseglad",
            "Finalised and sealed",
        )
        .to_owned(),
        Event::Reopened { reason } => match lang {
            Lang::Fi => format!("Avattu muokattavaksi: {reason}"),
            Lang::Sv => format!("Öppnad för ändringar: {reason}"),
            Lang::En => format!("Reopened for edits: {reason}"),
        },
        Event::SealDidNotMatch => pick(
            lang,
            "Sinetti ei täsmännyt, kun arviointi avattiin muokattavaksi",
            "Förseglingen stämde inte när bedömningen öppnades för ändringar",
            "The seal did not match when the assessment was reopened for edits",
        )
        .to_owned(),
    }
}

/// Why a package could not be made or opened.
pub fn package_error_message(lang: Lang, error: &PackageError) -> String {
    match error {
        PackageError::Read(error) => super::read_error_message(lang, error),
        PackageError::Assessment(error) => super::load_error_message(lang, error),
        PackageError::Attachment { name, state } => {
            let problem = attachment_message(lang, name, state);
            match lang {
                Lang::Fi => format!("{problem}: paketti ei olisi täydellinen"),
                Lang::Sv => format!("{problem}: paketet skulle inte vara fullständigt"),
                Lang::En => format!("{problem}: the package would not be complete"),
            }
        }
        PackageError::Write(error) => super::ui::write_failure_reason(lang, &error.source),
        PackageError::Io(error) => {
            let reason = super::ui::write_failure_reason(lang, error);
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
