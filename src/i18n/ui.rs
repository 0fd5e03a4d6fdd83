//! The desktop app's labels, tooltips and messages.
//!
//! Each text is one line of the table below: a key and its Finnish, Swedish and English
//! wording. A missing translation does not compile; a test checks that none is empty and that
//! the Swedish and English differ from the Finnish where they should.

use super::{Lang, pick};

texts! {
    AppTitle => "Terve Kunta -itsearviointi", "Terve Kunta -itsearviointi", "Terve Kunta -itsearviointi";
    MenuFile => "Tiedosto", "Arkiv", "File";
    MenuEdit => "Muokkaa", "Redigera", "Edit";
    MenuView => "Näytä", "Visa", "View";

    CmdNew => "Uusi arviointi…", "Ny bedömning…", "New assessment…";
    CmdNewTip => "Aloita uusi arviointi kunnalle", "Börja en ny bedömning för en kommun", "Start a new assessment for a municipality";
    CmdOpen => "Avaa…", "Öppna…", "Open…";
    CmdOpenTip => "Avaa tallennettu arviointi tiedostosta", "Öppna en sparad bedömning från en fil", "Open a saved assessment from a file";
    CmdOpenExample => "Avaa esimerkki", "Öppna exemplet", "Open the example";
    CmdOpenExampleTip => "Kuvitteellisen Esimerkkilän keskeneräinen arviointi tutustumista varten", "En påbörjad bedömning av den fiktiva kommunen Esimerkkilä att utforska", "A half-finished assessment of the fictional municipality Esimerkkilä to explore";
    CmdSave => "Tallenna", "Spara", "Save";
    CmdSaveTip => "Tallenna arviointi tiedostoon", "Spara bedömningen i en fil", "Save the assessment to a file";
    CmdSaveAs => "Tallenna nimellä…", "Spara som…", "Save as…";
    CmdSaveAsTip => "Tallenna arviointi uuteen tiedostoon", "Spara bedömningen i en ny fil", "Save the assessment to a new file";
    CmdClose => "Sulje arviointi", "Stäng bedömningen", "Close the assessment";
    CmdCloseTip => "Palaa aloitussivulle", "Återgå till startsidan", "Go back to the start page";
    CmdQuit => "Lopeta", "Avsluta", "Quit";
    CmdQuitTip => "Sulje sovellus", "Stäng programmet", "Close the app";
    CmdUndo => "Kumoa", "Ångra", "Undo";
    CmdUndoTip => "Kumoa viimeisin muutos", "Ångra den senaste ändringen", "Undo the last change";
    CmdRedo => "Tee uudelleen", "Gör om", "Redo";
    CmdRedoTip => "Tee kumottu muutos uudelleen", "Gör om den ångrade ändringen", "Redo the undone change";
    CmdStart => "Aloitus", "Start", "Start";
    CmdStartTip => "Viimeisimmät arvioinnit ja uuden aloittaminen", "Senaste bedömningar och en ny början", "Recent assessments and starting a new one";
    CmdAssessment => "Arviointi", "Bedömning", "Assessment";
    CmdAssessmentTip => "Käy kriteerit läpi yksi kerrallaan", "Gå igenom kriterierna ett i taget", "Go through the criteria one at a time";
    CmdSummary => "Yhteenveto", "Sammanfattning", "Summary";
    CmdSummaryTip => "Onko kunta valmis liittymään, ja mitä vielä puuttuu", "Är kommunen redo att ansluta sig, och vad saknas ännu", "Is the municipality ready to join, and what is still missing";
    CmdSettings => "Asetukset", "Inställningar", "Settings";
    CmdSettingsTip => "Kieli, teema ja nimesi", "Språk, tema och ditt namn", "Language, theme and your name";
    CmdNext => "Seuraava kriteeri", "Nästa kriterium", "Next criterion";
    CmdNextTip => "Siirry seuraavaan kriteeriin", "Gå till nästa kriterium", "Go to the next criterion";
    CmdPrevious => "Edellinen kriteeri", "Föregående kriterium", "Previous criterion";
    CmdPreviousTip => "Siirry edelliseen kriteeriin", "Gå till föregående kriterium", "Go to the previous criterion";

    StartIntro => "Tarkista näytön avulla, täyttääkö kunta THL:n Terve Kunta -verkoston liittymisen kriteerit.", "Kontrollera med bevis om kommunen uppfyller kriterierna för att ansluta sig till THL:s nätverk Terve Kunta.", "Check, with evidence, whether the municipality meets the joining criteria of THL's Terve Kunta network.";
    RecentHeading => "Viimeisimmät arvioinnit", "Senaste bedömningar", "Recent assessments";
    RecentEmpty => "Ei vielä arviointeja. Aloita uusi arviointi tai avaa esimerkki.", "Inga bedömningar ännu. Börja en ny bedömning eller öppna exemplet.", "No assessments yet. Start a new one or open the example.";
    ColMunicipality => "Kunta", "Kommun", "Municipality";
    ColCriteria => "Kriteeristö", "Kriterier", "Criteria";
    ColEdited => "Muokattu", "Redigerad", "Edited";
    ColProgress => "Täyttyy näytön kanssa", "Uppfyllda med bevis", "Met with evidence";
    FileMissing => "Tiedostoa ei löydy", "Filen hittas inte", "File not found";
    RemoveFromList => "Poista listalta", "Ta bort från listan", "Remove from the list";
    DropHint => "Pudota arviointitiedosto avataksesi sen", "Släpp en bedömningsfil för att öppna den", "Drop an assessment file to open it";
    ExampleSuffix => "(esimerkki)", "(exempel)", "(example)";
    Untitled => "Tallentamaton arviointi", "Osparad bedömning", "Unsaved assessment";

    NewTitle => "Uusi arviointi", "Ny bedömning", "New assessment";
    FieldMunicipalityName => "Kunnan nimi", "Kommunens namn", "Municipality name";
    FieldKuntanumero => "Kuntanumero", "Kommunnummer", "Municipality code";
    FieldCriteriaSet => "Kriteeristö", "Kriterieuppsättning", "Criteria set";
    FieldAssessor => "Arvioija", "Bedömare", "Assessor";
    FieldAssessorRole => "Arvioijan tehtävä", "Bedömarens uppgift", "Assessor's role";
    Create => "Luo arviointi", "Skapa bedömningen", "Create the assessment";
    Cancel => "Peruuta", "Avbryt", "Cancel";
    NoCriteriaSets => "Yhtään kriteeristöä ei löytynyt.", "Inga kriterieuppsättningar hittades.", "No criteria sets were found.";

    OfficialText => "Virallinen teksti", "Officiell text", "Official text";
    UnofficialTranslation => "Epävirallinen käännös", "Inofficiell översättning", "Unofficial translation";
    Guidance => "Mikä käy näytöksi", "Vad som duger som bevis", "What counts as evidence";
    StatusHeading => "Tila", "Status", "Status";
    EvidenceHeading => "Näyttö", "Bevis", "Evidence";
    NoEvidence => "Tätä kriteeriä ei vielä tue mikään näyttö.", "Inget bevis styrker ännu det här kriteriet.", "No evidence backs this criterion yet.";
    AddEvidence => "Lisää näyttö…", "Lägg till bevis…", "Add evidence…";
    LinkEvidence => "Linkitä aiempi näyttö", "Länka tidigare bevis", "Link existing evidence";
    LinkEvidenceTip => "Sama päätös tai asiakirja voi tukea useaa kriteeriä: linkitä se kirjoittamatta uudelleen", "Samma beslut eller dokument kan styrka flera kriterier: länka det utan att skriva in det på nytt", "One decision or document can back several criteria: link it instead of typing it again";
    LinkThis => "Linkitä", "Länka", "Link";
    EditEvidence => "Muokkaa…", "Redigera…", "Edit…";
    ShowEvidence => "Näytä…", "Visa…", "Show…";
    Unlink => "Irrota", "Koppla loss", "Unlink";
    UnlinkTip => "Irrota näyttö tästä kriteeristä; se säilyy muissa kriteereissä", "Koppla loss beviset från det här kriteriet; det finns kvar i andra kriterier", "Unlink the evidence from this criterion; it stays with the others";
    Justification => "Perustelu", "Motivering", "Justification";
    ActionsHeading => "Toimenpiteet puutteiden korjaamiseksi", "Åtgärder för att avhjälpa brister", "Actions to close the gaps";
    ActionWhat => "Mitä tehdään", "Vad ska göras", "What is to be done";
    ActionWho => "Kuka", "Vem", "Who";
    ActionDue => "Mihin mennessä", "Senast", "By when";
    ActionDone => "Tehty", "Gjort", "Done";
    AddAction => "Lisää toimenpide", "Lägg till en åtgärd", "Add an action";
    RemoveAction => "Poista toimenpide", "Ta bort åtgärden", "Remove the action";
    AlsoBacks => "Tukee myös", "Styrker också", "Also backs";

    EditorTitle => "Näyttö", "Bevis", "Evidence";
    Kind => "Laji", "Typ", "Kind";
    Body => "Toimielin", "Organ", "Body";
    BodyName => "Toimielimen nimi", "Organets namn", "Name of the body";
    Subject => "Asia", "Ärende", "Subject";
    MeetingDate => "Kokouspäivä", "Mötesdatum", "Meeting date";
    Section => "Pykälä (§)", "Paragraf (§)", "Section (§)";
    DiaryNumber => "Diaarinumero", "Diarienummer", "Diary number";
    MinutesUrl => "Pöytäkirjan linkki", "Länk till protokollet", "Link to the minutes";
    Person => "Henkilö", "Person", "Person";
    Role => "Tehtävä tai rooli", "Uppgift eller roll", "Title or role";
    AppointedBy => "Nimeäjä", "Utsedd av", "Appointed by";
    AppointmentDate => "Nimityspäivä", "Utnämningsdatum", "Date of appointment";
    DocumentTitle => "Asiakirjan nimi", "Dokumentets namn", "Document title";
    DocumentDate => "Päiväys", "Datum", "Date";
    Link => "Linkki", "Länk", "Link";
    PageTitle => "Sivun otsikko", "Sidans rubrik", "Page title";
    Url => "Osoite", "Adress", "Address";
    CheckedDate => "Tarkistettu", "Kontrollerad", "Checked on";
    Purpose => "Mihin", "För vad", "Purpose";
    Amount => "Summa (€)", "Belopp (€)", "Amount (€)";
    Year => "Vuosi", "År", "Year";
    Description => "Kuvaus", "Beskrivning", "Description";
    Note => "Huomautus", "Anmärkning", "Note";
    BacksCriteria => "Tukee kriteerejä", "Styrker kriterierna", "Backs the criteria";
    DoneEditing => "Valmis", "Färdig", "Done";
    DeleteEvidence => "Poista näyttö", "Ta bort beviset", "Delete the evidence";
    DeleteEvidenceTip => "Poistaa näytön kaikista kriteereistä", "Tar bort beviset från alla kriterier", "Removes the evidence from every criterion";
    DateHint => "pp.kk.vvvv", "dd.mm.åååå", "dd.mm.yyyy";
    Recorded => "Kirjattu", "Antecknat", "Recorded";

    DateFormat => "Kirjoita päivämäärä muodossa 24.11.2026", "Skriv datumet som 24.11.2026", "Type the date as 24.11.2026";
    DateNoSuchDay => "Tällaista päivää ei ole", "Den dagen finns inte", "There is no such day";
    AmountFormat => "Kirjoita summa euroina, esimerkiksi 1 500,00", "Skriv beloppet i euro, till exempel 1 500,00", "Type the amount in euros, for example 1 500.00";
    AmountDecimals => "Enintään kaksi desimaalia", "Högst två decimaler", "At most two decimals";
    AmountTooLarge => "Summa on liian suuri", "Beloppet är för stort", "The amount is too large";
    YearFormat => "Kirjoita vuosi neljällä numerolla, esimerkiksi 2027", "Skriv året med fyra siffror, till exempel 2027", "Type the year with four digits, for example 2027";

    OverviewHeading => "Kriteerit yhdellä silmäyksellä", "Kriterierna i en överblick", "The criteria at a glance";
    MissingHeading => "Mitä vielä puuttuu", "Vad som ännu saknas", "What is still missing";
    NothingMissing => "Kaikki kriteerit täyttyvät, ja näyttö tukee niitä.", "Alla kriterier är uppfyllda och styrkta med bevis.", "Every criterion is met and backed by evidence.";
    NoEvidenceShort => "ei näyttöä", "inget bevis", "no evidence";
    MetWithoutEvidence => "Täyttyy, näyttö puuttuu", "Uppfyllt, bevis saknas", "Met, evidence missing";
    CountsAsMet => "Täyttyy näytön kanssa", "Uppfyllt med bevis", "Met with evidence";

    SettingsLanguage => "Kieli", "Språk", "Language";
    SettingsTheme => "Teema", "Tema", "Theme";
    ThemeLight => "Vaalea", "Ljust", "Light";
    ThemeDark => "Tumma", "Mörkt", "Dark";
    ThemeSystem => "Järjestelmän mukaan", "Enligt systemet", "Follow the system";
    SettingsUserName => "Nimesi", "Ditt namn", "Your name";
    SettingsUserNameHint => "Ehdotetaan arvioijaksi uusiin arviointeihin", "Föreslås som bedömare i nya bedömningar", "Suggested as the assessor of new assessments";

    UnsavedTitle => "Tallentamattomia muutoksia", "Osparade ändringar", "Unsaved changes";
    UnsavedBody => "Arvioinnissa on muutoksia, joita ei ole tallennettu. Tallennetaanko ne?", "Bedömningen har ändringar som inte har sparats. Ska de sparas?", "The assessment has changes that have not been saved. Save them?";
    Discard => "Hylkää muutokset", "Förkasta ändringarna", "Discard the changes";
    NoFileDialog => "Tiedostoikkunaa ei voi avata: järjestelmästä puuttuu työpöydän tiedostoportaali (xdg-desktop-portal) ja zenity. Pudota tiedosto ikkunaan tai avaa se viimeisimmistä.", "Filfönstret kan inte öppnas: systemet saknar skrivbordets filportal (xdg-desktop-portal) och zenity. Släpp filen i fönstret eller öppna den bland de senaste.", "The file dialog cannot open: the system has neither the desktop file portal (xdg-desktop-portal) nor zenity. Drop the file onto the window or open it from the recent list.";
    Saving => "Tallennetaan…", "Sparar…", "Saving…";
    SaveFailedShort => "Tallennus epäonnistui, yritetään uudelleen", "Det gick inte att spara, försöker igen", "Saving failed, trying again";
    ReadOnlyShort => "Vain luku", "Skrivskyddad", "Read-only";
    ConflictTitle => "Tiedostoa on muutettu toisaalla", "Filen har ändrats på annat håll", "The file was changed elsewhere";
    ConflictBody => "Arviointitiedostoa on muutettu tämän sovelluksen ulkopuolella (esimerkiksi toisella ohjelmalla tai synkronoinnissa) sen jälkeen, kun se avattiin. Muutoksiasi ei ole tallennettu sen päälle.", "Bedömningsfilen har ändrats utanför det här programmet (till exempel av ett annat program eller vid synkronisering) efter att den öppnades. Dina ändringar har inte sparats över den.", "The assessment file was changed outside this app (for example by another program or a sync client) after it was opened. Your changes have not been saved over it.";
    ConflictOverwrite => "Korvaa tiedosto omalla versiollani", "Ersätt filen med min version", "Replace the file with my version";
    ConflictReload => "Avaa tiedoston versio", "Öppna filens version", "Open the file's version";
    RecoveryTitle => "Arviointitiedostoa ei voi lukea", "Bedömningsfilen kan inte läsas", "The assessment file cannot be read";
    RestoreBackup => "Palauta varmuuskopio", "Återställ säkerhetskopian", "Restore the backup";
    AttachmentsHeading => "Liitteet", "Bilagor", "Attachments";
    AttachFile => "Liitä tiedosto…", "Bifoga en fil…", "Attach a file…";
    AttachFileTip => "Tiedosto kopioidaan arvioinnin kansioon; voit myös pudottaa tiedoston ikkunaan", "Filen kopieras till bedömningens mapp; du kan också släppa filen i fönstret", "The file is copied into the assessment's folder; you can also drop a file onto the window";
    AttachNeedsFolder => "Tallenna arviointi ensin, niin liitteet voidaan tallentaa sen kansioon", "Spara bedömningen först, så att bilagorna kan sparas i dess mapp", "Save the assessment first so that attachments can be stored in its folder";
    OpenAttachment => "Avaa liite", "Öppna bilagan", "Open the attachment";
    RemoveAttachment => "Poista liite", "Ta bort bilagan", "Remove the attachment";
    AttachmentMissing => "Liitetiedosto puuttuu", "Bilagefilen saknas", "The attached file is missing";
    AttachmentModified => "Liitetiedosto on muuttunut liittämisen jälkeen", "Bilagefilen har ändrats efter att den bifogades", "The attached file has changed since it was attached";
    AttachmentUnsafe => "Liitteen polku hylättiin turvallisuussyistä", "Bilagans sökväg avvisades av säkerhetsskäl", "The attachment's path was refused for safety";
    ExecutableTitle => "Avataanko ohjelmatiedosto?", "Öppna en programfil?", "Open a program file?";
    OpenAnyway => "Avaa silti", "Öppna ändå", "Open anyway";
    NotAFile => "valittu kohde ei ole tiedosto", "det valda är inte en fil", "the chosen item is not a file";
    ExportPdf => "Vie PDF…", "Exportera PDF…", "Export PDF…";
    ExportPdfTip => "Valmiusraportti ohjausryhmälle ja arkistoon", "Beredskapsrapporten för styrgruppen och arkivet", "The readiness report for the steering group and the archive";
    Dismiss => "Sulje ilmoitus", "Stäng meddelandet", "Dismiss";
    Unsaved => "Tallentamatta", "Osparad", "Not saved";
    Saved => "Tallennettu", "Sparat", "Saved";
}

