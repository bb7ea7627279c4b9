//! Step 4, shop (R18): a signed-in employee buys one offer at the program price shown on
//! `/offers`. Checkout asks afresh whether the employee may buy (no cached entitlement), takes
//! the price from the catalog in force, and records the order with its mail in one
//! transaction. A client's `Idempotency-Key` makes retries safe: the same key never makes a
//! second order. Offers a regional store sells (R5) are refused with that store's address.
//!
//! With `HUP_PAYMENTS=none` no money is taken: the order is fulfilled at the program price
//! and the confirmation tells the employee to activate with the personal account (R19). With
//! a provider the order waits for its payment (`crate::payments`). Its states and their moves
//! are `hup_core::order`'s.

pub mod cancel;
pub mod entitlements;
pub mod fulfil;
pub mod mails;
pub mod refund;
pub mod support;

use hup_core::catalog::Term;
use hup_core::country::Country;
use hup_core::money::{Currency, Money};
use hup_core::order::OrderStatus;
use hup_core::vat::VatRate;

use hup_core::market::Offer;
use hup_core::offers::NoOffers;

use crate::catalog::offers::entitlement;
use crate::catalog::Snapshot;
use crate::mail::{self, MailError};
use crate::services::Services;
use crate::store::employees::Employee;
use crate::store::orders::{self as store, NewOrder, OrderRow};
use crate::store::{now_epoch, Db, StoreError};

