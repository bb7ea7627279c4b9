//! Which throttles hold for which account step, counted in the database so they hold across
//! several `hup serve` processes; the arithmetic is `hup_core::throttle`'s.
//!
//! * Registrations, new accounts and reset mails: fixed one-hour windows per key (mailbox,
//!   domain, client address); past a limit the answer is 429 with `Retry-After` until the
//!   window ends. A flood for one address thus sends at most `HUP_REGISTER_PER_ADDRESS` mails
//!   an hour.
//! * An employee's sign-in: after a few failures of one account from one client address, each
//!   further attempt must wait, the wait doubling per failure up to 15 minutes. Failures of the
//!   account from all addresses together get the same treatment at ten times the allowance,
//!   against spread-out guessing.
//! * An admin's sign-in: ten failures of one address within 15 minutes refuse further
//!   attempts until older ones leave the window.

use hup_core::throttle::{self as rule, Backoff, FailureLimit, FixedWindow};

use crate::store::{now_epoch, throttle as store, Backend, Db, StoreError, Tx};

/// The windows of registrations, new accounts and reset mails.
pub const HOURLY: FixedWindow = FixedWindow { seconds: 3600 };
const EMPLOYEE_SIGNIN_WINDOW_SECONDS: i64 = 15 * 60;
const EMPLOYEE_MAX_WAIT_SECONDS: i64 = 15 * 60;
const ADMIN_SIGNIN: FailureLimit = FailureLimit {
    max: 10,
    window_seconds: 15 * 60,
};

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

fn employee_pair_key(email: &str, client: &str) -> String {
    format!("employee:{email}|{client}")
}

fn employee_account_key(email: &str) -> String {
    format!("employee:{email}")
}

/// Seconds the next sign-in attempt of employee `email` from `client` must still wait, if
/// any, when `free` failures cost nothing.
pub async fn employee_signin_wait(
    db: &Db,
    email: &str,
    client: &str,
    free: i64,
) -> Result<Option<u64>, StoreError> {
    let now = now_epoch();
    let since = now - EMPLOYEE_SIGNIN_WINDOW_SECONDS;
    let mut remaining = Vec::with_capacity(2);
    for (key, free) in [
        (employee_pair_key(email, client), free),
        (employee_account_key(email), free.saturating_mul(10)),
    ] {
        let (n, last) = store::failures_since(db, &key, since).await?;
        if let Some(last) = last {
            let backoff = Backoff {
                free,
                max_wait: EMPLOYEE_MAX_WAIT_SECONDS,
            };
            remaining.push(backoff.remaining(n, last, now));
        }
    }
    Ok(rule::retry_after(remaining))
}

pub async fn employee_signin_failed(db: &Db, email: &str, client: &str) -> Result<(), StoreError> {
    let window = EMPLOYEE_SIGNIN_WINDOW_SECONDS;
    store::record_failure(db, &employee_pair_key(email, client), window).await?;
    store::record_failure(db, &employee_account_key(email), window).await?;
    Ok(())
}

pub async fn employee_signin_succeeded(
    db: &Db,
    email: &str,
    client: &str,
) -> Result<(), StoreError> {
    store::clear_failures(db, &employee_pair_key(email, client)).await
}

fn admin_key(email: &str) -> String {
    format!("admin:{email}")
}

/// Whether admin `email` failed too often lately to try again now.
pub async fn admin_signin_refused(db: &Db, email: &str) -> Result<bool, StoreError> {
    let failures =
        store::recent_failures(db, &admin_key(email), ADMIN_SIGNIN.window_seconds).await?;
    Ok(ADMIN_SIGNIN.reached(failures))
}

pub async fn admin_signin_failed(db: &Db, email: &str) -> Result<(), StoreError> {
    store::record_failure(db, &admin_key(email), ADMIN_SIGNIN.window_seconds).await?;
    Ok(())
}

pub async fn admin_signin_succeeded(db: &Db, email: &str) -> Result<(), StoreError> {
    store::clear_failures(db, &admin_key(email)).await
}
