//! The criteria file as serde reads it: every field optional, every value as written.
//!
//! These structs accept anything of the right shape so that the loader can report every
//! problem at once (a missing field, an unknown evidence kind, an empty text) instead of
//! stopping at the first. `FIELDS` lists the names each struct knows; the loader reports any
//! other name as an unknown field, with its position, and suggests the closest known one.
//! A unit test keeps `FIELDS` and the serde fields in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Texts by language code: `{"fi": "…", "sv": "…", "en": "…"}`.
pub type RawTexts = BTreeMap<String, String>;

/// A whole criteria file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "CriteriaSet")]
pub struct RawCriteriaSet {
    pub format: Option<u32>,
    pub id: Option<String>,
    pub title: Option<RawTexts>,
    pub version: Option<String>,
    pub period: Option<RawPeriod>,
    pub entity: Option<String>,
    pub source: Option<RawSource>,
    pub network_url: Option<String>,
    pub changes: Option<RawTexts>,
    pub official_language: Option<String>,
    pub languages: Option<Vec<String>>,
    pub criteria: Option<Vec<RawCriterion>>,
}

impl RawCriteriaSet {
    /// The field names a criteria set has.
    pub const FIELDS: &'static [&'static str] = &[
        "format",
        "id",
        "title",
        "version",
        "period",
        "entity",
        "source",
        "network_url",
        "changes",
        "official_language",
        "languages",
        "criteria",
    ];
}

/// `period: (start: 2017, end: 2020)`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "Period")]
pub struct RawPeriod {
    pub start: Option<i32>,
    pub end: Option<i32>,
}

impl RawPeriod {
    /// The field names a period has.
    pub const FIELDS: &'static [&'static str] = &["start", "end"];
}

/// `source: (name: "…", url: "…")`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "Source")]
pub struct RawSource {
    pub name: Option<String>,
    pub url: Option<String>,
}

impl RawSource {
    /// The field names a source has.
    pub const FIELDS: &'static [&'static str] = &["name", "url"];
}

/// One criterion.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "Criterion")]
pub struct RawCriterion {
    pub id: Option<String>,
    pub number: Option<u32>,
    pub short_title: Option<RawTexts>,
    pub text: Option<RawTexts>,
    pub guidance: Option<RawTexts>,
    pub evidence_kinds: Option<Vec<String>>,
    pub requirement: Option<RawRequirement>,
}

impl RawCriterion {
    /// The field names a criterion has.
    pub const FIELDS: &'static [&'static str] = &[
        "id",
        "number",
        "short_title",
        "text",
        "guidance",
        "evidence_kinds",
        "requirement",
    ];
}

/// `requirement: (reading: {…}, any_of: [(kind: "decision", bodies: ["council"]), …])`
/// (format 2).
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "Requirement")]
pub struct RawRequirement {
    pub reading: Option<RawTexts>,
    pub any_of: Option<Vec<RawAlternative>>,
}

impl RawRequirement {
    /// The field names a requirement has.
    pub const FIELDS: &'static [&'static str] = &["reading", "any_of"];
}

/// One alternative of a requirement.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(default, rename = "Alternative")]
pub struct RawAlternative {
    pub kind: Option<String>,
    /// Decisions: the bodies whose decision counts.
    pub bodies: Option<Vec<String>>,
    /// Appointments: the bodies whose appointment counts.
    pub appointed_by: Option<Vec<String>>,
    /// Documents: the bodies one of which must have approved it.
    pub approved_by: Option<Vec<String>>,
    /// Appointments: words of which the role must contain one.
    pub roles: Option<Vec<String>>,
    pub within_council_terms: Option<u32>,
    pub within_months: Option<u32>,
    pub judgement: Option<bool>,
}

impl RawAlternative {
    /// The field names an alternative has.
    pub const FIELDS: &'static [&'static str] = &[
        "kind",
        "bodies",
        "appointed_by",
        "approved_by",
        "roles",
        "within_council_terms",
        "within_months",
        "judgement",
    ];
}
