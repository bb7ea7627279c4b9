//! Market rules R3–R6 as data, and the offers an employee in a country sees.
//!
//! Which markets are closed (R4), which terms a market allows (R5), which products it leaves
//! out (R6) and which regional store sells there instead of hup's checkout (R5) change with
//! the vendor's contracts and local law, not with hup's code, so they are a file the operator
//! keeps (`catalog/markets.toml` ships the FAQ's rules). [`offers_for`] combines those rules
//! with the [`Catalog`] and the organization's R22 extra benefit into what
//! `GET /api/v1/me/offers` and the offers page show.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::catalog::{
    Catalog, Category, InvalidProductCode, OfferDiscount, ProductCode, RowChanges, Term,
};
use crate::country::{Country, UnknownCountry};
use crate::help::{check_https, HelpLinks, HelpTopic};
use crate::money::{Currency, Money};
use crate::pricing::{self, Discount, DiscountKind};

/// The market rules as shipped (the FAQ's R4–R6), for `hup serve` and tests.
pub const DEFAULT_MARKETS_TOML: &str = include_str!("../catalog/markets.toml");

pub fn default_market_rules() -> Result<MarketRules, MarketRulesError> {
    MarketRules::from_toml_str(DEFAULT_MARKETS_TOML)
}

// ---------------------------------------------------------------------------------------------
// The file as written.

/// A market rules file before validation. Countries are keyed by their ISO code as written,
/// so that `NL` and `nl` given twice are caught rather than one silently winning.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MarketRulesFile {
    #[serde(default)]
    pub countries: BTreeMap<String, CountryRuleEntry>,
    /// Where people with questions are sent (R21, R23, R24).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub help: BTreeMap<HelpTopic, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryRuleEntry {
    #[serde(default = "offered_by_default")]
    pub offered: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub terms: Option<Vec<Term>>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exclude_products: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub store_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn offered_by_default() -> bool {
    true
}

// ---------------------------------------------------------------------------------------------
// The validated rules.

/// What the rules say about one country. A country the rules do not name is offered without
/// restrictions (R3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CountryRule {
    /// R4. The reason is the operator's wording; employees get a localized message instead.
    NotOffered {
        reason: String,
    },
    Offered(OfferedMarket),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OfferedMarket {
    /// `None` allows every term; never an empty set (that is `NotOffered`).
    pub terms: Option<BTreeSet<Term>>,
    pub excluded_products: BTreeSet<ProductCode>,
    pub store_url: Option<StoreUrl>,
    pub note: Option<String>,
}

impl OfferedMarket {
    pub fn allows(&self, product: &ProductCode, term: Term) -> bool {
        let term_allowed = self.terms.as_ref().is_none_or(|t| t.contains(&term));
        term_allowed && !self.excluded_products.contains(product)
    }
}

/// A regional store address with `{product}` and `{term}` to fill in per offer.
///
/// Checked once at load as an absolute `https` URL with a host and no credentials, since it is
/// put in front of employees as the place to pay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreUrl(String);

impl StoreUrl {
    pub fn parse(template: &str) -> Result<Self, String> {
        let sample = fill(template, "product-code", "P1Y");
        if sample.contains(['{', '}']) {
            return Err("only {product} and {term} may stand in braces".to_owned());
        }
        check_https(&sample)?;
        Ok(StoreUrl(template.to_owned()))
    }

    pub fn template(&self) -> &str {
        &self.0
    }

    /// Product codes and terms are URL-safe by construction, so they go in unescaped.
    pub fn for_offer(&self, product: &ProductCode, term: Term) -> String {
        fill(&self.0, product.as_str(), term.as_str())
    }
}

