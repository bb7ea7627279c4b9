//! The operator gives an order's money back (`hup orders refund`, `POST
//! /api/v1/orders/{id}/refund`, and the operator console): through the provider, then
//! `refunded`, which ends the entitlement. One service function, so every adapter refunds the
//! same way; the provider's idempotency key makes a repeated refund give back once.

use hup_core::order::OrderEvent;

use super::{Order, OrderError};
use crate::audit::{self, Action, Actor};
use crate::services::Services;
use crate::store::orders as store;
use crate::store::{now_epoch, StoreError};

/// Refunds order `id` (of any employee: the operator's call); the audit log names `actor`.
pub async fn refund(services: &Services, actor: &Actor, id: i64) -> Result<Order, OrderError> {
    let db = &services.db;
    let row = store::any_by_id(db, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    let order = Order::from_row(&row)?;
    let refunded = order
        .status
        .transition(OrderEvent::Refund)
        .map_err(|e| OrderError::WrongState(e.from))?;
    let now = now_epoch();
    // One money movement per order at a time: a second refund waits for the first's answer.
    if !store::claim_paying(db, id, now, now - 60).await? {
        return Err(OrderError::WrongState(order.status));
    }
    let result = give_back(services, actor, &order, refunded).await;
    store::release_paying(db, id).await?;
    result?;
    let row = store::any_by_id(db, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    Order::from_row(&row)
}

async fn give_back(
    services: &Services,
    actor: &Actor,
    order: &Order,
    refunded: hup_core::order::OrderStatus,
) -> Result<(), OrderError> {
    let refund_id = match (&order.payment.payment_intent, order.takes_payment()) {
        (Some(payment), true) => Some(
            services
                .payments
                .refund(payment, format!("hup-order-{}-refund", order.id))
                .await
                .map_err(OrderError::ProviderUnavailable)?,
        ),
        // Nothing was taken (`none`), so nothing goes back; the entitlement still ends.
        _ => None,
    };
    let mut tx = services.db.begin_write().await?;
    let done = store::mark_refunded(
        &mut tx,
        order.id,
        order.status.code(),
        refund_id.as_deref(),
        now_epoch(),
    )
    .await?;
    if done {
        crate::store::subscriptions::end_of_order(&mut tx, order.id, now_epoch()).await?;
        let detail = serde_json::json!({
            "price": order.price.to_string(),
            "refund": refund_id,
        });
        audit::record(&mut tx, actor, Action::OrderRefund, &order.number(), detail).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    if done {
        tracing::info!(order = order.id, status = %refunded, "order refunded");
    }
    Ok(())
}
