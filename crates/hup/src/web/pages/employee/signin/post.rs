use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::{after_sign_in, redirect, Failed, SigninPage};
use crate::employees::{accounts, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, EMPLOYEE_COOKIE};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SigninForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    client: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<SigninForm>,
) -> Response {
    let t = lang.t();
    let again = |failed| {
        SigninPage::again(&state, &headers, &token, t, failed, "", |page, errors| {
            page.signin_email = form.email.clone();
            page.signin_errors = errors;
        })
    };
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        return again(Failed::Forged).await;
    }
    match accounts::sign_in(
        &state.db,
        &state.config,
        &form.email,
        &form.password,
        &client.0,
    )
    .await
    {
        Ok(signed) => {
            let cookie = set_cookie(
                EMPLOYEE_COOKIE,
                signed.token.as_str(),
                SESSION_SECONDS,
                secure(&state.config),
            );
            after_sign_in(&state, &headers, signed.employee.id, |to| {
                let mut res = redirect(to);
                res.headers_mut().append(header::SET_COOKIE, cookie.clone());
                res
            })
            .await
        }
        Err(e) => again(Failed::Error(e)).await,
    }
}
