use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::super::{no_referrer, FieldErrors, LinkNow, TokenForm};
use super::{ResetPage, LINK};
use crate::employees::accounts;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

/// Without a token: the form that asks for a link. With one: the form for the new password
/// when the link can still be used (looked up read only), otherwise what happened.
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    Query(q): Query<TokenForm>,
) -> Response {
    if !q.token.is_empty() {
        match accounts::reset_link_open(&state.db, &q.token).await {
            Ok(true) => {}
            Ok(false) => return LINK.not_usable(lang.t(), LinkNow::Gone, StatusCode::OK),
            Err(e) => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
        }
    }
    let page = ResetPage::new(lang.t(), &csrf, &q.token, FieldErrors::default());
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
