//! Request bodies read with a limit that answers in problem+json (413), not a bare error.

use axum::body::Body;
use axum::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use axum::http::HeaderMap;
use futures_util::StreamExt;

use super::ApiError;

/// Reads `body` whole, refusing more than `limit` bytes: early when `Content-Length` announces
/// more, and while streaming when a body without one grows past it. `hint` tells the caller
/// what to do instead. A request without `Content-Type` sent no document at all (not even an
/// empty one): 415, so a missing body is never read as an empty document (issue 11: 9).
pub async fn read_limited(
    headers: &HeaderMap,
    body: Body,
    limit: usize,
    hint: &str,
) -> Result<Vec<u8>, ApiError> {
    if !headers.contains_key(CONTENT_TYPE) {
        return Err(ApiError::UnsupportedMediaType(
            "the request has no body of a known type: name it in Content-Type".into(),
        ));
    }
    let too_large = || ApiError::PayloadTooLarge(hint.to_owned());
    let announced = headers
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if announced.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let mut buf = Vec::with_capacity(announced.map_or(0, |n| n as usize));
    let mut stream = body.into_data_stream();
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::BadRequest(format!("cannot read the body: {e}")))?;
        if buf.len() + chunk.len() > limit {
            return Err(too_large());
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}
