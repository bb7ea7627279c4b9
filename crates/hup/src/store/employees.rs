//! The employee journey's rows: registrations of work addresses and the claims they yield,
//! personal accounts with their mailed links, eligibility grants. Tokens arrive here already
//! hashed.

use sqlx::any::AnyRow;
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
    if rows.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "INSERT INTO registrations \
         (tenant_id, work_email, mailbox, token_hash, locale, created_at, expires_at) VALUES ",
    );
    super::push_values(&mut sql, rows.len(), 7, backend);
    let mut query = sqlx::query(&sql);
    for r in rows {
        query = query
            .bind(r.tenant_id)
            .bind(r.work_email)
            .bind(r.mailbox)
            .bind(r.token_hash)
            .bind(r.locale)
            .bind(r.now)
            .bind(r.expires_at);
    }
    query.execute(&mut **tx).await?;
    Ok(())
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
