//! Every user-facing string, in Project Fluent files under `locales/`, one bundle per language.
//!
//! The files are compiled in, so a running `hup` can never miss one; a test checks that every
//! language has every message and that each file parses.

pub mod countries;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language hup speaks. English is the fallback when the browser asks for none we have.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Nl,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Nl];

    /// The BCP 47 tag, as `<html lang>` and the language cookie carry it.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
        }
    }

    /// Accepts a tag such as `nl`, `nl-BE` or `EN_us`.
    pub fn parse(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Picks the best language of an `Accept-Language` header (RFC 9110 §12.5.4).
    pub fn negotiate(accept_language: &str) -> Option<Locale> {
        let mut ranges: Vec<(u16, usize, &str)> = accept_language
            .split(',')
            .enumerate()
            .filter_map(|(i, part)| {
                let mut pieces = part.split(';');
                let tag = pieces.next()?.trim();
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map(parse_quality)
                    .unwrap_or(Some(1000))?;
                (q > 0 && !tag.is_empty()).then_some((q, i, tag))
            })
            .collect();
        ranges.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        ranges
            .into_iter()
            .find_map(|(_, _, tag)| Locale::parse(tag))
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A quality value in thousandths, so no float is needed.
fn parse_quality(q: &str) -> Option<u16> {
    let q = q.trim();
    let (int, frac) = q.split_once('.').unwrap_or((q, ""));
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let whole = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    let frac_value = format!("{frac:0<3}").parse::<u16>().ok()?;
    let value = whole + frac_value;
    (value <= 1000).then_some(value)
}

/// The Fluent files of each language, one per area of the product; every language has the
/// same files with the same message ids (a test checks).
macro_rules! ftl_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../locales/", $lang, "/main.ftl")),
            include_str!(concat!("../../locales/", $lang, "/admin.ftl")),
            include_str!(concat!("../../locales/", $lang, "/employee.ftl")),
            include_str!(concat!("../../locales/", $lang, "/catalog.ftl")),
            include_str!(concat!("../../locales/", $lang, "/orders.ftl")),
            include_str!(concat!("../../locales/", $lang, "/payments.ftl")),
            include_str!(concat!("../../locales/", $lang, "/promotion.ftl")),
            include_str!(concat!("../../locales/", $lang, "/account.ftl")),
            include_str!(concat!("../../locales/", $lang, "/subscriptions.ftl")),
        ]
    };
}

const SOURCES: [(Locale, [&str; 9]); 2] = [
    (Locale::En, ftl_files!("en")),
    (Locale::Nl, ftl_files!("nl")),
];

/// The bundles of all languages.
pub struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
    problems: Vec<String>,
}

static I18N: LazyLock<I18n> = LazyLock::new(I18n::load);

