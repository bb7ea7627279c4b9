//! hup: the application — configuration, storage, mail and the web, around the pure rules of
//! `hup-core`.

pub mod accounts;
pub mod agreements;
pub mod app;
pub mod audit;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod consumer_domains;
pub mod demo;
pub mod dns;
pub mod employees;
pub mod i18n;
pub mod logging;
pub mod mail;
pub mod metrics;
pub mod operators;
pub mod orders;
pub mod payments;
pub mod print;
pub mod privacy;
pub mod reports;
pub mod secrets;
pub mod services;
pub mod store;
pub mod subscriptions;
pub mod tenancy;
pub mod token;
pub mod ttl_cache;
pub mod web;
