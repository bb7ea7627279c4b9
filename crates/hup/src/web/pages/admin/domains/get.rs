use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;

use super::super::SignedInAdmin;
use super::{show, Notice};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct DomainsQuery {
    /// Set after a successful Verify, to say so; shown only for one of the tenant's verified
    /// domains (see [`Notice`]).
    verified: Option<String>,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    Query(q): Query<DomainsQuery>,
    SignedInAdmin(admin): SignedInAdmin,
) -> Response {
    let notice = q.verified.map(Notice::Verified);
    show(&state, lang.0, &csrf, &admin, notice, None).await
}
