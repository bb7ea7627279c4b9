//! `/account` (R17): the personal account, its grant and until when.
pub mod get;

use askama::Template;

use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "employee/account.html")]
pub struct AccountPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub email: String,
    pub country: String,
    pub display_name: Option<String>,
    /// (work address, last day `YYYY-MM-DD`, active now).
    pub grant: Option<(String, String, bool)>,
    pub notice: Option<String>,
}
