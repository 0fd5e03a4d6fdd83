//! The domain: criteria, assessments, evidence and the readiness rule.
//!
//! Plain data with methods and table tests. Nothing here knows about egui, files or PDFs:
//! `storage`, `report`, `ui` and `cli` depend on this module, never the reverse. Time and ids
//! arrive through [`clock::Clock`] and [`clock::IdSource`] so every rule is deterministic in tests.

pub mod assessment;
pub mod carry;
pub mod clock;
pub mod compare;
pub mod council_terms;
pub mod criteria;
pub mod dates;
pub mod digest;
pub mod evidence;
pub mod example;
pub mod group;
pub mod history;
pub mod lang;
pub mod money;
pub mod overview;
pub mod quality;
pub mod readiness;
pub mod review;
pub mod status;
pub mod validation;

pub use assessment::{Action, Answer, Assessment, Assessor, CriteriaRef, Municipality, Status};
pub use clock::{Clock, IdSource};
pub use criteria::{CriteriaSet, Criterion, CriterionId, EvidenceKind};
pub use evidence::{Evidence, EvidenceDetails, EvidenceId};
pub use lang::Lang;
