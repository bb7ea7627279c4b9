//! Domain proof (R10, R12): an admin adds a domain, publishes `hup-verification=TOKEN` in its
//! TXT records and asks us to look. A proof makes the tenant managed and its prover an admin;
//! unmanaged tenants of the same domain are taken over.

use hup_core::email::Domain;

use super::TenancyError;
use crate::config::Config;
use crate::dns::{self, NotProven, TxtResolver};
use crate::mail::links;
use crate::store::admins::{self, AdminAccount};
use crate::store::domains::{self, TenantDomain};
use crate::store::{now_epoch, tenants, Db};

/// A record missing on this many consecutive days unverifies the domain.
pub const MISSING_DAYS: i64 = 7;

/// A domain as the admin sees it.
#[derive(Clone, Debug)]
pub struct DomainView {
    pub domain: String,
    pub domain_unicode: String,
    pub txt_value: String,
    pub verified: bool,
    pub reason: Option<NotProven>,
}

impl From<&TenantDomain> for DomainView {
    fn from(d: &TenantDomain) -> Self {
        DomainView {
            domain: d.domain.clone(),
            domain_unicode: Domain::parse(&d.domain)
                .map(|p| p.to_unicode())
                .unwrap_or_else(|_| d.domain.clone()),
            txt_value: dns::txt_value(&d.token),
            verified: d.verified,
            reason: d.last_reason.as_deref().and_then(NotProven::from_code),
        }
    }
}

/// The outcome of a look-up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyOutcome {
    Verified,
    Pending(PendingReason),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PendingReason {
    Dns(NotProven),
    /// Another managed tenant holds the domain.
    HeldElsewhere,
}

impl PendingReason {
    pub fn code(&self) -> &'static str {
        match self {
            PendingReason::Dns(r) => r.code(),
            PendingReason::HeldElsewhere => "held-by-another-organization",
        }
    }
    pub fn text(&self) -> &'static str {
        match self {
            PendingReason::Dns(r) => r.text(),
            PendingReason::HeldElsewhere => "another organization has already proven this domain",
        }
    }
    pub fn fluent_id(&self) -> &'static str {
        match self {
            PendingReason::Dns(r) => r.fluent_id(),
            PendingReason::HeldElsewhere => "admin-dns-held-elsewhere",
        }
    }
}

/// Parses a domain an admin typed; consumer mail domains are refused. A malformed one is
/// `InvalidDomain` (field `domain`), not an e-mail problem (issue 11: 9).
pub fn parse_domain(input: &str) -> Result<Domain, TenancyError> {
    let domain = Domain::parse(input).map_err(TenancyError::InvalidDomain)?;
    if crate::consumer_domains::is_consumer(&domain) {
        return Err(TenancyError::ConsumerDomain(domain.to_string()));
    }
    Ok(domain)
}

/// Who may manage domains: any member of an unmanaged tenant (proving is how one takes it
/// over), only admins of a managed one.
async fn may_manage_domains(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
) -> Result<(), TenancyError> {
    let (_, standing) = super::membership(db, admin, tenant_id).await?;
    Ok(hup_core::tenancy::may_manage_domains(standing)?)
}

pub async fn list(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
) -> Result<Vec<DomainView>, TenancyError> {
    super::membership(db, admin, tenant_id).await?;
    let rows = domains::list_for_member(db, admin.id, tenant_id).await?;
    Ok(rows.iter().map(DomainView::from).collect())
}

pub async fn add(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    domain: &str,
) -> Result<DomainView, TenancyError> {
    may_manage_domains(db, admin, tenant_id).await?;
    let domain = parse_domain(domain)?;
    let row = domains::add(
        db,
        tenant_id,
        domain.as_str(),
        &crate::token::random_hex_128(),
        now_epoch(),
    )
    .await?;
    Ok(DomainView::from(&row))
}

pub async fn get(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    domain: &str,
) -> Result<DomainView, TenancyError> {
    super::membership(db, admin, tenant_id).await?;
    let domain = Domain::parse(domain).map_err(|_| TenancyError::NotFound)?;
    let row = domains::for_member(db, admin.id, tenant_id, domain.as_str())
        .await?
        .ok_or(TenancyError::NotFound)?;
    Ok(DomainView::from(&row))
}

/// Removes a domain from the tenant (issue 12): a pending one at any time, a verified one while
/// the tenant keeps another verified domain, so a managed tenant never loses its last proof
/// this way (409 `last-verified-domain`). Employees at a removed domain can no longer register.
pub async fn remove(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    domain: &str,
) -> Result<(), TenancyError> {
    may_manage_domains(db, admin, tenant_id).await?;
    let domain = Domain::parse(domain).map_err(|_| TenancyError::NotFound)?;
    let row = domains::for_member(db, admin.id, tenant_id, domain.as_str())
        .await?
        .ok_or(TenancyError::NotFound)?;
    let mut tx = db.begin_write().await?;
    if !domains::remove(&mut tx, tenant_id, row.id).await? {
        tx.rollback().await?;
        return Err(TenancyError::NotFound);
    }
    if row.verified && domains::verified_count_tx(&mut tx, tenant_id).await? == 0 {
        tx.rollback().await?;
        return Err(TenancyError::Conflict {
            kind: "last-verified-domain",
            detail: "the organization's last verified domain cannot be removed".to_owned(),
        });
    }
    tx.commit().await?;
    Ok(())
}

