//! Extra benefits per tenant (R22), set by the operator.

use sqlx::Row;

use super::{Db, StoreError, Tx};

/// Grants (`on`) or withdraws a benefit; doing either twice changes nothing. Whether it
/// changed anything.
pub async fn set(
    tx: &mut Tx,
    tenant_id: i64,
    benefit: &str,
    on: bool,
    now: i64,
) -> Result<bool, StoreError> {
    let query = if on {
        sqlx::query(
            "INSERT INTO tenant_extra_benefits (tenant_id, benefit, granted_at) VALUES ($1, $2, $3) \
             ON CONFLICT (tenant_id, benefit) DO NOTHING",
        )
        .bind(tenant_id)
        .bind(benefit)
        .bind(now)
    } else {
        sqlx::query("DELETE FROM tenant_extra_benefits WHERE tenant_id = $1 AND benefit = $2")
            .bind(tenant_id)
            .bind(benefit)
    };
    let done = query.execute(&mut **tx).await?;
    Ok(done.rows_affected() > 0)
}

/// The benefit codes a tenant holds, sorted.
pub async fn of_tenant(db: &Db, tenant_id: i64) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT benefit FROM tenant_extra_benefits WHERE tenant_id = $1 ORDER BY benefit",
    )
    .bind(tenant_id)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| r.try_get("benefit").map_err(StoreError::from))
        .collect()
}
