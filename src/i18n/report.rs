//! The words of the PDF self-assessment report.

use super::{Lang, pick};

texts! {
    HeaderTitle => "Terve Kunta -itsearviointiraportti", "Terve Kunta -självvärderingsrapport", "Terve Kunta self-assessment report";
    CoverKicker => "Terve Kunta -itsearviointi", "Terve Kunta -självvärdering", "Terve Kunta self-assessment";
    CoverTitle => "Itsearviointiraportti", "Självvärderingsrapport", "Self-assessment report";
    CoverSubtitle => "Liittyminen THL:n Terve Kunta -verkostoon", "Anslutning till THL:s nätverk Terve Kunta", "Joining THL's Terve Kunta network";
    Municipality => "Kunta", "Kommun", "Municipality";
    MunicipalityCode => "Kuntanumero", "Kommunnummer", "Municipality code";
    CriteriaSet => "Kriteeristö", "Kriterier", "Criteria";
    Version => "Versio", "Version", "Version";
    Period => "Verkostokausi", "Nätverksperiod", "Network period";
    ReportDate => "Päiväys", "Datum", "Date";
    Assessors => "Arvioijat", "Bedömare", "Assessors";
    ContactPerson => "Yhteyshenkilö", "Kontaktperson", "Contact person";
    ElectedOfficial => "Luottamushenkilö", "Förtroendevald", "Elected official";
    SteeringGroup => "Ohjausryhmä", "Styrgrupp", "Steering group";
    Verdict => "Tulos", "Resultat", "Verdict";
    TranslationNote => "Kriteerien virallinen sanamuoto on suomeksi; tämän raportin käännökset ovat epävirallisia.", "Kriteriernas officiella lydelse är på finska; översättningarna i rapporten är inofficiella.", "The official wording of the criteria is in Finnish; the translations in this report are unofficial.";
    Overview => "Kriteerit yhdellä silmäyksellä", "Kriterierna i en överblick", "The criteria at a glance";
    ColNumber => "Nro", "Nr", "No.";
    ColCriterion => "Kriteeri", "Kriterium", "Criterion";
    ColStatus => "Tila", "Status", "Status";
    ColEvidence => "Näyttö", "Bevis", "Evidence";
    ColCounts => "Täyttyy näytön kanssa", "Uppfyllt med bevis", "Met with evidence";
    Yes => "kyllä", "ja", "yes";
    No => "ei", "nej", "no";
    Legend => "Merkit", "Tecken", "Marks";
    Criteria => "Kriteerit", "Kriterierna", "The criteria";
    OfficialText => "Virallinen teksti", "Officiell text", "Official text";
    Translation => "Epävirallinen käännös", "Inofficiell översättning", "Unofficial translation";
    Status => "Tila", "Status", "Status";
    Justification => "Perustelu", "Motivering", "Justification";
    Evidence => "Näyttö", "Bevis", "Evidence";
    NoEvidence => "Ei näyttöä.", "Inga bevis.", "No evidence.";
    Link => "Linkki", "Länk", "Link";
    Attachment => "Liite", "Bilaga", "Attachment";
    Attachments => "Liitteet", "Bilagor", "Attachments";
    Note => "Huomautus", "Anmärkning", "Note";
    Actions => "Toimenpiteet", "Åtgärder", "Actions";
    Who => "vastuu", "ansvar", "responsible";
    Due => "määräaika", "senast", "due";
    Done => "tehty", "gjort", "done";
    Continued => "jatkuu", "fortsätter", "continued";
    GapsTitle => "Puutteet ja toimenpiteet", "Brister och åtgärder", "Gaps and actions";
    GapsIntro => "Nämä kriteerit eivät vielä täyty näytön kanssa. Kunnan on vielä päätettävä tai tehtävä seuraavat asiat.", "De här kriterierna är ännu inte uppfyllda med bevis. Kommunen ska ännu besluta om eller göra följande.", "These criteria are not yet met with evidence. The municipality must still decide or do the following.";
    NoGaps => "Kaikki kriteerit täyttyvät, ja näyttö tukee niitä.", "Alla kriterier är uppfyllda och styrkta med bevis.", "Every criterion is met and backed by evidence.";
    OpenActions => "Avoimet toimenpiteet", "Öppna åtgärder", "Open actions";
    Signatures => "Allekirjoitukset", "Underskrifter", "Signatures";
    SignaturesIntro => "Ohjausryhmä on käsitellyt tämän raportin.", "Styrgruppen har behandlat den här rapporten.", "The steering group has reviewed this report.";
    Chair => "Ohjausryhmän puheenjohtaja", "Styrgruppens ordförande", "Chair of the steering group";
    Coordinator => "Hyvinvointikoordinaattori", "Välfärdskoordinator", "Wellbeing coordinator";
    Name => "Nimi", "Namn", "Name";
    Date => "Päiväys", "Datum", "Date";
    Signature => "Allekirjoitus", "Underskrift", "Signature";
    Manifest => "Liitteet ja tarkisteet", "Bilagor och kontrollsummor", "Attachments and checksums";
    ManifestIntro => "Tarkisteilla (SHA-256) tulosteen voi yhdistää tiedostoihin, joista se on laadittu: sama tiedosto antaa aina saman tarkisteen.", "Med kontrollsummorna (SHA-256) kan utskriften kopplas till de filer den gjorts från: samma fil ger alltid samma kontrollsumma.", "With the checksums (SHA-256) this printout can be matched to the files it was made from: the same file always gives the same checksum.";
    AssessmentFile => "Arviointitiedosto", "Bedömningsfil", "Assessment file";
    NotSaved => "Arviointia ei ollut tallennettu tiedostoon, kun raportti laadittiin.", "Bedömningen var inte sparad i en fil när rapporten gjordes.", "The assessment was not saved to a file when the report was made.";
    File => "Tiedosto", "Fil", "File";
    Size => "Koko", "Storlek", "Size";
    NoAttachments => "Ei liitteitä.", "Inga bilagor.", "No attachments.";
    AttachmentMissing => "puuttuu", "saknas", "missing";
    SealBroken => "Sinetti ei täsmää: sisältö on muuttunut viimeistelyn jälkeen tai tiedosto on vioittunut, joten raporttia ei voi pitää viimeisteltynä", "Förseglingen stämmer inte: innehållet har ändrats efter slutförandet eller filen är skadad, så rapporten kan inte anses slutförd", "The seal does not match: the content has changed since it was finalised or the file is damaged, so the report cannot be taken as final";
    DoesNotCount => "Ei kelpaa tämän kriteerin näytöksi", "Godtas inte som bevis för kriteriet", "Does not count for this criterion";
    AttachmentNotChecked => "ei tarkistettu: arviointia ei ole tallennettu", "inte kontrollerad: bedömningen har inte sparats", "not checked: the assessment has not been saved";
    AttachmentModified => "muuttunut liittämisen jälkeen", "ändrad efter att den bifogades", "changed since attached";
    AttachmentUnsafe => "polku hylätty", "sökväg avvisad", "path refused";
    Finalisation => "Viimeistely", "Slutförande", "Finalisation";
    Draft => "Ei viimeistelty: luonnos, jota voi vielä muuttaa", "Inte slutförd: ett utkast som ännu kan ändras", "Not finalised: a draft that may still change";
    SealHeading => "Sinetti (SHA-256)", "Försegling (SHA-256)", "Seal (SHA-256)";
    SealIntro => "Sinetti on SHA-256-tiiviste arvioinnin sisällöstä ja muutoshistoriasta viimeistelyhetkellä. Komento terve-kunta verify laskee sen tallennetusta tiedostosta uudelleen: jos tulos poikkeaa tähän tulostettuun, arviointia on muutettu. Arkistoitu tuloste on vertailukohta; tiivisteen voi laskea kuka tahansa.", "Förseglingen är en SHA-256-kontrollsumma av bedömningens innehåll och ändringshistorik vid slutförandet. Kommandot terve-kunta verify räknar om den från den sparade filen: avviker resultatet från det som skrivits ut här har bedömningen ändrats. Den arkiverade utskriften är jämförelsepunkten; vem som helst kan räkna ut kontrollsumman.", "The seal is a SHA-256 hash of the assessment's content and change history when it was finalised. The command terve-kunta verify recomputes it from the saved file: if the result differs from the one printed here, the assessment has been changed. The archived printout is the reference; anyone can compute the hash.";
    NoSeal => "Arviointia ei ollut viimeistelty, kun raportti laadittiin, joten siinä ei ole sinettiä.", "Bedömningen var inte slutförd när rapporten gjordes och har därför ingen försegling.", "The assessment was not finalised when the report was made, so it has no seal.";
    History => "Historia", "Historik", "History";
    ActionPlan => "Toimenpidesuunnitelma", "Åtgärdsplan", "Action plan";
    ActionPlanIntro => "Kaikkien kriteerien toimenpiteet määräajan mukaan; myöhässä olevat on merkitty.", "Alla kriteriers åtgärder i tidsordning; försenade åtgärder är markerade.", "Every criterion's actions by due date; overdue actions are marked.";
    NoActions => "Toimenpiteitä ei ole kirjattu.", "Inga åtgärder har antecknats.", "No actions have been recorded.";
    ColAction => "Toimenpide", "Åtgärd", "Action";
    ColWho => "Vastuu", "Ansvar", "Responsible";
    ColDue => "Määräaika", "Senast", "Due";
    ColState => "Tila", "Status", "Status";
    Overdue => "myöhässä", "försenad", "overdue";
    Open => "kesken", "pågår", "open";
    DraftMark => "LUONNOS", "UTKAST", "DRAFT";
    CriterionName => "Kriteerin nimi", "Kriteriets namn", "Criterion name";
    Register => "Näyttörekisteri", "Bevisregister", "Evidence register";
    RegisterIntro => "Jokainen näyttö kerran numeroituna; kriteerien sivut viittaavat näihin numeroihin.", "Varje bevis en gång, numrerat; kriteriernas sidor hänvisar till numren.", "Each evidence item once, numbered; the criteria pages refer to these numbers.";
    Backs => "Tukee kriteerejä", "Stöder kriterier", "Backs criteria";
    Summary => "Tiivistelmä", "Sammanfattning", "Summary";
    MainGaps => "Keskeiset puutteet", "De viktigaste bristerna", "The main gaps";
    Proposal => "Esitys ohjausryhmälle", "Förslag till styrgruppen", "Proposal to the steering group";
    NoProposal => "Esitystä ohjausryhmälle ei ole kirjattu.", "Inget förslag till styrgruppen har antecknats.", "No proposal to the steering group has been written.";
    MemoTitle => "Tarkastusmuistio", "Granskningspromemoria", "Review memo";
    MemoKicker => "Terve Kunta -itsearvioinnin tarkastus", "Granskning av en Terve Kunta-självvärdering", "Review of a Terve Kunta self-assessment";
    MemoAssessment => "Tarkastettu arviointi", "Den granskade bedömningen", "The assessment reviewed";
    AssessmentId => "Tunniste", "Identifierare", "Identifier";
    LastChanged => "Muutettu viimeksi", "Senast ändrad", "Last changed";
    HistoryEntries => "Muutoshistorian merkintöjä", "Poster i ändringshistoriken", "Change history entries";
    MemoVerification => "Eheyden tarkistus", "Kontroll av integriteten", "Integrity check";
    MemoNotVerified => "Arviointia ei ollut tallennettu tiedostoon, joten tiedostoa ei voitu tarkistaa.", "Bedömningen var inte sparad i en fil, så filen kunde inte kontrolleras.", "The assessment was not saved to a file, so no file could be checked.";
    MemoReviewCurrent => "Huomautukset on kirjoitettu tästä sisällöstä: arviointia ei ole muutettu niiden kirjoittamisen jälkeen.", "Anmärkningarna gäller detta innehåll: bedömningen har inte ändrats sedan de skrevs.", "The remarks were written of this content: the assessment has not changed since.";
    MemoReviewStale => "Arviointia on muutettu sen jälkeen, kun huomautukset kirjoitettiin: ne voivat koskea aiempaa sisältöä.", "Bedömningen har ändrats efter att anmärkningarna skrevs: de kan gälla tidigare innehåll.", "The assessment has changed since the remarks were written: they may concern earlier content.";
    Remarks => "Huomautukset", "Anmärkningar", "Remarks";
    NoRemarks => "Tarkastaja ei kirjannut huomautuksia.", "Granskaren antecknade inga anmärkningar.", "The reviewer recorded no remarks.";
    NoOtherRemarks => "Muista kriteereistä ei ole huomautuksia.", "Inga anmärkningar om de övriga kriterierna.", "No remarks on the other criteria.";
    Reviewer => "Tarkastaja", "Granskare", "Reviewer";
    BacksNothing => "ei linkitetty kriteeriin", "inte länkat till ett kriterium", "not linked to a criterion";
}

