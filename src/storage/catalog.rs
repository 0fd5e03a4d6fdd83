//! Finding criteria sets: the ones shipped inside the app and the user's own files.

use std::path::{Path, PathBuf};

use super::read::{ReadError, read_capped};
use crate::domain::assessment::{CriteriaMatch, CriteriaRef};
use crate::domain::criteria::CriteriaSet;
use crate::format::criteria::{
    Diagnostic, MAX_CRITERIA_FILE_BYTES, parse_criteria, parse_criteria_bytes,
};

/// The criteria files shipped inside the app: `(file name, text)`, the current ones first.
/// Superseded versions stay so that assessments made against them keep opening; new
/// assessments are offered only the newest version of each set (see
/// [`CriteriaCatalog::current`]).
pub const BUILTIN_CRITERIA: &[(&str, &str)] = &[
    (
        "terve-kunta-kunnat-2017-2020.ron",
        include_str!("../../criteria/terve-kunta-kunnat-2017-2020.ron"),
    ),
    (
        "legacy/terve-kunta-kunnat-2017-2020.2.ron",
        include_str!("../../criteria/legacy/terve-kunta-kunnat-2017-2020.2.ron"),
    ),
    (
        "legacy/terve-kunta-kunnat-2017-2020.1.ron",
        include_str!("../../criteria/legacy/terve-kunta-kunnat-2017-2020.1.ron"),
    ),
];

/// The environment variable that moves the data folder, e.g. for tests or a portable install.
pub const DATA_DIR_ENV: &str = "TERVE_KUNTA_DATA_DIR";

/// The user's data folder: `$TERVE_KUNTA_DATA_DIR`, else the platform's (on Linux
/// `~/.local/share/terve-kunta`).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|dir| !dir.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("fi", "", "terve-kunta")
        .map(|dirs| dirs.data_dir().to_path_buf())
}

/// Where the user's own criteria files live: `criteria` in the data folder.
pub fn criteria_dir() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("criteria"))
}

/// A criteria set and where it came from.
#[derive(Clone, Debug)]
pub struct CatalogEntry {
    /// The file's path, or `None` for a set shipped inside the app.
    pub path: Option<PathBuf>,
    /// The validated set.
    pub set: CriteriaSet,
    /// Warnings the loader gave.
    pub warnings: Vec<Diagnostic>,
}

/// A file in the criteria folder that did not load.
#[derive(Debug)]
pub enum CatalogProblem {
    /// It could not be read.
    Read(ReadError),
    /// It was read but has errors.
    Invalid {
        /// The file.
        path: PathBuf,
        /// Its errors and warnings.
        diagnostics: Vec<Diagnostic>,
    },
}

/// The criteria sets the app knows.
#[derive(Debug, Default)]
pub struct CriteriaCatalog {
    /// Sets that loaded, shipped ones first.
    pub entries: Vec<CatalogEntry>,
    /// Files that did not load, to show the user.
    pub problems: Vec<CatalogProblem>,
}

impl CriteriaCatalog {
    /// The sets shipped inside the app.
    pub fn builtin() -> Self {
        let mut catalog = Self::default();
        for (_, text) in BUILTIN_CRITERIA {
            // A shipped set that does not load is a bug caught by the tests; skip it here.
            let outcome = parse_criteria(text);
            if let Some(set) = outcome.set {
                catalog.entries.push(CatalogEntry {
                    path: None,
                    set,
                    warnings: outcome.diagnostics,
                });
            }
        }
        catalog
    }

    /// The shipped sets and those in the user's criteria folder.
    pub fn with_user_sets() -> Self {
        let mut catalog = Self::builtin();
        if let Some(dir) = criteria_dir() {
            catalog.add_dir(&dir);
        }
        catalog
    }

    /// Adds every `*.ron` file in `dir`, in name order. A missing folder adds nothing.
    pub fn add_dir(&mut self, dir: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.extension()
                    .is_some_and(|ext| ext.eq_ignore_ascii_case("ron"))
            })
            .collect();
        paths.sort();
        for path in paths {
            if let Err(problem) = self.add_file(&path) {
                self.problems.push(problem);
            }
        }
    }

    /// Loads one criteria file and adds its set.
    pub fn add_file(&mut self, path: &Path) -> Result<&CatalogEntry, CatalogProblem> {
        let bytes =
            read_capped(path, MAX_CRITERIA_FILE_BYTES as u64).map_err(CatalogProblem::Read)?;
        let outcome = parse_criteria_bytes(&bytes);
        let Some(set) = outcome.set else {
            return Err(CatalogProblem::Invalid {
                path: path.to_path_buf(),
                diagnostics: outcome.diagnostics,
            });
        };
        self.entries.push(CatalogEntry {
            path: Some(path.to_path_buf()),
            set,
            warnings: outcome.diagnostics,
        });
        Ok(&self.entries[self.entries.len() - 1])
    }

    /// The sets a new assessment can be made against: of the shipped sets with the same id,
    /// only the first (newest) listed; every set of the user's own. With each, its index in
    /// [`Self::entries`].
    pub fn current(&self) -> impl Iterator<Item = (usize, &CatalogEntry)> {
        self.entries.iter().enumerate().filter(|(index, entry)| {
            let superseded = entry.path.is_none()
                && self.entries[..*index]
                    .iter()
                    .any(|earlier| earlier.path.is_none() && earlier.set.id == entry.set.id);
            !superseded
        })
    }

    /// The newest version of the set `reference` names, when it is another version than the
    /// one referred to: what an assessment made against an older version can be moved to.
    /// Of the sets a new assessment can be made against with that id, the one whose period
    /// ends last, then the highest version.
    pub fn newer_than(&self, reference: &CriteriaRef) -> Option<&CatalogEntry> {
        self.current()
            .map(|(_, entry)| entry)
            .filter(|entry| entry.set.id == reference.id)
            .max_by(|a, b| {
                (a.set.period.end, &a.set.version).cmp(&(b.set.period.end, &b.set.version))
            })
            .filter(|entry| entry.set.version != reference.version)
    }

    /// The set an assessment refers to: one with the same content if there is one, else one
    /// with the same id and version (whose texts have changed since), else `None`.
    pub fn find(&self, reference: &CriteriaRef) -> Option<&CatalogEntry> {
        let same = |entry: &&CatalogEntry| reference.compare(&entry.set) == CriteriaMatch::Same;
        let changed =
            |entry: &&CatalogEntry| reference.compare(&entry.set) == CriteriaMatch::ContentChanged;
        self.entries
            .iter()
            .rev()
            .find(same)
            .or_else(|| self.entries.iter().rev().find(changed))
    }
}
