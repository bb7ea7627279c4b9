//! Which language a page answers in: an explicit `?lang=` wins, then the language cookie, then
//! the browser's `Accept-Language`, then English.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, HeaderValue};

use super::session::cookie;
use crate::i18n::{Locale, Tr};

pub const COOKIE: &str = "hup_lang";

/// The language of this request, with the translator for it.
#[derive(Clone, Copy, Debug)]
pub struct Lang(pub Locale);

impl Lang {
    pub fn t(self) -> Tr {
        Tr::new(self.0)
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Lang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(Lang(resolve(parts.uri.query(), &parts.headers)))
    }
}

pub fn resolve(query: Option<&str>, headers: &HeaderMap) -> Locale {
    query_choice(query)
        .or_else(|| cookie_choice(headers))
        .or_else(|| {
            headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Locale::negotiate)
        })
        .unwrap_or_default()
}

pub(crate) fn query_choice(query: Option<&str>) -> Option<Locale> {
    url::form_urlencoded::parse(query?.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Locale::parse(&v))
}

fn cookie_choice(headers: &HeaderMap) -> Option<Locale> {
    cookie(headers, COOKIE).and_then(|v| Locale::parse(&v))
}

/// When the switcher was used (`?lang=nl`), the choice is kept in a cookie for a year
/// (`web::envelope` calls this with the request's [`query_choice`]).
pub fn remember_choice(headers: &mut HeaderMap, locale: Locale) {
    let cookie = format!(
        "{COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax",
        locale.code()
    );
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        headers.append(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                header::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                HeaderValue::from_str(v).unwrap(),
            );
        }
        h
    }

    #[test]
    fn query_beats_cookie_beats_header() {
        let h = headers(&[("cookie", "a=b; hup_lang=nl"), ("accept-language", "en")]);
        assert_eq!(resolve(None, &h), Locale::Nl);
        assert_eq!(resolve(Some("x=1&lang=en"), &h), Locale::En);
        let h = headers(&[("accept-language", "nl-BE,fr;q=0.5")]);
        assert_eq!(resolve(None, &h), Locale::Nl);
        assert_eq!(resolve(Some("lang=xx"), &headers(&[])), Locale::En);
    }
}