/// The review memo's file name: "Tarkastusmuistio-Kuvitelmala-2026-11-24.pdf".
pub fn memo_file_name(municipality: &str, date: crate::domain::dates::Date) -> String {
    file_name(municipality, date).replacen("Terve-Kunta-itsearviointi", "Tarkastusmuistio", 1)
}

/// Under a remark: when it was last written.
pub fn remark_written(lang: Lang, when: &str) -> String {
    match lang {
        Lang::Fi => format!("Kirjattu {when}"),
        Lang::Sv => format!("Antecknad {when}"),
        Lang::En => format!("Written {when}"),
    }
}

/// The summary's line under its main gaps: how many more there are, and where.
pub fn more_gaps(lang: Lang, more: usize) -> String {
    let gaps = T::GapsTitle.get(lang);
    match (lang, more) {
        (Lang::Fi, 1) => format!("Lisäksi 1 muu puute: ks. ”{gaps}”."),
        (Lang::Fi, _) => format!("Lisäksi {more} muuta puutetta: ks. ”{gaps}”."),
        (Lang::Sv, 1) => format!("Dessutom 1 brist till: se ”{gaps}”."),
        (Lang::Sv, _) => format!("Dessutom {more} brister till: se ”{gaps}”."),
        (Lang::En, 1) => format!("And 1 more gap: see “{gaps}”."),
        (Lang::En, _) => format!("And {more} more gaps: see “{gaps}”."),
    }
}

