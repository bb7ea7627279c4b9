//! `/account/reset`: ask for a password-reset link, and (with `?token=…` from the mail) choose
//! the new password.
pub mod get;
pub mod post;

use askama::Template;

use super::FieldErrors;
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "employee/reset.html")]
pub struct ResetPage {
    pub t: Tr,
    /// With the token, so the language switcher keeps it.
    pub path: String,
    pub csrf: String,
    /// Empty: the form that asks for the link; otherwise the form that sets the password.
    pub token: String,
    pub errors: FieldErrors,
}
