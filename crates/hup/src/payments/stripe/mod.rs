//! Stripe, through a small typed client over `reqwest`: the handful of calls hup makes
//! (Customers, SetupIntents, PaymentIntents, PaymentMethods attach, Refunds), form-encoded as
//! Stripe's API wants, each with an `Idempotency-Key`, and typed answers for the few fields
//! read. `async-stripe` would bring hundreds of generated types for these few calls.
//!
//! The flow (docs/payments.md): at order time a SetupIntent (`usage=off_session`) for the
//! employee's Customer, whose secret the page hands to `confirmCardSetup`; the resulting card
//! is attached to the Customer, set on the order's PaymentIntent and the intent confirmed
//! without parameters. It works against Stripe and against `localstripe` in tests, which
//! refuses `confirm` with a `payment_method`.

pub mod signature;

use futures_util::future::BoxFuture;
use hup_core::order::Checkout;
use serde::Deserialize;

use super::provider::{
    ChargeRequest, EventError, EventKind, Payment, PaymentProvider, PaymentState, ProviderError,
    ProviderEvent, Setup,
};
use crate::config::StripeConfig;

pub struct Stripe {
    config: StripeConfig,
    http: reqwest::Client,
}

impl Stripe {
    pub fn new(config: StripeConfig) -> Result<Stripe, anyhow::Error> {
        let http = reqwest::Client::builder()
            .timeout(std::time::Duration::from_secs(30))
            .build()?;
        Ok(Stripe { config, http })
    }

    fn url(&self, path: &str) -> String {
        format!(
            "{}{path}",
            self.config.api_base.as_str().trim_end_matches('/')
        )
    }

    /// One call; `key` is the Idempotency-Key of calls that create or change something.
    async fn call<T: for<'de> Deserialize<'de>>(
        &self,
        method: reqwest::Method,
        path: &str,
        form: &[(&str, String)],
        key: Option<&str>,
    ) -> Result<T, ProviderError> {
        let mut request = self
            .http
            .request(method.clone(), self.url(path))
            .bearer_auth(self.config.secret_key.expose());
        if method == reqwest::Method::POST {
            request = request.form(form);
        }
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request
            .send()
            .await
            .map_err(|e| ProviderError::Unavailable(e.without_url().to_string()))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| ProviderError::Unavailable(e.without_url().to_string()))?;
        if status.is_success() {
            return serde_json::from_slice(&body)
                .map_err(|e| ProviderError::Unavailable(format!("unreadable answer: {e}")));
        }
        let message = serde_json::from_slice::<ErrorBody>(&body)
            .ok()
            .and_then(|b| b.error.message)
            .unwrap_or_else(|| format!("HTTP {status}"));
        Err(match status.as_u16() {
            402 => ProviderError::Declined(message),
            400..=499 if status != reqwest::StatusCode::TOO_MANY_REQUESTS => {
                ProviderError::Refused(message)
            }
            _ => ProviderError::Unavailable(message),
        })
    }

    async fn post<T: for<'de> Deserialize<'de>>(
        &self,
        path: &str,
        form: &[(&str, String)],
        key: &str,
    ) -> Result<T, ProviderError> {
        self.call(reqwest::Method::POST, path, form, Some(key))
            .await
    }

    async fn intent(&self, id: &str) -> Result<Payment, ProviderError> {
        let path = format!("/v1/payment_intents/{}", path_segment(id)?);
        let intent: IntentBody = self.call(reqwest::Method::GET, &path, &[], None).await?;
        Ok(intent.into_payment())
    }

    async fn confirm(&self, id: &str, key: String) -> Result<Payment, ProviderError> {
        let path = format!("/v1/payment_intents/{}/confirm", path_segment(id)?);
        match self.post::<IntentBody>(&path, &[], &key).await {
            Ok(intent) => Ok(intent.into_payment()),
            // A decline at confirmation answers 402; the intent then says why.
            Err(ProviderError::Declined(reason)) => Ok(Payment {
                state: PaymentState::Failed { reason },
                ..self.intent(id).await?
            }),
            Err(e) => Err(e),
        }
    }
}

