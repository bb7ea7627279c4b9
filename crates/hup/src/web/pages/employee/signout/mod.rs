//! `/signout`: ends the employee's session.
pub mod post;
