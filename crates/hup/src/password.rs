//! Passwords: Argon2id (the `argon2` crate's defaults, OWASP's minimum), hashed off the async
//! threads because a hash takes tens of milliseconds on purpose.

use argon2::password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, SaltString};
use argon2::{Argon2, PasswordVerifier};

pub const MIN_LENGTH: usize = 10;
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("the password must have at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("the password may have at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// The rule a new password must meet: a length, nothing about character classes (NIST
/// SP 800-63B).
pub fn check_policy(password: &str) -> Result<(), PasswordError> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        Err(PasswordError::TooShort)
    } else if n > MAX_LENGTH {
        Err(PasswordError::TooLong)
    } else {
        Ok(())
    }
}

/// The PHC string of a new password (policy checked first).
pub async fn hash(password: &str) -> Result<String, PasswordError> {
    check_policy(password)?;
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .map_err(|e| PasswordError::Hash(e.to_string()))?
}

fn hash_blocking(password: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PasswordError::Hash(e.to_string()))
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
    async fn hashes_verify_and_policy_holds() {
        let h = hash("correct horse battery").await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery", Some(&h)).await);
        assert!(!verify("wrong horse battery", Some(&h)).await);
        assert!(!verify("anything", None).await);
        assert!(!verify("anything", Some("garbage")).await);
        assert_eq!(hash("short").await, Err(PasswordError::TooShort));
    }
}
