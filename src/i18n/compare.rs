//! The words of a comparison of two assessments.

use super::{Lang, pick};
use crate::domain::assessment::Status;
use crate::domain::compare::{Comparison, NotComparable, Presence, Standing};
use crate::domain::overview::Summary;
use crate::domain::{Assessment, CriteriaSet, CriterionId};

texts! {
    Heading => "Vertailu", "Jämförelse", "Comparison";
    Before => "Ennen", "Före", "Before";
    After => "Nyt", "Nu", "Now";
    Criteria => "Kriteerit", "Kriterier", "Criteria";
    EvidenceAdded => "Lisätty näyttö", "Tillagda bevis", "Evidence added";
    EvidenceRemoved => "Poistettu näyttö", "Borttagna bevis", "Evidence removed";
    ActionsDone => "Tehdyt toimenpiteet", "Genomförda åtgärder", "Actions done";
    ActionsNew => "Uudet toimenpiteet", "Nya åtgärder", "New actions";
    NewCriterion => "uusi kriteeri", "nytt kriterium", "new criterion";
    RemovedCriterion => "poistunut kriteeri", "borttaget kriterium", "criterion removed";
    None => "ei mitään", "inget", "none";
    Overview => "Alueellinen yhteenveto", "Regional översikt", "Regional overview";
    ColMunicipality => "Kunta", "Kommun", "Municipality";
    ColFile => "Tiedosto", "Fil", "File";
    ColVerdict => "Tulos", "Resultat", "Verdict";
    ColModified => "Muutettu", "Ändrad", "Changed";
    ColSealed => "Sinetöity", "Förseglad", "Sealed";
    ColCheck => "Tarkistus", "Kontroll", "Check";
    Ready => "valmis", "redo", "ready";
    NotReady => "ei valmis", "inte redo", "not ready";
    Intact => "ehjä", "oförändrad", "intact";
    Unreadable => "lukukelvoton", "oläslig", "unreadable";
    SetUnknown => "kriteeristöä ei löydy", "kriterierna hittas inte", "criteria set not found";
    Yes => "kyllä", "ja", "yes";
    No => "ei", "nej", "no";
    Assessments => "Arviointeja", "Bedömningar", "Assessments";
    ReadyCount => "Valmiina liittymään", "Redo att ansluta sig", "Ready to join";
    NotIntactCount => "Poikkeamia tai lukukelvottomia", "Med avvikelser eller olästa", "With findings or unreadable";
    Legend => "Merkit: + täyttyy näytön kanssa, ! täyttyy ilman riittävää näyttöä, ~ täyttyy osittain, x ei täyty, . ei arvioitu", "Tecken: + uppfyllt med bevis, ! uppfyllt utan tillräckliga bevis, ~ delvis uppfyllt, x inte uppfyllt, . inte bedömt", "Marks: + met with evidence, ! met without enough evidence, ~ partly met, x not met, . not assessed";
}

/// A criterion's short title, from the newer set when it has it (`sets`: newer, older).
pub fn criterion_title(lang: Lang, sets: [&CriteriaSet; 2], id: &CriterionId) -> String {
    sets.iter()
        .find_map(|set| {
            set.criterion(id)
                .map(|c| c.short_title.get_or(lang, set.official_language).0)
        })
        .unwrap_or_default()
        .to_owned()
}

/// One side of a comparison: "24.11.2026, kriteeristö 2017-2020.3".
pub fn side(
    lang: Lang,
    (assessment, set): (&Assessment, &CriteriaSet),
    zone: &jiff::tz::TimeZone,
) -> String {
    let date = crate::domain::dates::format_date(
        assessment.modified.to_zoned_datetime(zone.clone()).date(),
    );
    format!(
        "{}, {} {}",
        date,
        super::report::T::CriteriaSet.get(lang).to_lowercase(),
        set.version
    )
}

/// The name offered for a comparison's PDF ("Vertailu-Esimerkkilä-2026-12-02.pdf") or, when
/// `comparison` is false, an overview's ("Alueellinen-yhteenveto-2026-12-02.pdf").
pub fn file_name(
    lang: Lang,
    comparison: bool,
    municipality: &str,
    date: crate::domain::dates::Date,
) -> String {
    let kind = if comparison {
        pick(lang, "Vertailu", "Jämförelse", "Comparison")
    } else {
        pick(
            lang,
            "Alueellinen-yhteenveto",
            "Regional-översikt",
            "Regional-overview",
        )
    };
    let name = super::report::file_safe(municipality);
    if name.trim_matches('-').is_empty() {
        format!("{kind}-{date}.pdf")
    } else {
        format!("{kind}-{name}-{date}.pdf")
    }
}

