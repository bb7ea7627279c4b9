//! `/register` (R15): "Get started" — the work address, to which the confirmation link goes.
pub mod get;
pub mod post;

use askama::Template;

use super::FieldErrors;
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "employee/register.html")]
pub struct RegisterPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub work_email: String,
    pub errors: FieldErrors,
}
