//! Stored R8 verdicts, one per customer (the `customers` table).
//!
//! The verdict is computed by `hup-core` from the customer's agreement lines and stored, so
//! pages and the benefit check read one row instead of re-evaluating every agreement line on
//! each request. It is recomputed when an import touches the customer and by the daily
//! re-check when its `recheck_on` day comes (a line starts or ends).

use chrono::NaiveDate;
use hup_core::eligibility::CriterionMet;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Backend, Db, StoreError, Tx};

/// A customer's stored verdict, as of `evaluated_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVerdict {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub eligible: bool,
    /// The criteria met, in id order, with the agreement lines behind each; empty when not
    /// eligible.
    pub criteria: Vec<CriterionMet>,
    /// The last day the verdict holds if no new data arrives; `None` when not eligible, or
    /// when eligible with no end in sight.
    pub valid_until: Option<NaiveDate>,
    pub evaluated_on: NaiveDate,
}

/// What an evaluation writes for one customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictRow {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub country: String,
    pub eligible: bool,
    /// JSON of the `Vec<CriterionMet>`.
    pub criteria_json: String,
    pub valid_until: Option<NaiveDate>,
    pub evaluated_on: NaiveDate,
    pub recheck_on: Option<NaiveDate>,
}

const COLUMNS: usize = 10;
/// Rows per INSERT: 10 binds each stays far below SQLite's 32,766 and PostgreSQL's 65,535.
const BATCH: usize = 1000;

/// The stored verdict of a customer, or `None` when the feed never named it.
pub async fn current_verdict(
    db: &Db,
    customer_number: &str,
) -> Result<Option<StoredVerdict>, StoreError> {
    let row = sqlx::query(
        "SELECT customer_number, customer_name, segment, eligible, criteria, valid_until, \
                evaluated_on \
         FROM customers WHERE customer_number = $1",
    )
    .bind(customer_number)
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| stored_verdict(&r)).transpose()
}

fn stored_verdict(r: &AnyRow) -> Result<StoredVerdict, StoreError> {
    let criteria: String = r.try_get("criteria")?;
    let criteria: Vec<CriterionMet> = serde_json::from_str(&criteria)
        .map_err(|e| corrupt("customers.criteria", e.to_string()))?;
    let valid_until: Option<String> = r.try_get("valid_until")?;
    let evaluated_on: String = r.try_get("evaluated_on")?;
    Ok(StoredVerdict {
        customer_number: r.try_get("customer_number")?,
        customer_name: r.try_get("customer_name")?,
        segment: r.try_get("segment")?,
        eligible: r.try_get::<i64, _>("eligible")? != 0,
        criteria,
        valid_until: valid_until.as_deref().map(parse_day).transpose()?,
        evaluated_on: parse_day(&evaluated_on)?,
    })
}

/// A stored value that the code itself wrote and cannot read back: a bug or a hand edit.
fn corrupt(column: &str, reason: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(format!("{column}: {reason}").into()))
}

pub(crate) fn parse_day(s: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| corrupt("date", format!("{s}: {e}")))
}

pub(crate) fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Writes verdicts in the caller's transaction. A row whose verdict did not change keeps its
/// old `evaluated_at`, so re-importing the same file changes nothing.
pub async fn upsert(tx: &mut Tx, rows: &[VerdictRow], now: i64) -> Result<(), StoreError> {
    for chunk in rows.chunks(BATCH) {
        let sql = upsert_sql(chunk.len());
        let mut q = sqlx::query(&sql);
        for r in chunk {
            q = q
                .bind(r.customer_number.as_str())
                .bind(r.customer_name.as_str())
                .bind(r.segment.as_str())
                .bind(r.country.as_str())
                .bind(i64::from(r.eligible))
                .bind(r.criteria_json.as_str())
                .bind(r.valid_until.map(day))
                .bind(day(r.evaluated_on))
                .bind(r.recheck_on.map(day))
                .bind(now);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

fn upsert_sql(rows: usize) -> String {
    let mut sql = String::with_capacity(200 + rows * 60);
    sql.push_str(
        "INSERT INTO customers (customer_number, customer_name, segment, country, eligible, \
         criteria, valid_until, evaluated_on, recheck_on, evaluated_at) VALUES ",
    );
    super::push_values(&mut sql, rows, COLUMNS);
    sql.push_str(
        " ON CONFLICT (customer_number) DO UPDATE SET \
           customer_name = excluded.customer_name, segment = excluded.segment, \
           country = excluded.country, eligible = excluded.eligible, \
           criteria = excluded.criteria, valid_until = excluded.valid_until, \
           evaluated_on = excluded.evaluated_on, recheck_on = excluded.recheck_on, \
           evaluated_at = excluded.evaluated_at \
         WHERE customers.customer_name <> excluded.customer_name \
            OR customers.segment <> excluded.segment \
            OR customers.country <> excluded.country \
            OR customers.eligible <> excluded.eligible \
            OR customers.criteria <> excluded.criteria \
            OR COALESCE(customers.valid_until, '') <> COALESCE(excluded.valid_until, '') \
            OR COALESCE(customers.recheck_on, '') <> COALESCE(excluded.recheck_on, '') \
            OR customers.evaluated_on <> excluded.evaluated_on",
    );
    sql
}

/// Customers whose `recheck_on` day has come, claimed for re-evaluation in the caller's
/// transaction. On PostgreSQL another `hup serve` running the same job skips the rows this one
/// holds; SQLite serializes write transactions, so a second process simply finds them done.
pub async fn due_for_recheck(
    tx: &mut Tx,
    backend: Backend,
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<String>, StoreError> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "SELECT customer_number FROM customers \
         WHERE recheck_on IS NOT NULL AND recheck_on <= $1 \
         ORDER BY customer_number LIMIT $2 {lock}"
    );
    let rows = sqlx::query(&sql)
        .bind(day(today))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| Ok(r.try_get("customer_number")?))
        .collect()
}
