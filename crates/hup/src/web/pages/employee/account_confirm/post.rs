use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;

use super::super::confirm::post::TokenForm;
use super::super::{error_status, error_text, message, no_referrer, TokenButtonPage};
use crate::employees::accounts;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::admin::render_with;
use crate::web::pages::error::PageError;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| TokenButtonPage {
        t,
        path: super::super::own_path("/account/confirm", &form.token),
        action: "/account/confirm",
        csrf: csrf_token.token.clone(),
        title: t.get("employee-account-confirm-title"),
        body: t.get("employee-account-confirm-body"),
        button: t.get("employee-account-confirm-button"),
        token: form.token.clone(),
        error: Some(error),
    };
    if !csrf::verify(&headers, &form.csrf) {
        let res = render_with(
            &page(t.get("employee-error-csrf")),
            lang.0,
            StatusCode::FORBIDDEN,
        );
        return no_referrer(csrf_token.attach(res));
    }
    let res = match accounts::confirm(&state.db, &form.token).await {
        Ok(()) => message(
            lang.0,
            "/account/confirm",
            t.get("employee-account-confirmed-title"),
            t.get("employee-account-confirmed-body"),
            Some(("/signin", t.get("employee-signin-button"))),
        ),
        Err(e) => match error_text(t, &e, "") {
            Some((_, text)) => render_with(&page(text), lang.0, error_status(&e)),
            None => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
        },
    };
    no_referrer(res)
}
