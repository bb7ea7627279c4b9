//! The org admin center (R1, R9–R12, R20): sign-up, sign-in, domains and the HUP tab. Folder
//! per page, file per verb; each calls the same `tenancy` functions as the JSON API. Every
//! form carries a CSRF token (`web::csrf`).

pub mod admins;
pub mod confirm;
pub mod domains;
pub mod home;
pub mod hup;
pub mod security;
pub mod signin;
pub mod signout;
pub mod signup;

use std::future::Future;

use askama::Template;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use super::error::PageError;
use super::kit::retry_after;
pub use super::kit::{no_referrer, render_with, see_other};
use crate::accounts::password::PasswordProblem;
use crate::i18n::{Locale, Tr};
use crate::tenancy::TenancyError;
use crate::web::auth::{AdminUser, MaybeAdmin};
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::errors::{Refusal, Refuses};
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

/// What the sign-in and the sign-up form post: the work address and the password.
#[derive(Deserialize)]
pub struct WorkAccountFields {
    #[serde(default)]
    pub work_email: String,
    #[serde(default)]
    pub password: String,
    /// Sign-in only: the authenticator's code of an admin who enrolled one (issue 15).
    #[serde(default)]
    pub code: String,
}

/// One of the two work-account forms (sign-in, sign-up): where it posts, whether it asks for a
/// new password, and the Fluent ids of its texts, with the other form's link at the foot.
pub struct WorkAccountForm {
    pub action: &'static str,
    pub title: &'static str,
    pub lead: &'static str,
    pub new_password: bool,
    pub button: &'static str,
    pub other_question: &'static str,
    pub other_action: &'static str,
    pub other_link: &'static str,
}

#[derive(Template)]
#[template(path = "admin/work_account.html")]
pub struct WorkAccountPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub error: Option<String>,
    pub work_email: String,
    pub form: &'static WorkAccountForm,
}

impl WorkAccountForm {
    pub fn page(
        &'static self,
        t: Tr,
        csrf: &Csrf,
        work_email: &str,
        error: Option<String>,
    ) -> WorkAccountPage {
        WorkAccountPage {
            t,
            path: self.action,
            csrf: csrf.token.clone(),
            signed_in_as: None,
            error,
            work_email: work_email.to_owned(),
            form: self,
        }
    }

    /// The empty form.
    pub fn show(&'static self, t: Tr, csrf: &Csrf) -> Response {
        csrf.attach(render_with(
            &self.page(t, csrf, "", None),
            t.locale,
            StatusCode::OK,
        ))
    }

    /// The form was posted: checks its CSRF token, then `act`. What goes wrong shows the form
    /// again with what was typed and the reason, or the error page for an internal error.
    pub async fn post<T, Done>(
        &'static self,
        t: Tr,
        csrf: &Csrf,
        form: &PostedForm<WorkAccountFields>,
        act: impl FnOnce() -> Done,
    ) -> Result<T, Response>
    where
        Done: Future<Output = Result<T, TenancyError>>,
    {
        let page = |error| self.page(t, csrf, &form.fields.work_email, Some(error));
        if !form.genuine {
            let res = render_with(
                &page(t.get("admin-error-csrf")),
                t.locale,
                StatusCode::FORBIDDEN,
            );
            return Err(csrf.attach(res));
        }
        act().await.map_err(|e| match error_text(t, &e) {
            Some(text) => {
                let res = render_with(&page(text), t.locale, error_status(&e));
                // A throttled form says when it may be posted again, as the API does.
                match e.refusal() {
                    Refusal::TooManyRequests(Some(seconds)) => retry_after(res, seconds),
                    _ => res,
                }
            }
            None => page_error(e, t.locale),
        })
    }
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
        TenancyError::TooManyAttempts(_) => t.get("admin-error-throttled"),
        TenancyError::Forbidden(hup_core::tenancy::Denied::RemoveSelf) => {
            t.get("admin-error-remove-self")
        }
        TenancyError::Forbidden(_) => t.get("admin-error-forbidden"),
        TenancyError::AwaitingApproval { by } => waiting_text(t, by.as_deref()),
        TenancyError::UnknownCustomer(_) => t.get("admin-error-unknown-customer"),
        TenancyError::InvalidCode(hup_core::mfa::MfaProblem::Malformed) => {
            t.get("security-error-code-format")
        }
        TenancyError::InvalidCode(_) => t.get("security-error-code"),
        TenancyError::Conflict { .. } => t.get("admin-error-conflict"),
        TenancyError::NotFound | TenancyError::Store(_) | TenancyError::Internal(_) => return None,
    })
}

