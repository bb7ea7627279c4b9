//! The catalog as data: products, the offers made of them, and a price list per country.
//!
//! The operator keeps the catalog, so it is a file (TOML) rather than code, and a catalog that
//! loads is whole: every offer names a known product, every price list is in a real currency,
//! every price is non-negative and has no more decimals than its currency allows, and every
//! fixed-price offer has its program price wherever it is priced. Everything past loading takes a
//! [`Catalog`] and needs no further checks. The demo catalog ships in `catalog/demo-catalog.toml`.
//!
//! Contract codes (contract.md "Catalog codes"): `m365-family`, `m365-personal` (terms `P1Y`,
//! `P1M`), and the "Other Office products" `visio-pro-2019`, `project-pro-2019` (`perpetual`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::country::Country;
use crate::money::{Currency, Money, MoneyParseError};
use crate::pricing::Percent;
use crate::vat::VatRate;

/// The demo catalog as shipped, for `hup serve --demo` and tests.
pub const DEMO_CATALOG_TOML: &str = include_str!("../catalog/demo-catalog.toml");

/// Loads the shipped demo catalog (priced for MO, RU, VE, CN, HK, JP, NL, US, DE, GB and FR).
pub fn demo_catalog() -> Result<Catalog, CatalogError> {
    Catalog::from_toml_str(DEMO_CATALOG_TOML)
}

/// Every product needs a name in these languages, because every user-facing page exists in at
/// least English and Dutch (requirements, "Beyond the FAQ"); English is the fallback.
pub const REQUIRED_LANGUAGES: [&str; 2] = ["en", "nl"];

/// How long one purchase runs, in the ISO 8601 duration form the contract uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Term {
    #[serde(rename = "P1Y")]
    P1Y,
    #[serde(rename = "P1M")]
    P1M,
    #[serde(rename = "perpetual")]
    Perpetual,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not a term; use P1Y, P1M or perpetual")]
pub struct UnknownTerm(pub String);

impl Term {
    pub const ALL: [Term; 3] = [Term::P1Y, Term::P1M, Term::Perpetual];

    pub fn as_str(&self) -> &'static str {
        match self {
            Term::P1Y => "P1Y",
            Term::P1M => "P1M",
            Term::Perpetual => "perpetual",
        }
    }

    /// Exact, case-sensitive: the contract fixes these spellings.
    pub fn parse(text: &str) -> Result<Self, UnknownTerm> {
        Term::ALL
            .into_iter()
            .find(|t| t.as_str() == text)
            .ok_or_else(|| UnknownTerm(text.to_owned()))
    }
}

impl FromStr for Term {
    type Err = UnknownTerm;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Term::parse(s)
    }
}

impl fmt::Display for Term {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a product is shown. `OtherOffice` is R22's "Other Office products": offered only to
/// employees whose organization has that extra benefit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    Subscription,
    OtherOffice,
}

impl Category {
    pub fn as_str(&self) -> &'static str {
        match self {
            Category::Subscription => "subscription",
            Category::OtherOffice => "other-office",
        }
    }
}

/// A product code such as `m365-family`: lower-case ASCII letters, digits and single inner
/// hyphens, at most 64 characters, so it is safe in URLs, file names and log lines as is.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProductCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a product code: use 1–64 lower-case letters, digits and inner hyphens, \
     starting with a letter"
)]
pub struct InvalidProductCode(pub String);

