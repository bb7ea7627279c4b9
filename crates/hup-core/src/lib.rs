//! The rules of hup's Home Use Program, as pure functions and types.
//!
//! Nothing here does I/O, runs async or knows about SQL or HTTP, so every rule can be tested
//! on its own and called the same way from pages, the JSON API and the command line.

pub mod agreement;
pub mod catalog;
pub mod country;
pub mod eligibility;
pub mod email;
pub mod help;
pub mod market;
pub mod money;
pub mod offers;
pub mod order;
pub mod participation;
pub mod pricing;
pub mod tenancy;
pub mod text;
pub mod throttle;
