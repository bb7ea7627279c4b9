//! Session plumbing shared by admins and employees: the cookie (HttpOnly, SameSite=Lax, Secure
//! when `HUP_BASE_URL` is https) or an `Authorization: Bearer` header carries the token; the
//! database keeps its hash (`store::sessions`).
//!
//! Over https hup's own cookies (session, CSRF, claim) are named with the `__Host-` prefix
//! (`__Host-hup_session`), which browsers accept only with Secure, `Path=/` and no Domain: a
//! sibling subdomain or a plain-http page can then neither set nor overwrite them (issue 11:
//! 10). Over http the plain names stay, since browsers refuse `__Host-` without Secure. Each
//! configuration reads only its own name, so a cookie tossed in under the other is ignored.

use std::borrow::Cow;

use axum::http::{header, HeaderMap, HeaderValue};

use crate::config::Config;

/// The cookie of an org admin's session; employees have their own, so the two never mix.
pub const ADMIN_COOKIE: &str = "hup_admin";

/// The cookie of an operator's console session (issue 15).
pub const OPERATOR_COOKIE: &str = "hup_operator";

/// The cookie of an employee's session.
pub const EMPLOYEE_COOKIE: &str = "hup_session";

/// The prefix hup's own cookies carry over https.
pub const HOST_PREFIX: &str = "__Host-";

/// The name cookie `base` (one of hup's own) goes by: `__Host-{base}` when cookies are Secure.
pub fn cookie_name(base: &str, secure: bool) -> Cow<'_, str> {
    if secure {
        Cow::Owned(format!("{HOST_PREFIX}{base}"))
    } else {
        Cow::Borrowed(base)
    }
}

/// The value of hup's own cookie `base` under this configuration's name for it.
pub fn own_cookie(headers: &HeaderMap, config: &Config, base: &str) -> Option<String> {
    cookie(headers, &cookie_name(base, secure(config)))
}

/// The value of the cookie named exactly `name`, if the request carries it.
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

/// A `Set-Cookie` value for hup's own cookie `base` (session, CSRF, claim), named as
/// [`cookie_name`] says; `max_age` 0 removes it. Never a Domain attribute, always `Path=/`, so
/// the `__Host-` name is valid whenever it is used.
pub fn set_cookie(base: &str, value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let name = cookie_name(base, secure);
    let secure = if secure { "; Secure" } else { "" };
    let cookie =
        format!("{name}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&cookie)
        .unwrap_or_else(|_| HeaderValue::from_static("invalid=; Max-Age=0"))
}

/// The session token a request presents: the bearer header wins over the cookie `base`.
pub fn presented_token(headers: &HeaderMap, config: &Config, base: &str) -> Option<String> {
    bearer(headers).or_else(|| own_cookie(headers, config, base))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(base_url: &str) -> Config {
        let env = [("HUP_BASE_URL".to_owned(), base_url.to_owned())];
        Config::from_sources(&env.into_iter().collect(), None).unwrap()
    }

    #[test]
    fn cookies_are_http_only_lax_and_secure_over_https() {
        let c = set_cookie(ADMIN_COOKIE, "abc", 60, true);
        let c = c.to_str().unwrap();
        assert!(c.starts_with("__Host-hup_admin=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Lax"));
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
        let config = config("http://localhost:8080");
        assert_eq!(
            presented_token(&h, &config, ADMIN_COOKIE).as_deref(),
            Some("tok")
        );
        h.remove(header::AUTHORIZATION);
        assert_eq!(
            presented_token(&h, &config, ADMIN_COOKIE).as_deref(),
            Some("cookie")
        );
    }

    /// Issue 11, item 10: over https the cookies are `__Host-` cookies (Secure, Path=/, no
    /// Domain), and only that name is read; over http the plain name.
    #[test]
    fn https_cookies_carry_the_host_prefix_and_only_it_is_read() {
        let c = set_cookie(EMPLOYEE_COOKIE, "abc", 60, true);
        let c = c.to_str().unwrap();
        assert!(c.starts_with("__Host-hup_session=abc; Path=/;"), "{c}");
        assert!(c.ends_with("; Secure") && !c.contains("Domain"), "{c}");
        let plain = set_cookie(EMPLOYEE_COOKIE, "abc", 60, false);
        assert!(plain.to_str().unwrap().starts_with("hup_session=abc;"));

        let https = config("https://hup.example");
        let http = config("http://localhost:8080");
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("hup_session=tossed"),
        );
        assert_eq!(presented_token(&h, &https, EMPLOYEE_COOKIE), None);
        assert_eq!(
            presented_token(&h, &http, EMPLOYEE_COOKIE).as_deref(),
            Some("tossed")
        );
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("__Host-hup_session=real"),
        );
        assert_eq!(
            presented_token(&h, &https, EMPLOYEE_COOKIE).as_deref(),
            Some("real")
        );
        assert_eq!(presented_token(&h, &http, EMPLOYEE_COOKIE), None);
    }
}
