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
    StartHowHeading => "Näin arviointi etenee", "Så går bedömningen till", "How the assessment works";
    StartCriteriaIntro => "Terve Kunta -verkostoon liittyvän kunnan on täytettävä seuraavat kriteerit.", "En kommun som ansluter sig till nätverket Terve Kunta ska uppfylla följande kriterier.", "A municipality joining the Terve Kunta network must meet the following criteria.";
    StartRule => "Kriteeri täyttyy vasta, kun sen tila on ”Täyttyy” ja sitä tukee näyttö, joka kelpaa kriteerin vaatimukseen: esimerkiksi kunnanhallituksen päätös päivämäärineen ja pykälineen. Pelkkä merkintä ei riitä.", "Ett kriterium är uppfyllt först när dess status är ”Uppfyllt” och det stöds av belägg som godtas enligt kriteriets krav: till exempel ett beslut av kommunstyrelsen med datum och paragraf. Enbart en markering räcker inte.", "A criterion counts as met only when its status is “Met” and evidence that satisfies its requirement backs it: for example a board decision with its date and §. A tick alone is not enough.";
    StartStep1 => "1. Arvioi kriteerit yksi kerrallaan ja kirjaa näyttö.", "1. Bedöm kriterierna ett i taget och anteckna beläggen.", "1. Assess the criteria one at a time and record the evidence.";
    StartStep2 => "2. Katso yhteenvedosta, mitä vielä puuttuu.", "2. Se i sammanfattningen vad som ännu saknas.", "2. See in the summary what is still missing.";
    StartStep3 => "3. Vie raportti PDF:nä ohjausryhmälle.", "3. Exportera rapporten som PDF till styrgruppen.", "3. Export the report as a PDF for the steering group.";
    StartStep4 => "4. Viimeistele ja sinetöi arviointi, kun se on hyväksytty.", "4. Slutför och försegla bedömningen när den har godkänts.", "4. Finalise and seal the assessment once it has been approved.";
    ColState => "Tila", "Läge", "State";
    RecentFinalised => "Viimeistelty", "Slutförd", "Finalised";
    RecentFinalisedTip => "Arviointi on viimeistelty ja sinetöity", "Bedömningen är slutförd och förseglad", "The assessment is finalised and sealed";
    RecentReview => "Tarkastus", "Granskning", "Review";
    RecentReviewTip => "Avattu tarkastettavaksi: avautuu uudelleen vain luettavaksi", "Öppnad för granskning: öppnas igen skrivskyddad", "Opened for review: opens read-only again";
    RecentDraft => "Kesken", "Pågår", "In progress";
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
    Guidance => "Mikä käy näytöksi", "Vad som godtas som bevis", "What counts as evidence";
    StatusHeading => "Tila", "Status", "Status";
    EvidenceHeading => "Näyttö", "Bevis", "Evidence";
    NoEvidence => "Tätä kriteeriä ei vielä tue mikään näyttö.", "Inget bevis styrker ännu det här kriteriet.", "No evidence backs this criterion yet.";
    AddEvidence => "Lisää näyttö…", "Lägg till bevis…", "Add evidence…";
    LinkEvidence => "Linkitä aiempi näyttö", "Länka tidigare bevis", "Link existing evidence";
    LinkEvidenceTip => "Sama päätös tai asiakirja voi tukea useaa kriteeriä: linkitä se kirjoittamatta uudelleen", "Samma beslut eller dokument kan styrka flera kriterier: länka det utan att skriva in det på nytt", "One decision or document can back several criteria: link it instead of typing it again";
    LinkThis => "Linkitä", "Länka", "Link";
    EditEvidence => "Muokkaa…", "Redigera…", "Edit…";
    EditEvidenceTip => "Muokkaa näytön tietoja ja sitä, mitä kriteerejä se tukee", "Redigera bevisets uppgifter och vilka kriterier det stöder", "Edit the item's details and which criteria it backs";
    ShowEvidenceTip => "Näytä näytön tiedot; arviointia ei voi muuttaa", "Visa bevisets uppgifter; bedömningen kan inte ändras", "Show the item's details; the assessment cannot be changed";
    DoesNotCount => "Ei kelpaa", "Godtas inte", "Does not count";
    RequirementHeading => "Näyttövaatimus (sovelluksen tulkinta)", "Beviskrav (programmets tolkning)", "Evidence requirement (the app's reading)";
    RequirementRule => "Sovellus tarkistaa", "Programmet kontrollerar", "The app checks";
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
    CloseView => "Sulje", "Stäng", "Close";
    IncompleteQuestion => "Näyttö on keskeneräinen. Säilytetäänkö se näin?", "Beviset är ofullständigt. Ska det sparas så här?", "The item is incomplete. Keep it like this?";
    IncompleteExplain => "Keskeneräinen näyttö säilyy, mutta se ei kelpaa minkään kriteerin näytöksi ennen kuin tiedot on täydennetty.", "Ett ofullständigt bevis sparas, men det godtas inte som bevis för något kriterium förrän uppgifterna har kompletterats.", "An incomplete item is kept, but it does not count for any criterion until its details are complete.";
    KeepIncomplete => "Säilytä keskeneräisenä", "Spara som ofullständigt", "Keep as incomplete";
    ContinueEditing => "Jatka muokkausta", "Fortsätt redigera", "Continue editing";
    AppointingBody => "Nimennyt toimielin", "Organ som utsåg", "Appointing body";
    ApprovedBy => "Hyväksynyt toimielin", "Organ som godkände", "Approved by";
    ApprovedOn => "Hyväksymispäivä", "Datum för godkännandet", "Approval date";
    ApprovalSection => "Hyväksymisen pykälä (§)", "Godkännandets paragraf (§)", "Approval section (§)";
    NoBody => "Ei kirjattu", "Inte antecknat", "Not recorded";
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
    EvidenceInsufficient => "Täyttyy, näyttö ei riitä", "Uppfyllt, beviset räcker inte", "Met, evidence insufficient";
    CountsAsMet => "Täyttyy näytön kanssa", "Uppfyllt med bevis", "Met with evidence";

    SettingsLanguage => "Kieli", "Språk", "Language";
    SettingsTheme => "Teema", "Tema", "Theme";
    ThemeLight => "Vaalea", "Ljust", "Light";
    ThemeDark => "Tumma", "Mörkt", "Dark";
    ThemeSystem => "Järjestelmän mukaan", "Enligt systemet", "Follow the system";
    SettingsUserName => "Nimesi", "Ditt namn", "Your name";
    NamePromptTitle => "Tervetuloa! Kuka olet?", "Välkommen! Vem är du?", "Welcome! Who are you?";
    NamePromptBody => "Nimesi kirjataan arviointien muutoshistoriaan jokaisen tekemäsi muutoksen kohdalle ja ehdotetaan arvioijaksi. Voit muuttaa sitä myöhemmin asetuksissa.", "Ditt namn antecknas i bedömningarnas ändringshistorik vid varje ändring du gör och föreslås som bedömare. Du kan ändra det senare i inställningarna.", "Your name goes into the assessments' change history beside every change you make, and is suggested as the assessor. You can change it later in the settings.";
    NamePromptEmpty => "Kirjoita nimesi: historia ei kirjaa nimettömiä muutoksia.", "Skriv ditt namn: historiken antecknar inga anonyma ändringar.", "Type your name: the history records no anonymous changes.";
    Continue => "Jatka", "Fortsätt", "Continue";
    UnknownUser => "Nimetön käyttäjä", "Okänd användare", "Unnamed user";
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
    OpenFile => "Avaa", "Öppna", "Open";
    OpenFileTip => "Avaa tiedosto sen tavallisella ohjelmalla", "Öppna filen med dess vanliga program", "Open the file with its usual program";
    ShowInFolder => "Näytä kansiossa", "Visa i mappen", "Show in folder";
    ShowInFolderTip => "Avaa kansio, jossa tiedosto on", "Öppna mappen där filen finns", "Open the folder that holds the file";
    OpenFileFailed => "Tiedostoa ei voitu avata", "Filen kunde inte öppnas", "The file could not be opened";
    ActionOverdue => "Myöhässä", "Försenad", "Overdue";
    OpenLink => "Avaa linkki", "Öppna länken", "Open the link";
    RemoveAttachment => "Poista liite", "Ta bort bilagan", "Remove the attachment";
    AttachmentMissing => "Liitetiedosto puuttuu", "Bilagefilen saknas", "The attached file is missing";
    AttachmentModified => "Liitetiedosto on muuttunut liittämisen jälkeen", "Bilagefilen har ändrats efter att den bifogades", "The attached file has changed since it was attached";
    AttachmentUnsafe => "Liitteen polku hylättiin turvallisuussyistä", "Bilagans sökväg avvisades av säkerhetsskäl", "The attachment's path was refused for safety";
    ExecutableTitle => "Avataanko ohjelmatiedosto?", "Öppna en programfil?", "Open a program file?";
    OpenAnyway => "Avaa silti", "Öppna ändå", "Open anyway";
    NotAFile => "valittu kohde ei ole tiedosto", "det valda är inte en fil", "the chosen item is not a file";
    ExportPdf => "Vie PDF…", "Exportera PDF…", "Export PDF…";
    CmdGroup => "Näkemykset", "Synpunkter", "Views";
    CmdNextRound => "Aloita uusi arviointi tämän pohjalta", "Starta en ny bedömning utifrån denna", "Start a new round from this one";
    CmdNextRoundTip => "Uusi arviointi uusimpaan kriteeristöön: näyttö liitteineen siirtyy, tilat alkavat alusta ja edellinen tila näkyy vihjeenä", "En ny bedömning mot de senaste kriterierna: bevisen med bilagor följer med, statusarna börjar om och den förra visas som en ledtråd", "A new assessment against the newest criteria: the evidence and attachments come along, statuses start again, the previous one shown as a hint";
    PreviousStatus => "Edellisellä kierroksella", "Förra omgången", "Last round";
    ToCheck => "Tarkista: ei enää kelpaa kaikkialla, mihin se on linkitetty", "Kontrollera: godtas inte längre överallt där det är länkat", "Check: no longer counts everywhere it is linked";
    CmdGroupTip => "Ohjausryhmän jäsenten näkemykset kriteereittäin ja päätöksesi niistä", "Styrgruppsmedlemmarnas synpunkter per kriterium och dina beslut om dem", "The steering group members' views per criterion, and your decisions on them";
    CmdRequestViews => "Pyydä ohjausryhmän näkemykset…", "Be om styrgruppens synpunkter…", "Ask the steering group for views…";
    CmdRequestViewsTip => "Tallentaa näkemyspyynnön (arviointi luettavaksi ja vastauslomake), jonka lähetät jäsenille sähköpostilla", "Sparar en begäran om synpunkter (bedömningen att läsa och ett svarsformulär) som du skickar till medlemmarna per e-post", "Saves a request for views (the assessment to read and a response form) to send to the members by e-mail";
    CmdImportViews => "Tuo näkemyksiä…", "Importera synpunkter…", "Import views…";
    CmdImportViewsTip => "Tuo jäsenten vastaustiedostot, yhden tai useamman kerralla", "Importera medlemmarnas svarsfiler, en eller flera åt gången", "Imports the members' response files, one or more at a time";
    CmdOpenRequest => "Avaa näkemyspyyntö…", "Öppna en begäran om synpunkter…", "Open a request for views…";
    CmdOpenRequestTip => "Avaa koordinaattorin lähettämä pyyntö ja anna näkemyksesi kriteereittäin", "Öppna koordinatorns begäran och ge din synpunkt per kriterium", "Opens the coordinator's request to give your view per criterion";
    CmdExportResponse => "Vie näkemykseni…", "Exportera mina synpunkter…", "Export my views…";
    CmdExportResponseTip => "Tallentaa vastaustiedoston, jonka lähetät koordinaattorille", "Sparar svarsfilen som du skickar till koordinatorn", "Saves the response file to send to the coordinator";
    CmdCompare => "Vertaa toiseen arviointiin…", "Jämför med en annan bedömning…", "Compare with another assessment…";
    CmdCompareTip => "Valitse saman kunnan toinen arviointi, esimerkiksi edellinen kierros: kriteerit, näyttö ja toimenpiteet ennen ja nyt", "Välj en annan bedömning av samma kommun, till exempel förra omgången: kriterier, bevis och åtgärder före och nu", "Choose another assessment of the same municipality, such as the last round: criteria, evidence and actions before and now";
    CmdExportComparison => "Tallenna vertailu PDF:nä…", "Spara jämförelsen som PDF…", "Save the comparison as PDF…";
    CmdExportComparisonTip => "Vertailu paperille ohjausryhmälle tai valtuustolle", "Jämförelsen på papper för styrgruppen eller fullmäktige", "The comparison on paper for the steering group or the council";
    CmdOverview => "Alueellinen yhteenveto…", "Regional översikt…", "Regional overview…";
    CmdOverviewTip => "Valitse kansio, jossa on kuntien arviointeja tai paketteja: rivi kustakin, sarake kustakin kriteeristä ja tarkistuksen tulos", "Välj en mapp med kommunernas bedömningar eller paket: en rad för var och en, en kolumn per kriterium och kontrollens resultat", "Choose a folder of municipalities' assessments or packages: a row each, a column per criterion, and the integrity check";
    CmdExportOverview => "Tallenna yhteenveto PDF:nä…", "Spara översikten som PDF…", "Save the overview as PDF…";
    CmdExportOverviewTip => "Yhteenveto paperille alueen kokoukseen", "Översikten på papper till regionens möte", "The overview on paper for the region's meeting";
    CmdRefreshOverview => "Lue kansio uudelleen", "Läs mappen igen", "Read the folder again";
    CmdRefreshOverviewTip => "Lukee ja tarkistaa kansion tiedostot uudelleen", "Läser och kontrollerar mappens filer igen", "Reads and checks the folder's files again";
    ComparedWith => "Verrattu tiedostoon", "Jämförd med filen", "Compared with the file";
    OverviewFolder => "Kansio", "Mapp", "Folder";
    OverviewEmpty => "Kansiossa ei ole arviointeja eikä paketteja (.ron, .zip).", "Mappen innehåller inga bedömningar eller paket (.ron, .zip).", "The folder holds no assessments or packages (.ron, .zip).";
    CmdComparisonTab => "Vertailu", "Jämförelse", "Comparison";
    CmdComparisonTabTip => "Avoimen arvioinnin vertailu toiseen", "Jämförelsen av den öppna bedömningen med en annan", "The open assessment compared with another";
    CmdRegionTab => "Alue", "Region", "Region";
    CmdRegionTabTip => "Alueellinen yhteenveto valitusta kansiosta", "Regional översikt över den valda mappen", "The regional overview of the chosen folder";
    ColCriterionShort => "Kriteeri", "Kriterium", "Criterion";
    ColBefore => "Ennen", "Före", "Before";
    ColNow => "Nyt", "Nu", "Now";
    CmdExportMemo => "Tulosta tarkastusmuistio…", "Skriv ut granskningspromemoria…", "Print review memo…";
    CmdExportMemoTip => "Huomautuksesi, arvioinnin tunnistetiedot ja tarkistuksen tulos PDF-tiedostona", "Dina anmärkningar, bedömningens identitet och kontrollens resultat som PDF", "Your remarks, the assessment's identity and the integrity check as a PDF";
    ExportPdfTip => "Itsearviointiraportti ohjausryhmälle ja arkistoon", "Självvärderingsrapporten för styrgruppen och arkivet", "The self-assessment report for the steering group and the archive";
    Dismiss => "Sulje ilmoitus", "Stäng meddelandet", "Dismiss";
    Unsaved => "Tallentamatta", "Osparad", "Not saved";
    Saved => "Tallennettu", "Sparat", "Saved";

    CmdAudit => "Tarkastus", "Granskning", "Audit";
    CmdActions => "Toimenpiteet", "Åtgärder", "Actions";
    ActionState => "Tila", "Status", "Status";
    ActionCriterion => "Kriteeri", "Kriterium", "Criterion";
    CmdActionsTip => "Kaikkien kriteerien toimenpiteet määräajan mukaan, myöhässä olevat merkittyinä", "Alla kriteriers åtgärder i tidsordning, försenade markerade", "Every criterion's actions by due date, overdue ones marked";
    ActionsIntro => "Kaikkien kriteerien toimenpiteet määräajan mukaan; ilman määräaikaa olevat viimeisinä. Toimenpiteitä muokataan kriteerin sivulla.", "Alla kriteriers åtgärder i tidsordning; de utan sista dag sist. Åtgärderna redigeras på kriteriets sida.", "Every criterion's actions by due date; those without one last. Actions are edited on the criterion's page.";
    NoActionsYet => "Toimenpiteitä ei ole vielä kirjattu. Ne kirjataan kriteerin sivulla kohtaan Toimenpiteet.", "Inga åtgärder har antecknats ännu. De antecknas på kriteriets sida under Åtgärder.", "No actions have been recorded yet. They are recorded on a criterion's page under Actions.";
    CmdAuditTip => "Viimeistely ja sinetti, eheyden tarkistus ja muutoshistoria", "Slutförande och försegling, kontroll av oförändrat skick och ändringshistorik", "Finalising and the seal, integrity check and change history";
    CmdFinalise => "Viimeistele…", "Slutför…", "Finalise…";
    CmdFinaliseTip => "Lukitse arviointi ja sinetöi sen sisältö ja historia", "Lås bedömningen och försegla dess innehåll och historik", "Lock the assessment and seal its content and history";
    CmdReopen => "Avaa muokattavaksi…", "Öppna för ändringar…", "Reopen for edits…";
    CmdReopenTip => "Poista sinetti ja salli muokkaus; syy kirjataan historiaan", "Ta bort förseglingen och tillåt ändringar; orsaken antecknas i historiken", "Remove the seal and allow edits; the reason goes into the history";
    CmdVerify => "Tarkista eheys", "Kontrollera", "Verify";
    CmdVerifyTip => "Tarkista sinetti, historian ketju ja jokaisen liitteen tiiviste", "Kontrollera förseglingen, historikens kedja och varje bilagas kontrollsumma", "Check the seal, the history chain and every attachment's hash";
    CmdOpenForReview => "Avaa tarkastettavaksi…", "Öppna för granskning…", "Open for review…";
    CmdOpenForReviewTip => "Avaa toisen tallentama arviointi vain luettavaksi ja kirjoita huomioita kriteereittäin", "Öppna en bedömning som någon annan sparat skrivskyddad och skriv anmärkningar per kriterium", "Open an assessment someone else saved read-only and write remarks per criterion";
    CmdExportPackage => "Vie paketti…", "Exportera paket…", "Export package…";
    CmdExportPackageTip => "Yksi tiedosto, jossa arviointi, sen liitteet ja luettelo: sähköpostiin tai arkistoon", "En fil med bedömningen, dess bilagor och en förteckning: för e-post eller arkivet", "One file holding the assessment, its attachments and a manifest: for e-mail or the archive";
    CmdOpenPackage => "Avaa paketti…", "Öppna paket…", "Open package…";
    CmdOpenPackageTip => "Avaa arviointipaketti luettavaksi tai tuo se muokattavaksi", "Öppna ett bedömningspaket för läsning eller importera det för ändringar", "Open an assessment package to read it or import it for editing";

    AuditHeading => "Tarkastus ja muutoshistoria", "Granskning och ändringshistorik", "Audit and change history";
    NotFinalised => "Arviointia ei ole viimeistelty. Viimeistely lukitsee arvioinnin ja tallentaa sinetin: SHA-256-tiivisteen sisällöstä ja historiasta. Sinetti tulostuu raporttiin.", "Bedömningen är inte slutförd. Slutförandet låser bedömningen och sparar en försegling: en SHA-256-kontrollsumma av innehållet och historiken. Förseglingen skrivs ut i rapporten.", "The assessment is not finalised. Finalising locks it and stores a seal: a SHA-256 hash of its content and history. The seal is printed in the report.";
    SealLabel => "Sinetti (SHA-256)", "Försegling (SHA-256)", "Seal (SHA-256)";
    SealCaveat => "Sinetin voi laskea uudelleen kuka tahansa, joten se paljastaa muutokset mutta ei estä tahallista väärennöstä: vertaa sitä arkistoidun raportin sinettiin.", "Vem som helst kan räkna om förseglingen, så den avslöjar ändringar men hindrar inte avsiktlig förfalskning: jämför den med förseglingen i den arkiverade rapporten.", "Anyone can recompute the seal, so it reveals changes but does not stop a deliberate forgery: compare it with the seal in the archived report.";
    FinaliseTitle => "Viimeistelläänkö arviointi?", "Slutföra bedömningen?", "Finalise the assessment?";
    FinaliseBody => "Viimeistelty arviointi lukitaan: sitä ei voi muuttaa ennen kuin se avataan uudelleen, jolloin syy kirjataan historiaan. Sisällöstä ja historiasta lasketaan sinetti, joka tulostuu raporttiin.", "En slutförd bedömning låses: den kan inte ändras förrän den öppnas igen, och då antecknas orsaken i historiken. En försegling räknas av innehållet och historiken och skrivs ut i rapporten.", "A finalised assessment is locked: it cannot be changed until it is reopened, and the reason then goes into the history. A seal is computed from its content and history and printed in the report.";
    FinaliseNotReady => "Huomaa: arviointi ei ole valmis liittymään, ja sinetti lukitsee sen tällaisena.", "Observera: bedömningen är inte redo för anslutning, och förseglingen låser den i det skicket.", "Note: the assessment is not ready to join, and the seal locks it as it is.";
    FinaliseConfirm => "Viimeistele ja sinetöi", "Slutför och försegla", "Finalise and seal";
    ReopenTitle => "Avataanko arviointi muokattavaksi?", "Öppna bedömningen för ändringar?", "Reopen the assessment for edits?";
    ReopenBody => "Sinetti poistetaan, kunnes arviointi viimeistellään uudelleen. Kerro syy: se kirjataan historiaan nimesi ja ajan kanssa.", "Förseglingen tas bort tills bedömningen slutförs igen. Ange orsaken: den antecknas i historiken med ditt namn och tiden.", "The seal is removed until the assessment is finalised again. Give the reason: it goes into the history with your name and the time.";
    ReopenReason => "Syy", "Orsak", "Reason";
    ReopenConfirm => "Avaa muokattavaksi", "Öppna för ändringar", "Reopen";
    ReasonNeeded => "Kirjoita syy ensin.", "Skriv orsaken först.", "Write the reason first.";
    FinaliseNeedsFile => "Viimeistely vaatii tallennetun arvioinnin: esimerkkiä tai tallentamatonta arviointia ei voi sinetöidä.", "Slutförandet kräver en sparad bedömning: exemplet eller en osparad bedömning kan inte förseglas.", "Finalising needs a saved assessment: the example or an unsaved assessment cannot be sealed.";
    VerifyNotRun => "Eheyttä ei ole vielä tarkistettu tässä istunnossa.", "Inte kontrollerad ännu under den här sessionen.", "Not verified yet in this session.";
    FileChecksum => "Tiedoston SHA-256", "Filens SHA-256", "File SHA-256";
    HistoryHeading => "Muutoshistoria", "Ändringshistorik", "Change history";
    HistoryFilter => "Näytä", "Visa", "Show";
    HistoryAll => "Kaikki muutokset", "Alla ändringar", "All changes";
    HistoryGeneral => "Yleiset tiedot ja näytöt", "Allmänna uppgifter och belägg", "General details and evidence";
    HistoryEmpty => "Ei merkintöjä. Muutokset kirjataan tästä lähtien tallennuksen yhteydessä.", "Inga poster. Ändringar antecknas från och med nu när de sparas.", "No entries. Changes are recorded from now on as they are saved.";
    HistoryNoMatch => "Ei tämän kriteerin muutoksia.", "Inga ändringar av det här kriteriet.", "No changes to this criterion.";
    ReadOnlyFinalisedHint => "Avaa muokattavaksi Tarkastus-sivulta.", "Öppna för ändringar på sidan Granskning.", "Reopen it for edits on the Audit page.";
    RemarkHeading => "Tarkastajan huomio", "Granskarens anmärkning", "Auditor's remark";
    RemarkHint => "Huomiot tallentuvat erilliseen tiedostoon eivätkä muuta arviointia tai sen sinettiä.", "Anmärkningarna sparas i en egen fil och ändrar inte bedömningen eller dess försegling.", "Remarks are saved in a file of their own and do not change the assessment or its seal.";
    PackageTitle => "Arviointipaketti", "Bedömningspaket", "Assessment package";
    PackageReview => "Avaa tarkastettavaksi", "Öppna för granskning", "Open for review";
    PackageImport => "Tuo muokattavaksi", "Importera för ändringar", "Import for editing";
    PackageNeedsFile => "Paketti tehdään tallennetusta arvioinnista: esimerkistä tai tallentamattomasta arvioinnista ei voi tehdä pakettia.", "Ett paket görs av en sparad bedömning: av exemplet eller en osparad bedömning kan inget paket göras.", "A package is made from a saved assessment: the example or an unsaved assessment cannot be packed.";
    PackageNeedsDataDir => "Pakettia ei voi purkaa: sovelluksella ei ole datakansiota.", "Paketet kan inte packas upp: programmet har ingen datamapp.", "The package cannot be unpacked: the app has no data folder.";

    CmdCriteriaChanges => "Näytä kriteeristön muutokset…", "Visa ändringarna i kriterierna…", "Show the changes to the criteria…";
    CmdCriteriaChangesTip => "Mitä kriteeristön uusimmassa versiossa on muuttunut, ja arvioinnin siirto siihen", "Vad som har ändrats i den senaste versionen av kriterierna, och att flytta bedömningen dit", "What changed in the newest version of the criteria, and moving the assessment to it";
    CriteriaChangesTitle => "Kriteeristön uusi versio", "En ny version av kriterierna", "A new version of the criteria";
    CriteriaChangesNone => "Kriteerien teksteissä, ohjeissa ja vaatimuksissa ei ole muutoksia.", "Kriteriernas texter, anvisningar och krav har inte ändrats.", "The criteria's texts, guidance and requirements have not changed.";
    CriterionAdded => "Uusi kriteeri: sille ei ole vielä vastausta.", "Ett nytt kriterium: det har inget svar ännu.", "A new criterion: it has no answer yet.";
    CriterionRemoved => "Poistettu uudesta versiosta: vastaus ja näyttö säilyvät tiedostossa, mutta eivät enää vaikuta tulokseen.", "Borttaget ur den nya versionen: svaret och bevisen finns kvar i filen men påverkar inte längre resultatet.", "Removed from the new version: its answer and evidence stay in the file but no longer count towards the verdict.";
    PartNumber => "Numero", "Nummer", "Number";
    PartShortTitle => "Lyhyt otsikko", "Kort rubrik", "Short title";
    PartText => "Kriteerin teksti", "Kriteriets text", "The criterion's text";
    PartGuidance => "Ohje näytöstä", "Anvisning om bevis", "Guidance on evidence";
    PartEvidenceKinds => "Tavallinen näyttö", "Vanliga bevis", "Usual evidence";
    PartRequirement => "Vaatimus (sovelluksen tulkinta)", "Krav (programmets tolkning)", "Requirement (the app's reading)";
    Before => "Ennen", "Före", "Before";
    After => "Nyt", "Nu", "Now";
    NothingStated => "(ei mitään)", "(inget)", "(none)";
    NotNow => "Ei nyt", "Inte nu", "Not now";
    CriteriaMoveReadOnly => "Arviointia ei voi nyt muokata, joten se pysyy nykyisen version mukaisena. Viimeistelty arviointi siirretään avaamalla se ensin muokattavaksi.", "Bedömningen kan inte redigeras nu, så den följer den nuvarande versionen. En slutförd bedömning flyttas genom att först öppna den för redigering.", "The assessment cannot be edited now, so it stays with its current version. A finalised assessment is moved by reopening it for edits first.";
    StartCriteriaHeading => "Kriteeristö", "Kriterierna", "The criteria";
    CmdBasics => "Perustiedot", "Grunduppgifter", "Basic details";
    CmdBasicsTip => "Kunta, arvioijat, yhteyshenkilö, vastuullinen luottamushenkilö ja ohjausryhmä", "Kommunen, bedömarna, kontaktpersonen, den ansvariga förtroendevalda och styrgruppen", "The municipality, the assessors, the contact person, the responsible elected official and the steering group";
    BasicsIntro => "Nämä tiedot näkyvät raportin kansilehdellä ja allekirjoituksissa. Jokainen muutos kirjataan historiaan.", "Uppgifterna visas på rapportens pärm och i underskrifterna. Varje ändring förs in i historiken.", "These details appear on the report's cover and in its signatures. Every change is recorded in the history.";
    MunicipalityHeading => "Kunta", "Kommunen", "The municipality";
    AssessorsHeading => "Arvioijat", "Bedömare", "Assessors";
    AddAssessor => "Lisää arvioija", "Lägg till en bedömare", "Add an assessor";
    ContactPersonHeading => "Terve Kunta -yhteyshenkilö", "Kontaktperson för Terve Kunta", "Terve Kunta contact person";
    ElectedOfficialHeading => "Vastuullinen luottamushenkilö", "Ansvarig förtroendevald", "Responsible elected official";
    ProposalHeading => "Esitys ohjausryhmälle", "Förslag till styrgruppen", "Proposal to the steering group";
    ProposalHint => "Mitä ehdotat ohjausryhmälle: esimerkiksi että kunta hakee verkostoon nyt tai vasta, kun puutteet on korjattu. Teksti tulostuu raportin tiivistelmään.", "Vad du föreslår för styrgruppen: till exempel att kommunen ansöker om medlemskap nu eller först när bristerna har åtgärdats. Texten skrivs ut i rapportens sammanfattning.", "What you propose to the steering group: for example that the municipality applies to join now, or once the gaps are closed. The text is printed in the report's summary.";
    SteeringGroupHeading => "Ohjausryhmä", "Styrgruppen", "The steering group";
    SteeringGroupHint => "Merkitse puheenjohtajan tehtäväksi ”puheenjohtaja”: hänen nimensä tulostuu raportin allekirjoituksiin.", "Ange ”ordförande” som ordförandens uppgift: namnet skrivs ut i rapportens underskrifter.", "Give the chair the role “chair”: their name is printed in the report's signatures.";
    AddMember => "Lisää jäsen", "Lägg till en medlem", "Add a member";
    ChooseAppointment => "Valitse nimeäminen…", "Välj en utnämning…", "Choose an appointment…";
    ResizeCriteriaList => "Muuta kriteeriluettelon leveyttä", "Ändra bredden på kriterielistan", "Resize the list of criteria";
    HistoryChosen => "valittu merkintä kokonaan", "den valda posten i sin helhet", "the chosen entry in full";
    NoAppointments => "Nimeämisiä ei ole vielä kirjattu näytöksi.", "Inga utnämningar har ännu antecknats som bevis.", "No appointments have been recorded as evidence yet.";
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

