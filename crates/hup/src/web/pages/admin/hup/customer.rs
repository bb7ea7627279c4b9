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
pub struct CustomerForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    customer_number: String,
}

/// `POST /admin/billing/benefits/hup/customer`: connects the licensing customer (R9).
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    admin: MaybeAdmin,
    headers: HeaderMap,
    Form(form): Form<CustomerForm>,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let connected = tenant_form(
        &headers,
        &form.csrf,
        &admin,
        lang.t(),
        error_text,
        |tenant| {
            benefit::connect_customer(&state.db, &admin.account, tenant, &form.customer_number)
        },
        |error| show(&state, lang.0, &token, &admin, Some(error)),
    )
    .await;
    match connected {
        Ok(_) => see_other(PATH),
        Err(res) => res,
    }
}
