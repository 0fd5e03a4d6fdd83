//! Every word the user reads, in Finnish, Swedish and English.
//!
//! Each text is a `match` on [`Lang`], so a missing translation does not compile. Domain
//! values (statuses, gaps, problems) are turned into sentences here and nowhere else; the
//! domain stays free of words.

/// A table of texts: `Key => "suomeksi", "på svenska", "in English";`. Makes an enum `T` with
/// `T::ALL` and `T::get(lang)`; a missing translation does not compile.
macro_rules! texts {
    ($($(#[doc = $doc:literal])* $key:ident => $fi:literal, $sv:literal, $en:literal;)*) => {
        /// A text; [`T::get`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T {
            $($(#[doc = $doc])* #[doc = $fi] $key,)*
        }

        impl T {
            /// Every text, for the translation tests.
            pub const ALL: &[T] = &[$(T::$key),*];

            /// The text in `lang`.
            pub fn get(self, lang: Lang) -> &'static str {
                match self {
                    $(T::$key => pick(lang, $fi, $sv, $en),)*
                }
            }
        }
    };
}

pub mod audit;
pub mod compare;
mod domain_words;
mod evidence_words;
pub mod group;
pub mod report;
pub mod ui;

pub use domain_words::*;
pub(crate) use evidence_words::capitalised;
pub use evidence_words::*;

pub use crate::domain::Lang;

/// The text in `lang`, from its three translations.
pub const fn pick(
    lang: Lang,
    fi: &'static str,
    sv: &'static str,
    en: &'static str,
) -> &'static str {
    match lang {
        Lang::Fi => fi,
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// A count with its noun in the right form: Finnish uses the partitive after numbers other
/// than one ("1 kriteeri", "3 kriteeriä"); Swedish and English the plural.
pub fn count(lang: Lang, n: usize, one: [&str; 3], many: [&str; 3]) -> String {
    let forms = if n == 1 { one } else { many };
    let noun = match lang {
        Lang::Fi => forms[0],
        Lang::Sv => forms[1],
        Lang::En => forms[2],
    };
    format!("{n} {noun}")
}

/// "1 kriteeri", "3 kriteeriä"; "1 kriterium", "3 kriterier"; "1 criterion", "3 criteria".
pub fn criteria_count(lang: Lang, n: usize) -> String {
    count(
        lang,
        n,
        ["kriteeri", "kriterium", "criterion"],
        ["kriteeriä", "kriterier", "criteria"],
    )
}

/// A list joined the way each language joins: "a, b tai c" / "a, b eller c" / "a, b or c".
pub fn join_or(lang: Lang, items: &[String]) -> String {
    join(lang, items, pick(lang, "tai", "eller", "or"))
}

/// "a, b ja c" / "a, b och c" / "a, b and c".
pub fn join_and(lang: Lang, items: &[String]) -> String {
    join(lang, items, pick(lang, "ja", "och", "and"))
}

fn join(_lang: Lang, items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

/// Why a write failed, in words: disk full, no permission, read-only, folder missing.
pub fn write_failure_reason(lang: Lang, error: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    match error.kind() {
        K::StorageFull | K::QuotaExceeded => {
            pick(lang, "levy on täynnä", "disken är full", "the disk is full").to_owned()
        }
        K::PermissionDenied => pick(
            lang,
            "ei kirjoitusoikeutta",
            "ingen skrivrätt",
            "no permission to write",
        )
        .to_owned(),
        K::ReadOnlyFilesystem => pick(
            lang,
            "levy on vain luettavissa",
            "disken är skrivskyddad",
            "the disk is read-only",
        )
        .to_owned(),
        K::NotFound | K::NotADirectory => pick(
            lang,
            "kansiota ei löydy",
            "mappen hittas inte",
            "the folder does not exist",
        )
        .to_owned(),
        _ => error.to_string(),
    }
}

/// Checks a text table: nothing empty or padded, no colon at the end of a label, `…` rather
/// than `...`, and Swedish and English that differ from the Finnish (but for `same`).
#[cfg(test)]
pub(crate) fn check_translations(all: &[(String, [&str; 3])], same: &[&str]) {
    for (key, [fi, sv, en]) in all {
        for (lang, s) in [("fi", fi), ("sv", sv), ("en", en)] {
            assert!(!s.trim().is_empty(), "{key} is empty in {lang}");
            assert_eq!(*s, s.trim(), "{key} has surrounding spaces in {lang}");
            assert!(!s.ends_with(':'), "{key} ({lang}) ends with a colon");
            assert!(!s.contains("..."), "{key} ({lang}) uses ... instead of …");
        }
        if !same.contains(&key.as_str()) {
            assert_ne!(sv, fi, "{key}: the Swedish is the Finnish");
            assert_ne!(en, fi, "{key}: the English is the Finnish");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        assert_eq!(criteria_count(Lang::Fi, 1), "1 kriteeri");
        assert_eq!(criteria_count(Lang::Fi, 3), "3 kriteeriä");
        assert_eq!(criteria_count(Lang::Fi, 0), "0 kriteeriä");
        assert_eq!(criteria_count(Lang::Sv, 1), "1 kriterium");
        assert_eq!(criteria_count(Lang::Sv, 3), "3 kriterier");
        assert_eq!(criteria_count(Lang::En, 1), "1 criterion");
        assert_eq!(criteria_count(Lang::En, 10), "10 criteria");
    }

    #[test]
    fn lists_join_with_the_languages_own_word() {
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(join_or(Lang::Fi, &items), "a, b tai c");
        assert_eq!(join_and(Lang::Sv, &items[..2]), "a och b");
        assert_eq!(join_or(Lang::En, &items[..1]), "a");
    }
}