fn fill(template: &str, product: &str, term: &str) -> String {
    template
        .replace("{product}", product)
        .replace("{term}", term)
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MarketRules {
    countries: BTreeMap<Country, CountryRule>,
    help: HelpLinks,
}

/// One thing wrong with a market rules file, worded for the operator who has to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarketProblem {
    #[error("countries: {0}")]
    UnknownCountry(UnknownCountry),
    #[error("{0} is given twice")]
    DuplicateCountry(Country),
    #[error("{0}: a country where the program is not offered needs a `reason`")]
    MissingReason(Country),
    #[error("{country}: `{setting}` has no effect where the program is not offered")]
    SettingOnClosedMarket {
        country: Country,
        setting: &'static str,
    },
    #[error("{0}: `reason` is only for `offered = false`; use `note` for an offered country")]
    ReasonOnOfferedMarket(Country),
    #[error("{0}: `terms` is empty; to close the market write `offered = false` and a reason")]
    NoTerms(Country),
    #[error("{country}: exclude_products: {error}")]
    InvalidProductCode {
        country: Country,
        error: InvalidProductCode,
    },
    #[error("{country}: store_url \"{url}\": {why}")]
    InvalidStoreUrl {
        country: Country,
        url: String,
        why: String,
    },
    #[error("help.{}: {why}", .topic.key())]
    InvalidHelpUrl { topic: HelpTopic, why: String },
    /// A control character in a `reason` or `note` (issue 11, item 4).
    #[error("{country}: `{setting}` {error}")]
    BadText {
        country: Country,
        setting: &'static str,
        error: crate::text::TextError,
    },
    #[error("{country}: excludes {product}, which is not in the catalog")]
    UnknownProduct {
        country: Country,
        product: ProductCode,
    },
}

