use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

use super::super::{message, no_referrer, MailedLink, TokenForm};
use crate::employees::accounts;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

const LINK: MailedLink = MailedLink {
    action: "/account/confirm",
    title: "employee-account-confirm-title",
    body: "employee-account-confirm-body",
    button: "employee-account-confirm-button",
};

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    let t = lang.t();
    let activated = LINK
        .press(t, &headers, &form, &csrf_token, || {
            accounts::confirm(&state.db, &form.token)
        })
        .await;
    let res = match activated {
        Ok(()) => message(
            lang.0,
            "/account/confirm",
            t.get("employee-account-confirmed-title"),
            t.get("employee-account-confirmed-body"),
            Some(("/signin", t.get("employee-signin-button"))),
        ),
        Err(res) => res,
    };
    no_referrer(res)
}
