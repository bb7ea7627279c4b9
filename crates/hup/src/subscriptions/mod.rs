//! Subscriptions bought through the program (issue 14): a fulfilled `P1Y`/`P1M` order starts
//! one at the price it was bought for; the renewal worker (`renew`) charges that price on each
//! renewal date to the saved card, whatever the catalog or the employee's grant say by then
//! (the rules are `hup_core::subscription`'s). The employee lists them, cancels renewal and
//! replaces the card.

pub mod mails;
pub mod renew;

use chrono::{DateTime, Utc};
use hup_core::catalog::Term;
use hup_core::money::{Currency, Money};
use hup_core::subscription::{SubscriptionEvent, SubscriptionStatus};

use crate::orders::OrderError;
use crate::services::Services;
use crate::store::employees::Employee;
use crate::store::subscriptions::{self as store, SubscriptionRow};
use crate::store::{now_epoch, Db, StoreError};

/// A subscription as the employee sees it.
#[derive(Clone, Debug)]
pub struct Subscription {
    pub id: i64,
    pub order_id: i64,
    pub product: String,
    pub term: Term,
    pub status: SubscriptionStatus,
    /// The price locked at the first purchase.
    pub price: Money,
    pub current_period_end: DateTime<Utc>,
    /// Periods paid so far (1 after the purchase).
    pub periods: i64,
    pub started_at: DateTime<Utc>,
    /// Why the last renewal could not be charged, while `past_due`.
    pub failure: Option<String>,
}

pub(crate) use crate::orders::fulfil::epoch_time;

impl Subscription {
    pub(crate) fn from_row(r: &SubscriptionRow) -> Result<Subscription, OrderError> {
        let bad =
            |what: &str| OrderError::Internal(anyhow::anyhow!("subscription {}: {what}", r.id));
        Ok(Subscription {
            id: r.id,
            order_id: r.order_id,
            product: r.product.clone(),
            term: Term::parse(&r.term).map_err(|_| bad("stored term"))?,
            status: SubscriptionStatus::parse(&r.status).ok_or_else(|| bad("stored status"))?,
            price: Money::new(
                r.price_minor,
                Currency::parse(&r.currency).map_err(|_| bad("stored currency"))?,
            ),
            current_period_end: epoch_time(r.current_period_end),
            periods: r.periods,
            started_at: epoch_time(r.started_at),
            failure: r.failure.clone(),
        })
    }

    /// The next renewal date while it renews.
    pub fn next_renewal(&self) -> Option<DateTime<Utc>> {
        self.status.renews().then_some(self.current_period_end)
    }
}

/// The employee's subscriptions, newest first.
pub async fn list(db: &Db, employee_id: i64) -> Result<Vec<Subscription>, OrderError> {
    store::of_employee(db, employee_id)
        .await?
        .iter()
        .map(Subscription::from_row)
        .collect()
}

/// The subscription order `order_id` started, if any.
pub async fn of_order(db: &Db, order_id: i64) -> Result<Option<Subscription>, OrderError> {
    store::of_order(db, order_id)
        .await?
        .as_ref()
        .map(Subscription::from_row)
        .transpose()
}

async fn own(db: &Db, employee: &Employee, id: i64) -> Result<Subscription, OrderError> {
    let row = store::get(db, employee.id, id)
        .await?
        .ok_or(OrderError::NotFound)?;
    Subscription::from_row(&row)
}

/// Stops renewal; the subscription stays usable until its current period ends. Cancelling
/// a cancelled one answers it as it is.
pub async fn cancel(
    services: &Services,
    employee: &Employee,
    id: i64,
) -> Result<Subscription, OrderError> {
    let db = &services.db;
    let sub = own(db, employee, id).await?;
    if sub.status == SubscriptionStatus::Cancelled {
        return Ok(sub);
    }
    let to = sub
        .status
        .transition(SubscriptionEvent::Cancel)
        .map_err(|e| OrderError::SubscriptionState(e.from))?;
    let mut tx = db.begin_write().await?;
    let done = store::set_status(&mut tx, id, sub.status.code(), to.code(), now_epoch()).await?;
    tx.commit().await.map_err(StoreError::from)?;
    if !done {
        // The worker moved it meanwhile: answer where it is now.
        return own(db, employee, id).await;
    }
    tracing::info!(subscription = id, "subscription cancelled by the employee");
    own(db, employee, id).await
}

/// Replaces the card later renewals are charged to: attached to the employee's customer at
/// the provider first, so a card the provider refuses is never kept.
pub async fn change_payment_method(
    services: &Services,
    employee: &Employee,
    id: i64,
    payment_method: &str,
) -> Result<Subscription, OrderError> {
    if !crate::payments::checkout::is_card_id(payment_method) {
        return Err(OrderError::InvalidPaymentMethod);
    }
    let db = &services.db;
    let sub = own(db, employee, id).await?;
    if !sub.status.renews() {
        return Err(OrderError::SubscriptionState(sub.status));
    }
    let provider = &services.payments;
    let customer = crate::store::payments::customer(db, employee.id, provider.code()).await?;
    if let Some(customer) = customer {
        provider
            .attach_card(&customer, payment_method)
            .await
            .map_err(|e| match e {
                crate::payments::provider::ProviderError::Refused(r)
                | crate::payments::provider::ProviderError::Declined(r) => {
                    OrderError::PaymentRefused(r)
                }
                e => OrderError::ProviderUnavailable(e),
            })?;
    }
    store::set_payment_method(db, employee.id, id, payment_method, now_epoch()).await?;
    own(db, employee, id).await
}
