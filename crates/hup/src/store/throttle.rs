//! The throttles' counts: fixed-window hit counters (`rate_windows`) and failed sign-ins
//! (`signin_failures`), and the addresses accounts signed in from (`signin_known_addresses`).
//! The arithmetic over them is `hup_core::throttle`'s; which keys and
//! limits apply is `accounts::throttle`'s.

use sqlx::Row;

use super::{now_epoch, Backend, Db, StoreError, Tx};

/// Adds `n` hits to each `(key, n)` of `counts` in the window starting at `window_start` and
/// returns the hits of each afterwards, in the order of `counts`. Each key at most once.
pub async fn hit_many(
    tx: &mut Tx,
    backend: Backend,
    counts: &[(&str, i64)],
    window_start: i64,
) -> Result<Vec<i64>, StoreError> {
    if counts.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = String::from("INSERT INTO rate_windows (key, window_start, hits) VALUES ");
    super::push_values(&mut sql, counts.len(), 3, backend);
    sql.push_str(
        " ON CONFLICT (key, window_start) DO UPDATE \
         SET hits = rate_windows.hits + excluded.hits RETURNING key, hits",
    );
    let mut query = sqlx::query(&sql);
    for (key, n) in counts {
        query = query.bind(*key).bind(window_start).bind(*n);
    }
    let rows = query.fetch_all(&mut **tx).await?;
    let mut hits = vec![0; counts.len()];
    for row in rows {
        let key: String = row.try_get("key")?;
        if let Some(i) = counts.iter().position(|(k, _)| *k == key) {
            hits[i] = row.try_get("hits")?;
        }
    }
    Ok(hits)
}

/// Forgets the counters of windows that started before `before`.
pub async fn sweep_windows(db: &Db, before: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM rate_windows WHERE window_start < $1")
        .bind(before)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Failed sign-ins under `key` since `since`, and when the last one happened.
pub async fn failures_since(
    db: &Db,
    key: &str,
    since: i64,
) -> Result<(i64, Option<i64>), StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n, MAX(at) AS last FROM signin_failures WHERE key = $1 AND at >= $2",
    )
    .bind(key)
    .bind(since)
    .fetch_one(db.pool())
    .await?;
    Ok((row.try_get("n")?, row.try_get("last")?))
}

/// Counts a failed sign-in for `key` (e.g. an address) and tells how many happened in the
/// last `window_seconds`, this one included.
pub async fn record_failure(db: &Db, key: &str, window_seconds: i64) -> Result<i64, StoreError> {
    let now = now_epoch();
    sqlx::query("DELETE FROM signin_failures WHERE at < $1")
        .bind(now - window_seconds)
        .execute(db.writer())
        .await?;
    sqlx::query("INSERT INTO signin_failures (key, at) VALUES ($1, $2)")
        .bind(key)
        .bind(now)
        .execute(db.writer())
        .await?;
    recent_failures(db, key, window_seconds).await
}

/// Failed sign-ins for `key` within the last `window_seconds`.
pub async fn recent_failures(db: &Db, key: &str, window_seconds: i64) -> Result<i64, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM signin_failures WHERE key = $1 AND at >= $2")
        .bind(key)
        .bind(now_epoch() - window_seconds)
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get("n")?)
}

pub async fn clear_failures(db: &Db, key: &str) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM signin_failures WHERE key = $1")
        .bind(key)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Whether account `account_id` of `kind` signed in from the address hashed as `address_hash`
/// at or after `since`.
pub async fn is_known_address(
    db: &Db,
    kind: &str,
    account_id: i64,
    address_hash: &str,
    since: i64,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM signin_known_addresses \
         WHERE account_kind = $1 AND account_id = $2 AND address_hash = $3 AND last_success >= $4",
    )
    .bind(kind)
    .bind(account_id)
    .bind(address_hash)
    .bind(since)
    .fetch_one(db.pool())
    .await?;
    let n: i64 = row.try_get("n")?;
    Ok(n > 0)
}

/// Records a successful sign-in of the account from the address hashed as `address_hash`, and
/// forgets this account's addresses not used since `forget_before`.
pub async fn remember_address(
    db: &Db,
    kind: &str,
    account_id: i64,
    address_hash: &str,
    forget_before: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM signin_known_addresses \
         WHERE account_kind = $1 AND account_id = $2 AND last_success < $3",
    )
    .bind(kind)
    .bind(account_id)
    .bind(forget_before)
    .execute(db.writer())
    .await?;
    sqlx::query(
        "INSERT INTO signin_known_addresses (account_kind, account_id, address_hash, last_success) \
         VALUES ($1, $2, $3, $4) \
         ON CONFLICT (account_kind, account_id, address_hash) \
         DO UPDATE SET last_success = excluded.last_success",
    )
    .bind(kind)
    .bind(account_id)
    .bind(address_hash)
    .bind(now_epoch())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// When account `account_id` of `kind` last signed in from each address it is known at
/// (the addresses themselves are kept only as hashes), newest first.
pub async fn known_address_times(
    db: &Db,
    kind: &str,
    account_id: i64,
) -> Result<Vec<i64>, StoreError> {
    let rows = sqlx::query(
        "SELECT last_success FROM signin_known_addresses \
         WHERE account_kind = $1 AND account_id = $2 ORDER BY last_success DESC",
    )
    .bind(kind)
    .bind(account_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok(r.try_get("last_success")?))
        .collect()
}