/// "Näyttö 3", "Bevis 3", "Evidence 3": an item of the evidence register.
pub fn evidence_number(lang: Lang, number: usize) -> String {
    format!("{} {number}", pick(lang, "Näyttö", "Bevis", "Evidence"))
}

/// An evidence item named briefly, for a criterion's page that refers to the register: a
/// decision by its body, date and §; anything else by its title (shortened) and date.
pub fn evidence_reference(lang: Lang, evidence: &crate::domain::evidence::Evidence) -> String {
    use crate::domain::evidence::EvidenceDetails as D;
    let date = evidence.date.map(crate::domain::dates::format_date);
    let mut parts = Vec::new();
    match &evidence.details {
        D::Decision {
            body,
            body_name,
            section,
            ..
        } => {
            let body = if body_name.trim().is_empty() {
                super::body_label(lang, *body)
            } else {
                body_name.trim()
            };
            parts.push(body.to_owned());
            parts.extend(date);
            if !section.trim().is_empty() {
                parts.push(format!("§ {}", section.trim()));
            }
        }
        details => {
            let title = details.title().trim();
            let short: String = title.chars().take(70).collect();
            parts.push(if short.len() < title.len() {
                format!("{}…", short.trim_end())
            } else {
                short
            });
            parts.extend(date);
        }
    }
    parts.retain(|part| !part.is_empty());
    parts.join(" ")
}

