//! Words of the command line: help texts, usage errors, the summary's lines.

use crate::i18n::{Lang, count, criteria_count, pick};

/// The main help text.
pub fn main_help(lang: Lang, version: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Terve Kunta -itsearviointi {version}
Kunnan näyttöön perustuva itsearviointi THL:n Terve Kunta -verkoston liittymisen kriteereistä.

Käyttö:
  terve-kunta [--lang fi|sv|en]                 käynnistää sovelluksen
  terve-kunta criteria check TIEDOSTO...        tarkistaa kriteeritiedostot
  terve-kunta summary ARVIOINTI [--json]        kertoo, onko kunta valmis liittymään
  terve-kunta report ARVIOINTI -o RAPORTTI.pdf  tekee itsearviointiraportin PDF-muodossa
  terve-kunta actions ARVIOINTI [--csv]         toimenpidesuunnitelma määräajan mukaan
  terve-kunta verify ARVIOINTI|PAKETTI.zip      tarkistaa sinetin, historian ja liitteet
  terve-kunta review-report ARVIOINTI -o MUISTIO.pdf
                                                tarkastajan huomautukset tarkastusmuistiona
  terve-kunta compare VANHA NYKYINEN [--json]   mikä on muuttunut kahden arvioinnin välillä
  terve-kunta overview TIEDOSTOT... [--csv]     alueellinen yhteenveto monesta arvioinnista
  terve-kunta KOMENTO --help                    komennon ohje

Valinnat:
  --lang fi|sv|en   viestien kieli (oletus fi)
  -h, --help        tämä ohje
  -V, --version     sovelluksen versio
"
        ),
        Lang::Sv => format!(
            "Terve Kunta -itsearviointi {version}
En kommuns bevisbaserade självvärdering mot kriterierna för att ansluta sig till THL:s nätverk Terve Kunta.

Användning:
  terve-kunta [--lang fi|sv|en]                 startar programmet
  terve-kunta criteria check FIL...             kontrollerar kriteriefiler
  terve-kunta summary BEDÖMNING [--json]        visar om kommunen är redo att ansluta sig
  terve-kunta report BEDÖMNING -o RAPPORT.pdf   gör självvärderingsrapporten som PDF
  terve-kunta actions BEDÖMNING [--csv]         åtgärdsplanen i tidsordning
  terve-kunta verify BEDÖMNING|PAKET.zip        kontrollerar förseglingen, historiken och bilagorna
  terve-kunta review-report BEDÖMNING -o PM.pdf granskarens anmärkningar som granskningspromemoria
  terve-kunta compare GAMMAL NY [--json]        vad som har ändrats mellan två bedömningar
  terve-kunta overview FILER... [--csv]         regional översikt över många bedömningar
  terve-kunta KOMMANDO --help                   hjälp för ett kommando

Alternativ:
  --lang fi|sv|en   meddelandenas språk (standard fi)
  -h, --help        den här hjälpen
  -V, --version     programmets version
"
        ),
        Lang::En => format!(
            "Terve Kunta -itsearviointi {version}
A municipality's evidence-backed self-assessment against the joining criteria of THL's Terve Kunta network.

Usage:
  terve-kunta [--lang fi|sv|en]                 starts the app
  terve-kunta criteria check FILE...            checks criteria files
  terve-kunta summary ASSESSMENT [--json]       tells whether the municipality is ready to join
  terve-kunta report ASSESSMENT -o REPORT.pdf   makes the self-assessment report as PDF
  terve-kunta actions ASSESSMENT [--csv]        the action plan by due date
  terve-kunta verify ASSESSMENT|PACKAGE.zip     checks the seal, the history and the attachments
  terve-kunta review-report ASSESSMENT -o MEMO.pdf
                                                the reviewer's remarks as a review memo
  terve-kunta compare OLD NEW [--json]          what changed between two assessments
  terve-kunta overview FILES... [--csv]         a regional overview of many assessments
  terve-kunta COMMAND --help                    help on a command

Options:
  --lang fi|sv|en   language of messages (default fi)
  -h, --help        this help
  -V, --version     the app's version
"
        ),
    }
}

/// Help for `criteria check`.
pub fn check_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta criteria check TIEDOSTO... [--lang fi|sv|en]

Tarkistaa kriteeritiedostot. Jokaisesta ongelmasta tulostuu yksi rivi:
  TIEDOSTO:RIVI:SARAKE: virhe: viesti
