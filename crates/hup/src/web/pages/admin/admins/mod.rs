//! `/admin/admins`: the tenant's accounts (issue 12) — who signed up at its domains, who waits
//! for approval, and the admins' Approve and Remove.
pub mod get;
pub mod post;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::{render_with, tenant_page_error};
use crate::i18n::{Locale, Tr};
use crate::tenancy::admins::{self as service, AccountView};
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::AppState;

pub const PATH: &str = "/admin/admins";

#[derive(Template)]
#[template(path = "admin/admins.html")]
pub struct AdminsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub accounts: Vec<AccountView>,
    pub can_manage: bool,
    pub error: Option<String>,
}

/// Renders the page for `admin` with an optional error.
pub async fn show(
    state: &AppState,
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    error: Option<(String, StatusCode)>,
) -> Response {
    let t = Tr::new(locale);
    let listed = match super::tenant_of(admin) {
        Ok(tenant) => service::list(&state.db, &admin.account, tenant).await,
        Err(e) => Err(e),
    };
    let listed = match listed {
        Ok(l) => l,
        Err(e) => return tenant_page_error(t, csrf, admin, e),
    };
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let page = AdminsPage {
        t,
        path: PATH,
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        accounts: listed.accounts,
        can_manage: listed.can_manage,
        error,
    };
    csrf.attach(render_with(&page, locale, status))
}
