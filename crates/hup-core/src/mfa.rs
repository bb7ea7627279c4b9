//! The second factor of operators and org admins (issue 15): time-based one-time passwords
//! (TOTP, RFC 6238, as every authenticator app reads them: HMAC-SHA-1, 6 digits, 30-second
//! steps) and the one-time recovery codes kept for a lost authenticator.
//!
//! A code is accepted once: [`Totp::accept`] takes the newest step accepted before and refuses
//! that step and every older one, so a code seen over a shoulder or in a proxy log cannot be
//! played again (RFC 6238 §5.2).

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per step (RFC 6238's default, and what authenticator apps assume).
pub const STEP_SECONDS: i64 = 30;
/// Digits of a code.
pub const DIGITS: u32 = 6;
/// 160 bits, the length RFC 4226 §4 recommends for HMAC-SHA-1.
pub const SECRET_BYTES: usize = 20;
/// Steps either side of now that still count, for clocks a little apart (RFC 6238 §5.2).
const DRIFT_STEPS: i64 = 1;
/// Recovery codes an account receives at a time.
pub const RECOVERY_CODES: usize = 10;
/// Letters of a recovery code: 16 base32 characters, 80 bits, written in groups of four.
pub const RECOVERY_CHARS: usize = 16;

/// A TOTP secret. Its `Debug` hides it; only [`Totp::bytes`] and [`Totp::base32`] give it out.
#[derive(Clone, PartialEq, Eq)]
pub struct Totp([u8; SECRET_BYTES]);

impl std::fmt::Debug for Totp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Totp(…)")
    }
}

/// Why a secret or a code was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MfaProblem {
    #[error("the secret must be {SECRET_BYTES} bytes")]
    SecretLength,
    #[error("a code is {DIGITS} digits")]
    Malformed,
    #[error("the code is not the current one")]
    Wrong,
    #[error("this code was used already; wait for the next one")]
    Replayed,
}

impl Totp {
    pub fn new(bytes: [u8; SECRET_BYTES]) -> Totp {
        Totp(bytes)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Totp, MfaProblem> {
        let bytes: [u8; SECRET_BYTES] = bytes.try_into().map_err(|_| MfaProblem::SecretLength)?;
        Ok(Totp(bytes))
    }

    /// Reads the base32 text [`Totp::base32`] writes (spaces and case ignored).
    pub fn from_base32(text: &str) -> Result<Totp, MfaProblem> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let bytes = data_encoding::BASE32_NOPAD
            .decode(compact.as_bytes())
            .map_err(|_| MfaProblem::SecretLength)?;
        Totp::from_bytes(&bytes)
    }

    pub fn bytes(&self) -> &[u8] {
        &self.0
    }

    /// The secret as a person types it into an app: upper-case base32, 8 groups of 4
    /// separated by single spaces (contract.md, "Operator console").
    pub fn base32(&self) -> String {
        let plain = data_encoding::BASE32_NOPAD.encode(&self.0);
        grouped(&plain, 4)
    }

    /// The `otpauth://` address a QR code carries (Google Authenticator's key URI format,
    /// which every app reads): the issuer and the account name tell the app what to show.
    pub fn uri(&self, issuer: &str, account: &str) -> String {
        let secret = data_encoding::BASE32_NOPAD.encode(&self.0);
        let label = format!("{}:{}", escape(issuer), escape(account));
        format!(
            "otpauth://totp/{label}?secret={secret}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            escape(issuer)
        )
    }

    /// The code of time step `step` with `digits` digits (RFC 4226 §5.3 dynamic truncation).
    pub fn code_at(&self, step: i64, digits: u32) -> u32 {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            // HMAC takes a key of any length; this arm cannot be reached.
            return u32::MAX;
        };
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[digest.len() - 1] & 0x0f);
        let binary = u32::from_be_bytes([
            digest[offset] & 0x7f,
            digest[offset + 1],
            digest[offset + 2],
            digest[offset + 3],
        ]);
        binary % 10u32.pow(digits)
    }

    /// Checks `code` at `now` (epoch seconds) against the newest step accepted before
    /// (`last_step`, 0 when none) and answers the step it matched, to be kept as the new
    /// `last_step`. The step before and after now count too.
    pub fn accept(&self, code: &str, now: i64, last_step: i64) -> Result<i64, MfaProblem> {
        let code = parse_code(code)?;
        let current = now.div_euclid(STEP_SECONDS);
        let matched = (current - DRIFT_STEPS..=current + DRIFT_STEPS)
            .find(|step| self.code_at(*step, DIGITS) == code)
            .ok_or(MfaProblem::Wrong)?;
        if matched <= last_step {
            return Err(MfaProblem::Replayed);
        }
        Ok(matched)
    }
}

/// A typed code: digits, spaces allowed between them (apps show `123 456`).
fn parse_code(input: &str) -> Result<u32, MfaProblem> {
    let digits: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() != DIGITS as usize || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(MfaProblem::Malformed);
    }
    digits.parse().map_err(|_| MfaProblem::Malformed)
}

