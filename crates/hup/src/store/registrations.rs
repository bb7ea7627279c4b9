//! Registrations of work addresses and the claims they yield (steps 1 and 2 of the employee
//! journey). Tokens arrive here already hashed.

use sqlx::Row;

use super::{Backend, Db, StoreError, Tx};

pub struct NewRegistration<'a> {
    pub tenant_id: i64,
    pub work_email: &'a str,
    pub mailbox: &'a str,
    pub token_hash: &'a str,
    pub locale: &'a str,
    pub now: i64,
    pub expires_at: i64,
}

/// Records registrations in one statement (the group commit of `employees::registrations`).
/// Older ones of the same mailbox stop working, because only the newest of a mailbox can be
/// confirmed ([`take_registration`]).
pub async fn insert_registrations(
    tx: &mut Tx,
    backend: Backend,
    rows: &[NewRegistration<'_>],
) -> Result<(), StoreError> {
    let insert = super::InsertRows {
        head: "INSERT INTO registrations \
               (tenant_id, work_email, mailbox, token_hash, locale, created_at, expires_at) \
               VALUES ",
        columns: 7,
        tail: "",
    };
    super::insert_rows(tx, backend, insert, rows, |query, r| {
        query
            .bind(r.tenant_id)
            .bind(r.work_email)
            .bind(r.mailbox)
            .bind(r.token_hash)
            .bind(r.locale)
            .bind(r.now)
            .bind(r.expires_at)
    })
    .await
}

/// A registration whose link was just used.
#[derive(Clone, Debug)]
pub struct ConfirmedRegistration {
    pub id: i64,
    pub tenant_id: i64,
    pub work_email: String,
    pub mailbox: String,
}

/// Uses the confirmation link whose hash is `token_hash`: only once, only before it expires,
/// only while no newer registration of the mailbox exists.
pub async fn take_registration(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<ConfirmedRegistration>, StoreError> {
    let row = sqlx::query(
        "UPDATE registrations SET confirmed_at = $2 \
         WHERE token_hash = $1 AND confirmed_at IS NULL AND expires_at >= $2 \
           AND NOT EXISTS (SELECT 1 FROM registrations newer \
                           WHERE newer.mailbox = registrations.mailbox \
                             AND newer.id > registrations.id) \
         RETURNING id, tenant_id, work_email, mailbox",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    match row {
        Some(r) => Ok(Some(ConfirmedRegistration {
            id: r.try_get("id")?,
            tenant_id: r.try_get("tenant_id")?,
            work_email: r.try_get("work_email")?,
            mailbox: r.try_get("mailbox")?,
        })),
        None => Ok(None),
    }
}

pub async fn insert_claim(
    tx: &mut Tx,
    token_hash: &str,
    reg: &ConfirmedRegistration,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO claims \
         (token_hash, registration_id, tenant_id, work_email, mailbox, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(token_hash)
    .bind(reg.id)
    .bind(reg.tenant_id)
    .bind(&reg.work_email)
    .bind(&reg.mailbox)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// A claim being bound.
#[derive(Clone, Debug)]
pub struct Claim {
    pub tenant_id: i64,
    pub work_email: String,
    pub mailbox: String,
}

/// Uses the claim whose hash is `token_hash`: once, before it expires.
pub async fn take_claim(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<Claim>, StoreError> {
    let row = sqlx::query(
        "UPDATE claims SET bound_at = $2 \
         WHERE token_hash = $1 AND bound_at IS NULL AND expires_at >= $2 \
         RETURNING tenant_id, work_email, mailbox",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    match row {
        Some(r) => Ok(Some(Claim {
            tenant_id: r.try_get("tenant_id")?,
            work_email: r.try_get("work_email")?,
            mailbox: r.try_get("mailbox")?,
        })),
        None => Ok(None),
    }
}

/// The work address of a claim that can still be bound.
pub async fn open_claim_address(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query(
        "SELECT work_email FROM claims WHERE token_hash = $1 AND bound_at IS NULL AND expires_at >= $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("work_email")?),
        None => None,
    })
}
