//! `POST /api/v1/operator/sessions` (issue 15): a named operator signs in with the password
//! and a current TOTP code (or a recovery code); the token opens every operator call as the
//! console's session does, and the audit log names the operator.

use axum::extract::State;
use axum::response::Response;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::account_answers::{session_ended, session_started};
use super::json::ApiJson;
use super::ApiError;
use crate::operators::{signin, SESSION_SECONDS};
use crate::web::auth::OperatorUser;
use crate::web::client::ClientAddr;
use crate::web::session::OPERATOR_COOKIE;
use crate::web::AppState;

#[derive(Debug, Deserialize, ToSchema)]
pub struct OperatorSessionRequest {
    pub email: String,
    pub password: String,
    /// The authenticator's current 6 digits, or a recovery code.
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OperatorSessionCreated {
    /// For `Authorization: Bearer`; the same session is set as an HttpOnly cookie.
    pub token: String,
}

/// Signs an operator in.
#[utoipa::path(post, path = "/api/v1/operator/sessions", tag = "operator",
    request_body = OperatorSessionRequest,
    responses(
        (status = 200, body = OperatorSessionCreated),
        (status = 401, description = "wrong address, password or code (which one is not said)", body = super::problem::Problem),
        (status = 429, description = "too many failed attempts; `Retry-After` says when to try again", body = super::problem::Problem),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    client: ClientAddr,
    ApiJson(body): ApiJson<OperatorSessionRequest>,
) -> Result<Response, ApiError> {
    let signed =
        signin::sign_in(&state, &body.email, &body.password, &body.code, &client.0).await?;
    let token = signed.token.as_str();
    let created = OperatorSessionCreated {
        token: token.to_owned(),
    };
    Ok(session_started(
        &state.config,
        OPERATOR_COOKIE,
        token,
        SESSION_SECONDS,
        created,
    ))
}

/// Signs the current operator session out.
#[utoipa::path(delete, path = "/api/v1/operator/sessions/current", tag = "operator",
    security(("operator" = [])),
    responses((status = 204, description = "signed out"), (status = 401, body = super::problem::Problem)))]
pub async fn sign_out(
    State(state): State<AppState>,
    operator: OperatorUser,
) -> Result<Response, ApiError> {
    signin::sign_out(&state, &operator.token).await?;
    Ok(session_ended(&state.config, OPERATOR_COOKIE))
}