/// After "Tallenna vertailu PDF:nä…" or "Tallenna yhteenveto PDF:nä…".
pub fn pdf_exported(lang: Lang, path: &str, size: &str) -> String {
    match lang {
        Lang::Fi => format!("PDF tallennettu ({size}): {path}"),
        Lang::Sv => format!("PDF:en sparades ({size}): {path}"),
        Lang::En => format!("PDF saved ({size}): {path}"),
    }
}

/// After "Tulosta tarkastusmuistio…".
pub fn memo_exported(lang: Lang, path: &str, size: &str) -> String {
    match lang {
        Lang::Fi => format!("Tarkastusmuistio tallennettu ({size}): {path}"),
        Lang::Sv => format!("Granskningspromemorian sparades ({size}): {path}"),
        Lang::En => format!("Review memo saved ({size}): {path}"),
    }
}

/// "Tallennettu: /polku/tiedosto.ron".
pub fn saved_to(lang: Lang, path: &str) -> String {
    format!("{}: {path}", T::Saved.get(lang))
}

/// The banner of a finalised assessment: when and by whom, and how to edit it.
pub fn read_only_finalised(lang: Lang, when: &str, by: &str) -> String {
    let hint = T::ReadOnlyFinalisedHint.get(lang);
    match lang {
        Lang::Fi => {
            format!("Vain luku: arviointi on viimeistelty ja sinetöity {when} ({by}). {hint}")
        }
        Lang::Sv => {
            format!("Skrivskyddad: bedömningen slutfördes och förseglades {when} ({by}). {hint}")
        }
        Lang::En => {
            format!("Read-only: the assessment was finalised and sealed {when} ({by}). {hint}")
        }
    }
}

