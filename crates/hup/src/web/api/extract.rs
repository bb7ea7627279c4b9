//! Path and query extractors whose rejections are problem+json like every other API
//! error, naming the parameter that could not be read (issue 11: 9). axum's own extractors
//! answer `text/plain`; the API uses these instead (and [`super::json::ApiJson`] for bodies).

use axum::extract::path::ErrorKind;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{FromRequestParts, RawPathParams};
use axum::http::request::Parts;
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

use super::ApiError;

/// Use instead of `axum::extract::Path`: a segment that is not of the parameter's type (e.g.
/// `/tenants/1.0/…`) is a 400 `invalid-path` naming the parameter.
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => {
                let names: Vec<String> = RawPathParams::from_request_parts(parts, state)
                    .await
                    .map(|raw| raw.iter().map(|(k, _)| k.to_owned()).collect())
                    .unwrap_or_default();
                Err(path_rejection(rejection, &names))
            }
        }
    }
}

fn path_rejection(rejection: PathRejection, names: &[String]) -> ApiError {
    let PathRejection::FailedToDeserializePathParams(e) = &rejection else {
        // No parameters at all: a routing mistake, not the caller's.
        return ApiError::Internal(anyhow::anyhow!(
            "path parameters: {}",
            rejection.body_text()
        ));
    };
    let (field, detail) = match e.kind() {
        ErrorKind::ParseErrorAtKey {
            key,
            value,
            expected_type,
        } => (key.clone(), expected(value, expected_type)),
        ErrorKind::ParseErrorAtIndex {
            index,
            value,
            expected_type,
        } => (
            names.get(*index).cloned().unwrap_or_else(|| "path".into()),
            expected(value, expected_type),
        ),
        ErrorKind::ParseError {
            value,
            expected_type,
        } => (
            names.first().cloned().unwrap_or_else(|| "path".into()),
            expected(value, expected_type),
        ),
        ErrorKind::InvalidUtf8InPathParam { key } => (key.clone(), "is not UTF-8".into()),
        _ if e.status() == StatusCode::INTERNAL_SERVER_ERROR => {
            return ApiError::Internal(anyhow::anyhow!("path parameters: {}", e.body_text()));
        }
        _ => ("path".into(), e.body_text()),
    };
    ApiError::BadParameter {
        kind: "invalid-path",
        detail: format!("{field} {detail}"),
        field,
    }
}

fn expected(value: &str, expected_type: &str) -> String {
    let what = match expected_type {
        "i64" | "i32" | "u64" | "u32" | "usize" => "a whole number",
        "bool" => "true or false",
        _ => expected_type,
    };
    let value: String = value.chars().take(64).collect();
    format!("must be {what}, not \"{}\"", value.escape_default())
}

/// Use instead of `axum::extract::Query`: a parameter that cannot be read (e.g.
/// `?snapshot=maybe`) is a 400 `invalid-query` naming it.
pub struct ApiQuery<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiQuery<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::try_from_uri(&parts.uri) {
            Ok(axum::extract::Query(value)) => Ok(ApiQuery(value)),
            Err(rejection) => Err(query_rejection(rejection)),
        }
    }
}

fn query_rejection(rejection: QueryRejection) -> ApiError {
    // axum says "Failed to deserialize query string: FIELD: REASON" (serde_path_to_error's
    // path first), or without a field when the whole string is wrong.
    let text = rejection.body_text();
    let reason = text
        .strip_prefix("Failed to deserialize query string: ")
        .unwrap_or(&text);
    bad_field("invalid-query", "query", reason)
}

/// "FIELD: REASON" names the field; a reason alone stands for the whole `whole`.
fn bad_field(kind: &'static str, whole: &str, reason: &str) -> ApiError {
    let (field, reason) = match reason.split_once(": ") {
        Some((field, rest))
            if !field.is_empty()
                && field
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')) =>
        {
            (field.to_owned(), rest.to_owned())
        }
        _ => (whole.to_owned(), reason.to_owned()),
    };
    ApiError::BadParameter {
        kind,
        detail: format!("{field}: {reason}"),
        field,
    }
}
