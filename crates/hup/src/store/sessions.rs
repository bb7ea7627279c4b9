//! Sessions of admins and employees: a token the holder keeps (cookie or bearer), of which the
//! database keeps only the hash. The two kinds never open each other's doors.

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
    // Expired sessions of anyone are swept here, so the table does not grow without a job.
    sqlx::query("DELETE FROM sessions WHERE expires_at < $1")
        .bind(now)
        .execute(db.pool())
        .await?;
    sqlx::query(
        "INSERT INTO sessions (token_hash, kind, subject_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(token.hash())
    .bind(kind.code())
    .bind(subject_id)
    .bind(now)
    .bind(now + ttl_seconds)
    .execute(db.pool())
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
        "SELECT subject_id FROM sessions WHERE token_hash = $1 AND kind = $2 AND expires_at >= $3",
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
    sqlx::query("DELETE FROM sessions WHERE token_hash = $1 AND kind = $2")
        .bind(token::hash(presented))
        .bind(kind.code())
        .execute(db.pool())
        .await?;
    Ok(())
}

/// Ends every session of an employee (after a password reset).
pub async fn end_employee_sessions(tx: &mut Tx, employee_id: i64) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM sessions WHERE kind = 'employee' AND subject_id = $1")
        .bind(employee_id)
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
        "DELETE FROM sessions WHERE kind = 'employee' AND subject_id = $1 AND token_hash <> $2",
    )
    .bind(employee_id)
    .bind(token::hash(keep))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
