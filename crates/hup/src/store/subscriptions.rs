//! Subscriptions and their renewals (issue 14). Queries an employee's request reaches name the
//! employee; the renewal worker's queries name the subscription it claimed.
//!
//! Exactly once, across processes: a worker first claims a subscription with a conditional
//! UPDATE (`claimed_until` empty or stale), charges with an idempotency key made of the
//! subscription and the period (so the provider charges a period once even if a stale claim
//! runs twice), and records the period in `subscription_renewals`, whose key refuses a second
//! row, in the transaction that advances the subscription only from the period it charged.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

#[derive(Clone, Debug)]
pub struct SubscriptionRow {
    pub id: i64,
    pub order_id: i64,
    pub employee_id: i64,
    pub product: String,
    pub term: String,
    pub currency: String,
    pub price_minor: i64,
    pub status: String,
    pub started_at: i64,
    pub periods: i64,
    pub current_period_end: i64,
    pub provider: String,
    pub payment_method: Option<String>,
    pub past_due_since: Option<i64>,
    pub failure: Option<String>,
    pub reminded_period: i64,
}

const COLUMNS: &str = "id, order_id, employee_id, product, term, currency, price_minor, status, \
     started_at, periods, current_period_end, provider, payment_method, past_due_since, failure, \
     reminded_period";

fn row(r: &AnyRow) -> Result<SubscriptionRow, StoreError> {
    Ok(SubscriptionRow {
        id: r.try_get("id")?,
        order_id: r.try_get("order_id")?,
        employee_id: r.try_get("employee_id")?,
        product: r.try_get("product")?,
        term: r.try_get("term")?,
        currency: r.try_get("currency")?,
        price_minor: r.try_get("price_minor")?,
        status: r.try_get("status")?,
        started_at: r.try_get("started_at")?,
        periods: r.try_get("periods")?,
        current_period_end: r.try_get("current_period_end")?,
        provider: r.try_get("provider")?,
        payment_method: r.try_get("payment_method")?,
        past_due_since: r.try_get("past_due_since")?,
        failure: r.try_get("failure")?,
        reminded_period: r.try_get("reminded_period")?,
    })
}

/// A subscription starting with its order's fulfilment.
pub struct NewSubscription<'a> {
    pub order_id: i64,
    pub employee_id: i64,
    pub product: &'a str,
    pub term: &'a str,
    pub currency: &'a str,
    pub price_minor: i64,
    pub started_at: i64,
    pub current_period_end: i64,
    pub provider: &'a str,
    pub payment_method: Option<&'a str>,
}

/// Starts the order's subscription unless it has one.
pub async fn insert(tx: &mut Tx, s: &NewSubscription<'_>) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO subscriptions (order_id, employee_id, product, term, currency, price_minor, \
         status, started_at, periods, current_period_end, provider, payment_method, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'active', $7, 1, $8, $9, $10, $7) \
         ON CONFLICT (order_id) DO NOTHING",
    )
    .bind(s.order_id)
    .bind(s.employee_id)
    .bind(s.product)
    .bind(s.term)
    .bind(s.currency)
    .bind(s.price_minor)
    .bind(s.started_at)
    .bind(s.current_period_end)
    .bind(s.provider)
    .bind(s.payment_method)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The employee's subscriptions, newest first.
pub async fn of_employee(db: &Db, employee_id: i64) -> Result<Vec<SubscriptionRow>, StoreError> {
    let sql =
        format!("SELECT {COLUMNS} FROM subscriptions WHERE employee_id = $1 ORDER BY id DESC");
    let rows = sqlx::query(&sql)
        .bind(employee_id)
        .fetch_all(db.pool())
        .await?;
    rows.iter().map(row).collect()
}

/// The employee's subscription `id`.
pub async fn get(
    db: &Db,
    employee_id: i64,
    id: i64,
) -> Result<Option<SubscriptionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM subscriptions WHERE id = $1 AND employee_id = $2");
    let r = sqlx::query(&sql)
        .bind(id)
        .bind(employee_id)
        .fetch_optional(db.pool())
        .await?;
    r.as_ref().map(row).transpose()
}

/// Subscription `id`, for the worker that claimed it.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<SubscriptionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM subscriptions WHERE id = $1");
    let r = sqlx::query(&sql).bind(id).fetch_optional(db.pool()).await?;
    r.as_ref().map(row).transpose()
}

/// The subscription of order `order_id`.
pub async fn of_order(db: &Db, order_id: i64) -> Result<Option<SubscriptionRow>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM subscriptions WHERE order_id = $1");
    let r = sqlx::query(&sql)
        .bind(order_id)
        .fetch_optional(db.pool())
        .await?;
    r.as_ref().map(row).transpose()
}

/// Subscriptions that may need something by `until`: a renewal, a lapse, an end, or the
/// reminder (`remind_from` = `until` + 7 days).
pub async fn due(db: &Db, remind_until: i64) -> Result<Vec<i64>, StoreError> {
    let rows = sqlx::query(
        "SELECT id FROM subscriptions WHERE status IN ('active', 'past_due', 'cancelled') \
         AND current_period_end <= $1 ORDER BY current_period_end, id",
    )
    .bind(remind_until)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| r.try_get("id").map_err(StoreError::from))
        .collect()
}

/// Claims subscription `id` for one worker until `until`; false when another holds it.
pub async fn claim(db: &Db, id: i64, now: i64, until: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET claimed_until = $3 \
         WHERE id = $1 AND (claimed_until IS NULL OR claimed_until < $2)",
    )
    .bind(id)
    .bind(now)
    .bind(until)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

