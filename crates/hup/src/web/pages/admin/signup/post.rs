use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;

use super::super::signin::post::WorkAccountForm;
use super::super::{forged_form, form_error, render_with, MessagePage};
use super::SignupPage;
use crate::tenancy::accounts;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    headers: HeaderMap,
    Form(form): Form<WorkAccountForm>,
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
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        return token.attach(forged_form(t, page));
    }
    match accounts::sign_up(&state, &form.work_email, &form.password, lang.0).await {
        Ok(()) => {
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
        Err(e) => form_error(e, t, page),
    }
}
