//! Messages about criteria files: what the loader found and where.

use std::fmt::Write as _;

use super::{Problem, Severity, SyntaxError, TextField};
use crate::i18n::{Lang, pick};

/// "virhe" / "fel" / "error", "varoitus" / "varning" / "warning".
pub fn severity_word(lang: Lang, severity: Severity) -> &'static str {
    match severity {
        Severity::Error => pick(lang, "virhe", "fel", "error"),
        Severity::Warning => pick(lang, "varoitus", "varning", "warning"),
    }
}

fn text_field(lang: Lang, field: TextField) -> String {
    let what = match field {
        TextField::SetTitle => pick(
            lang,
            "kriteeristön nimi",
            "uppsättningens namn",
            "the set's title",
        ),
        TextField::ShortTitle => pick(lang, "lyhyt otsikko", "kort rubrik", "the short title"),
        TextField::Text => pick(
            lang,
            "kriteerin teksti",
            "kriteriets text",
            "the criterion's text",
        ),
        TextField::Guidance => pick(
            lang,
            "ohje näytöstä",
            "anvisning om bevis",
            "the guidance on evidence",
        ),
        TextField::Reading => pick(
            lang,
            "vaatimuksen tulkinta",
            "tolkningen av kravet",
            "the requirement's reading",
        ),
        TextField::Changes => pick(
            lang,
            "muutokset edelliseen versioon",
            "ändringarna sedan föregående version",
            "the changes since the previous version",
        ),
    };
    format!("{what} (`{}`)", field.name())
}

fn value_type(lang: Lang, kind: &str) -> &'static str {
    match kind {
        "string" => pick(
            lang,
            "tekstiä lainausmerkeissä",
            "text inom citattecken",
            "text in double quotes",
        ),
        "integer" => pick(lang, "kokonaislukua", "ett heltal", "a whole number"),
        "number" => pick(lang, "lukua", "ett tal", "a number"),
        "boolean" => pick(
            lang,
            "arvoa true tai false",
            "värdet true eller false",
            "true or false",
        ),
        "list" => pick(lang, "luetteloa [ … ]", "en lista [ … ]", "a list [ … ]"),
        "map" => pick(lang, "hakemistoa { … }", "en tabell { … }", "a map { … }"),
        _ => pick(
            lang,
            "rakennetta ( … )",
            "en struktur ( … )",
            "a structure ( … )",
        ),
    }
}

