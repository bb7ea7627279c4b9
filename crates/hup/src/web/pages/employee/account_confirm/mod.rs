//! `/account/confirm?token=…` (R7): the link mailed to the personal address. Opening it only
//! shows a button; pressing it activates the account.
pub mod get;
pub mod post;

use super::MailedLink;

pub const LINK: MailedLink = MailedLink {
    action: "/account/confirm",
    title: "employee-account-confirm-title",
    body: "employee-account-confirm-body",
    button: "employee-account-confirm-button",
};
