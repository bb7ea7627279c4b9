use axum::response::Response;

use super::FORM;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

pub async fn get(lang: Lang, csrf: Csrf) -> Response {
    FORM.show(lang.t(), &csrf)
}
