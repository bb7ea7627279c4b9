//! The operator's catalog and market rules (R2–R6, R22) over the API: the twins of
//! `hup catalog import` and `hup markets import`. Documents are TOML, exactly the files the
//! command line takes; an invalid one changes nothing and every problem is listed.

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::body::read_limited;
use super::operator::Operator;
use super::problem::{FieldProblem, Problem};
use super::ApiError;
use crate::catalog::PublishError;
use crate::store::catalog::{self as documents, DocumentKind};
use crate::web::AppState;

/// A catalog or market-rules document is small; 1 MiB leaves room for every country.
pub const DOCUMENT_LIMIT: usize = 1024 * 1024;

#[derive(Debug, Serialize, ToSchema)]
pub struct CatalogSummary {
    pub products: usize,
    pub offers: usize,
    pub price_lists: usize,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarketsSummary {
    /// Countries with a rule of their own; all others follow R3 (offered worldwide).
    pub countries: usize,
}

#[utoipa::path(get, path = "/api/v1/catalog", tag = "operator",
    responses(
        (status = 200, description = "The published catalog", body = String, content_type = "application/toml"),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No catalog published yet", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn get_catalog(_: Operator, State(state): State<AppState>) -> Result<Response, ApiError> {
    document(&state, DocumentKind::Catalog).await
}

#[utoipa::path(put, path = "/api/v1/catalog", tag = "operator",
    request_body(content = String, content_type = "application/toml",
        description = "A catalog file: products, offers with their discount, price lists per country"),
    responses(
        (status = 200, description = "Published", body = CatalogSummary),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Larger than 1 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid; nothing changed", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn put_catalog(
    _: Operator,
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<CatalogSummary>, ApiError> {
    let text = read_text(headers, body).await?;
    let catalog = state
        .catalog
        .publish_catalog(&text)
        .await
        .map_err(rejected("invalid-catalog"))?;
    Ok(Json(CatalogSummary {
        products: catalog.products().len(),
        offers: catalog.offers().len(),
        price_lists: catalog.price_lists().len(),
    }))
}

#[utoipa::path(get, path = "/api/v1/markets", tag = "operator",
    responses(
        (status = 200, description = "The published market rules", body = String, content_type = "application/toml"),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "None published: the shipped rules (R3–R6) are in force", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn get_markets(_: Operator, State(state): State<AppState>) -> Result<Response, ApiError> {
    document(&state, DocumentKind::Markets).await
}

#[utoipa::path(put, path = "/api/v1/markets", tag = "operator",
    request_body(content = String, content_type = "application/toml",
        description = "Market rules: countries not offered (with the reason), terms, excluded products, regional stores"),
    responses(
        (status = 200, description = "Published", body = MarketsSummary),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Larger than 1 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Invalid; nothing changed", body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn put_markets(
    _: Operator,
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<MarketsSummary>, ApiError> {
    let text = read_text(headers, body).await?;
    let markets = state
        .catalog
        .publish_markets(&text)
        .await
        .map_err(rejected("invalid-markets"))?;
    Ok(Json(MarketsSummary {
        countries: markets.rules().count(),
    }))
}

async fn document(state: &AppState, kind: DocumentKind) -> Result<Response, ApiError> {
    let doc = documents::get(&state.db, kind)
        .await
        .map_err(|e| ApiError::Internal(e.into()))?
        .ok_or(ApiError::NotFound)?;
    Ok((
        [(header::CONTENT_TYPE, "application/toml; charset=utf-8")],
        doc.body,
    )
        .into_response())
}

async fn read_text(headers: HeaderMap, body: Body) -> Result<String, ApiError> {
    let bytes = read_limited(
        &headers,
        body,
        DOCUMENT_LIMIT,
        "the document may be at most 1 MiB",
    )
    .await?;
    String::from_utf8(bytes).map_err(|_| ApiError::BadRequest("the document is not UTF-8".into()))
}

/// Validation problems become a 422 that lists each one; store failures stay internal.
fn rejected(kind: &'static str) -> impl Fn(PublishError) -> ApiError {
    move |e| match e {
        PublishError::Store(e) => ApiError::Internal(e.into()),
        other => ApiError::Unprocessable {
            kind,
            detail: "the document is not valid; nothing changed".into(),
            errors: other
                .problems()
                .into_iter()
                .map(|reason| FieldProblem {
                    field: "document".into(),
                    reason,
                })
                .collect(),
        },
    }
}
