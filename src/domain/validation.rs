//! Field validation: what the UI shows next to a field, and the CLI and report can list.
//!
//! The rules live here and only here; the UI holds none of its own. Each issue names the
//! field it belongs to so that a form can put the message beside it.

use super::assessment::{Assessment, PersonRole, Status};
use super::criteria::CriterionId;
use super::dates::Date;
use super::evidence::{Evidence, EvidenceDetails, EvidenceId};

/// The field of an evidence item an issue is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvidenceField {
    /// The text that names the item: subject, person, title, purpose or description.
    Title,
    /// The document's date.
    Date,
    /// A link: the minutes, the document, the web page.
    Url,
    /// A budget's amount.
    Amount,
    /// A budget's year.
    Year,
}

/// The field of an action an issue is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionField {
    /// What is to be done.
    What,
}

/// Where an issue is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The municipality's name.
    MunicipalityName,
    /// The kuntanumero.
    MunicipalityCode,
    /// The name of the assessor at this index.
    AssessorName(usize),
    /// The e-mail address of the contact person or the elected official.
    PersonEmail(PersonRole),
    /// The name of the steering group member at this index.
    MemberName(usize),
    /// A field of an evidence item.
    Evidence {
        /// The item.
        id: EvidenceId,
        /// Its field.
        field: EvidenceField,
    },
    /// A criterion's status.
    Status(CriterionId),
    /// A criterion's link to an evidence item that no longer exists.
    EvidenceLink(CriterionId),
    /// A field of one of a criterion's actions.
    Action {
        /// The criterion.
        criterion: CriterionId,
        /// The action's index in the answer's list.
        index: usize,
        /// Its field.
        field: ActionField,
    },
}

/// What is wrong with a field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Issue {
    /// A required text is empty (a name, a title, a URL of a web page).
    Empty,
    /// A kuntanumero is three digits, e.g. "049".
    KuntanumeroNotThreeDigits,
    /// A decision needs its meeting date.
    DecisionWithoutDate,
    /// A document's date cannot be later than today.
    DateInFuture,
    /// Marked met, but no evidence backs it.
    MetWithoutEvidence,
    /// A link to an evidence item that does not exist.
    MissingEvidence(EvidenceId),
    /// A link must start with `https://` or `http://` and hold no spaces.
    InvalidUrl,
    /// An e-mail address must have a name, `@` and a domain with a dot, and no spaces.
    InvalidEmail,
    /// An amount below zero.
    NegativeAmount,
    /// A year before 1990 or more than ten years ahead.
    ImplausibleYear,
}

/// One issue: where, and what.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldIssue {
    /// Where.
    pub field: Field,
    /// What.
    pub issue: Issue,
}

/// Checks a kuntanumero: exactly three ASCII digits.
pub fn check_kuntanumero(code: &str) -> Option<Issue> {
    let valid = code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit());
    (!valid).then_some(Issue::KuntanumeroNotThreeDigits)
}

/// Checks a required text: empty or only spaces is an issue.
pub fn check_required(text: &str) -> Option<Issue> {
    text.trim().is_empty().then_some(Issue::Empty)
}

/// The item's web link (the minutes, the document, the page), when it has one that is a
/// web address (`https://…`): only such a link is offered to open.
pub fn web_link(details: &EvidenceDetails) -> Option<&str> {
    let link = match details {
        EvidenceDetails::Decision { minutes_url, .. } => minutes_url,
        EvidenceDetails::Document { url, .. } | EvidenceDetails::WebPage { url, .. } => url,
        EvidenceDetails::Appointment { .. }
        | EvidenceDetails::Budget { .. }
        | EvidenceDetails::Other { .. } => return None,
    };
    let link = link.trim();
    (!link.is_empty() && check_url(link).is_none()).then_some(link)
}

