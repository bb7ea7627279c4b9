//! What a signed-in employee may buy now: the loading and caching of what
//! `hup_core::offers` decides from (the grant, the organization's extra benefits).

use std::time::Duration;

use hup_core::country::Country;
use hup_core::market::Offers;
use hup_core::offers::{self, Entitlement, NoOffers};

use super::Snapshot;
use crate::ttl_cache::TtlCache;

impl Snapshot {
    /// The offers an employee in `country` with `entitlement` sees under this catalog and these
    /// market rules, or why there are none.
    pub fn employee_offers(
        &self,
        country: Country,
        entitlement: Entitlement,
    ) -> Result<Offers, NoOffers> {
        offers::employee_offers(entitlement, self.catalog.as_ref(), &self.markets, country)
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
        // A grant that still runs is inactive only because its organization does not take
        // part now (issue 12): say that, not "confirm again".
        Some(g) if !g.active && g.expires_at >= crate::store::now_epoch() => Entitlement::Paused,
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
