//! `/account/confirm?token=…` (R7): the link mailed to the personal address. Opening it only
//! shows a button; pressing it activates the account and leads to sign-in (issue 12).
pub mod get;
pub mod post;

use super::MailedLink;

pub const LINK: MailedLink = MailedLink {
    action: "/account/confirm",
    title: "employee-account-confirm-title",
    body: "employee-account-confirm-body",
    button: "employee-account-confirm-button",
    // A used link is deleted: it reads as gone.
    used: "employee-account-confirm-gone",
    gone: "employee-account-confirm-gone",
    missing: "employee-account-confirm-missing",
    again: &[
        ("/signin", "employee-signin-button"),
        ("/account/reset", "employee-forgot-password"),
    ],
};
