//! Where an assessment's files are: the assessment, its backup, its lock, its attachments.
//!
//! By default each assessment has a folder of its own under `<data dir>/assessments/`; an
//! assessment saved elsewhere keeps its companions beside it in the same way.

use std::path::{Path, PathBuf};

/// The assessment file's name in a folder of its own.
pub const ASSESSMENT_FILE: &str = "assessment.ron";
/// The folder, beside the assessment file, that holds its attachments.
pub const ATTACHMENTS_DIR: &str = "attachments";

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

/// The previous version of the assessment at `path`: `assessment.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".bak")
}

/// The lock file of the assessment at `path`: `assessment.ron.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    with_suffix(path, ".lock")
}

/// The folder of the assessment at `path`, against which attachment paths are resolved.
pub fn assessment_folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Where assessments live by default: `<data dir>/assessments`.
pub fn assessments_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("assessments")
}

/// A new folder for an assessment of `municipality` with id `id`, e.g.
/// `<data dir>/assessments/kuvitelmala-3f9a1c2b`, created; returns the assessment file's path.
pub fn new_assessment_path(
    data_dir: &Path,
    municipality: &str,
    id: &str,
) -> std::io::Result<PathBuf> {
    new_folder_in(&assessments_dir(data_dir), municipality, id)
}

/// Where packages opened for reading are unpacked: `<data dir>/packages`.
pub fn packages_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("packages")
}

/// A new folder for unpacking a package of an assessment of `municipality` with id `id` to
/// read it, created; returns the assessment file's path in it.
pub fn new_package_view_path(
    data_dir: &Path,
    municipality: &str,
    id: &str,
) -> std::io::Result<PathBuf> {
    new_folder_in(&packages_dir(data_dir), municipality, id)
}

fn new_folder_in(base: &Path, municipality: &str, id: &str) -> std::io::Result<PathBuf> {
    let slug: String = municipality
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ä' | 'å' => 'a',
            'ö' => 'o',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug = if slug.is_empty() {
        "arviointi".to_owned()
    } else {
        slug
    };
    let short_id: String = id
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect();
    let mut folder = base.join(format!("{slug}-{short_id}"));
    let mut n = 2;
    while folder.exists() {
        folder = base.join(format!("{slug}-{short_id}-{n}"));
        n += 1;
    }
    std::fs::create_dir_all(&folder)?;
    Ok(folder.join(ASSESSMENT_FILE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn companions_sit_beside_the_file() {
        let path = Path::new("/data/kuvitelmala/assessment.ron");
        assert_eq!(
            backup_path(path),
            Path::new("/data/kuvitelmala/assessment.ron.bak")
        );
        assert_eq!(
            lock_path(path),
            Path::new("/data/kuvitelmala/assessment.ron.lock")
        );
        assert_eq!(assessment_folder(path), Path::new("/data/kuvitelmala"));
        assert_eq!(assessment_folder(Path::new("a.ron")), Path::new("."));
    }
}
