//! Words for evidence quality and requirements: why an item does not count, and what a
//! criterion requires. The app, the command line and the report all use these sentences.

use super::{Lang, join_and, join_or, pick};
use crate::domain::criteria::{Alternative, Criterion, EvidenceKind, Freshness};
use crate::domain::evidence::Body;
use crate::domain::quality::{ItemProblem, Part};
use crate::domain::readiness::{CriterionReadiness, Gap, ItemVerdict};

/// "valtuuston", "fullmäktige", "the council": a body as the owner of a decision.
fn body_owner(lang: Lang, body: Body) -> &'static str {
    match body {
        Body::Council => pick(lang, "valtuuston", "fullmäktige", "the council"),
        Body::Board => pick(
            lang,
            "kunnan-/kaupunginhallituksen",
            "kommun-/stadsstyrelsen",
            "the municipal/city board",
        ),
        Body::Committee => pick(lang, "lautakunnan", "en nämnd", "a committee"),
        Body::ManagementGroup => pick(
            lang,
            "johtoryhmän",
            "ledningsgruppen",
            "the management group",
        ),
        Body::Official => pick(lang, "viranhaltijan", "en tjänsteinnehavare", "an official"),
        Body::Other => pick(lang, "muun toimielimen", "ett annat organ", "another body"),
    }
}

fn bodies_or(lang: Lang, bodies: &[Body]) -> String {
    let names: Vec<String> = bodies
        .iter()
        .map(|&body| body_owner(lang, body).to_owned())
        .collect();
    join_or(lang, &names)
}

/// A part of an item, in a list of what is missing.
fn part_name(lang: Lang, kind: EvidenceKind, part: Part) -> &'static str {
    match part {
        Part::Subject => pick(lang, "asia", "ärende", "subject"),
        Part::BodyName => pick(lang, "toimielimen nimi", "organets namn", "the body's name"),
        Part::Date => match kind {
            EvidenceKind::Decision => pick(lang, "kokouspäivä", "mötesdatum", "meeting date"),
            EvidenceKind::Appointment => pick(
                lang,
                "nimeämispäivä",
                "datum för utnämningen",
                "date of appointment",
            ),
            EvidenceKind::WebPage => pick(
                lang,
                "tarkistuspäivä",
                "dagen då sidan kontrollerades",
                "the day it was checked",
            ),
            _ => pick(lang, "päiväys", "datum", "date"),
        },
        Part::Section => pick(lang, "pykälä (§)", "paragraf (§)", "section (§)"),
        Part::Person => pick(lang, "henkilön nimi", "personens namn", "the person's name"),
        Part::Role => pick(lang, "tehtävänimike", "titel", "role"),
        Part::Appointer => pick(lang, "nimeäjä", "vem som utsåg", "who appointed them"),
        Part::Title => pick(lang, "nimi", "rubrik", "title"),
        Part::Url => pick(lang, "osoite", "adress", "address"),
        Part::ApprovalDate => pick(
            lang,
            "hyväksymispäivä",
            "datum för godkännandet",
            "approval date",
        ),
        Part::ApprovalSection => pick(
            lang,
            "hyväksymisen pykälä (§)",
            "godkännandets paragraf (§)",
            "approval section (§)",
        ),
        Part::Purpose => pick(lang, "käyttötarkoitus", "ändamål", "purpose"),
        Part::Amount => pick(lang, "summa", "belopp", "amount"),
        Part::Year => pick(lang, "vuosi", "år", "year"),
        Part::Description => pick(lang, "kuvaus", "beskrivning", "description"),
    }
}

/// "Päätökseltä", "Beslutet", "The decision": the item as the subject of "lacks".
fn item_lacks(lang: Lang, kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Decision => pick(
            lang,
            "Päätökseltä puuttuu",
            "Beslutet saknar",
            "The decision lacks",
        ),
        EvidenceKind::Appointment => pick(
            lang,
            "Nimeämiseltä puuttuu",
            "Utnämningen saknar",
            "The appointment lacks",
        ),
        EvidenceKind::Document => pick(
            lang,
            "Asiakirjalta puuttuu",
            "Dokumentet saknar",
            "The document lacks",
        ),
        EvidenceKind::WebPage => pick(
            lang,
            "Verkkosivulta puuttuu",
            "Webbsidan saknar",
            "The web page lacks",
        ),
        EvidenceKind::Budget => pick(
            lang,
            "Talousarvion kohdalta puuttuu",
            "Budgetposten saknar",
            "The budget line lacks",
        ),
        EvidenceKind::Other => pick(lang, "Näytöltä puuttuu", "Beviset saknar", "The item lacks"),
    }
}

