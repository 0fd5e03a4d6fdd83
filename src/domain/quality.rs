//! Evidence quality: whether an evidence item is complete and valid for its kind, and whether
//! it satisfies a criterion's requirement.
//!
//! One implementation for the app, the command line and the report: each only presents what
//! [`check_item`] and [`check_against`] find. An item counts for a criterion only when both
//! find nothing.

use std::sync::Arc;

use super::council_terms::CouncilTerms;
use super::criteria::{Alternative, EvidenceKind, Freshness};
use super::dates::Date;
use super::evidence::{Attachment, Body, Evidence, EvidenceDetails};
use super::validation::check_url;

/// What is known of an attachment's file. The domain reads no files: the caller says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttachmentHealth {
    /// The file is there with the recorded size and SHA-256.
    Intact,
    /// Not checked (no folder to look in, e.g. the built-in example).
    Unchecked,
    /// Missing, changed or unsafe: the item cannot rest on it.
    Broken,
}

/// What a caller knows that the rule needs: today, the council terms, the attachments' state.
#[derive(Clone, Copy)]
pub struct Checks<'a> {
    /// Today: a date after it is in the future, and freshness counts back from it.
    pub today: Date,
    /// The council terms, for "in the current or the previous term".
    pub terms: &'a CouncilTerms,
    /// The state of an attachment's file.
    pub attachment: &'a dyn Fn(&Attachment) -> AttachmentHealth,
}

impl std::fmt::Debug for Checks<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Checks")
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

impl<'a> Checks<'a> {
    /// Checks with the shipped council terms and every attachment taken as unchecked.
    pub fn on(today: Date) -> Checks<'static> {
        Checks {
            today,
            terms: CouncilTerms::shipped(),
            attachment: &|_| AttachmentHealth::Unchecked,
        }
    }

    /// The same checks with attachments' states from `attachment`.
    #[must_use]
    pub fn with_attachments(
        self,
        attachment: &'a dyn Fn(&Attachment) -> AttachmentHealth,
    ) -> Checks<'a> {
        Checks {
            today: self.today,
            terms: self.terms,
            attachment,
        }
    }
}

/// A part of an evidence item that a real document of its kind has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Part {
    /// A decision's subject.
    Subject,
    /// The name of a body of the kind "other".
    BodyName,
    /// The meeting date of a decision; the date of an appointment or a document; the day a
    /// web page was checked.
    Date,
    /// A decision's § number.
    Section,
    /// The appointed person.
    Person,
    /// The appointed person's role.
    Role,
    /// Who appointed them.
    Appointer,
    /// A document's or web page's title.
    Title,
    /// A web page's address.
    Url,
    /// The day a document was approved.
    ApprovalDate,
    /// The § of a document's approval.
    ApprovalSection,
    /// What a budget line is for.
    Purpose,
    /// A budget line's amount.
    Amount,
    /// A budget line's year.
    Year,
    /// What an item of the kind "other" is.
    Description,
}

/// Why an evidence item does not count (for a criterion).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemProblem {
    /// Parts a real document of its kind has are empty.
    Missing(Vec<Part>),
    /// Its date is later than today.
    DateInFuture,
    /// A link is not a web address.
    InvalidUrl,
    /// An attached file is missing or changed (its original name).
    AttachmentNotIntact(String),
    /// The criterion does not accept this kind; it accepts `accepted`.
    KindNotAccepted {
        /// The item's kind.
        kind: EvidenceKind,
        /// The kinds the requirement accepts.
        accepted: Arc<[EvidenceKind]>,
    },
    /// A decision of a body whose decisions do not count here.
    BodyNotAccepted {
        /// The body that decided.
        body: Body,
        /// The bodies whose decisions count.
        accepted: Arc<[Body]>,
    },
    /// An appointment by someone other than the bodies that count here.
    AppointerNotAccepted {
        /// The bodies whose appointment counts.
        accepted: Arc<[Body]>,
    },
    /// A document that no accepted body is recorded to have approved.
    NotApproved {
        /// The bodies whose approval counts.
        accepted: Arc<[Body]>,
    },
    /// An appointment to a role the criterion is not about.
    RoleNotAccepted {
        /// Words one of which the role must contain.
        roles: Vec<String>,
    },
    /// Older than the requirement allows.
    TooOld(Freshness),
}

