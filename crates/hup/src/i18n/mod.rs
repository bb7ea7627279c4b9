//! Every user-facing string, in Project Fluent files under `locales/`, one bundle per language.
//!
//! The files are compiled in, so a running `hup` can never miss one; a test checks that every
//! language has every message and that each file parses.

pub mod countries;
pub mod format;

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
    De,
    Fr,
    Es,
    Ja,
}

impl Locale {
    pub const ALL: [Locale; 6] = [
        Locale::En,
        Locale::Nl,
        Locale::De,
        Locale::Fr,
        Locale::Es,
        Locale::Ja,
    ];

    /// The BCP 47 tag, as `<html lang>` and the language cookie carry it.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Ja => "ja",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Ja => "日本語",
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
            include_str!(concat!("../../locales/", $lang, "/kit.ftl")),
            include_str!(concat!("../../locales/", $lang, "/operator.ftl")),
            include_str!(concat!("../../locales/", $lang, "/security.ftl")),
            include_str!(concat!("../../locales/", $lang, "/subscriptions.ftl")),
        ]
    };
}

const SOURCES: [(Locale, [&str; 12]); 6] = [
    (Locale::En, ftl_files!("en")),
    (Locale::Nl, ftl_files!("nl")),
    (Locale::De, ftl_files!("de")),
    (Locale::Fr, ftl_files!("fr")),
    (Locale::Es, ftl_files!("es")),
    (Locale::Ja, ftl_files!("ja")),
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

    /// An amount as CLDR writes it in this language: `€ 1.234,50` in Dutch, `1.234,50 €` in
    /// German, `￥9,800` in Japanese (ICU4X's data, see [`format`]).
    pub fn money(&self, money: &hup_core::money::Money) -> String {
        format::money(self.locale, money)
    }

    /// A date as this language writes it in full: `9 March 2027`, `9. März 2027`, `2027年3月9日`.
    pub fn date(&self, date: chrono::NaiveDate) -> String {
        format::date(self.locale, date)
    }

    /// A whole number with this language's grouping: `2,000`, `2.000`, `2 000`.
    pub fn number(&self, n: i64) -> String {
        format::number(self.locale, n)
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

    /// Issue 17: every language has every message of English, and no message English lacks,
    /// so a key added in one file and forgotten in another fails here.
    #[test]
    fn every_language_has_every_message() {
        let en: BTreeSet<_> = I18n::message_ids(Locale::En).into_iter().collect();
        assert!(en.len() > 10, "suspiciously few messages: {en:?}");
        for locale in Locale::ALL {
            let other: BTreeSet<_> = I18n::message_ids(locale).into_iter().collect();
            assert_eq!(
                en.difference(&other).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "missing in {}",
                locale.code()
            );
            assert_eq!(
                other.difference(&en).collect::<Vec<_>>(),
                Vec::<&String>::new(),
                "in {} but not in en",
                locale.code()
            );
        }
    }

    /// Issue 17: a translation keeps the placeholders of the English message (an organization's
    /// name, a link, a number), so nothing the reader needs is dropped in one language.
    #[test]
    fn every_translation_keeps_the_placeholders() {
        fn placeholders(text: &str) -> BTreeSet<String> {
            text.split("{ $")
                .skip(1)
                .filter_map(|rest| rest.split([' ', '}']).next())
                .map(str::to_owned)
                .collect()
        }
        let sources = |locale: Locale| -> Vec<(String, String)> {
            let texts = SOURCES.iter().find(|(l, _)| *l == locale).map(|(_, t)| t);
            let mut messages = Vec::new();
            for text in texts.into_iter().flatten() {
                let mut current: Option<(String, String)> = None;
                for line in text.lines() {
                    let starts_message = !line.starts_with([' ', '#', '-', '.', '}', '*', '['])
                        && line.contains(" = ");
                    if starts_message {
                        messages.extend(current.take());
                        let (id, value) = line.split_once(" = ").unwrap_or((line, ""));
                        current = Some((id.to_owned(), value.to_owned()));
                    } else if let Some((_, value)) = current.as_mut() {
                        value.push_str(line);
                    }
                }
                messages.extend(current);
            }
            messages
        };
        let en: std::collections::BTreeMap<_, _> = sources(Locale::En).into_iter().collect();
        for locale in Locale::ALL {
            for (id, value) in sources(locale) {
                let Some(english) = en.get(&id) else { continue };
                assert_eq!(
                    placeholders(&value),
                    placeholders(english),
                    "{}: {id} = {value}",
                    locale.code()
                );
            }
        }
    }

    #[test]
    fn every_language_names_itself_in_its_own_words() {
        let names: BTreeSet<_> = Locale::ALL.iter().map(|l| l.native_name()).collect();
        assert_eq!(names.len(), Locale::ALL.len());
        assert_eq!(Locale::Ja.native_name(), "日本語");
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.code()), Some(locale));
        }
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(
            Locale::negotiate("nl-NL,nl;q=0.9,en;q=0.8"),
            Some(Locale::Nl)
        );
        assert_eq!(
            Locale::negotiate("de-DE,de;q=0.9,nl;q=0.5,en;q=0.4"),
            Some(Locale::De)
        );
        assert_eq!(Locale::negotiate("en;q=0.5, nl;q=0.7"), Some(Locale::Nl));
        assert_eq!(Locale::negotiate("fr, de"), Some(Locale::Fr));
        assert_eq!(Locale::negotiate("ja-JP"), Some(Locale::Ja));
        assert_eq!(Locale::negotiate("pt-BR, it"), None);
        assert_eq!(Locale::negotiate("nl;q=0, en"), Some(Locale::En));
        assert_eq!(Locale::negotiate("garbage;;q=x,,"), None);
    }

    #[test]
    fn money_is_written_the_way_each_language_writes_it() {
        use hup_core::money::{Currency, Money};
        let eur = Currency::parse("EUR").unwrap();
        let m = Money::new(123_450, eur);
        assert_eq!(Tr::new(Locale::En).money(&m), "€1,234.50");
        assert_eq!(Tr::new(Locale::Nl).money(&m), "€\u{a0}1.234,50");
        assert_eq!(Tr::new(Locale::De).money(&m), "1.234,50\u{a0}€");
    }

    #[test]
    fn messages_take_arguments() {
        let t = Tr::new(Locale::Nl);
        assert!(t.get("program-title").contains("Thuisgebruik"));
        assert_eq!(t.get("no-such-message"), "no-such-message");
    }
}
