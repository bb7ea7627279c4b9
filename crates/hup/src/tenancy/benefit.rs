//! The licensing connection (R9) and the HUP tab (R1, R20): whether the organization
//! qualifies and why, the switch, the employee link and enrollment counts — never who.

use chrono::NaiveDate;
use hup_core::eligibility::CriterionMet;
use hup_core::email::{Domain, WorkEmail};
use hup_core::participation::Standing;
use hup_core::tenancy::{self as rules, Membership};

use super::TenancyError;
use crate::config::Config;
use crate::mail::links;
use crate::store::admins::{AdminAccount, Role};
use crate::store::connections::{self, ConnectOutcome, Connection, ConnectionStatus};
use crate::store::eligibility::StoredVerdict;
use crate::store::tenants::{self, Tenant};
use crate::store::{agreements, domains, eligibility, now_epoch, Db};

/// Counts below this are shown as "fewer than 5", so a count cannot point at a person.
pub const COUNT_FLOOR: i64 = 5;

/// The tenant as a managing admin of it.
async fn managed_by_admin(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
) -> Result<Tenant, TenancyError> {
    let (tenant, standing) = super::membership(db, admin, tenant_id).await?;
    rules::may_manage_benefit(standing)?;
    Ok(tenant)
}

/// Connects a licensing customer: approved at once when one of the agreement's contact
/// addresses is at a verified domain of the tenant, otherwise pending the operator.
pub async fn connect_customer(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    customer_number: &str,
) -> Result<ConnectionStatus, TenancyError> {
    let tenant = managed_by_admin(db, admin, tenant_id).await?;
    let customer_number = customer_number.trim();
    // No feed line holds a control character (the feed refuses them), so such a number names
    // no customer; asking the database would make PostgreSQL refuse a NUL (issue 11: 4).
    if customer_number.is_empty()
        || hup_core::text::single_line(customer_number).is_err()
        || !agreements::customer_exists(db, customer_number).await?
    {
        return Err(TenancyError::UnknownCustomer(customer_number.to_owned()));
    }
    let verified: Vec<Domain> = domains::verified_of_tenant(db, tenant.id)
        .await?
        .iter()
        .filter_map(|d| Domain::parse(d).ok())
        .collect();
    let contact_matches = agreements::contact_emails(db, customer_number)
        .await?
        .iter()
        .filter_map(|e| WorkEmail::parse(e).ok())
        .any(|e| {
            verified
                .iter()
                .any(|v| e.domain().is_same_or_subdomain_of(v))
        });
    let status = if contact_matches {
        ConnectionStatus::Approved
    } else {
        ConnectionStatus::Pending
    };
    match connections::connect(
        db,
        tenant.id,
        customer_number,
        status,
        admin.id,
        now_epoch(),
    )
    .await?
    {
        ConnectOutcome::Connected(s) => Ok(s),
        ConnectOutcome::CustomerTaken => Err(TenancyError::Conflict {
            kind: "customer-connected-elsewhere",
            detail: "this customer number is connected to another organization".into(),
        }),
        ConnectOutcome::TenantHasCustomer(other) => Err(TenancyError::Conflict {
            kind: "tenant-has-customer",
            detail: format!("the organization is already connected to customer {other}"),
        }),
    }
}

/// An enrollment count as shown: exact from [`COUNT_FLOOR`] up, otherwise only "fewer".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    FewerThanFloor,
    Exactly(i64),
}

