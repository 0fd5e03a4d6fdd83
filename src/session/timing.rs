//! When a document with unsaved changes is due to be written: after a pause in typing, never
//! later than a second after the first unsaved change.

/// After an edit, wait for this pause in typing before saving …
pub const SAVE_AFTER_PAUSE_S: f64 = 0.3;
/// … but never keep an edit unsaved longer than this.
pub const SAVE_AT_THE_LATEST_S: f64 = 1.0;
/// After a failed save, try again this much later.
pub const RETRY_AFTER_S: f64 = 3.0;

/// The times that decide when a save is due (seconds of UI time).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SaveTiming {
    /// When the document last changed.
    last_edit_at: f64,
    /// When it first changed since the last save.
    dirty_since: Option<f64>,
}

impl SaveTiming {
    /// The document changed at `now`.
    pub fn edited(&mut self, now: f64) {
        self.last_edit_at = now;
        self.dirty_since.get_or_insert(now);
    }

    /// A save succeeded at `now`; `still_dirty` when the document changed while it was
    /// written.
    pub fn saved(&mut self, still_dirty: bool, now: f64) {
        self.dirty_since = still_dirty.then_some(now);
    }

    /// When the save of a changed document is due.
    pub fn due_at(&self, now: f64) -> f64 {
        let dirty_since = self.dirty_since.unwrap_or(now);
        (self.last_edit_at + SAVE_AFTER_PAUSE_S).min(dirty_since + SAVE_AT_THE_LATEST_S)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_waits_for_a_pause_in_typing() {
        let mut timing = SaveTiming::default();
        timing.edited(10.0);
        assert!((timing.due_at(10.0) - 10.3).abs() < 1e-9);
    }

    #[test]
    fn steady_typing_is_saved_a_second_after_the_first_change() {
        let mut timing = SaveTiming::default();
        for step in 0..20 {
            timing.edited(10.0 + f64::from(step) * 0.1);
        }
        assert!((timing.due_at(12.0) - 11.0).abs() < 1e-9);
    }
}
