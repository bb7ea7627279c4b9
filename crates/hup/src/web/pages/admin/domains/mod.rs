//! `/admin/domains`: the tenant's domains, the TXT value of each, and Verify (R10, R12).
pub mod get;
pub mod post;
pub mod verify;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::{page_error, render_with};
use crate::i18n::{Locale, Tr};
use crate::tenancy::{self, domains as service};
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::AppState;

pub struct DomainRow {
    pub domain: String,
    pub domain_unicode: String,
    pub txt_value: String,
    pub verified: bool,
    /// Fluent id of why the last look-up did not prove it.
    pub reason: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "admin/domains.html")]
pub struct DomainsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub managed: bool,
    pub can_manage: bool,
    pub domains: Vec<DomainRow>,
    pub message: Option<String>,
    pub error: Option<String>,
}

/// Renders the page for `admin` with an optional message or error.
/// What the add and verify forms post: one domain.
#[derive(serde::Deserialize)]
pub struct DomainForm {
    #[serde(default)]
    domain: String,
}

pub async fn show(
    state: &AppState,
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    message: Option<String>,
    error: Option<(String, StatusCode)>,
) -> Response {
    let tenant = match super::tenant_of(admin) {
        Ok(t) => t,
        Err(e) => return page_error(e, locale),
    };
    let (tenant_row, standing) = match tenancy::membership(&state.db, &admin.account, tenant).await
    {
        Ok(m) => m,
        Err(e) => return page_error(e, locale),
    };
    let views = match service::list(&state.db, &admin.account, tenant).await {
        Ok(v) => v,
        Err(e) => return page_error(e, locale),
    };
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let page = DomainsPage {
        t: Tr::new(locale),
        path: "/admin/domains",
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        managed: tenant_row.managed,
        can_manage: hup_core::tenancy::can_manage_domains(standing),
        domains: views
            .into_iter()
            .map(|v| DomainRow {
                reason: v.reason.as_ref().map(|r| r.fluent_id()),
                domain: v.domain,
                domain_unicode: v.domain_unicode,
                txt_value: v.txt_value,
                verified: v.verified,
            })
            .collect(),
        message,
        error,
    };
    csrf.attach(render_with(&page, locale, status))
}
