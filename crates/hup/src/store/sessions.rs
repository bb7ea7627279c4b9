//! Sessions of admins and employees: a token the holder keeps (cookie or bearer), of which the
//! database keeps only the hash. The two kinds never open each other's doors.
//!
//! A session that ends (sign-out, a password change or reset) is marked `ended_at`, not
//! deleted: with the expired ones it is the account's sign-in history (the export shows it,
//! issue 16) until the retention job (`store::retention`) deletes it.

use sqlx::Row;

use super::{now_epoch, Db, StoreError, Tx};
use crate::token::{self, Token};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SessionKind {
    Admin,
    Employee,
    /// The vendor's program team (issue 15).
    Operator,
}

impl SessionKind {
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Admin => "admin",
            SessionKind::Employee => "employee",
            SessionKind::Operator => "operator",
        }
    }
}

/// Starts a session for `subject_id` that lasts `ttl_seconds`; the token goes to the holder.
pub async fn create(
    db: &Db,
    kind: SessionKind,
    subject_id: i64,
    ttl_seconds: i64,
) -> Result<Token, StoreError> {
    let token = Token::generate();
    let now = now_epoch();
    sqlx::query(
        "INSERT INTO sessions (token_hash, kind, subject_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token.hash())
    .bind(kind.code())
    .bind(subject_id)
    .bind(now)
    .bind(now + ttl_seconds)
    .execute(db.writer())
    .await?;
    Ok(token)
}

/// The subject of a live session of `kind` whose token is `presented`.
pub async fn subject(
    db: &Db,
    kind: SessionKind,
    presented: &str,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "SELECT subject_id FROM sessions \
         WHERE token_hash = $1 AND kind = $2 AND expires_at >= $3 AND ended_at IS NULL",
    )
    .bind(token::hash(presented))
    .bind(kind.code())
    .bind(now_epoch())
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("subject_id")?),
        None => None,
    })
}

/// Ends the session whose token is `presented` (signing out).
pub async fn end(db: &Db, kind: SessionKind, presented: &str) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE sessions SET ended_at = $3 \
         WHERE token_hash = $1 AND kind = $2 AND ended_at IS NULL",
    )
    .bind(token::hash(presented))
    .bind(kind.code())
    .bind(now_epoch())
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Ends every session of an employee (after a password reset).
pub async fn end_employee_sessions(tx: &mut Tx, employee_id: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE sessions SET ended_at = $2 \
         WHERE kind = 'employee' AND subject_id = $1 AND ended_at IS NULL",
    )
    .bind(employee_id)
    .bind(now_epoch())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Ends every session of an employee but the one whose token is `keep`.
pub async fn end_other_employee_sessions(
    tx: &mut Tx,
    employee_id: i64,
    keep: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE sessions SET ended_at = $3 \
         WHERE kind = 'employee' AND subject_id = $1 AND token_hash <> $2 AND ended_at IS NULL",
    )
    .bind(employee_id)
    .bind(token::hash(keep))
    .bind(now_epoch())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// One sign-in of an account, for its export: when it started, until when it would last, and
/// when it ended if it did.
#[derive(Clone, Debug)]
pub struct SignInRecord {
    pub started_at: i64,
    pub expires_at: i64,
    pub ended_at: Option<i64>,
}

/// The sessions of employee `employee_id` the database still holds, newest first.
pub async fn of_employee(db: &Db, employee_id: i64) -> Result<Vec<SignInRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT created_at, expires_at, ended_at FROM sessions \
         WHERE kind = 'employee' AND subject_id = $1 ORDER BY created_at DESC",
    )
    .bind(employee_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(SignInRecord {
                started_at: r.try_get("created_at")?,
                expires_at: r.try_get("expires_at")?,
                ended_at: r.try_get("ended_at")?,
            })
        })
        .collect()
}