Kelvollisesta tiedostosta tulostuu sen kriteerien määrä ja mahdolliset varoitukset.

Poistumiskoodi: 0 kun kaikki tiedostot kelpaavat (varoitukset sallitaan), 1 kun jossakin on virhe.
Kriteeritiedoston muoto on kuvattu tiedostossa criteria/README.md.
",
        "Användning: terve-kunta criteria check FIL... [--lang fi|sv|en]

Kontrollerar kriteriefiler. För varje problem skrivs en rad:
  FIL:RAD:KOLUMN: fel: meddelande
För en giltig fil skrivs antalet kriterier och eventuella varningar.

Slutkod: 0 när alla filer är giltiga (varningar tillåts), 1 när någon har ett fel.
Kriteriefilens format beskrivs i criteria/README.md.
",
        "Usage: terve-kunta criteria check FILE... [--lang fi|sv|en]

Checks criteria files. Each problem is printed on one line:
  FILE:LINE:COLUMN: error: message
For a valid file, the number of its criteria and any warnings are printed.

Exit code: 0 when every file is valid (warnings allowed), 1 when any has an error.
The criteria file format is described in criteria/README.md.
",
    )
    .to_owned()
}

/// Help for `summary`; `criteria_dir` is where the user's own criteria files are looked for.
pub fn summary_help(lang: Lang, criteria_dir: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Käyttö: terve-kunta summary ARVIOINTI [--json] [--criteria TIEDOSTO]... [--lang fi|sv|en]

Kertoo, onko kunta valmis liittymään, ja kunkin kriteerin tilan. Kriteeri täyttyy vain,
kun sen tila on \"täyttyy\" ja vähintään yksi näyttö tukee sitä.

  --json                tulostaa tuloksen JSON-muodossa skripteille
  --criteria TIEDOSTO   käyttää myös tätä kriteeritiedostoa

Kriteeristö haetaan sovelluksen omista, kansiosta {criteria_dir} ja --criteria-tiedostoista.
Poistumiskoodi: 0 kun arviointi luettiin (valmis tai ei), 1 kun sitä ei voitu lukea.
"
        ),
        Lang::Sv => format!(
            "Användning: terve-kunta summary BEDÖMNING [--json] [--criteria FIL]... [--lang fi|sv|en]

Visar om kommunen är redo att ansluta sig och varje kriteriums status. Ett kriterium räknas
som uppfyllt bara när dess status är \"uppfyllt\" och minst ett bevis styrker det.

  --json            skriver resultatet i JSON-format för skript
  --criteria FIL    använder också den här kriteriefilen

Kriterierna söks bland programmets egna, i mappen {criteria_dir} och i --criteria-filer.
Slutkod: 0 när bedömningen lästes (redo eller inte), 1 när den inte kunde läsas.
"
        ),
        Lang::En => format!(
            "Usage: terve-kunta summary ASSESSMENT [--json] [--criteria FILE]... [--lang fi|sv|en]

Tells whether the municipality is ready to join, and each criterion's status. A criterion
counts as met only when its status is \"met\" and at least one evidence item backs it.

  --json            prints the result as JSON for scripts
  --criteria FILE   also uses this criteria file

Criteria sets are looked for among the app's own, in the folder {criteria_dir} and in --criteria files.
Exit code: 0 when the assessment was read (ready or not), 1 when it could not be read.
"
        ),
    }
}

/// The usage mistakes that are said the same way every time.
fn fixed_usage_error(lang: Lang, error: &super::UsageError) -> &'static str {
    use super::UsageError as E;
    match error {
        E::MissingFiles => pick(
            lang,
            "anna vähintään yksi kriteeritiedosto",
            "ange minst en kriteriefil",
            "give at least one criteria file",
        ),
        E::OutputNeedsCsv => pick(
            lang,
            "-o kirjoittaa CSV-tiedoston: anna myös --csv",
            "-o skriver en CSV-fil: ange också --csv",
            "-o writes a CSV file: give --csv too",
        ),
        E::MissingOutput => pick(
            lang,
            "anna raportin tiedosto valinnalla -o, esimerkiksi -o raportti.pdf",
            "ange rapportfilen med -o, till exempel -o rapport.pdf",
            "give the report file with -o, for example -o report.pdf",
        ),
        E::NeedsTwo => pick(
            lang,
            "anna kaksi arviointitiedostoa: vanhempi ja uudempi",
            "ange två bedömningsfiler: den äldre och den nyare",
            "give two assessment files: the older and the newer",
        ),
        _ => pick(
            lang,
            "anna arviointitiedosto",
            "ange en bedömningsfil",
            "give an assessment file",
        ),
    }
}

