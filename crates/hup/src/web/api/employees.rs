//! The employee journey over JSON (R7, R15–R17, R19): registrations, personal accounts,
//! sessions and binding the confirmed work address.

use super::json::ApiJson;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::account_answers::{accepted, locale_of, session_ended, session_started};
use super::ApiError;
use crate::employees::grants::{self, CurrentGrant};
use crate::employees::{accounts, profile, registrations, EmployeeError, SESSION_SECONDS};
use crate::web::auth::EmployeeUser;
use crate::web::client::ClientAddr;
use crate::web::locale::Lang;
use crate::web::session::EMPLOYEE_COOKIE;
use crate::web::AppState;

/// A work-address error names the `work_email` field.
fn work_email_error(e: EmployeeError) -> ApiError {
    field_renamed(e, "email", "work_email")
}

/// The error with its field `from` named `to`, as the request body calls it.
pub(super) fn field_renamed(e: EmployeeError, from: &str, to: &str) -> ApiError {
    match ApiError::from(e) {
        ApiError::Unprocessable {
            kind,
            detail,
            mut errors,
        } => {
            for err in &mut errors {
                if err.field == from {
                    err.field = to.to_owned();
                }
            }
            ApiError::Unprocessable {
                kind,
                detail,
                errors,
            }
        }
        other => other,
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct RegistrationRequest {
    pub work_email: String,
    /// `en` or `nl`: the language of the mail (default: the request's).
    pub locale: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Accepted {
    /// `confirmation-sent`.
    pub status: &'static str,
}

/// Step 1 (R15): a confirmation link goes to the work address.
#[utoipa::path(post, path = "/api/v1/registrations", tag = "employees",
    request_body = RegistrationRequest,
    responses(
        (status = 202, description = "the confirmation mail was queued", body = Accepted),
        (status = 422, description = "`invalid-email`: the address is malformed; `consumer-domain`: a consumer mail domain such as gmail.com, not an organization's; `organization-not-participating`: its organization does not take part (yet)", body = super::problem::Problem),
        (status = 429, description = "too many registrations for the address, its domain or the client; see `Retry-After`", body = super::problem::Problem),
    ))]
pub async fn register(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientAddr,
    ApiJson(body): ApiJson<RegistrationRequest>,
) -> Result<Response, ApiError> {
    let locale = locale_of(body.locale.as_deref(), lang);
    registrations::register(&state, &body.work_email, locale, &client.0)
        .await
        .map_err(work_email_error)?;
    Ok(accepted(Accepted {
        status: "confirmation-sent",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct TokenBody {
    pub token: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ClaimResponse {
    /// Single use; `POST /api/v1/me/eligibility` binds it to the signed-in account.
    pub claim: String,
    pub work_email: String,
    /// Seconds the claim stays usable.
    pub expires_in: u64,
}

/// Step 2 (R16): confirms the work address with the mail's token and returns a claim.
#[utoipa::path(post, path = "/api/v1/registrations/confirm", tag = "employees",
    request_body = TokenBody,
    responses(
        (status = 200, body = ClaimResponse),
        (status = 422, description = "`invalid-token`: unknown, used, voided or expired", body = super::problem::Problem),
    ))]
pub async fn confirm_registration(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<ClaimResponse>, ApiError> {
    let confirmed = registrations::confirm(&state.db, &state.config, &body.token).await?;
    Ok(Json(ClaimResponse {
        claim: confirmed.claim.as_str().to_owned(),
        work_email: confirmed.work_email,
        expires_in: state.config.employees.confirm_ttl.as_secs(),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct AccountRequest {
    /// The personal address (R19: not at any organization's verified domain).
    pub email: String,
    /// At least 8 characters, not a common password.
    pub password: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    pub display_name: Option<String>,
    /// `en` or `nl`: the language of the mail (default: the request's).
    pub locale: Option<String>,
}

/// Creates a personal account (R7); the link to activate it goes to the personal address.
#[utoipa::path(post, path = "/api/v1/accounts", tag = "employees",
    request_body = AccountRequest,
    responses(
        (status = 202, description = "a confirmation link goes to the address unless it already has an active account", body = Accepted),
        (status = 422, description = "`invalid-email`, `work-address-as-personal` (R19), `invalid-password`, `invalid-country` or `invalid-display-name`; every wrong field is listed in `errors`, the type is the first one's", body = super::problem::Problem),
        (status = 429, body = super::problem::Problem),
    ))]
pub async fn create_account(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientAddr,
    ApiJson(body): ApiJson<AccountRequest>,
) -> Result<Response, ApiError> {
    let new = accounts::NewAccount {
        email: &body.email,
        password: &body.password,
        country: &body.country,
        display_name: body.display_name.as_deref(),
        locale: locale_of(body.locale.as_deref(), lang),
    };
    accounts::create(&state, &new, &client.0).await?;
    Ok(accepted(Accepted {
        status: "confirmation-sent",
    }))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Activated {
    /// `active`.
    pub status: &'static str,
}

/// Activates a personal account with the token of its mail.
#[utoipa::path(post, path = "/api/v1/accounts/confirm", tag = "employees",
    request_body = TokenBody,
    responses(
        (status = 200, body = Activated),
        (status = 422, description = "`invalid-token`", body = super::problem::Problem),
    ))]
pub async fn confirm_account(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<TokenBody>,
) -> Result<Json<Activated>, ApiError> {
    accounts::confirm(&state.db, &body.token).await?;
    Ok(Json(Activated { status: "active" }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ResetRequest {
    pub email: String,
    pub locale: Option<String>,
}

/// Mails a link to choose a new password when the address has an account (the answer is the
/// same either way).
#[utoipa::path(post, path = "/api/v1/accounts/password-resets", tag = "employees",
    request_body = ResetRequest,
    responses((status = 202, body = Accepted), (status = 429, body = super::problem::Problem)))]
pub async fn request_reset(
    State(state): State<AppState>,
    lang: Lang,
    client: ClientAddr,
    ApiJson(body): ApiJson<ResetRequest>,
) -> Result<Response, ApiError> {
    let locale = locale_of(body.locale.as_deref(), lang);
    accounts::request_reset(&state, &body.email, locale, &client.0).await?;
    Ok(accepted(Accepted {
        status: "reset-link-sent",
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ResetConfirm {
    pub token: String,
    pub password: String,
}

/// Sets a new password with the token of the reset mail; every session of the account ends.
#[utoipa::path(post, path = "/api/v1/accounts/password-resets/confirm", tag = "employees",
    request_body = ResetConfirm,
    responses(
        (status = 204, description = "the password was changed"),
        (status = 422, description = "`invalid-token` or `invalid-password`", body = super::problem::Problem),
    ))]
pub async fn confirm_reset(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<ResetConfirm>,
) -> Result<StatusCode, ApiError> {
    accounts::reset_password(&state, &body.token, &body.password).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct SessionRequest {
    pub email: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionCreated {
    /// For `Authorization: Bearer`; the same session is set as an HttpOnly cookie.
    pub token: String,
}

/// Signs an employee in with the personal account.
#[utoipa::path(post, path = "/api/v1/sessions", tag = "employees",
    request_body = SessionRequest,
    responses(
        (status = 200, body = SessionCreated),
        (status = 401, description = "wrong address or password", body = super::problem::Problem),
        (status = 409, description = "`account-not-confirmed`: the personal address was not confirmed yet", body = super::problem::Problem),
        (status = 429, description = "too many failed attempts from this client; see `Retry-After`", body = super::problem::Problem),
    ))]
pub async fn sign_in(
    State(state): State<AppState>,
    client: ClientAddr,
    ApiJson(body): ApiJson<SessionRequest>,
) -> Result<Response, ApiError> {
    let signed = accounts::sign_in(
        &state.db,
        &state.config,
        &body.email,
        &body.password,
        &client.0,
    )
    .await?;
    let token = signed.token.as_str();
    let created = SessionCreated {
        token: token.to_owned(),
    };
    Ok(session_started(
        &state.config,
        EMPLOYEE_COOKIE,
        token,
        SESSION_SECONDS,
        created,
    ))
}

/// Signs the current employee session out.
#[utoipa::path(delete, path = "/api/v1/sessions/current", tag = "employees",
    security(("bearer" = [])),
    responses((status = 204, description = "signed out"), (status = 401, body = super::problem::Problem)))]
pub async fn sign_out(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Response, ApiError> {
    accounts::sign_out(&state, &employee.token).await?;
    Ok(session_ended(&state.config, EMPLOYEE_COOKIE))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct GrantView {
    pub tenant: i64,
    pub work_email: String,
    /// Epoch seconds.
    pub granted_at: i64,
    /// Epoch seconds; the benefit holds until then.
    pub expires_at: i64,
    /// `YYYY-MM-DD` (UTC).
    pub expires_on: String,
    /// Not expired and the organization takes part now.
    pub active: bool,
}

impl From<CurrentGrant> for GrantView {
    fn from(g: CurrentGrant) -> Self {
        GrantView {
            expires_on: g.expires_on(),
            tenant: g.tenant_id,
            work_email: g.work_email,
            granted_at: g.granted_at,
            expires_at: g.expires_at,
            active: g.active,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct MeView {
    pub email: String,
    pub country: String,
    pub display_name: Option<String>,
    pub eligibility: Option<GrantView>,
}

/// The signed-in employee, with the eligibility grant if any.
#[utoipa::path(get, path = "/api/v1/me", tag = "employees",
    security(("bearer" = [])),
    responses((status = 200, body = MeView), (status = 401, body = super::problem::Problem)))]
pub async fn me(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<MeView>, ApiError> {
    let grant = grants::current(&state.db, employee.account.id).await?;
    Ok(Json(MeView {
        email: employee.account.email,
        country: employee.account.country,
        display_name: employee.account.display_name,
        eligibility: grant.map(GrantView::from),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MeChange {
    /// One line of at most 100 characters; blank or `null` clears it; absent keeps it.
    #[serde(default, deserialize_with = "present")]
    pub display_name: Option<Option<String>>,
    /// ISO 3166-1 alpha-2; it decides the offers (R3). Absent keeps it.
    pub country: Option<String>,
}

/// A field that is present, even as `null`, is `Some`.
fn present<'de, D>(d: D) -> Result<Option<Option<String>>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    Option::<String>::deserialize(d).map(Some)
}

/// Changes the signed-in employee's display name and/or country (issue 12).
#[utoipa::path(patch, path = "/api/v1/me", tag = "employees",
    security(("bearer" = [])),
    request_body = MeChange,
    responses(
        (status = 200, description = "the account as it is now", body = MeView),
        (status = 401, body = super::problem::Problem),
        (status = 422, description = "`invalid-display-name` or `invalid-country`; nothing changed", body = super::problem::Problem),
    ))]
pub async fn patch_me(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiJson(body): ApiJson<MeChange>,
) -> Result<Json<MeView>, ApiError> {
    let change = profile::ProfileChange {
        display_name: body
            .display_name
            .as_ref()
            .map(|n| n.as_deref().unwrap_or("")),
        country: body.country.as_deref(),
    };
    let account = profile::update(&state, &employee.account, &change).await?;
    let grant = grants::current(&state.db, account.id).await?;
    Ok(Json(MeView {
        email: account.email,
        country: account.country,
        display_name: account.display_name,
        eligibility: grant.map(GrantView::from),
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PasswordChangeRequest {
    pub current_password: String,
    /// At least 8 characters, not a common password.
    pub new_password: String,
}

/// Changes the signed-in employee's password (issue 12); every other session of the account
/// ends, this one stays.
#[utoipa::path(post, path = "/api/v1/me/password", tag = "employees",
    security(("bearer" = [])),
    request_body = PasswordChangeRequest,
    responses(
        (status = 204, description = "the password was changed"),
        (status = 401, body = super::problem::Problem),
        (status = 422, description = "`wrong-password` (field `current_password`) or `invalid-password` (field `new_password`); nothing changed", body = super::problem::Problem),
        (status = 429, description = "too many wrong current passwords; see `Retry-After`", body = super::problem::Problem),
    ))]
pub async fn change_password(
    State(state): State<AppState>,
    employee: EmployeeUser,
    client: ClientAddr,
    ApiJson(body): ApiJson<PasswordChangeRequest>,
) -> Result<StatusCode, ApiError> {
    let change = profile::PasswordChange {
        current_password: &body.current_password,
        new_password: &body.new_password,
        session: &employee.token,
        client: &client.0,
    };
    profile::change_password(&state, &employee.account, &change)
        .await
        .map_err(|e| field_renamed(e, "password", "new_password"))?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct BindRequest {
    pub claim: String,
}

/// Step 3 (R17): binds the confirmed work address to the signed-in account; the benefit of
/// its organization holds for `HUP_GRANT_MONTHS`.
#[utoipa::path(post, path = "/api/v1/me/eligibility", tag = "employees",
    security(("bearer" = [])),
    request_body = BindRequest,
    responses(
        (status = 201, body = GrantView),
        (status = 401, body = super::problem::Problem),
        (status = 422, description = "`invalid-claim`: unknown, bound already or expired; `organization-not-participating`", body = super::problem::Problem),
    ))]
pub async fn bind(
    State(state): State<AppState>,
    employee: EmployeeUser,
    ApiJson(body): ApiJson<BindRequest>,
) -> Result<Response, ApiError> {
    let grant = grants::bind(&state.db, &state.config, employee.account.id, &body.claim).await?;
    Ok((StatusCode::CREATED, Json(GrantView::from(grant))).into_response())
}

/// The signed-in employee's eligibility grant.
#[utoipa::path(get, path = "/api/v1/me/eligibility", tag = "employees",
    security(("bearer" = [])),
    responses(
        (status = 200, body = GrantView),
        (status = 401, body = super::problem::Problem),
        (status = 404, description = "no work address bound yet", body = super::problem::Problem),
    ))]
pub async fn eligibility(
    State(state): State<AppState>,
    employee: EmployeeUser,
) -> Result<Json<GrantView>, ApiError> {
    grants::current(&state.db, employee.account.id)
        .await?
        .map(|g| Json(GrantView::from(g)))
        .ok_or(ApiError::NotFound)
}
