//! A JSON body extractor whose rejections are problem+json like every other API error,
//! naming what was wrong (syntax, a missing or mistyped field, the content type, the size).

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::HeaderMap;
use serde::de::DeserializeOwned;

use super::body::read_limited;
use super::problem::FieldProblem;
use super::ApiError;

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
        match axum::Json::<T>::from_bytes(&bytes) {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(from_rejection(rejection)),
        }
    }
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