#[expect(
    clippy::too_many_lines,
    reason = "one arm per message, each in three languages"
)]
pub(crate) fn syntax_message(lang: Lang, error: &SyntaxError) -> String {
    match error {
        SyntaxError::UnexpectedEnd => pick(
            lang,
            "tiedosto loppuu kesken: sulkeva sulje tai lainausmerkki puuttuu",
            "filen tar slut mitt i: en avslutande parentes eller ett citattecken saknas",
            "the file ends too early: a closing bracket or quote is missing",
        )
        .to_owned(),
        SyntaxError::UnexpectedChar(c) => match lang {
            Lang::Fi => format!("merkki {c:?} ei kuulu tähän"),
            Lang::Sv => format!("tecknet {c:?} hör inte hit"),
            Lang::En => format!("the character {c:?} does not belong here"),
        },
        SyntaxError::TrailingCharacters => pick(
            lang,
            "ylimääräistä tekstiä kriteeristön lopun jälkeen",
            "extra text efter uppsättningens slut",
            "extra text after the end of the set",
        )
        .to_owned(),
        SyntaxError::ExpectedComma => pick(
            lang,
            "pilkku puuttuu",
            "kommatecken saknas",
            "a comma is missing",
        )
        .to_owned(),
        SyntaxError::ExpectedColon => pick(
            lang,
            "kaksoispiste puuttuu nimen jälkeen",
            "kolon saknas efter namnet",
            "a colon is missing after the name",
        )
        .to_owned(),
        SyntaxError::ExpectedClosing(c) => match lang {
            Lang::Fi => format!("sulkeva '{c}' puuttuu"),
            Lang::Sv => format!("avslutande '{c}' saknas"),
            Lang::En => format!("a closing '{c}' is missing"),
        },
        SyntaxError::ExpectedOpening(c) => match lang {
            Lang::Fi => format!("tähän kuuluu avaava '{c}'"),
            Lang::Sv => format!("här ska det stå en inledande '{c}'"),
            Lang::En => format!("an opening '{c}' belongs here"),
        },
        SyntaxError::UnclosedString => pick(
            lang,
            "teksti jää sulkematta: lopettava lainausmerkki \" puuttuu",
            "texten avslutas inte: det avslutande citattecknet \" saknas",
            "a text is not closed: the closing quote \" is missing",
        )
        .to_owned(),
        SyntaxError::UnclosedComment => pick(
            lang,
            "kommentti /* … */ jää sulkematta",
            "kommentaren /* … */ avslutas inte",
            "a /* … */ comment is not closed",
        )
        .to_owned(),
        SyntaxError::WrongType { expected } => {
            let expected = value_type(lang, expected);
            match lang {
                Lang::Fi => format!("väärä arvo: tähän kuuluu {expected}"),
                Lang::Sv => format!("fel värde: här ska det stå {expected}"),
                Lang::En => format!("wrong value: {expected} belongs here"),
            }
        }
        SyntaxError::DuplicateField(field) => match lang {
            Lang::Fi => format!("kenttä `{field}` on annettu kahdesti"),
            Lang::Sv => format!("fältet `{field}` anges två gånger"),
            Lang::En => format!("the field `{field}` is given twice"),
        },
        SyntaxError::UnknownField(field) => match lang {
            Lang::Fi => format!("tuntematon kenttä `{field}`"),
            Lang::Sv => format!("okänt fält `{field}`"),
            Lang::En => format!("unknown field `{field}`"),
        },
        SyntaxError::MissingField(field) => match lang {
            Lang::Fi => format!("kenttä `{field}` puuttuu"),
            Lang::Sv => format!("fältet `{field}` saknas"),
            Lang::En => format!("the field `{field}` is missing"),
        },
        SyntaxError::UnknownVariant(name) => match lang {
            Lang::Fi => format!("tuntematon arvo `{name}`"),
            Lang::Sv => format!("okänt värde `{name}`"),
            Lang::En => format!("unknown value `{name}`"),
        },
        SyntaxError::NumberOutOfRange => pick(
            lang,
            "luku on liian suuri tai liian pieni",
            "talet är för stort eller för litet",
            "the number is too large or too small",
        )
        .to_owned(),
        SyntaxError::TooDeep => pick(
            lang,
            "rakenne on sisäkkäin liian syvällä",
            "strukturen är nästlad för djupt",
            "the structure is nested too deeply",
        )
        .to_owned(),
        SyntaxError::WrongStructName { expected, found } => match lang {
            Lang::Fi => format!("rakenteen nimi on `{found}`, sen pitää olla `{expected}`"),
            Lang::Sv => format!("strukturen heter `{found}`, den ska heta `{expected}`"),
            Lang::En => format!("the structure is named `{found}`; it must be `{expected}`"),
        },
        SyntaxError::NotUtf8 => pick(
            lang,
            "tiedosto ei ole UTF-8-tekstiä: tallenna se UTF-8-muodossa",
            "filen är inte UTF-8-text: spara den som UTF-8",
            "the file is not UTF-8 text: save it as UTF-8",
        )
        .to_owned(),
        SyntaxError::Other(detail) => match lang {
            Lang::Fi => format!("RON-muotovirhe ({detail})"),
            Lang::Sv => format!("fel i RON-formatet ({detail})"),
            Lang::En => format!("RON format error ({detail})"),
        },
    }
}