/// What a waiting account is told (issue 12): whom to ask, when the tenant has an admin.
fn waiting_text(t: Tr, by: Option<&str>) -> String {
    match by {
        Some(email) => t.with("admin-waiting-body", "email", email),
        None => t.get("admin-waiting-body-nobody"),
    }
}

/// A tenant page's answer for an error of the tenancy layer: an account waiting for approval
/// gets the waiting page (with the nav and Sign out, 403), anything else [`page_error`].
pub fn tenant_page_error(t: Tr, csrf: &Csrf, admin: &AdminUser, e: TenancyError) -> Response {
    match e {
        TenancyError::AwaitingApproval { by } => {
            let page = MessagePage {
                t,
                path: "",
                csrf: csrf.token.clone(),
                signed_in_as: Some(admin.account.email.clone()),
                title: t.get("admin-waiting-title"),
                body: waiting_text(t, by.as_deref()),
                next: None,
            };
            csrf.attach(render_with(&page, t.locale, StatusCode::FORBIDDEN))
        }
        other => page_error(other, t.locale),
    }
}

/// The status a form answers with for an error of the tenancy layer: the API's.
pub fn error_status(e: &TenancyError) -> StatusCode {
    e.refusal().status()
}

/// The error page for what a form cannot show.
pub fn page_error(e: TenancyError, locale: Locale) -> Response {
    match e {
        TenancyError::NotFound => PageError::NotFound.into_page(locale),
        // Never a 500: a waiting account is told whom to ask (issue 12).
        TenancyError::AwaitingApproval { by } => {
            let t = Tr::new(locale);
            let page = MessagePage {
                t,
                path: "",
                csrf: String::new(),
                signed_in_as: None,
                title: t.get("admin-waiting-title"),
                body: waiting_text(t, by.as_deref()),
                next: None,
            };
            render_with(&page, locale, StatusCode::FORBIDDEN)
        }
        other => PageError::Internal(anyhow::Error::new(other)).into_page(locale),
    }
}

/// The tenant of a signed-in admin (a confirmed account always has one).
pub fn tenant_of(admin: &AdminUser) -> Result<i64, TenancyError> {
    admin.account.tenant_id.ok_or(TenancyError::NotFound)
}

/// The signed-in admin of a page only admins see; without a session the browser goes to the
/// sign-in page.
pub struct SignedInAdmin(pub AdminUser);

impl FromRequestParts<AppState> for SignedInAdmin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let MaybeAdmin(admin) = MaybeAdmin::from_request_parts(parts, state)
            .await
            .unwrap_or(MaybeAdmin(None));
        let admin = admin.ok_or_else(to_sign_in)?;
        // HUP_ADMIN_MFA=required: nothing but enrolling until an authenticator is (issue 15).
        if admin.needs_mfa && parts.uri.path() != security::PATH {
            return Err(see_other(security::PATH));
        }
        Ok(SignedInAdmin(admin))
    }
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
        let SignedInAdmin(admin) = SignedInAdmin::from_request_parts(&mut parts, state).await?;
        let form = PostedForm::<F>::from_request(Request::from_parts(parts, body), state).await?;
        Ok(TenantPost {
            admin,
            fields: form.fields,
            genuine: form.genuine,
        })
    }
}

impl<F> TenantPost<F> {
    /// Whether the form carried the browser's CSRF token.
    pub fn is_genuine(&self) -> bool {
        self.genuine
    }

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
