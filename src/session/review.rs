//! An auditor's remarks between the screen and the review file: what was typed, what the
//! file holds, when the next write is due, and why the last one failed. The same cycle as
//! the assessment's (a pause in typing, at the latest a second, a retry after a failure),
//! without egui and without file I/O.

use super::timing::{RETRY_AFTER_S, SaveTiming};
use crate::domain::criteria::CriterionId;
use crate::domain::dates::Timestamp;
use crate::domain::review::Review;

/// The remarks as edited and as last written.
#[derive(Clone, Debug, PartialEq)]
pub struct RemarksSession {
    review: Review,
    /// As last written (`None`: not written yet).
    saved: Option<Review>,
    timing: SaveTiming,
    /// When to try again after a failed write.
    retry_at: Option<f64>,
    /// Why the last write failed, if it did (shown; the remarks are kept and written again).
    problem: Option<String>,
}

impl RemarksSession {
    /// Remarks read from their file (`saved`), or new ones (`saved` is `None`).
    pub fn new(review: Review, saved: Option<Review>) -> Self {
        Self {
            review,
            saved,
            timing: SaveTiming::default(),
            retry_at: None,
            problem: None,
        }
    }

    /// The remarks as edited.
    pub fn review(&self) -> &Review {
        &self.review
    }

    /// Sets the remark on `criterion` (an empty one is removed), typed at `now` (UI time).
    pub fn set_remark(&mut self, criterion: &CriterionId, text: &str, at: Timestamp, now: f64) {
        self.review.set_remark(criterion, text, at);
        self.timing.edited(now);
    }

    /// Whether there are remarks not yet written (none typed into a new review is nothing).
    pub fn is_dirty(&self) -> bool {
        self.saved.as_ref() != Some(&self.review)
            && !(self.saved.is_none() && self.review.remarks.is_empty())
    }

    /// When the remarks are due to be written, if they are.
    pub fn save_due_at(&self, now: f64) -> Option<f64> {
        if !self.is_dirty() {
            return None;
        }
        Some(self.retry_at.unwrap_or_else(|| self.timing.due_at(now)))
    }

    /// The remarks are now in the file.
    pub fn saved(&mut self, now: f64) {
        self.saved = Some(self.review.clone());
        self.timing.saved(false, now);
        self.retry_at = None;
        self.problem = None;
    }

    /// Writing them failed at `now` for `reason`: said, and tried again a while later.
    pub fn failed(&mut self, reason: String, now: f64) {
        self.problem = Some(reason);
        self.retry_at = Some(now + RETRY_AFTER_S);
    }

    /// Why the last write failed, if it did.
    pub fn problem(&self) -> Option<&str> {
        self.problem.as_deref()
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
