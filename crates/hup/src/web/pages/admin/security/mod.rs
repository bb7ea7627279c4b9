//! `/admin/security` (issue 15): an org admin enrols a TOTP authenticator (QR code and the
//! base32 text, proven by its current code) and keeps ten recovery codes; sign-in then asks
//! for a code. With `HUP_ADMIN_MFA=required` every admin comes here first and cannot remove it.
pub mod get;
pub mod post;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::mfa::Totp;

use crate::i18n::Tr;
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::setup::secret_page;

pub const PATH: &str = "/admin/security";

#[derive(Template)]
#[template(path = "admin/security.html")]
pub struct SecurityPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub enrolled: bool,
    pub codes_left: i64,
    pub required: bool,
    /// Set while the admin must enrol before anything else.
    pub must_enrol: bool,
    pub secret: String,
    pub qr: String,
    /// Shown once, right after enrolling.
    pub recovery_codes: Vec<String>,
    pub notice: Option<String>,
    pub error: Option<String>,
}

pub struct Shown {
    pub enrolled: bool,
    pub codes_left: i64,
    pub secret: Totp,
    pub recovery_codes: Vec<String>,
    pub notice: Option<String>,
    pub error: Option<(String, StatusCode)>,
}

pub fn render(t: Tr, csrf: &Csrf, admin: &AdminUser, required: bool, s: Shown) -> Response {
    let (error, status) = match s.error {
        Some((e, status)) => (Some(e), status),
        None => (None, StatusCode::OK),
    };
    let page = SecurityPage {
        t,
        path: PATH,
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        enrolled: s.enrolled,
        codes_left: s.codes_left,
        required,
        must_enrol: admin.needs_mfa && !s.enrolled,
        qr: crate::accounts::mfa::qr_svg(&s.secret, &admin.account.email),
        secret: s.secret.base32(),
        recovery_codes: s.recovery_codes,
        notice: s.notice,
        error,
    };
    secret_page(csrf.attach(render_with(&page, t.locale, status)))
}
