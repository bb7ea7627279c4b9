use axum::http::header;
use axum::response::Response;
use serde::Deserialize;

use super::{redirect, Failed, Signin};
use crate::employees::{accounts, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::PostedForm;
use crate::web::session::{secure, set_cookie, EMPLOYEE_COOKIE};

#[derive(Deserialize)]
pub struct SigninForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

pub async fn post(signin: Signin, client: ClientAddr, form: PostedForm<SigninForm>) -> Response {
    let (state, fields) = (&signin.state, &form.fields);
    let again = |failed| {
        signin.again(failed, "", |page, errors| {
            page.signin_email = fields.email.clone();
            page.signin_errors = errors;
        })
    };
    if !form.genuine {
        return again(Failed::Forged).await;
    }
    let signed = accounts::sign_in(
        &state.db,
        &state.config,
        &fields.email,
        &fields.password,
        &client.0,
    );
    match signed.await {
        Ok(signed) => {
            let cookie = set_cookie(
                EMPLOYEE_COOKIE,
                signed.token.as_str(),
                SESSION_SECONDS,
                secure(&state.config),
            );
            signin
                .after_sign_in(signed.employee.id, |to| {
                    let mut res = redirect(to);
                    res.headers_mut().append(header::SET_COOKIE, cookie.clone());
                    res
                })
                .await
        }
        Err(e) => again(Failed::Error(e)).await,
    }
}