/// A criteria file problem in one sentence (without the position and severity).
#[expect(
    clippy::too_many_lines,
    reason = "one arm per message, each in three languages"
)]
pub fn problem_message(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::TooLarge { size, limit } => match lang {
            Lang::Fi => format!(
                "tiedosto on liian suuri kriteeritiedostoksi ({size} tavua, enintään {limit})"
            ),
            Lang::Sv => {
                format!("filen är för stor för en kriteriefil ({size} byte, högst {limit})")
            }
            Lang::En => {
                format!("the file is too large for a criteria file ({size} bytes, at most {limit})")
            }
        },
        Problem::EmptyFile => pick(
            lang,
            "tiedosto on tyhjä: siinä ei ole kriteeristöä",
            "filen är tom: den innehåller ingen kriterieuppsättning",
            "the file is empty: it holds no criteria set",
        )
        .to_owned(),
        Problem::Syntax(error) => syntax_message(lang, error),
        Problem::UnknownField { field, suggestion } => {
            let mut message = match lang {
                Lang::Fi => format!("tuntematon kenttä `{field}`"),
                Lang::Sv => format!("okänt fält `{field}`"),
                Lang::En => format!("unknown field `{field}`"),
            };
            if let Some(suggestion) = suggestion {
                let question = pick(lang, "tarkoititko", "menade du", "did you mean");
                let _ = write!(message, " ({question} `{suggestion}`?)");
            }
            message
        }
        Problem::MissingField { field, criterion } => match (lang, criterion) {
            (Lang::Fi, None) => format!("kenttä `{field}` puuttuu"),
            (Lang::Fi, Some(n)) => format!("kriteeristä {n} puuttuu kenttä `{field}`"),
            (Lang::Sv, None) => format!("fältet `{field}` saknas"),
            (Lang::Sv, Some(n)) => format!("fältet `{field}` saknas i kriterium {n}"),
            (Lang::En, None) => format!("the field `{field}` is missing"),
            (Lang::En, Some(n)) => format!("criterion {n} lacks the field `{field}`"),
        },
        Problem::UnsupportedFormat { found, supported } => match lang {
            Lang::Fi => format!(
                "tiedostomuotoa {found} ei tunneta (tämä sovellus lukee muotoa {supported}); uudempi muoto vaatii uudemman sovelluksen"
            ),
            Lang::Sv => format!(
                "filformatet {found} är okänt (det här programmet läser format {supported}); ett nyare format kräver en nyare version av programmet"
            ),
            Lang::En => format!(
                "file format {found} is unknown (this app reads format {supported}); a newer format needs a newer version of the app"
            ),
        },
        Problem::InvalidId(id) => match lang {
            Lang::Fi => format!(
                "tunniste {id:?} ei kelpaa: käytä vain kirjaimia A–Z, numeroita, viivaa, alaviivaa ja pistettä (enintään 64 merkkiä)"
            ),
            Lang::Sv => format!(
                "id {id:?} är ogiltigt: använd bara bokstäverna A–Z, siffror, bindestreck, understreck och punkt (högst 64 tecken)"
            ),
            Lang::En => format!(
                "the id {id:?} is not valid: use only letters A–Z, digits, hyphen, underscore and full stop (at most 64 characters)"
            ),
        },
        Problem::NotAWebAddress(url) => match lang {
            Lang::Fi => format!(
                "{url:?} ei ole verkko-osoite: osoitteen pitää alkaa https:// tai http:// eikä siinä saa olla välilyöntejä"
            ),
            Lang::Sv => format!(
                "{url:?} är ingen webbadress: adressen ska börja med https:// eller http:// och får inte innehålla mellanslag"
            ),
            Lang::En => format!(
                "{url:?} is not a web address: it must start with https:// or http:// and hold no spaces"
            ),
        },
        Problem::DuplicateId { id, first } => {
            let line = first.map(|p| p.line);
            match (lang, line) {
                (Lang::Fi, Some(line)) => format!("tunniste {id:?} on jo käytössä rivillä {line}"),
                (Lang::Fi, None) => format!("tunniste {id:?} on jo käytössä"),
                (Lang::Sv, Some(line)) => format!("id {id:?} används redan på rad {line}"),
                (Lang::Sv, None) => format!("id {id:?} används redan"),
                (Lang::En, Some(line)) => format!("the id {id:?} is already used on line {line}"),
                (Lang::En, None) => format!("the id {id:?} is already used"),
            }
        }
        Problem::DuplicateNumber { number, first } => {
            let line = first.map(|p| p.line);
            match (lang, line) {
                (Lang::Fi, Some(line)) => format!("numero {number} on jo käytössä rivillä {line}"),
                (Lang::Fi, None) => format!("numero {number} on jo käytössä"),
                (Lang::Sv, Some(line)) => format!("nummer {number} används redan på rad {line}"),
                (Lang::Sv, None) => format!("nummer {number} används redan"),
                (Lang::En, Some(line)) => format!("number {number} is already used on line {line}"),
                (Lang::En, None) => format!("number {number} is already used"),
            }
        }
        Problem::ZeroNumber => pick(
            lang,
            "kriteerien numerointi alkaa 1:stä",
            "kriterierna numreras från 1",
            "criteria are numbered from 1",
        )
        .to_owned(),
        Problem::EmptyValue(field) => match lang {
            Lang::Fi => format!("kenttä `{field}` on tyhjä"),
            Lang::Sv => format!("fältet `{field}` är tomt"),
            Lang::En => format!("the field `{field}` is empty"),
        },
        Problem::MissingOfficialText { field, lang: code } => {
            let field = text_field(lang, *field);
            match lang {
                Lang::Fi => format!("virallinen teksti ({code}) puuttuu tai on tyhjä: {field}"),
                Lang::Sv => format!("den officiella texten ({code}) saknas eller är tom: {field}"),
                Lang::En => format!("the official text ({code}) is missing or empty: {field}"),
            }
        }
        Problem::MissingTranslation { field, lang: code } => {
            let field = text_field(lang, *field);
            match lang {
                Lang::Fi => format!("käännös ({code}) puuttuu: {field}"),
                Lang::Sv => format!("översättningen ({code}) saknas: {field}"),
                Lang::En => format!("the translation ({code}) is missing: {field}"),
            }
        }
        Problem::UnknownLanguage(code) => match lang {
            Lang::Fi => format!("tuntematon kieli {code:?}: sovellus tuntee kielet fi, sv ja en"),
            Lang::Sv => format!("okänt språk {code:?}: programmet känner språken fi, sv och en"),
            Lang::En => format!("unknown language {code:?}: the app knows fi, sv and en"),
        },
        Problem::UnlistedLanguage(code) => match lang {
            Lang::Fi => format!("kieli {code:?} puuttuu luettelosta `languages`"),
            Lang::Sv => format!("språket {code:?} saknas i listan `languages`"),
            Lang::En => format!("the language {code:?} is not in the list `languages`"),
        },
        Problem::OfficialLanguageNotListed(code) => match lang {
            Lang::Fi => format!("virallinen kieli {code:?} puuttuu luettelosta `languages`"),
            Lang::Sv => format!("det officiella språket {code:?} saknas i listan `languages`"),
            Lang::En => format!("the official language {code:?} is not in the list `languages`"),
        },
        Problem::DuplicateLanguage(code) => match lang {
            Lang::Fi => format!("kieli {code:?} on annettu kahdesti"),
            Lang::Sv => format!("språket {code:?} anges två gånger"),
            Lang::En => format!("the language {code:?} is given twice"),
        },
        Problem::UnknownEvidenceKind(kind) => match lang {
            Lang::Fi => format!(
                "tuntematon näytön laji {kind:?}: sallitut ovat decision, appointment, document, web_page, budget ja other"
            ),
            Lang::Sv => format!(
                "okänd typ av bevis {kind:?}: tillåtna är decision, appointment, document, web_page, budget och other"
            ),
            Lang::En => format!(
                "unknown evidence kind {kind:?}: allowed are decision, appointment, document, web_page, budget and other"
            ),
        },
        Problem::UnknownEntity(entity) => match lang {
            Lang::Fi => format!(
                "tuntematon jäsentyyppi {entity:?}: sallitut ovat \"kunta\" ja \"kuntayhtymä\""
            ),
            Lang::Sv => {
                format!("okänd medlemstyp {entity:?}: tillåtna är \"kunta\" och \"kuntayhtymä\"")
            }
            Lang::En => {
                format!("unknown entity type {entity:?}: allowed are \"kunta\" and \"kuntayhtymä\"")
            }
        },
        Problem::InvalidPeriod { start, end } => match lang {
            Lang::Fi => format!(
                "kausi {start}–{end} ei kelpaa: anna vuodet väliltä 1980–2200, alkuvuosi ensin"
            ),
            Lang::Sv => format!(
                "perioden {start}–{end} är ogiltig: ange år mellan 1980 och 2200, startåret först"
            ),
            Lang::En => format!(
                "the period {start}–{end} is not valid: give years between 1980 and 2200, the first year first"
            ),
        },
        Problem::EmptySet => pick(
            lang,
            "kriteeristössä ei ole yhtään kriteeriä",
            "uppsättningen innehåller inga kriterier",
            "the set has no criteria",
        )
        .to_owned(),
        Problem::NoRequirements => pick(
            lang,
            "muodon 1 tiedosto ei kerro, millainen näyttö täyttää kriteerit: mikä tahansa täydellinen ja kelvollinen näyttö riittää; muodossa 2 jokaisella kriteerillä on näyttövaatimus (`requirement`)",
            "en fil i format 1 anger inte vilka bevis som uppfyller kriterierna: vilket fullständigt och giltigt bevis som helst räcker; i format 2 har varje kriterium ett beviskrav (`requirement`)",
            "a format 1 file does not say what evidence satisfies its criteria: any complete, valid evidence item counts; in format 2 each criterion has an evidence requirement (`requirement`)",
        )
        .to_owned(),
        Problem::RequirementNeedsFormat2 => pick(
            lang,
            "näyttövaatimus (`requirement`) vaatii tiedostomuodon 2: kirjoita alkuun `format: 2`",
            "beviskrav (`requirement`) kräver filformat 2: skriv `format: 2` i början",
            "an evidence requirement (`requirement`) needs file format 2: write `format: 2` at the top",
        )
        .to_owned(),
        Problem::NoAlternatives => pick(
            lang,
            "näyttövaatimuksessa ei ole yhtään vaihtoehtoa (`any_of` on tyhjä)",
            "beviskravet har inga alternativ (`any_of` är tom)",
            "the evidence requirement has no alternatives (`any_of` is empty)",
        )
        .to_owned(),
        Problem::UnknownBody(body) => match lang {
            Lang::Fi => format!(
                "tuntematon toimielin {body:?}: sallitut ovat council, board, committee, management_group, official ja other"
            ),
            Lang::Sv => format!(
                "okänt organ {body:?}: tillåtna är council, board, committee, management_group, official och other"
            ),
            Lang::En => format!(
                "unknown body {body:?}: allowed are council, board, committee, management_group, official and other"
            ),
        },
        Problem::FieldNotForKind { field, kind } => match lang {
            Lang::Fi => format!("kenttä `{field}` ei koske näytön lajia {kind:?}"),
            Lang::Sv => format!("fältet `{field}` gäller inte bevistypen {kind:?}"),
            Lang::En => format!("the field `{field}` does not apply to the evidence kind {kind:?}"),
        },
        Problem::TwoFreshnessRules => pick(
            lang,
            "anna joko `within_council_terms` tai `within_months`, ei molempia",
            "ange antingen `within_council_terms` eller `within_months`, inte båda",
            "give either `within_council_terms` or `within_months`, not both",
        )
        .to_owned(),
        Problem::ZeroFreshness(field) => match lang {
            Lang::Fi => format!("`{field}` ei voi olla 0: mikään näyttö ei täyttäisi sitä"),
            Lang::Sv => format!("`{field}` kan inte vara 0: inget bevis skulle uppfylla det"),
            Lang::En => format!("`{field}` cannot be 0: no evidence could meet it"),
        },
        Problem::EmptyRole => pick(
            lang,
            "tyhjä tehtävänimike: jokainen nimike sisältäisi sen",
            "tom titel: varje titel skulle innehålla den",
            "an empty role: every role would contain it",
        )
        .to_owned(),
    }
}
