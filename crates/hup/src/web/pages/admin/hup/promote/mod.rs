//! `/admin/billing/benefits/hup/promote`: the promotion kit (R13, R14). The admin picks the
//! language of the material, independent of the page's own, and opens or downloads each piece;
//! the tips are in the page's language. While employees cannot use the benefit the page says
//! why and offers nothing to download, because every piece carries the employee link.
pub mod files;
pub mod get;
pub mod kit;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::render_with;
use crate::i18n::{Locale, Tr};
use crate::tenancy::benefit::{self, HupTab};
use crate::tenancy::promotion::{self, Material};
use crate::tenancy::TenancyError;
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::AppState;

pub const PATH: &str = "/admin/billing/benefits/hup/promote";

/// The HUP tab of the admin's own tenant, which decides whether there is a kit.
pub async fn admin_tab(state: &AppState, admin: &AdminUser) -> Result<HupTab, TenancyError> {
    let tenant = super::super::tenant_of(admin)?;
    benefit::hup_tab(&state.db, &state.config, &admin.account, tenant).await
}

/// The language of the material from `?material=`: the page's own when none is given, `None`
/// when it names a language hup has no material in.
pub fn material_of(query: Option<&str>, page: Locale) -> Option<Locale> {
    match query.map(str::trim) {
        None | Some("") => Some(page),
        Some(code) => Locale::ALL.into_iter().find(|l| l.code() == code),
    }
}

/// The name of a material language, in the page's language.
fn language_name(t: Tr, language: Locale) -> String {
    t.get(&format!("promo-language-{}", language.code()))
}

#[derive(Template)]
#[template(path = "admin/promote.html")]
pub struct PromotePage {
    pub t: Tr,
    /// The page's own address with the chosen material, so the language switcher keeps it.
    pub path: String,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    /// Why there is no kit, while employees cannot use the benefit.
    pub inactive: Option<String>,
    pub material: &'static str,
    pub material_name: String,
    /// (code, name in the page's language, selected).
    pub languages: Vec<(&'static str, String, bool)>,
    pub employee_link: String,
    /// The email's subject and text, as a preview.
    pub email: Option<(String, String)>,
    pub guidance: Vec<String>,
    pub error: Option<String>,
}

/// Renders the page for `tab` with the material in `material`; `error` is shown with its status.
pub fn show(
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    tab: &HupTab,
    material: Locale,
    error: Option<(String, StatusCode)>,
) -> Response {
    let t = Tr::new(locale);
    let (inactive, kit): (Option<String>, Option<Material>) = if promotion::available(tab) {
        match promotion::kit_of(tab, material) {
            Ok(kit) => (None, Some(kit)),
            Err(e) => return super::super::page_error(e, locale),
        }
    } else if tab.eligible {
        (Some(t.get("promo-inactive-off")), None)
    } else {
        (Some(t.get("promo-inactive-not-eligible")), None)
    };
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let page = PromotePage {
        t,
        path: format!("{PATH}?material={}", material.code()),
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        inactive,
        material: material.code(),
        material_name: language_name(t, material),
        languages: Locale::ALL
            .into_iter()
            .map(|l| (l.code(), language_name(t, l), l == material))
            .collect(),
        employee_link: tab.employee_link.clone(),
        email: kit
            .as_ref()
            .map(|k| (k.email_subject.clone(), k.email_body.clone())),
        guidance: promotion::guidance(t),
        error,
    };
    csrf.attach(render_with(&page, locale, status))
}
