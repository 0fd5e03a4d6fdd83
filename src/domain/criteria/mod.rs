//! Criteria sets: the joining criteria an assessment is made against, as validated data.
//!
//! The file format and its loader live in `crate::format::criteria`: RON text into raw serde
//! structs, then into a trusted [`CriteriaSet`], collecting every problem with its line and
//! column. Only that loader builds a `CriteriaSet` (its content hash is visible to this crate
//! only), so code that holds one may rely on what it checked: unique ids and numbers, an
//! official text for every criterion.

pub mod compare;
mod hash;
pub mod requirement;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub(crate) use hash::content_hash as content_hash_of;
pub use requirement::{Alternative, Freshness, Requirement};

use super::lang::Lang;

/// A criterion's stable id, such as `TK-01`. Ids are never reused for another meaning.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CriterionId(pub String);

impl CriterionId {
    /// The id as written in files.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CriterionId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for CriterionId {
    fn from(id: &str) -> Self {
        Self(id.to_owned())
    }
}

/// A kind of evidence: what sort of document shows that a criterion is met.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A decision of the council, the board, a committee, a management group or an official.
    Decision,
    /// A person appointed to a role.
    Appointment,
    /// A document: a plan, a report, a welfare report, minutes of a working group.
    Document,
    /// A page on the municipality's website.
    WebPage,
    /// Money set aside in the budget.
    Budget,
    /// Anything else that shows the criterion is met.
    Other,
}

impl EvidenceKind {
    /// Every kind, in the order the app offers them.
    pub const ALL: [Self; 6] = [
        Self::Decision,
        Self::Appointment,
        Self::Document,
        Self::WebPage,
        Self::Budget,
        Self::Other,
    ];

    /// The name used in criteria files: `decision`, `web_page`, …
    pub fn code(self) -> &'static str {
        match self {
            Self::Decision => "decision",
            Self::Appointment => "appointment",
            Self::Document => "document",
            Self::WebPage => "web_page",
            Self::Budget => "budget",
            Self::Other => "other",
        }
    }

    /// Parses a name used in criteria files.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// What kind of member a criteria set is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityType {
    /// A municipality (kunta).
    Municipality,
    /// A joint municipal authority (kuntayhtymä).
    JointMunicipalAuthority,
}

impl EntityType {
    /// Every entity type.
    pub const ALL: [Self; 2] = [Self::Municipality, Self::JointMunicipalAuthority];

    /// The name used in criteria files: `kunta` or `kuntayhtymä`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Municipality => "kunta",
            Self::JointMunicipalAuthority => "kuntayhtymä",
        }
    }

    /// Parses a name used in criteria files.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.code() == code)
    }
}

/// A text in one or more languages. The official language's text is always present
/// in a validated set; translations may be missing (the loader warns).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalizedText {
    texts: BTreeMap<Lang, String>,
}

impl LocalizedText {
    /// A text from `(language, text)` pairs; empty texts are left out.
    pub fn new(texts: impl IntoIterator<Item = (Lang, String)>) -> Self {
        Self {
            texts: texts
                .into_iter()
                .filter(|(_, text)| !text.trim().is_empty())
                .collect(),
        }
    }

    /// The text in `lang`, if there is one.
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.texts.get(&lang).map(String::as_str)
    }

    /// The text in `lang`, or else in `fallback` (the set's official language), or else any.
    /// Returns the language the text is in, so a caller can mark a fallback.
    pub fn get_or(&self, lang: Lang, fallback: Lang) -> (&str, Lang) {
        self.texts
            .get_key_value(&lang)
            .or_else(|| self.texts.get_key_value(&fallback))
            .or_else(|| self.texts.iter().next())
            .map_or(("", fallback), |(lang, text)| (text.as_str(), *lang))
    }

    /// The languages this text is available in.
    pub fn languages(&self) -> impl Iterator<Item = Lang> + '_ {
        self.texts.keys().copied()
    }
}

/// The network period a set belongs to; periods follow council terms, e.g. 2017–2020.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Period {
    /// First year of the period.
    pub start: i32,
    /// Last year of the period.
    pub end: i32,
}

