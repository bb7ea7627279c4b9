//! The operator's decision on a licensing connection (R9) that could not be approved at once
//! because the agreement's contact is not at a verified domain of the tenant. The reason given
//! is kept in the audit log with the decision (issue 15).

use serde_json::json;

use crate::audit::{self, Action, Actor};
use crate::store::{connections, now_epoch, Db, StoreError};

/// Approves (`approve`) or rejects the pending connection of `customer_number`; whether one
/// was pending.
pub async fn decide(
    db: &Db,
    actor: &Actor,
    customer_number: &str,
    approve: bool,
    reason: &str,
) -> Result<bool, StoreError> {
    let mut tx = db.begin_write().await?;
    let Some(tenant) = connections::decide(&mut tx, customer_number, approve, now_epoch()).await?
    else {
        return Ok(false);
    };
    let action = if approve {
        Action::ConnectionApprove
    } else {
        Action::ConnectionReject
    };
    let detail = json!({ "tenant": tenant, "reason": reason.trim() });
    audit::record(&mut tx, actor, action, customer_number, detail).await?;
    tx.commit().await?;
    Ok(true)
}
