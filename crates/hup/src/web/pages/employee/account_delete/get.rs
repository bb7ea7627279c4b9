use axum::http::StatusCode;
use axum::response::Response;

use super::super::{EmployeePage, FieldErrors};
use super::DeletePage;
use crate::web::pages::kit::render_with;

pub async fn get(page: EmployeePage) -> Response {
    let (_, lang, csrf, _) = page.into_parts();
    let page = DeletePage::new(lang.t(), csrf.token.clone(), FieldErrors::default());
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
