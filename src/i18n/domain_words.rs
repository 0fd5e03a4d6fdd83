//! Words for the domain's values: statuses, evidence kinds, gaps, the verdict, field issues.

use super::{Lang, count, criteria_count, evidence_kind_in_sentence, join_or, pick};
use crate::domain::assessment::{CriteriaMatch, Status};
use crate::domain::criteria::EvidenceKind;
use crate::domain::evidence::Body;
use crate::domain::readiness::{CriterionReadiness, Gap, Readiness};
use crate::domain::validation::Issue;

/// A status as a form or a list shows it.
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match status {
        Status::NotAssessed => pick(lang, "Ei arvioitu", "Inte bedömt", "Not assessed"),
        Status::Met => pick(lang, "Täyttyy", "Uppfyllt", "Met"),
        Status::PartlyMet => pick(lang, "Täyttyy osittain", "Delvis uppfyllt", "Partly met"),
        Status::NotMet => pick(lang, "Ei täyty", "Inte uppfyllt", "Not met"),
    }
}

/// An evidence kind's name, as a label: "Päätös", "Beslut", "Decision".
pub fn evidence_kind_label(lang: Lang, kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Decision => pick(lang, "Päätös", "Beslut", "Decision"),
        EvidenceKind::Appointment => pick(lang, "Nimeäminen", "Utnämning", "Appointment"),
        EvidenceKind::Document => pick(lang, "Asiakirja", "Dokument", "Document"),
        EvidenceKind::WebPage => pick(lang, "Verkkosivu", "Webbsida", "Web page"),
        EvidenceKind::Budget => pick(lang, "Talousarvio", "Budget", "Budget"),
        EvidenceKind::Other => pick(lang, "Muu näyttö", "Annat bevis", "Other evidence"),
    }
}

/// A deciding body's name.
pub fn body_label(lang: Lang, body: Body) -> &'static str {
    match body {
        Body::Council => pick(lang, "Valtuusto", "Fullmäktige", "Council"),
        Body::Board => pick(
            lang,
            "Kunnan-/kaupunginhallitus",
            "Kommun-/stadsstyrelsen",
            "Municipal/city board",
        ),
        Body::Committee => pick(lang, "Lautakunta", "Nämnd", "Committee"),
        Body::ManagementGroup => pick(lang, "Johtoryhmä", "Ledningsgrupp", "Management group"),
        Body::Official => pick(lang, "Viranhaltija", "Tjänsteinnehavare", "Official"),
        Body::Other => pick(lang, "Muu toimielin", "Annat organ", "Other body"),
    }
}

/// "usually a decision or a document", for a criterion's usual evidence kinds.
pub(crate) fn usual_evidence(lang: Lang, kinds: &[EvidenceKind]) -> String {
    if kinds.is_empty() {
        return pick(lang, "näyttö", "bevis", "evidence").to_owned();
    }
    let names: Vec<String> = kinds
        .iter()
        .map(|&kind| evidence_kind_in_sentence(lang, kind).to_owned())
        .collect();
    let prefix = pick(
        lang,
        "näyttö, tavallisesti",
        "bevis, vanligen",
        "evidence, usually",
    );
    format!("{prefix} {}", join_or(lang, &names))
}

fn open_actions(lang: Lang, n: usize) -> String {
    if n == 0 {
        return pick(
            lang,
            "Kirjaa toimenpiteet, joilla puute korjataan.",
            "Anteckna åtgärderna som avhjälper bristen.",
            "Record the actions that will close the gap.",
        )
        .to_owned();
    }
    actions_open(lang, n)
}

/// "3 toimenpidettä", "3 åtgärder", "3 actions".
pub fn action_count(lang: Lang, n: usize) -> String {
    count(
        lang,
        n,
        ["toimenpide", "åtgärd", "action"],
        ["toimenpidettä", "åtgärder", "actions"],
    )
}

/// "2 toimenpidettä kesken.", "2 åtgärder pågår.", "2 actions open.".
pub fn actions_open(lang: Lang, n: usize) -> String {
    let actions = action_count(lang, n);
    match lang {
        Lang::Fi => format!("{actions} kesken."),
        Lang::Sv => format!("{actions} pågår."),
        Lang::En => format!("{actions} open."),
    }
}

/// "2 näyttöä", "2 bevis", "2 evidence items".
pub fn evidence_count(lang: Lang, n: usize) -> String {
    count(
        lang,
        n,
        ["näyttö", "bevis", "evidence item"],
        ["näyttöä", "bevis", "evidence items"],
    )
}

