//! Applying what the provider reports to an order, exactly once. The paying request, a
//! webhook and the reconciliation worker may all learn the same news, in several processes at
//! once: each applies it in one transaction that locks the order and changes it only from the
//! state the news applies to (and records a webhook's event id in the same transaction), so the
//! money is counted, the receipt numbered and the mail sent once.

use hup_core::order::{OrderEvent, OrderStatus};

use crate::orders::{fulfil, mails, Order, OrderError};
use crate::services::Services;
use crate::store::orders::{self as store, PaidReceipt};
use crate::store::{employees, now_epoch, payments, StoreError};

/// Which order the news is about.
pub enum Found<'a> {
    Order(i64),
    /// The provider's payment of the order's current attempt.
    Payment(&'a str),
}

/// What the provider reports.
#[derive(Clone, Debug)]
pub enum Outcome {
    Succeeded { amount_minor: i64, currency: String },
    Failed { reason: String },
    Refunded,
}

impl Outcome {
    /// The success of `order`'s own amount (when the provider said so without an amount).
    pub fn paid_as(order: &Order) -> Outcome {
        Outcome::Succeeded {
            amount_minor: order.price.minor,
            currency: order.price.currency.code().to_owned(),
        }
    }
}

/// What applying the news did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    Changed(OrderStatus),
    /// Known news (or an event seen before): nothing to do.
    Unchanged,
    /// No order of hup's has this payment: another application's, or not committed yet.
    Unknown,
}

/// Applies `outcome` to the order; `event` is the provider event's id when the news came by
/// webhook.
pub async fn apply(
    services: &Services,
    found: Found<'_>,
    outcome: Outcome,
    event: Option<&str>,
) -> Result<Applied, OrderError> {
    let backend = services.db.backend();
    let now = now_epoch();
    let mut tx = services.db.begin_write().await?;
    let row = match found {
        Found::Order(id) => store::lock(&mut tx, backend, id).await?,
        Found::Payment(payment) => store::by_payment(&mut tx, backend, payment).await?,
    };
    let Some(row) = row else {
        // Not recorded as seen: the provider retries, and the order may exist by then.
        tx.rollback().await.map_err(StoreError::from)?;
        return Ok(Applied::Unknown);
    };
    if let Some(event) = event {
        if !payments::first_delivery(&mut tx, &row.provider, event, now).await? {
            tx.rollback().await.map_err(StoreError::from)?;
            return Ok(Applied::Unchanged);
        }
    }
    let order = Order::from_row(&row)?;
    let changed = match outcome {
        Outcome::Succeeded {
            amount_minor,
            currency,
        } => {
            let exact = amount_minor == order.price.minor
                && currency.eq_ignore_ascii_case(order.price.currency.code());
            if !exact {
                tracing::error!(order = order.id, amount_minor, %currency, "a payment of another amount than the order's was reported; not applied");
                tx.rollback().await.map_err(StoreError::from)?;
                return Ok(Applied::Unchanged);
            }
            paid(services, &mut tx, &order, now).await?
        }
        Outcome::Failed { reason } => {
            let ok = order.status.transition(OrderEvent::PaymentFailed).is_ok()
                && store::mark_failed(&mut tx, order.id, &reason, now).await?;
            ok.then_some(OrderStatus::PaymentFailed)
        }
        Outcome::Refunded => {
            let ok = order.status.transition(OrderEvent::Refund).is_ok()
                && store::mark_refunded(&mut tx, order.id, order.status.code(), None, now).await?;
            if ok {
                crate::store::subscriptions::end_of_order(&mut tx, order.id, now).await?;
            }
            ok.then_some(OrderStatus::Refunded)
        }
    };
    tx.commit().await.map_err(StoreError::from)?;
    services.mail.notify();
    Ok(changed.map_or(Applied::Unchanged, Applied::Changed))
}

/// `pending_payment` → `paid` with the next receipt number → `fulfilled`, and the mail with
/// the receipt and how to activate; nothing when the order is not waiting for its money.
async fn paid(
    services: &Services,
    tx: &mut crate::store::Tx,
    order: &Order,
    now: i64,
) -> Result<Option<OrderStatus>, OrderError> {
    if order
        .status
        .transition(OrderEvent::PaymentSucceeded)
        .is_err()
    {
        return Ok(None);
    }
    let seller = &services.config.seller;
    let counter = seller.vat_id.as_deref().unwrap_or(&seller.name);
    let number = payments::next_receipt(tx, counter).await?;
    let receipt = PaidReceipt {
        number,
        seller_name: &seller.name,
        seller_address: &seller.address,
        seller_vat_id: seller.vat_id.as_deref(),
    };
    if !store::mark_paid(tx, order.id, &receipt, now).await? {
        return Ok(None);
    }
    let status = if fulfil::fulfil(tx, order.id, now).await? {
        OrderStatus::Fulfilled
    } else {
        OrderStatus::Paid
    };
    let row = store::lock(tx, services.db.backend(), order.id)
        .await?
        .ok_or(OrderError::NotFound)?;
    let settled = Order::from_row(&row)?;
    if let Some(employee) = employees::employee_by_id(&services.db, order.employee_id).await? {
        let snapshot = services
            .catalog
            .snapshot()
            .await
            .map_err(anyhow::Error::from)?;
        let locale = employee.language();
        let content = mails::Confirmation::new(&services.config, &snapshot, &settled, locale);
        crate::mail::queue(
            tx,
            &services.config.mail_from,
            &employee.email,
            locale,
            &content,
        )
        .await?;
    }
    Ok(Some(status))
}