impl ItemProblem {
    /// A stable code for scripts (`summary --json`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Missing(_) => "missing_fields",
            Self::DateInFuture => "date_in_future",
            Self::InvalidUrl => "invalid_url",
            Self::AttachmentNotIntact(_) => "attachment_not_intact",
            Self::KindNotAccepted { .. } => "kind_not_accepted",
            Self::BodyNotAccepted { .. } => "body_not_accepted",
            Self::AppointerNotAccepted { .. } => "appointer_not_accepted",
            Self::NotApproved { .. } => "not_approved",
            Self::RoleNotAccepted { .. } => "role_not_accepted",
            Self::TooOld(_) => "too_old",
        }
    }
}

fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The parts a real document of the item's kind has that it lacks, and the link it holds
/// (empty when none), for [`check_item`].
fn missing_parts(evidence: &Evidence) -> (Vec<Part>, &str) {
    let mut missing = Vec::new();
    let mut need = |part: Part, absent: bool| {
        if absent {
            missing.push(part);
        }
    };
    let no_date = evidence.date.is_none();
    let mut link = "";
    match &evidence.details {
        EvidenceDetails::Decision {
            body,
            body_name,
            subject,
            section,
            minutes_url,
            ..
        } => {
            need(Part::BodyName, *body == Body::Other && blank(body_name));
            need(Part::Subject, blank(subject));
            need(Part::Date, no_date);
            need(Part::Section, blank(section));
            link = minutes_url;
        }
        EvidenceDetails::Appointment {
            person,
            role,
            appointed_by,
            appointing_body,
        } => {
            need(Part::Person, blank(person));
            need(Part::Role, blank(role));
            need(
                Part::Appointer,
                blank(appointed_by) && appointing_body.is_none(),
            );
            need(Part::Date, no_date);
        }
        EvidenceDetails::Document {
            title,
            url,
            approved_by,
            approved_on,
            approval_section,
        } => {
            need(Part::Title, blank(title));
            need(Part::Date, no_date);
            // A recorded approval is complete or it is not one.
            if approved_by.is_some() {
                need(Part::ApprovalDate, approved_on.is_none());
                need(Part::ApprovalSection, blank(approval_section));
            }
            link = url;
        }
        EvidenceDetails::WebPage { url, .. } => {
            need(Part::Url, blank(url));
            need(Part::Date, no_date);
            link = url;
        }
        EvidenceDetails::Budget {
            purpose,
            amount_cents,
            year,
        } => {
            need(Part::Purpose, blank(purpose));
            need(Part::Amount, amount_cents.is_none_or(|cents| cents <= 0));
            need(Part::Year, year.is_none());
        }
        EvidenceDetails::Other { description } => need(Part::Description, blank(description)),
    }
    (missing, link)
}

/// Whether the item is complete and valid for its kind, whatever criterion it backs: the
/// parts a real document of its kind has, a date not in the future, well-formed links,
/// intact attachments. Empty when it is.
pub fn check_item(evidence: &Evidence, checks: &Checks<'_>) -> Vec<ItemProblem> {
    let (missing, link) = missing_parts(evidence);
    let mut problems = Vec::new();
    if !missing.is_empty() {
        problems.push(ItemProblem::Missing(missing));
    }
    let approved_on = match &evidence.details {
        EvidenceDetails::Document { approved_on, .. } => *approved_on,
        _ => None,
    };
    if [evidence.date, approved_on]
        .into_iter()
        .flatten()
        .any(|date| date > checks.today)
    {
        problems.push(ItemProblem::DateInFuture);
    }
    if check_url(link).is_some() {
        problems.push(ItemProblem::InvalidUrl);
    }
    for attachment in &evidence.attachments {
        if (checks.attachment)(attachment) == AttachmentHealth::Broken {
            problems.push(ItemProblem::AttachmentNotIntact(
                attachment.original_name.clone(),
            ));
        }
    }
    problems
}

/// The date freshness is measured from: a document's approval, else its own date; the end of
/// a budget's year; else the item's date.
fn dated(evidence: &Evidence) -> Option<Date> {
    match &evidence.details {
        EvidenceDetails::Document { approved_on, .. } => approved_on.or(evidence.date),
        EvidenceDetails::Budget { year, .. } => evidence.date.or_else(|| {
            year.and_then(|year| i16::try_from(year).ok())
                .and_then(|year| Date::new(year, 12, 31).ok())
        }),
        _ => evidence.date,
    }
}

