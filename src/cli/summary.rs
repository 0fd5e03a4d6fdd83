//! `terve-kunta summary ASSESSMENT [--json]`: the readiness verdict and each criterion's status.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::domain::Clock as _;
use crate::domain::Lang;
use crate::domain::assessment::{Assessment, CriteriaMatch, Member, Person, PersonRole};
use crate::domain::criteria::CriteriaSet;
use crate::domain::quality::Checks;
use crate::domain::readiness::{self, Readiness};
use crate::i18n;
use crate::system::SystemClock;

pub(super) fn run(
    lang: Lang,
    file: &Path,
    json: bool,
    criteria_files: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<u8> {
    let super::Loaded {
        assessment,
        set,
        newer,
    } = match super::load(lang, file, criteria_files, err)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let health = crate::storage::attachments::health_on_disk(file);
    let today = SystemClock.today();
    let checks = Checks::on(today).with_attachments(&health);
    let readiness = readiness::evaluate_saved(&assessment, &set, &checks);
    // Said on both outputs: a newer version of the set, a network period that has ended.
    let notes: Vec<String> = [
        newer
            .as_ref()
            .map(|newer| i18n::newer_version_note(lang, &set.version, &newer.version)),
        i18n::period_ended_warning(lang, &set, today, true),
    ]
    .into_iter()
    .flatten()
    .collect();
    if json {
        let mut report = JsonSummary::new(lang, &assessment, &readiness);
        report.criteria_set.newest_version = newer.as_ref().map(|newer| newer.version.as_str());
        report.criteria_set.period_ended = set.period_has_ended(today);
        report.warnings.extend(notes);
        let text = serde_json::to_string_pretty(&report).map_err(std::io::Error::other)?;
        writeln!(out, "{text}")?;
    } else {
        if let Some(warning) = i18n::criteria_match_warning(lang, readiness.criteria_match) {
            writeln!(err, "{warning}")?;
        }
        write_text(lang, &assessment, &set, &readiness, out)?;
        if !notes.is_empty() {
            writeln!(out)?;
            for note in &notes {
                writeln!(out, "{note}")?;
            }
        }
    }
    Ok(0)
}

fn write_text(
    lang: Lang,
    assessment: &Assessment,
    set: &CriteriaSet,
    readiness: &Readiness<'_>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let municipality = &assessment.municipality;
    writeln!(
        out,
        "{} ({} {})",
        municipality.name,
        super::words::municipality_code_label(lang),
        municipality.code
    )?;
    writeln!(
        out,
        "{}: {} ({} {}, {})",
        super::words::criteria_set_label(lang),
        set.title.get_or(lang, set.official_language).0,
        super::words::version_word(lang),
        set.version,
        set.period
    )?;
    // The people the application names, when they have been entered.
    for role in PersonRole::ALL {
        let person = assessment.person(role);
        if !person.is_empty() {
            writeln!(
                out,
                "{}: {}",
                i18n::ui::person_heading(lang, role),
                person.label()
            )?;
        }
    }
    if !assessment.steering_group.is_empty() {
        let members: Vec<String> = assessment
            .steering_group
            .iter()
            .map(Member::label)
            .collect();
        writeln!(
            out,
            "{}: {}",
            i18n::ui::T::SteeringGroupHeading.get(lang),
            members.join("; ")
        )?;
    }
    writeln!(out, "{}", i18n::verdict_sentence(lang, readiness))?;
    writeln!(out, "{}", i18n::progress_line(lang, readiness))?;
    writeln!(out)?;
    for item in &readiness.criteria {
        let criterion = item.criterion;
        let (title, _) = criterion.short_title.get_or(lang, set.official_language);
        writeln!(
            out,
            "{:>2}. {title} [{}]: {}, {}",
            criterion.number,
            criterion.id,
            i18n::status_label(lang, item.status),
            i18n::evidence_count(lang, item.evidence_count)
        )?;
        if item.gap.is_some() {
            writeln!(
                out,
                "    {}: {}",
                super::words::missing_label(lang),
                i18n::gap_message(lang, item)
            )?;
        }
        // Every linked item that does not count, with why: the same words as in the app.
        for verdict in i18n::items_to_list(item) {
            let name = verdict
                .evidence(assessment)
                .map(|evidence| i18n::evidence_summary(lang, evidence))
                .unwrap_or_default();
            writeln!(
                out,
                "    – {name}: {}",
                i18n::item_verdict_message(lang, verdict)
            )?;
        }
    }
    Ok(())
}

/// The `--json` output: stable English keys and codes, plus sentences in the chosen language.
#[derive(Serialize)]
struct JsonSummary<'a> {
    municipality: &'a crate::domain::assessment::Municipality,
    /// The contact person, or null when none has been entered.
    contact_person: Option<JsonPerson<'a>>,
    /// The responsible elected official, or null when none has been entered.
    elected_official: Option<JsonPerson<'a>>,
    /// The steering group's members (empty when none have been entered).
    steering_group: &'a [Member],
    criteria_set: JsonSet<'a>,
    ready: bool,
    verdict: String,
    progress: JsonProgress,
    criteria: Vec<JsonCriterion<'a>>,
    warnings: Vec<String>,
}

