//! How well a criterion is met, in the coordinator's judgement.

use serde::{Deserialize, Serialize};

/// How well a criterion is met, in the coordinator's judgement.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Nobody has looked at it yet.
    #[default]
    NotAssessed,
    /// Met. Counts only with evidence (see `readiness`).
    Met,
    /// Partly met: something is still to be done.
    PartlyMet,
    /// Not met.
    NotMet,
}

impl Status {
    /// Every status, in the order a form offers them.
    pub const ALL: [Self; 4] = [Self::NotAssessed, Self::Met, Self::PartlyMet, Self::NotMet];

    /// The stable name used in files and JSON output.
    pub fn code(self) -> &'static str {
        match self {
            Self::NotAssessed => "not_assessed",
            Self::Met => "met",
            Self::PartlyMet => "partly_met",
            Self::NotMet => "not_met",
        }
    }
}
