//! Personal data over JSON (issue 16): the signed-in employee's export, and erasing the
//! account. The pages `/account/export` and `/account/delete` call the same services.

use axum::extract::State;
use axum::response::Response;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use super::account_answers::session_ended;
use super::employees::field_renamed;
use super::json::ApiJson;
use super::ApiError;
use crate::privacy::erasure::{self, Erasure};
use crate::privacy::export::{self, PersonalData};
use crate::web::auth::EmployeeUser;
use crate::web::client::ClientAddr;
use crate::web::session::EMPLOYEE_COOKIE;
use crate::web::AppState;

/// Everything hup holds about the signed-in employee (GDPR art. 15): the account, work
/// addresses with their registrations and grants, orders, subscriptions, the mail sent to
/// any of its addresses and the sign-in history, as one document.
#[utoipa::path(get, path = "/api/v1/me/export", tag = "employees",
    security(("bearer" = [])),
    responses(
        (status = 200, body = PersonalData),
        (status = 401, body = super::problem::Problem),
    ))]
pub async fn export(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<PersonalData>, ApiError> {
    let days = state.config.retention.as_secs() / 86_400;
    Ok(Json(
        export::export(&state.db, days, &employee.account).await?,
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ErasureRequest {
    /// The account's password, typed again.
    pub password: String,
}

/// Erases the signed-in employee's account (GDPR art. 17): every session ends, renewals
/// stop, names and addresses go from every table (the mail outbox too); orders stay for the
/// books without them. No mail is sent: its outbox row would keep the address.
#[utoipa::path(delete, path = "/api/v1/me", tag = "employees",
    security(("bearer" = [])),
    request_body = ErasureRequest,
    responses(
        (status = 204, description = "the account is erased and its session cookie cleared"),
        (status = 401, body = super::problem::Problem),
        (status = 422, description = "`wrong-password` (field `password`); nothing changed", body = super::problem::Problem),
        (status = 429, description = "too many wrong passwords; see `Retry-After`", body = super::problem::Problem),
    ))]
pub async fn erase(
    State(state): State<AppState>,
    employee: EmployeeUser,
    client: ClientAddr,
    ApiJson(body): ApiJson<ErasureRequest>,
) -> Result<Response, ApiError> {
    let request = Erasure {
        password: &body.password,
        client: &client.0,
    };
    erasure::erase(&state, &employee.account, &request)
        .await
        .map_err(|e| field_renamed(e, "current_password", "password"))?;
    Ok(session_ended(&state.config, EMPLOYEE_COOKIE))
}
