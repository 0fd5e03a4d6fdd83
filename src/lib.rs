//! Terve Kunta -itsearviointi: a municipality's evidence-backed self-assessment against the
//! joining criteria of THL's Terve Kunta network.
//!
//! The layers, from the inside out (each uses only those above it; `scripts/module_graph.py`
//! checks that the module graph has no circle):
//! - [`domain`]: criteria, assessments, evidence, validation and the readiness rule. Pure.
//! - [`i18n`]: the words of the domain and the screens, in Finnish, Swedish and English; it
//!   knows only the domain. Other layers keep their words beside them (`storage::words`,
//!   `cli::words`, `ExportError::sentence`).
//! - [`format`]: the file formats as text: the criteria RON (with a position for every
//!   mistake) and the assessment file. Pure: text in, validated domain values out.
//! - [`storage`]: files: reading with limits, atomic saves, locks, finding criteria sets.
//! - [`session`]: an open assessment between the screens and the disk: edits, revision, when
//!   a save is due, undo. No egui, no file I/O.
//! - [`report`] and [`export`]: the PDF, and what it needs from disk.
//! - [`system`]: the real clock and id source that the domain receives through its traits.
//! - [`cli`] and [`ui`]: the command line and the desktop app, on top of the rest.

pub mod cli;
pub mod domain;
pub mod export;
pub mod format;
pub mod i18n;
pub mod report;
pub mod session;
pub mod storage;
pub mod system;
pub mod ui;
