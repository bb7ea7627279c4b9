use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::{no_referrer, FieldErrors, TokenForm};
use super::ResetPage;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;

pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<TokenForm>) -> Response {
    let page = ResetPage::new(lang.t(), &csrf, &q.token, FieldErrors::default());
    no_referrer(csrf.attach(render_with(&page, lang.0, StatusCode::OK)))
}
