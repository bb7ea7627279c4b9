//! `HUP_PAYMENTS=none`: no money is taken. An order is fulfilled the moment it is placed (the
//! demo, or programs billed outside hup), and the pages say that no payment is taken.

use futures_util::future::{self, BoxFuture};
use hup_core::order::Checkout;

use super::provider::{
    ChargeRequest, EventError, Payment, PaymentProvider, ProviderError, ProviderEvent, Setup,
};

pub struct NoPayments;

fn not_taken<'a, T: Send + 'a>() -> BoxFuture<'a, Result<T, ProviderError>> {
    Box::pin(future::ready(Err(ProviderError::NotTaken)))
}

impl PaymentProvider for NoPayments {
    fn code(&self) -> &'static str {
        "none"
    }

    fn checkout(&self) -> Checkout {
        Checkout::WithoutPayment
    }

    fn publishable_key(&self) -> Option<&str> {
        None
    }

    fn create_customer<'a>(
        &'a self,
        _: i64,
        _: &'a str,
    ) -> BoxFuture<'a, Result<String, ProviderError>> {
        not_taken()
    }

    fn create_setup<'a>(
        &'a self,
        _: &'a str,
        _: String,
    ) -> BoxFuture<'a, Result<Setup, ProviderError>> {
        not_taken()
    }

    fn create_payment<'a>(
        &'a self,
        _: ChargeRequest<'a>,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        not_taken()
    }

    fn pay<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
        _: &'a str,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        not_taken()
    }

    fn payment<'a>(&'a self, _: &'a str) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        not_taken()
    }

    fn cancel<'a>(&'a self, _: &'a str) -> BoxFuture<'a, Result<(), ProviderError>> {
        not_taken()
    }

    fn refund<'a>(&'a self, _: &'a str, _: String) -> BoxFuture<'a, Result<String, ProviderError>> {
        not_taken()
    }

    fn charge_saved_card<'a>(
        &'a self,
        _: ChargeRequest<'a>,
        _: &'a str,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        not_taken()
    }

    fn attach_card<'a>(
        &'a self,
        _: &'a str,
        _: &'a str,
    ) -> BoxFuture<'a, Result<(), ProviderError>> {
        not_taken()
    }

    fn verify_event(&self, _: Option<&str>, _: &[u8], _: i64) -> Result<ProviderEvent, EventError> {
        Err(EventError::NotTaken)
    }
}
