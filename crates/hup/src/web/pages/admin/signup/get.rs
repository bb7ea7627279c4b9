use axum::http::StatusCode;
use axum::response::Response;

use super::super::render_with;
use super::SignupPage;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

pub async fn get(lang: Lang, csrf: Csrf) -> Response {
    let page = SignupPage {
        t: lang.t(),
        path: "/admin/signup",
        csrf: csrf.token.clone(),
        signed_in_as: None,
        error: None,
        work_email: String::new(),
    };
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