/// The text with its first letter in upper case.
pub(crate) fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

fn freshness_phrase(lang: Lang, fresh: Freshness) -> String {
    match fresh {
        Freshness::CouncilTerms(1) => pick(
            lang,
            "nykyiseltä valtuustokaudelta",
            "från den nuvarande fullmäktigeperioden",
            "from the current council term",
        )
        .to_owned(),
        Freshness::CouncilTerms(2) => pick(
            lang,
            "nykyiseltä tai edelliseltä valtuustokaudelta",
            "från den nuvarande eller föregående fullmäktigeperioden",
            "from the current or the previous council term",
        )
        .to_owned(),
        Freshness::CouncilTerms(n) => match lang {
            Lang::Fi => format!("{n} viimeisimmältä valtuustokaudelta"),
            Lang::Sv => format!("från de {n} senaste fullmäktigeperioderna"),
            Lang::En => format!("from the last {n} council terms"),
        },
        Freshness::Months(months) => match lang {
            Lang::Fi => format!("enintään {months} kuukautta vanha"),
            Lang::Sv => format!("högst {months} månader gammalt"),
            Lang::En => format!("at most {months} months old"),
        },
    }
}

/// Why an item does not count, as one sentence.
pub fn item_problem_message(lang: Lang, kind: EvidenceKind, problem: &ItemProblem) -> String {
    match problem {
        ItemProblem::Missing(parts) => {
            let names: Vec<String> = parts
                .iter()
                .map(|&part| part_name(lang, kind, part).to_owned())
                .collect();
            format!("{} {}.", item_lacks(lang, kind), join_and(lang, &names))
        }
        ItemProblem::DateInFuture => pick(
            lang,
            "Päivämäärä on tulevaisuudessa.",
            "Datumet ligger i framtiden.",
            "Its date is in the future.",
        )
        .to_owned(),
        ItemProblem::InvalidUrl => pick(
            lang,
            "Linkki ei ole verkko-osoite (https://…).",
            "Länken är inte en webbadress (https://…).",
            "The link is not a web address (https://…).",
        )
        .to_owned(),
        ItemProblem::AttachmentNotIntact(name) => match lang {
            Lang::Fi => format!("Liite {name} puuttuu tai on muuttunut."),
            Lang::Sv => format!("Bilagan {name} saknas eller har ändrats."),
            Lang::En => format!("The attachment {name} is missing or has changed."),
        },
        requirement => requirement_problem_message(lang, requirement).unwrap_or_default(),
    }
}

