use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, page_error, render_with, MessagePage};
use super::SignupPage;
use crate::tenancy::accounts;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SignupForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    work_email: String,
    #[serde(default)]
    password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    headers: HeaderMap,
    Form(form): Form<SignupForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| SignupPage {
        t,
        path: "/admin/signup",
        csrf: token.token.clone(),
        signed_in_as: None,
        error: Some(error),
        work_email: form.work_email.clone(),
    };
    if !csrf::verify(&headers, &form.csrf) {
        let res = render_with(
            &page(t.get("admin-error-csrf")),
            lang.0,
            StatusCode::FORBIDDEN,
        );
        return token.attach(res);
    }
    match accounts::sign_up(
        &state.db,
        &state.config,
        &form.work_email,
        &form.password,
        lang.0,
    )
    .await
    {
        Ok(queued) => {
            if queued {
                state.mail.notify();
            }
            let email = form.work_email.trim().to_owned();
            let done = MessagePage {
                t,
                path: "/admin/signup",
                csrf: token.token.clone(),
                signed_in_as: None,
                title: t.get("admin-signup-sent-title"),
                body: t.with("admin-signup-sent-body", "email", &email),
                next: None,
            };
            render_with(&done, lang.0, StatusCode::OK)
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => render_with(&page(text), lang.0, error_status(&e)),
            None => page_error(e, lang.0),
        },
    }
}
