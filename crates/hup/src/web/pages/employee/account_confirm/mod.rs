//! `/account/confirm?token=…` (R7): the link mailed to the personal address. Opening it only
//! shows a button; pressing it activates the account.
pub mod get;
pub mod post;
