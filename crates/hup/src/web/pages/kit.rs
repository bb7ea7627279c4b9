//! The page kit: what every page handler, admin's or employee's, renders and answers with.

use std::future::Future;

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::error::PageError;
use crate::config::Config;
use crate::i18n::Locale;
use crate::web::session::{secure, set_cookie};

/// Renders a page template; a template error becomes the friendly error page.
pub fn render(template: &impl Template, locale: Locale) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => PageError::Internal(anyhow::Error::new(e)).into_page(locale),
    }
}

/// `action?token=…`: a token page's own address, so the language switcher keeps the token.
pub fn own_path(action: &str, token: &str) -> String {
    if token.is_empty() {
        return action.to_owned();
    }
    let token: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
    format!("{action}?token={token}")
}

/// Renders `template` with `status`; a template error becomes the error page.
pub fn render_with(template: &impl Template, locale: Locale, status: StatusCode) -> Response {
    let mut res = render(template, locale);
    if res.status() == StatusCode::OK {
        *res.status_mut() = status;
    }
    res
}

/// After a POST: the browser loads `to` with a GET (303), so a reload does not post again.
pub fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Pages that carry a token in their address send no `Referer` anywhere.
pub fn no_referrer(mut res: Response) -> Response {
    res.headers_mut().insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// A throttled form says when it may be posted again.
pub fn retry_after(mut res: Response, seconds: u64) -> Response {
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    res
}

/// Errors shown next to the fields they concern; `""` is the form as a whole.
#[derive(Clone, Debug, Default)]
pub struct FieldErrors(pub Vec<(&'static str, String)>);

impl FieldErrors {
    pub fn one(field: &'static str, text: String) -> FieldErrors {
        FieldErrors(vec![(field, text)])
    }
    pub fn get(&self, field: &str) -> Option<&String> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, t)| t)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The sign-out button's form, for admins and employees alike: only its CSRF token, which
/// `PostedForm` checks.
#[derive(Deserialize)]
pub struct SignoutForm {}

/// Signs out from a page: `end` ends the session, if any, and the browser goes to `to` without
/// the session `cookie`. A form without the right CSRF token (not `genuine`) goes back to
/// `stay` instead.
pub async fn sign_out<Ended>(
    config: &Config,
    genuine: bool,
    cookie: &str,
    stay: &str,
    to: &str,
    end: impl FnOnce() -> Ended,
) -> Response
where
    Ended: Future<Output = Result<(), Response>>,
{
    // A forged sign-out would only be a nuisance, but it is refused all the same.
    if !genuine {
        return see_other(stay);
    }
    if let Err(res) = end().await {
        return res;
    }
    let mut res = see_other(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(cookie, "", 0, secure(config)),
    );
    res
}
