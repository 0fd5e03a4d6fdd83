//! The changes between two versions of an assessment, field by field, in the words a person
//! reads and in the canonical values the history is replayed against.

use super::entry::{Change, Field};
use super::replay;
use crate::domain::assessment::{Action, Assessment, Assessor, Indexed};
use crate::domain::criteria::CriterionId;
use crate::domain::dates::format_date;
use crate::domain::evidence::{Evidence, EvidenceId};

/// The changes from `before` to `after`, field by field, in a stable order: the
/// municipality, the assessors, the criteria set, each answer by criterion, then evidence
/// items. Times, ids, the history and the seal are not compared. Each change holds the words
/// a person reads (`old`, `new`) and the field's new value in a canonical form (`value`), from
/// which the history can be replayed against the content (see [`replay`]).
pub fn diff(
    before: &Assessment,
    after: &Assessment,
    describe: &dyn Fn(&Evidence) -> String,
) -> Vec<Change> {
    let mut changes = Vec::new();
    let (before, after) = (Indexed::new(before), Indexed::new(after));
    for key in replay::keys(before.assessment, after.assessment) {
        let (old_value, new_value) = (
            replay::value(&before, key.0.as_ref(), &key.1),
            replay::value(&after, key.0.as_ref(), &key.1),
        );
        if old_value == new_value {
            continue;
        }
        let (mut old, new) = (
            words(&before, key.0.as_ref(), &key.1, describe),
            words(&after, key.0.as_ref(), &key.1, describe),
        );
        if old == new {
            // Something not in words changed (a link to another item of the same title, the
            // time an item was recorded): say so.
            old.push_str(" *");
        }
        changes.push(Change {
            criterion: key.0,
            field: key.1,
            old,
            new,
            value: Some(new_value),
        });
    }
    changes
}

/// A field's value in words, as the history shows it to a person.
fn words(
    indexed: &Indexed<'_>,
    criterion: Option<&CriterionId>,
    field: &Field,
    describe: &dyn Fn(&Evidence) -> String,
) -> String {
    let assessment = indexed.assessment;
    let answer = || replay::answer_of(assessment, criterion);
    match field {
        Field::MunicipalityName => assessment.municipality.name.clone(),
        Field::MunicipalityCode => assessment.municipality.code.clone(),
        Field::Assessors => assessors_text(&assessment.assessors),
        Field::ContactPerson => assessment.contact_person.label(),
        Field::ElectedOfficial => assessment.elected_official.label(),
        Field::SteeringGroup => assessment
            .steering_group
            .iter()
            .map(crate::domain::assessment::Member::label)
            .collect::<Vec<_>>()
            .join("; "),
        Field::Proposal => assessment.proposal.clone(),
        Field::GroupViews => group_text(&assessment.group),
        Field::Criteria => format!("{} {}", assessment.criteria.id, assessment.criteria.version),
        Field::Status => answer().status.code().to_owned(),
        Field::Justification => answer().justification.clone(),
        Field::EvidenceLinks => links_text(indexed, &answer().evidence),
        Field::Actions => actions_text(&answer().actions),
        Field::Evidence(id) => indexed
            .evidence(id)
            .map_or_else(String::new, |e| evidence_text(e, describe)),
    }
}

/// The group's views in words: each response (member, time, how many views) and each
/// decision, a line each.
fn group_text(group: &crate::domain::group::GroupViews) -> String {
    let mut lines: Vec<String> = Vec::new();
    if let Some(requested) = group.requested {
        lines.push(requested.to_string());
    }
    for response in &group.responses {
        lines.push(format!(
            "{} ({}, {})",
            response.member.trim(),
            response.responded,
            response.views.len()
        ));
    }
    for (criterion, decision) in &group.decisions {
        lines.push(format!("{criterion}: {}", decision.status.code()));
    }
    lines.join("\n")
}

fn assessors_text(assessors: &[Assessor]) -> String {
    assessors
        .iter()
        .map(Assessor::label)
        .collect::<Vec<_>>()
        .join("; ")
}

fn links_text(indexed: &Indexed<'_>, links: &[EvidenceId]) -> String {
    links
        .iter()
        .map(|id| {
            indexed
                .evidence(id)
                .map(|e| e.details.title().trim())
                .filter(|title| !title.is_empty())
                .unwrap_or(id.0.as_str())
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn actions_text(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|action| {
            let mut line = if action.done { "[x] " } else { "[ ] " }.to_owned();
            line.push_str(action.what.trim());
            if !action.who.trim().is_empty() {
                line.push_str(" — ");
                line.push_str(action.who.trim());
            }
            if let Some(due) = action.due {
                line.push_str(" — ");
                line.push_str(&format_date(due));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn evidence_text(evidence: &Evidence, describe: &dyn Fn(&Evidence) -> String) -> String {
    let mut text = describe(evidence);
    // A decision's link is not in its description: a changed link must show.
    if let crate::domain::evidence::EvidenceDetails::Decision { minutes_url, .. } =
        &evidence.details
        && !minutes_url.trim().is_empty()
    {
        text.push('\n');
        text.push_str(minutes_url.trim());
    }
    if !evidence.note.trim().is_empty() {
        text.push('\n');
        text.push_str(evidence.note.trim());
    }
    for attachment in &evidence.attachments {
        text.push_str("\n+ ");
        text.push_str(&attachment.original_name);
        text.push_str(" (");
        text.push_str(attachment.sha256.get(..12).unwrap_or(&attachment.sha256));
        text.push(')');
    }
    text
}