#[inline]
fn is_fresh(evidence: &Evidence, fresh: Freshness, checks: &Checks<'_>) -> bool {
    let Some(date) = dated(evidence) else {
        return false;
    };
    let since = match fresh {
        Freshness::CouncilTerms(count) => checks.terms.window_start(checks.today, count),
        Freshness::Months(months) => i32::try_from(months).ok().and_then(|months| {
            checks
                .today
                .checked_sub(jiff::Span::new().months(months))
                .ok()
        }),
    };
    since.is_some_and(|since| date >= since)
}

/// What keeps `evidence` from meeting `alternative` (of the same kind). Empty when it does.
#[inline]
fn against(
    evidence: &Evidence,
    alternative: &Alternative,
    checks: &Checks<'_>,
) -> Vec<ItemProblem> {
    let mut problems = Vec::new();
    let accepted = || Arc::clone(&alternative.bodies);
    if !alternative.bodies.is_empty() {
        match &evidence.details {
            EvidenceDetails::Decision { body, .. } if !alternative.bodies.contains(body) => {
                problems.push(ItemProblem::BodyNotAccepted {
                    body: *body,
                    accepted: accepted(),
                });
            }
            EvidenceDetails::Appointment {
                appointing_body, ..
            } if !appointing_body.is_some_and(|body| alternative.bodies.contains(&body)) => {
                problems.push(ItemProblem::AppointerNotAccepted {
                    accepted: accepted(),
                });
            }
            EvidenceDetails::Document { approved_by, .. }
                if !approved_by.is_some_and(|body| alternative.bodies.contains(&body)) =>
            {
                problems.push(ItemProblem::NotApproved {
                    accepted: accepted(),
                });
            }
            _ => {}
        }
    }
    if !alternative.roles.is_empty()
        && let EvidenceDetails::Appointment { role, .. } = &evidence.details
    {
        let role = role.to_lowercase();
        if !alternative
            .roles
            .iter()
            .any(|word| role.contains(word.as_str()))
        {
            problems.push(ItemProblem::RoleNotAccepted {
                roles: alternative.roles.clone(),
            });
        }
    }
    if let Some(fresh) = alternative.fresh
        && !is_fresh(evidence, fresh, checks)
    {
        problems.push(ItemProblem::TooOld(fresh));
    }
    problems
}

/// How an item stands against one criterion's alternatives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fit {
    /// Why it does not count; empty when it does.
    pub problems: Vec<ItemProblem>,
    /// Whether it counts by an alternative that rests on the assessor's judgement.
    pub judgement: bool,
}

/// The kinds `alternatives` accept, in the order they are written, each once.
pub fn accepted_kinds(alternatives: &[Alternative]) -> Arc<[EvidenceKind]> {
    let mut accepted: Vec<EvidenceKind> = Vec::new();
    for alternative in alternatives {
        if !accepted.contains(&alternative.kind) {
            accepted.push(alternative.kind);
        }
    }
    accepted.into()
}

/// Checks a complete, valid item against a criterion's alternatives (and the kinds they
/// accept, see [`accepted_kinds`]): the alternative of its kind that it meets, or else the
/// one it misses by least.
#[inline]
pub fn check_against(
    evidence: &Evidence,
    alternatives: &[Alternative],
    accepted: &Arc<[EvidenceKind]>,
    checks: &Checks<'_>,
) -> Fit {
    let kind = evidence.kind();
    let mut best: Option<Fit> = None;
    for alternative in alternatives.iter().filter(|a| a.kind == kind) {
        let problems = against(evidence, alternative, checks);
        if problems.is_empty() {
            return Fit {
                problems,
                judgement: alternative.judgement,
            };
        }
        if best
            .as_ref()
            .is_none_or(|best| problems.len() < best.problems.len())
        {
            best = Some(Fit {
                problems,
                judgement: false,
            });
        }
    }
    best.unwrap_or_else(|| Fit {
        problems: vec![ItemProblem::KindNotAccepted {
            kind,
            accepted: Arc::clone(accepted),
        }],
        judgement: false,
    })
}
