use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::super::{forged, form_error, keep_pending, message, FieldErrors};
use super::RegisterPage;
use crate::employees::registrations;
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct RegisterForm {
    #[serde(default)]
    work_email: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    client: ClientAddr,
    PostedForm {
        fields: form,
        genuine,
    }: PostedForm<RegisterForm>,
) -> Response {
    let t = lang.t();
    let page = |errors: FieldErrors| RegisterPage {
        t,
        path: "/register",
        csrf: token.token.clone(),
        work_email: form.work_email.clone(),
        errors,
    };
    if !genuine {
        return forged(t, &token, page);
    }
    let result = registrations::register(&state, &form.work_email, lang.0, &client.0).await;
    match result {
        Ok(registered) => {
            // Once the link is confirmed on any device, this browser can go on too (issue 12).
            let mut res = message(
                lang.0,
                "/register",
                t.get("employee-register-sent-title"),
                t.with(
                    "employee-register-sent-body",
                    "email",
                    form.work_email.trim(),
                ),
                Some(("/signin", t.get("employee-continue-button"))),
            );
            keep_pending(&mut res, &state.config, registered.browser.as_str());
            res
        }
        Err(e) => token.attach(form_error(e, t, "work_email", page)),
    }
}
