//! The key secrets are sealed with (`HUP_SECRET_KEY`), as the configuration reads it.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A 256-bit key (`HUP_SECRET_KEY`, 32 bytes written as base64). `Debug` hides it.
#[derive(Clone, PartialEq, Eq)]
pub struct SecretKey(pub(super) [u8; 32]);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey({})", self.id())
    }
}

impl SecretKey {
    /// Reads the base64 text (standard or URL-safe alphabet, padded or not) of 32 bytes.
    pub fn parse(text: &str) -> Result<SecretKey, String> {
        use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE};
        let text = text.trim();
        let bytes = [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(text).ok())
            .ok_or("not base64 (make one with: openssl rand -base64 32)")?;
        let key: [u8; 32] = bytes
            .try_into()
            .map_err(|b: Vec<u8>| format!("{} bytes; a key is 32 random bytes", b.len()))?;
        Ok(SecretKey(key))
    }

    /// A new random key, as the demo makes one.
    pub fn generate() -> SecretKey {
        let mut key = [0u8; 32];
        rand::rngs::OsRng.fill_bytes(&mut key);
        SecretKey(key)
    }

    /// The base64 text [`SecretKey::parse`] reads.
    pub fn to_base64(&self) -> String {
        base64::engine::general_purpose::STANDARD.encode(self.0)
    }

    /// A short name of the key that says nothing about it: the first 8 hex digits of a hash.
    pub fn id(&self) -> String {
        let digest = Sha256::new()
            .chain_update(b"hup-secret-key-id:")
            .chain_update(self.0)
            .finalize();
        digest[..4].iter().map(|b| format!("{b:02x}")).collect()
    }
}
