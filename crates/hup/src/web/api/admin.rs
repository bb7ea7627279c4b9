//! Org admins' work accounts over JSON: sign-up, confirmation, sign-in and sign-out.

use super::json::ApiJson;
use axum::extract::State;
use axum::response::Response;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::account_answers::{accepted, locale_of, session_ended, session_started};
use super::ApiError;
use crate::tenancy::{accounts, SESSION_SECONDS};
use crate::web::auth::AdminUser;
pub use crate::web::auth::BearerScheme;
use crate::web::client::ClientAddr;
use crate::web::locale::Lang;
use crate::web::session::ADMIN_COOKIE;
use crate::web::AppState;

#[derive(Debug, Deserialize, ToSchema)]
pub struct SignupRequest {
    pub work_email: String,
    pub password: String,
    /// `en` or `nl`; the language of the confirmation mail (default: the request's).
    pub locale: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignupAccepted {
    /// Always `confirmation-sent`: a link goes to the work address unless it already has a
    /// confirmed account.
    pub status: &'static str,
}

/// Signs an org admin up with the work address; the confirmation link goes there.
#[utoipa::path(post, path = "/api/v1/admin/signups", tag = "admin",
    request_body = SignupRequest,
    responses(
        (status = 202, body = SignupAccepted),
        (status = 422, description = "malformed address, consumer mail domain or weak password", body = super::problem::Problem),
    ))]
pub async fn signup(
    State(state): State<AppState>,
    lang: Lang,
    ApiJson(body): ApiJson<SignupRequest>,
) -> Result<Response, ApiError> {
    let locale = locale_of(body.locale.as_deref(), lang);
    accounts::sign_up(&state, &body.work_email, &body.password, locale).await?;
    Ok(accepted(SignupAccepted {
        status: "confirmation-sent",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenRequest {
    pub token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SignupConfirmed {
    /// The tenant the account now belongs to.
    pub tenant: i64,
}

/// Confirms the work address from the mail's token.
#[utoipa::path(post, path = "/api/v1/admin/signups/confirm", tag = "admin",
    request_body = TokenRequest,
    responses(
        (status = 200, body = SignupConfirmed),
        (status = 422, description = "unknown, used or expired token", body = super::problem::Problem),
    ))]
pub async fn confirm(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<TokenRequest>,
) -> Result<Json<SignupConfirmed>, ApiError> {
    let tenant = accounts::confirm(&state.db, &body.token).await?;
    Ok(Json(SignupConfirmed { tenant }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AdminSessionRequest {
    pub work_email: String,
    pub password: String,
    /// The authenticator's current code (or a recovery code) of an admin who enrolled one at
    /// `/admin/security` (issue 15).
    #[serde(default)]
    pub code: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AdminSessionCreated {
    /// For `Authorization: Bearer`; the same session is set as an HttpOnly cookie.
    pub token: String,
    pub tenant: Option<i64>,
    pub role: &'static str,
}

/// Signs an org admin in.
#[utoipa::path(post, path = "/api/v1/admin/sessions", tag = "admin",
    request_body = AdminSessionRequest,
    responses(
        (status = 200, body = AdminSessionCreated),
        (status = 401, description = "wrong address or password", body = super::problem::Problem),
        (status = 429, description = "too many failed attempts from this address; `Retry-After` says when to try again", body = super::problem::Problem),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    client: ClientAddr,
    ApiJson(body): ApiJson<AdminSessionRequest>,
) -> Result<Response, ApiError> {
    let signed = accounts::sign_in(
        &state,
        &body.work_email,
        &body.password,
        &body.code,
        &client.0,
    )
    .await?;
    let token = signed.token.as_str();
    let created = AdminSessionCreated {
        token: token.to_owned(),
        tenant: signed.admin.tenant_id,
        role: signed.admin.role.code(),
    };
    Ok(session_started(
        &state.config,
        ADMIN_COOKIE,
        token,
        SESSION_SECONDS,
        created,
    ))
}

/// Signs the current session out.
#[utoipa::path(delete, path = "/api/v1/admin/sessions/current", tag = "admin",
    security(("bearer" = [])),
    responses((status = 204, description = "signed out"), (status = 401, body = super::problem::Problem)))]
pub async fn sign_out(
    State(state): State<AppState>,
    admin: AdminUser,
) -> Result<Response, ApiError> {
    accounts::sign_out(&state, &admin.token).await?;
    Ok(session_ended(&state.config, ADMIN_COOKIE))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Me {
    pub work_email: String,
    pub tenant: Option<i64>,
    pub role: &'static str,
    /// Let into the tenant by one of its admins; until then the tenant's calls answer 403
    /// `awaiting-approval` (issue 12).
    pub approved: bool,
}

/// The signed-in admin.
#[utoipa::path(get, path = "/api/v1/admin/me", tag = "admin",
    security(("bearer" = [])),
    responses((status = 200, body = Me), (status = 401, body = super::problem::Problem)))]
pub async fn me(admin: AdminUser) -> Json<Me> {
    Json(Me {
        work_email: admin.account.email,
        tenant: admin.account.tenant_id,
        role: admin.account.role.code(),
        approved: admin.account.approved,
    })
}
