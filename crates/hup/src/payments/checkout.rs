//! Taking the card for an order (docs/payments.md). At order time hup prepares, for the
//! current attempt, a SetupIntent for the employee's customer (its secret goes to Stripe.js's
//! `confirmCardSetup`) and a PaymentIntent of the order's exact amount. The card the page (or
//! an API client) hands back is attached to the customer, set on the PaymentIntent and the
//! intent confirmed. Each id is stored the moment the provider made it and reused after, so
//! hup never makes the same call twice, whatever the provider does with `Idempotency-Key`.

use std::time::Duration;

use crate::orders::{get, Order, OrderError};
use crate::payments::provider::{ChargeRequest, PaymentState, ProviderError};
use crate::payments::settle::{self, Found, Outcome};
use crate::services::Services;
use crate::store::employees::Employee;
use crate::store::orders::{self as store, Intents};
use crate::store::{now_epoch, payments, StoreError};

/// A claim on confirming a payment older than this was abandoned (a crashed process).
const CLAIM_STALE: i64 = 60;

/// The order after an attempt to pay, and what the page must do next, if anything.
pub struct Paying {
    pub order: Order,
    /// 3-D Secure: the PaymentIntent's client secret for Stripe.js's `confirmCardPayment`.
    pub next_action: Option<String>,
}

/// Makes sure the order's current attempt has its intents at the provider; answers the order
/// as stored after. Does nothing for an order that takes no payment or is not waiting for one.
pub async fn prepare(
    services: &Services,
    order: Order,
    employee: &Employee,
) -> Result<Order, OrderError> {
    let ready = order.payment.setup_intent.is_some() && order.payment.payment_intent.is_some();
    if !order.takes_payment() || order.status.unpaid().is_none() || ready {
        return Ok(order);
    }
    let provider = &services.payments;
    let unavailable = OrderError::ProviderUnavailable;
    let customer = customer(services, employee).await?;
    let attempt = order.payment.attempt;
    let key = |what: &str| format!("hup-order-{}-{attempt}-{what}", order.id);
    if order.payment.setup_intent.is_none() {
        let setup = provider
            .create_setup(&customer, key("setup"))
            .await
            .map_err(unavailable)?;
        let intents = Intents {
            attempt,
            setup_intent: Some(&setup.id),
            setup_client_secret: Some(&setup.client_secret),
            payment_intent: None,
        };
        store::set_intents(&services.db, order.id, &intents).await?;
    }
    if order.payment.payment_intent.is_none() {
        let charge = ChargeRequest {
            order_id: order.id,
            amount_minor: order.price.minor,
            currency: order.price.currency.code(),
            customer: &customer,
            idempotency_key: key("payment"),
        };
        let payment = provider.create_payment(charge).await.map_err(unavailable)?;
        let intents = Intents {
            attempt,
            setup_intent: None,
            setup_client_secret: None,
            payment_intent: Some(&payment.id),
        };
        store::set_intents(&services.db, order.id, &intents).await?;
    }
    get(&services.db, employee.id, order.id)
        .await?
        .ok_or(OrderError::NotFound)
}

/// The employee's customer at the provider, made once per account.
async fn customer(services: &Services, employee: &Employee) -> Result<String, OrderError> {
    let provider = &services.payments;
    if let Some(id) = payments::customer(&services.db, employee.id, provider.code()).await? {
        return Ok(id);
    }
    let made = provider
        .create_customer(employee.id, &employee.email)
        .await
        .map_err(OrderError::ProviderUnavailable)?;
    Ok(payments::keep_customer(&services.db, employee.id, provider.code(), &made).await?)
}

