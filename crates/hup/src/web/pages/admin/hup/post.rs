use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_text, see_other, tenant_form, to_sign_in};
use super::{show, PATH};
use crate::tenancy::benefit;
use crate::web::csrf::Csrf;
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
    let enabled = form.enabled == "on";
    let switched = tenant_form(
        &headers,
        &form.csrf,
        &admin,
        lang.t(),
        error_text,
        |tenant| benefit::set_enabled(&state.db, &admin.account, tenant, enabled),
        |error| show(&state, lang.0, &token, &admin, Some(error)),
    )
    .await;
    match switched {
        Ok(()) => see_other(PATH),
        Err(res) => res,
    }
}
