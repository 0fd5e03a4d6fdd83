//! Sweeping temporary files that a killed save left behind.

use std::path::Path;
use std::time::Duration;

use super::write::TEMP_PREFIX;

/// A temporary file older than this is stale even where process ids cannot be checked.
const STALE_AFTER: Duration = Duration::from_mins(15);

/// Removes stale temporary files in `folder`: those of processes that no longer run (or, where
/// that cannot be told, older than a quarter of an hour). Returns how many were removed.
pub fn sweep_temp_files(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_prefix(TEMP_PREFIX) else {
            continue;
        };
        let pid = rest
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok());
        if pid == Some(std::process::id()) {
            continue;
        }
        let stale = match (pid, Path::new("/proc/self").exists()) {
            (Some(pid), true) => !Path::new(&format!("/proc/{pid}")).exists(),
            _ => entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(crate::system::age_of)
                .is_some_and(|age| age > STALE_AFTER),
        };
        // Only plain files: a folder or link with this name is not ours.
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if stale && is_file && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}
