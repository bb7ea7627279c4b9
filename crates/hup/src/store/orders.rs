//! Employees' orders (R18). Every query an employee's request reaches names the employee, so
//! an order is only ever read by the one who placed it (R20: there is no query by tenant).
//! The few queries without an employee serve the operator (refunds, entitlements) and the
//! payment provider's events, which name the provider's payment, never a user-sent id.
//!
//! State changes are compare-and-set (`WHERE status = $from`): of two processes applying the
//! same news, one changes the row and the other sees that it did not, so money is counted once.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Backend, Db, StoreError, Tx};

#[derive(Clone, Debug)]
pub struct OrderRow {
    pub id: i64,
    pub employee_id: i64,
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
    pub updated_at: i64,
    pub provider: String,
    pub payment_attempt: i64,
    pub payment_intent: Option<String>,
    pub setup_intent: Option<String>,
    pub setup_client_secret: Option<String>,
    pub payment_failure: Option<String>,
    pub paid_at: Option<i64>,
    pub receipt_number: Option<i64>,
    pub seller_name: Option<String>,
    pub seller_address: Option<String>,
    pub seller_vat_id: Option<String>,
    pub vat_basis_points: Option<i64>,
    pub refund_id: Option<String>,
}

const COLUMNS: &str = "id, employee_id, idempotency_key, product, term, country, currency, \
                       list_price_minor, discount_percent, price_minor, status, created_at, \
                       updated_at, provider, payment_attempt, payment_intent, setup_intent, \
                       setup_client_secret, payment_failure, paid_at, receipt_number, \
                       seller_name, seller_address, seller_vat_id, vat_basis_points, refund_id";

fn order(r: &AnyRow) -> Result<OrderRow, StoreError> {
    Ok(OrderRow {
        id: r.try_get("id")?,
        employee_id: r.try_get("employee_id")?,
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
        updated_at: r.try_get("updated_at")?,
        provider: r.try_get("provider")?,
        payment_attempt: r.try_get("payment_attempt")?,
        payment_intent: r.try_get("payment_intent")?,
        setup_intent: r.try_get("setup_intent")?,
        setup_client_secret: r.try_get("setup_client_secret")?,
        payment_failure: r.try_get("payment_failure")?,
        paid_at: r.try_get("paid_at")?,
        receipt_number: r.try_get("receipt_number")?,
        seller_name: r.try_get("seller_name")?,
        seller_address: r.try_get("seller_address")?,
        seller_vat_id: r.try_get("seller_vat_id")?,
        vat_basis_points: r.try_get("vat_basis_points")?,
        refund_id: r.try_get("refund_id")?,
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
    pub provider: &'a str,
    pub vat_basis_points: Option<i64>,
    pub now: i64,
}

/// Inserts the order unless the employee already used its idempotency key; returns the new
/// order's id, or `None` when the key was taken (by an earlier or a concurrent request).
pub async fn insert(tx: &mut Tx, o: &NewOrder<'_>) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "INSERT INTO orders (employee_id, tenant_id, idempotency_key, product, term, country, \
         currency, list_price_minor, discount_percent, price_minor, status, created_at, \
         updated_at, provider, vat_basis_points, withdrawal_waived_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12, $13, $14, $12) \
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
    .bind(o.provider)
    .bind(o.vat_basis_points)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("id")?),
        None => None,
    })
}

/// Serializes the employee's checkouts and payments until the transaction ends, so a limit
/// checked in it holds across processes. SQLite's write transactions are serial already.
pub async fn lock_employee(
    tx: &mut Tx,
    backend: Backend,
    employee_id: i64,
) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT id FROM employees WHERE id = $1 FOR UPDATE")
            .bind(employee_id)
            .fetch_optional(&mut **tx)
            .await?;
    }
    Ok(())
}

/// Whether the employee used `key` already, inside the transaction that would use it.
pub async fn key_taken(tx: &mut Tx, employee_id: i64, key: &str) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT id FROM orders WHERE employee_id = $1 AND idempotency_key = $2")
        .bind(employee_id)
        .bind(key)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(row.is_some())
}

/// How many licences of `product` the employee holds now: paid and fulfilled orders.
pub async fn held(tx: &mut Tx, employee_id: i64, product: &str) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "SELECT COUNT(*) AS n FROM orders WHERE employee_id = $1 AND product = $2 \
         AND status IN ('paid', 'fulfilled')",
    )
    .bind(employee_id)
    .bind(product)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("n")?)
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

/// Order `id` of whoever placed it: for the operator and the workers only.
pub async fn any_by_id(db: &Db, id: i64) -> Result<Option<OrderRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM orders WHERE id = $1");
    let row = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    row.as_ref().map(order).transpose()
}

/// The order whose current attempt is the provider's `payment`, locked for the transaction.
pub async fn by_payment(
    tx: &mut Tx,
    backend: Backend,
    payment: &str,
) -> Result<Option<OrderRow>, StoreError> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE",
        Backend::Sqlite => "",
    };
    let sql = format!("SELECT {COLUMNS} FROM orders WHERE payment_intent = $1 {lock}");
    let row = sqlx::query(&sql)
        .bind(payment)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(order).transpose()
}