/// What is missing for a criterion, in words a coordinator acts on. Empty when it counts as met.
pub fn gap_message(lang: Lang, criterion: &CriterionReadiness<'_>) -> String {
    let Some(gap) = criterion.gap else {
        return String::new();
    };
    let evidence = usual_evidence(lang, &criterion.criterion.evidence_kinds);
    let required = super::requirement_sentence(lang, criterion.criterion);
    match gap {
        Gap::NotAssessed if criterion.evidence_count > 0 => {
            let recorded = evidence_count(lang, criterion.evidence_count);
            match lang {
                Lang::Fi => format!("Ei vielä arvioitu. Valitse tila; jo kirjattu: {recorded}."),
                Lang::Sv => format!("Inte bedömt ännu. Välj status; redan antecknat: {recorded}."),
                Lang::En => {
                    format!("Not assessed yet. Choose a status; already recorded: {recorded}.")
                }
            }
        }
        Gap::NotAssessed => match lang {
            Lang::Fi => format!("Ei vielä arvioitu. Arvioi kriteeri ja lisää {evidence}."),
            Lang::Sv => format!("Inte bedömt ännu. Bedöm kriteriet och lägg till {evidence}."),
            Lang::En => format!("Not assessed yet. Assess the criterion and add {evidence}."),
        },
        Gap::MetWithoutEvidence => match (lang, required) {
            (Lang::Fi, Some(required)) => {
                format!("Merkitty täyttyväksi, mutta näyttö puuttuu. {required}")
            }
            (Lang::Sv, Some(required)) => {
                format!("Markerat som uppfyllt, men bevis saknas. {required}")
            }
            (Lang::En, Some(required)) => {
                format!("Marked met, but no evidence backs it. {required}")
            }
            (Lang::Fi, None) => {
                format!("Merkitty täyttyväksi, mutta näyttö puuttuu. Lisää {evidence}.")
            }
            (Lang::Sv, None) => {
                format!("Markerat som uppfyllt, men bevis saknas. Lägg till {evidence}.")
            }
            (Lang::En, None) => format!("Marked met, but no evidence backs it. Add {evidence}."),
        },
        Gap::EvidenceInsufficient => {
            let first = criterion
                .items
                .iter()
                .find(|item| !item.qualifies())
                .map(|item| super::item_verdict_message(lang, item))
                .unwrap_or_default();
            let head = pick(
                lang,
                "Merkitty täyttyväksi, mutta linkitetty näyttö ei riitä.",
                "Markerat som uppfyllt, men det länkade beviset räcker inte.",
                "Marked met, but the linked evidence is not enough.",
            );
            let rest = criterion.items.len().saturating_sub(1);
            let more = if rest == 0 {
                String::new()
            } else {
                match lang {
                    Lang::Fi => format!(" (ja {rest} muuta näyttöä, jotka eivät myöskään kelpaa)"),
                    Lang::Sv => format!(" (och {rest} andra bevis som inte heller räcker)"),
                    Lang::En => format!(" (and {rest} more that do not count either)"),
                }
            };
            format!("{head} {first}{more}")
        }
        Gap::PartlyMet => format!(
            "{} {}",
            pick(lang, "Täyttyy osittain.", "Delvis uppfyllt.", "Partly met."),
            open_actions(lang, criterion.open_actions)
        ),
        Gap::NotMet => format!(
            "{} {}",
            pick(lang, "Ei täyty.", "Inte uppfyllt.", "Not met."),
            open_actions(lang, criterion.open_actions)
        ),
    }
}

