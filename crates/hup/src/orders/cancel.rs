//! An employee abandons an unpaid order (`POST /api/v1/orders/{id}/cancel`, the Cancel button).
//! Its payment at the provider is cancelled first, so it can never succeed afterwards; when the
//! provider says the money already came in, the order is settled as paid instead.

use hup_core::order::OrderStatus;

use super::{get, Order, OrderError};
use crate::payments::provider::{PaymentState, ProviderError};
use crate::payments::settle::{self, Found, Outcome};
use crate::services::Services;
use crate::store::orders as store;
use crate::store::{now_epoch, StoreError};

/// Cancels the employee's unpaid order `id` and answers it as it stands after.
pub async fn cancel(services: &Services, employee_id: i64, id: i64) -> Result<Order, OrderError> {
    let order = get(&services.db, employee_id, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    let Some(unpaid) = order.status.unpaid() else {
        return Err(OrderError::WrongState(order.status));
    };
    if let Some(payment) = &order.payment.payment_intent {
        if stop_payment(services, payment).await? {
            settle::apply(services, Found::Order(id), Outcome::paid_as(&order), None).await?;
            return Err(OrderError::WrongState(OrderStatus::Fulfilled));
        }
    }
    end(services, id, unpaid.status(), unpaid.cancel()).await?;
    get(&services.db, employee_id, id)
        .await?
        .ok_or(OrderError::NotFound)
}

/// Cancels `payment` at the provider; true when it had succeeded already (nothing to cancel).
pub(crate) async fn stop_payment(services: &Services, payment: &str) -> Result<bool, OrderError> {
    let provider = &services.payments;
    let now = provider
        .payment(payment)
        .await
        .map_err(OrderError::ProviderUnavailable)?;
    match now.state {
        PaymentState::Succeeded => Ok(true),
        PaymentState::Canceled => Ok(false),
        _ => match provider.cancel(payment).await {
            Ok(()) | Err(ProviderError::Refused(_)) => Ok(false),
            Err(e) => Err(OrderError::ProviderUnavailable(e)),
        },
    }
}

/// Moves an unpaid order to `to` (cancelled), unless it changed meanwhile.
pub(crate) async fn end(
    services: &Services,
    id: i64,
    from: OrderStatus,
    to: OrderStatus,
) -> Result<bool, OrderError> {
    let mut tx = services.db.begin_write().await?;
    let done = store::set_status(&mut tx, id, from.code(), to.code(), now_epoch()).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(done)
}
