//! The action plan (every criterion's actions by due date) as CSV, for colleagues without
//! the app: one row per action, a header row in the chosen language, `;` between fields (what
//! spreadsheets in Finland and Sweden expect, where `,` is the decimal comma), dates as
//! `2026-11-24` (read as dates everywhere), UTF-8.
//!
//! A field is quoted when it holds `;`, `"` or a line break, and a field that a spreadsheet
//! would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets
//! a `'` before it: text from an assessment file is never run.

use crate::domain::Lang;
use crate::domain::assessment::{Assessment, PlannedAction};
use crate::domain::criteria::CriteriaSet;
use crate::domain::dates::Date;
use crate::i18n::report::T;

/// Where an action stands on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActionState {
    /// Done.
    Done,
    /// Not done, and its due date has passed.
    Overdue,
    /// Not done yet, not late.
    Open,
}

impl ActionState {
    /// The state of `action` on `today`.
    pub fn of(action: &crate::domain::assessment::Action, today: Date) -> Self {
        if action.done {
            Self::Done
        } else if action.is_overdue(today) {
            Self::Overdue
        } else {
            Self::Open
        }
    }

    /// "tehty", "myöhässä", "kesken".
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Self::Done => T::Done.get(lang),
            Self::Overdue => T::Overdue.get(lang),
            Self::Open => T::Open.get(lang),
        }
    }
}

/// One field, quoted where it must be and defused where a spreadsheet would run it.
pub(crate) fn field(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    };
    if value.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// The plan as CSV text, lines ending in `\n`.
pub fn csv(lang: Lang, assessment: &Assessment, set: &CriteriaSet, today: Date) -> String {
    let header = [
        T::ColCriterion.get(lang),
        T::CriterionName.get(lang),
        T::ColAction.get(lang),
        T::ColWho.get(lang),
        T::ColDue.get(lang),
        T::ColState.get(lang),
    ];
    let mut text = header.map(field).join(";");
    text.push('\n');
    for PlannedAction { number, action, .. } in assessment.action_plan(set) {
        let title = set
            .criteria
            .iter()
            .find(|criterion| criterion.number == number)
            .map(|criterion| criterion.short_title.get_or(lang, set.official_language).0)
            .unwrap_or_default();
        let row = [
            number.to_string(),
            title.to_owned(),
            action.what.trim().to_owned(),
            action.who.trim().to_owned(),
            action.due.map(|due| due.to_string()).unwrap_or_default(),
            ActionState::of(action, today).word(lang).to_owned(),
        ];
        text.push_str(&row.map(|value| field(&value)).join(";"));
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::field;

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("Talousarvio"), "Talousarvio");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("sanoi \"kyllä\""), "\"sanoi \"\"kyllä\"\"\"");
        assert_eq!(field("rivi\ntoinen"), "\"rivi\ntoinen\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        for start in ["+", "-", "@", "\t"] {
            assert_eq!(field(&format!("{start}1")), format!("'{start}1"));
        }
    }
}