/// A command-line mistake, in one sentence.
pub fn usage_error(lang: Lang, error: &super::UsageError) -> String {
    use super::UsageError as E;
    let message = match error {
        E::UnknownCommand(command) => match lang {
            Lang::Fi => format!("tuntematon komento {command:?}"),
            Lang::Sv => format!("okänt kommando {command:?}"),
            Lang::En => format!("unknown command {command:?}"),
        },
        E::UnknownOption(option) => match lang {
            Lang::Fi => format!("tuntematon valinta {option}"),
            Lang::Sv => format!("okänt alternativ {option}"),
            Lang::En => format!("unknown option {option}"),
        },
        E::OptionNotHere { option, command } => match lang {
            Lang::Fi => format!("valinta {option} ei kuulu komentoon {command}"),
            Lang::Sv => format!("alternativet {option} hör inte till kommandot {command}"),
            Lang::En => format!("the option {option} does not belong to the command {command}"),
        },
        E::MissingValue(option) => match lang {
            Lang::Fi => format!("valinnalta {option} puuttuu arvo"),
            Lang::Sv => format!("alternativet {option} saknar ett värde"),
            Lang::En => format!("the option {option} needs a value"),
        },
        E::UnexpectedValue(option) => match lang {
            Lang::Fi => format!("valinta {option} ei ota arvoa"),
            Lang::Sv => format!("alternativet {option} tar inget värde"),
            Lang::En => format!("the option {option} takes no value"),
        },
        E::UnknownLanguage(value) => match lang {
            Lang::Fi => format!("tuntematon kieli {value:?}: valitse fi, sv tai en"),
            Lang::Sv => format!("okänt språk {value:?}: välj fi, sv eller en"),
            Lang::En => format!("unknown language {value:?}: choose fi, sv or en"),
        },
        E::MissingFiles
        | E::OutputNeedsCsv
        | E::MissingOutput
        | E::MissingAssessment
        | E::NeedsTwo => fixed_usage_error(lang, error).to_owned(),
        E::ExtraArgument(argument) => match lang {
            Lang::Fi => format!("ylimääräinen argumentti {argument:?}"),
            Lang::Sv => format!("extra argument {argument:?}"),
            Lang::En => format!("unexpected argument {argument:?}"),
        },
        E::NotUnicode(argument) => match lang {
            Lang::Fi => format!("argumentti {argument:?} ei ole kelvollista tekstiä"),
            Lang::Sv => format!("argumentet {argument:?} är inte giltig text"),
            Lang::En => format!("the argument {argument:?} is not valid text"),
        },
    };
    let hint = pick(
        lang,
        "ohje: terve-kunta --help",
        "hjälp: terve-kunta --help",
        "help: terve-kunta --help",
    );
    format!("{message} ({hint})")
}

/// "terve-kunta: virhe: " and the like, before a one-line error.
pub fn error_prefix(lang: Lang) -> &'static str {
    pick(
        lang,
        "terve-kunta: virhe: ",
        "terve-kunta: fel: ",
        "terve-kunta: error: ",
    )
}

/// A valid criteria file: "TIEDOSTO: kelvollinen, 10 kriteeriä".
pub fn check_ok(lang: Lang, file: &str, criteria: usize, warnings: usize) -> String {
    let criteria = criteria_count(lang, criteria);
    let warnings = count(
        lang,
        warnings,
        ["varoitus", "varning", "warning"],
        ["varoitusta", "varningar", "warnings"],
    );
    match lang {
        Lang::Fi => format!("{file}: kelvollinen, {criteria}, {warnings}"),
        Lang::Sv => format!("{file}: giltig, {criteria}, {warnings}"),
        Lang::En => format!("{file}: valid, {criteria}, {warnings}"),
    }
}

/// The set that an assessment refers to is not known.
pub fn criteria_not_found(lang: Lang, id: &str, version: &str, dir: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "arvioinnin kriteeristöä {id} (versio {version}) ei löydy: lisää sen tiedosto kansioon {dir} tai anna se valinnalla --criteria"
        ),
        Lang::Sv => format!(
            "bedömningens kriterieuppsättning {id} (version {version}) hittas inte: lägg dess fil i mappen {dir} eller ange den med --criteria"
        ),
        Lang::En => format!(
            "the assessment's criteria set {id} (version {version}) is not found: put its file in the folder {dir} or give it with --criteria"
        ),
    }
}

