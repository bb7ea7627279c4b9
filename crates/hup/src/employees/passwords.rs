//! Employees' passwords per NIST SP 800-63B: at least 8 characters, long ones welcome, no
//! composition rules, and never one of the common passwords attackers try first. The list is
//! the one the `zxcvbn` crate ships (Dropbox's zxcvbn, from Mark Burnett's 10 million leaked
//! passwords); a password counts as common when zxcvbn explains all of it as one entry of that
//! list, also written with capitals or l33t substitutions (`Passw0rd`).

use zxcvbn::matching::patterns::MatchPattern;

pub const MIN_LENGTH: usize = 8;
pub const MAX_LENGTH: usize = 256;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("the password must have at least {MIN_LENGTH} characters")]
    TooShort,
    #[error("the password may have at most {MAX_LENGTH} characters")]
    TooLong,
    #[error("this password is one of the most common ones; choose another")]
    Common,
}

pub fn check(password: &str) -> Result<(), PasswordProblem> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if n > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    if is_common(password) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_counts_and_common_passwords_are_refused() {
        assert_eq!(check("short"), Err(PasswordProblem::TooShort));
        assert_eq!(check(&"x".repeat(257)), Err(PasswordProblem::TooLong));
        for common in [
            "password",
            "12345678",
            "Password1",
            "P@ssw0rd",
            "qwerty123",
            "iloveyou",
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
}
