//! The provider's events (`POST /api/v1/payments/stripe/webhook`). An event is applied only
//! when its signature is good and fresh; each is applied once (its id is stored with the change
//! it makes), and an event about a payment hup does not know (another application's, or one
//! whose order has not committed yet) is answered 200 and changes nothing.

use crate::orders::OrderError;
use crate::payments::provider::{EventError, EventKind};
use crate::payments::settle::{self, Applied, Found, Outcome};
use crate::services::Services;
use crate::store::now_epoch;

#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// 400: not from the provider, or too old; nothing changed.
    #[error(transparent)]
    Refused(#[from] EventError),
    #[error(transparent)]
    Order(#[from] OrderError),
}

/// Checks and applies one event.
pub async fn receive(
    services: &Services,
    signature: Option<&str>,
    body: &[u8],
) -> Result<Applied, WebhookError> {
    let event = services
        .payments
        .verify_event(signature, body, now_epoch())?;
    let (payment, outcome) = match event.kind {
        EventKind::PaymentSucceeded {
            payment,
            amount_minor,
            currency,
        } => (
            payment,
            Outcome::Succeeded {
                amount_minor,
                currency,
            },
        ),
        EventKind::PaymentFailed { payment, reason } => (payment, Outcome::Failed { reason }),
        EventKind::Refunded { payment } => (payment, Outcome::Refunded),
        EventKind::Other => return Ok(Applied::Unchanged),
    };
    let applied =
        settle::apply(services, Found::Payment(&payment), outcome, Some(&event.id)).await?;
    tracing::info!(event = %event.id, ?applied, "payment event");
    Ok(applied)
}