/// The verdict in one sentence: "Valmis liittymään" or "Ei vielä valmis: 3 kriteeriä puuttuu".
pub fn verdict_sentence(lang: Lang, readiness: &Readiness<'_>) -> String {
    if readiness.unaccounted && !readiness.seal_broken {
        return pick(
            lang,
            "Ei valmis: sisältöä on muutettu muutoshistorian ohi, joten arviota ei voi pitää luotettavana.",
            "Inte redo: innehållet har ändrats förbi ändringshistoriken, så bedömningen kan inte anses tillförlitlig.",
            "Not ready: the content was changed behind its change history, so the assessment cannot be relied on.",
        )
        .to_owned();
    }
    if readiness.seal_broken {
        return pick(
            lang,
            "Ei valmis: sinetöity sisältö on muuttunut viimeistelyn jälkeen, joten arviota ei voi pitää luotettavana.",
            "Inte redo: det förseglade innehållet har ändrats efter att bedömningen slutfördes, så den kan inte anses tillförlitlig.",
            "Not ready: the sealed content has changed since it was finalised, so the assessment cannot be relied on.",
        )
        .to_owned();
    }
    let missing = readiness.gaps().count();
    if missing == 0 {
        let all = criteria_count(lang, readiness.criteria.len());
        match lang {
            Lang::Fi => {
                format!("Valmis liittymään: kaikki {all} täyttyvät, ja näyttö tukee niitä.")
            }
            Lang::Sv => {
                format!("Redo att ansluta sig: alla {all} är uppfyllda och styrkta med bevis.")
            }
            Lang::En => format!("Ready to join: all {all} are met and backed by evidence."),
        }
    } else {
        let missing = criteria_count(lang, missing);
        match lang {
            Lang::Fi => format!("Ei vielä valmis: {missing} puuttuu."),
            Lang::Sv => format!("Inte redo ännu: {missing} saknas."),
            Lang::En => format!("Not ready yet: {missing} missing."),
        }
    }
}

/// "Kriteeri 3", "Kriterium 3", "Criterion 3".
pub fn criterion_number(lang: Lang, number: u32) -> String {
    format!(
        "{} {number}",
        pick(lang, "Kriteeri", "Kriterium", "Criterion")
    )
}

/// Progress in words a reader needs no key for: "Arvioitu 7/10 kriteeriä. Täyttyy näytön
/// kanssa 4/10. Merkitty täyttyväksi 5; näyttöä linkitetty 6 kriteeriin."
pub fn progress_line(lang: Lang, readiness: &Readiness<'_>) -> String {
    let p = readiness.progress();
    let (assessed, total, counted, met, evidenced) =
        (p.assessed, p.total, p.counted, p.met, p.evidenced);
    match lang {
        Lang::Fi => format!(
            "Arvioitu {assessed}/{total} kriteeriä. Täyttyy näytön kanssa {counted}/{total}. Merkitty täyttyväksi {met}; näyttöä linkitetty {evidenced} kriteeriin."
        ),
        Lang::Sv => {
            let noun = if evidenced == 1 {
                "kriterium"
            } else {
                "kriterier"
            };
            format!(
                "Bedömda {assessed}/{total} kriterier. Uppfyllda med bevis {counted}/{total}. Markerade som uppfyllda {met}; bevis länkade till {evidenced} {noun}."
            )
        }
        Lang::En => {
            let noun = if evidenced == 1 {
                "criterion"
            } else {
                "criteria"
            };
            format!(
                "Assessed {assessed}/{total} criteria. Met with evidence {counted}/{total}. Marked met {met}; evidence linked to {evidenced} {noun}."
            )
        }
    }
}

/// A warning when the criteria have changed since the assessment was made; `None` when not.
pub fn criteria_match_warning(lang: Lang, criteria_match: CriteriaMatch) -> Option<&'static str> {
    match criteria_match {
        CriteriaMatch::Same => None,
        CriteriaMatch::ContentChanged => Some(pick(
            lang,
            "Kriteerien sanamuoto on muuttunut arvioinnin tekemisen jälkeen: tarkista vastaukset.",
            "Kriteriernas ordalydelse har ändrats efter att bedömningen gjordes: kontrollera svaren.",
            "The criteria's wording has changed since the assessment was made: check the answers.",
        )),
        CriteriaMatch::Other => Some(pick(
            lang,
            "Arviointi on tehty toisen kriteeristön tai version mukaan.",
            "Bedömningen har gjorts enligt en annan kriterieuppsättning eller version.",
            "The assessment was made against another criteria set or version.",
        )),
    }
}

