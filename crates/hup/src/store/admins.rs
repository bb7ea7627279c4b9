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
}

const COLUMNS: &str = "id, email, domain, password_hash, locale, tenant_id, role, confirmed_at";

fn from_row(r: &AnyRow) -> Result<AdminAccount, sqlx::Error> {
    let role: String = r.try_get("role")?;
    let confirmed_at: Option<i64> = r.try_get("confirmed_at")?;
    Ok(AdminAccount {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        domain: r.try_get("domain")?,
        password_hash: r.try_get("password_hash")?,
        locale: r.try_get("locale")?,
        tenant_id: r.try_get("tenant_id")?,
        role: Role::parse(&role),
        confirmed: confirmed_at.is_some(),
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

/// Confirms the account into `tenant_id` with `role`.
pub async fn confirm_into(
    tx: &mut Tx,
    admin_id: i64,
    tenant_id: i64,
    role: Role,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE admins SET tenant_id = $1, role = $2, confirmed_at = $3 WHERE id = $4")
        .bind(tenant_id)
        .bind(role.code())
        .bind(now)
        .bind(admin_id)
        .execute(&mut **tx)
        .await?;
    Ok(())
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
