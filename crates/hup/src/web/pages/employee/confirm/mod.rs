//! `/confirm?token=…` (R16): opening the mailed link only shows a button (mail scanners open
//! links); pressing it confirms the work address. The claim it yields waits in an HttpOnly
//! cookie for the sign-in step, or is bound at once when the employee is signed in already.
//! A used, unknown or missing link shows what happened and how to start again (issue 12).
pub mod get;
pub mod post;

use super::MailedLink;

pub const LINK: MailedLink = MailedLink {
    action: "/confirm",
    title: "employee-confirm-title",
    body: "employee-confirm-body",
    button: "employee-confirm-button",
    used: "employee-confirm-used",
    gone: "employee-confirm-gone",
    missing: "employee-confirm-missing",
    again: &[
        ("/signin", "employee-signin-button"),
        ("/register", "employee-register-again"),
    ],
};
