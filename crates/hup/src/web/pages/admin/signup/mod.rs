//! `/admin/signup`: an org admin creates a work account; the confirmation link goes to the
//! work address.
pub mod get;
pub mod post;

use super::WorkAccountForm;

pub const FORM: WorkAccountForm = WorkAccountForm {
    action: "/admin/signup",
    title: "admin-signup-title",
    lead: "admin-signup-lead",
    new_password: true,
    button: "admin-signup-button",
    other_question: "admin-have-account",
    other_action: "/admin/signin",
    other_link: "admin-signin-button",
};