/// "Kuntanumero", "Kommunnummer", "Municipality code".
pub fn municipality_code_label(lang: Lang) -> &'static str {
    pick(lang, "kuntanumero", "kommunnummer", "municipality code")
}

/// "Kriteeristö", for the summary's heading lines.
pub fn criteria_set_label(lang: Lang) -> &'static str {
    pick(lang, "Kriteeristö", "Kriterier", "Criteria")
}

/// "versio", "version", "version".
pub fn version_word(lang: Lang) -> &'static str {
    pick(lang, "versio", "version", "version")
}

/// "Puuttuu", "Saknas", "Missing": before a gap's explanation.
pub fn missing_label(lang: Lang) -> &'static str {
    pick(lang, "Puuttuu", "Saknas", "Missing")
}

/// The failed start of the desktop window.
pub fn gui_failed(lang: Lang, detail: &str) -> String {
    // What a window needs differs by system: name the one the user has.
    let (fi, sv, en) = if cfg!(windows) {
        (
            "tarvitaan näytönohjaimen ajuri, jossa on OpenGL 2 (etätyöpöydällä se voi puuttua)",
            "det behövs en grafikdrivrutin med OpenGL 2 (den kan saknas på ett fjärrskrivbord)",
            "it needs a graphics driver with OpenGL 2 (a remote desktop may lack one)",
        )
    } else {
        (
            "tarvitaan graafinen työpöytä (X11 tai Wayland) ja OpenGL",
            "det behövs ett grafiskt skrivbord (X11 eller Wayland) och OpenGL",
            "it needs a graphical desktop (X11 or Wayland) and OpenGL",
        )
    };
    match lang {
        Lang::Fi => format!("sovellusikkunaa ei voitu avata ({detail}); {fi}"),
        Lang::Sv => format!("programfönstret kunde inte öppnas ({detail}); {sv}"),
        Lang::En => format!("the app window could not be opened ({detail}); {en}"),
    }
}

/// `terve-kunta-cli` could not start the app beside it.
pub fn app_not_started(lang: Lang, app: &str, error: &std::io::Error) -> String {
    let detail = if error.kind() == std::io::ErrorKind::NotFound {
        pick(lang, "tiedostoa ei ole", "filen finns inte", "no such file").to_owned()
    } else {
        error.to_string()
    };
    match lang {
        Lang::Fi => format!(
            "sovellusta ei voitu käynnistää: {app} ({detail}). terve-kunta-cli ajaa komennot; ikkuna on terve-kunta-ohjelmassa samassa kansiossa."
        ),
        Lang::Sv => format!(
            "programmet kunde inte startas: {app} ({detail}). terve-kunta-cli kör kommandona; fönstret finns i programmet terve-kunta i samma mapp."
        ),
        Lang::En => format!(
            "the app could not be started: {app} ({detail}). terve-kunta-cli runs the commands; the window is the terve-kunta program in the same folder."
        ),
    }
}

/// An internal error: a bug, reported in one line instead of a backtrace.
pub fn internal_error(lang: Lang) -> &'static str {
    pick(
        lang,
        "sisäinen virhe: ohjelma keskeytyi. Tallennetut tiedostot eivät muuttuneet. Ilmoita virheestä kehittäjille.",
        "internt fel: programmet avbröts. Sparade filer ändrades inte. Rapportera felet till utvecklarna.",
        "internal error: the program stopped. Saved files were not changed. Please report this to the developers.",
    )
}

/// Help for `report`.
pub fn report_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta report ARVIOINTI -o RAPORTTI.pdf [--criteria TIEDOSTO]... [--lang fi|sv|en]

Tekee ohjausryhmälle ja arkistoon itsearviointiraportin: kansilehti ja tulos, yhteenveto, kriteerit
näyttöineen, puutteet ja toimenpiteet, allekirjoitukset sekä liitteiden tarkisteet.
Raportin kieli on --lang-valinnan kieli (oletus fi).

  -o, --output RAPORTTI.pdf   mihin raportti kirjoitetaan (olemassa oleva korvataan)

Tiedosto kirjoitetaan kokonaan tai ei ollenkaan. Poistumiskoodi: 0 kun raportti tehtiin, 1 muuten.
",
        "Användning: terve-kunta report BEDÖMNING -o RAPPORT.pdf [--criteria FIL]... [--lang fi|sv|en]

