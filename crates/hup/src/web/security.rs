//! Headers that every response carries unless a handler chose stricter ones.

use axum::http::{header, HeaderMap, HeaderValue};

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                   script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/// Adds each default header the response does not set itself (`web::envelope` calls it).
pub fn add_default_headers(h: &mut HeaderMap) {
    let defaults = [
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::CONTENT_SECURITY_POLICY, CSP),
    ];
    for (name, value) in defaults {
        if !h.contains_key(&name) {
            h.insert(name, HeaderValue::from_static(value));
        }
    }
}
