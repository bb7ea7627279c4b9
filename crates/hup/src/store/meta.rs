//! Facts about the installation itself.

use super::{StoreError, Tx};

/// Records `key` once; returns false when it was already there. Lets a one-time step (the
/// demo data) run idempotently even when two processes start at once.
pub async fn insert_once(tx: &mut Tx, key: &str, value: &str) -> Result<bool, StoreError> {
    let done =
        sqlx::query("INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING")
            .bind(key)
            .bind(value)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() == 1)
}
