//! Handing over what was paid for. Today every product is activated with the personal account
//! (R19), so a paid order is fulfilled at once, in the transaction that marks it paid; issue 14
//! hands out licence keys here and lets an order wait as `paid` while its pool is empty.

use crate::store::orders as store;
use chrono::{DateTime, Utc};
use hup_core::catalog::Term;
use hup_core::subscription::Period;

use crate::store::subscriptions::{self as subs, NewSubscription};
use crate::store::{StoreError, Tx};

/// Fulfils paid order `id`, and starts its subscription (issue 14) for a `P1Y`/`P1M` term;
/// false when it was not `paid` (already fulfilled, or refunded).
pub async fn fulfil(tx: &mut Tx, id: i64, now: i64) -> Result<bool, StoreError> {
    let done = store::set_status(tx, id, "paid", "fulfilled", now).await?;
    if done {
        start_subscription(tx, id, now).await?;
    }
    Ok(done)
}

/// Starts the subscription of order `order_id`, just fulfilled, in the fulfilling
/// transaction; nothing for a perpetual licence or an order that has one.
pub async fn start_subscription(tx: &mut Tx, order_id: i64, now: i64) -> Result<(), StoreError> {
    let Some(o) = subs::order_for_start(tx, order_id).await? else {
        return Ok(());
    };
    let Some(period) = Term::parse(&o.term).ok().and_then(Period::of) else {
        return Ok(());
    };
    let end = period.end(epoch_time(now), 1).timestamp();
    subs::insert(
        tx,
        &NewSubscription {
            order_id,
            employee_id: o.employee_id,
            product: &o.product,
            term: &o.term,
            currency: &o.currency,
            price_minor: o.price_minor,
            started_at: now,
            current_period_end: end,
            provider: &o.provider,
            payment_method: o.payment_method.as_deref(),
        },
    )
    .await
}

pub(crate) fn epoch_time(epoch: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(epoch, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}
