use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, page_error, see_other, tenant_of, to_sign_in};
use super::show;
use crate::tenancy::domains as service;
use crate::tenancy::TenancyError;
use crate::web::csrf::{self, Csrf};
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
    let t = lang.t();
    if !csrf::verify(&headers, &form.csrf) {
        let error = (t.get("admin-error-csrf"), StatusCode::FORBIDDEN);
        return show(&state, lang.0, &token, &admin, None, Some(error)).await;
    }
    let result = match tenant_of(&admin) {
        Ok(tenant) => service::add(&state.db, &admin.account, tenant, &form.domain).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(_) => see_other("/admin/domains"),
        Err(e) => {
            let text = match &e {
                TenancyError::InvalidEmail(_) => Some(t.get("admin-error-invalid-domain")),
                other => error_text(t, other),
            };
            match text {
                Some(text) => {
                    let error = (text, error_status(&e));
                    show(&state, lang.0, &token, &admin, None, Some(error)).await
                }
                None => page_error(e, lang.0),
            }
        }
    }
}
