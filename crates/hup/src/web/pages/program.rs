//! `/`: the program page — what the program is, what an employee needs (R7), the four steps
//! (R15–R18) and the public discounts of each offer (R2) for a country the visitor picks.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use hup_core::catalog::{Catalog, Category};
use hup_core::country::Country;
use hup_core::market::{offers_for, Offer, UnavailableReason};
use hup_core::pricing::DiscountKind;
use serde::Deserialize;

use super::error::PageError;
use super::render;
use crate::i18n::{Locale, Tr};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct ProgramQuery {
    country: Option<String>,
}

pub struct OfferRow {
    pub product: String,
    pub product_code: String,
    pub term_code: &'static str,
    /// On `/offers`, for offers hup's checkout sells: a Buy button leading to the review.
    pub buyable: bool,
    pub store_url: Option<String>,
    pub term: String,
    pub list_price: String,
    /// The price to pay differs from the list price: only then is the list price struck
    /// through.
    pub discounted: bool,
    pub discount: String,
    pub price: String,
    pub note: Option<String>,
}

/// The discounts section: absent catalog, an unavailable country, or rows.
pub enum Discounts {
    NoCatalog,
    Unavailable(String),
    Offers(Vec<OfferRow>),
}

#[derive(Template)]
#[template(path = "program.html")]
pub struct ProgramPage {
    pub t: Tr,
    pub path: &'static str,
    /// (code, name, selected) of every priced country.
    pub countries: Vec<(String, String, bool)>,
    pub discounts: Discounts,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    headers: HeaderMap,
    Query(query): Query<ProgramQuery>,
) -> Response {
    let snapshot = match state.catalog.snapshot().await {
        Ok(s) => s,
        Err(e) => return PageError::Internal(e.into()).into_page(lang.0),
    };
    let t = lang.t();
    let (countries, discounts) = match &snapshot.catalog {
        None => (Vec::new(), Discounts::NoCatalog),
        Some(catalog) => {
            let country = chosen_country(catalog, query.country.as_deref(), &headers, lang.0);
            let countries = t
                .countries_sorted(catalog.price_lists().iter().map(|p| p.country))
                .into_iter()
                .map(|(c, _)| {
                    (
                        c.as_str().to_owned(),
                        t.country_label(c),
                        Some(c) == country,
                    )
                })
                .collect();
            let discounts = match country {
                Some(c) => discounts_for(t, catalog, &snapshot.markets, c),
                None => Discounts::NoCatalog,
            };
            (countries, discounts)
        }
    };
    render(
        &ProgramPage {
            t,
            path: "/",
            countries,
            discounts,
        },
        lang.0,
    )
}

/// The country asked for, else the region of the browser's language, else a priced default.
fn chosen_country(
    catalog: &Catalog,
    asked: Option<&str>,
    headers: &HeaderMap,
    locale: Locale,
) -> Option<Country> {
    let priced = |c: Country| catalog.price_list(c).is_some();
    let from_query = asked
        .and_then(|a| Country::parse(a).ok())
        .filter(|c| priced(*c));
    let from_browser = || {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .into_iter()
            .flat_map(|v| v.split(','))
            .filter_map(|range| range.split(';').next()?.trim().split('-').nth(1))
            .filter_map(|region| Country::parse(region).ok())
            .find(|c| priced(*c))
    };
    let fallback = || {
        let preferred = match locale {
            Locale::Nl => "NL",
            Locale::En => "US",
            Locale::De => "DE",
            Locale::Fr => "FR",
            Locale::Es => "ES",
            Locale::Ja => "JP",
        };
        Country::parse(preferred)
            .ok()
            .filter(|c| priced(*c))
            .or_else(|| catalog.price_lists().first().map(|p| p.country))
    };
    from_query.or_else(from_browser).or_else(fallback)
}

fn discounts_for(
    t: Tr,
    catalog: &Catalog,
    markets: &hup_core::market::MarketRules,
    country: Country,
) -> Discounts {
    // The public page shows every offer, "Other Office products" included, marked as such.
    let offers = offers_for(markets, catalog, country, true);
    if let Some(reason) = offers.reason {
        return Discounts::Unavailable(t.get(unavailable_message(reason)));
    }
    Discounts::Offers(offer_rows(t, catalog, &offers))
}

/// One row per offer, in the visitor's language; shared with `/offers`.
pub fn offer_rows(t: Tr, catalog: &Catalog, offers: &hup_core::market::Offers) -> Vec<OfferRow> {
    offers
        .offers
        .iter()
        .map(|o| offer_row(t, catalog, o))
        .collect()
}

/// One offer in the visitor's language; shared with the review before an order.
pub fn offer_row(t: Tr, catalog: &Catalog, o: &Offer) -> OfferRow {
    OfferRow {
        product: catalog
            .product_name(o.product.as_str(), t.lang())
            .to_owned(),
        product_code: o.product.as_str().to_owned(),
        term_code: o.term.as_str(),
        buyable: false,
        store_url: o.store_url.clone(),
        term: t.term(o.term),
        list_price: t.money(&o.list_price()),
        // Issue 12: a list price struck through beside the same price says nothing.
        discounted: o.price_minor != o.list_price_minor,
        discount: match o.discount_kind {
            DiscountKind::FixedPrice => t.get("discount-fixed"),
            _ if o.discount_percent == 0 => t.get("discount-none"),
            _ => t.with(
                "discount-percent",
                "percent",
                &o.discount_percent.to_string(),
            ),
        },
        price: t.money(&o.price()),
        note: if o.store_url.is_some() {
            Some(t.get("offer-regional-store"))
        } else if o.category == Category::OtherOffice {
            Some(t.get("offer-other-office"))
        } else {
            None
        },
    }
}

pub fn unavailable_message(reason: UnavailableReason) -> &'static str {
    match reason {
        UnavailableReason::NotOffered => "unavailable-not-offered",
        UnavailableReason::NotPriced => "unavailable-not-priced",
        UnavailableReason::NoOffers => "unavailable-no-offers",
    }
}
