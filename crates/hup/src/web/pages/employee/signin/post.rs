use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, FieldErrors};
use super::{after_sign_in, redirect, SigninPage};
use crate::employees::{accounts, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::admin::render_with;
use crate::web::pages::error::PageError;
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
    let error_page = |errors: FieldErrors, status: StatusCode| {
        let state = state.clone();
        let headers = headers.clone();
        let token = token.clone();
        let email = form.email.clone();
        async move {
            let mut page = SigninPage::new(&state, &headers, t, token.token.clone()).await;
            page.signin_email = email;
            page.signin_errors = errors;
            token.attach(render_with(&page, t.locale, status))
        }
    };
    if !csrf::verify(&headers, &form.csrf) {
        let errors = FieldErrors::one("", t.get("employee-error-csrf"));
        return error_page(errors, StatusCode::FORBIDDEN).await;
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
        Err(e) => match error_text(t, &e, "") {
            Some((_, text)) => {
                let mut res = error_page(FieldErrors::one("", text), error_status(&e)).await;
                if let crate::employees::EmployeeError::Throttled(s) = e {
                    res.headers_mut()
                        .insert(header::RETRY_AFTER, header::HeaderValue::from(s));
                }
                res
            }
            None => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
        },
    }
}