/// The banner in review mode: nothing is changed; where the remarks go.
pub fn read_only_review(lang: Lang, file: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Tarkastustila: arviointia ei muuteta eikä tallenneta. Huomiosi tallentuvat tiedostoon {file}."
        ),
        Lang::Sv => format!(
            "Granskningsläge: bedömningen ändras inte och sparas inte. Dina anmärkningar sparas i filen {file}."
        ),
        Lang::En => format!(
            "Review mode: the assessment is neither changed nor saved. Your remarks are saved in {file}."
        ),
    }
}

/// An edit was refused because the assessment is read-only.
pub fn edit_refused(lang: Lang, finalised: bool) -> String {
    if finalised {
        pick(
            lang,
            "Viimeisteltyä arviointia ei voi muuttaa. Avaa se muokattavaksi Tarkastus-sivulta; syy kirjataan historiaan.",
            "En slutförd bedömning kan inte ändras. Öppna den för ändringar på sidan Granskning; orsaken antecknas i historiken.",
            "A finalised assessment cannot be changed. Reopen it for edits on the Audit page; the reason goes into the history.",
        )
        .to_owned()
    } else {
        pick(
            lang,
            "Arviointi on vain luettavissa, eikä sitä voi muuttaa.",
            "Bedömningen är skrivskyddad och kan inte ändras.",
            "The assessment is read-only and cannot be changed.",
        )
        .to_owned()
    }
}

