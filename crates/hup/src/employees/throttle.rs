//! Throttles of the journey, kept in the database so they hold across several `hup serve`
//! processes.
//!
//! * Registrations: fixed one-hour windows per mailbox, per domain and per client address;
//!   past a limit the answer is 429 with `Retry-After` until the window ends. A flood for one
//!   address thus sends at most `HUP_REGISTER_PER_ADDRESS` mails an hour.
//! * Sign-in: after a few failures of one account from one client address, each further
//!   attempt must wait, the wait doubling per failure up to 15 minutes. An attacker is slowed
//!   down; the owner, elsewhere, is not locked out. Failures of the account from all addresses
//!   together get the same treatment at ten times the allowance, against spread-out guessing.

use crate::store::{employees as store, now_epoch, sessions, Db, Tx};

pub const WINDOW_SECONDS: i64 = 3600;
const SIGNIN_WINDOW_SECONDS: i64 = 15 * 60;
const MAX_WAIT_SECONDS: i64 = 15 * 60;

/// The start of the current registration window.
pub fn window_start(now: i64) -> i64 {
    now - now.rem_euclid(WINDOW_SECONDS)
}

/// Counts a hit on each `(key, limit)` and, when a limit is passed, says how long to wait.
pub async fn registration_hit(
    tx: &mut Tx,
    limits: &[(String, i64)],
    now: i64,
) -> Result<Option<u64>, crate::store::StoreError> {
    let start = window_start(now);
    let keys: Vec<&str> = limits.iter().map(|(k, _)| k.as_str()).collect();
    let hits = store::hit(tx, &keys, start).await?;
    let over = hits.iter().zip(limits).any(|(n, (_, limit))| n > limit);
    Ok(over.then(|| (start + WINDOW_SECONDS - now).max(1) as u64))
}

fn wait_for(failures: i64, free: i64) -> i64 {
    if failures < free {
        return 0;
    }
    let doublings = (failures - free).min(20) as u32;
    (1i64 << doublings).min(MAX_WAIT_SECONDS)
}

pub fn pair_key(email: &str, client: &str) -> String {
    format!("employee:{email}|{client}")
}

pub fn account_key(email: &str) -> String {
    format!("employee:{email}")
}

/// Seconds the next sign-in attempt of `email` from `client` must still wait, if any.
pub async fn signin_wait(
    db: &Db,
    email: &str,
    client: &str,
    free: i64,
) -> Result<Option<u64>, crate::store::StoreError> {
    let now = now_epoch();
    let since = now - SIGNIN_WINDOW_SECONDS;
    let mut longest = 0;
    for (key, allowance) in [
        (pair_key(email, client), free),
        (account_key(email), free.saturating_mul(10)),
    ] {
        let (n, last) = store::failures_since(db, &key, since).await?;
        if let Some(last) = last {
            let remaining = last + wait_for(n, allowance) - now;
            longest = longest.max(remaining);
        }
    }
    Ok((longest > 0).then_some(longest as u64))
}

pub async fn signin_failed(
    db: &Db,
    email: &str,
    client: &str,
) -> Result<(), crate::store::StoreError> {
    sessions::record_failure(db, &pair_key(email, client), SIGNIN_WINDOW_SECONDS).await?;
    sessions::record_failure(db, &account_key(email), SIGNIN_WINDOW_SECONDS).await?;
    Ok(())
}

pub async fn signin_succeeded(
    db: &Db,
    email: &str,
    client: &str,
) -> Result<(), crate::store::StoreError> {
    sessions::clear_failures(db, &pair_key(email, client)).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_attempts_and_stop_at_fifteen_minutes() {
        assert_eq!(wait_for(4, 5), 0);
        assert_eq!(wait_for(5, 5), 1);
        assert_eq!(wait_for(6, 5), 2);
        assert_eq!(wait_for(9, 5), 16);
        assert_eq!(wait_for(500, 5), 900);
        assert_eq!(window_start(7210), 7200);
    }
}
