use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, page_error, see_other, tenant_of, to_sign_in};
use super::show;
use crate::tenancy::domains::{self as service, VerifyOutcome};
use crate::web::csrf::{self, Csrf};
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
    let t = lang.t();
    if !csrf::verify(&headers, &form.csrf) {
        let error = (t.get("admin-error-csrf"), StatusCode::FORBIDDEN);
        return show(&state, lang.0, &token, &admin, None, Some(error)).await;
    }
    let result = match tenant_of(&admin) {
        Ok(tenant) => {
            service::verify(
                &state.db,
                &state.config,
                &admin.account,
                tenant,
                &form.domain,
            )
            .await
        }
        Err(e) => Err(e),
    };
    match result {
        Ok(VerifyOutcome::Verified) => {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("verified", &form.domain)
                .finish();
            see_other(&format!("/admin/domains?{query}"))
        }
        Ok(VerifyOutcome::Pending(reason)) => {
            let error = (t.get(reason.fluent_id()), StatusCode::OK);
            show(&state, lang.0, &token, &admin, None, Some(error)).await
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => {
                let error = (text, error_status(&e));
                show(&state, lang.0, &token, &admin, None, Some(error)).await
            }
            None => page_error(e, lang.0),
        },
    }
}