/// Looks the TXT record up now.
pub async fn verify(
    db: &Db,
    config: &Config,
    admin: &AdminAccount,
    tenant_id: i64,
    domain: &str,
) -> Result<VerifyOutcome, TenancyError> {
    may_manage_domains(db, admin, tenant_id).await?;
    let domain = Domain::parse(domain).map_err(|_| TenancyError::NotFound)?;
    let row = domains::for_member(db, admin.id, tenant_id, domain.as_str())
        .await?
        .ok_or(TenancyError::NotFound)?;
    let resolver = TxtResolver::new(&config.dns, config.dns_timeout)?;
    let now = now_epoch();
    let found = resolver.check(&domain, &row.token).await;
    if row.verified {
        // A proven domain stays proven until the record has been missing for MISSING_DAYS
        // (the daily re-check decides that); a look-up now counts as one of those checks
        // (issue 11: 9).
        match found {
            Ok(()) => domains::recheck_found(db, row.id, now).await?,
            Err(reason) => {
                domains::recheck_missing(db, row.id, reason.code(), now).await?;
            }
        }
        return Ok(VerifyOutcome::Verified);
    }
    if let Err(reason) = found {
        domains::mark_pending_check(db, row.id, reason.code(), now).await?;
        return Ok(VerifyOutcome::Pending(PendingReason::Dns(reason)));
    }
    let mut tx = db.begin_write().await?;
    if domains::verified_elsewhere(&mut tx, domain.as_str(), tenant_id).await? {
        tx.rollback().await?;
        domains::mark_pending_check(db, row.id, PendingReason::HeldElsewhere.code(), now).await?;
        return Ok(VerifyOutcome::Pending(PendingReason::HeldElsewhere));
    }
    domains::mark_verified(&mut tx, row.id, admin.id, now).await?;
    for (other, home) in tenants::unmanaged_under(&mut tx, domain.as_str(), tenant_id).await? {
        let under = Domain::parse(&home).is_ok_and(|h| h.is_same_or_subdomain_of(&domain));
        if under {
            tenants::absorb_unmanaged(&mut tx, other, tenant_id).await?;
        }
    }
    tenants::make_managed(&mut tx, tenant_id, admin.id).await?;
    tx.commit().await?;
    Ok(VerifyOutcome::Verified)
}

/// The daily re-check, as of `now`: every verified domain not looked at for a day is looked
/// up again; a record missing for [`MISSING_DAYS`] unverifies the domain (its employees can no
/// longer register) and mails the tenant's admins. Safe in several processes at once: a second
/// look-up changes nothing, and only the process that unverifies sends the mail. Returns how
/// many domains lost their proof.
pub async fn recheck_due(db: &Db, config: &Config, now: i64) -> Result<usize, TenancyError> {
    let resolver = TxtResolver::new(&config.dns, config.dns_timeout)?;
    let mut unverified = 0;
    for row in domains::due_for_recheck(db, now - RECHECK_SECONDS).await? {
        let Ok(domain) = Domain::parse(&row.domain) else {
            continue;
        };
        match resolver.check(&domain, &row.token).await {
            Ok(()) => domains::recheck_found(db, row.id, now).await?,
            Err(reason) => {
                let since = domains::recheck_missing(db, row.id, reason.code(), now).await?;
                if now - since >= MISSING_DAYS * 86_400 && unverify(db, config, &row).await? {
                    unverified += 1;
                }
            }
        }
    }
    Ok(unverified)
}

/// How often a verified domain is looked up again. A little under a day, so an hourly loop
/// looks at each domain once a day even when its last check ran late.
const RECHECK_SECONDS: i64 = 23 * 3600;

async fn unverify(db: &Db, config: &Config, row: &TenantDomain) -> Result<bool, TenancyError> {
    let mut tx = db.begin_write().await?;
    if !domains::unverify(&mut tx, row.id).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    let link = links::page(config, "/admin/domains");
    for (email, locale) in admins::admin_addresses(&mut tx, row.tenant_id).await? {
        let locale = crate::i18n::Locale::parse(&locale).unwrap_or_default();
        let content = super::mails::DomainUnverified {
            domain: row.domain.clone(),
            link: link.clone(),
        };
        crate::mail::queue(&mut tx, &config.mail_from, &email, locale, &content).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// The re-check loop of `hup serve`: at start and then every hour.
pub async fn run_recheck(
    db: Db,
    config: std::sync::Arc<Config>,
    mail: crate::mail::worker::Wakeup,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        match recheck_due(&db, &config, now_epoch()).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(domains = n, "domains lost their proof");
                mail.notify();
            }
            Err(e) => tracing::warn!(error = ?e, "domain re-check failed; retrying in an hour"),
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Demo mode (issue 12): publishes the proof of every verified domain into the demo's name
/// server, so the demo's `*.example` domains, proven when the demo was written, stay proven.
pub async fn publish_proofs_into(
    db: &Db,
    server: &dns::DemoNameServer,
) -> Result<(), TenancyError> {
    for row in domains::due_for_recheck(db, i64::MAX).await? {
        if let Ok(domain) = Domain::parse(&row.domain) {
            let _ = server.publish(&domain, &dns::txt_value(&row.token));
        }
    }
    Ok(())
}
