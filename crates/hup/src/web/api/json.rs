//! A JSON body extractor whose rejections are problem+json like every other API error,
//! naming what was wrong (syntax, a missing or mistyped field, the content type).

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

use super::problem::FieldProblem;
use super::ApiError;

/// Use instead of `axum::Json` for request bodies.
pub struct ApiJson<T>(pub T);

impl<T, S> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(from_rejection(rejection)),
        }
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
        JsonRejection::MissingJsonContentType(_) => {
            ApiError::BadRequest("send the body as application/json".into())
        }
        other => ApiError::BadRequest(other.body_text()),
    }
}
