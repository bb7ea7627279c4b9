use axum::http::StatusCode;
use axum::response::Response;

use super::SignInPage;
use crate::web::auth::MaybeOperator;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::{render_with, see_other};

pub async fn get(lang: Lang, csrf: Csrf, operator: MaybeOperator) -> Response {
    if operator.0.is_some() {
        return see_other("/operator");
    }
    let page = SignInPage {
        t: lang.t(),
        path: super::super::SIGN_IN,
        csrf: csrf.token.clone(),
        signed_in_as: None,
        email: String::new(),
        error: None,
    };
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