/// Ids go into paths only when they are Stripe-shaped, so nothing else can be addressed.
fn path_segment(id: &str) -> Result<&str, ProviderError> {
    let ok = !id.is_empty()
        && id.len() <= 255
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if ok {
        Ok(id)
    } else {
        Err(ProviderError::Refused(format!("{id:?} is not a Stripe id")))
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    message: Option<String>,
}

#[derive(Deserialize)]
struct IdBody {
    id: String,
}

#[derive(Deserialize)]
struct SetupBody {
    id: String,
    client_secret: String,
}

#[derive(Deserialize)]
struct LastError {
    message: Option<String>,
}

#[derive(Deserialize)]
struct IntentBody {
    id: String,
    amount: i64,
    currency: String,
    status: String,
    #[serde(default)]
    client_secret: Option<String>,
    #[serde(default)]
    last_payment_error: Option<LastError>,
}

impl IntentBody {
    fn into_payment(self) -> Payment {
        let state = match self.status.as_str() {
            "succeeded" => PaymentState::Succeeded,
            "canceled" => PaymentState::Canceled,
            "requires_action" => PaymentState::RequiresAction {
                client_secret: self.client_secret.unwrap_or_default(),
            },
            "requires_payment_method" if self.last_payment_error.is_some() => {
                PaymentState::Failed {
                    reason: self
                        .last_payment_error
                        .and_then(|e| e.message)
                        .unwrap_or_else(|| "the payment failed".to_owned()),
                }
            }
            _ => PaymentState::Open,
        };
        Payment {
            id: self.id,
            amount_minor: self.amount,
            currency: self.currency,
            state,
        }
    }
}

/// The parts of an event hup reads.
#[derive(Deserialize)]
struct EventBody {
    id: String,
    #[serde(rename = "type")]
    kind: String,
    data: EventData,
}

#[derive(Deserialize)]
struct EventData {
    object: serde_json::Value,
}

fn read_event(body: &[u8]) -> Result<ProviderEvent, EventError> {
    let event: EventBody =
        serde_json::from_slice(body).map_err(|e| EventError::Unreadable(e.to_string()))?;
    let object = &event.data.object;
    let text = |field: &str| {
        object
            .get(field)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let kind = match event.kind.as_str() {
        "payment_intent.succeeded" => match (text("id"), object.get("amount"), text("currency")) {
            (Some(payment), Some(amount), Some(currency)) => EventKind::PaymentSucceeded {
                payment,
                amount_minor: amount
                    .as_i64()
                    .ok_or_else(|| EventError::Unreadable("amount".into()))?,
                currency,
            },
            _ => return Err(EventError::Unreadable("payment_intent fields".into())),
        },
        "payment_intent.payment_failed" => EventKind::PaymentFailed {
            payment: text("id").ok_or_else(|| EventError::Unreadable("id".into()))?,
            reason: object
                .get("last_payment_error")
                .and_then(|e| e.get("message"))
                .and_then(|m| m.as_str())
                .unwrap_or("the payment failed")
                .to_owned(),
        },
        "charge.refunded" => match text("payment_intent") {
            Some(payment) => EventKind::Refunded { payment },
            None => EventKind::Other,
        },
        _ => EventKind::Other,
    };
    Ok(ProviderEvent { id: event.id, kind })
}

impl PaymentProvider for Stripe {
    fn code(&self) -> &'static str {
        "stripe"
    }

    fn checkout(&self) -> Checkout {
        Checkout::WithPayment
    }

    fn publishable_key(&self) -> Option<&str> {
        Some(&self.config.publishable_key)
    }

    fn create_customer<'a>(
        &'a self,
        employee_id: i64,
        email: &'a str,
    ) -> BoxFuture<'a, Result<String, ProviderError>> {
        Box::pin(async move {
            let form = [
                ("email", email.to_owned()),
                ("metadata[hup_employee]", employee_id.to_string()),
            ];
            let key = format!("hup-customer-{employee_id}");
            let customer: IdBody = self.post("/v1/customers", &form, &key).await?;
            Ok(customer.id)
        })
    }

    fn create_setup<'a>(
        &'a self,
        customer: &'a str,
        key: String,
    ) -> BoxFuture<'a, Result<Setup, ProviderError>> {
        Box::pin(async move {
            let form = [
                ("customer", customer.to_owned()),
                ("usage", "off_session".to_owned()),
                ("payment_method_types[]", "card".to_owned()),
            ];
            let setup: SetupBody = self.post("/v1/setup_intents", &form, &key).await?;
            Ok(Setup {
                id: setup.id,
                client_secret: setup.client_secret,
            })
        })
    }

    fn create_payment<'a>(
        &'a self,
        charge: ChargeRequest<'a>,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        Box::pin(async move {
            let form = [
                ("amount", charge.amount_minor.to_string()),
                ("currency", charge.currency.to_ascii_lowercase()),
                ("customer", charge.customer.to_owned()),
                ("payment_method_types[]", "card".to_owned()),
                ("metadata[hup_order]", charge.order_id.to_string()),
            ];
            let intent: IntentBody = self
                .post("/v1/payment_intents", &form, &charge.idempotency_key)
                .await?;
            Ok(intent.into_payment())
        })
    }

    fn pay<'a>(
        &'a self,
        payment: &'a str,
        customer: &'a str,
        payment_method: &'a str,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        Box::pin(async move {
            let method = path_segment(payment_method)?;
            let intent = path_segment(payment)?;
            let key = |step: &str| format!("hup-{intent}-{method}-{step}");
            // Attaching keeps the card with the customer for renewals.
            let _: IdBody = self
                .post(
                    &format!("/v1/payment_methods/{method}/attach"),
                    &[("customer", customer.to_owned())],
                    &key("attach"),
                )
                .await?;
            let _: IntentBody = self
                .post(
                    &format!("/v1/payment_intents/{intent}"),
                    &[("payment_method", method.to_owned())],
                    &key("set"),
                )
                .await?;
            self.confirm(intent, key("confirm")).await
        })
    }

    fn payment<'a>(&'a self, payment: &'a str) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        Box::pin(self.intent(payment))
    }

    fn cancel<'a>(&'a self, payment: &'a str) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async move {
            let path = format!("/v1/payment_intents/{}/cancel", path_segment(payment)?);
            let _: IdBody = self
                .post(&path, &[], &format!("hup-{payment}-cancel"))
                .await?;
            Ok(())
        })
    }

    fn refund<'a>(
        &'a self,
        payment: &'a str,
        key: String,
    ) -> BoxFuture<'a, Result<String, ProviderError>> {
        Box::pin(async move {
            let form = [("payment_intent", path_segment(payment)?.to_owned())];
            let refund: IdBody = self.post("/v1/refunds", &form, &key).await?;
            Ok(refund.id)
        })
    }

    fn charge_saved_card<'a>(
        &'a self,
        charge: ChargeRequest<'a>,
        payment_method: &'a str,
    ) -> BoxFuture<'a, Result<Payment, ProviderError>> {
        Box::pin(async move {
            let form = [
                ("amount", charge.amount_minor.to_string()),
                ("currency", charge.currency.to_ascii_lowercase()),
                ("customer", charge.customer.to_owned()),
                ("payment_method", path_segment(payment_method)?.to_owned()),
                ("metadata[hup_order]", charge.order_id.to_string()),
                ("off_session", "true".to_owned()),
                ("confirm", "true".to_owned()),
            ];
            match self
                .post::<IntentBody>("/v1/payment_intents", &form, &charge.idempotency_key)
                .await
            {
                Ok(intent) => Ok(intent.into_payment()),
                Err(ProviderError::Declined(reason)) => Ok(Payment {
                    id: String::new(),
                    amount_minor: charge.amount_minor,
                    currency: charge.currency.to_ascii_lowercase(),
                    state: PaymentState::Failed { reason },
                }),
                Err(e) => Err(e),
            }
        })
    }

    fn attach_card<'a>(
        &'a self,
        customer: &'a str,
        payment_method: &'a str,
    ) -> BoxFuture<'a, Result<(), ProviderError>> {
        Box::pin(async move {
            let method = path_segment(payment_method)?;
            let _: IdBody = self
                .post(
                    &format!("/v1/payment_methods/{method}/attach"),
                    &[("customer", customer.to_owned())],
                    &format!("hup-{customer}-{method}-attach"),
                )
                .await?;
            Ok(())
        })
    }

    fn verify_event(
        &self,
        header: Option<&str>,
        body: &[u8],
        now: i64,
    ) -> Result<ProviderEvent, EventError> {
        signature::verify(self.config.webhook_secret.expose(), header, body, now)?;
        read_event(body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_hup_acts_on_are_read_and_others_ignored() {
        let succeeded = br#"{"id":"evt_1","type":"payment_intent.succeeded",
            "data":{"object":{"id":"pi_1","amount":6999,"currency":"eur","status":"succeeded"}}}"#;
        assert_eq!(
            read_event(succeeded).unwrap().kind,
            EventKind::PaymentSucceeded {
                payment: "pi_1".into(),
                amount_minor: 6999,
                currency: "eur".into()
            }
        );
        let failed = br#"{"id":"evt_2","type":"payment_intent.payment_failed",
            "data":{"object":{"id":"pi_1","last_payment_error":{"message":"Your card was declined."}}}}"#;
        assert_eq!(
            read_event(failed).unwrap().kind,
            EventKind::PaymentFailed {
                payment: "pi_1".into(),
                reason: "Your card was declined.".into()
            }
        );
        let other = br#"{"id":"evt_3","type":"customer.created","data":{"object":{"id":"cus_1"}}}"#;
        assert_eq!(read_event(other).unwrap().kind, EventKind::Other);
        assert!(read_event(b"[1]").is_err());
        assert!(read_event(
            br#"{"id":"e","type":"payment_intent.succeeded","data":{"object":{}}}"#
        )
        .is_err());
    }

    #[test]
    fn only_stripe_shaped_ids_reach_a_path() {
        assert!(path_segment("pi_3Nx9abcDEF").is_ok());
        assert!(path_segment("../v1/customers").is_err());
        assert!(path_segment("pi_1?expand=x").is_err());
        assert!(path_segment("").is_err());
    }
}