/// Checks a link; an empty one is not checked here.
#[inline]
pub fn check_url(url: &str) -> Option<Issue> {
    let url = url.trim();
    if url.is_empty() {
        return None;
    }
    let scheme = ["https://", "http://"].iter().any(|scheme| {
        url.len() > scheme.len()
            && url
                .get(..scheme.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(scheme))
    });
    // One pass over the bytes; only a link with letters beyond ASCII is looked at again, for
    // the other kinds of space.
    let mut ascii = true;
    let mut space = false;
    for byte in url.bytes() {
        space |= byte.is_ascii_whitespace();
        ascii &= byte.is_ascii();
    }
    let space = space || (!ascii && url.chars().any(char::is_whitespace));
    (!scheme || space).then_some(Issue::InvalidUrl)
}

/// Whether `text` looks like an e-mail address: something, `@`, a domain with a dot inside
/// it, and no spaces. (Whether the address exists only sending mail can tell.)
pub fn is_email(text: &str) -> bool {
    let Some((name, domain)) = text.split_once('@') else {
        return false;
    };
    !name.is_empty()
        && !domain.contains('@')
        && domain.split_once('.').is_some_and(|(head, tail)| {
            !head.is_empty() && !tail.is_empty() && !tail.ends_with('.')
        })
        && !text.chars().any(char::is_whitespace)
}

/// Every issue of an assessment, with `today` deciding what is in the future.
pub fn validate(assessment: &Assessment, today: Date) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    let municipality = &assessment.municipality;
    if let Some(issue) = check_required(&municipality.name) {
        issues.push(FieldIssue {
            field: Field::MunicipalityName,
            issue,
        });
    }
    if let Some(issue) = check_kuntanumero(&municipality.code) {
        issues.push(FieldIssue {
            field: Field::MunicipalityCode,
            issue,
        });
    }
    for (index, assessor) in assessment.assessors.iter().enumerate() {
        if assessor.name.trim().is_empty() {
            issues.push(FieldIssue {
                field: Field::AssessorName(index),
                issue: Issue::Empty,
            });
        }
    }
    for role in PersonRole::ALL {
        let email = assessment.person(role).email.trim();
        if !email.is_empty() && !is_email(email) {
            issues.push(FieldIssue {
                field: Field::PersonEmail(role),
                issue: Issue::InvalidEmail,
            });
        }
    }
    for (index, member) in assessment.steering_group.iter().enumerate() {
        if member.name.trim().is_empty() {
            issues.push(FieldIssue {
                field: Field::MemberName(index),
                issue: Issue::Empty,
            });
        }
    }
    for evidence in &assessment.evidence {
        issues.extend(validate_evidence(evidence, today));
    }
    let existing = assessment.evidence_ids();
    for (criterion, answer) in &assessment.answers {
        for id in &answer.evidence {
            if !existing.contains(id) {
                issues.push(FieldIssue {
                    field: Field::EvidenceLink(criterion.clone()),
                    issue: Issue::MissingEvidence(id.clone()),
                });
            }
        }
        if answer.status == Status::Met && !answer.evidence.iter().any(|id| existing.contains(id)) {
            issues.push(FieldIssue {
                field: Field::Status(criterion.clone()),
                issue: Issue::MetWithoutEvidence,
            });
        }
        for (index, action) in answer.actions.iter().enumerate() {
            if action.what.trim().is_empty() {
                issues.push(FieldIssue {
                    field: Field::Action {
                        criterion: criterion.clone(),
                        index,
                        field: ActionField::What,
                    },
                    issue: Issue::Empty,
                });
            }
        }
    }
    issues
}

