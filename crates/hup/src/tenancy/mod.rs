//! Org admins and their tenants (R9–R12, R20): work accounts, domain proof over DNS, the
//! licensing connection and the HUP tab. Pages and the JSON API call these same functions.

pub mod accounts;
pub mod admins;
pub mod benefit;
pub mod decisions;
pub mod demo;
pub mod domains;
pub mod extra;
pub mod kit;
pub mod lookup;
pub mod mails;
pub mod promotion;
pub mod security;

use hup_core::tenancy::{Denied, Membership};

use crate::store::tenants::Tenant;
use crate::store::StoreError;

/// How long an admin's session lasts.
pub const SESSION_SECONDS: i64 = 12 * 3600;
/// How long a confirmation link works.
pub const CONFIRM_SECONDS: i64 = 48 * 3600;

/// What can go wrong in this area. The web layer maps each to a status once.
#[derive(Debug, thiserror::Error)]
pub enum TenancyError {
    /// 422 `invalid-email`.
    #[error("{0}")]
    InvalidEmail(hup_core::email::EmailError),
    /// 422 `invalid-domain`: what an admin typed as a domain is not one.
    #[error("{0}")]
    InvalidDomain(hup_core::email::EmailError),
    /// 422 `consumer-domain`: gmail.com and the like belong to no organization.
    #[error("{0} is a consumer mail domain, not an organization's")]
    ConsumerDomain(String),
    /// 422 `invalid-password`.
    #[error("{0}")]
    InvalidPassword(crate::accounts::password::PasswordProblem),
    /// 422 `invalid-token`: unknown, used or expired.
    #[error("the link is not valid (any more)")]
    InvalidToken,
    /// 401: wrong address or password.
    #[error("wrong address or password")]
    BadCredentials,
    /// 429 with `Retry-After`: too many failed sign-ins; the seconds to wait.
    #[error("too many failed sign-ins; try again in {0} seconds")]
    TooManyAttempts(u64),
    /// 404: no such resource, or not the caller's.
    #[error("not found")]
    NotFound,
    /// 403: the caller belongs to the tenant but may not do this.
    #[error("{}", .0.reason())]
    Forbidden(Denied),
    /// 403 `awaiting-approval`: the caller's account waits for an admin of the tenant, named
    /// when it has one (issue 12); it sees nothing of the tenant until then.
    #[error("your account waits for approval by {}", .by.as_deref().unwrap_or("an admin of your organization"))]
    AwaitingApproval { by: Option<String> },
    /// 409.
    #[error("{detail}")]
    Conflict { kind: &'static str, detail: String },
    /// 422 `invalid-code`: not the authenticator's current code (issue 15).
    #[error("{0}")]
    InvalidCode(hup_core::mfa::MfaProblem),
    /// 422 `unknown-customer`.
    #[error("no licensing agreement has customer number {0}")]
    UnknownCustomer(String),
    /// 500.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 500.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<crate::mail::MailError> for TenancyError {
    fn from(e: crate::mail::MailError) -> Self {
        TenancyError::Internal(anyhow::Error::new(e))
    }
}

impl From<Denied> for TenancyError {
    fn from(d: Denied) -> Self {
        TenancyError::Forbidden(d)
    }
}

impl From<sqlx::Error> for TenancyError {
    fn from(e: sqlx::Error) -> Self {
        TenancyError::Store(StoreError::Database(e))
    }
}

/// The caller's tenant and standing there, for `hup_core::tenancy`'s rules; `NotFound` when
/// the account does not belong to it, `AwaitingApproval` (naming whom to ask) while no admin
/// has let it in: every service that reads or changes a tenant starts here (issue 12).
pub async fn membership(
    db: &crate::store::Db,
    admin: &crate::store::admins::AdminAccount,
    tenant_id: i64,
) -> Result<(Tenant, Membership), TenancyError> {
    let (tenant, role, approved) = crate::store::tenants::for_member(db, admin.id, tenant_id)
        .await?
        .ok_or(TenancyError::NotFound)?;
    let standing = Membership {
        managed: tenant.managed,
        role,
        approved,
    };
    if hup_core::tenancy::may_see_tenant(standing).is_err() {
        let by = crate::store::admins::first_admin_address(db, tenant.id).await?;
        return Err(TenancyError::AwaitingApproval { by });
    }
    Ok((tenant, standing))
}
