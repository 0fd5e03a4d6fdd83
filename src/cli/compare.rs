//! `terve-kunta compare OLD NEW [--json | -o COMPARISON.pdf]`: what changed between two
//! assessments of one municipality.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::compare::{Comparison, compare};
use crate::domain::quality::Checks;
use crate::domain::{Assessment, Clock as _, CriteriaSet, Lang};
use crate::export::export_comparison;
use crate::i18n::{self, compare::T as C};
use crate::report::ComparisonInput;
use crate::system::{ReportClock, SystemClock};

/// How the comparison is given.
#[derive(Clone, Copy, Debug)]
pub(super) enum Output<'a> {
    /// Lines for people.
    Lines,
    /// JSON for scripts.
    Json,
    /// A PDF, written to this file.
    Pdf(&'a Path),
}

pub(super) fn run(
    lang: Lang,
    (old, new): (&Path, &Path),
    output: Output<'_>,
    criteria_files: &[PathBuf],
    (out, err): (&mut dyn Write, &mut dyn Write),
) -> std::io::Result<u8> {
    let super::Loaded {
        assessment: old_assessment,
        set: old_set,
        ..
    } = match super::load(lang, old, criteria_files, err)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let super::Loaded {
        assessment: new_assessment,
        set: new_set,
        ..
    } = match super::load(lang, new, criteria_files, err)? {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let checks = Checks::on(SystemClock.today());
    let comparison = match compare(
        (&old_assessment, &old_set),
        (&new_assessment, &new_set),
        &checks,
    ) {
        Ok(comparison) => comparison,
        Err(reason) => {
            writeln!(
                err,
                "{}{}: {} {}",
                super::words::error_prefix(lang),
                i18n::compare::not_comparable(lang, &reason),
                old.display(),
                new.display()
            )?;
            return Ok(1);
        }
    };
    let sides = Sides {
        old: (&old_assessment, &old_set),
        new: (&new_assessment, &new_set),
    };
    match output {
        Output::Json => writeln!(out, "{:#}", as_json(lang, &sides, &comparison))?,
        Output::Lines => print(lang, &sides, &comparison, out)?,
        Output::Pdf(pdf) => {
            let clock = ReportClock::new(&SystemClock);
            let name = |path: &Path| {
                path.file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            let input = ComparisonInput {
                comparison: &comparison,
                old: sides.old,
                new: sides.new,
                files: [name(old), name(new)],
                lang,
                generated: clock.now(),
                today: clock.today(),
                time_zone: clock.time_zone(),
            };
            return super::pdf_written(lang, export_comparison(&input, pdf), pdf, (out, err));
        }
    }
    Ok(0)
}

/// The two assessments and their sets.
struct Sides<'a> {
    old: (&'a Assessment, &'a CriteriaSet),
    new: (&'a Assessment, &'a CriteriaSet),
}

impl Sides<'_> {
    /// A criterion's short title, from the newer set when it has it.
    fn title(&self, lang: Lang, id: &crate::domain::CriterionId) -> String {
        i18n::compare::criterion_title(lang, [self.new.1, self.old.1], id)
    }

    /// "24.11.2026, kriteeristö 2017-2020.3".
    fn describe(lang: Lang, side: (&Assessment, &CriteriaSet)) -> String {
        i18n::compare::side(lang, side, &SystemClock.time_zone())
    }
}

fn print(
    lang: Lang,
    sides: &Sides<'_>,
    comparison: &Comparison<'_>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let municipality = &sides.new.0.municipality;
    writeln!(
        out,
        "{}: {} ({})",
        C::Heading.get(lang),
        municipality.name.trim(),
        municipality.code.trim()
    )?;
    writeln!(
        out,
        "{}: {}",
        C::Before.get(lang),
        Sides::describe(lang, sides.old)
    )?;
    writeln!(
        out,
        "{}: {}",
        C::After.get(lang),
        Sides::describe(lang, sides.new)
    )?;
    writeln!(out, "{}", i18n::compare::sentence(lang, comparison))?;
    writeln!(out)?;
    writeln!(out, "{}:", C::Criteria.get(lang))?;
    for change in &comparison.criteria {
        let before = i18n::compare::standing(lang, change.before, change.presence);
        let after = i18n::compare::standing(lang, change.after, change.presence);
        let arrow = if before == after { "=" } else { "→" };
        writeln!(
            out,
            "  {}. {}: {before} {arrow} {after}",
            change.number,
            sides.title(lang, &change.id)
        )?;
    }
    // The same four lists, in the same words, as the PDF and the Vertailu tab.
    for (heading, lines) in i18n::compare::lists(lang, comparison, [sides.new.1, sides.old.1]) {
        writeln!(out)?;
        writeln!(out, "{} ({}):", heading.get(lang), lines.len())?;
        if lines.is_empty() {
            writeln!(out, "  {}", C::None.get(lang))?;
        }
        for line in lines {
            writeln!(out, "  - {line}")?;
        }
    }
    Ok(())
}

fn as_json(lang: Lang, sides: &Sides<'_>, comparison: &Comparison<'_>) -> serde_json::Value {
    let side = |(assessment, set): (&Assessment, &CriteriaSet)| {
        serde_json::json!({
            "id": assessment.id,
            "modified": assessment.modified.to_string(),
            "criteria_set": { "id": set.id, "version": set.version },
        })
    };
    let criteria: Vec<serde_json::Value> = comparison
        .criteria
        .iter()
        .map(|change| {
            serde_json::json!({
                "id": change.id.as_str(),
                "number": change.number,
                "title": sides.title(lang, &change.id),
                "presence": change.presence,
                "before": change.before,
                "after": change.after,
            })
        })
        .collect();
    let ids = |list: &[&crate::domain::Evidence]| -> Vec<serde_json::Value> {
        list.iter()
            .map(
                |e| serde_json::json!({ "id": e.id.0, "summary": i18n::evidence_summary(lang, e) }),
            )
            .collect()
    };
    serde_json::json!({
        "municipality": {
            "name": sides.new.0.municipality.name,
            "code": sides.new.0.municipality.code,
        },
        "before": side(sides.old),
        "after": side(sides.new),
        "met_before": comparison.met_before,
        "met_after": comparison.met_after,
        "sentence": i18n::compare::sentence(lang, comparison),
        "criteria": criteria,
        "evidence_added": ids(&comparison.evidence_added),
        "evidence_removed": ids(&comparison.evidence_removed),
        "actions_done": comparison.actions_done,
        "actions_new": comparison.actions_new,
    })
}
