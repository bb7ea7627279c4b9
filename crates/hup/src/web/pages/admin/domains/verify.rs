use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_text, see_other, tenant_form, to_sign_in};
use super::show;
use crate::tenancy::domains::{self as service, VerifyOutcome};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::session::MaybeAdmin;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct VerifyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    domain: String,
}

/// `POST /admin/domains/verify`: looks the TXT record up now.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    admin: MaybeAdmin,
    headers: HeaderMap,
    Form(form): Form<VerifyForm>,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let outcome = tenant_form(
        &headers,
        &form.csrf,
        &admin,
        lang.t(),
        error_text,
        |tenant| {
            service::verify(
                &state.db,
                &state.config,
                &admin.account,
                tenant,
                &form.domain,
            )
        },
        |error| show(&state, lang.0, &token, &admin, None, Some(error)),
    )
    .await;
    match outcome {
        Ok(VerifyOutcome::Verified) => {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("verified", &form.domain)
                .finish();
            see_other(&format!("/admin/domains?{query}"))
        }
        Ok(VerifyOutcome::Pending(reason)) => {
            let error = (lang.t().get(reason.fluent_id()), StatusCode::OK);
            show(&state, lang.0, &token, &admin, None, Some(error)).await
        }
        Err(res) => res,
    }
}
