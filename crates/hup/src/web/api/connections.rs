//! The operator's decisions on licensing connections (R9) that could not be approved at once
//! because the agreement's contact is not at a verified domain of the tenant.

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::extract::ApiPath;
use super::json::OptionalJson;
use super::operator::Operator;
use super::ApiError;
use crate::store::connections;
use crate::tenancy::decisions;
use crate::web::AppState;

#[derive(Debug, Serialize, ToSchema)]
pub struct PendingConnectionBody {
    pub customer_number: String,
    pub tenant: i64,
    /// The domain the tenant was created for.
    pub tenant_domain: String,
    /// The work address of the admin who asked.
    pub requested_by: String,
    /// Epoch seconds.
    pub requested_at: i64,
}

fn internal(e: impl std::error::Error + Send + Sync + 'static) -> ApiError {
    ApiError::Internal(anyhow::Error::new(e))
}

/// Connections waiting for a decision.
#[utoipa::path(get, path = "/api/v1/connections/pending", tag = "operator",
    security(("operator" = [])),
    responses((status = 200, body = [PendingConnectionBody]), (status = 401, body = super::problem::Problem)))]
pub async fn pending(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Json<Vec<PendingConnectionBody>>, ApiError> {
    let rows = connections::pending(&state.db).await.map_err(internal)?;
    Ok(Json(
        rows.into_iter()
            .map(|c| PendingConnectionBody {
                customer_number: c.customer_number,
                tenant: c.tenant_id,
                tenant_domain: c.tenant_home_domain,
                requested_by: c.requested_by,
                requested_at: c.requested_at,
            })
            .collect(),
    ))
}

/// What an operator may say about a decision; it is kept in the audit log (issue 15).
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct Decision {
    #[serde(default)]
    pub reason: String,
}

async fn decide(
    state: &AppState,
    operator: &Operator,
    customer_number: &str,
    approve: bool,
    decision: &Decision,
) -> Result<StatusCode, ApiError> {
    super::json::single_line("customer_number", customer_number)?;
    let done = decisions::decide(
        &state.db,
        &operator.actor,
        customer_number,
        approve,
        &decision.reason,
    )
    .await
    .map_err(internal)?;
    if done {
        Ok(StatusCode::NO_CONTENT)
    } else {
        Err(ApiError::NotFound)
    }
}

/// Approves a pending connection: the tenant's HUP tab shows the customer's verdict.
#[utoipa::path(post, path = "/api/v1/connections/{customer_number}/approve", tag = "operator",
    params(("customer_number" = String, Path)), security(("operator" = [])),
    request_body(content = Option<Decision>, description = "Optional: `{\"reason\"}`, kept in the audit log"),
    responses((status = 204, description = "approved"), (status = 404, description = "no pending connection of this customer", body = super::problem::Problem)))]
pub async fn approve(
    State(state): State<AppState>,
    operator: Operator,
    ApiPath(customer_number): ApiPath<String>,
    OptionalJson(decision): OptionalJson<Decision>,
) -> Result<StatusCode, ApiError> {
    decide(&state, &operator, &customer_number, true, &decision).await
}

/// Rejects a pending connection: the customer is free to connect to another tenant.
#[utoipa::path(post, path = "/api/v1/connections/{customer_number}/reject", tag = "operator",
    params(("customer_number" = String, Path)), security(("operator" = [])),
    request_body(content = Option<Decision>, description = "Optional: `{\"reason\"}`, kept in the audit log"),
    responses((status = 204, description = "rejected"), (status = 404, description = "no pending connection of this customer", body = super::problem::Problem)))]
pub async fn reject(
    State(state): State<AppState>,
    operator: Operator,
    ApiPath(customer_number): ApiPath<String>,
    OptionalJson(decision): OptionalJson<Decision>,
) -> Result<StatusCode, ApiError> {
    decide(&state, &operator, &customer_number, false, &decision).await
}
