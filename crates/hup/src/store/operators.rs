//! Operator accounts (issue 15) and their one-time setup links.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OperatorAccount {
    pub id: i64,
    pub email: String,
    /// `None` until the setup link was used.
    pub password_hash: Option<String>,
    pub created_at: i64,
    pub set_up_at: Option<i64>,
}

const COLUMNS: &str = "id, email, password_hash, created_at, set_up_at";

fn from_row(r: &AnyRow) -> Result<OperatorAccount, sqlx::Error> {
    Ok(OperatorAccount {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        password_hash: r.try_get("password_hash")?,
        created_at: r.try_get("created_at")?,
        set_up_at: r.try_get("set_up_at")?,
    })
}

/// Adds an account that has no password yet; `None` when the address has one already.
pub async fn insert(tx: &mut Tx, email: &str, now: i64) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "INSERT INTO operators (email, created_at) VALUES ($1, $2) \
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("id")?),
        None => None,
    })
}

pub async fn by_email(db: &Db, email: &str) -> Result<Option<OperatorAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM operators WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

pub async fn by_email_tx(tx: &mut Tx, email: &str) -> Result<Option<OperatorAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM operators WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<OperatorAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM operators WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

pub async fn all(db: &Db) -> Result<Vec<OperatorAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM operators ORDER BY email");
    let rows = sqlx::query(&sql).fetch_all(db.pool()).await?;
    rows.iter()
        .map(from_row)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Removes the account, its links and sessions; whether it existed.
pub async fn delete(tx: &mut Tx, id: i64) -> Result<bool, StoreError> {
    sqlx::query("DELETE FROM sessions WHERE kind = 'operator' AND subject_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    let done = sqlx::query("DELETE FROM operators WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Ends every session of an operator (a reset second factor, a new password).
pub async fn end_sessions(tx: &mut Tx, id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE kind = 'operator' AND subject_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A new setup link replaces any earlier one of the account.
pub async fn replace_setup_link(
    tx: &mut Tx,
    id: i64,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM operator_setup_links WHERE operator_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO operator_setup_links (token_hash, operator_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(id)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The account a live setup link belongs to, without using it up (showing the form).
pub async fn by_setup_link(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<OperatorAccount>, StoreError> {
    let sql = format!(
        "SELECT o.{} FROM operators o JOIN operator_setup_links l ON l.operator_id = o.id \
         WHERE l.token_hash = $1 AND l.expires_at >= $2",
        COLUMNS.replace(", ", ", o.")
    );
    let row = sqlx::query(&sql)
        .bind(token_hash)
        .bind(now)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// Uses a live setup link up: the account it belonged to, or `None`.
pub async fn take_setup_link(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "DELETE FROM operator_setup_links WHERE token_hash = $1 AND expires_at >= $2 \
         RETURNING operator_id",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("operator_id")?),
        None => None,
    })
}

pub async fn set_password(
    tx: &mut Tx,
    id: i64,
    password_hash: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE operators SET password_hash = $1, set_up_at = $2 WHERE id = $3")
        .bind(password_hash)
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}
