//! CSRF protection for every HTML form, without JavaScript: a double-submit token. A page with
//! a form makes sure the browser holds a random `hup_csrf` cookie (HttpOnly, SameSite=Lax) and
//! puts the same value in a hidden field; a POST is accepted only when the two match, compared
//! in constant time. Another site can make a browser send the cookie but can neither read it
//! nor set it, so it cannot fill in the field. The JSON API needs none of this: it takes JSON
//! bodies (which a cross-site form cannot send) or a bearer token.

use std::convert::Infallible;

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::de::DeserializeOwned;

use super::pages::error::PageError;
use super::session::{cookie, cookie_name, secure, set_cookie};
use super::AppState;
use crate::config::Config;
use crate::token::{self, Token};

/// The cookie's name over http; `__Host-hup_csrf` over https (`session::cookie_name`), so a
/// sibling subdomain cannot plant a token of its choosing (issue 11: 10).
pub const COOKIE: &str = "hup_csrf";
/// The hidden form field's name.
pub const FIELD: &str = "csrf";

/// The CSRF token for the forms of the page being rendered.
#[derive(Clone, Debug)]
pub struct Csrf {
    pub token: String,
    is_new: bool,
    secure: bool,
}

impl Csrf {
    /// Whether a submitted form's token matches the browser's cookie, as [`verify`] says.
    pub fn accepts(&self, headers: &HeaderMap, submitted: &str) -> bool {
        verify_named(headers, &cookie_name(COOKIE, self.secure), submitted)
    }

    /// Sets the cookie on `res` when the browser did not hold one yet.
    pub fn attach(&self, mut res: Response) -> Response {
        if self.is_new {
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(COOKIE, &self.token, 7 * 86_400, self.secure),
            );
        }
        res
    }
}

impl FromRequestParts<AppState> for Csrf {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let secure = secure(&state.config);
        Ok(match cookie(&parts.headers, &cookie_name(COOKIE, secure)) {
            Some(token) if token.len() >= 32 => Csrf {
                token,
                is_new: false,
                secure,
            },
            _ => Csrf {
                token: Token::generate().as_str().to_owned(),
                is_new: true,
                secure,
            },
        })
    }
}

/// A posted form, read as `axum::Form` reads it, with its hidden CSRF field already checked
/// against the browser's cookie: handlers branch on [`PostedForm::genuine`] instead of each
/// reading headers and a `csrf` field of their own.
pub struct PostedForm<T> {
    pub fields: T,
    /// The form carried the token of the browser's `hup_csrf` cookie.
    pub genuine: bool,
}

impl<T> FromRequest<AppState> for PostedForm<T>
where
    T: DeserializeOwned,
{
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (parts, body) = req.into_parts();
        // An unreadable or oversized form is the friendly error page, never plain text.
        let locale = crate::web::locale::resolve(parts.uri.query(), &parts.headers);
        let unreadable = |status| PageError::Unreadable(status).into_page(locale);
        let bytes = Bytes::from_request(Request::from_parts(parts.clone(), body), state)
            .await
            .map_err(|r| unreadable(r.status()))?;
        let submitted = url::form_urlencoded::parse(&bytes)
            .find(|(k, _)| k == FIELD)
            .map(|(_, v)| v.into_owned())
            .unwrap_or_default();
        let genuine = verify(&state.config, &parts.headers, &submitted);
        let Form(fields) = Form::<T>::from_request(
            Request::from_parts(parts, axum::body::Body::from(bytes)),
            state,
        )
        .await
        .map_err(|r| unreadable(r.status()))?;
        Ok(PostedForm { fields, genuine })
    }
}

/// Whether a submitted form's token matches the browser's cookie (under this configuration's
/// name for it).
pub fn verify(config: &Config, headers: &HeaderMap, submitted: &str) -> bool {
    verify_named(headers, &cookie_name(COOKIE, secure(config)), submitted)
}

fn verify_named(headers: &HeaderMap, name: &str, submitted: &str) -> bool {
    match cookie(headers, name) {
        Some(expected) => !submitted.is_empty() && token::equal(&expected, submitted),
        None => false,
    }
}