Gör självvärderingsrapporten för styrgruppen och arkivet: pärm och resultat, översikt, kriterierna
med bevis, brister och åtgärder, underskrifter samt bilagornas kontrollsummor.
Rapportens språk är --lang-alternativets språk (standard fi).

  -o, --output RAPPORT.pdf   vart rapporten skrivs (en befintlig fil ersätts)

Filen skrivs helt eller inte alls. Slutkod: 0 när rapporten gjordes, annars 1.
",
        "Usage: terve-kunta report ASSESSMENT -o REPORT.pdf [--criteria FILE]... [--lang fi|sv|en]

Makes the self-assessment report for the steering group and the archive: cover and verdict, overview,
the criteria with their evidence, gaps and actions, signatures, and the attachments' checksums.
The report's language is that of --lang (default fi).

  -o, --output REPORT.pdf   where the report is written (an existing file is replaced)

The file is written whole or not at all. Exit code: 0 when the report was made, 1 otherwise.
",
    )
    .to_owned()
}

/// Help on `review-report`.
pub fn review_report_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta review-report ARVIOINTI|PAKETTI.zip [--review TARKASTUS.ron] -o MUISTIO.pdf
        [--criteria TIEDOSTO]... [--lang fi|sv|en]

Tekee tarkastajan huomautuksista tarkastusmuistion: arvioinnin tunnistetiedot, sinetti ja
tarkistuksen tulos, kunkin kriteerin huomautus, tarkastaja ja päiväys.

  --review TARKASTUS.ron   tarkastustiedosto (oletus: arviointitiedoston vieressä oleva
                           ARVIOINTI.review.ron; paketin kanssa pakollinen)
  -o, --output MUISTIO.pdf mihin muistio kirjoitetaan (olemassa oleva korvataan)

Muistio tehdään myös, kun tarkistus löytää poikkeamia: se kertoo ne. Tiedosto kirjoitetaan
kokonaan tai ei ollenkaan. Poistumiskoodi: 0 kun muistio tehtiin, 1 muuten.
",
        "Användning: terve-kunta review-report BEDÖMNING|PAKET.zip [--review GRANSKNING.ron] -o PM.pdf
        [--criteria FIL]... [--lang fi|sv|en]

Gör en granskningspromemoria av granskarens anmärkningar: bedömningens identitet, förseglingen
och kontrollens resultat, anmärkningen om varje kriterium, granskaren och datum.

  --review GRANSKNING.ron   granskningsfilen (standard: BEDÖMNING.review.ron bredvid
                            bedömningsfilen; obligatorisk med ett paket)
  -o, --output PM.pdf       vart promemorian skrivs (en befintlig fil ersätts)

Promemorian görs också när kontrollen hittar avvikelser: den anger dem. Filen skrivs helt eller
inte alls. Slutkod: 0 när promemorian gjordes, annars 1.
",
        "Usage: terve-kunta review-report ASSESSMENT|PACKAGE.zip [--review REVIEW.ron] -o MEMO.pdf
        [--criteria FILE]... [--lang fi|sv|en]

Makes a review memo of the reviewer's remarks: the assessment's identity, its seal and what
verifying it found, each criterion's remark, the reviewer and the date.

  --review REVIEW.ron    the review file (default: ASSESSMENT.review.ron beside the assessment
                         file; required with a package)
  -o, --output MEMO.pdf  where the memo is written (an existing file is replaced)

The memo is made also when verifying finds something: it says what. The file is written whole
or not at all. Exit code: 0 when the memo was made, 1 otherwise.
",
    )
    .to_owned()
}

/// Help on `compare`.
pub fn compare_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta compare VANHA NYKYINEN [--json | -o VERTAILU.pdf] [--criteria TIEDOSTO]...
        [--lang fi|sv|en]

Vertaa saman kunnan kahta arviointia: kunkin kriteerin tila ja täyttyminen näytön kanssa ennen
ja nyt, lisätty ja poistettu näyttö, tehdyt ja uudet toimenpiteet sekä muutos yhdellä lauseella.
Kriteeri, joka on vain toisessa kriteeristön versiossa, näkyy uutena tai poistuneena.

  --json            sama tieto skripteille
  -o VERTAILU.pdf   vertailu PDF-tiedostona (olemassa oleva tiedosto korvataan)

