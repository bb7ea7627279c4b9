//! `/operator/setup?token=…`: the one-time link of `hup operators add` and `reset-mfa`. The
//! owner sets a password and enrols an authenticator app (QR code and the base32 text), then
//! sees ten recovery codes once.
pub mod get;
pub mod post;

use askama::Template;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;

use crate::i18n::Tr;
use crate::web::csrf::Csrf;
use crate::web::pages::kit::{no_referrer, own_path, render_with};

#[derive(Template)]
#[template(path = "operator/setup.html")]
pub struct SetupPage {
    pub t: Tr,
    pub path: String,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub email: String,
    pub token: String,
    /// The base32 text of the secret being enrolled; the form posts it back.
    pub secret: String,
    pub qr: String,
    pub error: Option<String>,
}

#[derive(Template)]
#[template(path = "operator/recovery.html")]
pub struct RecoveryPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub codes: Vec<String>,
    pub next: &'static str,
}

/// The form, for `email`'s link `token` and the secret being enrolled.
pub fn form(
    t: Tr,
    csrf: &Csrf,
    email: &str,
    token: &str,
    secret: &hup_core::mfa::Totp,
    error: Option<(String, StatusCode)>,
) -> Response {
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let page = SetupPage {
        t,
        path: own_path("/operator/setup", token),
        csrf: csrf.token.clone(),
        signed_in_as: None,
        email: email.to_owned(),
        token: token.to_owned(),
        secret: secret.base32(),
        qr: crate::accounts::mfa::qr_svg(secret, email),
        error,
    };
    secret_page(csrf.attach(render_with(&page, t.locale, status)))
}

/// A page that shows a secret is never stored by a cache nor named in a `Referer`.
pub fn secret_page(res: Response) -> Response {
    let mut res = no_referrer(res);
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}
