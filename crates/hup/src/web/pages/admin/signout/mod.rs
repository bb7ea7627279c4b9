//! `/admin/signout`: ends the session.
pub mod post;
