//! Which throttles hold for which account step, counted in the database so they hold across
//! several `hup serve` processes; the arithmetic is `hup_core::throttle`'s.
//!
//! * Registrations, new accounts and reset mails: fixed one-hour windows per key (mailbox,
//!   domain, client address); past a limit the answer is 429 with `Retry-After` until the
//!   window ends. A flood for one address thus sends at most `HUP_REGISTER_PER_ADDRESS` mails
//!   an hour.
//! * Sign-in, of admins and employees alike (issue 11: 2, NIST SP 800-63B §5.2.2,
//!   [`SignInThrottle`]): after `HUP_SIGNIN_FREE_FAILURES` failures of one account from one
//!   client address, each further attempt from there must wait, the wait doubling per failure
//!   up to 15 minutes. Failures of the account from addresses it never signed in from count
//!   together at ten times the allowance and lengthen the waits of those addresses only. An
//!   address the account signed in from in the last 90 days is *known* (kept hashed in
//!   `signin_known_addresses`): others' failures never make it wait, so an attacker cannot
//!   lock the owner out. Every wait is a 429 with `Retry-After`. (NIST also lets a successful
//!   second factor spare the owner; hup has no MFA yet.)

use hup_core::throttle::{FixedWindow, SignInCounts, SignInThrottle};

use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, throttle as store, Backend, Db, StoreError, Tx};
use crate::token;

/// The windows of registrations, new accounts and reset mails.
pub const HOURLY: FixedWindow = FixedWindow { seconds: 3600 };
/// Failed sign-ins count for this long; longer than the longest wait, so an address that
/// reached the ceiling goes on at one try per ceiling rather than starting afresh.
const SIGNIN_WINDOW_SECONDS: i64 = 3600;
const SIGNIN_MAX_WAIT_SECONDS: i64 = 15 * 60;
/// An address stays known this long after the account last signed in from it.
const KNOWN_ADDRESS_SECONDS: i64 = 90 * 24 * 3600;

/// One request's hits: a `(key, limit)` each, counted at `now`.
pub struct Hits<'a> {
    pub limits: &'a [(String, i64)],
    pub now: i64,
}

/// Counts one request's hits and, when a limit is passed, says how long to wait.
pub async fn hit(
    tx: &mut Tx,
    backend: Backend,
    limits: &[(String, i64)],
    now: i64,
) -> Result<Option<u64>, StoreError> {
    let waits = hit_many(tx, backend, &[Hits { limits, now }]).await?;
    Ok(waits.into_iter().next().flatten())
}

/// Counts the hits of several requests, set at a time: one statement per window counts all
/// of them. The counts are handed out in the requests' order, so each request's outcome (how
/// long it must wait, if at all) is the one of counting them one by one.
pub async fn hit_many(
    tx: &mut Tx,
    backend: Backend,
    requests: &[Hits<'_>],
) -> Result<Vec<Option<u64>>, StoreError> {
    // Hits per (window, key) in this batch, in first-seen order.
    let mut counts: Vec<((i64, &str), i64)> = Vec::new();
    for request in requests {
        let window = HOURLY.start(request.now);
        for (key, _) in request.limits {
            match counts
                .iter_mut()
                .find(|(k, _)| *k == (window, key.as_str()))
            {
                Some((_, n)) => *n += 1,
                None => counts.push(((window, key.as_str()), 1)),
            }
        }
    }
    // Totals after this batch, per (window, key).
    let mut totals: Vec<((i64, &str), i64)> = Vec::with_capacity(counts.len());
    let mut windows: Vec<i64> = counts.iter().map(|((w, _), _)| *w).collect();
    windows.dedup();
    for window in windows {
        let of_window: Vec<(&str, i64)> = counts
            .iter()
            .filter(|((w, _), _)| *w == window)
            .map(|((_, k), n)| (*k, *n))
            .collect();
        let hits = store::hit_many(tx, backend, &of_window, window).await?;
        totals.extend(
            of_window
                .iter()
                .zip(hits)
                .map(|((k, _), h)| ((window, *k), h)),
        );
    }
    // Hand the hits out in order: the i-th hit of a key in the batch counts as total − n + i.
    let mut seen: Vec<((i64, &str), i64)> = Vec::new();
    let mut waits = Vec::with_capacity(requests.len());
    for request in requests {
        let window = HOURLY.start(request.now);
        let mut over = false;
        for (key, limit) in request.limits {
            let id = (window, key.as_str());
            let i = match seen.iter_mut().find(|(k, _)| *k == id) {
                Some((_, i)) => {
                    *i += 1;
                    *i
                }
                None => {
                    seen.push((id, 1));
                    1
                }
            };
            let total = totals.iter().find(|(k, _)| *k == id).map_or(0, |(_, h)| *h);
            let n = counts.iter().find(|(k, _)| *k == id).map_or(0, |(_, n)| *n);
            over |= FixedWindow::over(total - n + i, *limit);
        }
        waits.push(over.then(|| HOURLY.retry_after(request.now)));
    }
    Ok(waits)
}

/// Forgets the counters of windows before the previous one.
pub async fn sweep_windows(db: &Db) -> Result<(), StoreError> {
    let before = HOURLY.start(now_epoch()) - HOURLY.seconds;
    store::sweep_windows(db, before).await
}

/// One sign-in attempt as the throttle sees it.
pub struct SignIn<'a> {
    pub kind: SessionKind,
    /// The address typed, normalised: failures count per address, account or not, so the
    /// answers do not tell who has one.
    pub email: &'a str,
    /// The account with that address, if any (only accounts have known addresses).
    pub account: Option<i64>,
    /// The caller's network address (`web::client`).
    pub client: &'a str,
    /// `HUP_SIGNIN_FREE_FAILURES`.
    pub free: i64,
}