pub async fn release(db: &Db, id: i64) -> Result<(), StoreError> {
    sqlx::query("UPDATE subscriptions SET claimed_until = NULL WHERE id = $1")
        .bind(id)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// A period paid for (or recorded without a provider).
pub struct Renewal<'a> {
    pub id: i64,
    /// The periods paid before this one.
    pub from_periods: i64,
    pub new_period_end: i64,
    pub amount_minor: i64,
    pub outcome: &'a str,
    pub payment_intent: Option<&'a str>,
    pub now: i64,
}

/// Records the renewal and advances the subscription by one period; false when that period
/// was recorded already (another process did it).
pub async fn renewed(tx: &mut Tx, r: &Renewal<'_>) -> Result<bool, StoreError> {
    let recorded = sqlx::query(
        "INSERT INTO subscription_renewals (subscription_id, period, amount_minor, outcome, \
         payment_intent, at) VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (subscription_id, period) DO NOTHING",
    )
    .bind(r.id)
    .bind(r.from_periods + 1)
    .bind(r.amount_minor)
    .bind(r.outcome)
    .bind(r.payment_intent)
    .bind(r.now)
    .execute(&mut **tx)
    .await?;
    if recorded.rows_affected() != 1 {
        return Ok(false);
    }
    let done = sqlx::query(
        "UPDATE subscriptions SET periods = periods + 1, current_period_end = $3, \
         status = 'active', past_due_since = NULL, failure = NULL, updated_at = $4 \
         WHERE id = $1 AND periods = $2 AND status IN ('active', 'past_due')",
    )
    .bind(r.id)
    .bind(r.from_periods)
    .bind(r.new_period_end)
    .bind(r.now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The renewal of period `from_periods + 1` failed; false when the subscription moved on.
pub async fn charge_failed(
    tx: &mut Tx,
    id: i64,
    from_periods: i64,
    reason: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET status = 'past_due', failure = $3, \
         past_due_since = COALESCE(past_due_since, $4), updated_at = $4 \
         WHERE id = $1 AND periods = $2 AND status IN ('active', 'past_due')",
    )
    .bind(id)
    .bind(from_periods)
    .bind(reason)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Moves subscription `id` from `from` to `to`; false when it was no longer in `from`.
pub async fn set_status(
    tx: &mut Tx,
    id: i64,
    from: &str,
    to: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2",
    )
    .bind(id)
    .bind(from)
    .bind(to)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Notes that period `period`'s reminder went out; false when it had already.
pub async fn reminded(tx: &mut Tx, id: i64, period: i64) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET reminded_period = $2 WHERE id = $1 AND reminded_period < $2",
    )
    .bind(id)
    .bind(period)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The card later renewals of the employee's subscription `id` are charged to.
pub async fn set_payment_method(
    db: &Db,
    employee_id: i64,
    id: i64,
    payment_method: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET payment_method = $3, updated_at = $4 \
         WHERE id = $1 AND employee_id = $2",
    )
    .bind(id)
    .bind(employee_id)
    .bind(payment_method)
    .bind(now)
    .execute(db.writer())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stops every renewal of the employee's subscriptions (erasure): each stays usable until its
/// period ends, then ends.
pub async fn stop_all(tx: &mut Tx, employee_id: i64, now: i64) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE subscriptions SET status = 'cancelled', payment_method = NULL, updated_at = $2 \
         WHERE employee_id = $1 AND status IN ('active', 'past_due')",
    )
    .bind(employee_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// Ends the subscription of a refunded order.
pub async fn end_of_order(tx: &mut Tx, order_id: i64, now: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE subscriptions SET status = 'ended', updated_at = $2 \
         WHERE order_id = $1 AND status IN ('active', 'past_due', 'cancelled')",
    )
    .bind(order_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Keeps the card order `id` was paid with, for its subscription's renewals.
pub async fn keep_order_card(
    db: &Db,
    order_id: i64,
    payment_method: &str,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE orders SET payment_method = $2 WHERE id = $1")
        .bind(order_id)
        .bind(payment_method)
        .execute(db.writer())
        .await?;
    Ok(())
}

/// What a subscription starts from: its order.
pub struct OrderForStart {
    pub employee_id: i64,
    pub product: String,
    pub term: String,
    pub currency: String,
    pub price_minor: i64,
    pub provider: String,
    pub payment_method: Option<String>,
}

/// Order `order_id`, as its subscription starts from it.
pub async fn order_for_start(
    tx: &mut Tx,
    order_id: i64,
) -> Result<Option<OrderForStart>, StoreError> {
    let r = sqlx::query(
        "SELECT employee_id, product, term, currency, price_minor, provider, payment_method \
         FROM orders WHERE id = $1",
    )
    .bind(order_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(r) = r else { return Ok(None) };
    Ok(Some(OrderForStart {
        employee_id: r.try_get("employee_id")?,
        product: r.try_get("product")?,
        term: r.try_get("term")?,
        currency: r.try_get("currency")?,
        price_minor: r.try_get("price_minor")?,
        provider: r.try_get("provider")?,
        payment_method: r.try_get("payment_method")?,
    }))
}

/// The card order `id` was paid with.
pub async fn order_card(tx: &mut Tx, order_id: i64) -> Result<Option<String>, StoreError> {
    let r = sqlx::query("SELECT payment_method FROM orders WHERE id = $1")
        .bind(order_id)
        .fetch_optional(&mut **tx)
        .await?;
    Ok(match r {
        Some(r) => r.try_get("payment_method")?,
        None => None,
    })
}
