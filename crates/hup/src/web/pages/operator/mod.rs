//! The operator console (issue 15): the vendor's program team runs the program in pages, the
//! twins of the operator API and `hup` commands, each calling the same service function.
//! Every page but the setup link and the sign-in needs an operator signed in with a password
//! and a TOTP code; every form carries a CSRF token (`web::csrf`); every change the pages make
//! is in the audit log under the operator's name.

pub mod audit;
pub mod connections;
pub mod customers;
pub mod documents;
pub mod feed;
pub mod home;
pub mod setup;
pub mod signin;
pub mod signout;
pub mod support;
pub mod tenants;

use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::response::Response;
use serde::de::DeserializeOwned;

use super::error::PageError;
use super::kit::see_other;
use crate::i18n::{Locale, Tr};
use crate::operators::OperatorError;
use crate::web::auth::{MaybeOperator, OperatorUser};
use crate::web::csrf::PostedForm;
use crate::web::AppState;

/// Where an operator who is not signed in is sent.
pub const SIGN_IN: &str = "/operator/signin";

/// The signed-in operator of a console page; without a session the browser goes to the
/// sign-in form.
pub struct SignedInOperator(pub OperatorUser);

impl FromRequestParts<AppState> for SignedInOperator {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let MaybeOperator(operator) = MaybeOperator::from_request_parts(parts, state)
            .await
            .unwrap_or(MaybeOperator(None));
        operator
            .map(SignedInOperator)
            .ok_or_else(|| see_other(SIGN_IN))
    }
}

/// A form a signed-in operator posts: the operator, the fields, and whether the CSRF token
/// was right. Without a session the browser goes to the sign-in form.
pub struct OperatorForm<F> {
    pub operator: OperatorUser,
    pub fields: F,
    pub genuine: bool,
}

impl<F: DeserializeOwned + Send> FromRequest<AppState> for OperatorForm<F> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let SignedInOperator(operator) =
            SignedInOperator::from_request_parts(&mut parts, state).await?;
        let form = PostedForm::<F>::from_request(Request::from_parts(parts, body), state).await?;
        Ok(OperatorForm {
            operator,
            fields: form.fields,
            genuine: form.genuine,
        })
    }
}

/// The sentence a form shows for an error of the operator accounts; `None` for internal
/// errors, which become the error page.
pub fn error_text(t: Tr, e: &OperatorError) -> Option<String> {
    use crate::accounts::password::PasswordProblem;
    use hup_core::mfa::MfaProblem;
    Some(match e {
        OperatorError::InvalidEmail(_) => t.get("operator-error-email"),
        OperatorError::InvalidPassword(PasswordProblem::Common) => {
            t.get("operator-error-password-common")
        }
        OperatorError::InvalidPassword(_) => t.get("operator-error-password"),
        OperatorError::InvalidToken => t.get("operator-error-link"),
        OperatorError::InvalidCode(MfaProblem::Malformed) => t.get("operator-error-code-format"),
        OperatorError::InvalidCode(_) => t.get("operator-error-code"),
        OperatorError::BadCredentials => t.get("operator-error-credentials"),
        OperatorError::TooManyAttempts(_) => t.get("operator-error-throttled"),
        OperatorError::Exists(_) | OperatorError::NotFound(_) => t.get("operator-error-account"),
        OperatorError::Secrets(_) | OperatorError::Store(_) | OperatorError::Internal(_) => {
            return None
        }
    })
}

/// The error page for what a page cannot say in a sentence (logged with a reference).
pub fn internal(e: impl std::error::Error + Send + Sync + 'static, locale: Locale) -> Response {
    PageError::Internal(anyhow::Error::new(e)).into_page(locale)
}

/// An amount in the page's language; the bare minor units when the code is unknown.
pub fn amount(t: Tr, currency: &str, minor: i64) -> String {
    match hup_core::money::Currency::parse(currency) {
        Ok(c) => t.money(&hup_core::money::Money::new(minor, c)),
        Err(_) => format!("{currency} {minor}"),
    }
}

/// A moment as the console shows it: `2025-01-31 14:05 UTC`.
pub fn when(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}
