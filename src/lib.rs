//! Terve Kunta -itsearviointi: a municipality's evidence-backed self-assessment against the
//! joining criteria of THL's Terve Kunta network.
//!
//! The layers, from the inside out:
//! - [`domain`]: criteria, assessments, evidence, validation and the readiness rule. Pure.
//! - [`i18n`]: every word the user reads, in Finnish, Swedish and English.
//! - [`storage`]: files: reading with limits, the assessment format, finding criteria sets.
//! - [`system`]: the real clock and id source that the domain receives through its traits.
//! - [`cli`] and [`ui`]: the command line and the desktop app, on top of the rest.

pub mod cli;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod report;
pub mod storage;
pub mod system;
pub mod ui;
