//! The employee journey (R7, R15–R17, R19): register the work address, confirm it from the
//! mail, create and confirm a personal account, sign in, and bind the confirmed work address
//! to the account as an eligibility grant. Pages and the JSON API call these same functions.

pub mod accounts;
pub mod demo;
pub mod grants;
pub mod mails;
pub mod profile;
pub mod registrar;
pub mod registrations;

use crate::store::StoreError;

/// How long an employee's session lasts.
pub const SESSION_SECONDS: i64 = 14 * 86_400;
/// How long a link to confirm a personal account or reset its password works.
pub const ACCOUNT_LINK_SECONDS: i64 = 24 * 3600;
/// Longest display name accepted.
pub const MAX_DISPLAY_NAME: usize = 100;

/// What can go wrong in the journey. The web layer maps each to a status once.
#[derive(Debug, thiserror::Error)]
pub enum EmployeeError {
    /// 422 `invalid-email`: not a well-formed address.
    #[error("{0}")]
    InvalidEmail(hup_core::email::EmailError),
    /// 422 `organization-not-participating`: no participating organization has this domain.
    #[error("{0} does not belong to an organization that takes part in the program (yet)")]
    NotParticipating(String),
    /// 422 `work-address-as-personal` (R19): a personal account needs a personal address.
    #[error(
        "{0} is an organization's address; use your personal address: purchases are yours and \
         never touch your work account"
    )]
    WorkAddressAsPersonal(String),
    /// 422 `invalid-password`.
    #[error("{0}")]
    InvalidPassword(crate::accounts::password::PasswordProblem),
    /// 422 `invalid-country`.
    #[error("{0}")]
    InvalidCountry(hup_core::country::UnknownCountry),
    /// 422 `invalid-display-name`.
    #[error("the display name must be one line of at most {MAX_DISPLAY_NAME} characters, without control characters")]
    InvalidDisplayName,
    /// 422 `invalid-token`: unknown, used, voided or expired.
    #[error("the link is not valid (any more)")]
    InvalidToken,
    /// 422 `invalid-claim`: unknown, bound already or expired.
    #[error("the confirmation is not valid (any more); register your work address again")]
    InvalidClaim,
    /// 401: wrong address or password.
    #[error("wrong address or password")]
    BadCredentials,
    /// 422 `wrong-password`: the current password, asked before a new one is set, is wrong.
    #[error("the current password is not right")]
    WrongCurrentPassword,
    /// 403 `account-not-confirmed`: the personal address was not confirmed yet.
    #[error("confirm your personal address first: follow the link we mailed to it")]
    NotConfirmed,
    /// 429 with `Retry-After`.
    #[error("too many attempts; try again in {0} seconds")]
    Throttled(u64),
    /// 500.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 500.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<crate::mail::MailError> for EmployeeError {
    fn from(e: crate::mail::MailError) -> Self {
        EmployeeError::Internal(anyhow::Error::new(e))
    }
}

impl From<sqlx::Error> for EmployeeError {
    fn from(e: sqlx::Error) -> Self {
        EmployeeError::Store(StoreError::Database(e))
    }
}

impl From<crate::tenancy::TenancyError> for EmployeeError {
    fn from(e: crate::tenancy::TenancyError) -> Self {
        EmployeeError::Internal(anyhow::Error::new(e))
    }
}