/// A person with every key present (empty strings for what was not entered).
#[derive(Serialize)]
struct JsonPerson<'a> {
    name: &'a str,
    title: &'a str,
    email: &'a str,
    phone: &'a str,
}

impl<'a> JsonPerson<'a> {
    fn of(person: &'a Person) -> Option<Self> {
        (!person.is_empty()).then_some(Self {
            name: person.name.trim(),
            title: person.title.trim(),
            email: person.email.trim(),
            phone: person.phone.trim(),
        })
    }
}

#[derive(Serialize)]
struct JsonSet<'a> {
    id: &'a str,
    version: &'a str,
    content_hash: &'a str,
    /// `same`, `content_changed` or `other`.
    matches: &'static str,
    /// The newest version of the set the app knows, when the assessment's is older; else null.
    newest_version: Option<&'a str>,
    /// Whether the set's network period has ended (newer criteria may apply).
    period_ended: bool,
}

#[derive(Serialize)]
struct JsonProgress {
    total: usize,
    assessed: usize,
    met: usize,
    evidenced: usize,
    counted_as_met: usize,
}

#[derive(Serialize)]
struct JsonCriterion<'a> {
    id: &'a str,
    number: u32,
    title: &'a str,
    status: &'static str,
    evidence: usize,
    open_actions: usize,
    counts_as_met: bool,
    /// `not_assessed`, `met_without_evidence`, `evidence_insufficient`, `partly_met`,
    /// `not_met`, or null.
    gap: Option<&'static str>,
    /// What to do, in the chosen language; null when the criterion counts as met.
    missing: Option<String>,
    /// The requirement in words, in the chosen language (null for a format 1 set).
    requirement: Option<String>,
    /// Each linked evidence item and whether it counts here.
    evidence_items: Vec<JsonItem<'a>>,
}

#[derive(Serialize)]
struct JsonItem<'a> {
    id: &'a str,
    kind: &'static str,
    counts: bool,
    /// It counts by an alternative that rests on the assessor's judgement.
    judgement: bool,
    /// Why it does not count: a stable code and the sentence, in order.
    reasons: Vec<JsonReason>,
}

#[derive(Serialize)]
struct JsonReason {
    code: &'static str,
    message: String,
}

impl<'a> JsonSummary<'a> {
    fn new(lang: Lang, assessment: &'a Assessment, readiness: &'a Readiness<'a>) -> Self {
        let progress = readiness.progress();
        let person = |role| JsonPerson::of(assessment.person(role));
        Self {
            municipality: &assessment.municipality,
            contact_person: person(PersonRole::ContactPerson),
            elected_official: person(PersonRole::ElectedOfficial),
            steering_group: &assessment.steering_group,
            criteria_set: JsonSet {
                id: &assessment.criteria.id,
                version: &assessment.criteria.version,
                content_hash: &assessment.criteria.content_hash,
                matches: match readiness.criteria_match {
                    CriteriaMatch::Same => "same",
                    CriteriaMatch::ContentChanged => "content_changed",
                    CriteriaMatch::Other => "other",
                },
                newest_version: None,
                period_ended: false,
            },
            ready: readiness.is_ready(),
            verdict: i18n::verdict_sentence(lang, readiness),
            progress: JsonProgress {
                total: progress.total,
                assessed: progress.assessed,
                met: progress.met,
                evidenced: progress.evidenced,
                counted_as_met: progress.counted,
            },
            criteria: readiness
                .criteria
                .iter()
                .map(|item| JsonCriterion {
                    id: item.criterion.id.as_str(),
                    number: item.criterion.number,
                    title: item.criterion.short_title.get_or(lang, Lang::Fi).0,
                    status: item.status.code(),
                    evidence: item.evidence_count,
                    open_actions: item.open_actions,
                    counts_as_met: item.counts_as_met(),
                    gap: item.gap.map(readiness::Gap::code),
                    missing: item.gap.map(|_| i18n::gap_message(lang, item)),
                    requirement: i18n::requirement_sentence(lang, item.criterion),
                    evidence_items: item
                        .items
                        .iter()
                        .map(|verdict| JsonItem {
                            id: verdict
                                .evidence(assessment)
                                .map_or("", |evidence| evidence.id.0.as_str()),
                            kind: verdict.kind.code(),
                            counts: verdict.qualifies(),
                            judgement: verdict.judgement,
                            reasons: verdict
                                .problems()
                                .iter()
                                .map(|problem| JsonReason {
                                    code: problem.code(),
                                    message: i18n::item_problem_message(
                                        lang,
                                        verdict.kind,
                                        problem,
                                    ),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
            warnings: i18n::criteria_match_warning(lang, readiness.criteria_match)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }
}