/// Why an item misses a criterion's requirement, as one sentence; `None` for the item's own
/// problems, which [`item_problem_message`] puts in words.
#[expect(
    clippy::too_many_lines,
    reason = "a table: one sentence per problem, in three languages"
)]
fn requirement_problem_message(lang: Lang, problem: &ItemProblem) -> Option<String> {
    let sentence = match problem {
        ItemProblem::KindNotAccepted { kind, accepted } => {
            let kinds: Vec<String> = accepted
                .iter()
                .map(|&kind| evidence_kind_in_sentence(lang, kind).to_owned())
                .collect();
            let this = capitalised(evidence_kind_in_sentence(lang, *kind));
            let needed = join_or(lang, &kinds);
            match lang {
                Lang::Fi => format!("{this} ei käy tämän kriteerin näytöksi: tarvitaan {needed}."),
                Lang::Sv => {
                    format!("{this} godtas inte som bevis för kriteriet: det krävs {needed}.")
                }
                Lang::En => format!("{this} does not count for this criterion: it needs {needed}."),
            }
        }
        ItemProblem::BodyNotAccepted { body, accepted } => {
            let this = body_owner(lang, *body);
            let needed = bodies_or(lang, accepted);
            match lang {
                Lang::Fi => format!(
                    "{} päätös ei riitä: tarvitaan {needed} päätös.",
                    capitalised(this)
                ),
                Lang::Sv => {
                    format!("Ett beslut av {this} räcker inte: det krävs ett beslut av {needed}.")
                }
                Lang::En => {
                    format!("A decision of {this} is not enough: it needs a decision of {needed}.")
                }
            }
        }
        ItemProblem::AppointerNotAccepted { accepted } => {
            let needed = bodies_or(lang, accepted);
            match lang {
                Lang::Fi => format!(
                    "Nimeäjäksi ei ole kirjattu hyväksyttyä toimielintä: tarvitaan {needed} nimeäminen."
                ),
                Lang::Sv => format!(
                    "Inget godtaget organ har antecknats som det som utsåg: det krävs en utnämning av {needed}."
                ),
                Lang::En => format!(
                    "No accepted body is recorded as appointing: it needs an appointment by {needed}."
                ),
            }
        }
        ItemProblem::NotApproved { accepted } => {
            let needed = bodies_or(lang, accepted);
            match lang {
                Lang::Fi => format!(
                    "Asiakirjaan ei ole kirjattu {needed} hyväksyntää (toimielin, päivä ja §)."
                ),
                Lang::Sv => format!(
                    "Inget godkännande av {needed} har antecknats för dokumentet (organ, datum och §)."
                ),
                Lang::En => format!(
                    "No approval by {needed} is recorded for the document (body, date and §)."
                ),
            }
        }
        ItemProblem::RoleNotAccepted { roles } => {
            let words: Vec<String> = roles.iter().map(|role| format!("”{role}”")).collect();
            let words = join_or(lang, &words);
            match lang {
                Lang::Fi => {
                    format!("Tehtävänimike ei vastaa kriteeriä: nimikkeessä pitää olla {words}.")
                }
                Lang::Sv => {
                    format!("Titeln motsvarar inte kriteriet: titeln ska innehålla {words}.")
                }
                Lang::En => {
                    format!("The role does not match the criterion: it must contain {words}.")
                }
            }
        }
        ItemProblem::TooOld(fresh) => {
            let needed = freshness_phrase(lang, *fresh);
            match lang {
                Lang::Fi => format!("Näyttö on liian vanha: sen pitää olla {needed}."),
                Lang::Sv => format!("Beviset är för gammalt: det ska vara {needed}."),
                Lang::En => format!("The item is too old: it must be {needed}."),
            }
        }
        ItemProblem::Missing(_)
        | ItemProblem::DateInFuture
        | ItemProblem::InvalidUrl
        | ItemProblem::AttachmentNotIntact(_) => return None,
    };
    Some(sentence)
}

/// The linked items of a criterion whose reasons are listed under its gap: every item that
/// does not count, except a criterion's only item whose reason the gap message already gives.
pub fn items_to_list<'r>(criterion: &'r CriterionReadiness<'_>) -> Vec<&'r ItemVerdict> {
    let said = criterion.gap == Some(Gap::EvidenceInsufficient) && criterion.items.len() == 1;
    if said {
        return Vec::new();
    }
    criterion
        .items
        .iter()
        .filter(|item| !item.qualifies())
        .collect()
}

/// Every reason an item does not count, as sentences in one line; empty when it counts.
pub fn item_verdict_message(lang: Lang, item: &ItemVerdict) -> String {
    let sentences: Vec<String> = item
        .problems()
        .iter()
        .map(|problem| item_problem_message(lang, item.kind, problem))
        .collect();
    sentences.join(" ")
}

/// One alternative of a requirement in words: "valtuuston tai kunnan-/kaupunginhallituksen päätös".
pub fn alternative_phrase(lang: Lang, alternative: &Alternative) -> String {
    let mut phrase = alternative_core(lang, alternative);
    if alternative.judgement {
        phrase.push_str(judgement_suffix(lang));
    }
    phrase
}

fn judgement_suffix(lang: Lang) -> &'static str {
    pick(
        lang,
        " (arvioijan harkinnan mukaan)",
        " (enligt bedömarens omdöme)",
        " (by the assessor's judgement)",
    )
}

/// An alternative without the note on judgement.
fn alternative_core(lang: Lang, alternative: &Alternative) -> String {
    let bodies = bodies_or(lang, &alternative.bodies);
    let has_bodies = !alternative.bodies.is_empty();
    let mut phrase = match (alternative.kind, has_bodies) {
        (EvidenceKind::Decision, true) => match lang {
            Lang::Fi => format!("{bodies} päätös"),
            Lang::Sv => format!("ett beslut av {bodies}"),
            Lang::En => format!("a decision of {bodies}"),
        },
        (EvidenceKind::Appointment, true) => match lang {
            Lang::Fi => format!("{bodies} tekemä nimeäminen"),
            Lang::Sv => format!("en utnämning av {bodies}"),
            Lang::En => format!("an appointment by {bodies}"),
        },
        (EvidenceKind::Document, true) => match lang {
            Lang::Fi => format!("{bodies} hyväksymä asiakirja"),
            Lang::Sv => format!("ett dokument som {bodies} har godkänt"),
            Lang::En => format!("a document approved by {bodies}"),
        },
        (kind, _) => evidence_kind_in_sentence(lang, kind).to_owned(),
    };
    if !alternative.roles.is_empty() {
        let words: Vec<String> = alternative.roles.iter().map(|r| format!("”{r}”")).collect();
        let words = join_or(lang, &words);
        let roles = match lang {
            Lang::Fi => format!(" (nimikkeessä {words})"),
            Lang::Sv => format!(" (titeln innehåller {words})"),
            Lang::En => format!(" (the role contains {words})"),
        };
        phrase.push_str(&roles);
    }
    if let Some(fresh) = alternative.fresh {
        phrase.push_str(", ");
        phrase.push_str(&freshness_phrase(lang, fresh));
    }
    phrase
}

