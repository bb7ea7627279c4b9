//! `/account/reset`: ask for a password-reset link, and (with `?token=…` from the mail) choose
//! the new password.
pub mod get;
pub mod post;

use askama::Template;

use super::{FieldErrors, MailedLink};
use crate::i18n::Tr;
use crate::web::csrf::Csrf;

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

impl ResetPage {
    pub fn new(t: Tr, csrf: &Csrf, token: &str, errors: FieldErrors) -> ResetPage {
        ResetPage {
            t,
            path: super::own_path("/account/reset", token),
            csrf: csrf.token.clone(),
            token: token.to_owned(),
            errors,
        }
    }
}

/// A reset link that cannot be used (issue 12): what happened, and the ways to start again.
/// Only its texts for an unusable link are shown; the reset form is the page itself.
pub const LINK: MailedLink = MailedLink {
    action: "/account/reset",
    title: "employee-reset-title",
    body: "employee-reset-lead",
    button: "employee-reset-button",
    used: "employee-reset-gone",
    gone: "employee-reset-gone",
    missing: "employee-reset-gone",
    again: &[
        ("/account/reset", "employee-reset-again"),
        ("/signin", "employee-signin-button"),
    ],
};