/// Order `id`, locked for the transaction.
pub async fn lock(tx: &mut Tx, backend: Backend, id: i64) -> Result<Option<OrderRow>, StoreError> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE",
        Backend::Sqlite => "",
    };
    let sql = format!("SELECT {COLUMNS} FROM orders WHERE id = $1 {lock}");
    let row = sqlx::query(&sql).bind(id).fetch_optional(&mut **tx).await?;
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

/// Moves order `id` from `from` to `to`; false when it was no longer in `from`.
pub async fn set_status(
    tx: &mut Tx,
    id: i64,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done =
        sqlx::query("UPDATE orders SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
            .bind(id)
            .bind(from)
            .bind(to)
            .bind(now)
            .execute(&mut **tx)
            .await?;
    Ok(done.rows_affected() == 1)
}

/// The intents of attempt `attempt`, stored as soon as the provider made them; a later
/// attempt's are never overwritten by an earlier one's.
pub struct Intents<'a> {
    pub attempt: i64,
    pub setup_intent: Option<&'a str>,
    pub setup_client_secret: Option<&'a str>,
    pub payment_intent: Option<&'a str>,
}

pub async fn set_intents(db: &Db, id: i64, i: &Intents<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE orders SET setup_intent = COALESCE($3, setup_intent), \
         setup_client_secret = COALESCE($4, setup_client_secret), \
         payment_intent = COALESCE($5, payment_intent) \
         WHERE id = $1 AND payment_attempt = $2",
    )
    .bind(id)
    .bind(i.attempt)
    .bind(i.setup_intent)
    .bind(i.setup_client_secret)
    .bind(i.payment_intent)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// A retry after a decline: the next attempt starts without intents.
pub async fn start_attempt(
    tx: &mut Tx,
    id: i64,
    attempt: i64,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE orders SET status = 'pending_payment', payment_attempt = $2, \
         payment_intent = NULL, setup_intent = NULL, setup_client_secret = NULL, \
         payment_failure = NULL, updated_at = $3 \
         WHERE id = $1 AND status = 'payment_failed' AND payment_attempt = $2 - 1",
    )
    .bind(id)
    .bind(attempt)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Takes the right to confirm order `id`'s payment: one request at a time (a double-clicked
/// Pay charges once). A claim older than `stale_before` is abandoned and may be taken.
pub async fn claim_paying(
    db: &Db,
    id: i64,
    now: i64,
    stale_before: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE orders SET paying_since = $2 WHERE id = $1 \
         AND (paying_since IS NULL OR paying_since < $3)",
    )
    .bind(id)
    .bind(now)
    .bind(stale_before)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn release_paying(db: &Db, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE orders SET paying_since = NULL WHERE id = $1")
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// Whether a request is confirming order `id`'s payment right now.
pub async fn is_paying(db: &Db, id: i64, stale_before: i64) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT paying_since FROM orders WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    let since: Option<i64> = match row {
        Some(r) => r.try_get("paying_since")?,
        None => None,
    };
    Ok(since.is_some_and(|s| s >= stale_before))
}

/// The receipt of a paid order, written in the transaction that marks it paid.
pub struct PaidReceipt<'a> {
    pub number: i64,
    pub seller_name: &'a str,
    pub seller_address: &'a str,
    pub seller_vat_id: Option<&'a str>,
}

pub async fn mark_paid(
    tx: &mut Tx,
    id: i64,
    receipt: &PaidReceipt<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE orders SET status = 'paid', paid_at = $2, receipt_number = $3, seller_name = $4, \
         seller_address = $5, seller_vat_id = $6, payment_failure = NULL, updated_at = $2 \
         WHERE id = $1 AND status = 'pending_payment'",
    )
    .bind(id)
    .bind(now)
    .bind(receipt.number)
    .bind(receipt.seller_name)
    .bind(receipt.seller_address)
    .bind(receipt.seller_vat_id)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn mark_failed(tx: &mut Tx, id: i64, reason: &str, now: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE orders SET status = 'payment_failed', payment_failure = $2, updated_at = $3 \
         WHERE id = $1 AND status = 'pending_payment'",
    )
    .bind(id)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn mark_refunded(
    tx: &mut Tx,
    id: i64,
    from: &str,
    refund_id: Option<&str>,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE orders SET status = 'refunded', refund_id = $3, updated_at = $4 \
         WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(refund_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Orders the reconciliation worker looks at: pending with an intent and no news since
/// `quiet_since`, unpaid ones older than `expire_before`, and paid ones not yet fulfilled.
pub async fn needing_attention(
    db: &Db,
    quiet_since: i64,
    expire_before: i64,
) -> Result<Vec<OrderRow>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM orders WHERE \
         (status = 'pending_payment' AND payment_intent IS NOT NULL AND updated_at <= $1) \
         OR (status IN ('pending_payment', 'payment_failed') AND created_at <= $2) \
         OR status = 'paid' ORDER BY id LIMIT 500"
    );
    let rows = sqlx::query(&sql)
        .bind(quiet_since)
        .bind(expire_before)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(order).collect()
}

/// Marks that the worker asked about order `id`, so it waits before asking again.
pub async fn touch(db: &Db, id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE orders SET updated_at = $2 WHERE id = $1")
        .bind(id)
        .bind(now)
        .execute(db.writer())
        .await?;
    Ok(())
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
