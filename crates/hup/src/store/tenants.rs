//! Tenants: an organization's directory. Every query that takes a tenant id a caller sent also
//! takes the caller's account id and joins on it, so a forgotten check cannot leak another
//! tenant's row: the row simply is not found.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::admins::Role;
use super::{Db, StoreError, Tx};

#[derive(Clone, Debug)]
pub struct Tenant {
    pub id: i64,
    pub home_domain: String,
    pub managed: bool,
    pub hup_enabled: bool,
    pub terms_accepted_by: Option<i64>,
    pub terms_accepted_at: Option<i64>,
    /// The version of the program terms accepted (issue 12); `None` for an acceptance from
    /// before versions were recorded.
    pub terms_version: Option<String>,
    /// The accepting admin's work address, kept when the account goes.
    pub terms_accepted_email: Option<String>,
}

const COLUMNS: &str = "t.id, t.home_domain, t.managed, t.hup_enabled, t.terms_accepted_by, \
     t.terms_accepted_at, t.terms_version, t.terms_accepted_email";

fn from_row(r: &AnyRow) -> Result<Tenant, sqlx::Error> {
    let managed: i64 = r.try_get("managed")?;
    let enabled: i64 = r.try_get("hup_enabled")?;
    Ok(Tenant {
        id: r.try_get("id")?,
        home_domain: r.try_get("home_domain")?,
        managed: managed != 0,
        hup_enabled: enabled != 0,
        terms_accepted_by: r.try_get("terms_accepted_by")?,
        terms_accepted_at: r.try_get("terms_accepted_at")?,
        terms_version: r.try_get("terms_version")?,
        terms_accepted_email: r.try_get("terms_accepted_email")?,
    })
}

/// The tenant `tenant_id` as seen by the confirmed account `admin_id`, with the account's role
/// there and whether it is approved; `None` when the account does not belong to it.
pub async fn for_member(
    db: &Db,
    admin_id: i64,
    tenant_id: i64,
) -> Result<Option<(Tenant, Role, bool)>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS}, a.role, a.approved_at FROM tenants t JOIN admins a ON a.tenant_id = t.id \
         WHERE a.id = $1 AND t.id = $2 AND a.confirmed_at IS NOT NULL"
    );
    let row = sqlx::query(&sql)
        .bind(admin_id)
        .bind(tenant_id)
        .fetch_optional(db.pool())
        .await?;
    match row {
        Some(r) => {
            let role: String = r.try_get("role")?;
            let approved_at: Option<i64> = r.try_get("approved_at")?;
            Ok(Some((
                from_row(&r)?,
                Role::parse(&role),
                approved_at.is_some(),
            )))
        }
        None => Ok(None),
    }
}

/// The unmanaged tenant created for `domain`, if any.
pub async fn unmanaged_for_home(tx: &mut Tx, domain: &str) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query("SELECT id FROM tenants WHERE home_domain = $1 AND managed = 0")
        .bind(domain)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

/// Creates the unmanaged tenant of `home_domain`, its benefit off until an admin accepts the
/// program terms (issue 12); `None` when a concurrent sign-up created it first (the caller then
/// joins that one).
pub async fn create_unmanaged(
    tx: &mut Tx,
    home_domain: &str,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "INSERT INTO tenants (home_domain, managed, hup_enabled, created_at) \
         VALUES ($1, 0, 0, $2) \
         ON CONFLICT (home_domain) WHERE managed = 0 DO NOTHING RETURNING id",
    )
    .bind(home_domain)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| r.try_get("id")).transpose()?)
}

/// Unmanaged tenants other than `except` whose home domain lies under `domain`, as
/// `(id, home_domain)` candidates; the caller confirms each label by label.
pub async fn unmanaged_under(
    tx: &mut Tx,
    domain: &str,
    except: i64,
) -> Result<Vec<(i64, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, home_domain FROM tenants \
         WHERE managed = 0 AND id <> $1 AND (home_domain = $2 OR home_domain LIKE $3)",
    )
    .bind(except)
    .bind(domain)
    .bind(format!("%.{domain}"))
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("home_domain")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// Takeover (R12): the accounts of the unmanaged tenant `from` join `into` as members waiting
/// for approval (issue 12), and the unmanaged tenant goes.
pub async fn absorb_unmanaged(tx: &mut Tx, from: i64, into: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE admins SET tenant_id = $1, role = 'member', approved_at = NULL \
         WHERE tenant_id = $2",
    )
    .bind(into)
    .bind(from)
    .execute(&mut **tx)
    .await?;
    sqlx::query("DELETE FROM tenant_domains WHERE tenant_id = $1")
        .bind(from)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM customer_connections WHERE tenant_id = $1")
        .bind(from)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM tenants WHERE id = $1 AND managed = 0")
        .bind(from)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// A proof made the tenant managed: the prover is an admin, and every account that proved no
