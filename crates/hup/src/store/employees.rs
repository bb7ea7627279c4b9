//! Employees' personal accounts and the links mailed to confirm them or reset their password.
//! Tokens arrive here already hashed.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

// Enrollment counts read registrations and grants; they live with the grants.

/// A personal account.
#[derive(Clone, Debug)]
pub struct Employee {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub country: String,
    pub display_name: Option<String>,
    pub locale: String,
    pub confirmed: bool,
}

const EMPLOYEE_COLUMNS: &str =
    "id, email, password_hash, country, display_name, locale, confirmed_at";

impl Employee {
    /// The language of the account's pages and mail.
    pub fn language(&self) -> crate::i18n::Locale {
        crate::i18n::Locale::parse(&self.locale).unwrap_or_default()
    }
}

fn employee(r: &AnyRow) -> Result<Employee, StoreError> {
    Ok(Employee {
        id: r.try_get("id")?,
        email: r.try_get("email")?,
        password_hash: r.try_get("password_hash")?,
        country: r.try_get("country")?,
        display_name: r.try_get("display_name")?,
        locale: r.try_get("locale")?,
        confirmed: r.try_get::<Option<i64>, _>("confirmed_at")?.is_some(),
    })
}

pub async fn employee_by_email_tx(
    tx: &mut Tx,
    email: &str,
) -> Result<Option<Employee>, StoreError> {
    let sql = format!("SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(employee).transpose()
}

pub async fn employee_by_email(db: &Db, email: &str) -> Result<Option<Employee>, StoreError> {
    let sql = format!("SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE email = $1");
    let row = sqlx::query(&sql)
        .bind(email)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(employee).transpose()
}

pub async fn employee_by_id_tx(tx: &mut Tx, id: i64) -> Result<Option<Employee>, StoreError> {
    let sql = format!("SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(&mut **tx).await?;
    row.as_ref().map(employee).transpose()
}

pub async fn employee_by_id(db: &Db, id: i64) -> Result<Option<Employee>, StoreError> {
    let sql = format!("SELECT {EMPLOYEE_COLUMNS} FROM employees WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    row.as_ref().map(employee).transpose()
}

pub struct NewEmployee<'a> {
    pub email: &'a str,
    pub password_hash: &'a str,
    pub country: &'a str,
    pub display_name: Option<&'a str>,
    pub locale: &'a str,
    pub now: i64,
}

pub async fn insert_employee(tx: &mut Tx, e: &NewEmployee<'_>) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO employees (email, password_hash, country, display_name, locale, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(e.email)
    .bind(e.password_hash)
    .bind(e.country)
    .bind(e.display_name)
    .bind(e.locale)
    .bind(e.now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// A second sign-up of an address nobody confirmed yet starts over with the new details.
pub async fn replace_unconfirmed(
    tx: &mut Tx,
    id: i64,
    e: &NewEmployee<'_>,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE employees SET password_hash = $2, country = $3, display_name = $4, locale = $5 \
         WHERE id = $1 AND confirmed_at IS NULL",
    )
    .bind(id)
    .bind(e.password_hash)
    .bind(e.country)
    .bind(e.display_name)
    .bind(e.locale)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// What a mailed link of an account is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Confirm,
    Reset,
}

impl Purpose {
    fn code(self) -> &'static str {
        match self {
            Purpose::Confirm => "confirm",
            Purpose::Reset => "reset",
        }
    }
}

/// Stores a link's token hash; older links of the same purpose stop working.
pub async fn replace_token(
    tx: &mut Tx,
    employee_id: i64,
    purpose: Purpose,
    token_hash: &str,
    expires_at: i64,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM employee_tokens WHERE employee_id = $1 AND purpose = $2")
        .bind(employee_id)
        .bind(purpose.code())
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO employee_tokens (token_hash, employee_id, purpose, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(token_hash)
    .bind(employee_id)
    .bind(purpose.code())
    .bind(expires_at)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Uses a link: deletes it and returns its account, if it existed for `purpose` and had not
/// expired.
pub async fn take_token(
    tx: &mut Tx,
    purpose: Purpose,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "DELETE FROM employee_tokens WHERE token_hash = $1 AND purpose = $2 \
         RETURNING employee_id, expires_at",
    )
    .bind(token_hash)
    .bind(purpose.code())
    .fetch_optional(&mut **tx)
    .await?;
    match row {
        Some(r) if r.try_get::<i64, _>("expires_at")? >= now => Ok(Some(r.try_get("employee_id")?)),
        _ => Ok(None),
    }
}

/// Whether a link for `purpose` whose hash is `token_hash` can still be used, read only (a GET
/// must change nothing; a used link was deleted).
pub async fn token_is_open(
    db: &Db,
    purpose: Purpose,
    token_hash: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let row = sqlx::query(
        "SELECT expires_at FROM employee_tokens WHERE token_hash = $1 AND purpose = $2",
    )
    .bind(token_hash)
    .bind(purpose.code())
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => r.try_get::<i64, _>("expires_at")? >= now,
        None => false,
    })
}

pub async fn confirm_employee(tx: &mut Tx, id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE employees SET confirmed_at = $2 WHERE id = $1 AND confirmed_at IS NULL")
        .bind(id)
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub async fn set_password(tx: &mut Tx, id: i64, password_hash: &str) -> Result<(), StoreError> {
    sqlx::query("UPDATE employees SET password_hash = $2 WHERE id = $1")
        .bind(id)
        .bind(password_hash)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// The account's display name and country, as the employee changed them.
pub async fn set_profile(
    tx: &mut Tx,
    id: i64,
    display_name: Option<&str>,
    country: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE employees SET display_name = $2, country = $3 WHERE id = $1")
        .bind(id)
        .bind(display_name)
        .bind(country)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// When account `id` was created and confirmed, for its export.
pub async fn account_times(db: &Db, id: i64) -> Result<(i64, Option<i64>), StoreError> {
    let row = sqlx::query("SELECT created_at, confirmed_at FROM employees WHERE id = $1")
        .bind(id)
        .fetch_one(db.pool())
        .await?;
    Ok((row.try_get("created_at")?, row.try_get("confirmed_at")?))
}
