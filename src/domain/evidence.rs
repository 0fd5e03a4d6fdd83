//! Evidence: the documents that show a criterion is met.
//!
//! An evidence item is recorded once per assessment and linked from the answers it backs:
//! a single council decision often proves criteria 2, 5 and 10.

use serde::{Deserialize, Serialize};

use super::criteria::EvidenceKind;
use super::dates::{Date, Timestamp};

/// An evidence item's id, unique within its assessment.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EvidenceId(pub String);

impl std::fmt::Display for EvidenceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The body that made a decision.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    /// Kunnanvaltuusto / kaupunginvaltuusto: the council.
    #[default]
    Council,
    /// Kunnanhallitus / kaupunginhallitus: the municipal board.
    Board,
    /// Lautakunta: a committee.
    Committee,
    /// Johtoryhmä: the management group.
    ManagementGroup,
    /// Viranhaltija: an official's decision.
    Official,
    /// Another body; name it in `body_name`.
    Other,
}

impl Body {
    /// The name used in files: `council`, `board`, `committee`, `management_group`,
    /// `official`, `other`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Council => "council",
            Self::Board => "board",
            Self::Committee => "committee",
            Self::ManagementGroup => "management_group",
            Self::Official => "official",
            Self::Other => "other",
        }
    }

    /// Parses a name used in files.
    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|body| body.code() == code)
    }

    /// Every body, from the highest.
    pub const ALL: [Self; 6] = [
        Self::Council,
        Self::Board,
        Self::Committee,
        Self::ManagementGroup,
        Self::Official,
        Self::Other,
    ];
}

/// The fields a real document of each kind has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub enum EvidenceDetails {
    /// A decision, e.g. "Kunnanhallitus 10.11.2025 § 318, Dnro ESIDno-2025-412".
    Decision {
        /// Which kind of body decided.
        body: Body,
        /// The body's own name when it matters, e.g. "Hyvinvointilautakunta".
        #[serde(default)]
        body_name: String,
        /// What was decided, in a few words.
        #[serde(default)]
        subject: String,
        /// The § number in the minutes, e.g. "46".
        #[serde(default)]
        section: String,
        /// The diary number (diaarinumero), e.g. "ESIDno-2025-412".
        #[serde(default)]
        diary_number: String,
        /// Link to the published minutes.
        #[serde(default)]
        minutes_url: String,
    },
    /// A person appointed to a role, e.g. the wellbeing coordinator.
    Appointment {
        /// The person's name.
        person: String,
        /// Title or role, e.g. "hyvinvointikoordinaattori".
        #[serde(default)]
        role: String,
        /// Who appointed them, in words, e.g. "Kunnanjohtaja".
        #[serde(default)]
        appointed_by: String,
        /// The kind of body that appointed them, when a body did (left out of the file when
        /// not given, so files written before it existed keep their bytes and seals).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        appointing_body: Option<Body>,
    },
    /// A document: a plan, a report, minutes of a working group.
    Document {
        /// The document's title.
        title: String,
        /// A link to it, when it is published.
        #[serde(default)]
        url: String,
        /// The body that approved it, e.g. the council for a welfare report (left out of the
        /// file when not given, as are the next two fields).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        approved_by: Option<Body>,
        /// The day of the meeting that approved it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        approved_on: Option<Date>,
        /// The § of that approval in the minutes.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        approval_section: String,
    },
    /// A page on the web.
    WebPage {
        /// The page's title.
        #[serde(default)]
        title: String,
        /// Its address.
        url: String,
    },
    /// Money in the budget.
    Budget {
        /// What the money is for.
        purpose: String,
        /// The amount in euro cents (so that sums are exact).
        #[serde(default)]
        amount_cents: Option<i64>,
        /// The budget year.
        #[serde(default)]
        year: Option<i32>,
    },
    /// Anything else.
    Other {
        /// What it is.
        description: String,
    },
}

impl EvidenceDetails {
    /// The kind of evidence these details describe.
    pub fn kind(&self) -> EvidenceKind {
        match self {
            Self::Decision { .. } => EvidenceKind::Decision,
            Self::Appointment { .. } => EvidenceKind::Appointment,
            Self::Document { .. } => EvidenceKind::Document,
            Self::WebPage { .. } => EvidenceKind::WebPage,
            Self::Budget { .. } => EvidenceKind::Budget,
            Self::Other { .. } => EvidenceKind::Other,
        }
    }

    /// Empty details of `kind`, for a form to fill in.
    pub fn empty(kind: EvidenceKind) -> Self {
        match kind {
            EvidenceKind::Decision => Self::Decision {
                body: Body::default(),
                body_name: String::new(),
                subject: String::new(),
                section: String::new(),
                diary_number: String::new(),
                minutes_url: String::new(),
            },
            EvidenceKind::Appointment => Self::Appointment {
                person: String::new(),
                role: String::new(),
                appointed_by: String::new(),
                appointing_body: None,
            },
            EvidenceKind::Document => Self::Document {
                title: String::new(),
                url: String::new(),
                approved_by: None,
                approved_on: None,
                approval_section: String::new(),
            },
            EvidenceKind::WebPage => Self::WebPage {
                title: String::new(),
                url: String::new(),
            },
            EvidenceKind::Budget => Self::Budget {
                purpose: String::new(),
                amount_cents: None,
                year: None,
            },
            EvidenceKind::Other => Self::Other {
                description: String::new(),
            },
        }
    }

    /// The text that names the item in a list: the subject, person, title, purpose or
    /// description (whichever this kind has). Empty when the user has not filled it in.
    pub fn title(&self) -> &str {
        match self {
            Self::Decision { subject, .. } => subject,
            Self::Appointment { person, .. } => person,
            Self::Document { title, .. } => title,
            Self::WebPage { title, url } => {
                if title.trim().is_empty() {
                    url
                } else {
                    title
                }
            }
            Self::Budget { purpose, .. } => purpose,
            Self::Other { description } => description,
        }
    }
}

/// One evidence item.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// Unique within the assessment.
    pub id: EvidenceId,
    /// The kind and its fields.
    pub details: EvidenceDetails,
    /// The document's own date: the decision's meeting date, the appointment date, the
    /// document's date, the day a web page was checked.
    #[serde(default)]
    pub date: Option<Date>,
    /// When the item was recorded in this assessment.
    pub recorded: Timestamp,
    /// Free notes.
    #[serde(default)]
    pub note: String,
    /// Files attached as proof, e.g. the minutes as PDF.
    #[serde(default)]
    pub attachments: Vec<Attachment>,
    /// Carried over from the previous round and no longer counting where it is linked (by
    /// the requirements' freshness rules, say): to be checked (file format 4; absent while
    /// false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub to_check: bool,
}

/// A file kept in the assessment's folder as part of an evidence item.
///
/// The file is stored under a name made from its content's SHA-256, so the same file attached
/// twice is kept once, and a changed file is noticed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attachment {
    /// Where the file is, relative to the assessment's folder, e.g. `attachments/3f9a….pdf`.
    /// Read from a file it is untrusted: storage checks it before use.
    pub path: String,
    /// SHA-256 of the content, 64 lowercase hex digits.
    pub sha256: String,
    /// Size in bytes.
    pub size: u64,
    /// The file's name when it was attached, e.g. `kh-ptk-17-11-2020.pdf`.
    pub original_name: String,
    /// When it was attached.
    pub added: Timestamp,
}

impl Evidence {
    /// The kind of this item.
    pub fn kind(&self) -> EvidenceKind {
        self.details.kind()
    }
}
