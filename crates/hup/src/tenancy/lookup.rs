//! The operator's view of one organization (issue 15): its domains, admins, licensing
//! connection, benefit state, extra benefits and enrollment counts — counts only, never who
//! (R20).

use hup_core::participation::Standing;

use super::benefit::participation;
use super::extra::{self, ExtraBenefit};
use super::TenancyError;
use crate::store::admins::{self, AdminAccount};
use crate::store::connections::Connection;
use crate::store::tenants::{self, Tenant};
use crate::store::{grants, now_epoch, Db};

pub struct TenantView {
    pub tenant: Tenant,
    pub verified_domains: Vec<String>,
    pub admins: Vec<AdminAccount>,
    pub connection: Option<Connection>,
    pub customer_eligible: bool,
    pub standing: Standing,
    pub extra_benefits: Vec<ExtraBenefit>,
    /// Mailboxes that registered, that confirmed, and accounts holding a current grant.
    pub enrollment: (i64, i64, i64),
}

/// The tenants with `domain` as a verified domain or as the domain they were made for.
pub async fn by_domain(db: &Db, domain: &str) -> Result<Vec<TenantView>, TenancyError> {
    let domain = domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let mut out = Vec::new();
    for listing in tenants::list(db, None).await? {
        let named =
            listing.tenant.home_domain == domain || listing.verified_domains.contains(&domain);
        if !named {
            continue;
        }
        let (standing, connection, verdict) = participation(db, &listing.tenant).await?;
        let id = listing.tenant.id;
        out.push(TenantView {
            verified_domains: listing.verified_domains,
            admins: admins::of_tenant(db, id).await?,
            connection,
            customer_eligible: verdict.is_some_and(|v| v.eligible),
            standing,
            extra_benefits: extra::of_tenant(db, id).await?,
            enrollment: grants::enrollment_counts(db, id, now_epoch()).await?,
            tenant: listing.tenant,
        });
    }
    Ok(out)
}
