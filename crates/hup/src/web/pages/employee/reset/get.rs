use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::super::{no_referrer, FieldErrors, LinkNow, MailedLink, TokenForm};
use super::{ResetPage, LINK};
use crate::employees::accounts;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
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
    let t = lang.t();
    let looked = MailedLink::look_up(t, &q.token, || async {
        Ok(
            match accounts::reset_link_open(&state.db, &q.token).await? {
                true => LinkNow::Open,
                false => LinkNow::Gone,
            },
        )
    });
    match looked.await {
        Ok(LinkNow::Open | LinkNow::Missing) => {}
        Ok(now) => return LINK.not_usable(t, now, StatusCode::OK),
        Err(res) => return res,
    }
    let page = ResetPage::new(t, &csrf, &q.token, FieldErrors::default());
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
