//! The words of the steering group's views: the request, the responses, the decisions.

use super::{Lang, pick};
use crate::domain::assessment::Status;
use crate::domain::group::{Imported, Opinion, Refusal};

texts! {
    Heading => "Ohjausryhmän näkemykset", "Styrgruppens synpunkter", "The steering group's views";
    Intro => "Pyydä jäseniltä näkemykset: tallenna pyyntö ja lähetä se heille sähköpostilla. Kukin avaa sen sovelluksessa (Tiedosto > Avaa näkemyspyyntö…), antaa näkemyksensä kriteereittäin ja lähettää vastaustiedoston takaisin. Tuo vastaukset tähän missä järjestyksessä tahansa; päätöksesi kirjataan muutoshistoriaan.", "Be medlemmarna om synpunkter: spara begäran och skicka den till dem per e-post. Var och en öppnar den i programmet (Arkiv > Öppna en begäran om synpunkter…), ger sin synpunkt per kriterium och skickar tillbaka svarsfilen. Importera svaren här i vilken ordning som helst; dina beslut antecknas i ändringshistoriken.", "Ask the members for their views: save the request and send it to them by e-mail. Each opens it in the app (File > Open a request for views…), gives a view per criterion and sends the response file back. Import the responses here in any order; your decisions are recorded in the change history.";
    NoRequest => "Näkemyksiä ei ole vielä pyydetty.", "Inga synpunkter har begärts ännu.", "No views have been requested yet.";
    NoResponses => "Vastauksia ei ole vielä tuotu.", "Inga svar har importerats ännu.", "No responses have been imported yet.";
    ColYours => "Arviosi", "Din bedömning", "Your status";
    ColDecision => "Päätös", "Beslut", "Decision";
    Keep => "Pidä", "Behåll", "Keep";
    YourView => "Näkemyksesi", "Din synpunkt", "Your view";
    ViewHint => "Oletko samaa mieltä koordinaattorin arviosta, vai mikä tilan pitäisi mielestäsi olla? Kommentti kertoo miksi.", "Håller du med koordinatorns bedömning, eller vilken status borde det vara? Kommentaren säger varför.", "Do you agree with the coordinator's status, or what should it be? The comment says why.";
    NoView => "Ei näkemystä", "Ingen synpunkt", "No view";
    Agree => "Samaa mieltä", "Av samma åsikt", "Agree";
    Comment => "Kommentti", "Kommentar", "Comment";
    NotSealable => "Viimeistellystä arvioinnista ei voi pyytää näkemyksiä: avaa se ensin muokattavaksi.", "Man kan inte be om synpunkter på en slutförd bedömning: öppna den för redigering först.", "Views cannot be requested of a finalised assessment: reopen it for edits first.";
    NeedsFile => "Tallenna arviointi tiedostoon ennen kuin pyydät näkemyksiä.", "Spara bedömningen i en fil innan du ber om synpunkter.", "Save the assessment to a file before asking for views.";
    AppendixIntro => "Ohjausryhmän jäsenet antoivat näkemyksensä arvioinnista itsenäisesti ennen käsittelyä. Koordinaattorin päätökset on kirjattu muutoshistoriaan.", "Styrgruppens medlemmar gav sina synpunkter på bedömningen var för sig före behandlingen. Koordinatorns beslut har antecknats i ändringshistoriken.", "The steering group's members gave their views on the assessment each on their own before it was discussed. The coordinator's decisions are recorded in the change history.";
    Responded => "Vastanneet", "Svarade", "Responded";
    ColAgree => "Samaa mieltä", "Samma åsikt", "Agree";
    ColDiffer => "Eri mieltä", "Annan åsikt", "Differ";
    Comments => "Kommentit", "Kommentarer", "Comments";
}

/// A member's opinion in a word: "samaa mieltä", or the status they propose.
pub fn opinion_word(lang: Lang, opinion: Opinion) -> String {
    match opinion {
        Opinion::Agree => T::Agree.get(lang).to_lowercase(),
        Opinion::Differ(status) => super::status_label(lang, status).to_owned(),
    }
}

