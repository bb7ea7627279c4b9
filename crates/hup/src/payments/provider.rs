//! The one trait money moves through (architecture: "Money moves through a provider trait").
//! hup owns orders and their schedule; a provider only keeps customers and cards, charges,
//! refunds and reports what happened. `none` takes no money; `stripe` charges cards. Issue 14
//! adds renewals through [`PaymentProvider::charge_saved_card`] without reshaping this.

use futures_util::future::BoxFuture;
use hup_core::order::Checkout;

/// Why a provider call did not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// The bank or the provider declined the card; the employee may try another.
    #[error("{0}")]
    Declined(String),
    /// The provider refused the request itself (a bad id, a state that does not allow it).
    #[error("the payment provider refused: {0}")]
    Refused(String),
    /// The provider could not be reached or failed; the call may be tried again later.
    #[error("the payment provider is unavailable: {0}")]
    Unavailable(String),
    /// `none` takes no money, so there is nothing to ask it.
    #[error("no payment provider is configured (HUP_PAYMENTS=none)")]
    NotTaken,
}

/// Where the provider keeps the card for this attempt: what Stripe.js needs on the page.
#[derive(Clone, Debug)]
pub struct Setup {
    pub id: String,
    pub client_secret: String,
}

/// A charge of an order's exact amount, asked for once per attempt.
#[derive(Clone, Debug)]
pub struct ChargeRequest<'a> {
    pub order_id: i64,
    pub amount_minor: i64,
    /// ISO 4217, as the catalog has it.
    pub currency: &'a str,
    pub customer: &'a str,
    /// The same key for the same attempt, so the provider never charges twice for it.
    pub idempotency_key: String,
}

/// Where a payment stands at the provider.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaymentState {
    Succeeded,
    /// Declined or failed; nothing was taken.
    Failed {
        reason: String,
    },
    /// The bank asks for 3-D Secure: the page completes it with this client secret.
    RequiresAction {
        client_secret: String,
    },
    /// Not decided yet (no card yet, or the provider is still working on it).
    Open,
    Canceled,
}

/// A payment as the provider reports it.
#[derive(Clone, Debug)]
pub struct Payment {
    pub id: String,
    pub amount_minor: i64,
    /// Lower case, as Stripe writes it.
    pub currency: String,
    pub state: PaymentState,
}

/// An event the provider signed, already checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderEvent {
    pub id: String,
    pub kind: EventKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventKind {
    PaymentSucceeded {
        payment: String,
        amount_minor: i64,
        currency: String,
    },
    PaymentFailed {
        payment: String,
        reason: String,
    },
    /// Money went back (in the provider's dashboard, or by hup).
    Refunded {
        payment: String,
    },
    /// Anything hup does not act on.
    Other,
}

/// Why an event was refused: it changes nothing.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum EventError {
    #[error("the event is not signed")]
    Unsigned,
    #[error("the event's signature does not match")]
    BadSignature,
    #[error("the event was signed more than 5 minutes ago")]
    Stale,
    #[error("the event cannot be read: {0}")]
    Unreadable(String),
    #[error("no payment provider takes events (HUP_PAYMENTS=none)")]
    NotTaken,
}

type Answer<'a, T> = BoxFuture<'a, Result<T, ProviderError>>;

/// A payment provider. Methods that need money return [`ProviderError::NotTaken`] on `none`.
pub trait PaymentProvider: Send + Sync {
    /// The stored `orders.provider` value: `none` or `stripe`.
    fn code(&self) -> &'static str;

    /// How checkout places an order with this provider.
    fn checkout(&self) -> Checkout;

    /// What the payment page hands Stripe.js.
    fn publishable_key(&self) -> Option<&str>;

    /// A new customer for a personal account; hup stores it and asks once per account.
    fn create_customer<'a>(&'a self, employee_id: i64, email: &'a str) -> Answer<'a, String>;

    /// Keeps a card of `customer` for later, off-session payments (renewals).
    fn create_setup<'a>(&'a self, customer: &'a str, idempotency_key: String) -> Answer<'a, Setup>;

    /// A payment of the order's exact amount and currency, not confirmed yet.
    fn create_payment<'a>(&'a self, charge: ChargeRequest<'a>) -> Answer<'a, Payment>;

    /// Pays `payment` with the card `payment_method`, attached to `customer` first.
    fn pay<'a>(
        &'a self,
        payment: &'a str,
        customer: &'a str,
        payment_method: &'a str,
    ) -> Answer<'a, Payment>;

    /// Where `payment` stands now (reconciliation, and after 3-D Secure).
    fn payment<'a>(&'a self, payment: &'a str) -> Answer<'a, Payment>;

    /// Cancels a payment that did not succeed, so it never can.
    fn cancel<'a>(&'a self, payment: &'a str) -> Answer<'a, ()>;

    /// Gives a succeeded payment's money back; returns the refund's id.
    fn refund<'a>(&'a self, payment: &'a str, idempotency_key: String) -> Answer<'a, String>;

    /// Charges a saved card off-session (renewals, issue 14).
    fn charge_saved_card<'a>(
        &'a self,
        charge: ChargeRequest<'a>,
        payment_method: &'a str,
    ) -> Answer<'a, Payment>;

    /// Keeps card `payment_method` with `customer` (the card a subscription's renewals use).
    fn attach_card<'a>(&'a self, customer: &'a str, payment_method: &'a str) -> Answer<'a, ()>;

    /// Checks an event's signature (`header`) over `body` at `now` and reads it.
    fn verify_event(
        &self,
        header: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<ProviderEvent, EventError>;
}
