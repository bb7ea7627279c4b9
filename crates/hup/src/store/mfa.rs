//! Second factors of operators and org admins (issue 15): a sealed TOTP secret with its replay
//! guard, and hashed one-time recovery codes. `kind` is the session kind's code, so an admin's
//! and an operator's of the same id never meet.

use sqlx::Row;

use super::{Db, StoreError, Tx};

/// A stored authenticator: the secret as sealed (`secrets::Sealer`) and the newest step used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authenticator {
    pub sealed_secret: String,
    pub last_step: i64,
}

pub async fn authenticator(
    db: &Db,
    kind: &str,
    subject_id: i64,
) -> Result<Option<Authenticator>, StoreError> {
    let row = sqlx::query(
        "SELECT secret, last_step FROM mfa_authenticators WHERE kind = $1 AND subject_id = $2",
    )
    .bind(kind)
    .bind(subject_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => Some(Authenticator {
            sealed_secret: r.try_get("secret")?,
            last_step: r.try_get("last_step")?,
        }),
        None => None,
    })
}

/// Enrols (or replaces) the authenticator and its recovery codes; `last_step` is the step of
/// the code that proved the enrolment, so that code cannot sign in afterwards.
pub async fn enrol(
    tx: &mut Tx,
    kind: &str,
    subject_id: i64,
    sealed_secret: &str,
    last_step: i64,
    code_hashes: &[String],
    now: i64,
) -> Result<(), StoreError> {
    remove(tx, kind, subject_id).await?;
    sqlx::query(
        "INSERT INTO mfa_authenticators (kind, subject_id, secret, last_step, enrolled_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(kind)
    .bind(subject_id)
    .bind(sealed_secret)
    .bind(last_step)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    for hash in code_hashes {
        sqlx::query(
            "INSERT INTO mfa_recovery_codes (kind, subject_id, code_hash) VALUES ($1, $2, $3)",
        )
        .bind(kind)
        .bind(subject_id)
        .bind(hash)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Forgets the authenticator and the recovery codes.
pub async fn remove(tx: &mut Tx, kind: &str, subject_id: i64) -> Result<(), StoreError> {
    for table in ["mfa_authenticators", "mfa_recovery_codes"] {
        sqlx::query(&format!(
            "DELETE FROM {table} WHERE kind = $1 AND subject_id = $2"
        ))
        .bind(kind)
        .bind(subject_id)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Moves the replay guard to `step` unless a concurrent sign-in got there first: whether this
/// caller's code is the one that counts.
pub async fn advance(db: &Db, kind: &str, subject_id: i64, step: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE mfa_authenticators SET last_step = $1 \
         WHERE kind = $2 AND subject_id = $3 AND last_step < $1",
    )
    .bind(step)
    .bind(kind)
    .bind(subject_id)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Uses an unused recovery code up: whether it was one.
pub async fn use_recovery_code(
    db: &Db,
    kind: &str,
    subject_id: i64,
    code_hash: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE mfa_recovery_codes SET used_at = $1 \
         WHERE kind = $2 AND subject_id = $3 AND code_hash = $4 AND used_at IS NULL",
    )
    .bind(now)
    .bind(kind)
    .bind(subject_id)
    .bind(code_hash)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Recovery codes not used yet.
pub async fn recovery_codes_left(db: &Db, kind: &str, subject_id: i64) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM mfa_recovery_codes \
         WHERE kind = $1 AND subject_id = $2 AND used_at IS NULL",
    )
    .bind(kind)
    .bind(subject_id)
    .fetch_one(db.pool())
    .await?;
    Ok(row.try_get("n")?)
}

/// Every sealed secret, for the start-up check and key rotation.
pub async fn sealed_secrets(db: &Db) -> Result<Vec<(String, i64, String)>, StoreError> {
    let rows = sqlx::query("SELECT kind, subject_id, secret FROM mfa_authenticators")
        .fetch_all(db.pool())
        .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get("kind")?,
                r.try_get("subject_id")?,
                r.try_get("secret")?,
            ))
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Replaces a sealed secret with the same one sealed under the new key.
pub async fn reseal(
    tx: &mut Tx,
    kind: &str,
    subject_id: i64,
    sealed_secret: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE mfa_authenticators SET secret = $1 WHERE kind = $2 AND subject_id = $3")
        .bind(sealed_secret)
        .bind(kind)
        .bind(subject_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
