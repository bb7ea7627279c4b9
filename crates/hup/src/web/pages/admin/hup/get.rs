use axum::extract::{RawQuery, State};
use axum::response::Response;

use super::super::to_sign_in;
use super::{show_with, Done};
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    RawQuery(query): RawQuery,
) -> Response {
    // What the switch just did (issue 12): `?done=accepted` or `?done=off`; anything else says
    // nothing.
    let done = url::form_urlencoded::parse(query.unwrap_or_default().as_bytes())
        .find(|(k, _)| k == "done")
        .and_then(|(_, v)| Done::parse(&v));
    match admin.0 {
        Some(admin) => show_with(&state, lang.0, &csrf, &admin, None, done).await,
        None => to_sign_in(),
    }
}