impl Count {
    pub fn of(n: i64) -> Count {
        if n < COUNT_FLOOR {
            Count::FewerThanFloor
        } else {
            Count::Exactly(n)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Enrollment {
    pub registrations: Count,
    pub confirmations: Count,
    pub bound_accounts: Count,
}

/// Everything on the HUP tab.
#[derive(Clone, Debug)]
pub struct HupTab {
    pub tenant_id: i64,
    pub managed: bool,
    pub role: Role,
    pub customer_number: Option<String>,
    pub connection: Option<ConnectionStatus>,
    pub customer_name: Option<String>,
    pub eligible: bool,
    pub criteria: Vec<CriterionMet>,
    pub valid_until: Option<NaiveDate>,
    pub evaluated_on: Option<NaiveDate>,
    /// The admin's choice (on unless switched off).
    pub enabled: bool,
    /// Whether employees can use the benefit now: managed, connected, eligible and on.
    pub active: bool,
    pub terms_accepted_at: Option<i64>,
    /// The version of the program terms an admin accepted (issue 12); `None` while nobody has,
    /// or for an acceptance from before versions were recorded.
    pub terms_version: Option<String>,
    /// The work address of the admin who accepted them.
    pub terms_accepted_by: Option<String>,
    /// The version the operator ships now (`/terms`).
    pub current_terms_version: String,
    pub employee_link: String,
    pub enrollment: Enrollment,
    /// Granted by the operator (R22).
    pub extra_benefits: Vec<super::extra::ExtraBenefit>,
}

impl HupTab {
    /// Terms were accepted, but not the version the operator ships now: the tab says so and
    /// offers to accept it; the benefit stays as it is (issue 12).
    pub fn terms_outdated(&self) -> bool {
        self.terms_accepted_at.is_some()
            && self.terms_version.as_deref() != Some(self.current_terms_version.as_str())
    }

    /// Whether the caller may switch the benefit and connect a customer here.
    pub fn can_manage(&self) -> bool {
        rules::can_manage_benefit(Membership {
            managed: self.managed,
            role: self.role,
            approved: true,
        })
    }
}

pub async fn hup_tab(
    db: &Db,
    config: &Config,
    admin: &AdminAccount,
    tenant_id: i64,
) -> Result<HupTab, TenancyError> {
    let (tenant, standing) = super::membership(db, admin, tenant_id).await?;
    let (participation, connection, verdict) = participation(db, &tenant).await?;
    Ok(HupTab {
        tenant_id: tenant.id,
        managed: tenant.managed,
        role: standing.role,
        customer_number: connection.as_ref().map(|c| c.customer_number.clone()),
        connection: connection.as_ref().map(|c| c.status),
        customer_name: verdict.as_ref().map(|v| v.customer_name.clone()),
        eligible: participation.customer_eligible,
        criteria: verdict
            .as_ref()
            .map(|v| v.criteria.clone())
            .unwrap_or_default(),
        valid_until: verdict.as_ref().and_then(|v| v.valid_until),
        evaluated_on: verdict.as_ref().map(|v| v.evaluated_on),
        enabled: tenant.hup_enabled,
        active: participation.participates(),
        terms_accepted_at: tenant.terms_accepted_at,
        terms_version: tenant.terms_version.clone(),
        terms_accepted_by: tenant.terms_accepted_email.clone(),
        current_terms_version: config.terms.version.clone(),
        employee_link: links::page(config, "/"),
        enrollment: enrollment(db, tenant.id).await?,
        extra_benefits: super::extra::of_tenant(db, tenant.id).await?,
    })
}

/// Enrollment counts of a tenant from the employee journey: mailboxes that registered, that
/// confirmed, and personal accounts holding a current grant. Counts only, never who.
async fn enrollment(db: &Db, tenant_id: i64) -> Result<Enrollment, TenancyError> {
    let (registered, confirmed, bound) =
        crate::store::grants::enrollment_counts(db, tenant_id, now_epoch()).await?;
    Ok(Enrollment {
        registrations: Count::of(registered),
        confirmations: Count::of(confirmed),
        bound_accounts: Count::of(bound),
    })
}

/// Switches the benefit on or off; on means the admin accepts the version of the program terms
/// the operator ships now (issue 12), also when the benefit is on already under an earlier one.
pub async fn set_enabled(
    db: &Db,
    terms: &hup_core::tenancy::Terms,
    admin: &AdminAccount,
    tenant_id: i64,
    enabled: bool,
) -> Result<(), TenancyError> {
    let tenant = managed_by_admin(db, admin, tenant_id).await?;
    if enabled {
        let acceptance = tenants::Acceptance {
            admin_id: admin.id,
            admin_email: &admin.email,
            terms_version: &terms.version,
        };
        tenants::switch_on(db, tenant.id, acceptance, now_epoch()).await?;
    } else {
        tenants::switch_off(db, tenant.id, admin.id, now_epoch()).await?;
    }
    Ok(())
}

/// The tenant whose employees have addresses at `domain`: the one that verified the most
/// specific of the domain and its parents (R10). The employee journey calls this.
pub async fn tenant_for_employee_domain(
    db: &Db,
    domain: &Domain,
) -> Result<Option<i64>, TenancyError> {
    let chain: Vec<String> = domain
        .parent_chain()
        .iter()
        .map(|d| d.as_str().to_owned())
        .collect();
    Ok(tenants::verified_owner(db, &chain).await?)
}

/// An organization whose employees can use the benefit now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Participating {
    pub tenant_id: i64,
    pub customer_number: String,
    pub customer_name: String,
}

/// Whether addresses at `domain` belong to an organization whose employees can use the
/// benefit now: the tenant that verified the domain (or its closest parent) is managed, its
/// customer connection is approved, the customer's stored verdict is eligible and the admin
/// has not switched the benefit off. The employee journey (R15, R16) asks this.
pub async fn participating_tenant(
    db: &Db,
    domain: &Domain,
) -> Result<Option<Participating>, TenancyError> {
    let Some(tenant_id) = tenant_for_employee_domain(db, domain).await? else {
        return Ok(None);
    };
    tenant_participates(db, tenant_id).await
}

/// Whether tenant `tenant_id` takes part now: managed, benefit on, connected to a customer
/// that qualifies (R8, R9, R12).
pub async fn tenant_participates(
    db: &Db,
    tenant_id: i64,
) -> Result<Option<Participating>, TenancyError> {
    let Some(tenant) = tenants::by_id(db, tenant_id).await? else {
        return Ok(None);
    };
    if !Standing::from(&tenant).benefit_on() {
        // Nothing else can make it take part: spare the journey two look-ups.
        return Ok(None);
    }
    match participation(db, &tenant).await? {
        (standing, Some(connection), Some(verdict)) if standing.participates() => {
            Ok(Some(Participating {
                tenant_id,
                customer_number: connection.customer_number,
                customer_name: verdict.customer_name,
            }))
        }
        _ => Ok(None),
    }
}

impl From<&Tenant> for Standing {
    /// What the tenant row alone says; the connection and the verdict are looked up apart.
    fn from(tenant: &Tenant) -> Standing {
        Standing {
            managed: tenant.managed,
            hup_enabled: tenant.hup_enabled,
            ..Standing::default()
        }
    }
}

/// The tenant's participation facts with the connection and the verdict they come from (the
/// verdict only of an approved connection).
pub(super) async fn participation(
    db: &Db,
    tenant: &Tenant,
) -> Result<(Standing, Option<Connection>, Option<StoredVerdict>), TenancyError> {
    let connection = connections::of_tenant(db, tenant.id).await?;
    let approved = connection
        .as_ref()
        .is_some_and(|c| c.status == ConnectionStatus::Approved);
    let verdict = match &connection {
        Some(c) if approved => eligibility::current_verdict(db, &c.customer_number).await?,
        _ => None,
    };
    let standing = Standing {
        connection_approved: approved,
        customer_eligible: verdict.as_ref().is_some_and(|v| v.eligible),
        ..Standing::from(tenant)
    };
    Ok((standing, connection, verdict))
}
