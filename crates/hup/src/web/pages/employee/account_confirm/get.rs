use axum::extract::{Query, State};
use axum::response::Response;

use super::super::{LinkNow, TokenForm};
use super::LINK;
use crate::employees::accounts;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

/// Changes nothing: a GET looks the link up read only and shows the button, or what happened.
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    Query(q): Query<TokenForm>,
) -> Response {
    LINK.open(lang.t(), &csrf, &q.token, || async {
        Ok(
            match accounts::confirm_link_open(&state.db, &q.token).await? {
                true => LinkNow::Open,
                false => LinkNow::Gone,
            },
        )
    })
    .await
}
