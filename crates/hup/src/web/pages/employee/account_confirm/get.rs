use axum::extract::Query;
use axum::response::Response;

use super::super::TokenForm;
use super::LINK;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

/// Changes nothing: a GET only shows the button.
pub async fn get(lang: Lang, csrf: Csrf, Query(q): Query<TokenForm>) -> Response {
    LINK.show(lang.t(), &csrf, &q.token)
}
