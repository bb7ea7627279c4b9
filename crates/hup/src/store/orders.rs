//! Employees' orders (R18). Every query names the employee, so an order is only ever read by
//! the one who placed it (R20: there is no query by tenant).

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

#[derive(Clone, Debug)]
pub struct OrderRow {
    pub id: i64,
    pub idempotency_key: String,
    pub product: String,
    pub term: String,
    pub country: String,
    pub currency: String,
    pub list_price_minor: i64,
    pub discount_percent: i64,
    pub price_minor: i64,
    pub status: String,
    pub created_at: i64,
}

const COLUMNS: &str = "id, idempotency_key, product, term, country, currency, list_price_minor, \
                       discount_percent, price_minor, status, created_at";

fn order(r: &AnyRow) -> Result<OrderRow, StoreError> {
    Ok(OrderRow {
        id: r.try_get("id")?,
        idempotency_key: r.try_get("idempotency_key")?,
        product: r.try_get("product")?,
        term: r.try_get("term")?,
        country: r.try_get("country")?,
        currency: r.try_get("currency")?,
        list_price_minor: r.try_get("list_price_minor")?,
        discount_percent: r.try_get("discount_percent")?,
        price_minor: r.try_get("price_minor")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
    })
}

pub struct NewOrder<'a> {
    pub employee_id: i64,
    pub tenant_id: i64,
    pub idempotency_key: &'a str,
    pub product: &'a str,
    pub term: &'a str,
    pub country: &'a str,
    pub currency: &'a str,
    pub list_price_minor: i64,
    pub discount_percent: i64,
    pub price_minor: i64,
    pub status: &'a str,
    pub now: i64,
}

/// Inserts the order unless the employee already used its idempotency key; returns the new
/// order's id, or `None` when the key was taken (by an earlier or a concurrent request).
pub async fn insert(tx: &mut Tx, o: &NewOrder<'_>) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "INSERT INTO orders (employee_id, tenant_id, idempotency_key, product, term, country, \
         currency, list_price_minor, discount_percent, price_minor, status, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
         ON CONFLICT (employee_id, idempotency_key) DO NOTHING RETURNING id",
    )
    .bind(o.employee_id)
    .bind(o.tenant_id)
    .bind(o.idempotency_key)
    .bind(o.product)
    .bind(o.term)
    .bind(o.country)
    .bind(o.currency)
    .bind(o.list_price_minor)
    .bind(o.discount_percent)
    .bind(o.price_minor)
    .bind(o.status)
    .bind(o.now)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("id")?),
        None => None,
    })
}

/// The employee's order made with `key`, if any.
pub async fn by_key(db: &Db, employee_id: i64, key: &str) -> Result<Option<OrderRow>, StoreError> {
    let sql =
        format!("SELECT {COLUMNS} FROM orders WHERE employee_id = $1 AND idempotency_key = $2");
    let row = sqlx::query(&sql)
        .bind(employee_id)
        .bind(key)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(order).transpose()
}

/// Order `id`, when it is the employee's.
pub async fn by_id(db: &Db, employee_id: i64, id: i64) -> Result<Option<OrderRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM orders WHERE employee_id = $1 AND id = $2");
    let row = sqlx::query(&sql)
        .bind(employee_id)
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.as_ref().map(order).transpose()
}

/// The employee's orders, newest first.
pub async fn of_employee(db: &Db, employee_id: i64) -> Result<Vec<OrderRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM orders WHERE employee_id = $1 ORDER BY id DESC");
    let rows = sqlx::query(&sql)
        .bind(employee_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(order).collect()
}

/// Whose order `id` is: for the operator's support look-up only (issue 15, R23), which then
/// reads the order through [`by_id`] like its owner would.
pub async fn owner_of(db: &Db, id: i64) -> Result<Option<i64>, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT employee_id FROM orders WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?,
    )
}
