//! Server-rendered pages. They work without JavaScript; every string comes from `locales/`.

pub mod admin;
pub mod dev_mail;
pub mod employee;
pub mod error;
pub mod offers;
pub mod orders;
pub mod program;

use askama::Template;
use axum::response::{Html, IntoResponse, Response};

use crate::i18n::{Locale, Tr};
use hup_core::help::{HelpLinks, HelpTopic};

/// The given help addresses among `topics` as (label in the page's language, address).
pub fn help_links(t: Tr, help: &HelpLinks, topics: &[HelpTopic]) -> Vec<(String, String)> {
    help.among(topics)
        .map(|(topic, url)| (t.get(&format!("help-{}", topic.key())), url.to_owned()))
        .collect()
}

/// Renders a page template; a template error becomes the friendly error page.
pub fn render(template: &impl Template, locale: Locale) -> Response {
    match template.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => error::PageError::Internal(anyhow::Error::new(e)).into_page(locale),
    }
}

/// `action?token=…`: a token page's own address, so the language switcher keeps the token.
pub fn own_path(action: &str, token: &str) -> String {
    if token.is_empty() {
        return action.to_owned();
    }
    let token: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
    format!("{action}?token={token}")
}
