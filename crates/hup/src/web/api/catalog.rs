//! The operator's catalog and market rules (R2–R6, R22) over the API: the twins of
//! `hup catalog import` and `hup markets import`. Documents are TOML, exactly the files the
//! command line takes; an invalid one changes nothing and every problem is listed.

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hup_core::catalog::{CatalogChanges, RowChanges};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::body::read_limited;
use super::extract::ApiQuery;
use super::operator::{empty_document, Operator, UploadRefusals};
use super::problem::{FieldProblem, Problem};
use super::ApiError;
use crate::catalog::{Publish, PublishError};
use crate::store::catalog::{self as documents, DocumentKind};
use crate::web::AppState;

/// A catalog or market-rules document is small; 1 MiB leaves room for every country.
pub const DOCUMENT_LIMIT: usize = 1024 * 1024;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PublishQuery {
    /// Publish even a document that would remove every product, offer, price list or market
    /// rule in force (an empty file, or only a comment); without it that is 422
    /// `empty-document` and nothing changes.
    #[serde(default)]
    pub allow_empty: bool,
}

/// The rows of one kind a document added, removed or changed, by key (a product code,
/// `product/term`, a country code).
#[derive(Debug, Serialize, ToSchema)]
pub struct RowChangesJson {
    /// Rows of this kind in the published document.
    pub total: usize,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
}

impl From<RowChanges> for RowChangesJson {
    fn from(c: RowChanges) -> Self {
        RowChangesJson {
            total: c.total,
            added: c.added,
            removed: c.removed,
            changed: c.changed,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CatalogChangesJson {
    pub products: RowChangesJson,
    pub offers: RowChangesJson,
    pub price_lists: RowChangesJson,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CatalogSummary {
    pub products: usize,
    pub offers: usize,
    pub price_lists: usize,
    /// What the catalog changed against the one in force before.
    pub changes: CatalogChangesJson,
}

impl From<CatalogChanges> for CatalogSummary {
    fn from(c: CatalogChanges) -> Self {
        CatalogSummary {
            products: c.products.total,
            offers: c.offers.total,
            price_lists: c.price_lists.total,
            changes: CatalogChangesJson {
                products: c.products.into(),
                offers: c.offers.into(),
                price_lists: c.price_lists.into(),
            },
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MarketsSummary {
    /// Countries with a rule of their own; all others follow R3 (offered worldwide).
    pub countries: usize,
    /// The country rules added, removed (lifted) or changed against those in force before.
    pub changes: RowChangesJson,
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

#[utoipa::path(put, path = "/api/v1/catalog", tag = "operator", params(PublishQuery),
    request_body(content = String, content_type = "application/toml",
        description = "A catalog file: products, offers with their discount, price lists per country"),
    responses(
        (status = 200, description = "Published; what changed", body = CatalogSummary),
        UploadRefusals),
    security(("operator" = [])))]
pub async fn put_catalog(
    operator: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<PublishQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<CatalogSummary>, ApiError> {
    let text = read_text(headers, body).await?;
    let (_, changes) = state
        .catalog
        .publish_catalog(&text, query.allow_empty, Publish::By(&operator.actor))
        .await
        .map_err(rejected("invalid-catalog"))?;
    Ok(Json(changes.into()))
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

#[utoipa::path(put, path = "/api/v1/markets", tag = "operator", params(PublishQuery),
    request_body(content = String, content_type = "application/toml",
        description = "Market rules: countries not offered (with the reason), terms, excluded products, regional stores"),
    responses(
        (status = 200, description = "Published; what changed", body = MarketsSummary),
        UploadRefusals),
    security(("operator" = [])))]
pub async fn put_markets(
    operator: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<PublishQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<MarketsSummary>, ApiError> {
    let text = read_text(headers, body).await?;
    let (markets, changes) = state
        .catalog
        .publish_markets(&text, query.allow_empty, Publish::By(&operator.actor))
        .await
        .map_err(rejected("invalid-markets"))?;
    Ok(Json(MarketsSummary {
        countries: markets.rules().count(),
        changes: changes.into(),
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

/// Validation problems become a 422 that lists each one; a document that would empty what is
/// in force is `empty-document`; store failures stay internal.
fn rejected(kind: &'static str) -> impl Fn(PublishError) -> ApiError {
    move |e| match e {
        PublishError::Store(e) => ApiError::Internal(e.into()),
        e @ PublishError::Empty(_) => empty_document(e.to_string()),
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
