//! Step 3 (R17): a signed-in account binds a claim, which grants the benefit of the claim's
//! organization for `HUP_GRANT_MONTHS`. A claim binds once; a work address belongs to one
//! account at a time (binding it elsewhere ends the earlier grant), and an account holds one
//! grant. When the grant expires or the organization stops taking part, the employee confirms
//! the work address again; what was bought stays theirs.

use chrono::{DateTime, Months, Utc};
use hup_core::email::WorkEmail;

use super::EmployeeError;
use crate::config::Config;
use crate::store::{grants as store, registrations};
use crate::store::{now_epoch, Db};
use crate::tenancy::benefit;
use crate::token;

/// An account's grant as the offers and the account page need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentGrant {
    pub tenant_id: i64,
    pub work_email: String,
    pub granted_at: i64,
    pub expires_at: i64,
    /// The grant has not expired and its organization takes part now: discounts apply.
    pub active: bool,
}

impl CurrentGrant {
    /// `YYYY-MM-DD` (UTC) of the last day the grant holds.
    pub fn expires_on(&self) -> String {
        day_of(self.expires_at)
    }

    /// The last day the grant holds (UTC), for pages that write it in their language.
    pub fn expires_date(&self) -> Option<chrono::NaiveDate> {
        DateTime::<Utc>::from_timestamp(self.expires_at, 0).map(|d| d.date_naive())
    }
}

/// `YYYY-MM-DD` (UTC) of an epoch time.
pub fn day_of(epoch: i64) -> String {
    DateTime::<Utc>::from_timestamp(epoch, 0)
        .map(|d| d.date_naive().to_string())
        .unwrap_or_default()
}

/// `now` plus the configured number of months (the same day of the month, or the month's
/// last day when it has fewer days).
pub(crate) fn grant_end(now: i64, months: u32) -> i64 {
    DateTime::<Utc>::from_timestamp(now, 0)
        .and_then(|d| d.checked_add_months(Months::new(months)))
        .map(|d| d.timestamp())
        .unwrap_or(now + i64::from(months) * 30 * 86_400)
}

/// Whether addresses at `work_email`'s domain still belong to a participating `tenant_id`.
async fn participates(db: &Db, work_email: &str, tenant_id: i64) -> Result<bool, EmployeeError> {
    let Ok(email) = WorkEmail::parse(work_email) else {
        return Ok(false);
    };
    Ok(benefit::participating_tenant(db, email.domain())
        .await?
        .is_some_and(|p| p.tenant_id == tenant_id))
}

/// Binds the claim `presented` to the account.
pub async fn bind(
    db: &Db,
    config: &Config,
    employee_id: i64,
    presented: &str,
) -> Result<CurrentGrant, EmployeeError> {
    bind_hash(db, config, employee_id, &token::hash(presented)).await
}

/// After signing in on a page: binds what waits in the browser, if anything (issue 12) — the
/// claim of the browser that confirmed (`claim`), or else the claim of the registration the
/// browser made (`pending`), once it was confirmed on any device. No other browser holds
/// either, so a confirmation reaches only these two, and only a signed-in account.
///
/// `Ok(None)`: nothing waited (or the pending registration is not confirmed yet). A claim
/// bound already to this same account (the other device was first) counts as bound.
pub async fn bind_waiting(
    db: &Db,
    config: &Config,
    employee_id: i64,
    claim: Option<&str>,
    pending: Option<&str>,
) -> Result<Option<CurrentGrant>, EmployeeError> {
    let mut refused = None;
    if let Some(c) = claim {
        match bind(db, config, employee_id, c).await {
            Ok(g) => return Ok(Some(g)),
            Err(EmployeeError::InvalidClaim) => {
                // The other device may have bound it to this account first.
                let address = registrations::claim_work_email(db, &token::hash(c)).await?;
                let held = current(db, employee_id).await?;
                match (address, held) {
                    (Some(a), Some(g)) if g.work_email == a && g.active => return Ok(Some(g)),
                    _ => refused = Some(EmployeeError::InvalidClaim),
                }
            }
            Err(e) => refused = Some(e),
        }
    }
    if let Some(p) = pending {
        if let Some((hash, _)) =
            registrations::open_claim_of_browser(db, &token::hash(p), now_epoch()).await?
        {
            return bind_hash(db, config, employee_id, &hash).await.map(Some);
        }
    }
    match refused {
        Some(e) => Err(e),
        None => Ok(None),
    }
}

async fn bind_hash(
    db: &Db,
    config: &Config,
    employee_id: i64,
    claim_hash: &str,
) -> Result<CurrentGrant, EmployeeError> {
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let Some(claim) = registrations::take_claim(&mut tx, claim_hash, now).await? else {
        return Err(EmployeeError::InvalidClaim);
    };
    if !participates(db, &claim.work_email, claim.tenant_id).await? {
        tx.rollback().await?;
        let domain = claim
            .work_email
            .rsplit_once('@')
            .map(|(_, d)| d.to_owned())
            .unwrap_or_default();
        return Err(EmployeeError::NotParticipating(domain));
    }
    let expires_at = grant_end(now, config.employees.grant_months);
    store::bind_grant(&mut tx, employee_id, &claim, now, expires_at).await?;
    tx.commit().await?;
    Ok(CurrentGrant {
        tenant_id: claim.tenant_id,
        work_email: claim.work_email,
        granted_at: now,
        expires_at,
        active: true,
    })
}

/// The account's grant, if it holds one (active or not). Offers and orders ask this: the
/// tenant whose benefit applies, and whether it applies now.
pub async fn current(db: &Db, employee_id: i64) -> Result<Option<CurrentGrant>, EmployeeError> {
    let Some(g) = store::current_grant(db, employee_id).await? else {
        return Ok(None);
    };
    let active =
        g.expires_at >= now_epoch() && participates(db, &g.work_email, g.tenant_id).await?;
    Ok(Some(CurrentGrant {
        tenant_id: g.tenant_id,
        work_email: g.work_email,
        granted_at: g.granted_at,
        expires_at: g.expires_at,
        active,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grant_lasts_whole_months() {
        let jan31 = DateTime::parse_from_rfc3339("2026-01-31T10:00:00Z")
            .unwrap()
            .timestamp();
        let end = grant_end(jan31, 1);
        assert_eq!(
            DateTime::<Utc>::from_timestamp(end, 0)
                .unwrap()
                .to_rfc3339(),
            "2026-02-28T10:00:00+00:00"
        );
        let twelve = grant_end(jan31, 12);
        assert_eq!(
            DateTime::<Utc>::from_timestamp(twelve, 0)
                .unwrap()
                .date_naive()
                .to_string(),
            "2027-01-31"
        );
    }
}
