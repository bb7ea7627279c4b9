//! Integration tests: the real router over HTTP on an ephemeral port, a fresh database per
//! test (SQLite, or PostgreSQL when `HUP_TEST_POSTGRES_URL` is set), real SMTP over TCP.

mod dns_server;
mod helpers;
mod smtp;

mod admin;
mod agreements;
mod catalog;
mod cli;
mod clients;
mod connections;
mod console;
mod contract;
mod demo;
mod employees;
mod extra_benefits;
mod health;
mod help;
mod journey;
mod lockout;
mod mail;
mod notices;
mod offers;
mod operator;
mod orders;
mod pages;
mod payments;
mod payments_stripe;
mod privacy;
mod promotion;
mod reimport;
mod reports;
mod security;
mod subscriptions;
mod terms;
mod text;
