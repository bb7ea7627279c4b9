use axum::http::StatusCode;
use axum::response::Response;

use super::super::{no_referrer, FieldErrors, LinkNow, OpenedLink};
use super::{ResetPage, LINK};
use crate::employees::accounts;
use crate::web::pages::kit::render_with;

/// Without a token: the form that asks for a link. With one: the form for the new password
/// when the link can still be used (looked up read only), otherwise what happened.
pub async fn get(link: OpenedLink) -> Response {
    let t = link.lang.t();
    let now = link.now(|state, token| async move {
        let open = accounts::reset_link_open(&state.db, token).await?;
        Ok(if open { LinkNow::Open } else { LinkNow::Gone })
    });
    match now.await {
        Ok(LinkNow::Open | LinkNow::Missing) => {}
        Ok(now) => return LINK.not_usable(t, now, StatusCode::OK),
        Err(res) => return res,
    }
    let page = ResetPage::new(t, &link.csrf, &link.link.token, FieldErrors::default());
    no_referrer(
        link.csrf
            .attach(render_with(&page, t.locale, StatusCode::OK)),
    )
}