/// After finalising: the seal's start.
pub fn finalised(lang: Lang, seal: &str) -> String {
    let short = seal.get(..16).unwrap_or(seal);
    match lang {
        Lang::Fi => format!("Arviointi viimeisteltiin ja sinetöitiin. Sinetti: {short}…"),
        Lang::Sv => format!("Bedömningen slutfördes och förseglades. Försegling: {short}…"),
        Lang::En => format!("The assessment was finalised and sealed. Seal: {short}…"),
    }
}

/// After re-opening.
pub fn reopened(lang: Lang) -> String {
    pick(
        lang,
        "Arviointi avattiin muokattavaksi; syy kirjattiin historiaan. Viimeistele se uudelleen, kun muutokset on tehty.",
        "Bedömningen öppnades för ändringar; orsaken antecknades i historiken. Slutför den igen när ändringarna är gjorda.",
        "The assessment was reopened for edits; the reason went into the history. Finalise it again when the changes are made.",
    )
    .to_owned()
}

/// After writing a package: where, the assessment and how many attachments, how large.
pub fn package_exported(lang: Lang, path: &str, attachments: usize, size: &str) -> String {
    let contents = if attachments == 0 {
        pick(
            lang,
            "arviointi ilman liitteitä",
            "bedömningen utan bilagor",
            "the assessment without attachments",
        )
        .to_owned()
    } else {
        let count = super::count(
            lang,
            attachments,
            ["liite", "bilaga", "attachment"],
            ["liitettä", "bilagor", "attachments"],
        );
        match lang {
            Lang::Fi => format!("arviointi ja {count}"),
            Lang::Sv => format!("bedömningen och {count}"),
            Lang::En => format!("the assessment and {count}"),
        }
    };
    match lang {
        Lang::Fi => format!("Paketti tallennettu ({contents}, {size}): {path}"),
        Lang::Sv => format!("Paketet sparades ({contents}, {size}): {path}"),
        Lang::En => format!("Package saved ({contents}, {size}): {path}"),
    }
}

