//! The arithmetic of hup's throttles, apart from where the counts are kept (the database, so
//! limits hold across several `hup serve` processes).
//!
//! * [`FixedWindow`]: hits per key are counted in windows aligned to the epoch; past its
//!   limit a key waits until its window ends (`Retry-After`).
//! * [`Backoff`]: after a few free failures each further attempt must wait, the wait doubling
//!   per failure up to a ceiling: an attacker is slowed down, the owner is not locked out.
//! * [`SignInThrottle`]: the sign-in throttle of admins and employees alike (issue 11: 2), as
//!   NIST SP 800-63B §5.2.2 asks: failures are counted per (account, client address) and per
//!   account across the addresses that are not the owner's known ones. An attacker's failures
//!   slow the attacker; they never lock the owner out.

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

/// Failures of one sign-in: of the (account, client address) pair, and of the account from
/// addresses that are not its known ones.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignInCounts {
    /// Failures of this account from this address in the window.
    pub pair_failures: i64,
    /// When the last of them happened.
    pub pair_last: Option<i64>,
    /// Failures of this account from all addresses it never signed in from, in the window.
    pub account_failures: i64,
    /// Whether the account signed in successfully from this address before.
    pub known_address: bool,
}

/// The sign-in throttle: a [`Backoff`] per (account, address), and one per account at ten
/// times the allowance that lengthens the waits of unknown addresses only.
///
/// * Every wait runs from the *pair's own* last failure: an address that has not failed for
///   this account is never made to wait, so the owner on a new device gets a try at once even
///   while the account is under attack, and then waits only for its own mistakes.
/// * From an address the owner signed in from before, only the pair's own failures count.
/// * From any other address, a pair that failed waits at least as long as the account-wide
///   backoff asks: while the account is under attack from many addresses, each of them gets
///   one try per wait (up to the ceiling), which slows spread-out guessing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SignInThrottle {
    pub pair: Backoff,
    pub account: Backoff,
}

impl SignInThrottle {
    /// `free` failures per pair (ten times that per account) cost nothing; then waits double
    /// up to `max_wait` seconds.
    pub fn new(free: i64, max_wait: i64) -> Self {
        SignInThrottle {
            pair: Backoff { free, max_wait },
            account: Backoff {
                free: free.saturating_mul(10),
                max_wait,
            },
        }
    }

    /// Seconds the next attempt with `counts` must still wait at `now`, as a `Retry-After`.
    pub fn retry_after(self, counts: &SignInCounts, now: i64) -> Option<u64> {
        let last = counts.pair_last?;
        let mut wait = self.pair.wait(counts.pair_failures);
        if !counts.known_address {
            wait = wait.max(self.account.wait(counts.account_failures));
        }
        retry_after([last + wait - now])
    }

    /// Whether a failure from this address counts against the account as a whole.
    pub fn counts_for_account(counts: &SignInCounts) -> bool {
        !counts.known_address
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

    fn counts(pair: i64, last: Option<i64>, account: i64, known: bool) -> SignInCounts {
        SignInCounts {
            pair_failures: pair,
            pair_last: last,
            account_failures: account,
            known_address: known,
        }
    }

    /// Issue 11 (2): an attack on the account from elsewhere never makes the owner's known
    /// address wait; the pair's own failures still do.
    #[test]
    fn a_known_address_waits_only_for_its_own_failures() {
        let t = SignInThrottle::new(5, 900);
        assert_eq!(t.retry_after(&counts(0, None, 5000, true), 100), None);
        assert_eq!(t.retry_after(&counts(1, Some(99), 5000, true), 100), None);
        assert_eq!(
            t.retry_after(&counts(9, Some(99), 5000, true), 100),
            Some(15)
        );
    }

    /// Issue 11 (2): under attack, a new address gets its first try at once, and after a
    /// failure waits as long as the account-wide backoff asks.
    #[test]
    fn under_attack_an_unknown_address_waits_from_its_own_last_failure() {
        let t = SignInThrottle::new(5, 900);
        assert_eq!(t.retry_after(&counts(0, None, 5000, false), 100), None);
        assert_eq!(
            t.retry_after(&counts(1, Some(99), 5000, false), 100),
            Some(899)
        );
        assert_eq!(t.retry_after(&counts(1, Some(99), 50, false), 100), None);
        assert_eq!(t.retry_after(&counts(1, Some(99), 52, false), 100), Some(3));
        assert_eq!(t.retry_after(&counts(1, Some(90), 5000, false), 1000), None);
        assert!(SignInThrottle::counts_for_account(&counts(
            0, None, 0, false
        )));
        assert!(!SignInThrottle::counts_for_account(&counts(
            0, None, 0, true
        )));
    }
}
