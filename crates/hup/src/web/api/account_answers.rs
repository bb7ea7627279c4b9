//! What the org admins' and the employees' account calls answer alike: a 422 that names the
//! field at fault, 202 once a link is mailed, and a session's cookie next to its token.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;

use crate::config::Config;
use crate::i18n::Locale;
pub use crate::web::errors::field_problem;
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie};

/// The language of a mail: the body's `locale` when it names one, else the request's.
pub fn locale_of(requested: Option<&str>, lang: Lang) -> Locale {
    requested.and_then(Locale::parse).unwrap_or(lang.0)
}

/// 202: a link goes out by mail (or, so as not to tell who has an account, seems to).
pub fn accepted(body: impl Serialize) -> Response {
    (StatusCode::ACCEPTED, Json(body)).into_response()
}

/// A new session: the token in `body` for `Authorization: Bearer`, and as the HttpOnly
/// `cookie` for browsers.
pub fn session_started(
    config: &Config,
    cookie: &str,
    token: &str,
    seconds: i64,
    body: impl Serialize,
) -> Response {
    let cookie = set_cookie(cookie, token, seconds, secure(config));
    ([(header::SET_COOKIE, cookie)], Json(body)).into_response()
}

/// 204 for a session that ended; its cookie goes too.
pub fn session_ended(config: &Config, cookie: &str) -> Response {
    let cookie = set_cookie(cookie, "", 0, secure(config));
    (StatusCode::NO_CONTENT, [(header::SET_COOKIE, cookie)]).into_response()
}