/// A package could not be written or opened.
pub fn package_failed(lang: Lang, reason: &str, path: &str) -> String {
    match lang {
        Lang::Fi => format!("Pakettia ei voitu käsitellä: {reason}: {path}"),
        Lang::Sv => format!("Paketet kunde inte hanteras: {reason}: {path}"),
        Lang::En => format!("The package could not be handled: {reason}: {path}"),
    }
}

/// What a package holds, before it is unpacked.
pub fn package_body(lang: Lang, municipality: &str, files: usize, created: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "{municipality}: arviointi ja {} liitettä, paketoitu {created}. Avaa se tarkastettavaksi (vain luku, huomiot erilliseen tiedostoon) tai tuo se muokattavaksi omiin arviointeihisi.",
            files.saturating_sub(1)
        ),
        Lang::Sv => format!(
            "{municipality}: bedömningen och {} bilagor, paketerad {created}. Öppna den för granskning (skrivskyddad, anmärkningar i en egen fil) eller importera den för ändringar bland dina bedömningar.",
            files.saturating_sub(1)
        ),
        Lang::En => format!(
            "{municipality}: the assessment and {} attachments, packed {created}. Open it for review (read-only, remarks in a file of their own) or import it for editing among your assessments.",
            files.saturating_sub(1)
        ),
    }
}

