//! `/dev/mail` (demo mode only): reads the `.eml` files the file transport wrote, so a
//! newcomer can follow every mail journey without a mail server.

use std::path::{Path, PathBuf};

use askama::Template;
use axum::extract::{Path as UrlPath, State};
use axum::response::Response;
use mail_parser::MessageParser;

use super::error::PageError;
use super::render;
use crate::config::MailTransportConfig;
use crate::i18n::Tr;
use crate::web::locale::Lang;
use crate::web::AppState;

pub struct MailSummary {
    pub name: String,
    pub date: String,
    pub to: String,
    pub subject: String,
}

#[derive(Template)]
#[template(path = "dev_mail_list.html")]
struct ListPage {
    t: Tr,
    path: &'static str,
    mails: Vec<MailSummary>,
}

#[derive(Template)]
#[template(path = "dev_mail_show.html")]
struct ShowPage {
    t: Tr,
    path: String,
    mail: MailSummary,
    html: Option<String>,
    text: Option<String>,
}

fn mail_dir(state: &AppState) -> Option<&Path> {
    match &state.config.mail {
        MailTransportConfig::File { dir } => Some(dir),
        MailTransportConfig::Smtp { .. } => None,
    }
}

pub async fn list(State(state): State<AppState>, lang: Lang) -> Response {
    let mut mails = Vec::new();
    if let Some(dir) = mail_dir(&state) {
        match read_dir_names(dir).await {
            Ok(names) => {
                for name in names.into_iter().rev().take(500) {
                    if let Ok(bytes) = tokio::fs::read(dir.join(&name)).await {
                        mails.push(summarize(&name, &bytes));
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot list the mail folder"),
        }
    }
    render(
        &ListPage {
            t: lang.t(),
            path: "/dev/mail",
            mails,
        },
        lang.0,
    )
}

pub async fn show(
    State(state): State<AppState>,
    UrlPath(name): UrlPath<String>,
    lang: Lang,
) -> Response {
    let Some(path) = mail_dir(&state).and_then(|dir| safe_join(dir, &name)) else {
        return PageError::NotFound.into_page(lang.0);
    };
    let Ok(bytes) = tokio::fs::read(&path).await else {
        return PageError::NotFound.into_page(lang.0);
    };
    let parsed = MessageParser::default().parse(&bytes);
    let html = parsed
        .as_ref()
        .and_then(|m| m.body_html(0))
        .map(|s| s.into_owned());
    let text = parsed
        .as_ref()
        .and_then(|m| m.body_text(0))
        .map(|s| s.into_owned());
    let page = ShowPage {
        t: lang.t(),
        path: format!("/dev/mail/{name}"),
        mail: summarize(&name, &bytes),
        html,
        text,
    };
    render(&page, lang.0)
}

/// Only names the file transport writes (`0000000042.eml`) are opened: no path tricks.
fn safe_join(dir: &Path, name: &str) -> Option<PathBuf> {
    let stem = name.strip_suffix(".eml")?;
    (!stem.is_empty() && stem.bytes().all(|b| b.is_ascii_digit())).then(|| dir.join(name))
}

async fn read_dir_names(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    let mut entries = match tokio::fs::read_dir(dir).await {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(names),
        Err(e) => return Err(e),
    };
    while let Some(entry) = entries.next_entry().await? {
        if let Some(name) = entry.file_name().to_str() {
            if safe_join(dir, name).is_some() {
                names.push(name.to_owned());
            }
        }
    }
    names.sort();
    Ok(names)
}

fn summarize(name: &str, bytes: &[u8]) -> MailSummary {
    let parsed = MessageParser::default().parse_headers(bytes);
    let field = |f: fn(&mail_parser::Message) -> Option<String>| {
        parsed.as_ref().and_then(f).unwrap_or_default()
    };
    MailSummary {
        name: name.to_owned(),
        date: field(|m| m.date().map(|d| d.to_rfc3339())),
        to: field(|m| {
            m.to()
                .and_then(|a| a.first())
                .and_then(|a| a.address())
                .map(str::to_owned)
        }),
        subject: field(|m| m.subject().map(str::to_owned)),
    }
}