/// A card PaymentMethod id as Stripe makes them.
pub(crate) fn is_card_id(text: &str) -> bool {
    text.len() <= 255
        && text.strip_prefix("pm_").is_some_and(|rest| {
            !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
}

/// Pays the employee's order `id` with the card `payment_method`. One request at a time per
/// order: a second (a double-clicked Pay) waits for the first and answers what it did.
pub async fn pay(
    services: &Services,
    employee: &Employee,
    id: i64,
    payment_method: &str,
) -> Result<Paying, OrderError> {
    if !is_card_id(payment_method) {
        return Err(OrderError::InvalidPaymentMethod);
    }
    let db = &services.db;
    let order = get(db, employee.id, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    if !order.takes_payment() {
        return Err(OrderError::WrongState(order.status));
    }
    if order.status.holds_licence() {
        return Ok(Paying {
            order,
            next_action: None,
        });
    }
    if order.status.unpaid().is_none() {
        return Err(OrderError::WrongState(order.status));
    }
    let now = now_epoch();
    if !store::claim_paying(db, id, now, now - CLAIM_STALE).await? {
        return wait_for_other(services, employee, id).await;
    }
    let result = pay_claimed(services, employee, order, payment_method).await;
    store::release_paying(db, id).await?;
    result
}

async fn wait_for_other(
    services: &Services,
    employee: &Employee,
    id: i64,
) -> Result<Paying, OrderError> {
    for _ in 0..120 {
        let now = now_epoch();
        if !store::is_paying(&services.db, id, now - CLAIM_STALE).await? {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let order = get(&services.db, employee.id, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    Ok(Paying {
        order,
        next_action: None,
    })
}

async fn pay_claimed(
    services: &Services,
    employee: &Employee,
    mut order: Order,
    payment_method: &str,
) -> Result<Paying, OrderError> {
    let db = &services.db;
    let Some(unpaid) = order.status.unpaid() else {
        return Err(OrderError::WrongState(order.status));
    };
    if unpaid.is_retry() {
        // The failed attempt's intent is cancelled and a new one made for this attempt.
        let mut tx = db.begin_write().await?;
        store::start_attempt(&mut tx, order.id, order.payment.attempt + 1, now_epoch()).await?;
        tx.commit().await.map_err(StoreError::from)?;
        if let Some(old) = &order.payment.payment_intent {
            if let Err(e) = services.payments.cancel(old).await {
                tracing::warn!(order = order.id, error = %e, "could not cancel the failed attempt's payment");
            }
        }
        order = get(db, employee.id, order.id)
            .await?
            .ok_or(OrderError::NotFound)?;
    }
    // Contract, "Limits": paying checks the limit again.
    let snapshot = services
        .catalog
        .snapshot()
        .await
        .map_err(anyhow::Error::from)?;
    let mut tx = db.begin_write().await?;
    let limit =
        crate::orders::check_limit(&mut tx, services, &snapshot, employee.id, &order.product).await;
    tx.rollback().await.map_err(StoreError::from)?;
    limit?;
    let order = prepare(services, order, employee).await?;
    let (Some(payment), Some(customer)) = (
        order.payment.payment_intent.clone(),
        payments::customer(db, employee.id, services.payments.code()).await?,
    ) else {
        return Err(OrderError::Internal(anyhow::anyhow!(
            "order {} has no payment",
            order.id
        )));
    };
    // The card pays the renewals of the order's subscription (issue 14).
    crate::store::subscriptions::keep_order_card(db, order.id, payment_method).await?;
    let reported = services
        .payments
        .pay(&payment, &customer, payment_method)
        .await;
    let outcome = match reported {
        Ok(payment) => payment.state,
        Err(ProviderError::Declined(reason)) => PaymentState::Failed { reason },
        Err(ProviderError::Refused(reason)) => return Err(OrderError::PaymentRefused(reason)),
        Err(e) => return Err(OrderError::ProviderUnavailable(e)),
    };
    apply_state(services, employee, order, outcome).await
}

/// Asks the provider where the order's payment stands and applies it (after 3-D Secure).
pub async fn refresh(
    services: &Services,
    employee: &Employee,
    id: i64,
) -> Result<Paying, OrderError> {
    let order = get(&services.db, employee.id, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    let Some(payment) = order.payment.payment_intent.clone() else {
        return Ok(Paying {
            order,
            next_action: None,
        });
    };
    if order.status.unpaid().is_none() {
        return Ok(Paying {
            order,
            next_action: None,
        });
    }
    let state = services
        .payments
        .payment(&payment)
        .await
        .map_err(OrderError::ProviderUnavailable)?
        .state;
    apply_state(services, employee, order, state).await
}

async fn apply_state(
    services: &Services,
    employee: &Employee,
    order: Order,
    state: PaymentState,
) -> Result<Paying, OrderError> {
    let mut next_action = None;
    let outcome = match state {
        PaymentState::Succeeded => Some(Outcome::paid_as(&order)),
        PaymentState::Failed { reason } => Some(Outcome::Failed { reason }),
        PaymentState::RequiresAction { client_secret } => {
            next_action = Some(client_secret);
            None
        }
        PaymentState::Open | PaymentState::Canceled => None,
    };
    if let Some(outcome) = outcome {
        settle::apply(services, Found::Order(order.id), outcome, None).await?;
    }
    let order = get(&services.db, employee.id, order.id)
        .await?
        .ok_or(OrderError::NotFound)?;
    Ok(Paying { order, next_action })
}

#[cfg(test)]
mod tests {
    use super::is_card_id;

    #[test]
    fn only_card_payment_method_ids_are_taken() {
        assert!(is_card_id("pm_1NxYzAbc"));
        assert!(!is_card_id("pm_"));
        assert!(!is_card_id("tok_visa"));
        assert!(!is_card_id("pm_../../v1/refunds"));
        assert!(!is_card_id(&format!("pm_{}", "a".repeat(300))));
    }
}
