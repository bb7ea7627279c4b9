use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, page_error, see_other, tenant_of, to_sign_in};
use super::{show, PATH};
use crate::tenancy::benefit;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::session::MaybeAdmin;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SwitchForm {
    #[serde(default)]
    csrf: String,
    /// `on` or `off`.
    #[serde(default)]
    enabled: String,
}

/// Switches the benefit on (accepting the terms) or off.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    admin: MaybeAdmin,
    headers: HeaderMap,
    Form(form): Form<SwitchForm>,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let t = lang.t();
    if !csrf::verify(&headers, &form.csrf) {
        let error = (t.get("admin-error-csrf"), StatusCode::FORBIDDEN);
        return show(&state, lang.0, &token, &admin, Some(error)).await;
    }
    let enabled = form.enabled == "on";
    let result = match tenant_of(&admin) {
        Ok(tenant) => benefit::set_enabled(&state.db, &admin.account, tenant, enabled).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(()) => see_other(PATH),
        Err(e) => match error_text(t, &e) {
            Some(text) => {
                let error = (text, error_status(&e));
                show(&state, lang.0, &token, &admin, Some(error)).await
            }
            None => page_error(e, lang.0),
        },
    }
}