impl I18n {
    pub fn global() -> &'static I18n {
        &I18N
    }

    fn load() -> I18n {
        let mut problems = Vec::new();
        let bundles = SOURCES
            .iter()
            .map(|(locale, texts)| {
                let langid = locale
                    .code()
                    .parse()
                    .unwrap_or_else(|_| unic_langid::langid!("en"));
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // Isolation marks help right-to-left scripts; in HTML and mail they are noise.
                bundle.set_use_isolating(false);
                for text in texts {
                    let resource = match FluentResource::try_new((*text).to_owned()) {
                        Ok(res) => res,
                        Err((res, errors)) => {
                            problems
                                .extend(errors.iter().map(|e| format!("{}: {e:?}", locale.code())));
                            res
                        }
                    };
                    if let Err(errors) = bundle.add_resource(resource) {
                        problems.extend(errors.iter().map(|e| format!("{}: {e:?}", locale.code())));
                    }
                }
                bundle
            })
            .collect();
        I18n { bundles, problems }
    }

    /// Parse errors of the compiled-in files; empty in a correct build.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// The message `id` in `locale`, with arguments.
    pub fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = &self.bundles[locale.index()];
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::warn!(id, locale = locale.code(), "missing message");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                id,
                locale = locale.code(),
                ?errors,
                "message formatting problem"
            );
        }
        text.into_owned()
    }

    /// The message ids of one language, for the completeness test.
    pub fn message_ids(locale: Locale) -> Vec<String> {
        SOURCES
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, texts)| {
                texts
                    .iter()
                    .flat_map(|text| text.lines())
                    .filter_map(|line| {
                        let (id, _) = line.split_once('=')?;
                        let id = id.trim_end();
                        (!line.starts_with([' ', '#', '-', '.'])
                            && !id.is_empty()
                            && id
                                .bytes()
                                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
                        .then(|| id.to_owned())
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// A translator bound to one language, handed to templates as `t`.
#[derive(Clone, Copy, Debug)]
pub struct Tr {
    pub locale: Locale,
}

impl Tr {
    pub fn new(locale: Locale) -> Tr {
        Tr { locale }
    }

    pub fn get(&self, id: &str) -> String {
        I18n::global().format(self.locale, id, None)
    }

    /// The message `id` when this language has one, for labels that fall back on data.
    pub fn find(&self, id: &str) -> Option<String> {
        let known = I18n::global().bundles[self.locale.index()].has_message(id);
        known.then(|| self.get(id))
    }

    /// A message with one named argument.
    pub fn with(&self, id: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_owned()));
        I18n::global().format(self.locale, id, Some(&args))
    }

    /// A message with several named arguments.
    pub fn with_args(&self, id: &str, pairs: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(*name, FluentValue::from(value.clone()));
        }
        I18n::global().format(self.locale, id, Some(&args))
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// A term as people read it: "1 year", "1 maand".
    pub fn term(&self, term: hup_core::catalog::Term) -> String {
        use hup_core::catalog::Term;
        self.get(match term {
            Term::P1Y => "term-p1y",
            Term::P1M => "term-p1m",
            Term::Perpetual => "term-perpetual",
        })
    }

    /// An amount as people of this language write it: `EUR 1,234.50` or `EUR 1.234,50`.
    pub fn money(&self, money: &hup_core::money::Money) -> String {
        let decimal = money.to_decimal_string();
        let (sign, digits) = match decimal.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", decimal.as_str()),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        let (group, point) = match self.locale {
            Locale::En => (',', '.'),
            Locale::Nl => ('.', ','),
        };
        let mut grouped = String::with_capacity(whole.len() + whole.len() / 3);
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
        let code = money.currency.code();
        if fraction.is_empty() {
            format!("{code} {sign}{grouped}")
        } else {
            format!("{code} {sign}{grouped}{point}{fraction}")
        }
    }

    /// The country's name in this language (`Duitsland` on a Dutch page).
    pub fn country_name(&self, country: hup_core::country::Country) -> &'static str {
        countries::name(country, self.locale)
    }

    /// The country's name and code, as pages show the visitor's country: `Nederland (NL)`.
    pub fn country_label(&self, country: hup_core::country::Country) -> String {
        format!("{} ({country})", self.country_name(country))
    }

    /// `countries` with their names in this language, sorted by name for a picker.
    pub fn countries_sorted(
        &self,
        countries: impl IntoIterator<Item = hup_core::country::Country>,
    ) -> Vec<(hup_core::country::Country, &'static str)> {
        countries::sorted(countries, self.locale)
    }

    /// Every language as (code, own name, is current), for the switcher on every page.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Locale::ALL
            .iter()
            .map(|l| (l.code(), l.native_name(), *l == self.locale))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_file_parses() {
        assert_eq!(I18n::global().problems(), &[] as &[String]);
    }

    #[test]
    fn english_and_dutch_have_the_same_messages() {
        let en: BTreeSet<_> = I18n::message_ids(Locale::En).into_iter().collect();
        let nl: BTreeSet<_> = I18n::message_ids(Locale::Nl).into_iter().collect();
        assert!(en.len() > 10, "suspiciously few messages: {en:?}");
        assert_eq!(
            en.difference(&nl).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in nl"
        );
        assert_eq!(
            nl.difference(&en).collect::<Vec<_>>(),
            Vec::<&String>::new(),
            "missing in en"
        );
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            Locale::negotiate("nl-NL,nl;q=0.9,en;q=0.8"),
            Some(Locale::Nl)
        );
        assert_eq!(
            Locale::negotiate("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4"),
            Some(Locale::Nl)
        );
        assert_eq!(Locale::negotiate("en;q=0.5, nl;q=0.7"), Some(Locale::Nl));
        assert_eq!(Locale::negotiate("fr, de"), None);
        assert_eq!(Locale::negotiate("nl;q=0, en"), Some(Locale::En));
        assert_eq!(Locale::negotiate("garbage;;q=x,,"), None);
    }

    #[test]
    fn money_is_written_the_way_each_language_writes_it() {
        use hup_core::money::{Currency, Money};
        let eur = Currency::parse("EUR").unwrap();
        let jpy = Currency::parse("JPY").unwrap();
        let m = Money::new(123_450, eur);
        assert_eq!(Tr::new(Locale::En).money(&m), "EUR 1,234.50");
        assert_eq!(Tr::new(Locale::Nl).money(&m), "EUR 1.234,50");
        assert_eq!(
            Tr::new(Locale::En).money(&Money::new(11_800, jpy)),
            "JPY 11,800"
        );
        assert_eq!(Tr::new(Locale::Nl).money(&Money::new(999, jpy)), "JPY 999");
        assert_eq!(Tr::new(Locale::En).money(&Money::new(-5, eur)), "EUR -0.05");
    }

    #[test]
    fn messages_take_arguments() {
        let t = Tr::new(Locale::Nl);
        assert!(t.get("program-title").contains("Thuisgebruik"));
        assert_eq!(t.get("no-such-message"), "no-such-message");
    }
}