/// "Kriteeri 3/10", "Kriterium 3/10", "Criterion 3/10".
pub fn criterion_of(lang: Lang, number: u32, total: usize) -> String {
    format!(
        "{} {number}/{total}",
        pick(lang, "Kriteeri", "Kriterium", "Criterion")
    )
}

/// The status of a criterion as the side list reads it aloud: "1. Ylimmän johdon vastuu: Täyttyy".
pub fn criterion_with_status(number: u32, title: &str, status: &str) -> String {
    format!("{number}. {title}: {status}")
}

/// A file could not be opened: "Tiedostoa ei voitu avata: …".
pub fn open_failed(lang: Lang, detail: &str, path: &str) -> String {
    match lang {
        Lang::Fi => format!("Arviointia ei voitu avata: {detail}: {path}"),
        Lang::Sv => format!("Bedömningen kunde inte öppnas: {detail}: {path}"),
        Lang::En => format!("The assessment could not be opened: {detail}: {path}"),
    }
}

/// The criteria set an opened file refers to is not known.
pub fn criteria_missing(lang: Lang, id: &str, version: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Arvioinnin kriteeristöä {id} (versio {version}) ei löydy sovelluksesta eikä kriteerikansiosta"
        ),
        Lang::Sv => format!(
            "Bedömningens kriterieuppsättning {id} (version {version}) finns inte i programmet eller i kriteriemappen"
        ),
        Lang::En => format!(
            "The assessment's criteria set {id} (version {version}) is neither in the app nor in the criteria folder"
        ),
    }
}