/// The member's choices on a criterion, in the order a form offers them.
pub fn choices(lang: Lang) -> Vec<(Option<Opinion>, String)> {
    let mut choices = vec![
        (None, T::NoView.get(lang).to_owned()),
        (Some(Opinion::Agree), T::Agree.get(lang).to_owned()),
    ];
    for status in [Status::Met, Status::PartlyMet, Status::NotMet] {
        choices.push((
            Some(Opinion::Differ(status)),
            super::status_label(lang, status).to_owned(),
        ));
    }
    choices
}

/// The banner over a request opened by a member.
pub fn read_only_request(lang: Lang, requested_by: &str, when: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Näkemyspyyntö ({requested_by}, {when}): arviointia ei muuteta. Anna näkemyksesi kriteerien sivuilla ja vie se koordinaattorille: Tiedosto > Vie näkemykseni…"
        ),
        Lang::Sv => format!(
            "Begäran om synpunkter ({requested_by}, {when}): bedömningen ändras inte. Ge din synpunkt på kriteriernas sidor och exportera den till koordinatorn: Arkiv > Exportera mina synpunkter…"
        ),
        Lang::En => format!(
            "Request for views ({requested_by}, {when}): the assessment is not changed. Give your views on the criteria's pages and export them for the coordinator: File > Export my views…"
        ),
    }
}

/// After "Pyydä ohjausryhmän näkemykset…".
pub fn request_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fi => format!("Näkemyspyyntö tallennettu; lähetä se ohjausryhmän jäsenille: {path}"),
        Lang::Sv => format!("Begäran sparades; skicka den till styrgruppens medlemmar: {path}"),
        Lang::En => format!("Request saved; send it to the steering group's members: {path}"),
    }
}

/// After "Vie näkemykseni…".
pub fn response_saved(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fi => format!("Näkemyksesi tallennettu; lähetä tiedosto koordinaattorille: {path}"),
        Lang::Sv => format!("Din synpunkt sparades; skicka filen till koordinatorn: {path}"),
        Lang::En => format!("Your views were saved; send the file to the coordinator: {path}"),
    }
}

/// Why a response was not imported.
pub fn refusal(lang: Lang, refusal: &Refusal) -> String {
    match refusal {
        Refusal::NotRequested => pick(
            lang,
            "tästä arvioinnista ei ole pyydetty näkemyksiä",
            "inga synpunkter har begärts på den här bedömningen",
            "no views have been requested of this assessment",
        )
        .to_owned(),
        Refusal::OtherAssessment => pick(
            lang,
            "vastaus koskee toista arviointia",
            "svaret gäller en annan bedömning",
            "the response is to another assessment",
        )
        .to_owned(),
        Refusal::OtherVersion => pick(
            lang,
            "vastaus koskee arvioinnin toista versiota (aiempaa tai myöhempää pyyntöä)",
            "svaret gäller en annan version av bedömningen (en tidigare eller senare begäran)",
            "the response is to another version of the assessment (an earlier or later request)",
        )
        .to_owned(),
        Refusal::Duplicate => pick(
            lang,
            "sama vastaus on jo tuotu",
            "samma svar har redan importerats",
            "the same response has been imported already",
        )
        .to_owned(),
        Refusal::Older => pick(
            lang,
            "jäsenen uudempi vastaus on jo tuotu",
            "medlemmens nyare svar har redan importerats",
            "the member's newer response has been imported already",
        )
        .to_owned(),
        Refusal::NoMember => pick(
            lang,
            "vastauksessa ei ole jäsenen nimeä",
            "svaret saknar medlemmens namn",
            "the response names no member",
        )
        .to_owned(),
        Refusal::UnknownCriteria(ids) => {
            let ids = ids.join(", ");
            match lang {
                Lang::Fi => format!("vastauksessa on kriteerejä, joita arvioinnissa ei ole: {ids}"),
                Lang::Sv => format!("svaret har kriterier som bedömningen inte har: {ids}"),
                Lang::En => format!("the response has criteria the assessment does not: {ids}"),
            }
        }
        Refusal::CommentTooLong(id) => {
            let most = crate::domain::group::MAX_COMMENT_CHARS;
            match lang {
                Lang::Fi => format!("kriteerin {id} kommentti on yli {most} merkkiä"),
                Lang::Sv => format!("kommentaren till kriteriet {id} är över {most} tecken"),
                Lang::En => format!("the comment on criterion {id} is over {most} characters"),
            }
        }
    }
}

