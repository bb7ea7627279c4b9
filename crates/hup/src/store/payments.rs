//! What hup keeps about payments beside the orders: each personal account's customer at the
//! provider, the provider events already applied, and the receipt counters.

use sqlx::Row;

use super::{Db, StoreError, Tx};

/// The provider's customer of employee `employee_id`, if one was made.
pub async fn customer(
    db: &Db,
    employee_id: i64,
    provider: &str,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query(
        "SELECT customer_id FROM payment_customers WHERE employee_id = $1 AND provider = $2",
    )
    .bind(employee_id)
    .bind(provider)
    .fetch_optional(db.pool())
    .await?;
    Ok(match row {
        Some(r) => Some(r.try_get("customer_id")?),
        None => None,
    })
}

/// Keeps the customer the provider made; when a concurrent request kept one first, that one
/// is the account's and is returned.
pub async fn keep_customer(
    db: &Db,
    employee_id: i64,
    provider: &str,
    customer_id: &str,
) -> Result<String, StoreError> {
    sqlx::query(
        "INSERT INTO payment_customers (employee_id, provider, customer_id) VALUES ($1, $2, $3) \
         ON CONFLICT (employee_id, provider) DO NOTHING",
    )
    .bind(employee_id)
    .bind(provider)
    .bind(customer_id)
    .execute(db.writer())
    .await?;
    Ok(customer(db, employee_id, provider)
        .await?
        .unwrap_or_else(|| customer_id.to_owned()))
}

/// Records event `event_id` as applied in the transaction that applies it; false when it was
/// applied before (or is being applied by another process, which then wins).
pub async fn first_delivery(
    tx: &mut Tx,
    provider: &str,
    event_id: &str,
    now: i64,
) -> Result<bool, StoreError> {
    let done = sqlx::query(
        "INSERT INTO payment_events (provider, event_id, received_at) VALUES ($1, $2, $3) \
         ON CONFLICT (provider, event_id) DO NOTHING",
    )
    .bind(provider)
    .bind(event_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The next receipt number of `seller`, in the transaction that marks the order paid: the
/// counter's row stays locked until it commits, and a rollback gives the number back, so the
/// numbers have no gaps, across processes, on both back ends.
pub async fn next_receipt(tx: &mut Tx, seller: &str) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO receipt_counters (seller, last_number) VALUES ($1, 1) \
         ON CONFLICT (seller) DO UPDATE SET last_number = receipt_counters.last_number + 1 \
         RETURNING last_number",
    )
    .bind(seller)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("last_number")?)
}
