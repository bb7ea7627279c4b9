//! Country names in the page's language. The names are the npm package `i18n-iso-countries`,
//! reduced to one name per code in `data/countries/` (see `data/README.md`) and compiled in; a
//! code that a file lacks falls back to the English name of ISO 3166-1 (`isocountry`).

use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::LazyLock;

use hup_core::country::Country;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::Locale;

static SOURCES: [(Locale, &str); 6] = [
    (Locale::En, include_str!("../../data/countries/en.json")),
    (Locale::Nl, include_str!("../../data/countries/nl.json")),
    (Locale::De, include_str!("../../data/countries/de.json")),
    (Locale::Fr, include_str!("../../data/countries/fr.json")),
    (Locale::Es, include_str!("../../data/countries/es.json")),
    (Locale::Ja, include_str!("../../data/countries/ja.json")),
];

/// Per language (indexed like `Locale::ALL`): code → name. Codes ISO 3166-1 does not assign
/// (the package also names Kosovo, `XK`) are dropped, as no `Country` can hold them.
static NAMES: LazyLock<Vec<HashMap<Country, String>>> = LazyLock::new(|| {
    Locale::ALL
        .iter()
        .map(|locale| {
            let text = SOURCES
                .iter()
                .find(|(l, _)| l == locale)
                .map(|(_, text)| *text)
                .unwrap_or("{}");
            let parsed = serde_json::from_str::<HashMap<String, String>>(text).unwrap_or_else(|e| {
                tracing::error!(locale = locale.code(), error = %e, "country names do not parse");
                HashMap::new()
            });
            parsed
                .into_iter()
                .filter_map(|(code, name)| Some((Country::parse(&code).ok()?, name)))
                .collect()
        })
        .collect()
});

fn table(locale: Locale) -> Option<&'static HashMap<Country, String>> {
    let index = Locale::ALL.iter().position(|l| *l == locale)?;
    LazyLock::force(&NAMES).get(index)
}

/// The name of `country` in `locale`, else its English ISO 3166-1 name.
pub fn name(country: Country, locale: Locale) -> &'static str {
    table(locale)
        .and_then(|t| t.get(&country))
        .map(String::as_str)
        .unwrap_or_else(|| country.english_name())
}

/// True when the data file of `locale` names `country` (no fallback needed).
pub fn has_name(country: Country, locale: Locale) -> bool {
    table(locale).is_some_and(|t| t.contains_key(&country))
}

/// A key that sorts names the way people look for them: case and accents ignored, so "Åland"
/// sits among the A's and "Österreich" among the O's rather than after "Z".
pub fn sort_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for c in name.nfd().filter(|c| !is_combining_mark(*c)) {
        // Letters that Unicode does not decompose into a base letter and a mark.
        match c {
            'ø' | 'Ø' => key.push('o'),
            'æ' | 'Æ' => key.push_str("ae"),
            'œ' | 'Œ' => key.push_str("oe"),
            'ß' => key.push_str("ss"),
            'ł' | 'Ł' => key.push('l'),
            'đ' | 'Đ' => key.push('d'),
            _ => key.extend(c.to_lowercase()),
        }
    }
    key
}

/// `countries` with their names in `locale`, sorted by name for a picker.
pub fn sorted(
    countries: impl IntoIterator<Item = Country>,
    locale: Locale,
) -> Vec<(Country, &'static str)> {
    let mut named: Vec<(String, Country, &'static str)> = countries
        .into_iter()
        .map(|c| {
            let n = name(c, locale);
            (sort_key(n), c, n)
        })
        .collect();
    named.sort_by(|a, b| match a.0.cmp(&b.0) {
        Ordering::Equal => a.2.cmp(b.2).then(a.1.cmp(&b.1)),
        other => other,
    });
    named.into_iter().map(|(_, c, n)| (c, n)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    #[test]
    fn names_are_in_the_pages_language() {
        assert_eq!(name(c("NL"), Locale::En), "Netherlands");
        assert_eq!(name(c("NL"), Locale::Nl), "Nederland");
        assert_eq!(name(c("DE"), Locale::En), "Germany");
        assert_eq!(name(c("DE"), Locale::Nl), "Duitsland");
        assert_eq!(name(c("US"), Locale::Nl), "Verenigde Staten");
        assert_eq!(name(c("AX"), Locale::Nl), "Åland");
        assert_eq!(name(c("DE"), Locale::De), "Deutschland");
        assert_eq!(name(c("US"), Locale::De), "Vereinigte Staaten");
        assert_eq!(name(c("NL"), Locale::Fr), "Pays-Bas");
        assert_eq!(name(c("NL"), Locale::Es), "Países Bajos");
        assert_eq!(name(c("JP"), Locale::Ja), "日本");
    }

    #[test]
    fn every_country_has_a_name_in_every_language() {
        for locale in Locale::ALL {
            let missing: Vec<_> = Country::all().filter(|c| !has_name(*c, locale)).collect();
            assert_eq!(missing, Vec::<Country>::new(), "{}", locale.code());
            for country in Country::all() {
                assert!(!name(country, locale).trim().is_empty(), "{country:?}");
            }
        }
    }

    #[test]
    fn the_two_congos_have_different_names() {
        for locale in Locale::ALL {
            assert_ne!(name(c("CG"), locale), name(c("CD"), locale));
        }
    }

    #[test]
    fn sorting_ignores_case_and_accents() {
        assert_eq!(sort_key("Åland"), "aland");
        assert_eq!(sort_key("Côte d'Ivoire"), "cote d'ivoire");
        assert_eq!(sort_key("Curaçao"), "curacao");
        let nl = sorted(Country::all(), Locale::Nl);
        let position = |code: &str| nl.iter().position(|(c, _)| c.as_str() == code).unwrap();
        // Åland between Afghanistan and Albanië, not after Zwitserland.
        assert!(position("AF") < position("AX") && position("AX") < position("AL"));
        assert!(position("DE") < position("NL"));
        let en = sorted(Country::all(), Locale::En);
        assert_eq!(en.first().map(|(c, _)| c.as_str()), Some("AF"));
        assert!(en.windows(2).all(|w| sort_key(w[0].1) <= sort_key(w[1].1)));
    }
}