/// What a criterion requires, in one sentence; `None` for a format 1 set without requirements.
pub fn requirement_sentence(lang: Lang, criterion: &Criterion) -> Option<String> {
    let requirement = criterion.requirement.as_ref()?;
    // When every alternative rests on judgement, say so once, at the end.
    let all_judgement = requirement.any_of.iter().all(|a| a.judgement);
    let phrases: Vec<String> = requirement
        .any_of
        .iter()
        .map(|alternative| {
            if all_judgement {
                alternative_core(lang, alternative)
            } else {
                alternative_phrase(lang, alternative)
            }
        })
        .collect();
    let mut needed = join_or(lang, &phrases);
    if all_judgement {
        needed.push_str(judgement_suffix(lang));
    }
    Some(match lang {
        Lang::Fi => format!("Näytöksi käy {needed}."),
        Lang::Sv => format!("Som bevis godtas {needed}."),
        Lang::En => format!("Evidence that counts: {needed}."),
    })
}

/// "Sovelluksen tulkinta", shown beside a requirement: it is the project's reading.
pub fn reading_label(lang: Lang) -> &'static str {
    pick(
        lang,
        "Sovelluksen tulkinta, ei verkoston virallinen vaatimus",
        "Programmets tolkning, inte nätverkets officiella krav",
        "The app's reading, not the network's official requirement",
    )
}

/// "Arvioijan harkinta", beside an item that counts by the assessor's judgement.
pub fn judgement_note(lang: Lang) -> &'static str {
    pick(
        lang,
        "Kelpaa arvioijan harkinnan mukaan",
        "Godtas enligt bedömarens omdöme",
        "Counts by the assessor's judgement",
    )
}

/// An evidence kind inside a sentence: "päätös", "ett beslut", "a decision".
pub fn evidence_kind_in_sentence(lang: Lang, kind: EvidenceKind) -> &'static str {
    match kind {
        EvidenceKind::Decision => pick(lang, "päätös", "ett beslut", "a decision"),
        EvidenceKind::Appointment => pick(lang, "nimeäminen", "en utnämning", "an appointment"),
        EvidenceKind::Document => pick(lang, "asiakirja", "ett dokument", "a document"),
        EvidenceKind::WebPage => pick(lang, "verkkosivu", "en webbsida", "a web page"),
        EvidenceKind::Budget => pick(lang, "talousarvion kohta", "en budgetpost", "a budget line"),
        EvidenceKind::Other => pick(lang, "muu näyttö", "annat bevis", "other evidence"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_blank_decision_says_what_it_lacks() {
        let problem = ItemProblem::Missing(vec![Part::Subject, Part::Date, Part::Section]);
        assert_eq!(
            item_problem_message(Lang::Fi, EvidenceKind::Decision, &problem),
            "Päätökseltä puuttuu asia, kokouspäivä ja pykälä (§)."
        );
        assert_eq!(
            item_problem_message(Lang::En, EvidenceKind::Decision, &problem),
            "The decision lacks subject, meeting date and section (§)."
        );
    }

    #[test]
    fn a_committee_decision_says_which_bodies_count() {
        let problem = ItemProblem::BodyNotAccepted {
            body: Body::Committee,
            accepted: vec![Body::Council, Body::Board].into(),
        };
        assert_eq!(
            item_problem_message(Lang::Fi, EvidenceKind::Decision, &problem),
            "Lautakunnan päätös ei riitä: tarvitaan valtuuston tai kunnan-/kaupunginhallituksen päätös."
        );
        assert_eq!(
            item_problem_message(Lang::Sv, EvidenceKind::Decision, &problem),
            "Ett beslut av en nämnd räcker inte: det krävs ett beslut av fullmäktige eller kommun-/stadsstyrelsen."
        );
    }
}
