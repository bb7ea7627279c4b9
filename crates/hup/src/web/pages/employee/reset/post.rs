use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use axum::http::StatusCode;

use super::super::{forged, form_error, message, no_referrer, FieldErrors, LinkNow};
use super::{ResetPage, LINK};
use crate::employees::{accounts, EmployeeError};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct ResetForm {
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
    PostedForm {
        fields: form,
        genuine,
    }: PostedForm<ResetForm>,
) -> Response {
    let t = lang.t();
    let page = |errors: FieldErrors| ResetPage::new(t, &csrf_token, &form.token, errors);
    if !genuine {
        return no_referrer(forged(t, &csrf_token, page));
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
            Err(EmployeeError::InvalidToken) => {
                LINK.not_usable(t, LinkNow::Gone, StatusCode::UNPROCESSABLE_ENTITY)
            }
            Err(e) => form_error(e, t, "", page),
        }
    };
    no_referrer(res)
}
