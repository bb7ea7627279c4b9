use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::form;
use crate::accounts::mfa;
use crate::operators::setup;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::operator::{error_text, internal};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    token: String,
}

/// Shows the form for a live link, with a fresh secret; opening the link changes nothing.
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    Query(query): Query<TokenQuery>,
) -> Response {
    let t = lang.t();
    match setup::open(&state.db, &query.token).await {
        Ok(account) => form(
            t,
            &csrf,
            &account.email,
            &query.token,
            &mfa::new_secret(),
            None,
        ),
        Err(e) => match error_text(t, &e) {
            Some(text) => super::super::home::message(
                t,
                &csrf,
                t.get("operator-setup-title"),
                text,
                StatusCode::UNPROCESSABLE_ENTITY,
            ),
            None => internal(e, t.locale),
        },
    }
}
