use axum::extract::State;
use axum::response::Response;

use super::super::{message, no_referrer, TokenForm};
use super::LINK;
use crate::employees::accounts;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    form: PostedForm<TokenForm>,
) -> Response {
    let t = lang.t();
    let activated = LINK
        .press(t, &form, &csrf_token, || {
            accounts::confirm(&state.db, &form.fields.token)
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