Eri kuntien tai eri kriteeristöjen arvioinnit: yksi rivi ja poistumiskoodi 1.
",
        "Användning: terve-kunta compare GAMMAL NY [--json | -o JÄMFÖRELSE.pdf] [--criteria FIL]...
        [--lang fi|sv|en]

Jämför två bedömningar av samma kommun: varje kriteriums status och om det är uppfyllt med bevis
före och nu, tillagda och borttagna bevis, genomförda och nya åtgärder och förändringen i en mening.
Ett kriterium som bara finns i den ena versionen av kriterierna visas som nytt eller borttaget.

  --json              samma uppgifter för skript
  -o JÄMFÖRELSE.pdf   jämförelsen som PDF (en befintlig fil ersätts)

Bedömningar av olika kommuner eller mot olika kriterier: en rad och slutkod 1.
",
        "Usage: terve-kunta compare OLD NEW [--json | -o COMPARISON.pdf] [--criteria FILE]...
        [--lang fi|sv|en]

Compares two assessments of one municipality: each criterion's status and whether it is met
with evidence before and now, evidence added and removed, actions done and new, and the change
in one sentence. A criterion only one version of the criteria set has shows as new or removed.

  --json             the same for scripts
  -o COMPARISON.pdf  the comparison as a PDF (an existing file is replaced)

Assessments of different municipalities or against unrelated criteria sets: one line, exit 1.
",
    )
    .to_owned()
}

/// Help on `overview`.
pub fn overview_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta overview TIEDOSTOT_TAI_KANSIOT... [-o YHTEENVETO.pdf | --csv [-o YHTEENVETO.csv]]
        [--criteria TIEDOSTO]... [--lang fi|sv|en]

Alueellinen yhteenveto monesta arvioinnista tai paketista: rivi kustakin, sarake kustakin
kriteeristä merkkeineen, tulos, muutospäivä, sinetti ja tarkistuksen tulos. Kansiosta luetaan
sen .ron- ja .zip-tiedostot ja alikansioiden assessment.ron. Lukukelvoton tai muutettu tiedosto
on taulukossa sellaisena, eikä se keskeytä muita.

  -o YHTEENVETO.pdf  yhteenveto PDF-tiedostona
  --csv              taulukko CSV-muodossa taulukkolaskentaan
  --csv -o FILE.csv  mihin CSV kirjoitetaan (oletus: vakiotuloste)

Poistumiskoodi: 0 kun kaikki luettiin ja ovat ehjiä, 2 kun jokin ei ollut, 1 virheellisillä valinnoilla.
",
        "Användning: terve-kunta overview FILER_ELLER_MAPPAR... [-o ÖVERSIKT.pdf | --csv [-o ÖVERSIKT.csv]]
        [--criteria FIL]... [--lang fi|sv|en]

Regional översikt över många bedömningar eller paket: en rad för var och en, en kolumn per
kriterium med dess tecken, resultatet, ändringsdatum, förseglingen och kontrollens resultat. Ur
en mapp läses dess .ron- och .zip-filer och undermapparnas assessment.ron. En oläslig eller
ändrad fil står i tabellen som sådan och stoppar inte de andra.

  -o ÖVERSIKT.pdf    översikten som PDF
  --csv              tabellen som CSV för kalkylprogram
  --csv -o FIL.csv   vart CSV skrivs (standard: standard ut)

Slutkod: 0 när allt lästes och är oförändrat, 2 när något inte var det, 1 vid felaktiga alternativ.
",
        "Usage: terve-kunta overview FILES_OR_FOLDERS... [-o OVERVIEW.pdf | --csv [-o OVERVIEW.csv]]
        [--criteria FILE]... [--lang fi|sv|en]

A regional overview of many assessments or packages: a row each, a column per criterion with
its mark, the verdict, the date of the last change, the seal and what verifying found. From a
folder its .ron and .zip files are read, and assessment.ron in its subfolders. An unreadable or
changed file is listed as such and never stops the rest.

  -o OVERVIEW.pdf    the overview as a PDF
  --csv              the table as CSV for spreadsheets
  --csv -o FILE.csv  where the CSV goes (default: standard output)

Exit code: 0 when all were read and are intact, 2 when some were not, 1 for usage mistakes.
",
    )
    .to_owned()
}

/// A package holds no review: `--review` must name it.
pub fn review_needed_for_package(lang: Lang) -> String {
    pick(
        lang,
        "paketissa ei ole tarkastusta: anna tarkastustiedosto valinnalla --review",
        "paketet innehåller ingen granskning: ange granskningsfilen med --review",
        "a package holds no review: name the review file with --review",
    )
    .to_owned()
}

