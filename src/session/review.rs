//! An auditor's remarks (and a steering group member's response) between the screen and its
//! file: what was typed, what the file holds, when the next write is due, and why the last
//! one failed. The same cycle as the assessment's (a pause in typing, at the latest a second,
//! a retry after a failure), without egui and without file I/O.

use super::timing::{RETRY_AFTER_S, SaveTiming};
use crate::domain::criteria::CriterionId;
use crate::domain::dates::Timestamp;
use crate::domain::review::Review;

/// What a draft file holds that may be blank: a blank draft not yet written is nothing to
/// write.
pub trait Blank {
    /// Whether it holds nothing the user typed.
    fn is_blank(&self) -> bool;
}

impl Blank for Review {
    fn is_blank(&self) -> bool {
        self.remarks.is_empty()
    }
}

impl Blank for crate::domain::group::ViewResponse {
    fn is_blank(&self) -> bool {
        Self::is_blank(self)
    }
}

/// A small file edited beside a read-only assessment (an auditor's remarks, a steering group
/// member's response): as edited and as last written.
#[derive(Clone, Debug, PartialEq)]
pub struct Draft<T> {
    value: T,
    /// As last written (`None`: not written yet).
    saved: Option<T>,
    timing: SaveTiming,
    /// When to try again after a failed write.
    retry_at: Option<f64>,
    /// Why the last write failed, if it did (shown; the draft is kept and written again).
    problem: Option<String>,
}

/// The auditor's remarks between the screen and the review file.
pub type RemarksSession = Draft<Review>;

impl<T: Clone + PartialEq + Blank> Draft<T> {
    /// A draft read from its file (`saved`), or a new one (`saved` is `None`).
    pub fn new(value: T, saved: Option<T>) -> Self {
        Self {
            value,
            saved,
            timing: SaveTiming::default(),
            retry_at: None,
            problem: None,
        }
    }

    /// The draft as edited.
    pub fn value(&self) -> &T {
        &self.value
    }

    /// Changes the draft at `now` (UI time).
    pub fn edit(&mut self, now: f64, change: impl FnOnce(&mut T)) {
        change(&mut self.value);
        self.timing.edited(now);
    }

    /// Whether there is something not yet written (nothing typed into a new one is nothing).
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.value) && !(self.saved.is_none() && self.value.is_blank())
    }

    /// When the draft is due to be written, if it is.
    pub fn save_due_at(&self, now: f64) -> Option<f64> {
        if !self.is_dirty() {
            return None;
        }
        Some(self.retry_at.unwrap_or_else(|| self.timing.due_at(now)))
    }

    /// The draft is now in the file.
    pub fn saved(&mut self, now: f64) {
        self.saved = Some(self.value.clone());
        self.timing.saved(false, now);
        self.retry_at = None;
        self.problem = None;
    }

    /// Writing it failed at `now` for `reason`: said, and tried again a while later.
    pub fn failed(&mut self, reason: String, now: f64) {
        self.problem = Some(reason);
        self.retry_at = Some(now + RETRY_AFTER_S);
    }

    /// Why the last write failed, if it did.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
    }
}

impl Draft<Review> {
    /// The remarks as edited.
    pub fn review(&self) -> &Review {
        &self.value
    }

    /// Sets the remark on `criterion` (an empty one is removed), typed at `now` (UI time).
    pub fn set_remark(&mut self, criterion: &CriterionId, text: &str, at: Timestamp, now: f64) {
        self.edit(now, |review| review.set_remark(criterion, text, at));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn review() -> Review {
        Review {
            schema_version: crate::domain::review::REVIEW_SCHEMA_VERSION,
            assessment_id: "a-1".to_owned(),
            assessment_digest: String::new(),
            reviewer: "Testi Tarkastaja".to_owned(),
            remarks: std::collections::BTreeMap::new(),
        }
    }

    #[test]
    fn a_remark_is_due_after_the_pause_and_clean_once_written() {
        let mut session = RemarksSession::new(review(), None);
        assert!(!session.is_dirty(), "nothing typed is nothing to write");
        let criterion = CriterionId("TK-01".to_owned());
        session.set_remark(&criterion, "Pöytäkirja puuttuu", Timestamp::UNIX_EPOCH, 5.0);
        assert_eq!(session.save_due_at(5.0), Some(5.3));
        session.saved(5.3);
        assert!(!session.is_dirty());
        assert_eq!(session.save_due_at(6.0), None);
    }

    #[test]
    fn a_failed_write_is_said_and_tried_again_three_seconds_later() {
        let mut session = RemarksSession::new(review(), None);
        let criterion = CriterionId("TK-02".to_owned());
        session.set_remark(&criterion, "Tarkista §", Timestamp::UNIX_EPOCH, 1.0);
        session.failed("levy täynnä".to_owned(), 1.3);
        assert_eq!(session.problem(), Some("levy täynnä"));
        assert_eq!(session.save_due_at(1.4), Some(4.3));
        session.saved(4.3);
        assert_eq!(session.problem(), None);
    }
}