/// The banner of a sealed assessment whose file did not verify.
pub fn seal_broken_banner(lang: Lang, findings: usize) -> String {
    let findings = super::count(
        lang,
        findings,
        ["poikkeama", "avvikelse", "finding"],
        ["poikkeamaa", "avvikelser", "findings"],
    );
    match lang {
        Lang::Fi => format!(
            "Sinetti tai tiedosto ei täsmää ({findings}; katso Tarkastus): tätä arviointia ei voi pitää viimeisteltynä. Jos se avataan muokattavaksi, historiaan kirjataan, ettei sinetti täsmännyt."
        ),
        Lang::Sv => format!(
            "Förseglingen eller filen stämmer inte ({findings}; se Granskning): bedömningen kan inte anses slutförd. Om den öppnas för ändringar antecknas i historiken att förseglingen inte stämde."
        ),
        Lang::En => format!(
            "The seal or the file does not match ({findings}; see Audit): this assessment cannot be taken as finalised. If it is reopened for edits, the history records that the seal did not match."
        ),
    }
}

/// The review file cannot be used: why, and the spare file the remarks go to instead.
pub fn review_problem(lang: Lang, detail: &str, spare: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Tarkastushuomioiden tiedostoa ei voi käyttää ({detail}); sitä ei korvata. Huomiosi tallentuvat tiedostoon {spare}."
        ),
        Lang::Sv => format!(
            "Filen med granskningsanmärkningar kan inte användas ({detail}); den ersätts inte. Dina anmärkningar sparas i filen {spare}."
        ),
        Lang::En => format!(
            "The review remarks file cannot be used ({detail}); it is not overwritten. Your remarks are saved in {spare}."
        ),
    }
}

