//! `/operator/signin`: the address, the password and a current code of the authenticator (or
//! a recovery code); one form with an explicit `action` (contract.md).
pub mod get;
pub mod post;

use askama::Template;

use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "operator/signin.html")]
pub struct SignInPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub email: String,
    pub error: Option<String>,
}