/// "Kriteeristön kausi 2017–2020 on päättynyt…" when `set`'s period has ended by `today`,
/// with where to look for newer criteria (the address follows in the text when `with_address`,
/// for paper and the console; a screen shows it as a link beside the sentence).
pub fn period_ended_warning(
    lang: Lang,
    set: &crate::domain::criteria::CriteriaSet,
    today: crate::domain::dates::Date,
    with_address: bool,
) -> Option<String> {
    if !set.period_has_ended(today) {
        return None;
    }
    let period = set.period;
    let mut sentence = match lang {
        Lang::Fi => format!(
            "Kriteeristön verkostokausi {period} on päättynyt: uudemmat kriteerit voivat olla voimassa. Tarkista ajantasaiset kriteerit verkoston sivulta ennen hakemusta."
        ),
        Lang::Sv => format!(
            "Kriterieuppsättningens nätverksperiod {period} har gått ut: nyare kriterier kan gälla. Kontrollera de aktuella kriterierna på nätverkets sida före ansökan."
        ),
        Lang::En => format!(
            "The criteria set's network period {period} has ended: newer criteria may apply. Check the current criteria on the network's page before applying."
        ),
    };
    if let Some(url) = set.network_url.as_deref().filter(|_| with_address) {
        sentence = format!("{sentence} {url}");
    }
    Some(sentence)
}

/// Said when an assessment was made against an older version of its criteria set than the
/// newest the app knows.
pub fn newer_version_note(lang: Lang, version: &str, newest: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Kriteeristöstä on uudempi versio {newest}; arviointi on tehty version {version} mukaan. Sovellus näyttää muutokset ja tarjoaa arvioinnin siirtoa uuteen versioon, kun arviointi avataan."
        ),
        Lang::Sv => format!(
            "Det finns en nyare version {newest} av kriterieuppsättningen; bedömningen har gjorts enligt version {version}. Programmet visar ändringarna och erbjuder att flytta bedömningen till den nya versionen när bedömningen öppnas."
        ),
        Lang::En => format!(
            "There is a newer version {newest} of the criteria set; the assessment was made against version {version}. The app shows the changes and offers to move the assessment to the new version when it is opened."
        ),
    }
}

/// The link text for a set's network page: "Terve Kunta -verkoston sivu (THL)".
pub fn network_page_link(lang: Lang) -> &'static str {
    pick(
        lang,
        "Verkoston sivu: ajantasaiset kriteerit",
        "Nätverkets sida: de aktuella kriterierna",
        "The network's page: the current criteria",
    )
}

/// The message shown next to a field for a validation issue.
pub fn issue_message(lang: Lang, issue: &Issue) -> String {
    match issue {
        Issue::Empty => pick(
            lang,
            "Täytä tämä kenttä",
            "Fyll i det här fältet",
            "Fill in this field",
        )
        .to_owned(),
        Issue::KuntanumeroNotThreeDigits => pick(
            lang,
            "Kuntanumerossa on kolme numeroa, esimerkiksi 049",
            "Kommunnumret har tre siffror, till exempel 049",
            "A municipality code has three digits, for example 049",
        )
        .to_owned(),
        Issue::DecisionWithoutDate => pick(
            lang,
            "Anna päätöksen kokouspäivä, esimerkiksi 10.11.2025",
            "Ange beslutets mötesdatum, till exempel 10.11.2025",
            "Enter the decision's meeting date, for example 10.11.2025",
        )
        .to_owned(),
        Issue::DateInFuture => pick(
            lang,
            "Päivämäärä on tulevaisuudessa",
            "Datumet ligger i framtiden",
            "The date is in the future",
        )
        .to_owned(),
        Issue::MetWithoutEvidence => pick(
            lang,
            "Täyttyy vain, kun näyttö tukee sitä: lisää tai linkitä näyttö",
            "Uppfyllt räknas bara med bevis: lägg till eller länka bevis",
            "Met counts only with evidence: add or link evidence",
        )
        .to_owned(),
        Issue::MissingEvidence(id) => match lang {
            Lang::Fi => format!("Linkitettyä näyttöä {id} ei ole enää"),
            Lang::Sv => format!("Det länkade beviset {id} finns inte längre"),
            Lang::En => format!("The linked evidence {id} no longer exists"),
        },
        Issue::InvalidEmail => pick(
            lang,
            "Sähköpostiosoitteessa pitää olla nimi, @ ja verkkotunnus, eikä välilyöntejä",
            "E-postadressen ska ha ett namn, @ och en domän, och inga mellanslag",
            "An e-mail address needs a name, @ and a domain, and no spaces",
        )
        .to_owned(),
        Issue::InvalidUrl => pick(
            lang,
            "Osoitteen pitää alkaa https:// tai http:// eikä siinä saa olla välilyöntejä",
            "Adressen ska börja med https:// eller http:// och får inte innehålla mellanslag",
            "The address must start with https:// or http:// and contain no spaces",
        )
        .to_owned(),
        Issue::NegativeAmount => pick(
            lang,
            "Summa ei voi olla negatiivinen",
            "Beloppet kan inte vara negativt",
            "The amount cannot be negative",
        )
        .to_owned(),
        Issue::ImplausibleYear => {
            pick(lang, "Tarkista vuosi", "Kontrollera året", "Check the year").to_owned()
        }
    }
}

