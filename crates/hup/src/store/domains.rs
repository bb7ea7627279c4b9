//! A tenant's domains and their DNS proofs (R10, R12). Reads that take a domain a caller sent
//! join on the caller's account, so another tenant's domain is never found.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

#[derive(Clone, Debug)]
pub struct TenantDomain {
    pub id: i64,
    pub tenant_id: i64,
    pub domain: String,
    pub token: String,
    pub verified: bool,
    pub last_checked_at: Option<i64>,
    pub last_reason: Option<String>,
    pub missing_since: Option<i64>,
}

const COLUMNS: &str = "d.id, d.tenant_id, d.domain, d.token, d.verified, d.last_checked_at, \
                       d.last_reason, d.missing_since";

fn from_row(r: &AnyRow) -> Result<TenantDomain, sqlx::Error> {
    let verified: i64 = r.try_get("verified")?;
    Ok(TenantDomain {
        id: r.try_get("id")?,
        tenant_id: r.try_get("tenant_id")?,
        domain: r.try_get("domain")?,
        token: r.try_get("token")?,
        verified: verified != 0,
        last_checked_at: r.try_get("last_checked_at")?,
        last_reason: r.try_get("last_reason")?,
        missing_since: r.try_get("missing_since")?,
    })
}

/// Adds `domain` to the tenant with a new proof token, or returns the row it already has.
pub async fn add(
    db: &Db,
    tenant_id: i64,
    domain: &str,
    token: &str,
    now: i64,
) -> Result<TenantDomain, StoreError> {
    let mut tx = db.begin_write().await?;
    sqlx::query(
        "INSERT INTO tenant_domains (tenant_id, domain, token, created_at) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (tenant_id, domain) DO NOTHING",
    )
    .bind(tenant_id)
    .bind(domain)
    .bind(token)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let sql =
        format!("SELECT {COLUMNS} FROM tenant_domains d WHERE d.tenant_id = $1 AND d.domain = $2");
    let row = sqlx::query(&sql)
        .bind(tenant_id)
        .bind(domain)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(from_row(&row)?)
}

/// The domain `domain` of tenant `tenant_id`, as seen by the account `admin_id`.
pub async fn for_member(
    db: &Db,
    admin_id: i64,
    tenant_id: i64,
    domain: &str,
) -> Result<Option<TenantDomain>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenant_domains d JOIN admins a ON a.tenant_id = d.tenant_id \
         WHERE a.id = $1 AND d.tenant_id = $2 AND d.domain = $3 AND a.confirmed_at IS NOT NULL \
         AND a.approved_at IS NOT NULL"
    );
    let row = sqlx::query(&sql)
        .bind(admin_id)
        .bind(tenant_id)
        .bind(domain)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// All domains of tenant `tenant_id`, as seen by the account `admin_id`.
pub async fn list_for_member(
    db: &Db,
    admin_id: i64,
    tenant_id: i64,
) -> Result<Vec<TenantDomain>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenant_domains d JOIN admins a ON a.tenant_id = d.tenant_id \
         WHERE a.id = $1 AND d.tenant_id = $2 AND a.confirmed_at IS NOT NULL \
         AND a.approved_at IS NOT NULL ORDER BY d.domain"
    );
    let rows = sqlx::query(&sql)
        .bind(admin_id)
        .bind(tenant_id)
        .fetch_all(db.pool())
        .await?;
    Ok(rows.iter().map(from_row).collect::<Result<_, _>>()?)
}

/// The verified domains of a tenant (ASCII), for matching contact addresses.
pub async fn verified_of_tenant(db: &Db, tenant_id: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT domain FROM tenant_domains WHERE tenant_id = $1 AND verified = 1 ORDER BY domain",
    )
    .bind(tenant_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| r.try_get("domain"))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// The managed tenant other than `tenant_id` that holds `domain` verified.
pub async fn verified_elsewhere(
    tx: &mut Tx,
    domain: &str,
    tenant_id: i64,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT id FROM tenant_domains WHERE domain = $1 AND verified = 1 AND tenant_id <> $2",
    )
    .bind(domain)
    .bind(tenant_id)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.is_some())
}

pub async fn mark_verified(
    tx: &mut Tx,
    domain_id: i64,
    admin_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tenant_domains SET verified = 1, verified_at = $1, verified_by = $2, \
         last_checked_at = $1, last_reason = NULL, missing_since = NULL WHERE id = $3",
    )
    .bind(now)
    .bind(admin_id)
    .bind(domain_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records a look-up that did not prove the domain (the domain stays as it was).
pub async fn mark_pending_check(
    db: &Db,
    domain_id: i64,
    reason: &str,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE tenant_domains SET last_checked_at = $1, last_reason = $2 WHERE id = $3")
        .bind(now)
        .bind(reason)
        .bind(domain_id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Verified domains not looked at since `checked_before`, for the daily re-check.
pub async fn due_for_recheck(
    db: &Db,
    checked_before: i64,
) -> Result<Vec<TenantDomain>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenant_domains d \
         WHERE d.verified = 1 AND (d.last_checked_at IS NULL OR d.last_checked_at <= $1) \
         ORDER BY d.id"
    );
    let rows = sqlx::query(&sql)
        .bind(checked_before)
        .fetch_all(db.pool())
        .await?;
    Ok(rows.iter().map(from_row).collect::<Result<_, _>>()?)
}

/// A re-check found the record: the domain is no longer missing.
pub async fn recheck_found(db: &Db, domain_id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tenant_domains SET last_checked_at = $1, last_reason = NULL, missing_since = NULL \
         WHERE id = $2",
    )
    .bind(now)
    .bind(domain_id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// A re-check missed the record: remembers since when it has been missing.
pub async fn recheck_missing(
    db: &Db,
    domain_id: i64,
    reason: &str,
    now: i64,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "UPDATE tenant_domains SET last_checked_at = $1, last_reason = $2, \
         missing_since = COALESCE(missing_since, $1) WHERE id = $3 RETURNING missing_since",
    )
    .bind(now)
    .bind(reason)
    .bind(domain_id)
    .fetch_one(db.writer())
    .await?;
    Ok(row.try_get("missing_since")?)
}

/// The record has been gone too long: the domain is no longer proven. False when another
/// process got there first (so only one of them mails the admins).
pub async fn unverify(tx: &mut Tx, domain_id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE tenant_domains SET verified = 0, verified_at = NULL, missing_since = NULL \
         WHERE id = $1 AND verified = 1",
    )
    .bind(domain_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes the domain `domain_id` of `tenant_id`; `false` when there is no such row.
pub async fn remove(tx: &mut Tx, tenant_id: i64, domain_id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM tenant_domains WHERE id = $1 AND tenant_id = $2")
        .bind(domain_id)
        .bind(tenant_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// How many verified domains the tenant has, within `tx`.
pub async fn verified_count_tx(tx: &mut Tx, tenant_id: i64) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM tenant_domains WHERE tenant_id = $1 AND verified = 1",
    )
    .bind(tenant_id)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("n")?)
}

/// A domain already proven (the demo data set, whose domains are not in any real DNS).
pub async fn insert_verified(
    tx: &mut Tx,
    tenant_id: i64,
    domain: &str,
    token: &str,
    admin_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO tenant_domains \
           (tenant_id, domain, token, verified, verified_at, verified_by, last_checked_at, created_at) \
         VALUES ($1, $2, $3, 1, $4, $5, $4, $4)",
    )
    .bind(tenant_id)
    .bind(domain)
    .bind(token)
    .bind(now)
    .bind(admin_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
