//! `GET /api/v1/audit` (issue 15): the audit log, as `/operator/audit` and `hup audit` show it.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

use super::extract::ApiQuery;
use super::operator::Operator;
use super::problem::Problem;
use super::ApiError;
use crate::audit::{self, AuditEntry, PAGE};
use crate::store::audit::Filter;
use crate::web::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only entries from this day (`YYYY-MM-DD`, UTC) on.
    pub since: Option<String>,
    /// Only entries older than this id: the next page is `before` = the last id of this one.
    pub before: Option<i64>,
    /// Only entries of this action, e.g. `agreements.import`.
    pub action: Option<String>,
}

/// The audit log, newest first, 50 entries a page.
#[utoipa::path(get, path = "/api/v1/audit", tag = "operator", params(AuditQuery),
    responses(
        (status = 200, body = [AuditEntry]),
        (status = 400, description = "since is not a day", body = Problem, content_type = "application/problem+json"),
        (status = 401, body = Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn list(
    _: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<AuditQuery>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let since = match query.since.as_deref() {
        None => None,
        Some(s) => Some(
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map_err(|_| {
                    ApiError::BadRequest(format!(
                        "since \"{s}\" is not a day in the form YYYY-MM-DD"
                    ))
                })?
                .and_hms_opt(0, 0, 0)
                .map(|d| d.and_utc().timestamp())
                .unwrap_or(0),
        ),
    };
    if let Some(action) = &query.action {
        super::json::single_line("action", action)?;
    }
    let filter = Filter {
        since,
        before: query.before,
        action: query.action.as_deref(),
        limit: PAGE,
    };
    let entries = audit::list(&state.db, &filter)
        .await
        .map_err(|e| ApiError::Internal(e.into()))?;
    Ok(Json(entries))
}