/// Whether `input` looks like a TOTP code rather than a recovery code.
pub fn is_totp_code(input: &str) -> bool {
    parse_code(input).is_ok()
}

/// A recovery code as shown once: 16 base32 letters from 10 random bytes, in groups of four.
pub fn recovery_code(random: &[u8; 10]) -> String {
    grouped(&data_encoding::BASE32_NOPAD.encode(random), 4).replace(' ', "-")
}

/// A typed recovery code in the one form that is hashed and compared: upper case, no dashes or
/// spaces, and the letters people confuse with digits read as the digits' base32 twins
/// (`0`→`O`, `1`→`I`, `8`→`B`), so a mistyped look-alike still matches. `None` when it cannot be
/// one.
pub fn normalize_recovery_code(input: &str) -> Option<String> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| match c.to_ascii_uppercase() {
            '0' => 'O',
            '1' => 'I',
            '8' => 'B',
            other => other,
        })
        .collect();
    let base32 = |c: char| c.is_ascii_uppercase() || ('2'..='7').contains(&c);
    (code.len() == RECOVERY_CHARS && code.chars().all(base32)).then_some(code)
}

fn grouped(text: &str, size: usize) -> String {
    text.as_bytes()
        .chunks(size)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Percent-encodes everything but unreserved characters (RFC 3986 §2.3).
fn escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(b).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc_secret() -> Totp {
        Totp::from_bytes(b"12345678901234567890").unwrap()
    }

    /// RFC 6238 Appendix B, the SHA-1 rows (8 digits).
    #[test]
    fn rfc_6238_appendix_b_vectors() {
        let secret = rfc_secret();
        for (time, code) in [
            (59i64, 94287082u32),
            (1111111109, 7081804),
            (1111111111, 14050471),
            (1234567890, 89005924),
            (2000000000, 69279037),
            (20000000000, 65353130),
        ] {
            assert_eq!(secret.code_at(time / STEP_SECONDS, 8), code, "T = {time}");
            // Six digits are the last six of the eight.
            assert_eq!(secret.code_at(time / STEP_SECONDS, 6), code % 1_000_000);
        }
    }

    #[test]
    fn a_code_is_accepted_once_and_older_ones_never_after() {
        let secret = rfc_secret();
        let now = 1111111111;
        let code = format!("{:06}", secret.code_at(now / STEP_SECONDS, 6));
        let step = secret.accept(&code, now, 0).unwrap();
        assert_eq!(step, now / STEP_SECONDS);
        assert_eq!(secret.accept(&code, now, step), Err(MfaProblem::Replayed));
        let before = format!("{:06}", secret.code_at(step - 1, 6));
        assert_eq!(secret.accept(&before, now, step), Err(MfaProblem::Replayed));
        let next = format!("{:06}", secret.code_at(step + 1, 6));
        assert_eq!(secret.accept(&next, now + 30, step), Ok(step + 1));
    }

    #[test]
    fn the_neighbouring_steps_count_and_no_further() {
        let secret = rfc_secret();
        let now = 2_000_000_000;
        let step = now / STEP_SECONDS;
        for (offset, ok) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = format!("{:06}", secret.code_at(step + offset, 6));
            let spaced = format!("{} {}", &code[..3], &code[3..]);
            assert_eq!(
                secret.accept(&spaced, now, 0).is_ok(),
                ok,
                "offset {offset}"
            );
        }
        assert_eq!(secret.accept("12345", now, 0), Err(MfaProblem::Malformed));
        assert_eq!(secret.accept("12a456", now, 0), Err(MfaProblem::Malformed));
    }

    #[test]
    fn the_secret_reads_as_eight_groups_of_four_and_round_trips() {
        let secret = rfc_secret();
        let text = secret.base32();
        assert_eq!(text, "GEZD GNBV GY3T QOJQ GEZD GNBV GY3T QOJQ");
        assert_eq!(text.split(' ').count(), 8);
        assert_eq!(Totp::from_base32(&text.to_lowercase()).unwrap(), secret);
        assert_eq!(Totp::from_base32("GEZD"), Err(MfaProblem::SecretLength));
        let uri = secret.uri("Home Use Program", "ops@vendor.example");
        assert!(uri.starts_with("otpauth://totp/Home%20Use%20Program:ops%40vendor.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&"), "{uri}");
        assert!(format!("{secret:?}") == "Totp(…)");
    }

    #[test]
    fn recovery_codes_normalize_as_typed() {
        let code = recovery_code(&[0xff; 10]);
        assert_eq!(code, "7777-7777-7777-7777");
        let shown = recovery_code(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        let stored = normalize_recovery_code(&shown).unwrap();
        assert_eq!(
            normalize_recovery_code(&shown.to_lowercase()),
            Some(stored.clone())
        );
        assert_eq!(
            normalize_recovery_code(&stored.replace('O', "0").replace('I', "1")),
            Some(stored)
        );
        assert_eq!(normalize_recovery_code("123456"), None);
        assert!(is_totp_code("123 456") && !is_totp_code(&shown));
    }
}
