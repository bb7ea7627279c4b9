use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, page_error, render_with, see_other};
use super::SigninPage;
use crate::tenancy::{accounts, SESSION_SECONDS};
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, ADMIN_COOKIE};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SigninForm {
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
    Form(form): Form<SigninForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| SigninPage {
        t,
        path: "/admin/signin",
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
    match accounts::sign_in(&state.db, &form.work_email, &form.password).await {
        Ok(signed) => {
            let mut res = see_other("/admin/domains");
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    ADMIN_COOKIE,
                    signed.token.as_str(),
                    SESSION_SECONDS,
                    secure(&state.config),
                ),
            );
            res
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => render_with(&page(text), lang.0, error_status(&e)),
            None => page_error(e, lang.0),
        },
    }
}