/// A save failed; the previous file is untouched.
pub fn save_failed(lang: Lang, reason: &str, path: &str) -> String {
    match lang {
        Lang::Fi => {
            format!("Tallennus epäonnistui: {reason}. Aiempi tiedosto on ennallaan: {path}")
        }
        Lang::Sv => {
            format!("Det gick inte att spara: {reason}. Den tidigare filen är oförändrad: {path}")
        }
        Lang::En => format!("Saving failed: {reason}. The previous file is unchanged: {path}"),
    }
}

/// Why a write failed, in words: disk full, no permission, read-only, folder missing.
pub fn write_failure_reason(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::StorageFull | K::QuotaExceeded => {
            pick(lang, "levy on täynnä", "disken är full", "the disk is full").to_owned()
        }
        K::PermissionDenied => pick(
            lang,
            "ei kirjoitusoikeutta",
            "ingen skrivrätt",
            "no permission to write",
        )
        .to_owned(),
        K::ReadOnlyFilesystem => pick(
            lang,
            "levy on vain luettavissa",
            "disken är skrivskyddad",
            "the disk is read-only",
        )
        .to_owned(),
        K::NotFound | K::NotADirectory => pick(
            lang,
            "kansiota ei löydy",
            "mappen hittas inte",
            "the folder does not exist",
        )
        .to_owned(),
        _ => error.to_string(),
    }
}

