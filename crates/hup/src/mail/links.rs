//! The one place that turns a path (and a token) into an absolute link for a mail or a page:
//! always from `HUP_BASE_URL`, never from the request's `Host`, which a client chooses. The
//! path replaces the base URL's own path, as every route of hup is absolute.

use crate::config::Config;
use crate::token::Token;

/// `HUP_BASE_URL` with `path`.
pub fn page(config: &Config, path: &str) -> String {
    let mut url = config.base_url.clone();
    url.set_path(path);
    url.to_string()
}

/// `HUP_BASE_URL` with `path` and `?token=`: a confirmation or reset link.
pub fn with_token(config: &Config, path: &str, token: &Token) -> String {
    let mut url = config.base_url.clone();
    url.set_path(path);
    url.set_query(Some(&format!("token={}", token.as_str())));
    url.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_start_at_the_base_url() {
        let env = [("HUP_BASE_URL".to_owned(), "https://hup.example".to_owned())];
        let config = Config::from_sources(&env.into_iter().collect(), None).unwrap();
        assert_eq!(page(&config, "/orders/7"), "https://hup.example/orders/7");
        let token = Token::generate();
        assert_eq!(
            with_token(&config, "/confirm", &token),
            format!("https://hup.example/confirm?token={}", token.as_str())
        );
    }
}
