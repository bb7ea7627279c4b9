use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{form_error, message, no_referrer, FieldErrors};
use super::ResetPage;
use crate::employees::accounts;
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    token: String,
    #[serde(default)]
    password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    client: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<ResetForm>,
) -> Response {
    let t = lang.t();
    let page = |errors: FieldErrors| ResetPage {
        t,
        path: super::super::own_path("/account/reset", &form.token),
        csrf: csrf_token.token.clone(),
        token: form.token.clone(),
        errors,
    };
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        let errors = FieldErrors::one("", t.get("employee-error-csrf"));
        let res = render_with(&page(errors), lang.0, StatusCode::FORBIDDEN);
        return no_referrer(csrf_token.attach(res));
    }
    let res = if form.token.is_empty() {
        match accounts::request_reset(&state, &form.email, lang.0, &client.0).await {
            Ok(()) => message(
                lang.0,
                "/account/reset",
                t.get("employee-reset-sent-title"),
                t.with("employee-reset-sent-body", "email", form.email.trim()),
                None,
            ),
            Err(e) => form_error(e, t, "", page),
        }
    } else {
        match accounts::reset_password(&state, &form.token, &form.password).await {
            Ok(()) => message(
                lang.0,
                "/account/reset",
                t.get("employee-reset-done-title"),
                t.get("employee-reset-done-body"),
                Some(("/signin", t.get("employee-signin-button"))),
            ),
            Err(e) => form_error(e, t, "", page),
        }
    };
    no_referrer(res)
}