/// No review file beside the assessment.
pub fn review_not_found(lang: Lang) -> String {
    pick(
        lang,
        "tarkastustiedostoa ei löydy (anna se valinnalla --review)",
        "granskningsfilen hittades inte (ange den med --review)",
        "no review file found (name it with --review)",
    )
    .to_owned()
}

/// After `review-report`.
pub fn memo_written(lang: Lang, path: &str, size: &str) -> String {
    match lang {
        Lang::Fi => format!("Tarkastusmuistio kirjoitettu ({size}): {path}"),
        Lang::Sv => format!("Granskningspromemorian skrevs ({size}): {path}"),
        Lang::En => format!("Review memo written ({size}): {path}"),
    }
}

/// Help on `actions`.
pub fn actions_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta actions ARVIOINTI [--csv [-o TIEDOSTO.csv]] [--criteria TIEDOSTO]... [--lang fi|sv|en]

Listaa kaikkien kriteerien toimenpiteet määräajan mukaan (ilman määräaikaa olevat viimeisinä):
määräaika, tila (tehty, myöhässä, kesken), kriteeri, toimenpide ja vastuu.

  --csv                 CSV-muodossa taulukkolaskentaan: puolipiste kenttien välissä,
                        päivämäärät muodossa 2026-11-24, UTF-8
  -o, --output TIEDOSTO.csv   CSV tiedostoon (olemassa oleva korvataan) eikä tulosteeseen

Poistumiskoodi: 0 kun lista tehtiin, 1 muuten.
",
        "Användning: terve-kunta actions BEDÖMNING [--csv [-o FIL.csv]] [--criteria FIL]... [--lang fi|sv|en]

Listar alla kriteriers åtgärder i tidsordning (de utan sista dag sist): sista dag, status
(gjort, försenad, pågår), kriterium, åtgärd och ansvar.

  --csv                 som CSV för kalkylprogram: semikolon mellan fälten,
                        datum i formen 2026-11-24, UTF-8
  -o, --output FIL.csv  CSV till en fil (en befintlig fil ersätts) i stället för utskriften

Slutkod: 0 när listan gjordes, annars 1.
",
        "Usage: terve-kunta actions ASSESSMENT [--csv [-o FILE.csv]] [--criteria FILE]... [--lang fi|sv|en]

Lists every criterion's actions by due date (those without one last): due date, status (done,
overdue, open), criterion, action and who is responsible.

  --csv                 as CSV for spreadsheets: a semicolon between fields,
                        dates as 2026-11-24, UTF-8
  -o, --output FILE.csv CSV to a file (an existing file is replaced) instead of the output

Exit code: 0 when the list was made, 1 otherwise.
",
    )
    .to_owned()
}

/// The heading of `actions`: "Toimenpidesuunnitelma: Esimerkkilä (999): 6 toimenpidettä, 2
/// myöhässä".
pub fn action_plan_heading(lang: Lang, municipality: &str, total: usize, overdue: usize) -> String {
    let actions = crate::i18n::action_count(lang, total);
    let late = crate::i18n::report::T::Overdue.get(lang);
    let title = crate::i18n::report::T::ActionPlan.get(lang);
    format!("{title}: {municipality}: {actions}, {overdue} {late}")
}

/// After `actions --csv -o FILE`.
pub fn csv_written(lang: Lang, path: &str, rows: usize) -> String {
    match lang {
        Lang::Fi => format!("Toimenpidesuunnitelma kirjoitettu ({rows} riviä): {path}"),
        Lang::Sv => format!("Åtgärdsplanen skrevs ({rows} rader): {path}"),
        Lang::En => format!("Action plan written ({rows} rows): {path}"),
    }
}

/// `actions -o` could not write its file.
pub fn csv_not_written(lang: Lang, reason: &str, path: &str) -> String {
    match lang {
        Lang::Fi => format!("toimenpidesuunnitelmaa ei voitu kirjoittaa: {reason}: {path}"),
        Lang::Sv => format!("åtgärdsplanen kunde inte skrivas: {reason}: {path}"),
        Lang::En => format!("the action plan could not be written: {reason}: {path}"),
    }
}

