//! The payment calls that are not an employee's: the operator's refund and the entitlements
//! the vendor's activation service asks for (R19), and the provider's webhook.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::extract::{ApiPath, ApiQuery};
use super::orders::OrderBody;
use super::problem::Problem;
use super::ApiError;
use crate::orders::{self, entitlements};
use crate::payments::webhook::{self, WebhookError};
use crate::web::auth::Operator;
use crate::web::AppState;

/// Gives an order's money back through the provider (`hup orders refund`); the order becomes
/// `refunded` and its entitlement ends.
#[utoipa::path(post, path = "/api/v1/orders/{id}/refund", tag = "operator",
    params(("id" = i64, Path, description = "The order's id")),
    responses(
        (status = 200, description = "The refunded order", body = OrderBody),
        (status = 401, description = "No or a wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such order", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`order-state`: only paid or fulfilled orders are refunded", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`payment-provider-unavailable`: nothing was refunded; try again", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn refund(
    operator: Operator,
    State(state): State<AppState>,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<OrderBody>, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let order = orders::refund::refund(&state, &operator.actor, id).await?;
    let snapshot = state
        .catalog
        .snapshot()
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let name = snapshot.product_name(&order.product, "en");
    Ok(Json(OrderBody::new(&order, name, None)))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EntitlementsQuery {
    /// The personal account's address (the one the employee activates with, R19).
    pub email: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EntitlementBody {
    pub product: String,
    /// `subscription` or `perpetual`.
    pub kind: &'static str,
    pub order: i64,
    /// `active` or `ended`.
    pub status: &'static str,
    /// RFC 3339; null for a perpetual licence.
    pub valid_until: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EntitlementsBody {
    pub email: String,
    pub entitlements: Vec<EntitlementBody>,
}

/// What a personal account may activate: for the vendor's activation service (R19).
#[utoipa::path(get, path = "/api/v1/entitlements", tag = "operator",
    params(EntitlementsQuery),
    responses(
        (status = 200, description = "The account's entitlements, newest order first", body = EntitlementsBody),
        (status = 400, description = "`invalid-query`: no email", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or a wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No personal account has this address", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn entitlements(
    _: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<EntitlementsQuery>,
) -> Result<Json<EntitlementsBody>, ApiError> {
    let found = entitlements::of_account(&state, &query.email)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(EntitlementsBody {
        email: query.email.trim().to_lowercase(),
        entitlements: found
            .into_iter()
            .map(|e| EntitlementBody {
                product: e.product,
                kind: e.kind,
                order: e.order,
                status: e.status,
                valid_until: e
                    .valid_until
                    .and_then(|t| chrono::DateTime::from_timestamp(t, 0).map(|d| d.to_rfc3339())),
            })
            .collect(),
    }))
}

/// Stripe's events. Unsigned, wrongly signed or more than 5 minutes old: 400, nothing changes.
/// Each event is applied once; an event about a payment hup does not know answers 200.
#[utoipa::path(post, path = "/api/v1/payments/stripe/webhook", tag = "payments",
    params(("Stripe-Signature" = String, Header, description = "t=TIMESTAMP,v1=HMAC-SHA256 of TIMESTAMP.BODY")),
    request_body(content = String, content_type = "application/json", description = "A Stripe event"),
    responses(
        (status = 200, description = "Applied, or nothing to apply"),
        (status = 400, description = "`invalid-signature`: unsigned, forged or stale", body = Problem, content_type = "application/problem+json")),
    security(()))]
pub async fn stripe_webhook(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    let signature = headers
        .get("stripe-signature")
        .and_then(|v| v.to_str().ok());
    match webhook::receive(&state, signature, &body).await {
        Ok(_) => Ok(StatusCode::OK),
        Err(WebhookError::Refused(e)) => Err(ApiError::BadParameter {
            kind: "invalid-signature",
            field: "Stripe-Signature".to_owned(),
            detail: e.to_string(),
        }),
        Err(WebhookError::Order(e)) => Err(e.into()),
    }
}
