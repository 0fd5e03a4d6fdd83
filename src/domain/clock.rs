//! Injectable time and ids: the domain asks, the caller decides.
//!
//! The app passes the system clock and random ids (see `crate::system`); tests pass a
//! [`FixedClock`] and [`SequentialIds`] so that every result is reproducible.

use std::cell::Cell;

use jiff::tz::TimeZone;

use super::dates::{Date, Timestamp};

/// The source of "now" and "today".
pub trait Clock {
    /// The current instant.
    fn now(&self) -> Timestamp;
    /// Today's date where the user is (documents dated after it are "in the future").
    fn today(&self) -> Date;
    /// The user's time zone, in which times are shown (a seal's time, a history entry's).
    fn time_zone(&self) -> TimeZone;
}

/// The source of new unique ids for assessments and evidence items.
pub trait IdSource {
    /// A fresh id, unique within everything this source ever returned. Only ASCII letters,
    /// digits and `-`.
    fn next_id(&self) -> String;
}

/// A clock that always says the same, in UTC: for tests and for reproducible examples.
#[derive(Clone, Copy, Debug)]
pub struct FixedClock {
    /// What [`Clock::now`] returns.
    pub now: Timestamp,
    /// What [`Clock::today`] returns.
    pub today: Date,
}

impl FixedClock {
    /// A clock fixed at noon UTC of `today`.
    pub fn at(today: Date) -> Self {
        let now = today
            .at(12, 0, 0, 0)
            .to_zoned_datetime(TimeZone::UTC)
            .map_or(Timestamp::UNIX_EPOCH, |zoned| zoned.timestamp());
        Self { now, today }
    }
}

impl Clock for FixedClock {
    fn now(&self) -> Timestamp {
        self.now
    }

    fn today(&self) -> Date {
        self.today
    }

    fn time_zone(&self) -> TimeZone {
        TimeZone::UTC
    }
}

/// Ids `prefix-1`, `prefix-2`, …: deterministic, for tests and examples.
#[derive(Debug)]
pub struct SequentialIds {
    prefix: String,
    next: Cell<u64>,
}

impl SequentialIds {
    /// Starts at `prefix-1`.
    pub fn new(prefix: &str) -> Self {
        Self {
            prefix: prefix.to_owned(),
            next: Cell::new(1),
        }
    }
}

impl IdSource for SequentialIds {
    fn next_id(&self) -> String {
        let n = self.next.get();
        self.next.set(n + 1);
        format!("{}-{n}", self.prefix)
    }
}
