use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::SignInPage;
use crate::operators::{signin, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::errors::{Refusal, Refuses};
use crate::web::locale::Lang;
use crate::web::pages::kit::{render_with, retry_after, see_other};
use crate::web::pages::operator::{error_text, internal, SIGN_IN};
use crate::web::session::{secure, set_cookie, OPERATOR_COOKIE};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SignInFields {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    client: ClientAddr,
    posted: PostedForm<SignInFields>,
) -> Response {
    let t = lang.t();
    let f = &posted.fields;
    let again = |error: String, status| {
        let page = SignInPage {
            t,
            path: SIGN_IN,
            csrf: csrf.token.clone(),
            signed_in_as: None,
            email: f.email.clone(),
            error: Some(error),
        };
        csrf.attach(render_with(&page, t.locale, status))
    };
    if !posted.genuine {
        return again(t.get("operator-error-csrf"), StatusCode::FORBIDDEN);
    }
    match signin::sign_in(&state, &f.email, &f.password, &f.code, &client.0).await {
        Ok(signed) => {
            let mut res = see_other("/operator");
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    OPERATOR_COOKIE,
                    signed.token.as_str(),
                    SESSION_SECONDS,
                    secure(&state.config),
                ),
            );
            res
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => {
                let res = again(text, e.refusal().status());
                match e.refusal() {
                    Refusal::TooManyRequests(Some(seconds)) => retry_after(res, seconds),
                    _ => res,
                }
            }
            None => internal(e, t.locale),
        },
    }
}
