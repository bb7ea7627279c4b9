//! Step 4 over JSON (R18): `POST /api/v1/orders` with an `Idempotency-Key`, and the signed-in
//! employee's own orders (R20: nobody else's, and no admin call reads them).

use axum::extract::State;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::extract::ApiPath;
use super::json::ApiJson;
use super::problem::Problem;
use super::ApiError;
use hup_core::order::OrderStatus;

use crate::orders::{self, IdempotencyKey, Order, OrderError, Purchase};
use crate::payments::checkout;
use crate::subscriptions;
use crate::web::api::subscriptions::SubscriptionBody;
use crate::web::auth::EmployeeUser;
use crate::web::AppState;

#[derive(Debug, Deserialize, ToSchema)]
pub struct OrderRequest {
    /// A product code from `GET /api/v1/me/offers`.
    pub product: String,
    /// `P1Y`, `P1M` or `perpetual`, as the offer says.
    pub term: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrderBody {
    pub id: i64,
    /// What to quote to support, e.g. `HUP-000042`.
    pub number: String,
    pub product: String,
    /// The product's name in the account's language.
    pub name: String,
    pub term: &'static str,
    /// The account's country when the order was placed.
    pub country: String,
    pub currency: &'static str,
    pub list_price_minor: i64,
    pub discount_percent: u8,
    /// What the employee pays, in the currency's minor unit; prices include VAT.
    pub price_minor: i64,
    /// `pending_payment`, `paid`, `fulfilled`, `payment_failed`, `cancelled` or `refunded`.
    pub status: &'static str,
    /// Why the last payment failed, while `payment_failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// With a payment provider, while `pending_payment` or `payment_failed`: what Stripe.js
    /// needs to take the card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment: Option<PaymentBody>,
    /// Once paid: the receipt.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub receipt: Option<ReceiptBody>,
    /// A fulfilled `P1Y`/`P1M` order's subscription (issue 14).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription: Option<SubscriptionBody>,
    /// RFC 3339.
    pub created_at: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PaymentBody {
    /// `stripe`.
    pub provider: String,
    /// The SetupIntent's secret for `stripe.confirmCardSetup`; absent while the provider could
    /// not be reached (ask for the order again).
    pub client_secret: Option<String>,
    pub publishable_key: Option<String>,
    /// The bank asks for 3-D Secure: call `stripe.confirmCardPayment(next_action.client_secret)`;
    /// the order is fulfilled when the payment succeeds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_action: Option<NextActionBody>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct NextActionBody {
    /// `confirm_card_payment`.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub client_secret: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReceiptBody {
    /// Sequential per seller, e.g. `R-000042`.
    pub number: String,
    /// RFC 3339.
    pub paid_at: String,
    pub seller_name: String,
    pub seller_address: String,
    pub seller_vat_id: Option<String>,
    /// The VAT rate the price includes, as a percentage (`"21"`), when the catalog names one.
    pub vat_rate: Option<String>,
    /// The VAT inside `price_minor`.
    pub vat_minor: Option<i64>,
}

fn rfc3339(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| d.to_rfc3339())
        .unwrap_or_default()
}

impl OrderBody {
    pub fn new(order: &Order, name: String, publishable_key: Option<&str>) -> Self {
        let payment =
            (order.takes_payment() && order.status.unpaid().is_some()).then(|| PaymentBody {
                provider: order.provider.clone(),
                client_secret: order.payment.setup_client_secret.clone(),
                publishable_key: publishable_key.map(str::to_owned),
                next_action: None,
            });
        OrderBody {
            id: order.id,
            number: order.number(),
            product: order.product.clone(),
            name,
            term: order.term.as_str(),
            country: order.country.clone(),
            currency: order.price.currency.code(),
            list_price_minor: order.list_price.minor,
            discount_percent: order.discount_percent,
            price_minor: order.price.minor,
            status: order.status.code(),
            reason: (order.status == OrderStatus::PaymentFailed)
                .then(|| order.payment.failure.clone())
                .flatten(),
            payment,
            receipt: order.receipt.as_ref().map(|r| ReceiptBody {
                number: r.label(),
                paid_at: rfc3339(r.paid_at),
                seller_name: r.seller_name.clone(),
                seller_address: r.seller_address.clone(),
                seller_vat_id: r.seller_vat_id.clone(),
                vat_rate: order.vat_rate.map(|v| v.to_string()),
                vat_minor: r.vat.map(|v| v.minor),
            }),
            subscription: None,
            created_at: rfc3339(order.created_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OrdersBody {
    /// Newest first.
    pub orders: Vec<OrderBody>,
}

/// The bodies of `orders`, names in the employee's language.
async fn bodies(
    state: &AppState,
    employee: &EmployeeUser,
    orders: &[Order],
) -> Result<Vec<OrderBody>, ApiError> {
    let snapshot = state
        .catalog
        .snapshot()
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let language = employee.account.language().code();
    let key = state.payments.publishable_key();
    let subscriptions = subscriptions::list(&state.db, employee.account.id).await?;
    Ok(orders
        .iter()
        .map(|o| {
            let mut body = OrderBody::new(o, snapshot.product_name(&o.product, language), key);
            body.subscription = subscriptions
                .iter()
                .find(|s| s.order_id == o.id)
                .map(SubscriptionBody::new);
            body
        })
        .collect())
}

/// Buys one offer. The same `Idempotency-Key` never makes a second order: a retry answers
/// `200` with the order the first request made. Without a payment provider the order is
/// `fulfilled` at once and no money is taken; with `stripe` it is `pending_payment` with
/// `payment` (pay with `POST /api/v1/orders/{id}/payment`). Placing it means consenting to
/// immediate delivery and losing the right of withdrawal once it is delivered.
#[utoipa::path(post, path = "/api/v1/orders", tag = "employees",
    params(("Idempotency-Key" = String, Header, description = "1 to 255 visible ASCII characters, new for each purchase")),
    request_body = OrderRequest,
    responses(
        (status = 201, description = "Ordered; `Location` names the order", body = OrderBody),
        (status = 200, description = "This key's earlier order", body = OrderBody),
        (status = 400, description = "No or a malformed Idempotency-Key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offers-unavailable` (no current benefit, or R4), `regional-store` (R5), or `limit-reached` (the catalog's limit per product)", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`offer-not-available` here, or `idempotency-key-reused` for another purchase", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn place(
    State(state): State<AppState>,
    employee: EmployeeUser,
    headers: HeaderMap,
    ApiJson(body): ApiJson<OrderRequest>,
) -> Result<Response, ApiError> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .ok_or(OrderError::InvalidKey)
        .and_then(IdempotencyKey::parse)?;
    let snapshot = state
        .catalog
        .snapshot()
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    let placed = orders::place(
        &state,
        &snapshot,
        &employee.account,
        Purchase {
            product: &body.product,
            term: &body.term,
            key: &key,
        },
    )
    .await?;
    let order = prepared(&state, &employee, placed.order).await?;
    let body = Json(one(&state, &employee, &order).await?);
    Ok(if placed.created {
        let location = format!("/api/v1/orders/{}", order.id);
        let location = HeaderValue::from_str(&location).map_err(anyhow::Error::from)?;
        (StatusCode::CREATED, [(header::LOCATION, location)], body).into_response()
    } else {
        body.into_response()
    })
}

/// The signed-in employee's orders, newest first.
#[utoipa::path(get, path = "/api/v1/orders", tag = "employees",
    responses(
        (status = 200, description = "The employee's own orders", body = OrdersBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn list(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<OrdersBody>, ApiError> {
    let orders = orders::list(&state.db, employee.account.id).await?;
    let orders = bodies(&state, &employee, &orders).await?;
    Ok(Json(OrdersBody { orders }))
}

/// One of the signed-in employee's orders; another's is `404` like a missing one.
#[utoipa::path(get, path = "/api/v1/orders/{id}", tag = "employees",
    params(("id" = i64, Path, description = "The order's id")),
    responses(
        (status = 200, description = "The order", body = OrderBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such order of this employee", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn get(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<OrderBody>, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let order = orders::get(&state.db, employee.account.id, id)
        .await?
        .ok_or(ApiError::NotFound)?;
    let order = prepared(&state, &employee, order).await?;
    one(&state, &employee, &order).await.map(Json)
}

async fn one(
    state: &AppState,
    employee: &EmployeeUser,
    order: &Order,
) -> Result<OrderBody, ApiError> {
    let mut body = bodies(state, employee, std::slice::from_ref(order)).await?;
    body.pop().ok_or(ApiError::NotFound)
}

/// The order with its payment prepared at the provider; while the provider cannot be reached
/// the order is answered as it is (its `payment.client_secret` absent), and asked again later.
async fn prepared(
    state: &AppState,
    employee: &EmployeeUser,
    order: Order,
) -> Result<Order, ApiError> {
    let id = order.id;
    match checkout::prepare(state, order, &employee.account).await {
        Ok(order) => Ok(order),
        Err(OrderError::ProviderUnavailable(e)) => {
            tracing::warn!(order = id, error = %e, "payment not prepared yet");
            orders::get(&state.db, employee.account.id, id)
                .await?
                .ok_or(ApiError::NotFound)
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PaymentRequest {
    /// A card PaymentMethod id (`pm_…`) made by Stripe.js (`confirmCardSetup` with the order's
    /// `payment.client_secret`, or `createPaymentMethod`).
    pub payment_method: String,
}

/// Pays an order with a card: hup attaches it to the employee's Stripe customer (it pays the
/// renewals), confirms the order's payment and answers the order: `fulfilled` (with its
/// receipt), `payment_failed` with a `reason` (pay again with another card), or still
/// `pending_payment` with `payment.next_action` when the bank asks for 3-D Secure. Paying
/// twice at once charges once.
#[utoipa::path(post, path = "/api/v1/orders/{id}/payment", tag = "employees",
    params(("id" = i64, Path, description = "The order's id")),
    request_body = PaymentRequest,
    responses(
        (status = 200, description = "The order after the attempt", body = OrderBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such order of this employee", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`order-state` (cancelled, refunded, or no payment is taken), or `limit-reached`", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "`invalid-payment-method`, or `payment-method-refused` by the provider", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`payment-provider-unavailable`: nothing was charged; try again", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn pay(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiPath(id): ApiPath<String>,
    ApiJson(body): ApiJson<PaymentRequest>,
) -> Result<Json<OrderBody>, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let paying = checkout::pay(&state, &employee.account, id, &body.payment_method).await?;
    let mut answer = one(&state, &employee, &paying.order).await?;
    if let (Some(payment), Some(secret)) = (answer.payment.as_mut(), paying.next_action) {
        payment.next_action = Some(NextActionBody {
            kind: "confirm_card_payment",
            client_secret: secret,
        });
    }
    Ok(Json(answer))
}

/// Cancels an order that is `pending_payment` or `payment_failed`; nothing was taken.
#[utoipa::path(post, path = "/api/v1/orders/{id}/cancel", tag = "employees",
    params(("id" = i64, Path, description = "The order's id")),
    responses(
        (status = 200, description = "The cancelled order", body = OrderBody),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such order of this employee", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`order-state`: paid, fulfilled or ended orders cannot be cancelled", body = Problem, content_type = "application/problem+json"),
        (status = 503, description = "`payment-provider-unavailable`", body = Problem, content_type = "application/problem+json")),
    security(("bearer" = [])))]
pub async fn cancel(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiPath(id): ApiPath<String>,
) -> Result<Json<OrderBody>, ApiError> {
    let id: i64 = id.parse().map_err(|_| ApiError::NotFound)?;
    let order = orders::cancel::cancel(&state, employee.account.id, id).await?;
    one(&state, &employee, &order).await.map(Json)
}