/// "Sivu 3 / 7", "Sida 3 / 7", "Page 3 / 7".
pub fn page_of(lang: Lang, page: usize, pages: usize) -> String {
    format!("{} {page} / {pages}", pick(lang, "Sivu", "Sida", "Page"))
}

/// "Laadittu 24.11.2026", for the footer.
pub fn generated_on(lang: Lang, date: &str) -> String {
    format!(
        "{} {date}",
        pick(lang, "Laadittu", "Upprättad", "Generated")
    )
}

/// "Kriteeri 3: Poikkihallinnollinen ryhmä".
pub fn criterion_heading(lang: Lang, number: u32, title: &str) -> String {
    format!("{}: {title}", super::criterion_number(lang, number))
}

/// A size in kilobytes or megabytes, the Finnish way: "12,3 kt", "1,2 Mt".
pub fn size(lang: Lang, bytes: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a size shown with one decimal")]
    let kb = bytes as f64 / 1024.0;
    if bytes < 1024 {
        return format!("{bytes} {}", pick(lang, "tavua", "byte", "bytes"));
    }
    let (value, unit) = if kb < 1024.0 {
        (kb, pick(lang, "kt", "kB", "KB"))
    } else {
        (kb / 1024.0, pick(lang, "Mt", "MB", "MB"))
    };
    let number = format!("{value:.1}");
    let number = if lang == Lang::En {
        number
    } else {
        number.replace('.', ",")
    };
    format!("{number} {unit}")
}

