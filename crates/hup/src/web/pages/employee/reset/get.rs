use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::confirm::get::TokenQuery;
use super::super::{no_referrer, FieldErrors};
use super::ResetPage;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;

pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<TokenQuery>) -> Response {
    let page = ResetPage {
        t: lang.t(),
        path: super::super::own_path("/account/reset", &q.token),
        csrf: csrf.token.clone(),
        token: q.token,
        errors: FieldErrors::default(),
    };
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
