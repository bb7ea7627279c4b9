//! The licensing customer connected to a tenant (R9): approved at once when the agreement's
//! contact is at a verified domain of the tenant, otherwise pending the operator's decision.

use sqlx::Row;

use super::{Db, StoreError, Tx};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConnectionStatus {
    Approved,
    Pending,
}

impl ConnectionStatus {
    pub fn code(self) -> &'static str {
        match self {
            ConnectionStatus::Approved => "approved",
            ConnectionStatus::Pending => "pending",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Connection {
    pub customer_number: String,
    pub tenant_id: i64,
    pub status: ConnectionStatus,
}

/// Why a connection could not be made.
#[derive(Debug, PartialEq, Eq)]
pub enum ConnectOutcome {
    Connected(ConnectionStatus),
    /// The customer is connected to another tenant.
    CustomerTaken,
    /// This tenant already has a customer.
    TenantHasCustomer(String),
}

pub async fn connect(
    db: &Db,
    tenant_id: i64,
    customer_number: &str,
    status: ConnectionStatus,
    admin_id: i64,
    now: i64,
) -> Result<ConnectOutcome, StoreError> {
    let mut tx = db.begin_write().await?;
    let existing = sqlx::query(
        "SELECT customer_number, tenant_id FROM customer_connections \
         WHERE customer_number = $1 OR tenant_id = $2",
    )
    .bind(customer_number)
    .bind(tenant_id)
    .fetch_all(&mut *tx)
    .await?;
    for row in &existing {
        let number: String = row.try_get("customer_number")?;
        let owner: i64 = row.try_get("tenant_id")?;
        if owner != tenant_id {
            return Ok(ConnectOutcome::CustomerTaken);
        }
        if number != customer_number {
            return Ok(ConnectOutcome::TenantHasCustomer(number));
        }
    }
    let decided_at = (status == ConnectionStatus::Approved).then_some(now);
    sqlx::query(
        "INSERT INTO customer_connections \
           (customer_number, tenant_id, status, requested_by, requested_at, decided_at) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (customer_number) DO UPDATE SET status = CASE \
           WHEN customer_connections.status = 'approved' THEN 'approved' ELSE excluded.status END, \
           decided_at = COALESCE(customer_connections.decided_at, excluded.decided_at)",
    )
    .bind(customer_number)
    .bind(tenant_id)
    .bind(status.code())
    .bind(admin_id)
    .bind(now)
    .bind(decided_at)
    .execute(&mut *tx)
    .await?;
    let row = sqlx::query("SELECT status FROM customer_connections WHERE customer_number = $1")
        .bind(customer_number)
        .fetch_one(&mut *tx)
        .await?;
    tx.commit().await?;
    let code: String = row.try_get("status")?;
    Ok(ConnectOutcome::Connected(parse_status(&code)))
}

fn parse_status(code: &str) -> ConnectionStatus {
    if code == "approved" {
        ConnectionStatus::Approved
    } else {
        ConnectionStatus::Pending
    }
}

pub async fn of_tenant(db: &Db, tenant_id: i64) -> Result<Option<Connection>, StoreError> {
    let row = sqlx::query(
        "SELECT customer_number, tenant_id, status FROM customer_connections WHERE tenant_id = $1",
    )
    .bind(tenant_id)
    .fetch_optional(db.pool())
    .await?;
    match row {
        Some(r) => {
            let status: String = r.try_get("status")?;
            Ok(Some(Connection {
                customer_number: r.try_get("customer_number")?,
                tenant_id: r.try_get("tenant_id")?,
                status: parse_status(&status),
            }))
        }
        None => Ok(None),
    }
}

/// The operator's decision on a pending connection; a rejection frees the customer. Returns
/// the tenant it concerned, or `None` when no connection of that customer is pending.
pub async fn decide(
    tx: &mut Tx,
    customer_number: &str,
    approve: bool,
    now: i64,
) -> Result<Option<i64>, StoreError> {
    let row = if approve {
        sqlx::query(
            "UPDATE customer_connections SET status = 'approved', decided_at = $1 \
             WHERE customer_number = $2 AND status = 'pending' RETURNING tenant_id",
        )
        .bind(now)
        .bind(customer_number)
        .fetch_optional(&mut **tx)
        .await?
    } else {
        sqlx::query(
            "DELETE FROM customer_connections WHERE customer_number = $1 AND status = 'pending' \
             RETURNING tenant_id",
        )
        .bind(customer_number)
        .fetch_optional(&mut **tx)
        .await?
    };
    Ok(match row {
        Some(r) => Some(r.try_get("tenant_id")?),
        None => None,
    })
}

/// A connection waiting for the operator, with what helps decide it.
#[derive(Clone, Debug)]
pub struct PendingConnection {
    pub customer_number: String,
    pub tenant_id: i64,
    pub tenant_home_domain: String,
    pub requested_by: String,
    pub requested_at: i64,
}

pub async fn pending(db: &Db) -> Result<Vec<PendingConnection>, StoreError> {
    let rows = sqlx::query(
        "SELECT c.customer_number, c.tenant_id, t.home_domain, a.email, c.requested_at \
         FROM customer_connections c \
         JOIN tenants t ON t.id = c.tenant_id \
         JOIN admins a ON a.id = c.requested_by \
         WHERE c.status = 'pending' ORDER BY c.requested_at, c.customer_number",
    )
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(PendingConnection {
                customer_number: r.try_get("customer_number")?,
                tenant_id: r.try_get("tenant_id")?,
                tenant_home_domain: r.try_get("home_domain")?,
                requested_by: r.try_get("email")?,
                requested_at: r.try_get("requested_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

/// An approved connection written directly (the demo data set).
pub async fn insert_approved(
    tx: &mut super::Tx,
    tenant_id: i64,
    customer_number: &str,
    admin_id: i64,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO customer_connections \
           (customer_number, tenant_id, status, requested_by, requested_at, decided_at) \
         VALUES ($1, $2, 'approved', $3, $4, $4)",
    )
    .bind(customer_number)
    .bind(tenant_id)
    .bind(admin_id)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    Ok(())
}
