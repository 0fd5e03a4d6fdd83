//! The example assessment of a fictional municipality, to explore the app without typing.
//!
//! Esimerkkilä (kuntanumero 999, which no real municipality has) is halfway through: some
//! criteria are met with evidence, one decision backs three criteria, one criterion is marked
//! met without evidence, one is partly met with an action, the rest are not yet assessed.
//!
//! Every identifier is invented: the people match no one in the project's sources, the §
//! and diary numbers follow the pattern of a board's minutes (§ in the hundreds by November,
//! an organisation prefix on the diary number), the addresses are under `.example`. One
//! timeline inside the council term 2025–2029: the coordinator appointed 1.9.2025, the board's
//! decision to join 10.11.2025, the web page checked three weeks before the example is opened,
//! and the missing travel money put into the allocation plan (käyttösuunnitelma) that the board
//! approves in January, after the council has passed the budget in December.

use super::assessment::{Action, Assessment, Assessor, Member, Municipality, Person, Status};
use super::clock::{Clock, IdSource};
use super::criteria::CriteriaSet;
use super::dates::Date;
use super::evidence::{Body, EvidenceDetails};

/// The example municipality's name.
pub const EXAMPLE_MUNICIPALITY: &str = "Esimerkkilä";

/// Builds the example against `set` (its first criteria get the answers).
#[expect(
    clippy::too_many_lines,
    reason = "data: the example's answers and evidence, item by item"
)]
pub fn example_assessment(set: &CriteriaSet, clock: &dyn Clock, ids: &dyn IdSource) -> Assessment {
    let mut assessment = Assessment::new(
        Municipality {
            name: EXAMPLE_MUNICIPALITY.to_owned(),
            code: "999".to_owned(),
        },
        set,
        vec![Assessor {
            name: "Aino Kettunen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
        }],
        clock,
        ids,
    );
    let criterion = |index: usize| set.criteria.get(index).map(|c| c.id.clone());
    assessment.contact_person = Person {
        name: "Aino Kettunen".to_owned(),
        title: "hyvinvointikoordinaattori".to_owned(),
        email: "aino.kettunen@esimerkkila.example".to_owned(),
        phone: String::new(),
    };
    assessment.elected_official = Person {
        name: "Ilkka Lehtola".to_owned(),
        title: "kunnanhallituksen puheenjohtaja".to_owned(),
        email: "ilkka.lehtola@esimerkkila.example".to_owned(),
        phone: String::new(),
    };
    assessment.steering_group = [
        ("Sari Voutilainen", "kunnanjohtaja, puheenjohtaja"),
        ("Aino Kettunen", "hyvinvointikoordinaattori, sihteeri"),
        ("Veikko Tamminen", "sivistystoimi"),
        ("Kaisa Rinne", "tekninen toimi"),
        ("Elina Orava", "hyvinvointialueen edustaja"),
    ]
    .into_iter()
    .map(|(name, role)| Member {
        name: name.to_owned(),
        role: role.to_owned(),
    })
    .collect();

    let decision = assessment.add_evidence(
        EvidenceDetails::Decision {
            body: Body::Board,
            body_name: "Esimerkkilän kunnanhallitus".to_owned(),
            subject: "Liittyminen Terve Kunta -verkostoon ja vastuuhenkilöiden nimeäminen"
                .to_owned(),
            section: "318".to_owned(),
            diary_number: "ESIDno-2025-412".to_owned(),
            minutes_url: "https://esimerkkila.example/poytakirjat/kunnanhallitus/2025-11-10#318"
                .to_owned(),
        },
        Some(Date::constant(2025, 11, 10)),
        clock,
        ids,
    );
    let coordinator = assessment.add_evidence(
        EvidenceDetails::Appointment {
            person: "Aino Kettunen".to_owned(),
            role: "hyvinvointikoordinaattori".to_owned(),
            appointed_by: "Kunnanjohtaja".to_owned(),
            appointing_body: None,
        },
        Some(Date::constant(2025, 9, 1)),
        clock,
        ids,
    );
    let web_page = assessment.add_evidence(
        EvidenceDetails::WebPage {
            title: "Hyvinvointi ja terveys".to_owned(),
            url: "https://esimerkkila.example/hyvinvointi".to_owned(),
        },
        // Checked three weeks ago, whenever the example is opened: a web page must have been
        // checked within the last 12 months to count.
        Some(
            clock
                .today()
                .checked_sub(jiff::Span::new().days(22))
                .unwrap_or_else(|_| clock.today()),
        ),
        clock,
        ids,
    );

    // Decision 1: criteria 2, 5 and 10; the coordinator: 4; the web page: 9.
    for (index, evidence) in [
        (1, &decision),
        (4, &decision),
        (9, &decision),
        (3, &coordinator),
        (8, &web_page),
    ] {
        if let Some(id) = criterion(index) {
            assessment.link(&id, evidence);
            let answer = assessment.answer_mut(&id);
            answer.status = Status::Met;
        }
    }
    if let Some(id) = criterion(1) {
        "Kunnanhallitus päätti liittymisestä 10.11.2025 (§ 318); päätös on julkaistu verkossa."
            .clone_into(&mut assessment.answer_mut(&id).justification);
    }
    // Marked met but not yet backed: the verdict says what to add.
    if let Some(id) = criterion(0) {
        assessment.answer_mut(&id).status = Status::Met;
    }
    if let Some(id) = criterion(5) {
        let answer = assessment.answer_mut(&id);
        answer.status = Status::PartlyMet;
        "Koordinaattorin työaika on varattu, mutta matkakuluille ei ole määrärahaa."
            .clone_into(&mut answer.justification);
        answer.actions.push(Action {
            what: "Varataan verkostotapaamisten matkakulut vuoden 2027 käyttösuunnitelmaan"
                .to_owned(),
            who: "Talousjohtaja".to_owned(),
            due: Some(Date::constant(2027, 1, 31)),
            done: false,
        });
    }
    if let Some(id) = criterion(6) {
        assessment.answer_mut(&id).status = Status::NotMet;
    }
    assessment
}