impl SignIn<'_> {
    fn pair_key(&self) -> String {
        format!("{}:{}|{}", self.kind.code(), self.email, self.client)
    }

    fn account_key(&self) -> String {
        format!("{}:{}", self.kind.code(), self.email)
    }

    /// The address as kept: hashed, salted with the account so equal addresses of two
    /// accounts do not look alike.
    fn address_hash(&self, account: i64) -> String {
        token::hash(&format!("{}:{account}|{}", self.kind.code(), self.client))
    }

    fn rule(&self) -> SignInThrottle {
        SignInThrottle::new(self.free, SIGNIN_MAX_WAIT_SECONDS)
    }
}

/// What the throttle found before the password is checked.
pub struct Gate {
    counts: SignInCounts,
    /// Seconds the attempt must still wait (`Retry-After`); `None` lets it go ahead.
    pub wait: Option<u64>,
}

/// Whether `attempt` may go ahead now, and the counts its outcome is recorded against.
pub async fn gate(db: &Db, attempt: &SignIn<'_>) -> Result<Gate, StoreError> {
    let now = now_epoch();
    let since = now - SIGNIN_WINDOW_SECONDS;
    let known_address = match attempt.account {
        Some(id) => {
            let hash = attempt.address_hash(id);
            let kind = attempt.kind.code();
            store::is_known_address(db, kind, id, &hash, now - KNOWN_ADDRESS_SECONDS).await?
        }
        None => false,
    };
    let (pair_failures, pair_last) = store::failures_since(db, &attempt.pair_key(), since).await?;
    let account_failures = if known_address {
        0
    } else {
        store::failures_since(db, &attempt.account_key(), since)
            .await?
            .0
    };
    let counts = SignInCounts {
        pair_failures,
        pair_last,
        account_failures,
        known_address,
    };
    let wait = attempt.rule().retry_after(&counts, now);
    Ok(Gate { counts, wait })
}

/// Counts a failed attempt: against the pair, and against the account unless it came from
/// one of the account's known addresses.
pub async fn failed(db: &Db, attempt: &SignIn<'_>, gate: &Gate) -> Result<(), StoreError> {
    let window = SIGNIN_WINDOW_SECONDS;
    store::record_failure(db, &attempt.pair_key(), window).await?;
    if SignInThrottle::counts_for_account(&gate.counts) {
        store::record_failure(db, &attempt.account_key(), window).await?;
    }
    Ok(())
}

/// A successful sign-in of `account`: the pair's failures are forgotten (NIST: disregard
/// earlier failures from the same address) and the address becomes known.
pub async fn succeeded(db: &Db, attempt: &SignIn<'_>, account: i64) -> Result<(), StoreError> {
    store::clear_failures(db, &attempt.pair_key()).await?;
    let hash = attempt.address_hash(account);
    let forget_before = now_epoch() - KNOWN_ADDRESS_SECONDS;
    store::remember_address(db, attempt.kind.code(), account, &hash, forget_before).await
}
