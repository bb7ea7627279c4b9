//! `/operator/customers`: find a customer by number or name and read the verdict with its
//! reasons (R8); and the policy what-if, computed on the stored lines without changing
//! anything (`agreements::what_if`).
pub mod get;
pub mod what_if;

use askama::Template;

use crate::agreements::what_if::WhatIf;
use crate::agreements::VerdictJson;
use crate::i18n::Tr;
use crate::store::agreements::FoundCustomer;

#[derive(Template)]
#[template(path = "operator/customers.html")]
pub struct CustomersPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub q: String,
    /// The customer whose number was typed, with the verdict.
    pub verdict: Option<VerdictJson>,
    /// Otherwise the customers whose number or name holds the text.
    pub found: Vec<FoundCustomer>,
    pub searched: bool,
    /// The policy the what-if form starts from (TOML).
    pub policy: String,
    pub what_if: Option<WhatIf>,
    pub policy_error: Option<String>,
}
