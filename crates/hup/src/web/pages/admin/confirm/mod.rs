//! `/admin/confirm?token=…`: opening the link only shows a button (mail scanners open links);
//! pressing it confirms the work address.
pub mod get;
pub mod post;

use askama::Template;

use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "admin/confirm.html")]
pub struct ConfirmPage {
    pub t: Tr,
    /// With the token, so the language switcher keeps it.
    pub path: String,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub error: Option<String>,
    pub token: String,
}