/// Who holds the assessment open, for the read-only banner.
pub fn read_only_locked(lang: Lang, holder: Option<&crate::storage::lock::LockHolder>) -> String {
    let Some(holder) = holder else {
        return pick(
            lang,
            "Vain luku: arviointi on auki toisessa ikkunassa tai toisella koneella.",
            "Skrivskyddad: bedömningen är öppen i ett annat fönster eller på en annan dator.",
            "Read-only: the assessment is open in another window or on another computer.",
        )
        .to_owned();
    };
    let zoned = holder.since.to_zoned_datetime(jiff::tz::TimeZone::system());
    let date = crate::domain::dates::format_date(zoned.date());
    let (hour, minute) = (zoned.hour(), zoned.minute());
    let since = match lang {
        Lang::Fi => format!("{date} klo {hour}.{minute:02}"),
        Lang::Sv => format!("{date} kl. {hour}.{minute:02}"),
        Lang::En => format!("{date} at {hour}:{minute:02}"),
    };
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

/// The banner for a file written by a newer version of the app.
pub fn read_only_newer(lang: Lang, version: u32) -> String {
    match lang {
        Lang::Fi => format!(
            "Vain luku: arvioinnin on tallentanut uudempi sovellus (tiedostoversio {version}). Päivitä sovellus muokataksesi sitä; tiedostoa ei muuteta."
        ),
        Lang::Sv => format!(
            "Skrivskyddad: bedömningen har sparats av en nyare version av programmet (filversion {version}). Uppdatera programmet för att redigera den; filen ändras inte."
        ),
        Lang::En => format!(
            "Read-only: a newer version of the app saved this assessment (file version {version}). Update the app to edit it; the file is not changed."
        ),
    }
}

/// The offer to restore the backup of an unreadable file.
pub fn recovery_body(lang: Lang, reason: &str, backup_date: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "{reason}. Edellinen versio on tallessa varmuuskopiona ({backup_date}). Palautettaessa vioittunut tiedosto säilytetään sen vieressä."
        ),
        Lang::Sv => format!(
            "{reason}. Den föregående versionen finns som säkerhetskopia ({backup_date}). Vid återställningen behålls den skadade filen bredvid."
        ),
        Lang::En => format!(
            "{reason}. The previous version is kept as a backup ({backup_date}). Restoring keeps the damaged file beside it."
        ),
    }
}

