//! `/operator/tenants`: find a tenant by domain — its domains, admins, connection, benefit
//! state, extra benefits (grant or withdraw, R22) and enrollment counts (never who, R20).
pub mod get;
pub mod post;

use askama::Template;

use crate::i18n::Tr;
use crate::tenancy::extra::ExtraBenefit;
use crate::tenancy::lookup::TenantView;

#[derive(Template)]
#[template(path = "operator/tenants.html")]
pub struct TenantsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub domain: String,
    pub found: Vec<TenantView>,
    pub searched: bool,
    pub notice: Option<String>,
    pub error: Option<String>,
    pub benefits: [ExtraBenefit; 1],
}
