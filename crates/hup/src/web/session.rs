//! Session plumbing shared by admins and employees: the cookie (HttpOnly, SameSite=Lax, Secure
//! when `HUP_BASE_URL` is https) or an `Authorization: Bearer` header carries the token; the
//! database keeps its hash (`store::sessions`).

use axum::http::{header, HeaderMap, HeaderValue};

use crate::config::Config;

/// The cookie of an org admin's session; employees have their own, so the two never mix.
pub const ADMIN_COOKIE: &str = "hup_admin";

/// The cookie of an employee's session.
pub const EMPLOYEE_COOKIE: &str = "hup_session";

/// The value of cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (k, v) = pair.trim().split_once('=')?;
            (k == name && !v.is_empty()).then(|| v.to_owned())
        })
}

/// The token of an `Authorization: Bearer` header.
pub fn bearer(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    (scheme.eq_ignore_ascii_case("bearer") && !token.trim().is_empty())
        .then(|| token.trim().to_owned())
}

/// Whether cookies get the Secure attribute.
pub fn secure(config: &Config) -> bool {
    config.base_url.scheme() == "https"
}

/// A `Set-Cookie` value for a session or CSRF cookie; `max_age` 0 removes it.
pub fn set_cookie(name: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    let cookie =
        format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&cookie)
        .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The session token a request presents: the bearer header wins over the cookie.
pub fn presented_token(headers: &HeaderMap, cookie_name: &str) -> Option<String> {
    bearer(headers).or_else(|| cookie(headers, cookie_name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_http_only_lax_and_secure_over_https() {
        let c = set_cookie(ADMIN_COOKIE, "abc", 60, true);
        let c = c.to_str().unwrap();
        assert!(c.starts_with("hup_admin=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax"));
        assert!(c.ends_with("; Secure"));
        let plain = set_cookie(ADMIN_COOKIE, "abc", 60, false);
        assert!(!plain.to_str().unwrap().contains("Secure"));
        let mut h = HeaderMap::new();
        h.insert(
            header::AUTHORIZATION,
            HeaderValue::from_static("Bearer tok"),
        );
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; hup_admin=cookie"),
        );
        assert_eq!(presented_token(&h, ADMIN_COOKIE).as_deref(), Some("tok"));
        h.remove(header::AUTHORIZATION);
        assert_eq!(presented_token(&h, ADMIN_COOKIE).as_deref(), Some("cookie"));
    }
}