/// The review file belongs to another assessment.
pub fn review_of_other(lang: Lang) -> String {
    pick(
        lang,
        "tiedosto on toisen arvioinnin tarkastus",
        "filen är granskningen av en annan bedömning",
        "the file is the review of another assessment",
    )
    .to_owned()
}

/// Remarks could not be saved.
pub fn review_save_failed(lang: Lang, reason: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Huomioita ei voitu tallentaa: {reason}. Ne ovat tallessa tässä ikkunassa; yritetään uudelleen."
        ),
        Lang::Sv => format!(
            "Anmärkningarna kunde inte sparas: {reason}. De finns kvar i det här fönstret; ett nytt försök görs."
        ),
        Lang::En => format!(
            "The remarks could not be saved: {reason}. They are kept in this window; trying again."
        ),
    }
}

/// The banner when an assessment was made against an older version of its criteria set.
pub fn newer_version_banner(lang: Lang, version: &str, newest: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Arviointi on tehty kriteeristön version {version} mukaan; uusin versio on {newest}."
        ),
        Lang::Sv => format!(
            "Bedömningen har gjorts enligt version {version} av kriterierna; den senaste versionen är {newest}."
        ),
        Lang::En => format!(
            "The assessment was made against version {version} of the criteria; the newest is {newest}."
        ),
    }
}

/// The button that moves an assessment to another version of its criteria set.
pub fn move_to_version(lang: Lang, version: &str) -> String {
    match lang {
        Lang::Fi => format!("Siirrä arviointi versioon {version}"),
        Lang::Sv => format!("Flytta bedömningen till version {version}"),
        Lang::En => format!("Move the assessment to version {version}"),
    }
}

/// Said when an assessment has been moved to another version of its criteria set.
pub fn moved_to_version(lang: Lang, version: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Arviointi siirrettiin kriteeristön versioon {version}. Siirto kirjataan historiaan; tarkista muuttuneet kriteerit."
        ),
        Lang::Sv => format!(
            "Bedömningen flyttades till version {version} av kriterierna. Flytten förs in i historiken; kontrollera de ändrade kriterierna."
        ),
        Lang::En => format!(
            "The assessment was moved to version {version} of the criteria. The move is recorded in the history; check the criteria that changed."
        ),
    }
}

/// The start page's line about the criteria a new assessment is made against.
pub fn start_criteria_line(lang: Lang, title: &str, period: &str, version: &str) -> String {
    match lang {
        Lang::Fi => format!(
            "Uusi arviointi tehdään kriteeristön ”{title}” mukaan: verkostokausi {period}, versio {version}."
        ),
        Lang::Sv => format!(
            "En ny bedömning görs enligt kriterierna ”{title}”: nätverksperiod {period}, version {version}."
        ),
        Lang::En => format!(
            "A new assessment is made against “{title}”: network period {period}, version {version}."
        ),
    }
}

