//! A JSON body extractor whose rejections are problem+json like every other API error,
//! naming what was wrong (syntax, a missing or mistyped field, the content type, the size), and
//! the check of text that arrives in a path segment or query string. Every string of a body,
//! and every text path or query value, passes `hup_core::text::single_line` (issue 11, item 4):
//! a control character is a 422 `invalid-text` naming the field, before any service sees it.

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::HeaderMap;
use hup_core::text::{self, TextError};
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::body::read_limited;
use super::problem::FieldProblem;
use super::ApiError;

/// The problem type of a text field holding a control character.
pub const INVALID_TEXT: &str = "invalid-text";

/// The largest JSON body a call reads: 1 MiB, far more than any request of this API needs.
/// More is a 413 `payload-too-large` (issue 11: 9).
pub const JSON_BODY_LIMIT: usize = 1024 * 1024;

/// Use instead of `axum::Json` for request bodies.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, _: &S) -> Result<Self, Self::Rejection> {
        let (parts, body) = req.into_parts();
        if !is_json(&parts.headers) {
            return Err(ApiError::UnsupportedMediaType(
                "send the body as application/json".into(),
            ));
        }
        let bytes = read_limited(
            &parts.headers,
            body,
            JSON_BODY_LIMIT,
            "the body may be at most 1 MiB (1,048,576 bytes)",
        )
        .await?;
        let tree = serde_json::from_slice::<Value>(&bytes).ok();
        // Every body of this API is an object; serde would also read a struct from an array
        // (`[null, null]`), which no client means.
        if tree.as_ref().is_some_and(|t| !t.is_object()) {
            return Err(ApiError::Unprocessable {
                kind: "invalid-body",
                detail: "the body must be a JSON object".into(),
                errors: Vec::new(),
            });
        }
        let value = match axum::Json::<T>::from_bytes(&bytes) {
            Ok(axum::Json(value)) => value,
            Err(rejection) => return Err(from_rejection(rejection)),
        };
        // The body is valid JSON of the right shape; now every string in it, names included.
        if let Some(tree) = &tree {
            if let Some((field, error)) = control_in(tree, String::new()) {
                return Err(invalid_text(&field, error));
            }
        }
        Ok(ApiJson(value))
    }
}

/// A body a call may go without (issue 15: an operator's decision with or without a reason):
/// no body at all is `T::default()`; any body is read as [`ApiJson`] reads it.
pub struct OptionalJson<T>(pub T);

impl<T, S> FromRequest<S> for OptionalJson<T>
where
    T: DeserializeOwned + Default,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let headers = req.headers();
        let declared_empty = headers
            .get(axum::http::header::CONTENT_LENGTH)
            .is_some_and(|v| v.as_bytes() == b"0");
        let typed = headers.contains_key(axum::http::header::CONTENT_TYPE);
        let chunked = headers.contains_key(axum::http::header::TRANSFER_ENCODING);
        if !typed && (declared_empty || !chunked) {
            return Ok(OptionalJson(T::default()));
        }
        ApiJson::<T>::from_request(req, state)
            .await
            .map(|ApiJson(v)| OptionalJson(v))
    }
}

/// The first string (or member name) of `value` that is not one clean line, with its path
/// (`display_name`, `items[2].code`).
fn control_in(value: &Value, at: String) -> Option<(String, TextError)> {
    match value {
        Value::String(s) => text::single_line(s).err().map(|e| (field_name(at), e)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, v)| control_in(v, format!("{at}[{i}]"))),
        Value::Object(members) => members.iter().find_map(|(name, v)| {
            let path = if at.is_empty() {
                name.clone()
            } else {
                format!("{at}.{name}")
            };
            match text::single_line(name) {
                // A name is shown as written only when it is clean; else say where it is.
                Err(e) => Some((field_name(format!("{at}{{member name}}")), e)),
                Ok(()) => control_in(v, path),
            }
        }),
        Value::Null | Value::Bool(_) | Value::Number(_) => None,
    }
}

fn field_name(path: String) -> String {
    if path.is_empty() {
        "body".to_owned()
    } else {
        path
    }
}

/// A 422 `invalid-text` naming `field` and what is in it.
pub fn invalid_text(field: &str, error: TextError) -> ApiError {
    let reason = error.to_string();
    ApiError::Unprocessable {
        kind: INVALID_TEXT,
        detail: format!("{field} {reason}"),
        errors: vec![FieldProblem {
            field: field.to_owned(),
            reason,
        }],
    }
}

/// Checks text that came in a path segment or query string (after percent-decoding, so `%00`
/// is a NUL): one clean line, or a 422 naming `field`.
pub fn single_line(field: &str, value: &str) -> Result<(), ApiError> {
    text::single_line(value).map_err(|e| invalid_text(field, e))
}

/// `application/json` or a `+json` type, parameters (`; charset=utf-8`) aside.
fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let essence = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.split_once('/') {
        Some(("application", sub)) => sub == "json" || sub.ends_with("+json"),
        _ => false,
    }
}

fn from_rejection(rejection: JsonRejection) -> ApiError {
    match rejection {
        // Well-formed JSON of the wrong shape: a 422 that names the field serde stopped at.
        JsonRejection::JsonDataError(e) => ApiError::Unprocessable {
            kind: "invalid-body",
            detail: "the body does not have the fields this call expects".into(),
            errors: vec![FieldProblem {
                field: "body".into(),
                reason: e.body_text(),
            }],
        },
        other => ApiError::BadRequest(other.body_text()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(content_type: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(CONTENT_TYPE, content_type.parse().unwrap());
        h
    }

    #[test]
    fn json_and_plus_json_are_json_and_nothing_else_is() {
        assert!(is_json(&with("application/json")));
        assert!(is_json(&with("Application/JSON; charset=utf-8")));
        assert!(is_json(&with("application/merge-patch+json")));
        assert!(!is_json(&with("text/plain")));
        assert!(!is_json(&with("application/jsonx")));
        assert!(!is_json(&HeaderMap::new()));
    }
}
