//! `POST /operator/signout`.
pub mod post;