/// The comparison's four lists with their headings, as the PDF and the screen show them:
/// evidence added and removed (each item's summary), actions done and new ("3. …", the
/// criterion's number from the newer set when it has it). `sets`: newer, older.
pub fn lists(
    lang: Lang,
    comparison: &Comparison<'_>,
    sets: [&CriteriaSet; 2],
) -> [(T, Vec<String>); 4] {
    let evidence = |list: &[&crate::domain::Evidence]| -> Vec<String> {
        list.iter()
            .map(|evidence| super::evidence_summary(lang, evidence))
            .collect()
    };
    let actions = |list: &[crate::domain::compare::CriterionAction<'_>]| -> Vec<String> {
        list.iter()
            .map(|planned| {
                let number = sets
                    .iter()
                    .find_map(|set| set.criterion(planned.criterion))
                    .map_or_else(String::new, |c| format!("{}. ", c.number));
                format!("{number}{}", planned.action.what.trim())
            })
            .collect()
    };
    [
        (T::EvidenceAdded, evidence(&comparison.evidence_added)),
        (T::EvidenceRemoved, evidence(&comparison.evidence_removed)),
        (T::ActionsDone, actions(&comparison.actions_done)),
        (T::ActionsNew, actions(&comparison.actions_new)),
    ]
}

/// What the next round's version of the criteria set adds and removes, in a sentence; `None`
/// when both have the same criteria.
pub fn criteria_changed(lang: Lang, old: &CriteriaSet, new: &CriteriaSet) -> Option<String> {
    let listed = |from: &CriteriaSet, other: &CriteriaSet| -> String {
        let names: Vec<String> = from
            .criteria
            .iter()
            .filter(|criterion| other.criterion(&criterion.id).is_none())
            .map(|criterion| {
                let title = criterion.short_title.get_or(lang, from.official_language).0;
                format!("{}. {title}", criterion.number)
            })
            .collect();
        if names.is_empty() {
            T::None.get(lang).to_owned()
        } else {
            names.join(", ")
        }
    };
    let (added, removed) = (listed(new, old), listed(old, new));
    let none = T::None.get(lang);
    if added == none && removed == none {
        return None;
    }
    let version = &new.version;
    Some(match lang {
        Lang::Fi => format!(
            "Kriteeristön versiossa {version} on muutoksia – uudet kriteerit: {added}; \
             poistuneet kriteerit: {removed} (niiden näyttö siirtyi, linkittämättä). Erot \
             näkyvät Vertailu-välilehdellä."
        ),
        Lang::Sv => format!(
            "Version {version} av kriterierna har ändringar – nya kriterier: {added}; \
             borttagna kriterier: {removed} (deras bevis följde med, utan länkar). \
             Skillnaderna syns på fliken Jämförelse."
        ),
        Lang::En => format!(
            "Version {version} of the criteria has changes – new criteria: {added}; removed \
             criteria: {removed} (their evidence came along, unlinked). The Comparison tab \
             shows the differences."
        ),
    })
}

/// "12 arviointia".
pub fn assessments(lang: Lang, count: usize) -> String {
    super::count(
        lang,
        count,
        ["arviointi", "bedömning", "assessment"],
        ["arviointia", "bedömningar", "assessments"],
    )
}

/// A readable row's verdict, date of the last change, sealed and check, in words.
pub fn row_words(lang: Lang, summary: &Summary, zone: &jiff::tz::TimeZone) -> [String; 4] {
    let verdict = if summary.set_unknown {
        T::SetUnknown
    } else if summary.ready {
        T::Ready
    } else {
        T::NotReady
    };
    let check = if summary.findings.is_empty() {
        T::Intact.get(lang).to_owned()
    } else {
        findings(lang, summary.findings.len())
    };
    let sealed = if summary.sealed { T::Yes } else { T::No };
    let modified =
        crate::domain::dates::format_date(summary.modified.to_zoned_datetime(zone.clone()).date());
    [
        verdict.get(lang).to_owned(),
        modified,
        sealed.get(lang).to_owned(),
        check,
    ]
}

