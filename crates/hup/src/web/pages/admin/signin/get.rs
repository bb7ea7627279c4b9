use axum::response::Response;

use super::super::{render_with, see_other};
use super::SigninPage;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;

pub async fn get(lang: Lang, csrf: Csrf, admin: MaybeAdmin) -> Response {
    if admin.0.is_some() {
        return see_other("/admin/domains");
    }
    let page = SigninPage {
        t: lang.t(),
        path: "/admin/signin",
        csrf: csrf.token.clone(),
        signed_in_as: None,
        error: None,
        work_email: String::new(),
    };
    csrf.attach(render_with(&page, lang.0, axum::http::StatusCode::OK))
}
