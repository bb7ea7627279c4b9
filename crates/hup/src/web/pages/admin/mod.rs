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
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::error::PageError;
use crate::accounts::password::PasswordProblem;
use crate::i18n::{Locale, Tr};
use crate::tenancy::TenancyError;
use crate::web::csrf;
use crate::web::session::AdminUser;

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

/// Renders `template` with `status`; a template error becomes the error page.
pub fn render_with(template: &impl Template, locale: Locale, status: StatusCode) -> Response {
    let mut res = super::render(template, locale);
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    }
    res
}

/// After a POST: the browser loads `to` with a GET (303), so a reload does not post again.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Where an admin who is not signed in is sent.
pub fn to_sign_in() -> Response {
    see_other("/admin/signin")
}

/// Pages that carry a token in their address send no `Referer` anywhere.
pub fn no_referrer(mut res: Response) -> Response {
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// The sentence a form shows for an error of the tenancy layer; `None` for internal errors,
/// which become the error page.
pub fn error_text(t: Tr, e: &TenancyError) -> Option<String> {
    Some(match e {
        TenancyError::InvalidEmail(_) => t.get("admin-error-invalid-email"),
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

/// The status a form answers with for an error of the tenancy layer.
pub fn error_status(e: &TenancyError) -> StatusCode {
    match e {
        TenancyError::BadCredentials => StatusCode::UNAUTHORIZED,
        TenancyError::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
        TenancyError::Forbidden(_) => StatusCode::FORBIDDEN,
        TenancyError::Conflict { .. } => StatusCode::CONFLICT,
        TenancyError::NotFound => StatusCode::NOT_FOUND,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    }
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

/// A form posted from a tenant page (domains, the HUP tab): checks the CSRF token, then runs
/// `act` on the admin's tenant. A refusal `explain` can put into words shows the page again
/// through `show`; any other is the error page.
pub async fn tenant_form<T, Act, Done, Show, Shown>(
    headers: &HeaderMap,
    submitted_csrf: &str,
    admin: &AdminUser,
    t: Tr,
    explain: fn(Tr, &TenancyError) -> Option<String>,
    act: Act,
    show: Show,
) -> Result<T, Response>
where
    Act: FnOnce(i64) -> Done,
    Done: Future<Output = Result<T, TenancyError>>,
    Show: FnOnce((String, StatusCode)) -> Shown,
    Shown: Future<Output = Response>,
{
    if !csrf::verify(headers, submitted_csrf) {
        return Err(show((t.get("admin-error-csrf"), StatusCode::FORBIDDEN)).await);
    }
    let result = match tenant_of(admin) {
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
