//! Handing over what was paid for. Today every product is activated with the personal account
//! (R19), so a paid order is fulfilled at once, in the transaction that marks it paid; issue 14
//! hands out licence keys here and lets an order wait as `paid` while its pool is empty.

use crate::store::orders as store;
use crate::store::{StoreError, Tx};

/// Fulfils paid order `id`, and starts its subscription (issue 14) for a `P1Y`/`P1M` term;
/// false when it was not `paid` (already fulfilled, or refunded).
pub async fn fulfil(tx: &mut Tx, id: i64, now: i64) -> Result<bool, StoreError> {
    let done = store::set_status(tx, id, "paid", "fulfilled", now).await?;
    if done {
        crate::subscriptions::start(tx, id, now).await?;
    }
    Ok(done)
}
