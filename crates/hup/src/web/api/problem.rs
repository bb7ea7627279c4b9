//! API errors as RFC 9457 problem details. Each variant says the status it becomes; internal
//! errors are logged with the request and never shown.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

/// An RFC 9457 problem document.
#[derive(Debug, Serialize, ToSchema)]
pub struct Problem {
    /// Stable identifier of the kind of problem; clients branch on it.
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Field-level reasons, for forms and bodies that failed validation.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldProblem>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct FieldProblem {
    pub field: String,
    pub reason: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 404: no such resource, or not the caller's.
    #[error("not found")]
    NotFound,
    /// 401: no or invalid credentials.
    #[error("unauthorized")]
    Unauthorized,
    /// 400: the body could not be read as the call expects.
    #[error("bad request: {0}")]
    BadRequest(String),
    /// 422: the body was read but its content is not acceptable.
    #[error("unprocessable: {detail}")]
    Unprocessable {
        kind: &'static str,
        detail: String,
        errors: Vec<FieldProblem>,
    },
    /// 403: the caller is known but may not do this.
    #[error("forbidden: {0}")]
    Forbidden(String),
    /// 409: the request conflicts with the current state.
    #[error("conflict: {detail}")]
    Conflict { kind: &'static str, detail: String },
    /// 429: too many attempts; try again later.
    #[error("too many requests")]
    TooManyRequests,
    /// 429 with `Retry-After: seconds`: the caller may try again after that long.
    #[error("too many requests; retry after {0} s")]
    RetryAfter(u64),
    /// 413: the body is larger than the call accepts; the detail says the limit.
    #[error("payload too large: {0}")]
    PayloadTooLarge(String),
    /// 500: logged, never explained to the caller.
    #[error("internal: {0}")]
    Internal(#[from] anyhow::Error),
}

pub const TYPE_PREFIX: &str = "urn:hup:problem:";

impl ApiError {
    fn parts(&self) -> (StatusCode, &'static str, &'static str) {
        match self {
            ApiError::NotFound => (StatusCode::NOT_FOUND, "not-found", "Not found"),
            ApiError::Unauthorized => (
                StatusCode::UNAUTHORIZED,
                "unauthorized",
                "Authentication required",
            ),
            ApiError::BadRequest(_) => (
                StatusCode::BAD_REQUEST,
                "bad-request",
                "The request could not be read",
            ),
            ApiError::Unprocessable { kind, .. } => (
                StatusCode::UNPROCESSABLE_ENTITY,
                kind,
                "The request is not acceptable",
            ),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden", "Not allowed"),
            ApiError::Conflict { kind, .. } => (
                StatusCode::CONFLICT,
                kind,
                "The request conflicts with the current state",
            ),
            ApiError::TooManyRequests | ApiError::RetryAfter(_) => (
                StatusCode::TOO_MANY_REQUESTS,
                "too-many-requests",
                "Too many attempts; try again later",
            ),
            ApiError::PayloadTooLarge(_) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "payload-too-large",
                "The request body is too large",
            ),
            ApiError::Internal(_) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                "Internal error",
            ),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, kind, title) = self.parts();
        let mut retry_after = None;
        let (detail, errors) = match self {
            ApiError::Internal(e) => {
                tracing::error!(error = ?e, "internal error");
                (None, Vec::new())
            }
            ApiError::BadRequest(d) => (Some(d), Vec::new()),
            ApiError::PayloadTooLarge(d) => (Some(d), Vec::new()),
            ApiError::Unprocessable { detail, errors, .. } => (Some(detail), errors),
            ApiError::Forbidden(d) | ApiError::Conflict { detail: d, .. } => (Some(d), Vec::new()),
            ApiError::NotFound | ApiError::Unauthorized | ApiError::TooManyRequests => {
                (None, Vec::new())
            }
            ApiError::RetryAfter(seconds) => {
                retry_after = Some(seconds);
                (Some(format!("try again in {seconds} seconds")), Vec::new())
            }
        };
        let problem = Problem {
            kind: format!("{TYPE_PREFIX}{kind}"),
            title: title.to_owned(),
            status: status.as_u16(),
            detail,
            errors,
        };
        let body = serde_json::to_string(&problem).unwrap_or_else(|_| "{}".to_owned());
        let mut res = (
            status,
            [(header::CONTENT_TYPE, "application/problem+json")],
            body,
        )
            .into_response();
        if let Some(seconds) = retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            res.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        res
    }
}
