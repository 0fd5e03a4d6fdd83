//! The user's preferences, kept apart from any assessment: language, theme, name, recent files.
//!
//! They live in `settings.ron` in the data folder, written atomically; a missing or unreadable
//! file gives the defaults (Finnish, follow the system's theme).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::Lang;
use crate::domain::dates::Timestamp;
use crate::storage::{read_capped, write_atomic};

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Always light.
    Light,
    /// Always dark.
    Dark,
    /// Follow the operating system.
    #[default]
    System,
}

/// An assessment opened or saved lately, as the start page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecentEntry {
    /// The file.
    pub path: PathBuf,
    /// The municipality's name.
    pub municipality: String,
    /// The criteria set's title.
    pub criteria: String,
    /// When the assessment was last changed.
    pub modified: Timestamp,
    /// Criteria met with evidence.
    pub counted: usize,
    /// Criteria in the set.
    pub total: usize,
    /// Whether it was finalised (sealed) when last seen.
    #[serde(default)]
    pub finalised: bool,
    /// Whether it was last opened for review, read-only: it opens that way again.
    #[serde(default)]
    pub review: bool,
}

/// How many recent assessments are remembered.
pub const MAX_RECENT: usize = 12;

/// The user's preferences.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The UI language.
    pub lang: Lang,
    /// Light, dark or the system's.
    pub theme: ThemeChoice,
    /// The user's name, suggested as the assessor of new assessments.
    pub user_name: String,
    /// Recently opened or saved assessments, newest first.
    pub recent: Vec<RecentEntry>,
}

/// The settings file in `data_dir`.
pub fn settings_path(data_dir: &Path) -> PathBuf {
    data_dir.join("settings.ron")
}

impl Settings {
    /// Reads the settings; the defaults when there are none or they cannot be read.
    pub fn load(data_dir: Option<&Path>) -> Self {
        let Some(dir) = data_dir else {
            return Self::default();
        };
        read_capped(&settings_path(dir), 1024 * 1024)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the settings atomically. Preferences are not worth an error message: a failure
    /// only means they are not remembered.
    pub fn store(&self, data_dir: Option<&Path>) {
        let Some(dir) = data_dir else {
            return;
        };
        let Ok(text) = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()) else {
            return;
        };
        if std::fs::create_dir_all(dir).is_ok() {
            let _ = write_atomic(&settings_path(dir), text.as_bytes());
        }
    }

    /// Updates the figures and marks of `entry`'s file where the list has it, keeping its
    /// place; returns whether anything changed.
    pub fn refresh(&mut self, entry: RecentEntry) -> bool {
        match self
            .recent
            .iter_mut()
            .find(|recent| recent.path == entry.path)
        {
            Some(recent) if *recent != entry => {
                *recent = entry;
                true
            }
            _ => false,
        }
    }

    /// Puts `entry` first in the recent list, replacing any older entry for the same file.
    pub fn remember(&mut self, entry: RecentEntry) {
        self.recent.retain(|recent| recent.path != entry.path);
        self.recent.insert(0, entry);
        self.recent.truncate(MAX_RECENT);
    }
}
