//! The employee journey (R7, R15–R17, R19): register the work address, confirm it from the
//! mail, create and confirm a personal account, sign in, and bind the confirmed work address
//! to the account as an eligibility grant. Pages and the JSON API call these same functions.

pub mod accounts;
pub mod demo;
pub mod grant_end;
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

/// How long a wait is, the way people say it (issue 12): exact under a minute, then rounded
/// to minutes, from 50 minutes on to hours. The unit and the count of [`rounded_wait`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wait {
    Seconds(u64),
    Minutes(u64),
    Hours(u64),
}

pub fn rounded_wait(seconds: u64) -> Wait {
    if seconds < 60 {
        Wait::Seconds(seconds.max(1))
    } else if seconds < 50 * 60 {
        Wait::Minutes((seconds + 30) / 60)
    } else {
        Wait::Hours(((seconds + 1800) / 3600).max(1))
    }
}

/// The API's detail for a wait ("1 second", "about 5 minutes", "about an hour").
pub fn wait_in_english(seconds: u64) -> String {
    let plural = |n: u64, one: &str, many: &str| {
        if n == 1 {
            one.to_owned()
        } else {
            format!("{n} {many}")
        }
    };
    match rounded_wait(seconds) {
        Wait::Seconds(n) => plural(n, "1 second", "seconds"),
        Wait::Minutes(n) => format!("about {}", plural(n, "a minute", "minutes")),
        Wait::Hours(n) => format!("about {}", plural(n, "an hour", "hours")),
    }
}

/// What can go wrong in the journey. The web layer maps each to a status once.
#[derive(Debug, thiserror::Error)]
pub enum EmployeeError {
    /// 422 `invalid-email`: not a well-formed address.
    #[error("{0}")]
    InvalidEmail(hup_core::email::EmailError),
    /// 422 `organization-not-participating`: no participating organization has this domain.
    #[error("{0} does not belong to an organization that takes part in the program (yet)")]
    NotParticipating(String),
    /// 422 `consumer-domain` (issue 12): gmail.com and the like belong to no organization.
    #[error("{0} is a consumer mail domain, not an organization's; use your work address")]
    ConsumerDomain(String),
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
    #[error("too many attempts; try again in {}", wait_in_english(*.0))]
    Throttled(u64),
    /// 422: more than one field is wrong (issue 12: a form shows every error at once); the
    /// first one's problem type answers.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Several(Vec<EmployeeError>),
    /// 500.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// 500.
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl EmployeeError {
    /// One error as itself, several as [`EmployeeError::Several`].
    pub fn several(mut problems: Vec<EmployeeError>) -> EmployeeError {
        if problems.len() == 1 {
            problems.remove(0)
        } else {
            EmployeeError::Several(problems)
        }
    }

    /// The errors one by one.
    pub fn each(&self) -> Vec<&EmployeeError> {
        match self {
            EmployeeError::Several(all) => all.iter().collect(),
            one => vec![one],
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// issue 12: no "1 seconds" or "3430 seconds".
    #[test]
    fn waits_are_said_the_way_people_say_them() {
        assert_eq!(wait_in_english(1), "1 second");
        assert_eq!(wait_in_english(0), "1 second");
        assert_eq!(wait_in_english(42), "42 seconds");
        assert_eq!(wait_in_english(60), "about a minute");
        assert_eq!(wait_in_english(290), "about 5 minutes");
        assert_eq!(wait_in_english(3430), "about an hour");
        assert_eq!(wait_in_english(7300), "about 2 hours");
    }
}
