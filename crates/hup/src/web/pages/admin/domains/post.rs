use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_text, see_other, tenant_form, to_sign_in};
use super::show;
use crate::i18n::Tr;
use crate::tenancy::domains as service;
use crate::tenancy::TenancyError;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::session::MaybeAdmin;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct AddForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    domain: String,
}

/// Adds a domain, then shows the list with its TXT value.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    admin: MaybeAdmin,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let added = tenant_form(
        &headers,
        &form.csrf,
        &admin,
        lang.t(),
        domain_error_text,
        |tenant| service::add(&state.db, &admin.account, tenant, &form.domain),
        |error| show(&state, lang.0, &token, &admin, None, Some(error)),
    )
    .await;
    match added {
        Ok(_) => see_other("/admin/domains"),
        Err(res) => res,
    }
}

/// A malformed domain arrives as a malformed address; here it is the domain that is wrong.
fn domain_error_text(t: Tr, e: &TenancyError) -> Option<String> {
    match e {
        TenancyError::InvalidEmail(_) => Some(t.get("admin-error-invalid-domain")),
        other => error_text(t, other),
    }
}
