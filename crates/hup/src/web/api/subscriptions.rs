//! The signed-in employee's subscriptions over JSON (issue 14): list them, cancel renewal,
//! replace the card renewals are charged to. Another employee's is `404` like a missing one.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::extract::ApiPath;
use super::json::ApiJson;
use super::problem::Problem;
use super::ApiError;

use crate::subscriptions::{self, Subscription};
use crate::web::auth::EmployeeUser;
use crate::web::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct SubscriptionBody {
    pub id: i64,
    /// `active`, `past_due`, `cancelled`, `lapsed` or `ended`.
    pub status: &'static str,
    /// The end of the period paid for (RFC 3339): the next renewal while it renews, the end
    /// of use once cancelled.
    pub current_period_end: String,
    /// The price locked at the first purchase: what every renewal charges.
    pub price_minor: i64,
    pub currency: &'static str,
    /// The order that bought it.
    pub order: i64,
    pub product: String,
    pub term: &'static str,
}

impl SubscriptionBody {
    pub fn new(s: &Subscription) -> Self {
        SubscriptionBody {
            id: s.id,
            status: s.status.code(),
            current_period_end: s.current_period_end.to_rfc3339(),
            price_minor: s.price.minor,
            currency: s.price.currency.code(),
            order: s.order_id,
            product: s.product.clone(),
            term: s.term.as_str(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SubscriptionsBody {
    /// Newest first.
    pub subscriptions: Vec<SubscriptionBody>,
}

/// The signed-in employee's subscriptions, newest first.
#[utoipa::path(get, path = "/api/v1/subscriptions", tag = "employees",
    responses(
        (status = 200, description = "The employee's own subscriptions", body = SubscriptionsBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<SubscriptionsBody>, ApiError> {
    let subs = subscriptions::list(&state.db, employee.account.id).await?;
    Ok(Json(SubscriptionsBody {
        subscriptions: subs.iter().map(SubscriptionBody::new).collect(),
    }))
}

fn id_of(text: &str) -> Result<i64, ApiError> {
    text.parse().map_err(|_| ApiError::NotFound)
}

/// Stops renewal; the subscription stays usable until `current_period_end`. Cancelling a
/// cancelled one answers it unchanged.
#[utoipa::path(post, path = "/api/v1/subscriptions/{id}/cancel", tag = "employees",
    params(("id" = i64, Path, description = "The subscription's id")),
    responses(
        (status = 200, description = "The subscription, `cancelled`", body = SubscriptionBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such subscription of this employee", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`order-state`: lapsed or ended", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn cancel(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<SubscriptionBody>, ApiError> {
    let sub = subscriptions::cancel(&state, &employee.account, id_of(&id)?).await?;
    Ok(Json(SubscriptionBody::new(&sub)))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PaymentMethodRequest {
    /// A card PaymentMethod id (`pm_…`) made by Stripe.js.
    pub payment_method: String,
}

/// Replaces the card later renewals are charged to (attached to the employee's customer at
/// the provider first).
#[utoipa::path(post, path = "/api/v1/subscriptions/{id}/payment-method", tag = "employees",
    params(("id" = i64, Path, description = "The subscription's id")),
    request_body = PaymentMethodRequest,
    responses(
        (status = 200, description = "The subscription", body = SubscriptionBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such subscription of this employee", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`order-state`: it no longer renews", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-payment-method`, or `payment-method-refused` by the provider", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`payment-provider-unavailable`: nothing changed; try again", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn payment_method(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<PaymentMethodRequest>,
) -> Result<Json<SubscriptionBody>, ApiError> {
    let sub = subscriptions::change_payment_method(
        &state,
        &employee.account,
        id_of(&id)?,
        &body.payment_method,
    )
    .await?;
    Ok(Json(SubscriptionBody::new(&sub)))
}
