//! The operator's view of tenants: which organizations exist, and their extra benefits (R22).

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::extract::{ApiPath, ApiQuery};
use super::json::ApiJson;
use super::operator::Operator;
use super::problem::Problem;
use super::ApiError;
use crate::store::{connections, tenants};
use crate::tenancy::extra::{self, ExtraBenefit};
use crate::web::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct TenantsQuery {
    /// Only the tenant that verified this domain.
    pub domain: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TenantSummary {
    pub id: i64,
    pub managed: bool,
    pub verified_domains: Vec<String>,
    pub customer_number: Option<String>,
    pub hup_enabled: bool,
    pub extra_benefits: Vec<ExtraBenefit>,
}

#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct ExtraBenefitsBody {
    /// The complete set the tenant holds after the call.
    pub extra_benefits: Vec<ExtraBenefit>,
}

#[utoipa::path(get, path = "/api/v1/tenants", tag = "operator", params(TenantsQuery),
    responses(
        (status = 200, body = [TenantSummary]),
        (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn list(
    _: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<TenantsQuery>,
) -> Result<Json<Vec<TenantSummary>>, ApiError> {
    if let Some(domain) = &query.domain {
        super::json::single_line("domain", domain)?;
    }
    let domain = query
        .domain
        .as_deref()
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase());
    let listings = tenants::list(&state.db, domain.as_deref())
        .await
        .map_err(internal)?;
    let mut out = Vec::with_capacity(listings.len());
    for l in listings {
        let connection = connections::of_tenant(&state.db, l.tenant.id)
            .await
            .map_err(internal)?;
        out.push(TenantSummary {
            id: l.tenant.id,
            managed: l.tenant.managed,
            verified_domains: l.verified_domains,
            customer_number: connection.map(|c| c.customer_number),
            hup_enabled: l.tenant.hup_enabled,
            extra_benefits: extra::of_tenant(&state.db, l.tenant.id).await?,
        });
    }
    Ok(Json(out))
}

#[utoipa::path(put, path = "/api/v1/tenants/{tenant}/extra-benefits", tag = "operator",
    params(("tenant" = i64, Path)), request_body = ExtraBenefitsBody,
    responses(
        (status = 200, body = ExtraBenefitsBody),
        (status = 401, body = Problem, content_type = "application/problem+json"),
        (status = 404, body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn put_extra_benefits(
    operator: Operator,
    State(state): State<AppState>,
    ApiPath(tenant): ApiPath<i64>,
    ApiJson(body): ApiJson<ExtraBenefitsBody>,
) -> Result<Json<ExtraBenefitsBody>, ApiError> {
    for benefit in ExtraBenefit::ALL {
        extra::set(
            &state.db,
            &operator.actor,
            tenant,
            benefit,
            body.extra_benefits.contains(&benefit),
        )
        .await?;
    }
    Ok(Json(ExtraBenefitsBody {
        extra_benefits: extra::of_tenant(&state.db, tenant).await?,
    }))
}

fn internal(e: crate::store::StoreError) -> ApiError {
    ApiError::Internal(e.into())
}