/// After restoring: where the damaged file went.
pub fn restored(lang: Lang, broken: &str) -> String {
    match lang {
        Lang::Fi => {
            format!("Varmuuskopio palautettiin. Vioittunut tiedosto säilytettiin: {broken}")
        }
        Lang::Sv => format!("Säkerhetskopian återställdes. Den skadade filen behölls: {broken}"),
        Lang::En => format!("The backup was restored. The damaged file was kept: {broken}"),
    }
}

/// A file too large to attach.
pub fn too_large(lang: Lang, size: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a size shown in megabytes")]
    let mb = size as f64 / (1024.0 * 1024.0);
    match lang {
        Lang::Fi => format!("tiedosto on liian suuri ({mb:.0} Mt, enintään 512 Mt)"),
        Lang::Sv => format!("filen är för stor ({mb:.0} MB, högst 512 MB)"),
        Lang::En => format!("the file is too large ({mb:.0} MB, at most 512 MB)"),
    }
}

/// A file could not be attached.
pub fn attach_failed(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::Fi => format!("Tiedostoa ei voitu liittää: {detail}"),
        Lang::Sv => format!("Filen kunde inte bifogas: {detail}"),
        Lang::En => format!("The file could not be attached: {detail}"),
    }
}

/// Asking before handing a program file to the system.
pub fn executable_body(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "{name} on ohjelma tai komentosarja: avattaessa järjestelmä voi suorittaa sen. Avaa vain, jos tiedät mistä se on peräisin."
        ),
        Lang::Sv => format!(
            "{name} är ett program eller skript: systemet kan köra det när det öppnas. Öppna bara om du vet var det kommer ifrån."
        ),
        Lang::En => format!(
            "{name} is a program or script: the system may run it when it is opened. Open it only if you know where it came from."
        ),
    }
}

/// The file could not be handed to the system.
pub fn launch_failed(lang: Lang, detail: &str) -> String {
    match lang {
        Lang::Fi => format!("Liitettä ei voitu avata: {detail}"),
        Lang::Sv => format!("Bilagan kunde inte öppnas: {detail}"),
        Lang::En => format!("The attachment could not be opened: {detail}"),
    }
}

/// After exporting the report: where, and how large.
pub fn report_exported(lang: Lang, path: &str, size: &str) -> String {
    match lang {
        Lang::Fi => format!("Raportti tallennettu ({size}): {path}"),
        Lang::Sv => format!("Rapporten sparades ({size}): {path}"),
        Lang::En => format!("Report saved ({size}): {path}"),
    }
}

/// "Tallennettu: /polku/tiedosto.ron".
pub fn saved_to(lang: Lang, path: &str) -> String {
    format!("{}: {path}", T::Saved.get(lang))
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
        super::super::check_translations(&all, &["AppTitle"]);
    }
}