/// A field of a row in a list of people: "Arvioija 2: nimi", "Jäsen 1: osasto tai tehtävä".
pub fn row_field(lang: Lang, kind: RowKind, number: usize, part: RowPart) -> String {
    let who = match kind {
        RowKind::Assessor => pick(lang, "Arvioija", "Bedömare", "Assessor"),
        RowKind::Member => pick(lang, "Jäsen", "Medlem", "Member"),
    };
    let what = match (kind, part) {
        (_, RowPart::Name) => pick(lang, "nimi", "namn", "name"),
        (RowKind::Assessor, RowPart::Role) => pick(lang, "tehtävä", "uppgift", "role"),
        (RowKind::Member, RowPart::Role) => pick(
            lang,
            "osasto tai tehtävä",
            "verksamhetsområde eller uppgift",
            "department or role",
        ),
        (_, RowPart::Remove) => {
            return match lang {
                Lang::Fi => format!("Poista {} {number}", who.to_lowercase()),
                Lang::Sv => format!("Ta bort {} {number}", who.to_lowercase()),
                Lang::En => format!("Remove {} {number}", who.to_lowercase()),
            };
        }
    };
    format!("{who} {number}: {what}")
}

/// Whose row a [`row_field`] is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// An assessor.
    Assessor,
    /// A steering group member.
    Member,
}

/// Which part of a row a [`row_field`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RowPart {
    /// The name.
    Name,
    /// The role or department.
    Role,
    /// The button that removes the row.
    Remove,
}

/// A field of the contact person or the elected official: "Yhteyshenkilön sähköposti".
pub fn person_field(
    lang: Lang,
    role: crate::domain::assessment::PersonRole,
    part: PersonPart,
) -> &'static str {
    use crate::domain::assessment::PersonRole::{ContactPerson, ElectedOfficial};
    match (role, part) {
        (ContactPerson, PersonPart::Name) => pick(
            lang,
            "Yhteyshenkilön nimi",
            "Kontaktpersonens namn",
            "Contact person's name",
        ),
        (ContactPerson, PersonPart::Title) => pick(
            lang,
            "Yhteyshenkilön tehtävä tai asema",
            "Kontaktpersonens uppgift eller ställning",
            "Contact person's title or position",
        ),
        (ContactPerson, PersonPart::Email) => pick(
            lang,
            "Yhteyshenkilön sähköposti",
            "Kontaktpersonens e-post",
            "Contact person's e-mail",
        ),
        (ContactPerson, PersonPart::Phone) => pick(
            lang,
            "Yhteyshenkilön puhelin",
            "Kontaktpersonens telefon",
            "Contact person's phone",
        ),
        (ElectedOfficial, PersonPart::Name) => pick(
            lang,
            "Luottamushenkilön nimi",
            "Den förtroendevaldas namn",
            "Elected official's name",
        ),
        (ElectedOfficial, PersonPart::Title) => pick(
            lang,
            "Luottamushenkilön luottamustehtävä",
            "Den förtroendevaldas förtroendeuppdrag",
            "Elected official's position",
        ),
        (ElectedOfficial, PersonPart::Email) => pick(
            lang,
            "Luottamushenkilön sähköposti",
            "Den förtroendevaldas e-post",
            "Elected official's e-mail",
        ),
        (ElectedOfficial, PersonPart::Phone) => pick(
            lang,
            "Luottamushenkilön puhelin",
            "Den förtroendevaldas telefon",
            "Elected official's phone",
        ),
    }
}

/// A part of a [`person_field`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PersonPart {
    /// The name.
    Name,
    /// The title or position.
    Title,
    /// The e-mail address.
    Email,
    /// The phone number.
    Phone,
}

/// The heading of the contact person's or the elected official's part of a form or a report.
pub fn person_heading(lang: Lang, role: crate::domain::assessment::PersonRole) -> &'static str {
    match role {
        crate::domain::assessment::PersonRole::ContactPerson => T::ContactPersonHeading.get(lang),
        crate::domain::assessment::PersonRole::ElectedOfficial => {
            T::ElectedOfficialHeading.get(lang)
        }
    }
}

/// The choice that fills the contact person or the elected official from an appointment.
pub fn fill_from_appointment(
    lang: Lang,
    role: crate::domain::assessment::PersonRole,
) -> &'static str {
    use crate::domain::assessment::PersonRole::{ContactPerson, ElectedOfficial};
    match role {
        ContactPerson => pick(
            lang,
            "Täytä yhteyshenkilö nimeämisestä",
            "Fyll i kontaktpersonen från en utnämning",
            "Fill in the contact person from an appointment",
        ),
        ElectedOfficial => pick(
            lang,
            "Täytä luottamushenkilö nimeämisestä",
            "Fyll i den förtroendevalda från en utnämning",
            "Fill in the elected official from an appointment",
        ),
    }
}

/// A part of a criterion that reads the same in the UI's language in both versions: where it
/// changed ("sv, en"), or that it changed in a way no text shows (an alternative's details).
pub fn changed_only_in(lang: Lang, languages: &[&str]) -> String {
    if languages.is_empty() {
        return pick(
            lang,
            "Muuttunut yksityiskohdissa, jotka eivät näy tässä tekstissä.",
            "Ändrat i detaljer som inte syns i den här texten.",
            "Changed in details this text does not show.",
        )
        .to_owned();
    }
    let list = languages.join(", ");
    match lang {
        Lang::Fi => format!("Sama tällä kielellä; muuttunut kielillä: {list}."),
        Lang::Sv => format!("Samma på det här språket; ändrat på: {list}."),
        Lang::En => format!("The same in this language; changed in: {list}."),
    }
}

/// "6 toimenpidettä, 2 myöhässä".
pub fn actions_count(lang: Lang, total: usize, overdue: usize) -> String {
    let actions = super::action_count(lang, total);
    let late = super::report::T::Overdue.get(lang);
    format!("{actions}, {overdue} {late}")
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