impl ProductCode {
    pub fn parse(text: &str) -> Result<Self, InvalidProductCode> {
        let bytes = text.as_bytes();
        let well_formed = (1..=64).contains(&bytes.len())
            && bytes[0].is_ascii_lowercase()
            && bytes
                .iter()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
            && !text.ends_with('-')
            && !text.contains("--");
        if well_formed {
            Ok(ProductCode(text.to_owned()))
        } else {
            Err(InvalidProductCode(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

text_type!(ProductCode, InvalidProductCode, as_str);

/// How an offer is discounted. The percentage is the same in every country; a fixed program
/// price is "14.99 USD or the local equivalent", so its amount lives in each price list
/// (`program` beside `list`) rather than here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfferDiscount {
    None,
    Percent(Percent),
    FixedPrice,
}

// ---------------------------------------------------------------------------------------------
// The file as written. Public so the application can build one from rows it stores, and then
// validate it the same way.

/// A catalog file as the operator writes it, before validation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogFile {
    #[serde(default)]
    pub products: Vec<ProductEntry>,
    #[serde(default)]
    pub offers: Vec<OfferEntry>,
    #[serde(default)]
    pub price_lists: Vec<PriceListEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductEntry {
    pub code: String,
    pub category: Category,
    /// Language tag (`en`, `nl`, …) to display name.
    pub names: BTreeMap<String, String>,
    /// How many licences of this product an employee may hold at a time (issue 13); one
    /// when absent, so older documents stay valid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfferEntry {
    pub product: String,
    pub term: Term,
    pub discount: OfferDiscount,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceListEntry {
    pub country: Country,
    pub currency: String,
    /// The VAT rate the prices include, as a percentage (`"21"`), for receipts (issue 13);
    /// absent in older documents, and then the receipt names no VAT amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vat: Option<VatRate>,
    #[serde(default)]
    pub prices: Vec<PriceEntry>,
}

/// Amounts are decimal strings (`"99.99"`, `"11800"`), never TOML floats, so what the operator
/// wrote is what is charged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PriceEntry {
    pub product: String,
    pub term: Term,
    pub list: String,
    /// The fixed program price, for offers whose discount is `fixed-price` (and only those).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// The validated catalog.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Product {
    pub code: ProductCode,
    pub category: Category,
    pub names: BTreeMap<String, String>,
    /// Licences an employee may hold at a time; at least 1.
    pub limit: u32,
}

impl Product {
    /// The name in `language` (a tag such as `nl` or `nl-BE`), else in English.
    pub fn name(&self, language: &str) -> &str {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        self.names
            .get(language)
            .or_else(|| self.names.get(&primary.to_ascii_lowercase()))
            .or_else(|| self.names.get("en"))
            .map_or(self.code.as_str(), String::as_str)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogOffer {
    pub product: ProductCode,
    pub term: Term,
    pub discount: OfferDiscount,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Price {
    pub product: ProductCode,
    pub term: Term,
    /// Non-negative, in the price list's currency.
    pub list: Money,
    /// Present exactly when the offer's discount is `fixed-price`; non-negative.
    pub program: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PriceList {
    pub country: Country,
    pub currency: Currency,
    /// The VAT the prices include, when the operator said.
    pub vat: Option<VatRate>,
    pub prices: Vec<Price>,
}

impl PriceList {
    pub fn price(&self, product: &ProductCode, term: Term) -> Option<&Price> {
        self.prices
            .iter()
            .find(|p| &p.product == product && p.term == term)
    }
}

/// A catalog that passed validation; the only way to get one is [`Catalog::validate`] or
/// [`Catalog::from_toml_str`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Catalog {
    products: Vec<Product>,
    offers: Vec<CatalogOffer>,
    price_lists: Vec<PriceList>,
}

/// One thing wrong with a catalog file, worded for the operator who has to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogProblem {
    #[error("product: {0}")]
    InvalidProductCode(InvalidProductCode),
    #[error("product {0} is listed twice")]
    DuplicateProduct(String),
    #[error("product {0}: limit must be at least 1")]
    ZeroLimit(String),
    #[error("product {product} has no name in language \"{language}\"")]
    MissingName { product: String, language: String },
    /// A control character in a name or language tag (issue 11, item 4).
    #[error("product {product}: the name in language {language:?} {error}")]
    BadName {
        product: String,
        language: String,
        error: crate::text::TextError,
    },
    #[error("offer {product} {term} names a product that is not in the catalog")]
    OfferForUnknownProduct { product: String, term: Term },
    #[error("offer {product} {term} is listed twice")]
    DuplicateOffer { product: String, term: Term },
    #[error("there are two price lists for {0}")]
    DuplicatePriceList(Country),
    #[error("price list {country}: {error}")]
    UnknownCurrency {
        country: Country,
        error: crate::money::CurrencyError,
    },
    #[error("price list {country}: {product} {term} is not an offer in the catalog")]
    PriceForUnknownOffer {
        country: Country,
        product: String,
        term: Term,
    },
    #[error("price list {country}: {product} {term} is priced twice")]
    DuplicatePrice {
        country: Country,
        product: String,
        term: Term,
    },
    #[error("price list {country}: {product} {term}: {error}")]
    BadAmount {
        country: Country,
        product: String,
        term: Term,
        error: MoneyParseError,
    },
    #[error("price list {country}: {product} {term}: price {amount} is negative")]
    NegativePrice {
        country: Country,
        product: String,
        term: Term,
        amount: String,
    },
    #[error(
        "price list {country}: {product} {term} has a fixed program price, so it needs \
         `program` beside `list`"
    )]
    MissingProgramPrice {
        country: Country,
        product: String,
        term: Term,
    },
    #[error(
        "price list {country}: {product} {term} gives a `program` price but the offer's discount \
         is not fixed-price"
    )]
    UnexpectedProgramPrice {
        country: Country,
        product: String,
        term: Term,
    },
}

/// Every problem found, not only the first, so the operator fixes a file in one round.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the catalog has {} problem(s):\n{}", .0.len(), list_problems(.0))]
pub struct InvalidCatalog(pub Vec<CatalogProblem>);

/// One problem a line, for the operator's terminal; market rules list theirs the same way.
pub(crate) fn list_problems<P: std::fmt::Display>(problems: &[P]) -> String {
    problems
        .iter()
        .map(|p| format!("  - {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    /// Not TOML, or not shaped like a catalog; the message carries line and column.
    #[error("the catalog file cannot be read: {0}")]
    Syntax(String),
    #[error(transparent)]
    Invalid(#[from] InvalidCatalog),
}

impl Catalog {
    pub fn from_toml_str(text: &str) -> Result<Catalog, CatalogError> {
        let file: CatalogFile =
            toml::from_str(text).map_err(|e| CatalogError::Syntax(e.to_string()))?;
        Ok(Catalog::validate(file)?)
    }

    pub fn validate(file: CatalogFile) -> Result<Catalog, InvalidCatalog> {
        let mut problems = Vec::new();

        let mut products: Vec<Product> = Vec::new();
        for entry in file.products {
            let code = match ProductCode::parse(&entry.code) {
                Ok(code) => code,
                Err(e) => {
                    problems.push(CatalogProblem::InvalidProductCode(e));
                    continue;
                }
            };
            if products.iter().any(|p| p.code == code) {
                problems.push(CatalogProblem::DuplicateProduct(entry.code));
                continue;
            }
            for language in REQUIRED_LANGUAGES {
                let named = entry
                    .names
                    .get(language)
                    .is_some_and(|n| !n.trim().is_empty());
                if !named {
                    problems.push(CatalogProblem::MissingName {
                        product: entry.code.clone(),
                        language: language.to_owned(),
                    });
                }
            }
            for (language, name) in &entry.names {
                if let Err(error) =
                    crate::text::single_line(language).and(crate::text::single_line(name))
                {
                    problems.push(CatalogProblem::BadName {
                        product: entry.code.clone(),
                        language: language.clone(),
                        error,
                    });
                }
            }
            if entry.limit == Some(0) {
                problems.push(CatalogProblem::ZeroLimit(entry.code.clone()));
            }
            products.push(Product {
                code,
                category: entry.category,
                names: entry.names,
                limit: entry.limit.unwrap_or(1).max(1),
            });
        }

        let mut offers: Vec<CatalogOffer> = Vec::new();
        for entry in file.offers {
            let Some(product) = products.iter().find(|p| p.code.as_str() == entry.product) else {
                problems.push(CatalogProblem::OfferForUnknownProduct {
                    product: entry.product,
                    term: entry.term,
                });
                continue;
            };
            if offers
                .iter()
                .any(|o| o.product == product.code && o.term == entry.term)
            {
                problems.push(CatalogProblem::DuplicateOffer {
                    product: entry.product,
                    term: entry.term,
                });
                continue;
            }
            offers.push(CatalogOffer {
                product: product.code.clone(),
                term: entry.term,
                discount: entry.discount,
            });
        }

        let mut price_lists: Vec<PriceList> = Vec::new();
        let mut countries = BTreeSet::new();
        for entry in file.price_lists {
            let country = entry.country;
            if !countries.insert(country) {
                problems.push(CatalogProblem::DuplicatePriceList(country));
                continue;
            }
            let currency = match Currency::parse(&entry.currency) {
                Ok(c) => c,
                Err(error) => {
                    problems.push(CatalogProblem::UnknownCurrency { country, error });
                    continue;
                }
            };
            let mut prices: Vec<Price> = Vec::new();
            for price in entry.prices {
                match validate_price(country, currency, &offers, &prices, price) {
                    Ok(price) => prices.push(price),
                    Err(problem) => problems.push(problem),
                }
            }
            price_lists.push(PriceList {
                country,
                currency,
                vat: entry.vat,
                prices,
            });
        }

        if problems.is_empty() {
            Ok(Catalog {
                products,
                offers,
                price_lists,
            })
        } else {
            Err(InvalidCatalog(problems))
        }
    }

    pub fn products(&self) -> &[Product] {
        &self.products
    }

    pub fn product(&self, code: &str) -> Option<&Product> {
        self.products.iter().find(|p| p.code.as_str() == code)
    }

    /// The product's name in `language`, or the code itself for a product no longer listed
    /// (an old order's, say).
    pub fn product_name<'a>(&'a self, code: &'a str, language: &str) -> &'a str {
        self.product(code).map_or(code, |p| p.name(language))
    }

    /// In the order the file lists them, which is the order pages show them.
    pub fn offers(&self) -> &[CatalogOffer] {
        &self.offers
    }

    pub fn offer(&self, product: &str, term: Term) -> Option<&CatalogOffer> {
        self.offers
            .iter()
            .find(|o| o.product.as_str() == product && o.term == term)
    }

    pub fn price_lists(&self) -> &[PriceList] {
        &self.price_lists
    }

    pub fn price_list(&self, country: Country) -> Option<&PriceList> {
        self.price_lists.iter().find(|l| l.country == country)
    }
}

fn validate_price(
    country: Country,
    currency: Currency,
    offers: &[CatalogOffer],
    earlier: &[Price],
    entry: PriceEntry,
) -> Result<Price, CatalogProblem> {
    let Some(offer) = offers
        .iter()
        .find(|o| o.product.as_str() == entry.product && o.term == entry.term)
    else {
        return Err(CatalogProblem::PriceForUnknownOffer {
            country,
            product: entry.product,
            term: entry.term,
        });
    };
    if earlier
        .iter()
        .any(|p| p.product == offer.product && p.term == offer.term)
    {
        return Err(CatalogProblem::DuplicatePrice {
            country,
            product: entry.product,
            term: entry.term,
        });
    }
    let amount = |text: &str| -> Result<Money, CatalogProblem> {
        let money =
            Money::parse_decimal(text, currency).map_err(|error| CatalogProblem::BadAmount {
                country,
                product: entry.product.clone(),
                term: entry.term,
                error,
            })?;
        if money.is_negative() {
            return Err(CatalogProblem::NegativePrice {
                country,
                product: entry.product.clone(),
                term: entry.term,
                amount: money.to_string(),
            });
        }
        Ok(money)
    };
    let list = amount(&entry.list)?;
    let program = match (offer.discount, entry.program.as_deref()) {
        (OfferDiscount::FixedPrice, Some(text)) => Some(amount(text)?),
        (OfferDiscount::FixedPrice, None) => {
            return Err(CatalogProblem::MissingProgramPrice {
                country,
                product: entry.product,
                term: entry.term,
            })
        }
        (_, Some(_)) => {
            return Err(CatalogProblem::UnexpectedProgramPrice {
                country,
                product: entry.product,
                term: entry.term,
            })
        }
        (_, None) => None,
    };
    Ok(Price {
        product: offer.product.clone(),
        term: offer.term,
        list,
        program,
    })
}

// ---------------------------------------------------------------------------------------------
// What publishing a document changes (issue 11: 1).

/// The rows of one kind that a new document adds, removes or changes against the one in force,
/// each named by its key (a product code, `product/term`, a country code), in key order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct RowChanges {
    /// Rows of this kind in the new document.
    pub total: usize,
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
}

impl RowChanges {
    /// Compares two sets of keyed rows; a key present in both whose row differs is changed.
    pub fn between<'a, V: PartialEq + 'a>(
        old: impl IntoIterator<Item = (String, &'a V)>,
        new: impl IntoIterator<Item = (String, &'a V)>,
    ) -> RowChanges {
        let old: BTreeMap<String, &V> = old.into_iter().collect();
        let new: BTreeMap<String, &V> = new.into_iter().collect();
        let mut changes = RowChanges {
            total: new.len(),
            ..RowChanges::default()
        };
        for (key, row) in &new {
            match old.get(key) {
                None => changes.added.push(key.clone()),
                Some(before) if before != row => changes.changed.push(key.clone()),
                Some(_) => {}
            }
        }
        changes.removed = old.into_keys().filter(|k| !new.contains_key(k)).collect();
        changes
    }

    /// The new document has none of these rows where the one in force had some: publishing it
    /// would remove every one of them.
    pub fn removes_every_row(&self) -> bool {
        self.total == 0 && !self.removed.is_empty()
    }
}

/// What a new catalog changes against the one in force (none: everything is added).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct CatalogChanges {
    pub products: RowChanges,
    pub offers: RowChanges,
    pub price_lists: RowChanges,
}

impl CatalogChanges {
    pub fn between(old: Option<&Catalog>, new: &Catalog) -> CatalogChanges {
        fn products(c: &Catalog) -> Vec<(String, &Product)> {
            c.products.iter().map(|p| (p.code.to_string(), p)).collect()
        }
        fn offers(c: &Catalog) -> Vec<(String, &CatalogOffer)> {
            c.offers
                .iter()
                .map(|o| (format!("{}/{}", o.product, o.term), o))
                .collect()
        }
        fn price_lists(c: &Catalog) -> Vec<(String, &PriceList)> {
            c.price_lists
                .iter()
                .map(|l| (l.country.to_string(), l))
                .collect()
        }
        CatalogChanges {
            products: RowChanges::between(old.map(products).unwrap_or_default(), products(new)),
            offers: RowChanges::between(old.map(offers).unwrap_or_default(), offers(new)),
            price_lists: RowChanges::between(
                old.map(price_lists).unwrap_or_default(),
                price_lists(new),
            ),
        }
    }

    /// The kinds of rows (`products`, `offers`, `price lists`) the new catalog would remove
    /// every one of, each with how many it would remove; empty when it keeps some of each kind
    /// the old one had.
    pub fn emptied(&self) -> Vec<(&'static str, usize)> {
        [
            ("products", &self.products),
            ("offers", &self.offers),
            ("price lists", &self.price_lists),
        ]
        .into_iter()
        .filter(|(_, c)| c.removes_every_row())
        .map(|(kind, c)| (kind, c.removed.len()))
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Issue 11: 1. What a catalog changes is named per kind of row, and an empty file is
    /// seen to remove every product, offer and price list of the one in force.
    #[test]
    fn changes_name_what_is_added_removed_and_changed() {
        let demo = demo_catalog().unwrap();
        let same = CatalogChanges::between(Some(&demo), &demo);
        assert!(same.products.added.is_empty() && same.products.removed.is_empty());
        assert!(same.offers.changed.is_empty() && same.emptied().is_empty());
        assert_eq!(same.products.total, demo.products().len());

        let first = CatalogChanges::between(None, &demo);
        assert_eq!(first.products.added.len(), demo.products().len());
        assert!(first.emptied().is_empty());

        let empty = Catalog::from_toml_str("# nothing yet\n").unwrap();
        let wiped = CatalogChanges::between(Some(&demo), &empty);
        let kinds: Vec<&str> = wiped.emptied().into_iter().map(|(k, _)| k).collect();
        assert_eq!(kinds, ["products", "offers", "price lists"]);
        assert_eq!(wiped.emptied()[0].1, demo.products().len());
        assert_eq!(wiped.products.removed.len(), demo.products().len());
        assert!(CatalogChanges::between(None, &empty).emptied().is_empty());

        let old = [
            ("a".to_owned(), &1),
            ("b".to_owned(), &2),
            ("c".to_owned(), &3),
        ];
        let new = [
            ("b".to_owned(), &2),
            ("c".to_owned(), &4),
            ("d".to_owned(), &5),
        ];
        let rows = RowChanges::between(old, new);
        assert_eq!(rows.total, 3);
        assert_eq!(rows.added, ["d"]);
        assert_eq!(rows.removed, ["a"]);
        assert_eq!(rows.changed, ["c"]);
        assert!(!rows.removes_every_row());
    }

    fn country(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    fn problems(text: &str) -> Vec<CatalogProblem> {
        match Catalog::from_toml_str(text) {
            Err(CatalogError::Invalid(InvalidCatalog(p))) => p,
            other => panic!("expected validation problems, got {other:?}"),
        }
    }

    const MINIMAL: &str = r#"
        [[products]]
        code = "m365-family"
        category = "subscription"
        names = { en = "Family", nl = "Gezin" }

        [[products]]
        code = "visio-pro-2019"
        category = "other-office"
        names = { en = "Visio", nl = "Visio" }

        [[offers]]
        product = "m365-family"
        term = "P1Y"
        discount = { percent = 30 }

        [[offers]]
        product = "visio-pro-2019"
        term = "perpetual"
        discount = "fixed-price"

        [[price_lists]]
        country = "NL"
        currency = "EUR"
        prices = [
          { product = "m365-family", term = "P1Y", list = "99.00" },
          { product = "visio-pro-2019", term = "perpetual", list = "609.00", program = "13.99" },
        ]
    "#;

    #[test]
    fn a_minimal_catalog_loads() {
        let catalog = Catalog::from_toml_str(MINIMAL).unwrap();
        assert_eq!(catalog.products().len(), 2);
        let nl = catalog.price_list(country("NL")).unwrap();
        assert_eq!(nl.currency.code(), "EUR");
        let visio = nl
            .price(
                &ProductCode::parse("visio-pro-2019").unwrap(),
                Term::Perpetual,
            )
            .unwrap();
        assert_eq!(visio.program.map(|m| m.minor), Some(1399));
        assert_eq!(
            catalog.offer("m365-family", Term::P1Y).unwrap().discount,
            OfferDiscount::Percent(Percent::new(30).unwrap())
        );
    }

    /// Issue 13: a product's `limit` (default 1) and a price list's `vat` are optional, so a
    /// document without them still loads; a zero limit or a bad rate is named.
    #[test]
    fn limits_and_vat_rates_are_optional_and_checked() {
        let catalog = Catalog::from_toml_str(MINIMAL).unwrap();
        assert_eq!(catalog.product("m365-family").unwrap().limit, 1);
        assert_eq!(catalog.price_list(country("NL")).unwrap().vat, None);
        let with = MINIMAL
            .replace(
                "names = { en = \"Family\", nl = \"Gezin\" }",
                "names = { en = \"Family\", nl = \"Gezin\" }\n        limit = 5",
            )
            .replace(
                "currency = \"EUR\"",
                "currency = \"EUR\"\n        vat = \"21\"",
            );
        let catalog = Catalog::from_toml_str(&with).unwrap();
        assert_eq!(catalog.product("m365-family").unwrap().limit, 5);
        assert_eq!(
            catalog
                .price_list(country("NL"))
                .unwrap()
                .vat
                .map(|v| v.basis_points()),
            Some(2100)
        );
        let zero = with.replace("limit = 5", "limit = 0");
        assert!(problems(&zero).contains(&CatalogProblem::ZeroLimit("m365-family".into())));
        let bad = with.replace("vat = \"21\"", "vat = \"21%\"");
        assert!(
            matches!(Catalog::from_toml_str(&bad), Err(CatalogError::Syntax(e)) if e.contains("VAT rate"))
        );
        let demo = demo_catalog().unwrap();
        assert_eq!(
            demo.price_list(country("NL"))
                .unwrap()
                .vat
                .map(|v| v.to_string()),
            Some("21".into())
        );
    }

    #[test]
    fn the_demo_catalog_loads_and_validates() {
        let catalog = demo_catalog().unwrap_or_else(|e| panic!("{e}"));
        for code in [
            "m365-family",
            "m365-personal",
            "visio-pro-2019",
            "project-pro-2019",
        ] {
            assert!(catalog.product(code).is_some(), "{code} missing");
        }
        for (code, term) in [
            ("m365-family", Term::P1Y),
            ("m365-family", Term::P1M),
            ("m365-personal", Term::P1Y),
            ("m365-personal", Term::P1M),
            ("visio-pro-2019", Term::Perpetual),
            ("project-pro-2019", Term::Perpetual),
        ] {
            assert!(catalog.offer(code, term).is_some(), "{code} {term} missing");
        }
        assert_eq!(
            catalog.product("visio-pro-2019").unwrap().category,
            Category::OtherOffice
        );
        assert_eq!(
            catalog.product("m365-personal").unwrap().category,
            Category::Subscription
        );
    }

    #[test]
    fn the_demo_catalog_prices_every_offer_in_every_named_country() {
        let catalog = demo_catalog().unwrap();
        for (code, currency) in [
            ("MO", "MOP"),
            ("RU", "RUB"),
            ("VE", "VES"),
            ("CN", "CNY"),
            ("HK", "HKD"),
            ("JP", "JPY"),
            ("NL", "EUR"),
            ("US", "USD"),
            ("DE", "EUR"),
            ("GB", "GBP"),
            ("FR", "EUR"),
        ] {
            let list = catalog
                .price_list(country(code))
                .unwrap_or_else(|| panic!("{code} has no price list"));
            assert_eq!(list.currency.code(), currency, "{code}");
            for offer in catalog.offers() {
                assert!(
                    list.price(&offer.product, offer.term).is_some(),
                    "{code} does not price {:?} {}",
                    offer.product,
                    offer.term
                );
            }
        }
    }

    #[test]
    fn the_demo_catalog_discounts_as_the_program_does() {
        let catalog = demo_catalog().unwrap();
        let thirty = OfferDiscount::Percent(Percent::new(30).unwrap());
        for code in ["m365-family", "m365-personal"] {
            assert_eq!(catalog.offer(code, Term::P1Y).unwrap().discount, thirty);
            assert_eq!(
                catalog.offer(code, Term::P1M).unwrap().discount,
                OfferDiscount::None
            );
        }
        for code in ["visio-pro-2019", "project-pro-2019"] {
            assert_eq!(
                catalog.offer(code, Term::Perpetual).unwrap().discount,
                OfferDiscount::FixedPrice
            );
        }
        let us = catalog.price_list(country("US")).unwrap();
        let visio = us
            .price(
                &ProductCode::parse("visio-pro-2019").unwrap(),
                Term::Perpetual,
            )
            .unwrap();
        assert_eq!(visio.program.unwrap().to_decimal_string(), "14.99");
        let jp = catalog.price_list(country("JP")).unwrap();
        assert!(jp.prices.iter().all(|p| p.list.currency.exponent() == 0));
    }

    #[test]
    fn every_product_is_named_in_english_and_dutch() {
        let catalog = demo_catalog().unwrap();
        for product in catalog.products() {
            assert_ne!(product.name("nl"), product.code.as_str());
            assert_eq!(product.name("nl-BE"), product.name("nl"));
            assert_eq!(product.name("fr"), product.name("en"));
        }
    }

    /// Issue 11, item 4: a product name is shown on pages and stored; a NUL (a TOML escape
    /// lets one in) or a line break in it is a problem naming the product and language.
    #[test]
    fn refuses_control_characters_in_names() {
        let found = problems(&MINIMAL.replace("nl = \"Gezin\"", "nl = \"Ge\\u0000zin\""));
        assert_eq!(
            found.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [
                "product m365-family: the name in language \"nl\" contains the control character \
              U+0000 NUL at character 3"
            ]
        );
        let found = problems(&MINIMAL.replace("en = \"Visio\"", "en = \"Visio\\r\\nX\""));
        assert!(matches!(
            found.as_slice(),
            [CatalogProblem::BadName { product, .. }] if product == "visio-pro-2019"
        ));
    }

    #[test]
    fn refuses_an_offer_for_an_unknown_product() {
        let text = MINIMAL.replace(
            "product = \"m365-family\"\n        term = \"P1Y\"",
            "product = \"m365-familly\"\n        term = \"P1Y\"",
        );
        let found = problems(&text);
        assert!(found.contains(&CatalogProblem::OfferForUnknownProduct {
            product: "m365-familly".into(),
            term: Term::P1Y
        }));
        // The price for it then names no offer either; both are reported at once.
        assert!(found
            .iter()
            .any(|p| matches!(p, CatalogProblem::PriceForUnknownOffer { .. })));
    }

    #[test]
    fn refuses_a_currency_that_does_not_exist() {
        let found = problems(&MINIMAL.replace("\"EUR\"", "\"EUX\""));
        assert!(matches!(
            found.as_slice(),
            [CatalogProblem::UnknownCurrency { .. }]
        ));
        assert!(found[0].to_string().contains("EUX"), "{}", found[0]);
    }

    #[test]
    fn refuses_a_negative_price() {
        let found = problems(&MINIMAL.replace("\"99.00\"", "\"-99.00\""));
        assert!(matches!(
            found.as_slice(),
            [CatalogProblem::NegativePrice { .. }]
        ));
    }

    #[test]
    fn refuses_more_decimals_than_the_currency_has() {
        let found = problems(&MINIMAL.replace("\"13.99\"", "\"13.999\""));
        assert!(matches!(
            found.as_slice(),
            [CatalogProblem::BadAmount {
                error: MoneyParseError::TooManyDecimals { .. },
                ..
            }]
        ));
    }

    #[test]
    fn refuses_duplicates() {
        let product = r#"
        [[products]]
        code = "m365-family"
        category = "subscription"
        names = { en = "Again", nl = "Opnieuw" }
        "#;
        let found = problems(&format!("{product}{MINIMAL}"));
        assert!(found.contains(&CatalogProblem::DuplicateProduct("m365-family".into())));

        let offer = r#"
        [[offers]]
        product = "m365-family"
        term = "P1Y"
        discount = "none"
        "#;
        let found = problems(&format!("{MINIMAL}{offer}"));
        assert!(found.contains(&CatalogProblem::DuplicateOffer {
            product: "m365-family".into(),
            term: Term::P1Y
        }));

        let list = r#"
        [[price_lists]]
        country = "nl"
        currency = "EUR"
        "#;
        let found = problems(&format!("{MINIMAL}{list}"));
        assert_eq!(
            found,
            vec![CatalogProblem::DuplicatePriceList(country("NL"))]
        );

        let twice = MINIMAL.replace(
            "{ product = \"m365-family\", term = \"P1Y\", list = \"99.00\" },",
            "{ product = \"m365-family\", term = \"P1Y\", list = \"99.00\" },\n\
             { product = \"m365-family\", term = \"P1Y\", list = \"89.00\" },",
        );
        assert!(matches!(
            problems(&twice).as_slice(),
            [CatalogProblem::DuplicatePrice { .. }]
        ));
    }

    #[test]
    fn program_prices_go_with_fixed_price_offers_only() {
        let missing = MINIMAL.replace(", program = \"13.99\"", "");
        assert!(matches!(
            problems(&missing).as_slice(),
            [CatalogProblem::MissingProgramPrice { .. }]
        ));
        let unexpected = MINIMAL.replace(
            "list = \"99.00\" }",
            "list = \"99.00\", program = \"50.00\" }",
        );
        assert!(matches!(
            problems(&unexpected).as_slice(),
            [CatalogProblem::UnexpectedProgramPrice { .. }]
        ));
    }

    #[test]
    fn refuses_a_product_without_a_dutch_name_or_with_a_bad_code() {
        let found = problems(&MINIMAL.replace("nl = \"Gezin\"", "de = \"Familie\""));
        assert_eq!(
            found,
            vec![CatalogProblem::MissingName {
                product: "m365-family".into(),
                language: "nl".into()
            }]
        );
        let found = problems(&MINIMAL.replace("code = \"visio-pro-2019\"", "code = \"Visio\""));
        assert!(found
            .iter()
            .any(|p| matches!(p, CatalogProblem::InvalidProductCode(_))));
    }

    #[test]
    fn shape_errors_name_the_line() {
        let err = Catalog::from_toml_str(&MINIMAL.replace("\"P1Y\"", "\"P2Y\"")).unwrap_err();
        let CatalogError::Syntax(message) = err else {
            panic!("expected a syntax error, got {err:?}")
        };
        assert!(message.contains("line"), "{message}");
        assert!(Catalog::from_toml_str("[[products]]\ncode = 1").is_err());
        assert!(Catalog::from_toml_str(&MINIMAL.replace("\"99.00\"", "99.0")).is_err());
        assert!(Catalog::from_toml_str(&MINIMAL.replace("\"NL\"", "\"XX\"")).is_err());
        assert!(Catalog::from_toml_str(&MINIMAL.replace("percent = 30", "percent = 130")).is_err());
        assert!(Catalog::from_toml_str("surprise = true").is_err());
    }

    #[test]
    fn the_error_lists_every_problem() {
        let text = MINIMAL
            .replace("\"99.00\"", "\"-99.00\"")
            .replace(", nl = \"Gezin\"", "");
        let err = Catalog::from_toml_str(&text).unwrap_err().to_string();
        assert!(err.contains("2 problem(s)"), "{err}");
        assert!(err.contains("negative") && err.contains("\"nl\""), "{err}");
    }

    #[test]
    fn terms_use_the_contract_spellings() {
        for term in Term::ALL {
            assert_eq!(Term::parse(term.as_str()), Ok(term));
        }
        assert!(Term::parse("p1y").is_err());
        assert_eq!(
            serde_json::to_string(&Term::Perpetual).unwrap(),
            "\"perpetual\""
        );
        assert_eq!(
            serde_json::to_string(&Category::OtherOffice).unwrap(),
            "\"other-office\""
        );
    }

    proptest! {
        #[test]
        fn product_codes_are_url_safe_or_refused(text in "\\PC{0,70}") {
            if let Ok(code) = ProductCode::parse(&text) {
                prop_assert!(code.as_str().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'));
                prop_assert!(!code.as_str().starts_with('-') && !code.as_str().ends_with('-'));
            }
        }

        #[test]
        fn well_formed_product_codes_parse(text in "[a-z][a-z0-9]{0,10}(-[a-z0-9]{1,10}){0,4}") {
            prop_assert_eq!(ProductCode::parse(&text).map(|c| c.as_str().to_owned()), Ok(text));
        }
    }
}
