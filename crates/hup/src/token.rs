//! Secret tokens (sessions, confirmation links, claims): 256 random bits, written as base64url,
//! stored only as a SHA-256 hash. A database that leaks gives no one a usable token.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// A freshly made token, in the clear: it goes to its holder once and is never stored.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    pub fn generate() -> Token {
        let mut bytes = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut bytes);
        Token(URL_SAFE_NO_PAD.encode(bytes))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What the database keeps.
    pub fn hash(&self) -> String {
        hash(&self.0)
    }
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Token(…)")
    }
}

/// The stored form of a presented token: lowercase hex SHA-256. Look-ups go by this hash, so
/// the secret itself is never compared against the database.
pub fn hash(presented: &str) -> String {
    let digest = Sha256::digest(presented.trim().as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `presented` is the token whose hash is `stored_hash`, in constant time.
pub fn matches(presented: &str, stored_hash: &str) -> bool {
    hash(presented)
        .as_bytes()
        .ct_eq(stored_hash.as_bytes())
        .into()
}

/// Compares two secrets in the clear (e.g. a configured operator token) in constant time.
pub fn equal(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// A short random value that is not a secret but must not be guessable, such as the value of a
/// DNS proof record: 128 bits in lowercase hex, so a DNS admin's tool changing case cannot
/// break it.
pub fn random_hex_128() -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_hashed() {
        let a = Token::generate();
        let b = Token::generate();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 43);
        assert!(matches(a.as_str(), &a.hash()));
        assert!(!matches(b.as_str(), &a.hash()));
        assert_eq!(a.hash().len(), 64);
        assert!(equal("x", "x") && !equal("x", "y") && !equal("x", "xx"));
        assert_eq!(random_hex_128().len(), 32);
    }
}
