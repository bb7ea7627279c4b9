//! The arithmetic of hup's throttles, apart from where the counts are kept (the database, so
//! limits hold across several `hup serve` processes).
//!
//! * [`FixedWindow`]: hits per key are counted in windows aligned to the epoch; past its
//!   limit a key waits until its window ends (`Retry-After`).
//! * [`Backoff`]: after a few free failures each further attempt must wait, the wait doubling
//!   per failure up to a ceiling: an attacker is slowed down, the owner is not locked out.
//! * [`FailureLimit`]: at most so many failures in a sliding window, then refuse.

/// Windows of `seconds` aligned to the epoch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FixedWindow {
    pub seconds: i64,
}

impl FixedWindow {
    /// The start of the window `now` falls in.
    pub fn start(self, now: i64) -> i64 {
        now - now.rem_euclid(self.seconds)
    }

    /// Whether the `hits`-th hit of a window passes `limit`.
    pub fn over(hits: i64, limit: i64) -> bool {
        hits > limit
    }

    /// Seconds from `now` until its window ends: the `Retry-After` of a refused hit, at least 1.
    pub fn retry_after(self, now: i64) -> u64 {
        (self.start(now) + self.seconds - now).max(1) as u64
    }
}

/// Waits that double after `free` failures, from one second up to `max_wait` seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    pub free: i64,
    pub max_wait: i64,
}

impl Backoff {
    /// Seconds to wait after the last of `failures` failures.
    pub fn wait(self, failures: i64) -> i64 {
        if failures < self.free {
            return 0;
        }
        let doublings = (failures - self.free).min(20) as u32;
        (1i64 << doublings).min(self.max_wait)
    }

    /// Seconds still to wait at `now` after `failures` failures, the last at `last`; not
    /// positive when the next attempt may go ahead.
    pub fn remaining(self, failures: i64, last: i64, now: i64) -> i64 {
        last + self.wait(failures) - now
    }
}

/// The longest of several remaining waits as a `Retry-After`, if any is still running.
pub fn retry_after(remaining: impl IntoIterator<Item = i64>) -> Option<u64> {
    let longest = remaining.into_iter().fold(0, i64::max);
    (longest > 0).then_some(longest as u64)
}

/// At most `max` failures within the last `window_seconds`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailureLimit {
    pub max: i64,
    pub window_seconds: i64,
}

impl FailureLimit {
    /// Whether `failures` in the window refuse the next attempt.
    pub fn reached(self, failures: i64) -> bool {
        failures >= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_align_to_the_epoch_and_tell_how_long_to_wait() {
        let hour = FixedWindow { seconds: 3600 };
        assert_eq!(hour.start(7210), 7200);
        assert_eq!(hour.start(7200), 7200);
        assert_eq!(hour.start(-10), -3600);
        assert_eq!(hour.retry_after(7210), 3590);
        assert_eq!(hour.retry_after(7199), 1);
        assert!(!FixedWindow::over(3, 3));
        assert!(FixedWindow::over(4, 3));
    }

    #[test]
    fn waits_double_after_the_free_attempts_and_stop_at_the_ceiling() {
        let b = Backoff {
            free: 5,
            max_wait: 900,
        };
        assert_eq!(b.wait(4), 0);
        assert_eq!(b.wait(5), 1);
        assert_eq!(b.wait(6), 2);
        assert_eq!(b.wait(9), 16);
        assert_eq!(b.wait(500), 900);
        assert_eq!(b.remaining(9, 100, 110), 6);
        assert_eq!(b.remaining(4, 100, 110), -10);
    }

    #[test]
    fn the_longest_running_wait_counts() {
        assert_eq!(retry_after([0, -3]), None);
        assert_eq!(retry_after([6, 2, -1]), Some(6));
        assert_eq!(retry_after([]), None);
    }

    #[test]
    fn a_failure_limit_refuses_once_reached() {
        let l = FailureLimit {
            max: 10,
            window_seconds: 900,
        };
        assert!(!l.reached(9));
        assert!(l.reached(10));
    }
}
