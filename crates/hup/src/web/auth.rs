//! Who is asking: every extractor that authenticates a request, and the OpenAPI security
//! schemes that name them. Org admins, employees and operators present a session token (cookie
//! or `Authorization: Bearer`, `web::session`); scripts may present `HUP_OPERATOR_TOKEN`
//! instead of an operator's session.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::Method;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::client::ClientAddr;
use super::errors::ApiError;
use super::session::{bearer, presented_token, ADMIN_COOKIE, EMPLOYEE_COOKIE, OPERATOR_COOKIE};
use super::AppState;
use crate::accounts::{mfa, sessions};
use crate::audit::Actor;
use crate::config::AdminMfa;
use crate::operators::signin as operator_sessions;
use crate::store::admins::AdminAccount;
use crate::store::operators::OperatorAccount;
use crate::store::sessions::SessionKind;

/// A signed-in org admin; API handlers that take it answer 401 without one.
#[derive(Clone, Debug)]
pub struct AdminUser {
    pub account: AdminAccount,
    pub token: String,
    /// `HUP_ADMIN_MFA=required` and no authenticator enrolled yet: until there is one, pages
    /// send the admin to `/admin/security` and API calls answer 403 `mfa-required` (issue 15).
    pub needs_mfa: bool,
}

async fn admin_from(parts: &Parts, state: &AppState) -> Result<Option<AdminUser>, ApiError> {
    let internal = |e| ApiError::Internal(anyhow::Error::new(e));
    let Some(token) = presented_token(&parts.headers, &state.config, ADMIN_COOKIE) else {
        return Ok(None);
    };
    let Some(account) = sessions::admin(state, &token).await.map_err(internal)? else {
        return Ok(None);
    };
    let needs_mfa = state.config.admin_mfa == AdminMfa::Required
        && !mfa::is_enrolled(&state.db, SessionKind::Admin, account.id)
            .await
            .map_err(internal)?;
    Ok(Some(AdminUser {
        account,
        token,
        needs_mfa,
    }))
}

/// API calls an admin without the required authenticator may still make: who am I, sign out.
const WITHOUT_MFA: [&str; 2] = ["/api/v1/admin/me", "/api/v1/admin/sessions/current"];

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let admin = admin_from(parts, state)
            .await?
            .ok_or(ApiError::Unauthorized)?;
        if admin.needs_mfa && !WITHOUT_MFA.contains(&parts.uri.path()) {
            return Err(ApiError::Denied {
                kind: "mfa-required",
                detail: "HUP_ADMIN_MFA=required: enrol an authenticator at /admin/security first"
                    .into(),
            });
        }
        Ok(admin)
    }
}

/// An admin if signed in, for pages that redirect to the sign-in page otherwise.
pub struct MaybeAdmin(pub Option<AdminUser>);

impl FromRequestParts<AppState> for MaybeAdmin {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(MaybeAdmin(admin_from(parts, state).await.ok().flatten()))
    }
}

/// A signed-in employee; API handlers that take it answer 401 without one. The account holds
/// the country (`account.country`); `employees::grants::current` tells the grant and tenant.
#[derive(Clone, Debug)]
pub struct EmployeeUser {
    pub account: crate::store::employees::Employee,
    pub token: String,
}

async fn employee_from(parts: &Parts, state: &AppState) -> Result<Option<EmployeeUser>, ApiError> {
    let Some(token) = presented_token(&parts.headers, &state.config, EMPLOYEE_COOKIE) else {
        return Ok(None);
    };
    // Reads may trust this process's cache; a request that changes something checks the
    // database, so a session ended in another process cannot place an order here (issue 11: 5).
    let check = if matches!(parts.method, Method::GET | Method::HEAD) {
        sessions::Check::Cached
    } else {
        sessions::Check::Fresh
    };
    let account = sessions::employee(state, &token, check)
        .await
        .map_err(|e| ApiError::Internal(anyhow::Error::new(e)))?;
    Ok(account.map(|account| EmployeeUser { account, token }))
}

impl FromRequestParts<AppState> for EmployeeUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        employee_from(parts, state)
            .await?
            .ok_or(ApiError::Unauthorized)
    }
}

/// An employee if signed in, for pages that show a sign-in form otherwise.
pub struct MaybeEmployee(pub Option<EmployeeUser>);

impl FromRequestParts<AppState> for MaybeEmployee {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(MaybeEmployee(
            employee_from(parts, state).await.ok().flatten(),
        ))
    }
}

/// A signed-in operator of the console (issue 15); pages that take it send the browser to the
/// sign-in form otherwise (`web::pages::operator`).
#[derive(Clone, Debug)]
pub struct OperatorUser {
    pub account: OperatorAccount,
    pub token: String,
    /// The caller's network address, for the audit log.
    pub client: String,
}

impl OperatorUser {
    pub fn actor(&self) -> Actor {
        Actor::operator(&self.account.email, &self.client)
    }
}

async fn operator_from(
    parts: &mut Parts,
    state: &AppState,
) -> Result<Option<OperatorUser>, ApiError> {
    let Some(token) = presented_token(&parts.headers, &state.config, OPERATOR_COOKIE) else {
        return Ok(None);
    };
    let account = operator_sessions::session(state, &token)
        .await
        .map_err(|e| ApiError::Internal(anyhow::Error::new(e)))?;
    let Ok(ClientAddr(client)) = ClientAddr::from_request_parts(parts, state).await;
    Ok(account.map(|account| OperatorUser {
        account,
        token,
        client,
    }))
}

impl FromRequestParts<AppState> for OperatorUser {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        operator_from(parts, state)
            .await?
            .ok_or(ApiError::Unauthorized)
    }
}

/// An operator if signed in, for the console's pages.
pub struct MaybeOperator(pub Option<OperatorUser>);

impl FromRequestParts<AppState> for MaybeOperator {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(MaybeOperator(
            operator_from(parts, state).await.ok().flatten(),
        ))
    }
}

/// Who calls the operator API: a script with `HUP_OPERATOR_TOKEN`, or a named operator with
/// the console's session (cookie or bearer). The audit log records which (issue 15).
pub struct Operator {
    pub actor: Actor,
}

impl FromRequestParts<AppState> for Operator {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if let (Some(expected), Some(presented)) =
            (&state.config.operator_token, bearer(&parts.headers))
        {
            // Comparing digests of equal length in constant time leaks neither the token's
            // content nor its length through timing.
            let a = Sha256::digest(presented.as_bytes());
            let b = Sha256::digest(expected.expose().as_bytes());
            if bool::from(a.ct_eq(&b)) {
                let Ok(ClientAddr(client)) = ClientAddr::from_request_parts(parts, state).await;
                return Ok(Operator {
                    actor: Actor::token(&client),
                });
            }
        }
        match operator_from(parts, state).await? {
            Some(user) => Ok(Operator {
                actor: user.actor(),
            }),
            None => Err(ApiError::Unauthorized),
        }
    }
}

/// Declares the `operator` bearer scheme the operator calls name.
pub struct OperatorScheme;

impl utoipa::Modify for OperatorScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "operator",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "HUP_OPERATOR_TOKEN, or the token of POST /api/v1/operator/sessions",
                    ))
                    .build(),
            ),
        );
    }
}

/// Declares the `bearer` scheme the session-protected calls name: the token of
/// `POST /api/v1/admin/sessions` (the same session as the HttpOnly cookie).
pub struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}