/// A client's key for one purchase: 1 to 255 visible ASCII characters (a UUID, say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    pub fn parse(text: &str) -> Result<Self, OrderError> {
        let ok = (1..=255).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_graphic());
        if ok {
            Ok(IdempotencyKey(text.to_owned()))
        } else {
            Err(OrderError::InvalidKey)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One offer bought, at the price it had then.
#[derive(Clone, Debug)]
pub struct Order {
    pub id: i64,
    pub employee_id: i64,
    pub product: String,
    pub term: Term,
    pub country: String,
    pub list_price: Money,
    pub discount_percent: u8,
    pub price: Money,
    pub status: OrderStatus,
    pub created_at: i64,
    /// `none` (no money taken) or `stripe`.
    pub provider: String,
    pub payment: PaymentFacts,
    /// Set once the money is in.
    pub receipt: Option<Receipt>,
    /// The VAT rate of the country's price list at checkout, when the catalog names one.
    pub vat_rate: Option<VatRate>,
}

/// Where the current attempt to pay stands at the provider.
#[derive(Clone, Debug, Default)]
pub struct PaymentFacts {
    pub attempt: i64,
    pub payment_intent: Option<String>,
    pub setup_intent: Option<String>,
    /// What Stripe.js needs to keep the card (`confirmCardSetup`).
    pub setup_client_secret: Option<String>,
    /// Why the last attempt failed.
    pub failure: Option<String>,
    pub updated_at: i64,
}

/// The receipt of a paid order: a number sequential per seller, the seller, and the VAT the
/// price includes.
#[derive(Clone, Debug)]
pub struct Receipt {
    pub number: i64,
    pub paid_at: i64,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_vat_id: Option<String>,
    /// The VAT inside the price, when the rate is known.
    pub vat: Option<Money>,
}

impl Receipt {
    /// `R-000042`.
    pub fn label(&self) -> String {
        format!("R-{:06}", self.number)
    }
}

/// The number people quote to support: `HUP-000042`.
pub fn order_number(id: i64) -> String {
    format!("HUP-{id:06}")
}

impl Order {
    /// The number people quote to support: `HUP-000042`.
    pub fn number(&self) -> String {
        order_number(self.id)
    }

    /// The day of the purchase (UTC), for pages and mail that write it in their language.
    pub fn placed_date(&self) -> Option<chrono::NaiveDate> {
        chrono::DateTime::from_timestamp(self.created_at, 0).map(|d| d.date_naive())
    }

    /// `YYYY-MM-DD` (UTC) of the purchase.
    pub fn placed_on(&self) -> String {
        day(self.created_at)
    }

    /// Whether money is taken for this order (the provider was not `none` when it was placed).
    pub fn takes_payment(&self) -> bool {
        self.provider != "none"
    }

    pub(crate) fn from_row(row: &OrderRow) -> Result<Order, OrderError> {
        let bad = |what: &str| OrderError::Internal(anyhow::anyhow!("order {}: {what}", row.id));
        let currency = Currency::parse(&row.currency).map_err(|_| bad("currency"))?;
        let price = Money::new(row.price_minor, currency);
        let vat_rate = match row.vat_basis_points {
            Some(bp) => Some(
                u16::try_from(bp)
                    .ok()
                    .and_then(VatRate::from_basis_points)
                    .ok_or_else(|| bad("vat"))?,
            ),
            None => None,
        };
        let receipt = match (row.receipt_number, row.paid_at) {
            (Some(number), Some(paid_at)) => Some(Receipt {
                number,
                paid_at,
                seller_name: row.seller_name.clone().unwrap_or_default(),
                seller_address: row.seller_address.clone().unwrap_or_default(),
                seller_vat_id: row.seller_vat_id.clone(),
                vat: vat_rate.map(|r| r.included_in(price)),
            }),
            _ => None,
        };
        Ok(Order {
            id: row.id,
            employee_id: row.employee_id,
            product: row.product.clone(),
            term: Term::parse(&row.term).map_err(|_| bad("term"))?,
            country: row.country.clone(),
            list_price: Money::new(row.list_price_minor, currency),
            discount_percent: u8::try_from(row.discount_percent).map_err(|_| bad("discount"))?,
            price,
            status: OrderStatus::parse(&row.status).ok_or_else(|| bad("status"))?,
            created_at: row.created_at,
            provider: row.provider.clone(),
            payment: PaymentFacts {
                attempt: row.payment_attempt,
                payment_intent: row.payment_intent.clone(),
                setup_intent: row.setup_intent.clone(),
                setup_client_secret: row.setup_client_secret.clone(),
                failure: row.payment_failure.clone(),
                updated_at: row.updated_at,
            },
            receipt,
            vat_rate,
        })
    }
}

/// `YYYY-MM-DD` (UTC) of epoch seconds.
pub fn day(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[derive(Debug, thiserror::Error)]
pub enum OrderError {
    #[error("an Idempotency-Key header of 1 to 255 visible ASCII characters is required")]
    InvalidKey,
    #[error("this Idempotency-Key was already used for another purchase")]
    KeyReused,
    /// No current benefit, or nothing for sale in the employee's country.
    #[error("nothing can be bought: {}", .0.code())]
    Unavailable(NoOffers),
    #[error("{product} ({term}) is not offered in {country}")]
    NoSuchOffer {
        product: String,
        term: String,
        country: String,
    },
    /// R5: this offer is sold by a regional store, not through hup's checkout.
    #[error("this offer is sold by the regional store at {0}")]
    RegionalStore(String),
    /// The employee already holds the catalog's `limit` of this product (contract, "Limits").
    #[error("you already hold {limit} licence(s) of {product}, the most one employee may hold at a time")]
    LimitReached { product: String, limit: u32 },
    /// No such order of this employee (or, for the operator, at all).
    #[error("no such order")]
    NotFound,
    /// Paying, cancelling or refunding does not apply in the order's state.
    #[error("the order is {0}, so this does not apply")]
    WrongState(OrderStatus),
    /// Cancelling or changing the card does not apply in the subscription's state.
    #[error("the subscription is {}, so this does not apply", .0.code())]
    SubscriptionState(hup_core::subscription::SubscriptionStatus),
    /// The payment method is not a card id of the provider (`pm_…`).
    #[error("payment_method must be a card PaymentMethod id (pm_…)")]
    InvalidPaymentMethod,
    /// The provider refused the card id itself (unknown, or another customer's).
    #[error("the payment provider refused the payment method: {0}")]
    PaymentRefused(String),
    /// The provider could not be reached; nothing was charged, and the call may be repeated.
    #[error("the payment provider is unavailable; nothing was charged, please try again")]
    ProviderUnavailable(#[source] crate::payments::provider::ProviderError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Mail(#[from] MailError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// What the employee asks to buy.
pub struct Purchase<'a> {
    pub product: &'a str,
    pub term: &'a str,
    pub key: &'a IdempotencyKey,
}

/// The order and whether this request made it (`false`: the key's earlier order).
pub struct Placed {
    pub order: Order,
    pub created: bool,
}

/// The offer an order for `product` and `term` would buy now, with what it would record.
pub struct Previewed {
    pub offer: Offer,
    pub country: Country,
    tenant_id: i64,
}

/// What [`place`] would order for `product` and `term`, with the same checks and nothing
/// written: the review step before an order (issue 12) shows it. Asks afresh whether the
/// employee may buy, like checkout.
pub async fn preview(
    services: &Services,
    snapshot: &Snapshot,
    employee: &Employee,
    product: &str,
    term: &str,
) -> Result<Previewed, OrderError> {
    let country = Country::parse(&employee.country).map_err(anyhow::Error::from)?;
    let (entitled, grant) = entitlement(&services.db, employee.id).await?;
    let offers = snapshot
        .employee_offers(country, entitled)
        .map_err(OrderError::Unavailable)?;
    let tenant_id = grant
        .map(|g| g.tenant_id)
        .ok_or(OrderError::Unavailable(NoOffers::NoGrant))?;
    let offer = offers
        .offers
        .into_iter()
        .find(|o| o.product.as_str() == product && o.term.as_str() == term)
        .ok_or_else(|| OrderError::NoSuchOffer {
            product: product.to_owned(),
            term: term.to_owned(),
            country: country.as_str().to_owned(),
        })?;
    if let Some(url) = &offer.store_url {
        return Err(OrderError::RegionalStore(url.clone()));
    }
    Ok(Previewed {
        offer,
        country,
        tenant_id,
    })
}

/// Places the order, or returns the one this key already made. With a payment provider the
/// order waits for its money (`pending_payment`) and the provider's intents are prepared after
/// the commit ([`crate::payments::checkout::prepare`]); without one it is fulfilled at once and
/// its confirmation mailed in the same transaction.
pub async fn place(
    services: &Services,
    snapshot: &Snapshot,
    employee: &Employee,
    purchase: Purchase<'_>,
) -> Result<Placed, OrderError> {
    let (db, config) = (&services.db, &services.config);
    if let Some(earlier) = replay(db, employee.id, &purchase).await? {
        return Ok(earlier);
    }
    let Previewed {
        offer,
        country,
        tenant_id,
    } = preview(
        services,
        snapshot,
        employee,
        purchase.product,
        purchase.term,
    )
    .await?;
    let provider = &services.payments;
    let status = OrderStatus::placed(provider.checkout());
    let vat_rate = snapshot
        .catalog
        .as_ref()
        .and_then(|c| c.price_list(country))
        .and_then(|l| l.vat);
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    store::lock_employee(&mut tx, db.backend(), employee.id).await?;
    // A concurrent request with the same key got here first: its order is the answer, not a
    // refusal for the limit that order now fills.
    if store::key_taken(&mut tx, employee.id, purchase.key.as_str()).await? {
        tx.rollback().await.map_err(StoreError::from)?;
        return replay(db, employee.id, &purchase)
            .await?
            .ok_or_else(|| OrderError::Internal(anyhow::anyhow!("order key vanished")));
    }
    check_limit(
        &mut tx,
        services,
        snapshot,
        employee.id,
        offer.product.as_str(),
    )
    .await?;
    let new = NewOrder {
        employee_id: employee.id,
        tenant_id,
        idempotency_key: purchase.key.as_str(),
        product: offer.product.as_str(),
        term: offer.term.as_str(),
        country: country.as_str(),
        currency: offer.currency.code(),
        list_price_minor: offer.list_price_minor,
        discount_percent: i64::from(offer.discount_percent),
        price_minor: offer.price_minor,
        status: status.code(),
        provider: provider.code(),
        vat_basis_points: vat_rate.map(|r| i64::from(r.basis_points())),
        now,
    };
    let Some(id) = store::insert(&mut tx, &new).await? else {
        // A concurrent request with the same key won.
        tx.rollback().await.map_err(StoreError::from)?;
        return replay(db, employee.id, &purchase)
            .await?
            .ok_or_else(|| OrderError::Internal(anyhow::anyhow!("order key vanished")));
    };
    let order = Order {
        id,
        employee_id: employee.id,
        product: offer.product.as_str().to_owned(),
        term: offer.term,
        country: country.as_str().to_owned(),
        list_price: offer.list_price(),
        discount_percent: offer.discount_percent,
        price: offer.price(),
        status,
        created_at: now,
        provider: provider.code().to_owned(),
        payment: PaymentFacts {
            updated_at: now,
            ..PaymentFacts::default()
        },
        receipt: None,
        vat_rate,
    };
    if status == OrderStatus::Fulfilled {
        fulfil::start_subscription(&mut tx, id, now).await?;
        let locale = employee.language();
        let content = mails::Confirmation::new(config, snapshot, &order, locale);
        mail::queue(
            &mut tx,
            &config.mail_from,
            &employee.email,
            locale,
            &content,
        )
        .await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    services.mail.notify();
    Ok(Placed {
        order,
        created: true,
    })
}

/// Refuses one more licence of `product` than the catalog's limit (one by default), inside
/// the caller's transaction with the employee's checkouts serialized, so two processes cannot
/// both sell the last one.
pub(crate) async fn check_limit(
    tx: &mut crate::store::Tx,
    services: &Services,
    snapshot: &Snapshot,
    employee_id: i64,
    product: &str,
) -> Result<(), OrderError> {
    store::lock_employee(tx, services.db.backend(), employee_id).await?;
    let limit = snapshot
        .catalog
        .as_ref()
        .and_then(|c| c.product(product))
        .map_or(1, |p| p.limit);
    let held = store::held(tx, employee_id, product).await?;
    if hup_core::order::within_limit(u64::try_from(held).unwrap_or(u64::MAX), limit) {
        Ok(())
    } else {
        Err(OrderError::LimitReached {
            product: product.to_owned(),
            limit,
        })
    }
}

/// The order an earlier request made with this key; the same key for another purchase is an
/// error rather than a silent second order or a silent old one.
async fn replay(
    db: &Db,
    employee_id: i64,
    purchase: &Purchase<'_>,
) -> Result<Option<Placed>, OrderError> {
    let Some(row) = store::by_key(db, employee_id, purchase.key.as_str()).await? else {
        return Ok(None);
    };
    if row.product != purchase.product || row.term != purchase.term {
        return Err(OrderError::KeyReused);
    }
    Ok(Some(Placed {
        order: Order::from_row(&row)?,
        created: false,
    }))
}

/// The employee's orders, newest first.
pub async fn list(db: &Db, employee_id: i64) -> Result<Vec<Order>, OrderError> {
    store::of_employee(db, employee_id)
        .await?
        .iter()
        .map(Order::from_row)
        .collect()
}

/// Order `id` when it is the employee's; another's order is as absent as a missing one.
pub async fn get(db: &Db, employee_id: i64, id: i64) -> Result<Option<Order>, OrderError> {
    store::by_id(db, employee_id, id)
        .await?
        .as_ref()
        .map(Order::from_row)
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idempotency_keys_are_short_visible_ascii() {
        assert!(IdempotencyKey::parse("3f1c9a2e-7b1d-4c55-9a0e-1f2b3c4d5e6f").is_ok());
        assert!(IdempotencyKey::parse("").is_err());
        assert!(IdempotencyKey::parse("has space").is_err());
        assert!(IdempotencyKey::parse("sneaky\u{e9}").is_err());
        assert!(IdempotencyKey::parse(&"k".repeat(256)).is_err());
        assert!(IdempotencyKey::parse(&"k".repeat(255)).is_ok());
    }
}
