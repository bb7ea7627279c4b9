//! Secrets hup must read back (TOTP secrets today; license keys and webhook secrets next), kept
//! at rest sealed with ChaCha20-Poly1305 under `HUP_SECRET_KEY`. A leaked database or backup
//! then gives no one a working authenticator.
//!
//! A sealed value is `v1.KEYID.BASE64URL(nonce ‖ ciphertext)`: KEYID names the key that sealed
//! it, so while rotating (`HUP_SECRET_KEY_OLD` set to the previous key) values of either key
//! open, and [`Sealer::is_current`] tells which ones to seal again. Each value is bound to its
//! purpose (the associated data, e.g. `mfa:operator:7`), so a sealed secret copied onto
//! another row does not open there.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;

pub mod key;

pub use key::SecretKey;

use crate::config::Config;

const VERSION: &str = "v1";
const NONCE_BYTES: usize = 12;

/// Where the demo keeps the key it made, so a restarted demo opens what it sealed before.
pub const DEMO_KEY_FILE: &str = "hup-data/secret.key";

/// The demo's key (contract.md: "the demo makes one under `hup-data/`"): read from
/// [`DEMO_KEY_FILE`], or made and written there (readable by its owner only) the first time.
pub fn demo_key() -> std::io::Result<SecretKey> {
    let path = std::path::Path::new(DEMO_KEY_FILE);
    match std::fs::read_to_string(path) {
        Ok(text) => SecretKey::parse(&text).map_err(|e| {
            std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("{DEMO_KEY_FILE}: {e}"),
            )
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let key = SecretKey::generate();
            crate::config::ensure_parent_dir(path)?;
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
            std::io::Write::write_all(&mut options.open(path)?, key.to_base64().as_bytes())?;
            Ok(key)
        }
        Err(e) => Err(e),
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretsError {
    #[error(
        "HUP_SECRET_KEY is not set: it encrypts TOTP secrets at rest (openssl rand -base64 32)"
    )]
    NoKey,
    #[error("a stored secret was sealed with key {0}, which is neither HUP_SECRET_KEY nor HUP_SECRET_KEY_OLD")]
    UnknownKey(String),
    #[error("a stored secret does not open: it was altered or belongs to another row")]
    Corrupt,
}

/// Seals and opens secrets with the configured keys.
#[derive(Clone, Debug)]
pub struct Sealer {
    current: Option<SecretKey>,
    old: Option<SecretKey>,
}

impl Sealer {
    pub fn new(current: Option<SecretKey>, old: Option<SecretKey>) -> Sealer {
        Sealer { current, old }
    }

    pub fn of(config: &Config) -> Sealer {
        Sealer::new(config.secret_key.clone(), config.secret_key_old.clone())
    }

    /// Seals `plain` for `purpose` with the current key.
    pub fn seal(&self, purpose: &str, plain: &[u8]) -> Result<String, SecretsError> {
        let key = self.current.as_ref().ok_or(SecretsError::NoKey)?;
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key.0));
        let payload = Payload {
            msg: plain,
            aad: purpose.as_bytes(),
        };
        let sealed = cipher
            .encrypt(Nonce::from_slice(&nonce), payload)
            .map_err(|_| SecretsError::Corrupt)?;
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        Ok(format!(
            "{VERSION}.{}.{}",
            key.id(),
            URL_SAFE_NO_PAD.encode(out)
        ))
    }

    /// Opens a value [`Sealer::seal`] made for the same `purpose`, with whichever configured
    /// key sealed it.
    pub fn open(&self, purpose: &str, sealed: &str) -> Result<Vec<u8>, SecretsError> {
        let mut parts = sealed.splitn(3, '.');
        let (Some(VERSION), Some(id), Some(body)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(SecretsError::Corrupt);
        };
        let key = [&self.current, &self.old]
            .into_iter()
            .flatten()
            .find(|k| k.id() == id)
            .ok_or_else(|| match self.current {
                None => SecretsError::NoKey,
                Some(_) => SecretsError::UnknownKey(id.to_owned()),
            })?;
        let bytes = URL_SAFE_NO_PAD
            .decode(body)
            .map_err(|_| SecretsError::Corrupt)?;
        if bytes.len() < NONCE_BYTES {
            return Err(SecretsError::Corrupt);
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        let cipher = ChaCha20Poly1305::new(Key::from_slice(&key.0));
        let payload = Payload {
            msg: ciphertext,
            aad: purpose.as_bytes(),
        };
        cipher
            .decrypt(Nonce::from_slice(nonce), payload)
            .map_err(|_| SecretsError::Corrupt)
    }

    /// Whether `sealed` was sealed with the current key (else it is sealed again when rotating).
    pub fn is_current(&self, sealed: &str) -> bool {
        match (&self.current, sealed.split('.').nth(1)) {
            (Some(key), Some(id)) => key.id() == id,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_for_their_purpose_only() {
        let sealer = Sealer::new(Some(SecretKey::generate()), None);
        let sealed = sealer.seal("mfa:operator:1", b"secret").unwrap();
        assert!(sealed.starts_with("v1.") && !sealed.contains("secret"));
        assert_eq!(sealer.open("mfa:operator:1", &sealed).unwrap(), b"secret");
        assert_eq!(
            sealer.open("mfa:operator:2", &sealed),
            Err(SecretsError::Corrupt)
        );
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(
            sealer.open("mfa:operator:1", &altered),
            Err(SecretsError::Corrupt)
        );
        assert_ne!(
            sealer.seal("p", b"x").unwrap(),
            sealer.seal("p", b"x").unwrap()
        );
    }

    #[test]
    fn rotation_opens_old_values_and_seals_with_the_new_key() {
        let old = SecretKey::generate();
        let new = SecretKey::generate();
        let before = Sealer::new(Some(old.clone()), None);
        let sealed = before.seal("p", b"totp").unwrap();
        let rotating = Sealer::new(Some(new.clone()), Some(old));
        assert!(!rotating.is_current(&sealed));
        assert_eq!(rotating.open("p", &sealed).unwrap(), b"totp");
        let again = rotating.seal("p", b"totp").unwrap();
        assert!(rotating.is_current(&again));
        let after = Sealer::new(Some(new), None);
        assert_eq!(after.open("p", &again).unwrap(), b"totp");
        assert!(matches!(
            after.open("p", &sealed),
            Err(SecretsError::UnknownKey(_))
        ));
        assert_eq!(
            Sealer::new(None, None).open("p", &sealed),
            Err(SecretsError::NoKey)
        );
    }

    #[test]
    fn keys_are_32_bytes_of_base64() {
        let key = SecretKey::generate();
        assert_eq!(SecretKey::parse(&key.to_base64()), Ok(key.clone()));
        assert!(SecretKey::parse("c2hvcnQ=")
            .unwrap_err()
            .contains("5 bytes"));
        assert!(SecretKey::parse("not base64!").is_err());
        assert!(!format!("{key:?}").contains(&key.to_base64()));
    }
}
