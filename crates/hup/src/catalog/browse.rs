//! What a signed-in employee sees on the offers listing: the service behind
//! `GET /api/v1/me/offers` and `/offers`, so both read the entitlement cache and the catalog
//! snapshot the same way and neither handler touches a cache itself.

use std::sync::Arc;

use hup_core::country::Country;
use hup_core::market::Offers;
use hup_core::offers::NoOffers;

use super::Snapshot;
use crate::employees::grants::CurrentGrant;
use crate::services::Services;
use crate::store::employees::Employee;

/// The employee's offers now, or why there are none, with what the pages show beside them.
pub struct Shelf {
    pub country: Country,
    pub grant: Option<CurrentGrant>,
    pub snapshot: Arc<Snapshot>,
    pub offers: Result<Offers, NoOffers>,
}

/// The offers `employee` may buy now (R3–R6, R8, R22).
pub async fn offers_for(services: &Services, employee: &Employee) -> anyhow::Result<Shelf> {
    let country = Country::parse(&employee.country)?;
    let (entitled, grant) = services.entitlements.get(&services.db, employee.id).await?;
    let snapshot = services.catalog.snapshot().await?;
    let offers = snapshot.employee_offers(country, entitled);
    Ok(Shelf {
        country,
        grant,
        snapshot,
        offers,
    })
}
