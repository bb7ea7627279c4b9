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
use crate::orders::{self, IdempotencyKey, Order, OrderError, Purchase};
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
    /// What the employee pays, in the currency's minor unit.
    pub price_minor: i64,
    /// `confirmed`.
    pub status: &'static str,
    /// RFC 3339.
    pub created_at: String,
}

impl OrderBody {
    fn new(order: &Order, name: String) -> Self {
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
            created_at: chrono::DateTime::from_timestamp(order.created_at, 0)
                .map(|d| d.to_rfc3339())
                .unwrap_or_default(),
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
    Ok(orders
        .iter()
        .map(|o| OrderBody::new(o, snapshot.product_name(&o.product, language)))
        .collect())
}

/// Buys one offer. The same `Idempotency-Key` never makes a second order: a retry answers
/// `200` with the order the first request made.
#[utoipa::path(post, path = "/api/v1/orders", tag = "employees",
    params(("Idempotency-Key" = String, Header, description = "1 to 255 visible ASCII characters, new for each purchase")),
    request_body = OrderRequest,
    responses(
        (status = 201, description = "Ordered; `Location` names the order", body = OrderBody),
        (status = 200, description = "This key's earlier order", body = OrderBody),
        (status = 400, description = "No or a malformed Idempotency-Key", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "Not signed in", body = Problem, content_type = "application/problem+json"),
        (status = 409, description = "`offers-unavailable` (no current benefit, or R4), or `regional-store` (R5)", body = Problem, content_type = "application/problem+json"),
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
    let name = snapshot.product_name(&placed.order.product, employee.account.language().code());
    let body = Json(OrderBody::new(&placed.order, name));
    Ok(if placed.created {
        let location = format!("/api/v1/orders/{}", placed.order.id);
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
    let mut body = bodies(&state, &employee, std::slice::from_ref(&order)).await?;
    body.pop().map(Json).ok_or(ApiError::NotFound)
}