/// domain of the tenant loses any admin role. When the tenant was unmanaged until now, every
/// account but the prover's waits for the prover's approval (issue 12): while unmanaged,
/// anyone at the domain could join, and that must not open the licensing details to them.
pub async fn make_managed(tx: &mut Tx, tenant_id: i64, prover: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE admins SET approved_at = NULL \
         WHERE tenant_id = $1 AND id <> $2 \
           AND EXISTS (SELECT 1 FROM tenants WHERE id = $1 AND managed = 0)",
    )
    .bind(tenant_id)
    .bind(prover)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE tenants SET managed = 1 WHERE id = $1")
        .bind(tenant_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE admins SET role = 'admin' WHERE id = $1 AND tenant_id = $2")
        .bind(prover)
        .bind(tenant_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "UPDATE admins SET role = 'member' \
         WHERE tenant_id = $1 AND role = 'admin' AND id NOT IN \
           (SELECT verified_by FROM tenant_domains \
            WHERE tenant_id = $1 AND verified = 1 AND verified_by IS NOT NULL)",
    )
    .bind(tenant_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Who switches the benefit on, accepting which version of the program terms (issue 12).
#[derive(Clone, Copy, Debug)]
pub struct Acceptance<'a> {
    pub admin_id: i64,
    pub admin_email: &'a str,
    pub terms_version: &'a str,
}

/// Switches the benefit on, recording who accepted which version of the program terms, and
/// when.
pub async fn switch_on(
    db: &Db,
    tenant_id: i64,
    acceptance: Acceptance<'_>,
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    switch_on_tx(&mut tx, tenant_id, acceptance, now).await?;
    tx.commit().await?;
    Ok(())
}

/// [`switch_on`] inside a transaction (the demo's seed).
pub async fn switch_on_tx(
    tx: &mut Tx,
    tenant_id: i64,
    acceptance: Acceptance<'_>,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tenants SET hup_enabled = 1, hup_changed_by = $1, hup_changed_at = $2, \
         terms_accepted_by = $1, terms_accepted_at = $2, terms_version = $3, \
         terms_accepted_email = $4 WHERE id = $5",
    )
    .bind(acceptance.admin_id)
    .bind(now)
    .bind(acceptance.terms_version)
    .bind(acceptance.admin_email)
    .bind(tenant_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Switches the benefit off; the record of the terms accepted stays.
pub async fn switch_off(
    db: &Db,
    tenant_id: i64,
    admin_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE tenants SET hup_enabled = 0, hup_changed_by = $1, hup_changed_at = $2 WHERE id = $3",
    )
    .bind(admin_id)
    .bind(now)
    .bind(tenant_id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// The tenant a domain's addresses belong to: the one that verified the most specific of
/// `chain` (a domain and its parents, most specific first; see `Domain::parent_chain`).
pub async fn verified_owner(db: &Db, chain: &[String]) -> Result<Option<i64>, StoreError> {
    verified_owner_on(db.pool(), chain).await
}

/// [`verified_owner`] inside a transaction.
pub async fn verified_owner_tx(tx: &mut Tx, chain: &[String]) -> Result<Option<i64>, StoreError> {
    verified_owner_on(&mut **tx, chain).await
}

/// One query for the whole chain: of a domain and its parents the longest is the most specific.
async fn verified_owner_on<'e, E>(executor: E, chain: &[String]) -> Result<Option<i64>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    if chain.is_empty() {
        return Ok(None);
    }
    let placeholders: Vec<String> = (1..=chain.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT tenant_id FROM tenant_domains WHERE verified = 1 AND domain IN ({}) \
         ORDER BY LENGTH(domain) DESC LIMIT 1",
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for domain in chain {
        query = query.bind(domain);
    }
    let row = query.fetch_optional(executor).await?;
    Ok(row.map(|r| r.try_get("tenant_id")).transpose()?)
}

/// A tenant by id, unscoped: only for server-side decisions (whose benefit an employee's
/// address falls under), never with an id a caller sent.
pub async fn by_id(db: &Db, tenant_id: i64) -> Result<Option<Tenant>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM tenants t WHERE t.id = $1");
    let row = sqlx::query(&sql)
        .bind(tenant_id)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// A tenant as the operator lists it.
#[derive(Clone, Debug)]
pub struct TenantListing {
    pub tenant: Tenant,
    /// Verified domains, sorted.
    pub verified_domains: Vec<String>,
}

/// Every tenant, or those with a verified domain equal to `domain`; for the operator only.
pub async fn list(db: &Db, domain: Option<&str>) -> Result<Vec<TenantListing>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS}, d.domain AS domain FROM tenants t \
         LEFT JOIN tenant_domains d ON d.tenant_id = t.id AND d.verified = 1 \
         WHERE $1 = '' OR t.id IN (SELECT tenant_id FROM tenant_domains WHERE domain = $1 AND verified = 1) \
         ORDER BY t.id, d.domain"
    );
    let rows = sqlx::query(&sql)
        .bind(domain.unwrap_or(""))
        .fetch_all(db.pool())
        .await?;
    let mut listings: Vec<TenantListing> = Vec::new();
    for row in &rows {
        let tenant = from_row(row)?;
        let domain: Option<String> = row.try_get("domain")?;
        match listings.last_mut() {
            Some(last) if last.tenant.id == tenant.id => last.verified_domains.extend(domain),
            _ => listings.push(TenantListing {
                tenant,
                verified_domains: domain.into_iter().collect(),
            }),
        }
    }
    Ok(listings)
}