/// Every problem found, not only the first, so the operator fixes a file in one round.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the market rules have {} problem(s):\n{}", .0.len(), crate::catalog::list_problems(.0))]
pub struct InvalidMarketRules(pub Vec<MarketProblem>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MarketRulesError {
    /// Not TOML, or not shaped like market rules; the message carries line and column.
    #[error("the market rules file cannot be read: {0}")]
    Syntax(String),
    #[error(transparent)]
    Invalid(#[from] InvalidMarketRules),
}

impl MarketRules {
    pub fn from_toml_str(text: &str) -> Result<MarketRules, MarketRulesError> {
        let file: MarketRulesFile =
            toml::from_str(text).map_err(|e| MarketRulesError::Syntax(e.to_string()))?;
        Ok(MarketRules::validate(file)?)
    }

    pub fn validate(file: MarketRulesFile) -> Result<MarketRules, InvalidMarketRules> {
        let mut problems = Vec::new();
        let mut countries = BTreeMap::new();
        for (code, entry) in file.countries {
            let country = match Country::parse(&code) {
                Ok(c) => c,
                Err(e) => {
                    problems.push(MarketProblem::UnknownCountry(e));
                    continue;
                }
            };
            if countries.contains_key(&country) {
                problems.push(MarketProblem::DuplicateCountry(country));
                continue;
            }
            if let Some(rule) = validate_country(country, entry, &mut problems) {
                countries.insert(country, rule);
            }
        }
        let help = HelpLinks::validate(file.help).unwrap_or_else(|wrong| {
            problems.extend(
                wrong
                    .into_iter()
                    .map(|(topic, why)| MarketProblem::InvalidHelpUrl { topic, why }),
            );
            HelpLinks::default()
        });
        if problems.is_empty() {
            Ok(MarketRules { countries, help })
        } else {
            Err(InvalidMarketRules(problems))
        }
    }

    /// Catches typos in product codes, which the rules file alone cannot know about.
    pub fn check_against(&self, catalog: &Catalog) -> Result<(), InvalidMarketRules> {
        let problems: Vec<MarketProblem> = self
            .countries
            .iter()
            .filter_map(|(country, rule)| match rule {
                CountryRule::Offered(market) => Some((country, market)),
                CountryRule::NotOffered { .. } => None,
            })
            .flat_map(|(country, market)| {
                market
                    .excluded_products
                    .iter()
                    .filter(|p| catalog.product(p.as_str()).is_none())
                    .map(|product| MarketProblem::UnknownProduct {
                        country: *country,
                        product: product.clone(),
                    })
            })
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(InvalidMarketRules(problems))
        }
    }

    /// The addresses people with questions are sent to (R21, R23, R24).
    pub fn help(&self) -> &HelpLinks {
        &self.help
    }

    /// `None` for a country the rules do not name: it is offered without restrictions (R3).
    pub fn rule(&self, country: Country) -> Option<&CountryRule> {
        self.countries.get(&country)
    }

    pub fn rules(&self) -> impl Iterator<Item = (Country, &CountryRule)> {
        self.countries.iter().map(|(c, r)| (*c, r))
    }

    /// The country rules these rules add, remove or change against `old` (issue 11: 1): a
    /// rule removed lifts what it said (R4, R5) for that country.
    pub fn changes_from(&self, old: &MarketRules) -> RowChanges {
        fn keyed(rules: &MarketRules) -> impl Iterator<Item = (String, &CountryRule)> {
            rules.countries.iter().map(|(c, r)| (c.to_string(), r))
        }
        RowChanges::between(keyed(old), keyed(self))
    }
}

fn validate_country(
    country: Country,
    entry: CountryRuleEntry,
    problems: &mut Vec<MarketProblem>,
) -> Option<CountryRule> {
    let before = problems.len();
    for (setting, text) in [("reason", &entry.reason), ("note", &entry.note)] {
        if let Some(Err(error)) = text.as_deref().map(crate::text::multi_line) {
            problems.push(MarketProblem::BadText {
                country,
                setting,
                error,
            });
        }
    }
    if !entry.offered {
        let settings = [
            ("terms", entry.terms.is_some()),
            ("exclude_products", !entry.exclude_products.is_empty()),
            ("store_url", entry.store_url.is_some()),
        ];
        for (setting, given) in settings {
            if given {
                problems.push(MarketProblem::SettingOnClosedMarket { country, setting });
            }
        }
        let reason = entry.reason.filter(|r| !r.trim().is_empty());
        if reason.is_none() {
            problems.push(MarketProblem::MissingReason(country));
        }
        return match reason {
            Some(reason) if problems.len() == before => Some(CountryRule::NotOffered { reason }),
            _ => None,
        };
    }

    if entry.reason.is_some() {
        problems.push(MarketProblem::ReasonOnOfferedMarket(country));
    }
    let terms = entry.terms.map(BTreeSet::from_iter);
    if terms.as_ref().is_some_and(BTreeSet::is_empty) {
        problems.push(MarketProblem::NoTerms(country));
    }
    let mut excluded_products = BTreeSet::new();
    for code in &entry.exclude_products {
        match ProductCode::parse(code) {
            Ok(code) => {
                excluded_products.insert(code);
            }
            Err(error) => problems.push(MarketProblem::InvalidProductCode { country, error }),
        }
    }
    let store_url = match entry.store_url.map(|u| (StoreUrl::parse(&u), u)) {
        None => None,
        Some((Ok(url), _)) => Some(url),
        Some((Err(why), url)) => {
            problems.push(MarketProblem::InvalidStoreUrl { country, url, why });
            None
        }
    };
    (problems.len() == before).then_some({
        CountryRule::Offered(OfferedMarket {
            terms,
            excluded_products,
            store_url,
            note: entry.note,
        })
    })
}

// ---------------------------------------------------------------------------------------------
// The offers an employee sees.

/// Why a country shows no offers. Serialized as a stable code that pages and API clients
/// translate (`"not-offered"`, `"not-priced"`, `"no-offers"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum UnavailableReason {
    /// R4: the program is not offered in the country.
    NotOffered,
    /// The catalog has no price list for the country, so nothing can be sold there.
    NotPriced,
    /// Priced and open, but the market rules leave no offer (for example every product excluded).
    NoOffers,
}

/// One offer as `GET /api/v1/me/offers` returns it (contract.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    pub product: ProductCode,
    pub category: Category,
    pub term: Term,
    pub currency: Currency,
    pub list_price_minor: i64,
    pub discount_kind: DiscountKind,
    /// See [`pricing::Quote::discount_percent`]: the advertised percentage, or for a fixed
    /// program price the effective one rounded down.
    pub discount_percent: u8,
    pub price_minor: i64,
    /// Where a regional store sells this offer instead of hup's checkout (R5); `None` means
    /// hup's own checkout.
    pub store_url: Option<String>,
}

impl Offer {
    pub fn list_price(&self) -> Money {
        Money::new(self.list_price_minor, self.currency)
    }

    pub fn price(&self) -> Money {
        Money::new(self.price_minor, self.currency)
    }
}

/// What an employee in `country` may buy through the program.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offers {
    pub country: Country,
    pub available: bool,
    /// Set exactly when `available` is false.
    pub reason: Option<UnavailableReason>,
    pub offers: Vec<Offer>,
    /// R22: "Other Office products" exist for this country but were left out because the
    /// employee's organization does not have that extra benefit; the page then tells the
    /// employee to contact the employer's program admin.
    pub extra_benefits_withheld: bool,
}