impl std::fmt::Display for Period {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

/// Where a set's official wording comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Who published the criteria and where, in words.
    pub name: String,
    /// A link to the publication, when there is one.
    pub url: Option<String>,
}

/// One joining criterion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Criterion {
    /// Stable id, e.g. `TK-01`.
    pub id: CriterionId,
    /// Its number in the official list, from 1.
    pub number: u32,
    /// A few words for lists and headings (our summary, not official).
    pub short_title: LocalizedText,
    /// The criterion's wording; the official language's text is the official one.
    pub text: LocalizedText,
    /// What counts as evidence, in plain words.
    pub guidance: LocalizedText,
    /// The kinds of evidence that usually prove it.
    pub evidence_kinds: Vec<EvidenceKind>,
    /// What evidence can satisfy it (criteria format 2). `None` in a format 1 file: then any
    /// complete, valid evidence item counts, as before requirements existed.
    pub requirement: Option<Requirement>,
}

impl Criterion {
    /// The alternatives that can satisfy it: the requirement's, or for a format 1 file any
    /// complete item of any kind.
    pub fn alternatives(&self) -> std::borrow::Cow<'_, [Alternative]> {
        match &self.requirement {
            Some(requirement) => std::borrow::Cow::Borrowed(&requirement.any_of),
            None => std::borrow::Cow::Owned(
                EvidenceKind::ALL
                    .into_iter()
                    .map(Alternative::any)
                    .collect(),
            ),
        }
    }
}

/// A validated set of criteria, e.g. the Terve Kunta joining criteria for municipalities
/// in the period 2017–2020.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriteriaSet {
    /// Stable id of the set, e.g. `terve-kunta-kunta`.
    pub id: String,
    /// The set's name.
    pub title: LocalizedText,
    /// The version of this set's wording; a new network period gets a new version.
    pub version: String,
    /// The network period it belongs to.
    pub period: Period,
    /// Who may join with it.
    pub entity: EntityType,
    /// Where the official wording comes from.
    pub source: Source,
    /// The network's own page, where its current criteria and periods are published.
    pub network_url: Option<String>,
    /// What changed from the set's previous version, in words (may be empty).
    pub changes: LocalizedText,
    /// The language whose texts are official; the others are unofficial translations.
    pub official_language: Lang,
    /// Languages the set provides texts in.
    pub languages: Vec<Lang>,
    /// The criteria, ordered by number.
    pub criteria: Vec<Criterion>,
    /// The file format it was written in: 1 (no evidence requirements) or 2.
    pub format: u32,
    /// See [`Self::content_hash`]; set by the loader from [`content_hash_of`].
    pub(crate) content_hash: String,
}

impl CriteriaSet {
    /// SHA-256 of the set's content (`sha256:` and 64 hex digits): ids, numbers, texts,
    /// guidance, evidence kinds and requirements. Comments, layout and line ends do not change it, a changed
    /// word does, so an assessment notices when the criteria it was made against have changed.
    pub fn content_hash(&self) -> &str {
        &self.content_hash
    }

    /// The criterion with this id.
    pub fn criterion(&self, id: &CriterionId) -> Option<&Criterion> {
        self.criteria.iter().find(|criterion| &criterion.id == id)
    }

    /// The criterion's position in [`Self::criteria`].
    pub fn index_of(&self, id: &CriterionId) -> Option<usize> {
        self.criteria
            .iter()
            .position(|criterion| &criterion.id == id)
    }

    /// Whether its criteria state what evidence satisfies them (format 2).
    pub fn has_requirements(&self) -> bool {
        self.criteria.iter().all(|c| c.requirement.is_some())
    }

    /// Whether the set's network period has ended by `today` (after 31.12. of its last
    /// year): then newer criteria may apply, and every screen and paper that shows a verdict
    /// against this set says so.
    pub fn period_has_ended(&self, today: super::dates::Date) -> bool {
        i32::from(today.year()) > self.period.end
    }

    /// Whether `lang` is a translation rather than the official language.
    pub fn is_translation(&self, lang: Lang) -> bool {
        lang != self.official_language
    }
}
