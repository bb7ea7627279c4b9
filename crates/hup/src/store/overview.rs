//! Counts for the operator console's overview (issue 15): the employee funnel and orders per
//! day. Counts and sums only, never an employee (R20).

use sqlx::Row;

use super::{Db, StoreError};

/// How far employees got: registered a work address, confirmed it, hold a confirmed personal
/// account, bound a work address to it (ever), bought at least once.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Funnel {
    pub registered: i64,
    pub confirmed: i64,
    pub accounts: i64,
    pub bound: i64,
    pub bought: i64,
}

pub async fn funnel(db: &Db) -> Result<Funnel, StoreError> {
    let row = sqlx::query(
        "SELECT \
           (SELECT COUNT(DISTINCT mailbox) FROM registrations) AS registered, \
           (SELECT COUNT(DISTINCT mailbox) FROM registrations WHERE confirmed_at IS NOT NULL) \
             AS confirmed, \
           (SELECT COUNT(*) FROM employees WHERE confirmed_at IS NOT NULL) AS accounts, \
           (SELECT COUNT(DISTINCT employee_id) FROM grants) AS bound, \
           (SELECT COUNT(DISTINCT employee_id) FROM orders WHERE status IN ('paid', 'fulfilled')) AS bought",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(Funnel {
        registered: row.try_get("registered")?,
        confirmed: row.try_get("confirmed")?,
        accounts: row.try_get("accounts")?,
        bound: row.try_get("bound")?,
        bought: row.try_get("bought")?,
    })
}

/// Orders of one UTC day (days since the epoch) in one currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DaySales {
    pub day: i64,
    pub currency: String,
    pub orders: i64,
    pub paid_minor: i64,
}

/// Orders from day `since_day` on, per day and currency. Sums are cast because PostgreSQL sums
/// BIGINTs as NUMERIC.
pub async fn daily(db: &Db, since_day: i64) -> Result<Vec<DaySales>, StoreError> {
    let rows = sqlx::query(
        "SELECT created_at / 86400 AS day, currency, COUNT(*) AS orders, \
           CAST(SUM(price_minor) AS BIGINT) AS paid_minor \
         FROM orders WHERE created_at >= $1 AND status IN ('paid', 'fulfilled') \
         GROUP BY created_at / 86400, currency ORDER BY day, currency",
    )
    .bind(since_day * 86400)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(DaySales {
                day: r.try_get("day")?,
                currency: r.try_get("currency")?,
                orders: r.try_get("orders")?,
                paid_minor: r.try_get("paid_minor")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}
