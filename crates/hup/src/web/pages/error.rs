//! The friendly, localized error pages, and the fallback for unknown paths.

use askama::Template;
use axum::http::{StatusCode, Uri};
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::{Locale, Tr};
use crate::web::api::ApiError;
use crate::web::locale::Lang;

#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("not found")]
    NotFound,
    /// A form that could not be read (too large, not a form): its status, 4xx.
    #[error("unreadable form ({0})")]
    Unreadable(StatusCode),
    #[error("internal: {0}")]
    Internal(#[from] anyhow::Error),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    t: Tr,
    path: &'a str,
    title: String,
    body: String,
    reference: Option<String>,
}

impl PageError {
    pub fn into_page(self, locale: Locale) -> Response {
        let t = Tr::new(locale);
        let (status, title, body, reference) = match &self {
            PageError::NotFound => (
                StatusCode::NOT_FOUND,
                t.get("error-not-found-title"),
                t.get("error-not-found-body"),
                None,
            ),
            PageError::Unreadable(status) => (
                *status,
                t.get("error-form-title"),
                t.get("error-form-body"),
                None,
            ),
            PageError::Internal(e) => {
                let reference = format!("{:08x}", rand::random::<u32>());
                tracing::error!(error = ?e, reference, request_id = crate::web::envelope::current_request_id(), "page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    t.get("error-internal-title"),
                    t.get("error-internal-body"),
                    Some(reference),
                )
            }
        };
        let page = ErrorPage {
            t,
            path: "/",
            title,
            body,
            reference,
        };
        match page.render() {
            Ok(html) => (status, Html(html)).into_response(),
            Err(_) => (status, "error").into_response(),
        }
    }
}

fn is_api(uri: &Uri) -> bool {
    uri.path() == "/api" || uri.path().starts_with("/api/")
}

/// Unknown paths: problem+json under `/api/`, a page elsewhere.
pub async fn fallback(lang: Lang, uri: Uri) -> Response {
    if is_api(&uri) {
        return ApiError::NotFound.into_response();
    }
    PageError::NotFound.into_page(lang.0)
}

/// A known path with a method it does not have: 405, problem+json under `/api/` (issue 11: 9),
/// an empty answer elsewhere; the router adds `Allow` with the methods the path has.
pub async fn method_not_allowed(uri: Uri) -> Response {
    if is_api(&uri) {
        return ApiError::MethodNotAllowed.into_response();
    }
    StatusCode::METHOD_NOT_ALLOWED.into_response()
}
