//! The stylesheet, compiled in: one file, no build step, cacheable.

use axum::http::header;
use axum::response::IntoResponse;

const STYLE: &str = include_str!("../../static/style.css");

pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        STYLE,
    )
}

const ADMIN_SCRIPT: &str = include_str!("../../static/admin.js");

/// The admin center's progressive enhancement (copy buttons); pages work without it.
pub async fn admin_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        ADMIN_SCRIPT,
    )
}

const PAY_SCRIPT: &str = include_str!("../../static/pay.js");

/// The payment page's card form (issue 13): mounts Stripe.js's card Element and hands hup the
/// card's PaymentMethod id.
pub async fn pay_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        PAY_SCRIPT,
    )
}