/// The issues of one evidence item, for its form.
pub fn validate_evidence(evidence: &Evidence, today: Date) -> Vec<FieldIssue> {
    let mut issues = Vec::new();
    let mut push = |field: EvidenceField, issue: Issue| {
        issues.push(FieldIssue {
            field: Field::Evidence {
                id: evidence.id.clone(),
                field,
            },
            issue,
        });
    };
    if evidence.details.title().trim().is_empty() {
        push(EvidenceField::Title, Issue::Empty);
    }
    match evidence.date {
        None if matches!(evidence.details, EvidenceDetails::Decision { .. }) => {
            push(EvidenceField::Date, Issue::DecisionWithoutDate);
        }
        Some(date) if date > today => push(EvidenceField::Date, Issue::DateInFuture),
        _ => {}
    }
    match &evidence.details {
        EvidenceDetails::Decision {
            minutes_url: url, ..
        }
        | EvidenceDetails::Document { url, .. } => {
            if let Some(issue) = check_url(url) {
                push(EvidenceField::Url, issue);
            }
        }
        EvidenceDetails::WebPage { url, .. } => {
            if url.trim().is_empty() {
                push(EvidenceField::Url, Issue::Empty);
            } else if let Some(issue) = check_url(url) {
                push(EvidenceField::Url, issue);
            }
        }
        EvidenceDetails::Budget {
            amount_cents, year, ..
        } => {
            if amount_cents.is_some_and(|cents| cents < 0) {
                push(EvidenceField::Amount, Issue::NegativeAmount);
            }
            if year.is_some_and(|year| year < 1990 || year > i32::from(today.year()) + 10) {
                push(EvidenceField::Year, Issue::ImplausibleYear);
            }
        }
        EvidenceDetails::Appointment { .. } | EvidenceDetails::Other { .. } => {}
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kuntanumero_is_three_digits() {
        assert_eq!(check_kuntanumero("049"), None);
        assert_eq!(check_kuntanumero("998"), None);
        for code in ["", "49", "0490", "a49", " 49", "４９０"] {
            assert_eq!(
                check_kuntanumero(code),
                Some(Issue::KuntanumeroNotThreeDigits),
                "{code:?}"
            );
        }
    }

    #[test]
    fn email_addresses_need_a_name_an_at_and_a_domain() {
        for good in [
            "aino.kettunen@esimerkkila.example",
            "a@b.fi",
            "x+y@kunta.example.org",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "aino.kettunen",
            "@esimerkkila.example",
            "aino@",
            "aino@esimerkkila",
            "aino@.example",
            "aino@esimerkkila.",
            "aino kettunen@esimerkkila.example",
            "a@b@c.fi",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn only_the_chair_signs_as_the_chair() {
        use crate::domain::assessment::Member;
        let member = |role: &str| Member {
            name: "Sari Voutilainen".to_owned(),
            role: role.to_owned(),
        };
        assert!(member("kunnanjohtaja, puheenjohtaja").chairs());
        assert!(member("Ordförande").chairs());
        assert!(member("chair").chairs());
        assert!(!member("varapuheenjohtaja").chairs());
        assert!(!member("sivistystoimi").chairs());
    }

    #[test]
    fn urls_need_a_web_scheme() {
        assert_eq!(check_url(""), None);
        assert_eq!(check_url("https://kuvitelmala.example/ptk/2020-46"), None);
        assert_eq!(check_url("HTTP://example.fi"), None);
        for url in [
            "kuvitelmala.example",
            "https://",
            "ftp://x",
            "https://a b",
            "javascript:alert(1)",
        ] {
            assert_eq!(check_url(url), Some(Issue::InvalidUrl), "{url:?}");
        }
    }

    #[test]
    fn only_a_web_address_is_offered_to_open() {
        let page = |url: &str| EvidenceDetails::WebPage {
            title: "Hyvinvointi".to_owned(),
            url: url.to_owned(),
        };
        assert_eq!(
            web_link(&page(" https://kuvitelmala.example/hyvinvointi ")),
            Some("https://kuvitelmala.example/hyvinvointi")
        );
        for url in [
            "",
            "  ",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "ptk 12",
        ] {
            assert_eq!(web_link(&page(url)), None, "{url:?}");
        }
        let budget = EvidenceDetails::empty(crate::domain::criteria::EvidenceKind::Budget);
        assert_eq!(web_link(&budget), None);
    }
}