/// Help on `verify`.
pub fn verify_help(lang: Lang) -> String {
    pick(
        lang,
        "Käyttö: terve-kunta verify ARVIOINTI|PAKETTI.zip [--lang fi|sv|en]

Tarkistaa, että arviointitiedosto on sellaisenaan kuin sovellus sen kirjoitti: muutoshistorian
ketju on ehjä, viimeistellyn arvioinnin sinetti täsmää sisältöön ja historiaan, ja jokaisen
liitteen SHA-256 täsmää. Paketista tarkistetaan lisäksi jokainen tiedosto paketin luetteloa vasten.
Tiedostoa ei muuteta.

Sinetin voi laskea kuka tahansa uudelleen, joten se ei estä tahallista väärentämistä: vertaa
tulostettua sinettiä arkistoidun raportin sinettiin.

Poistumiskoodi: 0 ehjä, 1 ei luettavissa, 2 muutettu.
",
        "Användning: terve-kunta verify BEDÖMNING|PAKET.zip [--lang fi|sv|en]

Kontrollerar att bedömningsfilen är som programmet skrev den: ändringshistorikens kedja är hel,
förseglingen av en slutförd bedömning stämmer med innehållet och historiken, och varje bilagas
SHA-256 stämmer. I ett paket kontrolleras dessutom varje fil mot paketets förteckning.
Filen ändras inte.

Vem som helst kan räkna om förseglingen, så den hindrar inte avsiktlig förfalskning: jämför den
utskrivna förseglingen med den i den arkiverade rapporten.

Slutkod: 0 oförändrad, 1 kan inte läsas, 2 ändrad.
",
        "Usage: terve-kunta verify ASSESSMENT|PACKAGE.zip [--lang fi|sv|en]

Checks that the assessment file is as the app wrote it: the change history's chain holds, a
finalised assessment's seal matches its content and history, and every attachment's SHA-256
matches. In a package, every file is also checked against the package's manifest.
The file is not changed.

Anyone can recompute the seal, so it does not stop a deliberate forger: compare the printed seal
with the one in the archived report.

Exit code: 0 intact, 1 unreadable, 2 tampered.
",
    )
    .to_owned()
}

/// The lines `verify` prints before its findings.
pub fn verify_header(lang: Lang, what: VerifyHeader<'_>) -> String {
    let VerifyHeader {
        file,
        sha256,
        seal,
        entries,
        attachments,
    } = what;
    let (l_file, l_sha, l_seal, l_history, l_attachments, unsealed) = match lang {
        Lang::Fi => (
            "Tiedosto",
            "SHA-256",
            "Sinetti",
            "Historia",
            "Liitteet",
            "ei sinettiä (arviointia ei ole viimeistelty)",
        ),
        Lang::Sv => (
            "Fil",
            "SHA-256",
            "Försegling",
            "Historik",
            "Bilagor",
            "ingen försegling (bedömningen är inte slutförd)",
        ),
        Lang::En => (
            "File",
            "SHA-256",
            "Seal",
            "History",
            "Attachments",
            "no seal (the assessment is not finalised)",
        ),
    };
    let entries = count(
        lang,
        entries,
        ["merkintä", "post", "entry"],
        ["merkintää", "poster", "entries"],
    );
    let attachments = match lang {
        Lang::Fi => format!("{attachments} tarkistettu"),
        Lang::Sv => format!("{attachments} kontrollerade"),
        Lang::En => format!("{attachments} checked"),
    };
    let seal = seal.map_or_else(|| unsealed.to_owned(), str::to_owned);
    format!(
        "{l_file}: {file}\n{l_sha}: {sha256}\n{l_seal}: {seal}\n{l_history}: {entries}\n{l_attachments}: {attachments}"
    )
}

/// What [`verify_header`] shows.
#[derive(Clone, Copy, Debug)]
pub struct VerifyHeader<'a> {
    /// The file checked.
    pub file: &'a str,
    /// Its SHA-256.
    pub sha256: &'a str,
    /// The seal and who made it when, if sealed.
    pub seal: Option<&'a str>,
    /// How many history entries.
    pub entries: usize,
    /// How many attachments were checked.
    pub attachments: usize,
}

/// After writing the report: where, and how large.
pub fn report_written(lang: Lang, path: &str, size: &str) -> String {
    match lang {
        Lang::Fi => format!("Raportti kirjoitettu ({size}): {path}"),
        Lang::Sv => format!("Rapporten skrevs ({size}): {path}"),
        Lang::En => format!("Report written ({size}): {path}"),
    }
}
