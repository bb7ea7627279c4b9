//! Server-rendered pages. They work without JavaScript; every string comes from `locales/`.

pub mod admin;
pub mod dev_dns;
pub mod dev_mail;
pub mod employee;
pub mod error;
pub mod kit;
pub mod offers;
pub mod operator;
pub mod orders;
pub mod pay;
pub mod program;
pub mod terms;

use crate::i18n::Tr;
use hup_core::help::{HelpLinks, HelpTopic};

/// The given help addresses among `topics` as (label in the page's language, address).
pub fn help_links(t: Tr, help: &HelpLinks, topics: &[HelpTopic]) -> Vec<(String, String)> {
    help.among(topics)
        .map(|(topic, url)| (t.get(&format!("help-{}", topic.key())), url.to_owned()))
        .collect()
}

pub use kit::{own_path, render};