impl Offers {
    fn unavailable(country: Country, reason: UnavailableReason) -> Offers {
        Offers {
            country,
            available: false,
            reason: Some(reason),
            offers: Vec::new(),
            extra_benefits_withheld: false,
        }
    }

    /// The offer an order names, if this employee may buy it here; orders must go through this
    /// so that market rules and R22 hold at checkout as on the page.
    pub fn find(&self, product: &str, term: Term) -> Option<&Offer> {
        self.offers
            .iter()
            .find(|o| o.product.as_str() == product && o.term == term)
    }
}

/// The offers for an employee in `country`, whose organization has R22's extra benefit
/// ("Other Office products") when `extra_benefits` is true. Offers keep the catalog's order.
pub fn offers_for(
    rules: &MarketRules,
    catalog: &Catalog,
    country: Country,
    extra_benefits: bool,
) -> Offers {
    let unrestricted = OfferedMarket::default();
    let market = match rules.rule(country) {
        Some(CountryRule::NotOffered { .. }) => {
            return Offers::unavailable(country, UnavailableReason::NotOffered)
        }
        Some(CountryRule::Offered(market)) => market,
        None => &unrestricted,
    };
    let Some(price_list) = catalog.price_list(country) else {
        return Offers::unavailable(country, UnavailableReason::NotPriced);
    };

    let mut offers = Vec::new();
    let mut extra_benefits_withheld = false;
    for offer in catalog.offers() {
        let Some(product) = catalog.product(offer.product.as_str()) else {
            continue;
        };
        if !market.allows(&offer.product, offer.term) {
            continue;
        }
        let Some(price) = price_list.price(&offer.product, offer.term) else {
            continue;
        };
        if product.category == Category::OtherOffice && !extra_benefits {
            extra_benefits_withheld = true;
            continue;
        }
        let discount = match (offer.discount, price.program) {
            (OfferDiscount::None, _) => Discount::None,
            (OfferDiscount::Percent(p), _) => Discount::Percent(p),
            (OfferDiscount::FixedPrice, Some(program)) => Discount::FixedPrice(program),
            // A validated catalog always has the program price; without it nothing is sold.
            (OfferDiscount::FixedPrice, None) => continue,
        };
        // A validated catalog has non-negative prices in the list's currency, so quoting
        // cannot fail; an offer that somehow could not be priced is not offered.
        let Ok(quote) = pricing::quote(price.list, discount) else {
            continue;
        };
        offers.push(Offer {
            product: offer.product.clone(),
            category: product.category,
            term: offer.term,
            currency: quote.list.currency,
            list_price_minor: quote.list.minor,
            discount_kind: quote.kind,
            discount_percent: quote.discount_percent,
            price_minor: quote.price.minor,
            store_url: market
                .store_url
                .as_ref()
                .map(|s| s.for_offer(&offer.product, offer.term)),
        });
    }

    if offers.is_empty() && !extra_benefits_withheld {
        return Offers::unavailable(country, UnavailableReason::NoOffers);
    }
    Offers {
        country,
        available: true,
        reason: None,
        offers,
        extra_benefits_withheld,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::demo_catalog;

    /// Issue 11: 1. Empty market rules would lift every country rule in force, R4 (MO, RU, VE)
    /// and R5 (CN, HK) among them.
    #[test]
    fn empty_rules_remove_every_country_rule() {
        let shipped = default_market_rules().unwrap();
        let empty = MarketRules::from_toml_str("").unwrap();
        let changes = empty.changes_from(&shipped);
        assert!(changes.removes_every_row());
        for country in ["MO", "RU", "VE", "CN", "HK"] {
            assert!(changes.removed.iter().any(|c| c == country), "{changes:?}");
        }
        let same = shipped.changes_from(&shipped);
        assert!(same.added.is_empty() && same.removed.is_empty() && same.changed.is_empty());
        assert!(!empty.changes_from(&empty).removes_every_row());
    }
    use proptest::prelude::*;

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    fn shipped(code: &str, extra_benefits: bool) -> Offers {
        let rules = default_market_rules().unwrap_or_else(|e| panic!("{e}"));
        let catalog = demo_catalog().unwrap_or_else(|e| panic!("{e}"));
        offers_for(&rules, &catalog, country(code), extra_benefits)
    }

    fn products(offers: &Offers) -> Vec<(&str, Term)> {
        offers
            .offers
            .iter()
            .map(|o| (o.product.as_str(), o.term))
            .collect()
    }

    #[test]
    fn the_shipped_rules_load_and_agree_with_the_demo_catalog() {
        let rules = default_market_rules().unwrap_or_else(|e| panic!("{e}"));
        rules
            .check_against(&demo_catalog().unwrap())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rules.rules().count(), 6);
    }

    /// Issue 11, item 4: a `reason` or `note` may span lines but holds no other control.
    #[test]
    fn refuses_control_characters_in_reasons_and_notes() {
        let text = "[countries.RU]\noffered = false\nreason = \"R4\\u0000\"\n\
                    [countries.NL]\nnote = \"one\\ntwo\"\n";
        match MarketRules::from_toml_str(text) {
            Err(MarketRulesError::Invalid(InvalidMarketRules(p))) => assert!(
                matches!(
                    p.as_slice(),
                    [MarketProblem::BadText {
                        setting: "reason",
                        ..
                    }]
                ),
                "{p:?}"
            ),
            other => panic!("expected a problem, got {other:?}"),
        }
    }

    #[test]
    fn r4_markets_are_not_offered_with_a_reason() {
        for code in ["MO", "RU", "VE"] {
            for extra in [false, true] {
                let offers = shipped(code, extra);
                assert!(!offers.available, "{code}");
                assert_eq!(offers.reason, Some(UnavailableReason::NotOffered));
                assert!(offers.offers.is_empty());
            }
            let rules = default_market_rules().unwrap();
            assert!(matches!(
                rules.rule(country(code)),
                Some(CountryRule::NotOffered { reason }) if reason.contains("R4")
            ));
        }
    }

    #[test]
    fn r5_china_and_hong_kong_offer_only_p1y_through_their_own_store() {
        let cn = shipped("CN", true);
        let hk = shipped("HK", true);
        for offers in [&cn, &hk] {
            assert!(offers.available);
            assert_eq!(
                products(offers),
                vec![("m365-family", Term::P1Y), ("m365-personal", Term::P1Y)]
            );
            assert!(offers.offers.iter().all(|o| o.store_url.is_some()));
        }
        assert_eq!(
            cn.offers[0].store_url.as_deref(),
            Some("https://hup-store.cn.example/hup/m365-family?term=P1Y")
        );
        assert_eq!(cn.offers[0].currency.code(), "CNY");
        assert_eq!(hk.offers[0].currency.code(), "HKD");
        let cn_hosts: BTreeSet<_> = cn.offers.iter().map(host).collect();
        let hk_hosts: BTreeSet<_> = hk.offers.iter().map(host).collect();
        assert_eq!(cn_hosts.len(), 1);
        assert_eq!(hk_hosts.len(), 1);
        assert!(cn_hosts.is_disjoint(&hk_hosts), "each has its own store");
    }

    fn host(offer: &Offer) -> String {
        let url = offer.store_url.as_deref().unwrap();
        url::Url::parse(url).unwrap().host_str().unwrap().to_owned()
    }

    #[test]
    fn r6_japan_has_no_family_subscription() {
        let jp = shipped("JP", true);
        assert!(jp.available);
        assert!(jp
            .offers
            .iter()
            .all(|o| o.product.as_str() != "m365-family"));
        assert_eq!(
            jp.find("m365-personal", Term::P1Y).map(|o| o.price_minor),
            Some(14910)
        );
        assert!(jp.offers.iter().all(|o| o.store_url.is_none()));
    }

    #[test]
    fn netherlands_offers_show_thirty_percent_off_the_yearly_subscriptions() {
        let nl = shipped("NL", true);
        assert!(nl.available && nl.reason.is_none());
        let family = nl.find("m365-family", Term::P1Y).unwrap();
        assert_eq!(family.currency.code(), "EUR");
        assert_eq!(family.list_price_minor, 9900);
        assert_eq!(family.discount_percent, 30);
        assert_eq!(family.price_minor, 6930);
        assert_eq!(family.discount_kind, DiscountKind::Percent);
        assert_eq!(family.store_url, None);
        assert_eq!(
            nl.find("m365-personal", Term::P1Y)
                .unwrap()
                .discount_percent,
            30
        );
        let monthly = nl.find("m365-family", Term::P1M).unwrap();
        assert_eq!(monthly.price_minor, monthly.list_price_minor);
        let visio = nl.find("visio-pro-2019", Term::Perpetual).unwrap();
        assert_eq!(visio.price().to_decimal_string(), "13.99");
        assert_eq!(visio.discount_kind, DiscountKind::FixedPrice);
        assert_eq!(visio.discount_percent, 97);
    }

    #[test]
    fn r22_products_only_with_the_extra_benefit() {
        let with = shipped("US", true);
        assert!(!with.extra_benefits_withheld);
        assert!(with.find("visio-pro-2019", Term::Perpetual).is_some());
        assert!(with.find("project-pro-2019", Term::Perpetual).is_some());

        let without = shipped("US", false);
        assert!(without.available);
        assert!(without.extra_benefits_withheld);
        assert!(without
            .offers
            .iter()
            .all(|o| o.category == Category::Subscription));
        assert_eq!(without.offers.len(), 4);

        // Where no R22 product would be offered anyway there is nothing to ask the admin about.
        assert!(!shipped("CN", false).extra_benefits_withheld);
    }

    #[test]
    fn a_country_without_a_price_list_is_not_priced() {
        let be = shipped("BE", true);
        assert!(!be.available);
        assert_eq!(be.reason, Some(UnavailableReason::NotPriced));
        assert!(be.offers.is_empty());
    }

    #[test]
    fn a_market_with_every_offer_excluded_says_so() {
        let rules = MarketRules::from_toml_str(
            r#"
            [countries.NL]
            exclude_products = ["m365-family", "m365-personal", "visio-pro-2019", "project-pro-2019"]
            "#,
        )
        .unwrap();
        let offers = offers_for(&rules, &demo_catalog().unwrap(), country("NL"), true);
        assert_eq!(offers.reason, Some(UnavailableReason::NoOffers));
        assert!(!offers.available);
    }

    #[test]
    fn offers_serialize_with_the_contract_fields() {
        let json = serde_json::to_value(shipped("CN", false)).unwrap();
        assert_eq!(json["country"], "CN");
        assert_eq!(json["available"], true);
        let offer = &json["offers"][0];
        for field in [
            "product",
            "term",
            "currency",
            "list_price_minor",
            "discount_percent",
            "price_minor",
            "store_url",
        ] {
            assert!(offer.get(field).is_some(), "{field} missing");
        }
        assert_eq!(offer["product"], "m365-family");
        assert_eq!(offer["term"], "P1Y");
        assert_eq!(offer["currency"], "CNY");
        assert_eq!(offer["list_price_minor"], 49800);
        assert_eq!(offer["price_minor"], 34860);
        assert_eq!(offer["category"], "subscription");

        let closed = serde_json::to_value(shipped("RU", true)).unwrap();
        assert_eq!(closed["available"], false);
        assert_eq!(closed["reason"], "not-offered");
    }

    fn rule_problems(text: &str) -> Vec<MarketProblem> {
        match MarketRules::from_toml_str(text) {
            Err(MarketRulesError::Invalid(InvalidMarketRules(p))) => p,
            other => panic!("expected problems, got {other:?}"),
        }
    }

    #[test]
    fn refuses_contradictory_or_broken_rules() {
        assert_eq!(
            rule_problems("[countries.MO]\noffered = false"),
            vec![MarketProblem::MissingReason(country("MO"))]
        );
        assert_eq!(
            rule_problems("[countries.MO]\noffered = false\nreason = \"R4\"\nterms = [\"P1Y\"]"),
            vec![MarketProblem::SettingOnClosedMarket {
                country: country("MO"),
                setting: "terms"
            }]
        );
        assert_eq!(
            rule_problems("[countries.CN]\nterms = []"),
            vec![MarketProblem::NoTerms(country("CN"))]
        );
        assert_eq!(
            rule_problems("[countries.CN]\nreason = \"why\""),
            vec![MarketProblem::ReasonOnOfferedMarket(country("CN"))]
        );
        assert!(matches!(
            rule_problems("[countries.XX]\nterms = [\"P1Y\"]").as_slice(),
            [MarketProblem::UnknownCountry(_)]
        ));
        assert_eq!(
            rule_problems("[countries.NL]\nnote = \"a\"\n[countries.nl]\nnote = \"b\""),
            vec![MarketProblem::DuplicateCountry(country("NL"))]
        );
        assert!(matches!(
            rule_problems("[countries.JP]\nexclude_products = [\"Family!\"]").as_slice(),
            [MarketProblem::InvalidProductCode { .. }]
        ));
        for bad in [
            "http://store.example/{product}",
            "https://store.example/{sku}",
            "https://user:pw@store.example/",
            "store.example/{product}",
            "https://",
        ] {
            let text = format!("[countries.HK]\nstore_url = \"{bad}\"");
            assert!(
                matches!(
                    rule_problems(&text).as_slice(),
                    [MarketProblem::InvalidStoreUrl { .. }]
                ),
                "{bad} should be refused"
            );
        }
        assert!(matches!(
            MarketRules::from_toml_str("[countries.NL]\nterms = [\"P2Y\"]"),
            Err(MarketRulesError::Syntax(_))
        ));
        assert!(matches!(
            MarketRules::from_toml_str("[countries.NL]\nsurprise = 1"),
            Err(MarketRulesError::Syntax(_))
        ));
    }

    #[test]
    fn help_addresses_are_checked_and_unknown_topics_refused() {
        let shipped = default_market_rules().unwrap();
        let employees: Vec<HelpTopic> = shipped
            .help()
            .among(&HelpTopic::FOR_EMPLOYEES)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(
            employees,
            HelpTopic::FOR_EMPLOYEES,
            "R23: all three shipped"
        );
        assert_eq!(
            shipped.help().among(&HelpTopic::FREQUENTLY_VIEWED).count(),
            6,
            "R24: all six shipped"
        );
        assert_eq!(
            rule_problems(
                "[help]
order_support = \"http://orders.example/\""
            ),
            vec![MarketProblem::InvalidHelpUrl {
                topic: HelpTopic::OrderSupport,
                why: "the address must use https".to_owned()
            }]
        );
        assert!(matches!(
            MarketRules::from_toml_str(
                "[help]
weather = \"https://w.example/\""
            ),
            Err(MarketRulesError::Syntax(_))
        ));
        let none = MarketRules::from_toml_str("").unwrap();
        assert_eq!(none.help().among(&HelpTopic::ALL).count(), 0);
    }

    #[test]
    fn excluded_products_are_checked_against_the_catalog() {
        let rules =
            MarketRules::from_toml_str("[countries.JP]\nexclude_products = [\"m365-familly\"]")
                .unwrap();
        let err = rules.check_against(&demo_catalog().unwrap()).unwrap_err();
        assert!(err.to_string().contains("m365-familly"), "{err}");
    }

    proptest! {
        #[test]
        fn offers_obey_the_rules_in_every_country(
            c in proptest::sample::select(Country::all().collect::<Vec<_>>()),
            extra_benefits in any::<bool>(),
        ) {
            let rules = default_market_rules().unwrap();
            let catalog = demo_catalog().unwrap();
            let offers = offers_for(&rules, &catalog, c, extra_benefits);
            prop_assert_eq!(offers.available, offers.reason.is_none());
            prop_assert_eq!(offers.country, c);
            let market = match rules.rule(c) {
                Some(CountryRule::Offered(m)) => Some(m.clone()),
                Some(CountryRule::NotOffered { .. }) => {
                    prop_assert!(offers.offers.is_empty());
                    None
                }
                None => Some(OfferedMarket::default()),
            };
            let currency = catalog.price_list(c).map(|l| l.currency);
            for offer in &offers.offers {
                prop_assert!(offer.price_minor >= 0);
                prop_assert!(offer.price_minor <= offer.list_price_minor);
                prop_assert_eq!(Some(offer.currency), currency);
                prop_assert!(extra_benefits || offer.category != Category::OtherOffice);
                if let Some(m) = &market {
                    prop_assert!(m.allows(&offer.product, offer.term));
                    prop_assert_eq!(offer.store_url.is_some(), m.store_url.is_some());
                }
            }
        }
    }
}
