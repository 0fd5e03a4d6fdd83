//! Calendar dates as Finnish users read and type them: `24.11.2026`.
//!
//! Files store dates as ISO 8601 (`2026-11-24`) through serde; people see and type the
//! day-month-year form in every UI language, as is the custom in Finland.

use std::fmt::Write as _;

pub use jiff::Timestamp;
pub use jiff::civil::Date;

/// Why a typed date was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateParseError {
    /// Nothing was typed.
    #[error("empty date")]
    Empty,
    /// The text is not of the form `24.11.2026` (or `2026-11-24`).
    #[error("not a date of the form 24.11.2026")]
    Format,
    /// The form is right but no such day exists, e.g. `31.2.2026`.
    #[error("no such day")]
    NoSuchDay,
}

/// Formats a date the Finnish way: `24.11.2026`, `1.2.2026`.
pub fn format_date(date: Date) -> String {
    let mut out = String::with_capacity(10);
    // Writing to a String cannot fail.
    let _ = write!(out, "{}.{}.{}", date.day(), date.month(), date.year());
    out
}

/// Parses `24.11.2026`, `01.02.2026`, `1.2.2026` or ISO `2026-11-24`, ignoring surrounding
/// spaces and one trailing dot.
pub fn parse_date(text: &str) -> Result<Date, DateParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateParseError::Empty);
    }
    let (year, month, day) = if let Some((y, rest)) = text.split_once('-') {
        let (m, d) = rest.split_once('-').ok_or(DateParseError::Format)?;
        (y, m, d)
    } else {
        let text = text.strip_suffix('.').unwrap_or(text);
        let mut parts = text.split('.');
        let (Some(d), Some(m), Some(y), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DateParseError::Format);
        };
        (y, m, d)
    };
    let year = number::<i16>(year, 4, 4)?;
    let month = number::<i8>(month, 1, 2)?;
    let day = number::<i8>(day, 1, 2)?;
    Date::new(year, month, day).map_err(|_| DateParseError::NoSuchDay)
}

/// Parses a year typed with four digits, e.g. `2027`.
pub fn parse_year(text: &str) -> Result<i32, DateParseError> {
    number::<i32>(text, 4, 4)
}

fn number<T: std::str::FromStr>(
    text: &str,
    min_len: usize,
    max_len: usize,
) -> Result<T, DateParseError> {
    let text = text.trim();
    if !(min_len..=max_len).contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateParseError::Format);
    }
    text.parse().map_err(|_| DateParseError::Format)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_the_finnish_way() {
        assert_eq!(format_date(Date::constant(2026, 11, 24)), "24.11.2026");
        assert_eq!(format_date(Date::constant(2026, 2, 1)), "1.2.2026");
    }

    #[test]
    fn parses_typed_dates() {
        let expected = Date::constant(2026, 11, 24);
        for text in ["24.11.2026", " 24.11.2026 ", "24.11.2026.", "2026-11-24"] {
            assert_eq!(parse_date(text), Ok(expected), "{text:?}");
        }
        assert_eq!(parse_date("01.02.2026"), Ok(Date::constant(2026, 2, 1)));
        assert_eq!(parse_date("1.2.2026"), Ok(Date::constant(2026, 2, 1)));
    }

    #[test]
    fn years_have_four_digits() {
        assert_eq!(parse_year(" 2027 "), Ok(2027));
        for text in ["27", "20270", "2O27", "-202", ""] {
            assert_eq!(parse_year(text), Err(DateParseError::Format), "{text:?}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_date() {
        assert_eq!(parse_date(""), Err(DateParseError::Empty));
        assert_eq!(parse_date("   "), Err(DateParseError::Empty));
        for text in [
            "24.11",
            "24.11.26",
            "24/11/2026",
            "a.b.cccc",
            "24.11.2026.1",
            "+1.2.2026",
            "2026-11",
        ] {
            assert_eq!(parse_date(text), Err(DateParseError::Format), "{text:?}");
        }
        assert_eq!(parse_date("31.2.2026"), Err(DateParseError::NoSuchDay));
        assert_eq!(parse_date("0.1.2026"), Err(DateParseError::NoSuchDay));
    }
}
