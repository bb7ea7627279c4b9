//! What a signed-in employee may buy now (R3–R6, R17, R22): the offers of the account's
//! country, unlocked by a current grant of an organization that takes part, with "Other Office
//! products" only where that organization holds the extra benefit.
//!
//! The app loads the grant, the extras and the catalog in force; the decision is here so the
//! offers page, the JSON API and checkout cannot disagree about it.

use crate::catalog::Catalog;
use crate::country::Country;
use crate::market::{offers_for, MarketRules, Offers, UnavailableReason};

/// Why an employee sees no offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoOffers {
    /// No confirmed work address bound to the account yet (R15–R17).
    NoGrant,
    /// The grant ran out: confirm the work address again.
    GrantInactive,
    /// The grant still runs, but the organization does not take part now (its admin switched
    /// the benefit off, or its agreements no longer qualify): confirming again changes
    /// nothing; ask IT or check back (issue 12).
    OrganizationPaused,
    /// The vendor has published no catalog.
    NoCatalog,
    /// The market rules or the catalog leave nothing in the country (R4, or not priced).
    Market(UnavailableReason),
}

impl NoOffers {
    /// The stable code the API returns as `reason`.
    pub fn code(self) -> &'static str {
        match self {
            NoOffers::NoGrant => "no-grant",
            NoOffers::GrantInactive => "grant-inactive",
            NoOffers::OrganizationPaused => "organization-paused",
            NoOffers::NoCatalog => "no-catalog",
            NoOffers::Market(UnavailableReason::NotOffered) => "not-offered",
            NoOffers::Market(UnavailableReason::NotPriced) => "not-priced",
            NoOffers::Market(UnavailableReason::NoOffers) => "no-offers",
        }
    }
}

/// What the employee's grant allows, with the organization's extra benefits (R22).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entitlement {
    /// No work address bound yet.
    None,
    /// A grant that ran out.
    Inactive,
    /// A grant that still runs, of an organization that does not take part now (issue 12).
    Paused,
    Active {
        other_office_products: bool,
    },
}

/// The offers an employee in `country` with `entitlement` sees, or why there are none.
/// `catalog` is `None` until the vendor publishes one.
pub fn employee_offers(
    entitlement: Entitlement,
    catalog: Option<&Catalog>,
    markets: &MarketRules,
    country: Country,
) -> Result<Offers, NoOffers> {
    let extra = match entitlement {
        Entitlement::None => return Err(NoOffers::NoGrant),
        Entitlement::Inactive => return Err(NoOffers::GrantInactive),
        Entitlement::Paused => return Err(NoOffers::OrganizationPaused),
        Entitlement::Active {
            other_office_products,
        } => other_office_products,
    };
    let catalog = catalog.ok_or(NoOffers::NoCatalog)?;
    let offers = offers_for(markets, catalog, country, extra);
    match offers.reason {
        Some(reason) => Err(NoOffers::Market(reason)),
        None => Ok(offers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{demo_catalog, Term};
    use crate::market::default_market_rules;

    const WITH_EXTRAS: Entitlement = Entitlement::Active {
        other_office_products: true,
    };
    const WITHOUT_EXTRAS: Entitlement = Entitlement::Active {
        other_office_products: false,
    };

    fn offers(entitlement: Entitlement, country: &str) -> Result<Offers, NoOffers> {
        let catalog = demo_catalog().unwrap();
        let markets = default_market_rules().unwrap();
        employee_offers(
            entitlement,
            Some(&catalog),
            &markets,
            Country::parse(country).unwrap(),
        )
    }

    #[test]
    fn an_active_grant_unlocks_the_country_offers() {
        let us = offers(WITH_EXTRAS, "US").unwrap();
        assert!(us.available);
        assert!(us.find("m365-family", Term::P1Y).is_some());
        assert!(us.find("visio-pro-2019", Term::Perpetual).is_some());
    }

    #[test]
    fn other_office_products_need_the_extra_benefit() {
        let us = offers(WITHOUT_EXTRAS, "US").unwrap();
        assert!(us.extra_benefits_withheld);
        assert!(us.find("visio-pro-2019", Term::Perpetual).is_none());
        assert!(us.find("m365-family", Term::P1Y).is_some());
    }

    #[test]
    fn without_a_grant_there_is_nothing_whatever_the_country() {
        assert_eq!(
            offers(Entitlement::None, "US").unwrap_err(),
            NoOffers::NoGrant
        );
        assert_eq!(
            offers(Entitlement::None, "RU").unwrap_err(),
            NoOffers::NoGrant
        );
    }

    #[test]
    fn an_inactive_grant_asks_to_confirm_again() {
        assert_eq!(
            offers(Entitlement::Inactive, "US").unwrap_err(),
            NoOffers::GrantInactive
        );
    }

    /// issue 12: a running grant of an organization that paused the benefit is not told to
    /// confirm again, which would change nothing.
    #[test]
    fn a_paused_organization_is_told_apart_from_an_expired_grant() {
        assert_eq!(
            offers(Entitlement::Paused, "US").unwrap_err(),
            NoOffers::OrganizationPaused
        );
    }

    #[test]
    fn no_catalog_no_offers() {
        let markets = default_market_rules().unwrap();
        let us = Country::parse("US").unwrap();
        assert_eq!(
            employee_offers(WITH_EXTRAS, None, &markets, us).unwrap_err(),
            NoOffers::NoCatalog
        );
    }

    #[test]
    fn the_market_rules_say_why_a_country_has_none() {
        assert_eq!(
            offers(WITH_EXTRAS, "RU").unwrap_err(),
            NoOffers::Market(UnavailableReason::NotOffered)
        );
        assert_eq!(
            offers(WITH_EXTRAS, "BE").unwrap_err(),
            NoOffers::Market(UnavailableReason::NotPriced)
        );
        let markets = MarketRules::from_toml_str(
            r#"
            [countries.NL]
            exclude_products = ["m365-family", "m365-personal", "visio-pro-2019", "project-pro-2019"]
            "#,
        )
        .unwrap();
        let catalog = demo_catalog().unwrap();
        let nl = Country::parse("NL").unwrap();
        assert_eq!(
            employee_offers(WITH_EXTRAS, Some(&catalog), &markets, nl).unwrap_err(),
            NoOffers::Market(UnavailableReason::NoOffers)
        );
    }

    #[test]
    fn every_reason_has_its_own_api_code() {
        let reasons = [
            NoOffers::NoGrant,
            NoOffers::GrantInactive,
            NoOffers::OrganizationPaused,
            NoOffers::NoCatalog,
            NoOffers::Market(UnavailableReason::NotOffered),
            NoOffers::Market(UnavailableReason::NotPriced),
            NoOffers::Market(UnavailableReason::NoOffers),
        ];
        let codes: std::collections::BTreeSet<_> = reasons.iter().map(|r| r.code()).collect();
        assert_eq!(codes.len(), reasons.len());
    }
}
