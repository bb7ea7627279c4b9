//! Registrations of work addresses and the claims they yield (steps 1 and 2 of the employee
//! journey). Tokens arrive here already hashed.

use sqlx::Row;

use super::{Backend, Db, StoreError, Tx};

pub struct NewRegistration<'a> {
    pub tenant_id: i64,
    pub work_email: &'a str,
    pub mailbox: &'a str,
    pub token_hash: &'a str,
    /// The hash of the registering browser's pending-registration token.
    pub browser_hash: &'a str,
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
               (tenant_id, work_email, mailbox, token_hash, browser_hash, locale, created_at, \
                expires_at) VALUES ",
        columns: 8,
        tail: "",
    };
    super::insert_rows(tx, backend, insert, rows, |query, r| {
        query
            .bind(r.tenant_id)
            .bind(r.work_email)
            .bind(r.mailbox)
            .bind(r.token_hash)
            .bind(r.browser_hash)
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

/// The hash of the open claim (not bound, not expired) of the newest confirmed registration
/// made by the browser whose pending-registration token hashes to `browser_hash`.
pub async fn open_claim_of_browser(
    db: &Db,
    browser_hash: &str,
    now: i64,
) -> Result<Option<(String, String)>, StoreError> {
    let row = sqlx::query(
        "SELECT c.token_hash, c.work_email FROM claims c \
         JOIN registrations r ON r.id = c.registration_id \
         WHERE r.browser_hash = $1 AND c.bound_at IS NULL AND c.expires_at >= $2 \
         ORDER BY c.created_at DESC, r.id DESC LIMIT 1",
    )
    .bind(browser_hash)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some(r) => Ok(Some((r.try_get("token_hash")?, r.try_get("work_email")?))),
        None => Ok(None),
    }
}

/// What a mailed confirmation link's token is now, read only (a GET must change nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// It can be used.
    Open,
    /// It was used already.
    Used,
    /// Unknown, expired, or replaced by a newer registration of the mailbox.
    Invalid,
}

/// The state of the registration link whose hash is `token_hash`.
pub async fn registration_link_state(
    db: &Db,
    token_hash: &str,
    now: i64,
) -> Result<LinkState, StoreError> {
    let row = sqlx::query(
        "SELECT r.id, r.confirmed_at, r.expires_at, \
                (SELECT MAX(n.id) FROM registrations n WHERE n.mailbox = r.mailbox) AS newest \
         FROM registrations r WHERE r.token_hash = $1",
    )
    .bind(token_hash)
    .fetch_optional(db.pool())
    .await?;
    let Some(r) = row else {
        return Ok(LinkState::Invalid);
    };
    let id: i64 = r.try_get("id")?;
    let confirmed: Option<i64> = r.try_get("confirmed_at")?;
    let expires_at: i64 = r.try_get("expires_at")?;
    let newest: Option<i64> = r.try_get("newest")?;
    let replaced = newest.is_some_and(|n| n > id);
    Ok(if confirmed.is_some() {
        LinkState::Used
    } else if expires_at < now || replaced {
        LinkState::Invalid
    } else {
        LinkState::Open
    })
}

/// The work address of the claim whose hash is `token_hash`, bound or not.
pub async fn claim_work_email(db: &Db, token_hash: &str) -> Result<Option<String>, StoreError> {
    let row = sqlx::query("SELECT work_email FROM claims WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(db.pool())
        .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("work_email")?),
        None => None,
    })
}

/// One registration of a work address, for its owner's export.
#[derive(Clone, Debug)]
pub struct RegistrationRecord {
    pub tenant_id: i64,
    pub work_email: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub confirmed_at: Option<i64>,
}

/// The registrations of `mailbox`, newest first.
pub async fn of_mailbox(db: &Db, mailbox: &str) -> Result<Vec<RegistrationRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT tenant_id, work_email, created_at, expires_at, confirmed_at FROM registrations \
         WHERE mailbox = $1 ORDER BY id DESC",
    )
    .bind(mailbox)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(RegistrationRecord {
                tenant_id: r.try_get("tenant_id")?,
                work_email: r.try_get("work_email")?,
                created_at: r.try_get("created_at")?,
                expires_at: r.try_get("expires_at")?,
                confirmed_at: r.try_get("confirmed_at")?,
            })
        })
        .collect()
}
