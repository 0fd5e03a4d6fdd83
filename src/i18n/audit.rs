//! Words of the audit trail: history entries, the seal, replay disagreements, reviews (the
//! words for what storage finds are in `storage::words`).

use jiff::tz::TimeZone;

use super::{Lang, pick};
use crate::domain::dates::{Timestamp, format_date};
use crate::domain::history::replay::{Disagreement, Limit};
use crate::domain::history::{ChainProblem, Change, Event, Field};

/// A moment as Finnish readers expect it, in local time: `24.11.2026 klo 14.05`.
pub fn date_time(lang: Lang, at: Timestamp, zone: &TimeZone) -> String {
    let zoned = at.to_zoned_datetime(zone.clone());
    let (date, hour, minute) = (format_date(zoned.date()), zoned.hour(), zoned.minute());
    match lang {
        Lang::Fi => format!("{date} klo {hour}.{minute:02}"),
        Lang::Sv => format!("{date} kl. {hour}.{minute:02}"),
        Lang::En => format!("{date} at {hour}:{minute:02}"),
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
pub fn sealed_line(lang: Lang, at: Timestamp, zone: &TimeZone, by: &str) -> String {
    let when = date_time(lang, at, zone);
    match lang {
        Lang::Fi => format!("Viimeistelty {when} ({by})"),
        Lang::Sv => format!("Slutförd {when} ({by})"),
        Lang::En => format!("Finalised {when} ({by})"),
    }
}

/// A field whose content the history does not account for, in one sentence: "Kriteerin TK-10
/// tila on 'Täyttyy', mutta historian mukaan 'Ei täyty'".
pub fn not_in_history(lang: Lang, disagreement: &Disagreement) -> String {
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
        Field::ContactPerson => pick(lang, "Yhteyshenkilö", "Kontaktperson", "Contact person"),
        Field::ElectedOfficial => pick(
            lang,
            "Vastuullinen luottamushenkilö",
            "Ansvarig förtroendevald",
            "Responsible elected official",
        ),
        Field::SteeringGroup => pick(lang, "Ohjausryhmä", "Styrgrupp", "Steering group"),
        Field::Proposal => pick(
            lang,
            "Esitys ohjausryhmälle",
            "Förslag till styrgruppen",
            "Proposal to the steering group",
        ),
        Field::GroupViews => pick(
            lang,
            "Ohjausryhmän näkemykset",
            "Styrgruppens synpunkter",
            "The steering group's views",
        ),
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
    field_value_for_people(lang, field, value, &|_| None)
}

/// A value as a person reads it: as [`field_value`], and also each evidence link recorded as
/// a bare id (the item had no title yet when the link was recorded) shown by what `item`
/// says of it now, and each action's `[ ]` / `[x]` mark as a word.
pub fn field_value_for_people(
    lang: Lang,
    field: &Field,
    value: &str,
    item: &dyn Fn(&str) -> Option<String>,
) -> String {
    if value.is_empty() {
        return pick(lang, "(tyhjä)", "(tomt)", "(empty)").to_owned();
    }
    match field {
        Field::Status => {
            let status = crate::domain::Status::ALL
                .into_iter()
                .find(|status| status.code() == value);
            if let Some(status) = status {
                return super::status_label(lang, status).to_owned();
            }
            value.to_owned()
        }
        Field::EvidenceLinks => value
            .lines()
            .map(|line| item(line).unwrap_or_else(|| line.to_owned()))
            .collect::<Vec<_>>()
            .join("\n"),
        Field::Actions => value
            .lines()
            .map(|line| {
                if let Some(rest) = line.strip_prefix("[x] ") {
                    format!("{} {rest}", pick(lang, "tehty:", "klar:", "done:"))
                } else if let Some(rest) = line.strip_prefix("[ ] ") {
                    format!("{} {rest}", pick(lang, "avoin:", "öppen:", "open:"))
                } else {
                    line.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\n"),
        _ => value.to_owned(),
    }
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
