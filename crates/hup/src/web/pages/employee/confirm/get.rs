use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::{no_referrer, TokenButtonPage};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;

#[derive(Deserialize)]
pub struct TokenQuery {
    #[serde(default)]
    pub token: String,
}

/// Changes nothing: a GET only shows the button.
pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<TokenQuery>) -> Response {
    let t = lang.t();
    let page = TokenButtonPage {
        t,
        path: super::super::own_path("/confirm", &q.token),
        action: "/confirm",
        csrf: csrf.token.clone(),
        title: t.get("employee-confirm-title"),
        body: t.get("employee-confirm-body"),
        button: t.get("employee-confirm-button"),
        token: q.token,
        error: None,
    };
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
