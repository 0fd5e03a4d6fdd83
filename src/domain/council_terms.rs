//! Council terms (valtuustokaudet): when each term of Finnish municipal councils began and
//! ended, for requirements such as "approved during the current or the previous council term".
//!
//! The terms are data, in `criteria/council-terms.ron`, with the public source of each date.
//! They are compiled into the app; a unit test keeps the file loading.

use serde::Deserialize;

use super::dates::{Date, parse_date};

/// The council terms shipped with the app, as written in `criteria/council-terms.ron`.
pub const SHIPPED_TERMS: &str = include_str!("../../criteria/council-terms.ron");

/// One council term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouncilTerm {
    /// The term's name, e.g. "2021–2025".
    pub name: String,
    /// Its first day.
    pub start: Date,
    /// Its last day.
    pub end: Date,
    /// Where the dates come from.
    pub source: String,
}

/// Every known council term, oldest first, without gaps or overlaps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CouncilTerms {
    terms: Vec<CouncilTerm>,
}

/// Why the council terms file did not load (a bug in the shipped file; tests catch it).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TermsError {
    /// The RON text does not parse.
    #[error("council terms: {0}")]
    Syntax(String),
    /// A date is not of the form 24.11.2026.
    #[error("council terms: {0:?} is not a date")]
    Date(String),
    /// Terms out of order, overlapping or with a gap between them.
    #[error("council terms: {0} does not follow the previous term")]
    Order(String),
}

#[derive(Deserialize)]
#[serde(rename = "CouncilTerms", deny_unknown_fields)]
struct RawTerms {
    #[expect(
        dead_code,
        reason = "read so that the file names its format; only 1 exists"
    )]
    format: u32,
    terms: Vec<RawTerm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    name: String,
    start: String,
    end: String,
    source: String,
}

impl CouncilTerms {
    /// The terms shipped with the app, read once. The shipped file is tested; should it ever
    /// fail to load, there are no terms, and evidence that must be recent never qualifies
    /// ("not yet").
    pub fn shipped() -> &'static Self {
        static SHIPPED: std::sync::OnceLock<CouncilTerms> = std::sync::OnceLock::new();
        SHIPPED.get_or_init(|| Self::parse(SHIPPED_TERMS).unwrap_or(Self { terms: Vec::new() }))
    }

    /// Reads terms from the text of a council terms file.
    pub fn parse(text: &str) -> Result<Self, TermsError> {
        let raw: RawTerms =
            ron::from_str(text).map_err(|error| TermsError::Syntax(error.to_string()))?;
        let date = |text: &str| parse_date(text).map_err(|_| TermsError::Date(text.to_owned()));
        let mut terms: Vec<CouncilTerm> = Vec::with_capacity(raw.terms.len());
        for term in raw.terms {
            let (start, end) = (date(&term.start)?, date(&term.end)?);
            let follows = terms
                .last()
                .is_none_or(|previous| previous.end.tomorrow().ok() == Some(start));
            if end < start || !follows {
                return Err(TermsError::Order(term.name));
            }
            terms.push(CouncilTerm {
                name: term.name,
                start,
                end,
                source: term.source,
            });
        }
        Ok(Self { terms })
    }

    /// Every term, oldest first.
    pub fn all(&self) -> &[CouncilTerm] {
        &self.terms
    }

    /// The index of the term `date` falls in.
    fn index_of(&self, date: Date) -> Option<usize> {
        self.terms
            .iter()
            .position(|term| term.start <= date && date <= term.end)
    }

    /// The term `date` falls in.
    pub fn term_of(&self, date: Date) -> Option<&CouncilTerm> {
        self.index_of(date).map(|index| &self.terms[index])
    }

    /// The first day of the oldest of the `count` latest terms as of `today` (the current term
    /// and the `count - 1` before it). `None` when `today` falls in no known term or there are
    /// not that many terms: then nothing can be shown to be recent enough.
    pub fn window_start(&self, today: Date, count: u32) -> Option<Date> {
        let current = self.index_of(today)?;
        let back = usize::try_from(count.checked_sub(1)?).ok()?;
        let first = current.checked_sub(back)?;
        Some(self.terms[first].start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, day: i8) -> Date {
        Date::constant(y, m, day)
    }

    #[test]
    fn shipped_terms_load_in_order_without_gaps() {
        let terms = CouncilTerms::parse(SHIPPED_TERMS).unwrap_or_else(|e| panic!("{e}"));
        let names: Vec<&str> = terms.all().iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["2013–2017", "2017–2021", "2021–2025", "2025–2029"]);
        assert!(terms.all().iter().all(|t| !t.source.is_empty()));
    }

    #[test]
    fn the_2017_term_ended_when_the_2021_election_law_says() {
        let terms = CouncilTerms::shipped();
        assert_eq!(
            terms.term_of(d(2021, 7, 31)).map(|t| t.name.as_str()),
            Some("2017–2021")
        );
        assert_eq!(
            terms.term_of(d(2021, 8, 1)).map(|t| t.name.as_str()),
            Some("2021–2025")
        );
        assert_eq!(
            terms.term_of(d(2025, 5, 31)).map(|t| t.name.as_str()),
            Some("2021–2025")
        );
        assert_eq!(
            terms.term_of(d(2025, 6, 1)).map(|t| t.name.as_str()),
            Some("2025–2029")
        );
        assert_eq!(terms.term_of(d(2012, 12, 31)), None);
    }

    #[test]
    fn window_covers_the_current_and_previous_terms() {
        let terms = CouncilTerms::shipped();
        let today = d(2026, 11, 24);
        assert_eq!(terms.window_start(today, 1), Some(d(2025, 6, 1)));
        assert_eq!(terms.window_start(today, 2), Some(d(2021, 8, 1)));
        assert_eq!(terms.window_start(today, 0), None);
        assert_eq!(terms.window_start(d(2014, 1, 1), 2), None);
        assert_eq!(terms.window_start(d(2040, 1, 1), 1), None);
    }

    #[test]
    fn terms_that_overlap_or_leave_a_gap_are_refused() {
        let text = |second_start: &str| {
            format!(
                "CouncilTerms(format: 1, terms: [\
                 (name: \"a\", start: \"1.1.2013\", end: \"31.5.2017\", source: \"x\"),\
                 (name: \"b\", start: \"{second_start}\", end: \"31.7.2021\", source: \"x\")])"
            )
        };
        assert!(CouncilTerms::parse(&text("1.6.2017")).is_ok());
        for start in ["2.6.2017", "31.5.2017", "1.1.2022"] {
            assert_eq!(
                CouncilTerms::parse(&text(start)),
                Err(TermsError::Order("b".into())),
                "{start}"
            );
        }
        assert!(matches!(
            CouncilTerms::parse(&text("32.6.2017")),
            Err(TermsError::Date(_))
        ));
    }
}
