//! Aggregates for the operator's program report: counts and sums per tenant, never a row per
//! employee (R20 keeps purchases between the employee and the vendor; the vendor's own report
//! needs no names either).

use sqlx::Row;

use super::connections::ConnectionStatus;
use super::{Db, StoreError};

/// Program-wide counts.
#[derive(Clone, Debug, Default)]
pub struct Totals {
    pub customers: i64,
    pub eligible_customers: i64,
    pub tenants: i64,
    pub managed_tenants: i64,
    pub benefit_on: i64,
    pub employees: i64,
    pub active_grants: i64,
    pub orders: i64,
}

pub async fn totals(db: &Db, now: i64) -> Result<Totals, StoreError> {
    let row = sqlx::query(
        "SELECT \
           (SELECT COUNT(*) FROM customers) AS customers, \
           (SELECT COUNT(*) FROM customers WHERE eligible = 1) AS eligible_customers, \
           (SELECT COUNT(*) FROM tenants) AS tenants, \
           (SELECT COUNT(*) FROM tenants WHERE managed = 1) AS managed_tenants, \
           (SELECT COUNT(*) FROM tenants WHERE managed = 1 AND hup_enabled = 1) AS benefit_on, \
           (SELECT COUNT(*) FROM employees WHERE confirmed_at IS NOT NULL) AS employees, \
           (SELECT COUNT(*) FROM grants WHERE ended_at IS NULL AND expires_at >= $1) \
             AS active_grants, \
           (SELECT COUNT(*) FROM orders WHERE status IN ('paid', 'fulfilled')) AS orders",
    )
    .bind(now)
    .fetch_one(db.pool())
    .await?;
    Ok(Totals {
        customers: row.try_get("customers")?,
        eligible_customers: row.try_get("eligible_customers")?,
        tenants: row.try_get("tenants")?,
        managed_tenants: row.try_get("managed_tenants")?,
        benefit_on: row.try_get("benefit_on")?,
        employees: row.try_get("employees")?,
        active_grants: row.try_get("active_grants")?,
        orders: row.try_get("orders")?,
    })
}

/// Orders of one tenant for one offer in one currency.
#[derive(Clone, Debug)]
pub struct Sales {
    pub tenant_id: i64,
    pub product: String,
    pub term: String,
    pub currency: String,
    pub orders: i64,
    pub list_minor: i64,
    pub paid_minor: i64,
}

/// Sales are the orders that hold a licence (issue 13: not unpaid, cancelled or refunded ones).
/// Sums are cast because PostgreSQL sums BIGINTs as NUMERIC.
pub async fn sales(db: &Db) -> Result<Vec<Sales>, StoreError> {
    let rows = sqlx::query(
        "SELECT tenant_id, product, term, currency, COUNT(*) AS orders, \
           CAST(SUM(list_price_minor) AS BIGINT) AS list_minor, \
           CAST(SUM(price_minor) AS BIGINT) AS paid_minor \
         FROM orders WHERE status IN ('paid', 'fulfilled') \
         GROUP BY tenant_id, product, term, currency \
         ORDER BY tenant_id, product, term, currency",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(Sales {
                tenant_id: r.try_get("tenant_id")?,
                product: r.try_get("product")?,
                term: r.try_get("term")?,
                currency: r.try_get("currency")?,
                orders: r.try_get("orders")?,
                list_minor: r.try_get("list_minor")?,
                paid_minor: r.try_get("paid_minor")?,
            })
        })
        .collect()
}

/// Employees holding a current grant, per tenant.
pub async fn enrolled(db: &Db, now: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    let rows = sqlx::query(
        "SELECT tenant_id, COUNT(*) AS enrolled FROM grants \
         WHERE ended_at IS NULL AND expires_at >= $1 GROUP BY tenant_id ORDER BY tenant_id",
    )
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("tenant_id")?, r.try_get("enrolled")?)))
        .collect()
}

/// A tenant's licensing connection as participation needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionStanding {
    pub tenant_id: i64,
    pub approved: bool,
    /// The connected customer's stored verdict qualifies; false when the feed never named it.
    pub customer_eligible: bool,
}

/// Every tenant's connection with its customer's verdict, in one query for the whole report.
pub async fn connections(db: &Db) -> Result<Vec<ConnectionStanding>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.tenant_id, c.status, COALESCE(cu.eligible, 0) AS eligible \
         FROM customer_connections c \
         LEFT JOIN customers cu ON cu.customer_number = c.customer_number \
         ORDER BY c.tenant_id",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            let status: String = r.try_get("status")?;
            let eligible: i64 = r.try_get("eligible")?;
            Ok(ConnectionStanding {
                tenant_id: r.try_get("tenant_id")?,
                approved: status == ConnectionStatus::Approved.code(),
                customer_eligible: eligible != 0,
            })
        })
        .collect()
}
