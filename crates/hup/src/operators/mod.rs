//! Operator accounts (issue 15): the vendor's program team signs in to `/operator` with a
//! password and a TOTP code. `hup operators add` makes an account and prints a one-time setup
//! link; its owner sets the password and enrols the authenticator there. The shared
//! `HUP_OPERATOR_TOKEN` stays for scripts (`web::auth::Operator`).

pub mod accounts;
pub mod setup;
pub mod signin;

use hup_core::mfa::MfaProblem;

use crate::accounts::mfa::MfaError;
use crate::accounts::password::PasswordProblem;
use crate::secrets::SecretsError;
use crate::store::StoreError;

/// How long an operator's session lasts: a working day.
pub const SESSION_SECONDS: i64 = 8 * 3600;
/// How long a setup link works (contract.md).
pub const SETUP_SECONDS: i64 = 24 * 3600;

#[derive(Debug, thiserror::Error)]
pub enum OperatorError {
    /// 422 `invalid-email`.
    #[error("{0}")]
    InvalidEmail(hup_core::email::EmailError),
    /// 422 `invalid-password`.
    #[error("{0}")]
    InvalidPassword(PasswordProblem),
    /// 422 `invalid-token`: the setup link is unknown, used or expired.
    #[error("the setup link is not valid (any more); ask for a new one (hup operators reset-mfa)")]
    InvalidToken,
    /// 422 `invalid-code`: the enrolment's code is not the app's current one.
    #[error("{0}")]
    InvalidCode(MfaProblem),
    /// 401: wrong address, password or code; which one is not said.
    #[error("wrong address, password or code")]
    BadCredentials,
    /// 429 with `Retry-After`.
    #[error("too many failed sign-ins; try again in {0} seconds")]
    TooManyAttempts(u64),
    /// 409 `operator-exists`.
    #[error("an operator account with the address {0} exists already")]
    Exists(String),
    /// 404.
    #[error("no operator account has the address {0}")]
    NotFound(String),
    /// 500: the secret key is missing or wrong; the message says which.
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl From<MfaError> for OperatorError {
    fn from(e: MfaError) -> Self {
        match e {
            MfaError::Code(p) => OperatorError::InvalidCode(p),
            MfaError::Secrets(s) => OperatorError::Secrets(s),
            MfaError::Store(s) => OperatorError::Store(s),
        }
    }
}

/// The address of an operator account, normalized as work addresses are.
pub fn parse_email(input: &str) -> Result<String, OperatorError> {
    hup_core::email::WorkEmail::parse(input)
        .map(|e| e.as_str().to_owned())
        .map_err(OperatorError::InvalidEmail)
}