/// The report's file name: `Terve-Kunta-itsearviointi-<kunta>-<yyyy-mm-dd>.pdf`.
pub fn file_name(municipality: &str, date: crate::domain::dates::Date) -> String {
    let name = file_safe(municipality);
    let name = if name.is_empty() {
        "kunta".to_owned()
    } else {
        name
    };
    format!("Terve-Kunta-itsearviointi-{name}-{date}.pdf")
}

/// A municipality's name as part of a file name: letters, digits and hyphens, every other
/// character a hyphen.
pub fn file_safe(municipality: &str) -> String {
    municipality
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// What is missing for a criterion, for the report's readers: the same facts as the app's gap
/// message, without telling them what to click. Empty when it counts as met.
pub fn gap_for_readers(
    lang: Lang,
    criterion: &crate::domain::readiness::CriterionReadiness<'_>,
) -> String {
    use crate::domain::readiness::Gap;
    let open = |n: usize| -> String {
        if n == 0 {
            return pick(
                lang,
                "Toimenpiteitä puutteen korjaamiseksi ei ole kirjattu.",
                "Inga åtgärder för att avhjälpa bristen har antecknats.",
                "No actions to close the gap have been recorded.",
            )
            .to_owned();
        }
        super::actions_open(lang, n)
    };
    match criterion.gap {
        Some(Gap::NotAssessed) if criterion.evidence_count == 0 => pick(
            lang,
            "Ei vielä arvioitu, eikä näyttöä ole kirjattu.",
            "Inte bedömt ännu, och inga bevis har antecknats.",
            "Not assessed yet, and no evidence has been recorded.",
        )
        .to_owned(),
        Some(Gap::NotAssessed) => {
            let recorded = super::evidence_count(lang, criterion.evidence_count);
            match lang {
                Lang::Fi => format!("Ei vielä arvioitu; kirjattu {recorded}."),
                Lang::Sv => format!("Inte bedömt ännu; antecknat: {recorded}."),
                Lang::En => format!("Not assessed yet; recorded: {recorded}."),
            }
        }
        Some(Gap::PartlyMet) => format!(
            "{} {}",
            pick(lang, "Täyttyy osittain.", "Delvis uppfyllt.", "Partly met."),
            open(criterion.open_actions)
        ),
        Some(Gap::NotMet) => format!(
            "{} {}",
            pick(lang, "Ei täyty.", "Inte uppfyllt.", "Not met."),
            open(criterion.open_actions)
        ),
        Some(Gap::MetWithoutEvidence) => {
            let head = pick(
                lang,
                "Merkitty täyttyväksi, mutta näyttö puuttuu.",
                "Markerat som uppfyllt, men bevis saknas.",
                "Marked met, but no evidence backs it.",
            );
            if let Some(required) = super::requirement_sentence(lang, criterion.criterion) {
                return format!("{head} {required}");
            }
            let kinds = &criterion.criterion.evidence_kinds;
            let needed = super::domain_words::usual_evidence(lang, kinds);
            match lang {
                Lang::Fi => format!("{head} Tarvitaan {needed}."),
                Lang::Sv => format!("{head} Det behövs {needed}."),
                Lang::En => format!("{head} Needed: {needed}."),
            }
        }
        Some(Gap::EvidenceInsufficient) | None => super::gap_message(lang, criterion),
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

    #[test]
    fn sizes_and_file_names() {
        assert_eq!(size(Lang::Fi, 12_595), "12,3 kt");
        assert_eq!(size(Lang::Fi, 16), "16 tavua");
        assert_eq!(size(Lang::En, 1_300_000), "1.2 MB");
        assert_eq!(
            file_name(
                "Kuvitelmala",
                crate::domain::dates::Date::constant(2026, 11, 24)
            ),
            "Terve-Kunta-itsearviointi-Kuvitelmala-2026-11-24.pdf"
        );
        assert_eq!(
            file_name("A/B: C", crate::domain::dates::Date::constant(2026, 1, 2)),
            "Terve-Kunta-itsearviointi-A-B--C-2026-01-02.pdf"
        );
    }
}
