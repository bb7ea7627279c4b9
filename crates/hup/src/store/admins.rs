//! Org admins' work accounts and their confirmation links. An account belongs to a tenant only
//! once its address is confirmed.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

/// Stored as its code; the rules over it are `hup_core::tenancy`'s.
pub use hup_core::tenancy::Role;

#[derive(Clone, Debug)]
pub struct AdminAccount {
    pub id: i64,
    pub email: String,
    pub domain: String,
    pub password_hash: String,
    pub locale: String,
    pub tenant_id: Option<i64>,
    pub role: Role,
    pub confirmed: bool,
    /// Let into its tenant (issue 12): until then the account sees nothing of it.
    pub approved: bool,
}

const COLUMNS: &str =
    "id, email, domain, password_hash, locale, tenant_id, role, confirmed_at, approved_at";

fn from_row(r: &AnyRow) -> Result<AdminAccount, sqlx::Error> {
    let role: String = r.try_get("role")?;
    let confirmed_at: Option<i64> = r.try_get("confirmed_at")?;
    let approved_at: Option<i64> = r.try_get("approved_at")?;
    Ok(AdminAccount {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        domain: r.try_get("domain")?,
        password_hash: r.try_get("password_hash")?,
        locale: r.try_get("locale")?,
        tenant_id: r.try_get("tenant_id")?,
        role: Role::parse(&role),
        confirmed: confirmed_at.is_some(),
        approved: approved_at.is_some(),
    })
}

pub async fn by_email(tx: &mut Tx, email: &str) -> Result<Option<AdminAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM admins WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// A confirmed account by address, for signing in.
pub async fn confirmed_by_email(db: &Db, email: &str) -> Result<Option<AdminAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM admins WHERE email = $1 AND confirmed_at IS NOT NULL");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(db.pool())
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

pub async fn by_id(db: &Db, id: i64) -> Result<Option<AdminAccount>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM admins WHERE id = $1 AND confirmed_at IS NOT NULL");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// A new, unconfirmed account.
pub async fn insert(
    tx: &mut Tx,
    email: &str,
    domain: &str,
    password_hash: &str,
    locale: &str,
    now: i64,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO admins (email, domain, password_hash, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(email)
    .bind(domain)
    .bind(password_hash)
    .bind(locale)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// A repeated sign-up of a still unconfirmed address: the latest password counts.
pub async fn replace_unconfirmed(
    tx: &mut Tx,
    id: i64,
    password_hash: &str,
    locale: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE admins SET password_hash = $1, locale = $2 WHERE id = $3 AND confirmed_at IS NULL",
    )
    .bind(password_hash)
    .bind(locale)
    .bind(id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

pub async fn add_confirmation(
    tx: &mut Tx,
    admin_id: i64,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO admin_confirmations (token_hash, admin_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(token_hash)
    .bind(admin_id)
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The account a live confirmation token belongs to; the token is used up.
pub async fn take_confirmation(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
) -> Result<Option<AdminAccount>, StoreError> {
    let row = sqlx::query(
        "SELECT admin_id FROM admin_confirmations WHERE token_hash = $1 AND expires_at >= $2",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let admin_id: i64 = row.try_get("admin_id")?;
    sqlx::query("DELETE FROM admin_confirmations WHERE admin_id = $1")
        .bind(admin_id)
        .execute(&mut **tx)
        .await?;
    let sql = format!("SELECT {COLUMNS} FROM admins WHERE id = $1");
    let row = sqlx::query(&sql)
        .bind(admin_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.as_ref().map(from_row).transpose()?)
}

/// Confirms the account into `tenant_id` with `role`; `approved` lets it in at once (it created
/// the tenant, or the tenant is unmanaged), otherwise it waits for an admin (issue 12).
pub async fn confirm_into(
    tx: &mut Tx,
    admin_id: i64,
    tenant_id: i64,
    role: Role,
    approved: bool,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE admins SET tenant_id = $1, role = $2, confirmed_at = $3, approved_at = $4 \
         WHERE id = $5",
    )
    .bind(tenant_id)
    .bind(role.code())
    .bind(now)
    .bind(approved.then_some(now))
    .bind(admin_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The confirmed accounts of a tenant, oldest first.
pub async fn of_tenant(db: &Db, tenant_id: i64) -> Result<Vec<AdminAccount>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM admins \
         WHERE tenant_id = $1 AND confirmed_at IS NOT NULL ORDER BY id"
    );
    let rows = sqlx::query(&sql)
        .bind(tenant_id)
        .fetch_all(db.pool())
        .await?;
    Ok(rows.iter().map(from_row).collect::<Result<_, _>>()?)
}

/// The address of the tenant's first approved admin (who proved a domain), whom a waiting
/// account is told to ask.
pub async fn first_admin_address(db: &Db, tenant_id: i64) -> Result<Option<String>, StoreError> {
    let row = sqlx::query(
        "SELECT email FROM admins WHERE tenant_id = $1 AND role = 'admin' \
         AND confirmed_at IS NOT NULL AND approved_at IS NOT NULL ORDER BY id LIMIT 1",
    )
    .bind(tenant_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|r| r.try_get("email")).transpose()?)
}

/// Approves the confirmed account `admin_id` of `tenant_id`; `false` when the tenant has no
/// such account. Approving an approved account keeps its first approval.
pub async fn approve(db: &Db, tenant_id: i64, admin_id: i64, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE admins SET approved_at = COALESCE(approved_at, $1) \
         WHERE id = $2 AND tenant_id = $3 AND confirmed_at IS NOT NULL",
    )
    .bind(now)
    .bind(admin_id)
    .bind(tenant_id)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Removes the account `admin_id` of `tenant_id` with its sessions, its confirmation links
/// and its known sign-in addresses: it is signed out everywhere at once (admin sessions are
/// never cached) and may sign up again, to wait for approval anew. `false` when the tenant
/// has no such account.
pub async fn remove(tx: &mut Tx, tenant_id: i64, admin_id: i64) -> Result<bool, StoreError> {
    let done = sqlx::query("DELETE FROM admins WHERE id = $1 AND tenant_id = $2")
        .bind(admin_id)
        .bind(tenant_id)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() != 1 {
        return Ok(false);
    }
    sqlx::query("DELETE FROM sessions WHERE kind = 'admin' AND subject_id = $1")
        .bind(admin_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM admin_confirmations WHERE admin_id = $1")
        .bind(admin_id)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "DELETE FROM signin_known_addresses WHERE account_kind = 'admin' AND account_id = $1",
    )
    .bind(admin_id)
    .execute(&mut **tx)
    .await?;
    Ok(true)
}

/// The confirmed addresses of a tenant's admins, for mail about the tenant.
pub async fn admin_addresses(
    tx: &mut Tx,
    tenant_id: i64,
) -> Result<Vec<(String, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT email, locale FROM admins \
         WHERE tenant_id = $1 AND role = 'admin' AND confirmed_at IS NOT NULL ORDER BY id",
    )
    .bind(tenant_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("email")?, r.try_get("locale")?)))
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}
