//! Stripe's `Stripe-Signature` scheme: `t=TIMESTAMP,v1=HEX[,v1=HEX…]`, each `v1` an
//! HMAC-SHA256 of `TIMESTAMP.BODY` keyed with the endpoint's `whsec_…` secret. An event signed
//! more than five minutes from now (either way) is refused, so a captured one cannot be
//! replayed later; the event id, stored once applied, stops a replay within the window.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::payments::provider::EventError;

/// Stripe's default tolerance.
pub const TOLERANCE_SECONDS: i64 = 300;

/// Checks `header` over `body` at `now` (epoch seconds).
pub fn verify(secret: &str, header: Option<&str>, body: &[u8], now: i64) -> Result<(), EventError> {
    let header = header.ok_or(EventError::Unsigned)?;
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", t)) => timestamp = t.parse::<i64>().ok(),
            Some(("v1", hex)) => signatures.push(hex),
            _ => {}
        }
    }
    let (Some(timestamp), false) = (timestamp, signatures.is_empty()) else {
        return Err(EventError::Unsigned);
    };
    let mut expected = mac(secret, timestamp, body);
    let matches = signatures.iter().any(|hex| match decode_hex(hex) {
        Some(bytes) => expected.clone().verify_slice(&bytes).is_ok(),
        None => false,
    });
    expected.reset();
    if !matches {
        return Err(EventError::BadSignature);
    }
    if (now - timestamp).abs() > TOLERANCE_SECONDS {
        return Err(EventError::Stale);
    }
    Ok(())
}

/// The header Stripe would send for `body` at `timestamp`: what tests and `docs` examples use.
pub fn sign(secret: &str, timestamp: i64, body: &[u8]) -> String {
    let tag = mac(secret, timestamp, body).finalize().into_bytes();
    let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!("t={timestamp},v1={hex}")
}

fn mac(secret: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC accepts keys of every length"));
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SECRET: &str = "whsec_test_secret";
    const BODY: &[u8] = br#"{"id":"evt_1","type":"payment_intent.succeeded"}"#;

    #[test]
    fn a_signature_it_made_verifies_within_five_minutes() {
        let header = sign(SECRET, 1_000, BODY);
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_000), Ok(()));
        assert_eq!(verify(SECRET, Some(&header), BODY, 1_300), Ok(()));
        assert_eq!(
            verify(SECRET, Some(&header), BODY, 1_301),
            Err(EventError::Stale)
        );
        assert_eq!(
            verify(SECRET, Some(&header), BODY, 699),
            Err(EventError::Stale)
        );
    }

    #[test]
    fn forged_changed_and_unsigned_events_are_refused() {
        let header = sign(SECRET, 1_000, BODY);
        let other = sign("whsec_other", 1_000, BODY);
        assert_eq!(
            verify(SECRET, Some(&other), BODY, 1_000),
            Err(EventError::BadSignature)
        );
        assert_eq!(
            verify(SECRET, Some(&header), b"{\"id\":\"evt_2\"}", 1_000),
            Err(EventError::BadSignature)
        );
        // The timestamp is signed too: moving it breaks the signature.
        let moved = header.replace("t=1000", "t=1100");
        assert_eq!(
            verify(SECRET, Some(&moved), BODY, 1_100),
            Err(EventError::BadSignature)
        );
        assert_eq!(verify(SECRET, None, BODY, 1_000), Err(EventError::Unsigned));
        assert_eq!(
            verify(SECRET, Some("t=1000"), BODY, 1_000),
            Err(EventError::Unsigned)
        );
        assert_eq!(
            verify(SECRET, Some("v1=zz"), BODY, 1_000),
            Err(EventError::Unsigned)
        );
        assert_eq!(
            verify(SECRET, Some("t=1000,v1=zz"), BODY, 1_000),
            Err(EventError::BadSignature)
        );
    }

    /// Stripe sends one `v1` per active secret while a secret is rolled: any one may match.
    #[test]
    fn any_of_several_signatures_may_match() {
        let good = sign(SECRET, 1_000, BODY);
        let bad = sign("whsec_old", 1_000, BODY);
        let v1 = good.split(",v1=").nth(1).unwrap();
        let both = format!("{bad},v1={v1},v0=ignored");
        assert_eq!(verify(SECRET, Some(&both), BODY, 1_000), Ok(()));
    }
}
