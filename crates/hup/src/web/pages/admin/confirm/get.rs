use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::{no_referrer, render_with};
use super::ConfirmPage;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

#[derive(Deserialize)]
pub struct ConfirmQuery {
    #[serde(default)]
    token: String,
}

/// Changes nothing: a GET only shows the button.
pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<ConfirmQuery>) -> Response {
    let page = ConfirmPage {
        t: lang.t(),
        path: crate::web::pages::own_path("/admin/confirm", &q.token),
        csrf: csrf.token.clone(),
        signed_in_as: None,
        error: None,
        token: q.token,
    };
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
