//! `GET /account/export` (issue 16): the signed-in employee's data as one JSON file to keep,
//! the document `GET /api/v1/me/export` answers.

use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;

use super::super::EmployeePage;
use crate::privacy::export;
use crate::web::pages::error::PageError;

pub async fn get(page: EmployeePage) -> Response {
    let (state, lang, _, user) = page.into_parts();
    let days = state.config.retention.as_secs() / 86_400;
    match export::export(&state.db, days, &user.account).await {
        Ok(data) => {
            let mut res = Json(data).into_response();
            let headers = res.headers_mut();
            headers.insert(
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"hup-personal-data.json\""),
            );
            // Personal data: no cache along the way keeps a copy.
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            res
        }
        Err(e) => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    }
}
