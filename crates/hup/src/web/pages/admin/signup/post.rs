use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::{render_with, MessagePage, WorkAccountFields};
use super::FORM;
use crate::tenancy::accounts;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: PostedForm<WorkAccountFields>,
) -> Response {
    let t = lang.t();
    let signed_up = FORM
        .post(t, &csrf, &form, || {
            accounts::sign_up(
                &state,
                &form.fields.work_email,
                &form.fields.password,
                lang.0,
            )
        })
        .await;
    if let Err(res) = signed_up {
        return res;
    }
    let done = MessagePage {
        t,
        path: "/admin/signup",
        csrf: csrf.token.clone(),
        signed_in_as: None,
        title: t.get("admin-signup-sent-title"),
        body: t.with(
            "admin-signup-sent-body",
            "email",
            form.fields.work_email.trim(),
        ),
        next: None,
    };
    render_with(&done, lang.0, StatusCode::OK)
}
