//! Consumer mail providers (gmail.com, outlook.com, …): nobody can prove such a domain or sign
//! up as an organization's admin with an address there. The list is the npm package
//! `free-email-domains`, copied unchanged into `data/` (see `data/README.md`), compiled in.

use std::collections::HashSet;
use std::sync::LazyLock;

use hup_core::email::Domain;

static LIST: &str = include_str!("../data/free-email-domains.json");

static DOMAINS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    serde_json::from_str::<Vec<String>>(LIST)
        .unwrap_or_default()
        .into_iter()
        .map(|d| d.trim().trim_end_matches('.').to_ascii_lowercase())
        .collect()
});

/// True when `domain`, or a parent of it up to its registrable domain, is a consumer mail
/// provider (`mail.gmail.com` counts too).
pub fn is_consumer(domain: &Domain) -> bool {
    domain
        .parent_chain()
        .iter()
        .any(|d| DOMAINS.contains(d.as_str()))
}

/// How many domains the list holds (zero would mean the file did not parse).
pub fn len() -> usize {
    DOMAINS.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Domain {
        Domain::parse(s).unwrap()
    }

    #[test]
    fn the_big_providers_are_consumer_domains() {
        assert!(len() > 1000);
        for p in [
            "gmail.com",
            "outlook.com",
            "hotmail.com",
            "yahoo.com",
            "GMAIL.com.",
        ] {
            assert!(is_consumer(&d(p)), "{p}");
        }
        assert!(!is_consumer(&d("contoso.com")));
        assert!(!is_consumer(&d("contoso.example")));
    }
}
