//! `/operator/connections`: licensing connections (R9) waiting for a decision, approved or
//! rejected with a reason that the audit log keeps, and the decisions made so far.
pub mod get;
pub mod post;

use askama::Template;

use crate::i18n::Tr;

pub struct Pending {
    pub customer_number: String,
    pub tenant: i64,
    pub tenant_domain: String,
    pub requested_by: String,
    pub requested_at: String,
}

pub struct Decided {
    pub at: String,
    pub by: String,
    pub customer_number: String,
    pub approved: bool,
    pub reason: String,
}

#[derive(Template)]
#[template(path = "operator/connections.html")]
pub struct ConnectionsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub pending: Vec<Pending>,
    pub decided: Vec<Decided>,
}
