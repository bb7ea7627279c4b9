//! Eligibility grants: a confirmed work address bound to a personal account (step 3), and
//! the enrollment a tenant's HUP tab counts.

use sqlx::Row;

use super::registrations::Claim;
use super::{Backend, Db, StoreError, Tx};

/// An eligibility grant.
#[derive(Clone, Debug)]
pub struct Grant {
    pub tenant_id: i64,
    pub work_email: String,
    pub granted_at: i64,
    pub expires_at: i64,
}

/// Binds a work address to an account: whatever grant the mailbox or the account held ends,
/// so a work address belongs to one account at a time and an account holds one grant.
pub async fn bind_grant(
    tx: &mut Tx,
    employee_id: i64,
    claim: &Claim,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE grants SET ended_at = $3 \
         WHERE ended_at IS NULL AND (mailbox = $1 OR employee_id = $2)",
    )
    .bind(&claim.mailbox)
    .bind(employee_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    sqlx::query(
        "INSERT INTO grants (employee_id, tenant_id, work_email, mailbox, granted_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(employee_id)
    .bind(claim.tenant_id)
    .bind(&claim.work_email)
    .bind(&claim.mailbox)
    .bind(now)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The account's grant that has not ended (it may have expired: the caller compares dates).
pub async fn current_grant(db: &Db, employee_id: i64) -> Result<Option<Grant>, StoreError> {
    let row = sqlx::query(
        "SELECT tenant_id, work_email, granted_at, expires_at FROM grants \
         WHERE employee_id = $1 AND ended_at IS NULL",
    )
    .bind(employee_id)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some(r) => Ok(Some(Grant {
            tenant_id: r.try_get("tenant_id")?,
            work_email: r.try_get("work_email")?,
            granted_at: r.try_get("granted_at")?,
            expires_at: r.try_get("expires_at")?,
        })),
        None => Ok(None),
    }
}

/// Enrollment of a tenant as counts only (R20): mailboxes that registered, that confirmed,
/// and accounts holding a grant that has neither ended nor expired.
pub async fn enrollment_counts(
    db: &Db,
    tenant_id: i64,
    now: i64,
) -> Result<(i64, i64, i64), StoreError> {
    let row = sqlx::query(
        "SELECT \
           (SELECT COUNT(DISTINCT mailbox) FROM registrations WHERE tenant_id = $1) AS registered, \
           (SELECT COUNT(DISTINCT mailbox) FROM registrations \
              WHERE tenant_id = $1 AND confirmed_at IS NOT NULL) AS confirmed, \
           (SELECT COUNT(*) FROM grants \
              WHERE tenant_id = $1 AND ended_at IS NULL AND expires_at >= $2) AS bound",
    )
    .bind(tenant_id)
    .bind(now)
    .fetch_one(db.pool())
    .await?;
    Ok((
        row.try_get("registered")?,
        row.try_get("confirmed")?,
        row.try_get("bound")?,
    ))
}

/// One grant an account held, current or ended, for its export.
#[derive(Clone, Debug)]
pub struct GrantRecord {
    pub tenant_id: i64,
    pub work_email: String,
    pub mailbox: String,
    pub granted_at: i64,
    pub expires_at: i64,
    pub ended_at: Option<i64>,
    pub reminded_at: Option<i64>,
}

/// Every grant of account `employee_id`, newest first.
pub async fn of_employee(db: &Db, employee_id: i64) -> Result<Vec<GrantRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT tenant_id, work_email, mailbox, granted_at, expires_at, ended_at, reminded_at \
         FROM grants WHERE employee_id = $1 ORDER BY granted_at DESC, id DESC",
    )
    .bind(employee_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(GrantRecord {
                tenant_id: r.try_get("tenant_id")?,
                work_email: r.try_get("work_email")?,
                mailbox: r.try_get("mailbox")?,
                granted_at: r.try_get("granted_at")?,
                expires_at: r.try_get("expires_at")?,
                ended_at: r.try_get("ended_at")?,
                reminded_at: r.try_get("reminded_at")?,
            })
        })
        .collect()
}

/// A running grant whose end-of-grant reminder was just claimed.
#[derive(Clone, Debug)]
pub struct Reminder {
    pub grant_id: i64,
    pub employee_id: i64,
    pub work_email: String,
    pub expires_at: i64,
}

/// Claims, in the caller's transaction, up to `limit` running grants that expire after `now`
/// and no later than `horizon` and whose employee was not reminded yet: each is marked
/// reminded, so the mail queued in the same transaction goes once, whichever process gets
/// there. On PostgreSQL a grant another process is claiming is skipped; had it waited, the
/// condition `reminded_at IS NULL`, checked again, would exclude it.
pub async fn claim_reminders(
    tx: &mut Tx,
    backend: Backend,
    now: i64,
    horizon: i64,
    limit: i64,
) -> Result<Vec<Reminder>, StoreError> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE grants SET reminded_at = $1 \
         WHERE reminded_at IS NULL AND id IN (SELECT id FROM grants \
             WHERE ended_at IS NULL AND reminded_at IS NULL \
               AND expires_at > $1 AND expires_at <= $2 \
             ORDER BY expires_at LIMIT $3 {lock}) \
         RETURNING id, employee_id, work_email, expires_at"
    );
    let rows = sqlx::query(&sql)
        .bind(now)
        .bind(horizon)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Reminder {
                grant_id: r.try_get("id")?,
                employee_id: r.try_get("employee_id")?,
                work_email: r.try_get("work_email")?,
                expires_at: r.try_get("expires_at")?,
            })
        })
        .collect()
}