/// A criterion's mark in the overview's text: + ! ~ x .
pub fn mark(standing: Standing) -> char {
    match standing {
        Standing {
            counts_as_met: true,
            ..
        } => '+',
        Standing {
            status: Status::Met,
            ..
        } => '!',
        Standing {
            status: Status::PartlyMet,
            ..
        } => '~',
        Standing {
            status: Status::NotMet,
            ..
        } => 'x',
        Standing { .. } => '.',
    }
}

/// A criterion's standing as a stable code for CSV: `met_with_evidence`, or the status code.
pub fn standing_code(standing: Standing) -> &'static str {
    if standing.counts_as_met {
        "met_with_evidence"
    } else {
        standing.status.code()
    }
}

/// "poikkeamia 2" / "2 findings": what verifying found.
pub fn findings(lang: Lang, count: usize) -> String {
    super::count(
        lang,
        count,
        ["poikkeama", "avvikelse", "finding"],
        ["poikkeamaa", "avvikelser", "findings"],
    )
}

/// A criterion's standing in words, as the summary shows it.
pub fn standing(lang: Lang, standing: Option<Standing>, presence: Presence) -> String {
    use super::ui::T as U;
    match standing {
        None if presence == Presence::Added => format!("({})", T::NewCriterion.get(lang)),
        None => format!("({})", T::RemovedCriterion.get(lang)),
        Some(Standing {
            counts_as_met: true,
            ..
        }) => U::CountsAsMet.get(lang).to_owned(),
        Some(Standing {
            status: Status::Met,
            ..
        }) => U::EvidenceInsufficient.get(lang).to_owned(),
        Some(Standing { status, .. }) => super::status_label(lang, status).to_owned(),
    }
}

/// The change in one sentence: "3 kriteeriä lisää täyttyy näytön kanssa (5 → 8)."
pub fn sentence(lang: Lang, comparison: &Comparison<'_>) -> String {
    let (before, after) = (comparison.met_before, comparison.met_after);
    let changed = super::criteria_count(lang, before.abs_diff(after));
    match (lang, after.cmp(&before)) {
        (Lang::Fi, std::cmp::Ordering::Greater) => {
            format!("{changed} lisää täyttyy näytön kanssa ({before} → {after}).")
        }
        (Lang::Fi, std::cmp::Ordering::Less) => {
            format!("{changed} vähemmän täyttyy näytön kanssa ({before} → {after}).")
        }
        (Lang::Fi, std::cmp::Ordering::Equal) => {
            format!("Näytön kanssa täyttyy yhtä monta kriteeriä kuin ennen ({after}).")
        }
        (Lang::Sv, std::cmp::Ordering::Greater) => {
            format!("{changed} fler är uppfyllda med bevis ({before} → {after}).")
        }
        (Lang::Sv, std::cmp::Ordering::Less) => {
            format!("{changed} färre är uppfyllda med bevis ({before} → {after}).")
        }
        (Lang::Sv, std::cmp::Ordering::Equal) => {
            format!("Lika många kriterier som förut är uppfyllda med bevis ({after}).")
        }
        (Lang::En, std::cmp::Ordering::Greater) => {
            format!("{changed} more met with evidence ({before} → {after}).")
        }
        (Lang::En, std::cmp::Ordering::Less) => {
            format!("{changed} fewer met with evidence ({before} → {after}).")
        }
        (Lang::En, std::cmp::Ordering::Equal) => {
            format!("As many criteria met with evidence as before ({after}).")
        }
    }
}

/// Why two assessments are not compared.
pub fn not_comparable(lang: Lang, reason: &NotComparable) -> &'static str {
    match reason {
        NotComparable::OtherMunicipality => pick(
            lang,
            "arvioinnit ovat eri kuntien: vertaa saman kunnan arviointeja",
            "bedömningarna gäller olika kommuner: jämför samma kommuns bedömningar",
            "the assessments are of different municipalities: compare one municipality's",
        ),
        NotComparable::UnrelatedSets => pick(
            lang,
            "arvioinnit on tehty eri kriteeristöjä vasten, joten niitä ei voi verrata",
            "bedömningarna har gjorts mot olika kriterier och kan inte jämföras",
            "the assessments were made against unrelated criteria sets and cannot be compared",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_is_translated() {
        let all: Vec<(String, [&str; 3])> = T::ALL
            .iter()
            .map(|t| (format!("{t:?}"), Lang::ALL.map(|lang| t.get(lang))))
            .collect();
        super::super::check_translations(&all, &[]);
    }
}
