//! hup: the application — configuration, storage, mail and the web, around the pure rules of
//! `hup-core`.

pub mod app;
pub mod cli;
pub mod config;
pub mod demo;
pub mod i18n;
pub mod mail;
pub mod store;
pub mod web;