/// An evidence item in one line, as a list or a report shows it: "Kunnanhallitus 10.11.2025
/// § 318, Dnro ESIDno-2025-412: Liittyminen Terve Kunta -verkostoon".
#[expect(
    clippy::too_many_lines,
    reason = "a table: one line of words per evidence kind, in three languages"
)]
pub fn evidence_summary(lang: Lang, evidence: &crate::domain::evidence::Evidence) -> String {
    use crate::domain::dates::format_date;
    use crate::domain::evidence::EvidenceDetails as D;

    let date = evidence.date.map(format_date);
    let mut parts: Vec<String> = Vec::new();
    let join = |parts: Vec<String>| {
        parts
            .into_iter()
            .filter(|part| !part.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let summary = match &evidence.details {
        D::Decision { .. } => decision_summary(lang, &evidence.details, date.as_deref()),
        D::Appointment {
            person,
            role,
            appointed_by,
            appointing_body,
        } => {
            parts.push(person.trim().to_owned());
            parts.push(role.trim().to_owned());
            let appointer = if appointed_by.trim().is_empty() {
                appointing_body.map_or("", |body| body_label(lang, body))
            } else {
                appointed_by.trim()
            };
            if !appointer.is_empty() {
                parts.push(format!(
                    "{} {appointer}",
                    pick(lang, "nimeäjä", "utsedd av", "appointed by"),
                ));
            }
            parts.extend(date);
            join(parts)
        }
        D::Document {
            title,
            url,
            approved_by,
            approved_on,
            approval_section,
        } => {
            parts.push(title.trim().to_owned());
            parts.extend(date);
            if let Some(body) = approved_by {
                let mut approval = format!(
                    "{} {}",
                    pick(lang, "hyväksynyt", "godkänt av", "approved by"),
                    body_label(lang, *body)
                );
                if let Some(day) = approved_on {
                    approval = format!("{approval} {}", format_date(*day));
                }
                if !approval_section.trim().is_empty() {
                    approval = format!("{approval} § {}", approval_section.trim());
                }
                parts.push(approval);
            }
            parts.push(url.trim().to_owned());
            join(parts)
        }
        D::WebPage { title, url } => {
            parts.push(title.trim().to_owned());
            parts.push(url.trim().to_owned());
            if let Some(date) = date {
                parts.push(format!(
                    "{} {date}",
                    pick(lang, "tarkistettu", "kontrollerad", "checked")
                ));
            }
            join(parts)
        }
        D::Budget {
            purpose,
            amount_cents,
            year,
        } => {
            parts.push(purpose.trim().to_owned());
            parts.extend(amount_cents.map(crate::domain::money::format_euros));
            parts.extend(year.map(|year| year.to_string()));
            parts.extend(date);
            join(parts)
        }
        D::Other { description } => {
            parts.push(description.trim().to_owned());
            parts.extend(date);
            join(parts)
        }
    };
    if summary.is_empty() {
        evidence_kind_label(lang, evidence.kind()).to_owned()
    } else {
        summary
    }
}

/// "Kunnanhallitus 10.11.2025 § 318, Dnro ESIDno-2025-412: subject".
fn decision_summary(
    lang: Lang,
    details: &crate::domain::evidence::EvidenceDetails,
    date: Option<&str>,
) -> String {
    let crate::domain::evidence::EvidenceDetails::Decision {
        body,
        body_name,
        subject,
        section,
        diary_number,
        ..
    } = details
    else {
        return String::new();
    };
    let mut head = if body_name.trim().is_empty() {
        body_label(lang, *body).to_owned()
    } else {
        body_name.trim().to_owned()
    };
    if let Some(date) = date {
        head = format!("{head} {date}");
    }
    if !section.trim().is_empty() {
        head = format!("{head} § {}", section.trim());
    }
    if !diary_number.trim().is_empty() {
        head = format!(
            "{head}, {} {}",
            pick(lang, "Dnro", "Dnr", "Ref."),
            diary_number.trim()
        );
    }
    if subject.trim().is_empty() {
        head
    } else {
        format!("{head}: {}", subject.trim())
    }
}
