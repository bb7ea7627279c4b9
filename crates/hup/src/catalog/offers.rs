//! What a signed-in employee may buy now (R3–R6, R17, R22): the offers of the account's
//! country, unlocked by a current grant of an organization that takes part, with "Other Office
//! products" only where that organization holds the extra benefit.

use std::time::Duration;

use hup_core::country::Country;
use hup_core::market::{offers_for, Offers, UnavailableReason};

use super::Snapshot;
use crate::ttl_cache::TtlCache;

/// Why an employee sees no offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoOffers {
    /// No confirmed work address bound to the account yet (R15–R17).
    NoGrant,
    /// The grant ran out, or the organization stopped taking part: confirm again.
    GrantInactive,
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
            NoOffers::NoCatalog => "no-catalog",
            NoOffers::Market(UnavailableReason::NotOffered) => "not-offered",
            NoOffers::Market(UnavailableReason::NotPriced) => "not-priced",
            NoOffers::Market(UnavailableReason::NoOffers) => "no-offers",
        }
    }
}

/// What the employee's grant allows, as the offers need it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entitlement {
    None,
    Inactive,
    Active { other_office_products: bool },
}

/// The offers an employee in `country` with `entitlement` sees, or why there are none.
pub fn employee_offers(
    snapshot: &Snapshot,
    country: Country,
    entitlement: Entitlement,
) -> Result<Offers, NoOffers> {
    let extra = match entitlement {
        Entitlement::None => return Err(NoOffers::NoGrant),
        Entitlement::Inactive => return Err(NoOffers::GrantInactive),
        Entitlement::Active {
            other_office_products,
        } => other_office_products,
    };
    let catalog = snapshot.catalog.as_ref().ok_or(NoOffers::NoCatalog)?;
    let offers = offers_for(&snapshot.markets, catalog, country, extra);
    match offers.reason {
        Some(reason) => Err(NoOffers::Market(reason)),
        None => Ok(offers),
    }
}

type Looked = (Entitlement, Option<crate::employees::grants::CurrentGrant>);

/// The entitlement of employee `employee_id` now: their grant, whether it applies, and the
/// organization's extra benefits.
pub async fn entitlement(db: &crate::store::Db, employee_id: i64) -> Result<Looked, anyhow::Error> {
    use crate::tenancy::extra::{self, ExtraBenefit};
    let grant = crate::employees::grants::current(db, employee_id).await?;
    let entitlement = match &grant {
        None => Entitlement::None,
        Some(g) if !g.active => Entitlement::Inactive,
        Some(g) => Entitlement::Active {
            other_office_products: extra::of_tenant(db, g.tenant_id)
                .await?
                .contains(&ExtraBenefit::OtherOfficeProducts),
        },
    };
    Ok((entitlement, grant))
}

/// How long a process trusts an active entitlement it looked up.
pub const ENTITLEMENT_TTL: Duration = Duration::from_secs(5);

/// Active entitlements, kept per process for [`ENTITLEMENT_TTL`]: offers are read on every page
/// view, while what decides them (a grant, a verdict, the admin's switch, extra benefits)
/// changes rarely and takes effect within seconds anyway. Only *active* entitlements are kept,
/// so an employee who has just bound a work address sees the offers at once; a benefit that
/// ends shows for at most twice the TTL longer (checkout must check again on its own).
pub struct EntitlementCache(TtlCache<i64, Looked>);

impl Default for EntitlementCache {
    fn default() -> Self {
        EntitlementCache(TtlCache::new(ENTITLEMENT_TTL, 100_000))
    }
}

impl EntitlementCache {
    pub async fn get(
        &self,
        db: &crate::store::Db,
        employee_id: i64,
    ) -> Result<Looked, anyhow::Error> {
        self.0
            .get_or_look(
                employee_id,
                |looked| matches!(looked.0, Entitlement::Active { .. }),
                entitlement(db, employee_id),
            )
            .await
    }
}