/// One line per imported file: what became of it.
pub fn imported(lang: Lang, file: &str, member: &str, outcome: Imported, views: usize) -> String {
    let views = super::count(
        lang,
        views,
        ["näkemys", "synpunkt", "view"],
        ["näkemystä", "synpunkter", "views"],
    );
    match (lang, outcome) {
        (Lang::Fi, Imported::Added) => format!("{file}: tuotu ({member}, {views})"),
        (Lang::Fi, Imported::Replaced) => {
            format!("{file}: tuotu ({member}, {views}); korvasi jäsenen aiemman vastauksen")
        }
        (Lang::Sv, Imported::Added) => format!("{file}: importerad ({member}, {views})"),
        (Lang::Sv, Imported::Replaced) => {
            format!("{file}: importerad ({member}, {views}); ersatte medlemmens tidigare svar")
        }
        (Lang::En, Imported::Added) => format!("{file}: imported ({member}, {views})"),
        (Lang::En, Imported::Replaced) => {
            format!("{file}: imported ({member}, {views}); replaced the member's earlier response")
        }
    }
}

/// One line per file that was not imported.
pub fn not_imported(lang: Lang, file: &str, reason: &str) -> String {
    match lang {
        Lang::Fi => format!("{file}: ei tuotu: {reason}"),
        Lang::Sv => format!("{file}: inte importerad: {reason}"),
        Lang::En => format!("{file}: not imported: {reason}"),
    }
}

/// "Pyyntö 2.12.2026 klo 10.00; 3 vastausta."
pub fn status_line(lang: Lang, when: &str, responses: usize) -> String {
    let responses = super::count(
        lang,
        responses,
        ["vastaus", "svar", "response"],
        ["vastausta", "svar", "responses"],
    );
    match lang {
        Lang::Fi => format!("Näkemyksiä pyydetty {when}; tuotu {responses}."),
        Lang::Sv => format!("Synpunkter begärda {when}; importerade: {responses}."),
        Lang::En => format!("Views requested {when}; imported: {responses}."),
    }
}

/// The button that adopts a member's status: "Muuta: Täyttyy osittain".
pub fn change_to(lang: Lang, status: Status) -> String {
    let status = super::status_label(lang, status);
    match lang {
        Lang::Fi => format!("Muuta: {status}"),
        Lang::Sv => format!("Ändra: {status}"),
        Lang::En => format!("Change: {status}"),
    }
}

/// A decision in words: "Päätetty: Täyttyy osittain".
pub fn decided(lang: Lang, status: Status) -> String {
    let status = super::status_label(lang, status);
    match lang {
        Lang::Fi => format!("Päätetty: {status}"),
        Lang::Sv => format!("Beslutat: {status}"),
        Lang::En => format!("Decided: {status}"),
    }
}

/// A member's view as the report prints it: "Sari Voutilainen (täyttyy osittain): comment".
pub fn view_line(lang: Lang, member: &str, opinion: Opinion, comment: &str) -> String {
    let word = opinion_word(lang, opinion);
    let comment = comment.trim();
    if comment.is_empty() {
        format!("{member} ({word})")
    } else {
        format!("{member} ({word}): {comment}")
    }
}

/// The file names offered: "Näkemyspyyntö-Kuvitelmala-2026-12-02.ron",
/// "Näkemys-Sari-Voutilainen-Kuvitelmala.ron".
pub fn request_file_name(municipality: &str, date: crate::domain::dates::Date) -> String {
    let name = super::report::file_name(municipality, date);
    name.replacen("Terve-Kunta-itsearviointi", "Nakemyspyynto", 1)
        .replace(".pdf", ".ron")
}

/// See [`request_file_name`].
pub fn response_file_name(member: &str, municipality: &str) -> String {
    let clean = |text: &str| -> String {
        text.trim()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect()
    };
    format!("Nakemys-{}-{}.ron", clean(member), clean(municipality))
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
    fn file_names() {
        assert_eq!(
            request_file_name(
                "Kuvitelmala",
                crate::domain::dates::Date::constant(2026, 12, 2)
            ),
            "Nakemyspyynto-Kuvitelmala-2026-12-02.ron"
        );
        assert_eq!(
            response_file_name("Sari Voutilainen", "Kuvitelmala"),
            "Nakemys-Sari-Voutilainen-Kuvitelmala.ron"
        );
    }
}
