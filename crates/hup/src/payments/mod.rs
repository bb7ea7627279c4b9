//! Paying for an order (R18, issue 13): the provider trait and its two providers, the checkout
//! flow that takes the card, settling what the provider reports (once, whoever reports it:
//! the paying request, a webhook, or the reconciliation worker), and the worker itself.

pub mod checkout;
pub mod none;
pub mod provider;
pub mod reconcile;
pub mod settle;
pub mod stripe;
pub mod webhook;

use std::sync::Arc;

use crate::config::PaymentsConfig;
use provider::PaymentProvider;

/// The process's payment provider.
pub type Payments = Arc<dyn PaymentProvider>;

/// The provider `HUP_PAYMENTS` names.
pub fn from_config(config: &PaymentsConfig) -> anyhow::Result<Payments> {
    Ok(match config {
        PaymentsConfig::None => Arc::new(none::NoPayments),
        PaymentsConfig::Stripe(stripe) => Arc::new(stripe::Stripe::new((**stripe).clone())?),
    })
}
