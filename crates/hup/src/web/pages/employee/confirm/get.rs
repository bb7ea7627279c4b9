use axum::extract::{Query, State};
use axum::response::Response;

use super::super::{LinkNow, TokenForm};
use super::LINK;
use crate::employees::registrations::{self, LinkState};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::AppState;

/// Changes nothing: a GET looks the link up read only and shows the button, or what happened.
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    Query(q): Query<TokenForm>,
) -> Response {
    let now = if q.token.is_empty() {
        LinkNow::Missing
    } else {
        match registrations::link_state(&state.db, &q.token).await {
            Ok(LinkState::Open) => LinkNow::Open,
            Ok(LinkState::Used) => LinkNow::Used,
            Ok(LinkState::Invalid) => LinkNow::Gone,
            Err(e) => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
        }
    };
    LINK.show(lang.t(), &csrf, &q.token, now)
}
