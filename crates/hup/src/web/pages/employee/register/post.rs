use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{form_error, message, FieldErrors};
use super::RegisterPage;
use crate::employees::registrations;
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    work_email: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    client: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<RegisterForm>,
) -> Response {
    let t = lang.t();
    let page = |errors: FieldErrors| RegisterPage {
        t,
        path: "/register",
        csrf: token.token.clone(),
        work_email: form.work_email.clone(),
        errors,
    };
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        let errors = FieldErrors::one("", t.get("employee-error-csrf"));
        return token.attach(render_with(&page(errors), lang.0, StatusCode::FORBIDDEN));
    }
    let result = registrations::register(&state, &form.work_email, lang.0, &client.0).await;
    match result {
        Ok(()) => message(
            lang.0,
            "/register",
            t.get("employee-register-sent-title"),
            t.with(
                "employee-register-sent-body",
                "email",
                form.work_email.trim(),
            ),
            None,
        ),
        Err(e) => token.attach(form_error(e, t, "work_email", page)),
    }
}
