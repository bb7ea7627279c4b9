//! The demo's organizations (contract.md, "Demo data"): Contoso, managed, with the verified
//! domain `contoso.example`, its customer connected and the benefit on (the program terms
//! accepted by its admin); Fabrikam likewise on
//! `fabrikam.example`, connected to a customer that does not qualify. Each has an admin who
//! signs in with [`DEMO_ADMIN_PASSWORD`]. The `.example` domains are in no real DNS, so their
//! proof is written as done; every other domain goes through the real look-up.

use super::TenancyError;
use crate::store::admins::{self, Role};
use crate::store::{connections, domains, tenants, Tx};

/// The password of the demo admins (a demo is for clicking through, not for keeping secrets).
pub const DEMO_ADMIN_PASSWORD: &str = "demo-admin-password";

/// The demo's organizations. The demo's licensing feed must name these customer numbers:
/// Contoso's customer qualifies, Fabrikam's does not.
pub const ORGANIZATIONS: [DemoTenant<'static>; 2] = [
    DemoTenant {
        domain: "contoso.example",
        admin_email: "admin@contoso.example",
        customer_number: DEMO_CONTOSO_CUSTOMER,
    },
    DemoTenant {
        domain: "fabrikam.example",
        admin_email: "admin@fabrikam.example",
        customer_number: DEMO_FABRIKAM_CUSTOMER,
    },
];
pub const DEMO_CONTOSO_CUSTOMER: &str = "C-1001";
pub const DEMO_FABRIKAM_CUSTOMER: &str = "C-2002";

/// One demo organization.
pub struct DemoTenant<'a> {
    pub domain: &'a str,
    pub admin_email: &'a str,
    pub customer_number: &'a str,
}

/// Writes the organizations in the demo's transaction, each with its benefit on and the shipped
/// program terms accepted by its admin; returns their tenant ids.
pub async fn seed(
    tx: &mut Tx,
    organizations: &[DemoTenant<'_>],
    now: i64,
) -> Result<Vec<i64>, TenancyError> {
    seed_accepting(
        tx,
        organizations,
        &hup_core::tenancy::Terms::shipped().version,
        now,
    )
    .await
}

/// [`seed`], the admins accepting `terms_version` (the operator's, `HUP_TERMS`) (issue 12).
pub async fn seed_accepting(
    tx: &mut Tx,
    organizations: &[DemoTenant<'_>],
    terms_version: &str,
    now: i64,
) -> Result<Vec<i64>, TenancyError> {
    let hash = crate::accounts::password::hash(DEMO_ADMIN_PASSWORD).await?;
    let mut ids = Vec::new();
    for org in organizations {
        let tenant = tenants::create_unmanaged(tx, org.domain, now)
            .await?
            .ok_or_else(|| TenancyError::Internal(anyhow::anyhow!("demo tenant exists")))?;
        let admin = admins::insert(tx, org.admin_email, org.domain, &hash, "en", now).await?;
        admins::confirm_into(tx, admin, tenant, Role::Admin, true, now).await?;
        domains::insert_verified(
            tx,
            tenant,
            org.domain,
            &crate::token::random_hex_128(),
            admin,
            now,
        )
        .await?;
        tenants::make_managed(tx, tenant, admin).await?;
        connections::insert_approved(tx, tenant, org.customer_number, admin, now).await?;
        // A new tenant's benefit waits for an admin to accept the terms (issue 12); the demo's
        // admins have.
        let acceptance = tenants::Acceptance {
            admin_id: admin,
            admin_email: org.admin_email,
            terms_version,
        };
        tenants::switch_on_tx(tx, tenant, acceptance, now).await?;
        ids.push(tenant);
    }
    Ok(ids)
}
