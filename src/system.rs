//! The real clock and id source. The domain sees only the [`Clock`] and [`IdSource`] traits;
//! tests use `FixedClock` and `SequentialIds` instead.
//!
//! The one place that reads the system's time and time zone (`clippy.toml` disallows them
//! elsewhere): everything else gets them through a [`Clock`].
#![allow(
    clippy::disallowed_methods,
    reason = "the system clock and time zone are read here and nowhere else"
)]

use std::hash::{BuildHasher as _, Hasher as _};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::domain::clock::{Clock, IdSource};
use crate::domain::dates::{Date, Timestamp};

/// The operating system's clock; "today" in the user's time zone.
#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }

    fn today(&self) -> Date {
        Timestamp::now().to_zoned_datetime(self.time_zone()).date()
    }

    fn time_zone(&self) -> jiff::tz::TimeZone {
        jiff::tz::TimeZone::system()
    }
}

/// The time `SOURCE_DATE_EPOCH` names (whole seconds since 1970, as reproducible-build tools
/// set it), when it is set and valid.
pub fn source_date_epoch() -> Option<Timestamp> {
    let value = std::env::var("SOURCE_DATE_EPOCH").ok()?;
    Timestamp::from_second(value.trim().parse().ok()?).ok()
}

/// The clock a report is dated by: `clock`, unless `SOURCE_DATE_EPOCH` is set; then its time,
/// and its date in `clock`'s time zone. The same assessment then gives the same report.
pub struct ReportClock<'a> {
    clock: &'a dyn Clock,
    fixed: Option<Timestamp>,
}

impl<'a> ReportClock<'a> {
    /// `clock`, or the time in `SOURCE_DATE_EPOCH` where it is set.
    pub fn new(clock: &'a dyn Clock) -> Self {
        Self {
            clock,
            fixed: source_date_epoch(),
        }
    }
}

impl std::fmt::Debug for ReportClock<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportClock")
            .field("fixed", &self.fixed)
            .finish_non_exhaustive()
    }
}

impl Clock for ReportClock<'_> {
    fn now(&self) -> Timestamp {
        self.fixed.unwrap_or_else(|| self.clock.now())
    }

    fn today(&self) -> Date {
        self.fixed.map_or_else(
            || self.clock.today(),
            |fixed| fixed.to_zoned_datetime(self.clock.time_zone()).date(),
        )
    }

    fn time_zone(&self) -> jiff::tz::TimeZone {
        self.clock.time_zone()
    }
}

/// How long ago a file was last modified, by the system's clock (`None`: in the future, or
/// unknown).
pub fn age_of(modified: std::time::SystemTime) -> Option<std::time::Duration> {
    std::time::SystemTime::now().duration_since(modified).ok()
}

/// Random ids of 20 hex digits, e.g. `3f9a1c2b7d4e6f80a1b2`: unique across machines for all
/// practical purposes, so that evidence from two assessments never collides.
#[derive(Debug, Default)]
pub struct RandomIds {
    counter: AtomicU64,
}

impl IdSource for RandomIds {
    fn next_id(&self) -> String {
        // Each `RandomState` is seeded from the operating system's randomness; mixing in the
        // time and a counter keeps ids distinct even if two seeds were ever equal.
        let count = self.counter.fetch_add(1, Ordering::Relaxed);
        let nanos = Timestamp::now().as_nanosecond();
        let mut words = [0_u64; 2];
        for (i, word) in words.iter_mut().enumerate() {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u64(count);
            hasher.write_i128(nanos);
            hasher.write_usize(i);
            hasher.write_u32(std::process::id());
            *word = hasher.finish();
        }
        format!("{:016x}{:04x}", words[0], words[1] & 0xffff)
    }
}

/// Hands a file to the system to show it with the user's usual program (a PDF viewer, …).
pub fn open_with_system(path: &std::path::Path) -> std::io::Result<()> {
    let mut command = if cfg!(target_os = "windows") {
        let mut command = std::process::Command::new("explorer");
        command.arg(path);
        command
    } else if cfg!(target_os = "macos") {
        let mut command = std::process::Command::new("open");
        command.arg(path);
        command
    } else {
        let mut command = std::process::Command::new("xdg-open");
        command.arg(path);
        command
    };
    // Not waited for: the viewer lives on its own.
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map(drop)
}

/// The operating system's name for the user (`USER`, or `USERNAME` on Windows); empty when
/// neither is set.
pub fn system_user_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .map(|name| name.trim().to_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn random_ids_are_unique_and_plain() {
        let ids = RandomIds::default();
        let made: std::collections::HashSet<String> = (0..10_000).map(|_| ids.next_id()).collect();
        assert_eq!(made.len(), 10_000);
        for id in made.iter().take(100) {
            assert_eq!(id.len(), 20, "{id}");
            assert!(id.bytes().all(|b| b.is_ascii_hexdigit()), "{id}");
        }
    }

    #[test]
    fn the_system_clock_agrees_with_itself() {
        let clock = SystemClock;
        let now = clock.now();
        let today = clock.today();
        // Today is the date of now in some time zone: at most a day apart from UTC's date.
        let utc_date = now.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        let (Ok(before), Ok(after)) = (utc_date.yesterday(), utc_date.tomorrow()) else {
            panic!("{utc_date} has neighbours");
        };
        assert!(before <= today && today <= after, "{today} vs {utc_date}");
    }
}
