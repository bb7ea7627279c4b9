//! The org admin center (R1, R9–R12, R20): sign-up, sign-in, domains and the HUP tab. Folder
//! per page, file per verb; each calls the same `tenancy` functions as the JSON API. Every
//! form carries a CSRF token (`web::csrf`).

pub mod confirm;
pub mod domains;
pub mod home;
pub mod hup;
pub mod signin;
pub mod signout;
pub mod signup;

use std::future::Future;

use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::response::Response;
use serde::de::DeserializeOwned;

use super::error::PageError;
pub use super::kit::{no_referrer, render_with, see_other};
use crate::accounts::password::PasswordProblem;
use crate::i18n::{Locale, Tr};
use crate::tenancy::TenancyError;
use crate::web::auth::{AdminUser, MaybeAdmin};
use crate::web::csrf::PostedForm;
use crate::web::errors::Refuses;
use crate::web::AppState;

/// A page with only a title, a sentence and maybe a button (mail sent, address confirmed).
#[derive(Template)]
#[template(path = "admin/message.html")]
pub struct MessagePage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub title: String,
    pub body: String,
    pub next: Option<(&'static str, String)>,
}

/// Where an admin who is not signed in is sent.
pub fn to_sign_in() -> Response {
    see_other("/admin/signin")
}

/// The sentence a form shows for an error of the tenancy layer; `None` for internal errors,
/// which become the error page.
pub fn error_text(t: Tr, e: &TenancyError) -> Option<String> {
    Some(match e {
        TenancyError::InvalidEmail(_) => t.get("admin-error-invalid-email"),
        TenancyError::InvalidDomain(_) => t.get("admin-error-invalid-domain"),
        TenancyError::ConsumerDomain(d) => t.with("admin-error-consumer-domain", "domain", d),
        TenancyError::InvalidPassword(PasswordProblem::Common) => {
            t.get("admin-error-password-common")
        }
        TenancyError::InvalidPassword(_) => t.get("admin-error-password"),
        TenancyError::InvalidToken => t.get("admin-error-invalid-token"),
        TenancyError::BadCredentials => t.get("admin-error-credentials"),
        TenancyError::TooManyAttempts => t.get("admin-error-throttled"),
        TenancyError::Forbidden(_) => t.get("admin-error-forbidden"),
        TenancyError::UnknownCustomer(_) => t.get("admin-error-unknown-customer"),
        TenancyError::Conflict { .. } => t.get("admin-error-conflict"),
        TenancyError::NotFound | TenancyError::Store(_) | TenancyError::Internal(_) => return None,
    })
}

/// The status a form answers with for an error of the tenancy layer: the API's.
pub fn error_status(e: &TenancyError) -> StatusCode {
    e.refusal().status()
}

/// An account form (sign-in, sign-up) again after a post without the right CSRF token.
pub fn forged_form<T: Template>(t: Tr, page: impl FnOnce(String) -> T) -> Response {
    render_with(
        &page(t.get("admin-error-csrf")),
        t.locale,
        StatusCode::FORBIDDEN,
    )
}

/// Answers an error of an account form (sign-in, sign-up) with the form again and the
/// sentence, or with the error page.
pub fn form_error<T: Template>(e: TenancyError, t: Tr, page: impl FnOnce(String) -> T) -> Response {
    match error_text(t, &e) {
        Some(text) => render_with(&page(text), t.locale, error_status(&e)),
        None => page_error(e, t.locale),
    }
}

/// The error page for what a form cannot show.
pub fn page_error(e: TenancyError, locale: Locale) -> Response {
    match e {
        TenancyError::NotFound => PageError::NotFound.into_page(locale),
        other => PageError::Internal(anyhow::Error::new(other)).into_page(locale),
    }
}

/// The tenant of a signed-in admin (a confirmed account always has one).
pub fn tenant_of(admin: &AdminUser) -> Result<i64, TenancyError> {
    admin.account.tenant_id.ok_or(TenancyError::NotFound)
}

/// A form an admin posts from a tenant page (domains, the HUP tab): the signed-in admin, the
/// form's fields and whether its CSRF token was right. Without a session the browser goes to
/// the sign-in page.
pub struct TenantPost<F> {
    pub admin: AdminUser,
    pub fields: F,
    genuine: bool,
}

impl<F: DeserializeOwned + Send> FromRequest<AppState> for TenantPost<F> {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = req.into_parts();
        let MaybeAdmin(admin) = MaybeAdmin::from_request_parts(&mut parts, state)
            .await
            .unwrap_or(MaybeAdmin(None));
        let Some(admin) = admin else {
            return Err(to_sign_in());
        };
        let form = PostedForm::<F>::from_request(Request::from_parts(parts, body), state).await?;
        Ok(TenantPost {
            admin,
            fields: form.fields,
            genuine: form.genuine,
        })
    }
}

impl<F> TenantPost<F> {
    /// Runs `act` on the admin's tenant, then goes to `done`. A forged form, or a refusal
    /// `explain` can put into words, shows the page again through `show`; any other refusal
    /// is the error page.
    pub async fn answer<T, Done, Shown>(
        &self,
        t: Tr,
        explain: fn(Tr, &TenancyError) -> Option<String>,
        act: impl FnOnce(i64) -> Done,
        show: impl FnOnce((String, StatusCode)) -> Shown,
    ) -> Result<T, Response>
    where
        Done: Future<Output = Result<T, TenancyError>>,
        Shown: Future<Output = Response>,
    {
        if !self.genuine {
            return Err(show((t.get("admin-error-csrf"), StatusCode::FORBIDDEN)).await);
        }
        let result = match tenant_of(&self.admin) {
            Ok(tenant) => act(tenant).await,
            Err(e) => Err(e),
        };
        match result {
            Ok(done) => Ok(done),
            Err(e) => Err(match explain(t, &e) {
                Some(text) => show((text, error_status(&e))).await,
                None => page_error(e, t.locale),
            }),
        }
    }
}
