//! Euro amounts as people type and read them: `1 500,50 €`.
//!
//! Amounts are kept in cents (`i64`) so that sums are exact.

/// Why a typed amount was not accepted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AmountParseError {
    /// Not a number of the form `1500`, `1 500,50` or `1500.50`.
    #[error("not an amount of euros")]
    Format,
    /// More than two decimals (fractions of a cent).
    #[error("more than two decimals")]
    TooManyDecimals,
    /// Too large to be a budget line.
    #[error("too large")]
    TooLarge,
}

/// A trillion euros: anything larger is a typing mistake.
const MAX_CENTS: i64 = 100_000_000_000_000;

/// Parses euros: `1500`, `1 500`, `1 500,50`, `1500.5`, `-200`, with an optional `€`.
/// Spaces (also no-break and narrow no-break spaces) group thousands; `,` or `.` separates cents.
pub fn parse_euros(text: &str) -> Result<i64, AmountParseError> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('€')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let (negative, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned.as_str()),
    };
    let (whole, fraction) = match digits.split_once([',', '.']) {
        Some((whole, fraction)) => (whole, fraction),
        None => (digits, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return Err(AmountParseError::Format);
    }
    if fraction.len() > 2 {
        return Err(AmountParseError::TooManyDecimals);
    }
    let euros: i64 = whole.parse().map_err(|_| AmountParseError::TooLarge)?;
    let cents: i64 = format!("{fraction:0<2}")
        .parse()
        .map_err(|_| AmountParseError::Format)?;
    let total = euros
        .checked_mul(100)
        .and_then(|c| c.checked_add(cents))
        .filter(|&c| c <= MAX_CENTS)
        .ok_or(AmountParseError::TooLarge)?;
    Ok(if negative { -total } else { total })
}

/// Formats cents the Finnish way: `1 500,50 €`, `200 €`.
pub fn format_euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    let euros = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, digit) in euros.chars().enumerate() {
        if i > 0 && (euros.len() - i).is_multiple_of(3) {
            grouped.push('\u{a0}');
        }
        grouped.push(digit);
    }
    match cents % 100 {
        0 => format!("{sign}{grouped}\u{a0}€"),
        rest => format!("{sign}{grouped},{rest:02}\u{a0}€"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_people_type() {
        for (text, cents) in [
            ("1500", 150_000),
            ("1 500", 150_000),
            ("1 500,50", 150_050),
            ("1500.5", 150_050),
            ("1\u{a0}500,05 €", 150_005),
            ("-200", -20_000),
            ("0,99", 99),
        ] {
            assert_eq!(parse_euros(text), Ok(cents), "{text:?}");
        }
        assert_eq!(parse_euros(""), Err(AmountParseError::Format));
        assert_eq!(parse_euros("12 euroa"), Err(AmountParseError::Format));
        assert_eq!(parse_euros("1,5,0"), Err(AmountParseError::Format));
        assert_eq!(parse_euros("1,505"), Err(AmountParseError::TooManyDecimals));
        assert_eq!(
            parse_euros("99999999999999999999"),
            Err(AmountParseError::TooLarge)
        );
    }

    #[test]
    fn formats_the_finnish_way() {
        assert_eq!(format_euros(150_050), "1\u{a0}500,50\u{a0}€");
        assert_eq!(format_euros(20_000), "200\u{a0}€");
        assert_eq!(format_euros(-123_456_789), "-1\u{a0}234\u{a0}567,89\u{a0}€");
        assert_eq!(parse_euros(&format_euros(-123_456_789)), Ok(-123_456_789));
    }
}
