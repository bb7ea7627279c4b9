//! Passwords per NIST SP 800-63B, for every actor: a minimum length (a parameter, because
//! admins hold more power than employees), long ones welcome, no composition rules, and never
//! one of the common passwords attackers try first. The list is the one the `zxcvbn` crate
//! ships (Dropbox's zxcvbn, from Mark Burnett's 10 million leaked passwords); a password counts
//! as common when zxcvbn explains all of it as one entry of that list, also written with
//! capitals or l33t substitutions (`Passw0rd`).
//!
//! Hashes are Argon2id (the `argon2` crate's defaults, OWASP's minimum), made off the async
//! threads because a hash takes tens of milliseconds on purpose.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};
use zxcvbn::matching::patterns::MatchPattern;

pub const MAX_LENGTH: usize = 256;

/// What a new password must meet; only the minimum length differs between actors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    pub min_length: usize,
}

/// Org admins manage a tenant's domains and benefit.
pub const ADMINS: Policy = Policy { min_length: 10 };
/// Operators run the whole program (issue 15), and sign in with a second factor too.
pub const OPERATORS: Policy = Policy { min_length: 12 };
/// Employees hold a personal account.
pub const EMPLOYEES: Policy = Policy { min_length: 8 };

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password must have at least {min} characters")]
    TooShort { min: usize },
    #[error("the password may have at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("this password is one of the most common ones; choose another")]
    Common,
}

impl Policy {
    pub fn check(self, password: &str) -> Result<(), PasswordProblem> {
        let n = password.chars().count();
        if n < self.min_length {
            return Err(PasswordProblem::TooShort {
                min: self.min_length,
            });
        }
        if n > MAX_LENGTH {
            return Err(PasswordProblem::TooLong);
        }
        if is_common(password) {
            return Err(PasswordProblem::Common);
        }
        Ok(())
    }
}

/// Entries of the list are short; a long password cannot be one, and zxcvbn's work grows with
/// the length, so only short ones are looked up.
fn is_common(password: &str) -> bool {
    if password.chars().count() > 40 {
        return false;
    }
    let entropy = zxcvbn::zxcvbn(password, &[]);
    match entropy.sequence() {
        [only] => match &only.pattern {
            // The list's dictionary is the `Default` one of zxcvbn's `DictionaryType`
            // (`Passwords`), the only way to name it from outside the crate.
            MatchPattern::Dictionary(d) => {
                d.dictionary_name == Default::default() && !d.reversed && only.i == 0
            }
            _ => false,
        },
        _ => false,
    }
}

/// The PHC string of a password. Check it against a [`Policy`] first when it is a new one.
pub async fn hash(password: &str) -> anyhow::Result<String> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|e| anyhow::anyhow!("password hashing stopped: {e}"))?
}

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("cannot hash a password: {e}"))
}

/// Whether `password` matches `phc`. With no stored hash (an unknown account) it still spends
/// the time of one verification, so a response time does not tell which accounts exist.
pub async fn verify(password: &str, phc: Option<&str>) -> bool {
    let password = password.to_owned();
    let phc = phc.map(str::to_owned);
    tokio::task::spawn_blocking(move || match phc {
        Some(phc) => verify_blocking(&password, &phc),
        None => {
            let _ = hash_blocking("not-a-real-password");
            false
        }
    })
    .await
    .unwrap_or(false)
}

fn verify_blocking(password: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_verify() {
        let h = hash("correct horse battery").await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&h)).await);
        assert!(!verify("wrong horse battery", Some(&h)).await);
        assert!(!verify("anything", None).await);
        assert!(!verify("anything", Some("garbage")).await);
    }

    #[test]
    fn length_counts_and_common_passwords_are_refused() {
        let check = |p: &str| EMPLOYEES.check(p);
        assert_eq!(check("short"), Err(PasswordProblem::TooShort { min: 8 }));
        assert_eq!(check(&"x".repeat(257)), Err(PasswordProblem::TooLong));
        for common in [
            "password",
            "12345678",
            "Password1",
            "P@ssw0rd",
            "qwerty123",
            "iloveyou",
            "password1234",
        ] {
            assert_eq!(check(common), Err(PasswordProblem::Common), "{common}");
        }
        for fine in [
            "correct horse battery",
            "tulpen-in-de-regen",
            "8 chars!",
            "zwaluw staart 42",
        ] {
            assert_eq!(check(fine), Ok(()), "{fine}");
        }
    }

    #[test]
    fn admins_need_ten_characters_and_no_common_password_either() {
        assert_eq!(
            ADMINS.check("8 chars!"),
            Err(PasswordProblem::TooShort { min: 10 })
        );
        assert_eq!(ADMINS.check("password1234"), Err(PasswordProblem::Common));
        assert_eq!(ADMINS.check("correct horse battery"), Ok(()));
        assert_eq!(ADMINS.check("demo-admin-password"), Ok(()));
    }
}
