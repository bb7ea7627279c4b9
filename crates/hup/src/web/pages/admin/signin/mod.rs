//! `/admin/signin`: an org admin signs in with the work address.
pub mod get;
pub mod post;

use super::WorkAccountForm;

pub const FORM: WorkAccountForm = WorkAccountForm {
    action: "/admin/signin",
    title: "admin-signin-title",
    lead: "admin-landing-lead",
    new_password: false,
    button: "admin-signin-button",
    other_question: "admin-no-account",
    other_action: "/admin/signup",
    other_link: "admin-signup-link",
};
