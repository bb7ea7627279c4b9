use axum::http::StatusCode;
use axum::response::Response;

use super::super::FieldErrors;
use super::RegisterPage;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;

pub async fn get(lang: Lang, csrf: Csrf) -> Response {
    let page = RegisterPage {
        t: lang.t(),
        path: "/register",
        csrf: csrf.token.clone(),
        work_email: String::new(),
        errors: FieldErrors::default(),
    };
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
