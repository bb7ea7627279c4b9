//! The reconciliation worker: what a lost webhook, a crash between the provider's success and
//! hup's commit, or an event that came before its order committed leaves behind, it finishes.
//! It asks the provider about orders pending without news for a while, fulfils paid orders a
//! crash left unfulfilled, and cancels unpaid orders after a day (asking the provider first,
//! so an order whose money did come in is fulfilled instead). Safe in every process at once:
//! each change goes through [`settle::apply`] or a compare-and-set.

use std::sync::Arc;

use hup_core::order::OrderStatus;
use tokio::sync::watch;

use crate::orders::cancel::{end, stop_payment};
use crate::orders::{fulfil, Order, OrderError};
use crate::payments::provider::PaymentState;
use crate::payments::settle::{self, Found, Outcome};
use crate::services::Services;
use crate::store::orders as store;
use crate::store::{now_epoch, StoreError};

/// Runs [`once`] every `payment_timing.every` until `stop`.
pub async fn run(services: Arc<Services>, mut stop: watch::Receiver<bool>) {
    let every = services.config.payment_timing.every;
    loop {
        if let Err(e) = once(&services, now_epoch()).await {
            tracing::warn!(error = %e, "payment reconciliation failed; will try again");
        }
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = stop.changed() => return,
        }
    }
}

/// One pass at `now`; returns how many orders changed.
pub async fn once(services: &Services, now: i64) -> Result<usize, OrderError> {
    let timing = services.config.payment_timing;
    let quiet_since = now - timing.ask_after.as_secs() as i64;
    let expire_before = now - timing.expire_after.as_secs() as i64;
    let rows = store::needing_attention(&services.db, quiet_since, expire_before).await?;
    let mut changed = 0;
    for row in rows {
        let order = Order::from_row(&row)?;
        let done = match order.status {
            OrderStatus::Paid => {
                let mut tx = services.db.begin_write().await?;
                let done = fulfil::fulfil(&mut tx, order.id, now).await?;
                tx.commit().await.map_err(StoreError::from)?;
                done
            }
            _ if order.created_at <= expire_before => expire(services, &order).await?,
            OrderStatus::PendingPayment => ask(services, &order, now).await?,
            _ => false,
        };
        changed += usize::from(done);
    }
    Ok(changed)
}

/// Cancels an unpaid order that outlived its day, unless its money came in after all.
async fn expire(services: &Services, order: &Order) -> Result<bool, OrderError> {
    let Some(unpaid) = order.status.unpaid() else {
        return Ok(false);
    };
    if let Some(payment) = &order.payment.payment_intent {
        if stop_payment(services, payment).await? {
            let applied = settle::apply(
                services,
                Found::Order(order.id),
                Outcome::paid_as(order),
                None,
            )
            .await?;
            return Ok(applied != settle::Applied::Unchanged);
        }
    }
    end(services, order.id, unpaid.status(), unpaid.cancel()).await
}

/// Asks the provider about a pending order's payment and applies the answer.
async fn ask(services: &Services, order: &Order, now: i64) -> Result<bool, OrderError> {
    let Some(payment) = &order.payment.payment_intent else {
        return Ok(false);
    };
    store::touch(&services.db, order.id, now).await?;
    let reported = services
        .payments
        .payment(payment)
        .await
        .map_err(OrderError::ProviderUnavailable)?;
    let outcome = match reported.state {
        PaymentState::Succeeded => Outcome::Succeeded {
            amount_minor: reported.amount_minor,
            currency: reported.currency,
        },
        PaymentState::Failed { reason } => Outcome::Failed { reason },
        _ => return Ok(false),
    };
    let applied = settle::apply(services, Found::Order(order.id), outcome, None).await?;
    Ok(matches!(applied, settle::Applied::Changed(_)))
}
