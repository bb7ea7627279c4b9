//! Headers that every response carries unless a handler chose stricter ones.

use axum::http::{header, HeaderMap, HeaderValue};

const CSP: &str = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
                   script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

/// The payment page's policy (issue 13): the default one, plus exactly what Stripe.js needs —
/// its script from `HUP_STRIPE_JS_URL`'s origin, its frames from there (and Stripe's 3-D Secure
/// host beside the real js.stripe.com), and its calls to that origin and the API's. Only the
/// payment page sends it; every other page keeps the default.
pub fn payment_page_csp(js_url: &url::Url, api_base: &url::Url) -> String {
    let js = js_url.origin().ascii_serialization();
    let api = api_base.origin().ascii_serialization();
    let mut frames = js.clone();
    if js == "https://js.stripe.com" {
        frames.push_str(" https://hooks.stripe.com");
    }
    let connect = if api == js {
        js.clone()
    } else {
        format!("{js} {api}")
    };
    format!(
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; \
         script-src 'self' {js}; frame-src {frames}; connect-src 'self' {connect}; \
         frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    )
}

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13: the payment page admits Stripe.js's origins and nothing else.
    #[test]
    fn the_payment_page_admits_exactly_stripe_js() {
        let real = payment_page_csp(
            &url::Url::parse("https://js.stripe.com/v3/").unwrap(),
            &url::Url::parse("https://api.stripe.com").unwrap(),
        );
        assert!(
            real.contains("script-src 'self' https://js.stripe.com;"),
            "{real}"
        );
        assert!(real.contains("frame-src https://js.stripe.com https://hooks.stripe.com;"));
        assert!(real.contains("connect-src 'self' https://js.stripe.com https://api.stripe.com;"));
        let local = payment_page_csp(
            &url::Url::parse("http://127.0.0.1:8420/js.stripe.com/v3/").unwrap(),
            &url::Url::parse("http://127.0.0.1:8420").unwrap(),
        );
        assert!(
            local.contains("script-src 'self' http://127.0.0.1:8420;"),
            "{local}"
        );
        assert!(local.contains("frame-src http://127.0.0.1:8420;"));
        assert!(!CSP.contains("stripe"));
    }
}
