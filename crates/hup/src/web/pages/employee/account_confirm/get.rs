use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::confirm::get::TokenQuery;
use super::super::{no_referrer, TokenButtonPage};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;

/// Changes nothing: a GET only shows the button.
pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<TokenQuery>) -> Response {
    let t = lang.t();
    let page = TokenButtonPage {
        t,
        path: super::super::own_path("/account/confirm", &q.token),
        action: "/account/confirm",
        csrf: csrf.token.clone(),
        title: t.get("employee-account-confirm-title"),
        body: t.get("employee-account-confirm-body"),
        button: t.get("employee-account-confirm-button"),
        token: q.token,
        error: None,
    };
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
