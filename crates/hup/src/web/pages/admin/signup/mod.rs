//! `/admin/signup`: an org admin creates a work account; the confirmation link goes to the
//! work address.
pub mod get;
pub mod post;

use askama::Template;

use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "admin/signup.html")]
pub struct SignupPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub error: Option<String>,
    pub work_email: String,
}
