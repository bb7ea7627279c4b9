use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::mfa::Totp;
use serde::Deserialize;

use super::{form, secret_page, RecoveryPage};
use crate::accounts::mfa;
use crate::operators::{setup, OperatorError};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::errors::Refuses;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{error_text, internal, SIGN_IN};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SetupFields {
    #[serde(default)]
    token: String,
    #[serde(default)]
    secret: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    code: String,
}

/// Sets the account up, or shows the form again with the same secret (the app has it
/// already) and what was wrong.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    client: ClientAddr,
    posted: PostedForm<SetupFields>,
) -> Response {
    let t = lang.t();
    let f = &posted.fields;
    let account = match setup::open(&state.db, &f.token).await {
        Ok(a) => a,
        Err(e) => return refused(&state, lang, &csrf, e).await,
    };
    // A secret that does not read (a tampered form) is replaced: the owner scans again.
    let secret = Totp::from_base32(&f.secret).unwrap_or_else(|_| mfa::new_secret());
    let again = |text: String, status| {
        form(
            t,
            &csrf,
            &account.email,
            &f.token,
            &secret,
            Some((text, status)),
        )
    };
    if !posted.genuine {
        return again(t.get("operator-error-csrf"), StatusCode::FORBIDDEN);
    }
    let done = setup::complete(
        &state,
        setup::Setup {
            token: &f.token,
            password: &f.password,
            secret: &secret.base32(),
            code: &f.code,
            client: &client.0,
        },
    )
    .await;
    match done {
        Ok(codes) => {
            let page = RecoveryPage {
                t,
                path: "/operator/setup",
                csrf: csrf.token.clone(),
                signed_in_as: None,
                codes,
                next: SIGN_IN,
            };
            secret_page(csrf.attach(render_with(&page, t.locale, StatusCode::OK)))
        }
        Err(OperatorError::InvalidToken) => {
            refused(&state, lang, &csrf, OperatorError::InvalidToken).await
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => again(text, e.refusal().status()),
            None => internal(e, t.locale),
        },
    }
}

async fn refused(_: &AppState, lang: Lang, csrf: &Csrf, e: OperatorError) -> Response {
    let t = lang.t();
    match error_text(t, &e) {
        Some(text) => super::super::home::message(
            t,
            csrf,
            t.get("operator-setup-title"),
            text,
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        None => internal(e, t.locale),
    }
}
