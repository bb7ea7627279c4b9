//! `/account/delete` (issue 16, GDPR art. 17): what erasing the account does, and the form
//! that does it with the password typed again. Erasure itself is `privacy::erasure`'s.
pub mod get;
pub mod post;

use askama::Template;

use super::FieldErrors;
use crate::i18n::Tr;

#[derive(Template)]
#[template(path = "employee/account_delete.html")]
pub struct DeletePage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub errors: FieldErrors,
}

impl DeletePage {
    pub fn new(t: Tr, csrf: String, errors: FieldErrors) -> DeletePage {
        DeletePage {
            t,
            path: "/account/delete",
            csrf,
            errors,
        }
    }
}
