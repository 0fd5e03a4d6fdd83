//! The languages the app speaks and criteria texts come in.

use serde::{Deserialize, Serialize};

/// A language of the user interface and of criteria texts.
///
/// Finnish is the official language of the Terve Kunta criteria; Swedish and English
/// translations are unofficial.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Suomi.
    #[default]
    Fi,
    /// Svenska.
    Sv,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, Finnish first.
    pub const ALL: [Self; 3] = [Self::Fi, Self::Sv, Self::En];

    /// The ISO 639-1 code used in files and on the command line: `fi`, `sv`, `en`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Fi => "fi",
            Self::Sv => "sv",
            Self::En => "en",
        }
    }

    /// Parses an ISO 639-1 code, ignoring ASCII case.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|lang| lang.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's name in itself, as shown in a language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::Fi => "Suomi",
            Self::Sv => "Svenska",
            Self::En => "English",
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code(" SV "), Some(Lang::Sv));
        assert_eq!(Lang::from_code("de"), None);
    }
}
