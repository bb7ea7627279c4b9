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

/// The page's own address, token included.
pub fn own_path(token: &str) -> String {
    let token: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
    format!("/admin/confirm?token={token}")
}
