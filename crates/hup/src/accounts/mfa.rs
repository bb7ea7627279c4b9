//! The second factor, for operators and org admins alike (issue 15): enrolling a TOTP
//! authenticator (the code it shows proves the enrolment), ten recovery codes shown once and
//! kept hashed, and checking a code at sign-in with the replay guard. The rules are
//! `hup_core::mfa`'s; the secret is sealed with `HUP_SECRET_KEY` (`secrets`).

use hup_core::mfa::{self, MfaProblem, Totp};
use rand::RngCore;

use crate::secrets::{Sealer, SecretsError};
use crate::store::sessions::SessionKind;
use crate::store::{mfa as store, now_epoch, Db, StoreError, Tx};
use crate::token;

/// What the app shows as issuer beside the account.
pub const ISSUER: &str = "Home Use Program";

#[derive(Debug, thiserror::Error)]
pub enum MfaError {
    #[error(transparent)]
    Code(#[from] MfaProblem),
    #[error(transparent)]
    Secrets(#[from] SecretsError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A fresh random secret for an enrolment form.
pub fn new_secret() -> Totp {
    let mut bytes = [0u8; mfa::SECRET_BYTES];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    Totp::new(bytes)
}

/// The QR code of the secret's `otpauth://` address as inline SVG.
pub fn qr_svg(secret: &Totp, account: &str) -> String {
    match qrcode::QrCode::new(secret.uri(ISSUER, account).as_bytes()) {
        Ok(code) => code
            .render::<qrcode::render::svg::Color>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
        // The address is far below a QR code's capacity; the base32 text stays beside it.
        Err(_) => String::new(),
    }
}

fn purpose(kind: SessionKind, subject_id: i64) -> String {
    format!("mfa:{}:{subject_id}", kind.code())
}

/// An enrolment proven by a current code, ready to be stored: the recovery codes in the clear
/// go to the holder once.
pub struct Proven {
    sealed: String,
    step: i64,
    hashes: Vec<String>,
    pub recovery_codes: Vec<String>,
}

/// Checks that `code` is current for `secret` (the app was set up right) and prepares what is
/// stored.
pub fn prove(
    sealer: &Sealer,
    kind: SessionKind,
    subject_id: i64,
    secret: &Totp,
    code: &str,
) -> Result<Proven, MfaError> {
    let step = secret.accept(code, now_epoch(), 0)?;
    let sealed = sealer.seal(&purpose(kind, subject_id), secret.bytes())?;
    let recovery_codes: Vec<String> = (0..mfa::RECOVERY_CODES)
        .map(|_| {
            let mut random = [0u8; 10];
            rand::rngs::OsRng.fill_bytes(&mut random);
            mfa::recovery_code(&random)
        })
        .collect();
    let hashes = recovery_codes
        .iter()
        .filter_map(|c| mfa::normalize_recovery_code(c))
        .map(|c| token::hash(&c))
        .collect();
    Ok(Proven {
        sealed,
        step,
        hashes,
        recovery_codes,
    })
}

/// Stores a proven enrolment in the caller's transaction, replacing any earlier one.
pub async fn store(
    tx: &mut Tx,
    kind: SessionKind,
    subject_id: i64,
    proven: &Proven,
) -> Result<(), StoreError> {
    let now = now_epoch();
    store::enrol(
        tx,
        kind.code(),
        subject_id,
        &proven.sealed,
        proven.step,
        &proven.hashes,
        now,
    )
    .await
}

/// Forgets the authenticator and recovery codes (a reset, a removed account).
pub async fn remove(tx: &mut Tx, kind: SessionKind, subject_id: i64) -> Result<(), StoreError> {
    store::remove(tx, kind.code(), subject_id).await
}

pub async fn is_enrolled(db: &Db, kind: SessionKind, subject_id: i64) -> Result<bool, StoreError> {
    Ok(store::authenticator(db, kind.code(), subject_id)
        .await?
        .is_some())
}

pub async fn recovery_codes_left(
    db: &Db,
    kind: SessionKind,
    subject_id: i64,
) -> Result<i64, StoreError> {
    store::recovery_codes_left(db, kind.code(), subject_id).await
}

/// Which second factor a sign-in presented.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Factor {
    Totp,
    /// A recovery code, now used up.
    RecoveryCode,
}

/// Checks a code typed at sign-in: a current TOTP code not used before, or an unused recovery
/// code. Of two sign-ins racing with one code, one wins.
pub async fn check(
    db: &Db,
    sealer: &Sealer,
    kind: SessionKind,
    subject_id: i64,
    code: &str,
) -> Result<Factor, MfaError> {
    let Some(stored) = store::authenticator(db, kind.code(), subject_id).await? else {
        return Err(MfaProblem::Wrong.into());
    };
    if mfa::is_totp_code(code) {
        let bytes = sealer.open(&purpose(kind, subject_id), &stored.sealed_secret)?;
        let secret = Totp::from_bytes(&bytes)?;
        let step = secret.accept(code, now_epoch(), stored.last_step)?;
        return if store::advance(db, kind.code(), subject_id, step).await? {
            Ok(Factor::Totp)
        } else {
            Err(MfaProblem::Replayed.into())
        };
    }
    let normalized = mfa::normalize_recovery_code(code).ok_or(MfaProblem::Malformed)?;
    let hash = token::hash(&normalized);
    if store::use_recovery_code(db, kind.code(), subject_id, &hash, now_epoch()).await? {
        Ok(Factor::RecoveryCode)
    } else {
        Err(MfaProblem::Wrong.into())
    }
}

/// At start: without `HUP_SECRET_KEY` no stored secret could be opened, so hup refuses to run
/// once any is stored; with `HUP_SECRET_KEY_OLD` beside it, every secret the old key sealed is
/// sealed again with the new one (one transaction). Answers how many were sealed again.
pub async fn check_and_rotate(db: &Db, sealer: &Sealer) -> Result<u64, MfaError> {
    let stored = store::sealed_secrets(db).await?;
    let stale: Vec<_> = stored
        .into_iter()
        .filter(|(_, _, sealed)| !sealer.is_current(sealed))
        .collect();
    if stale.is_empty() {
        return Ok(0);
    }
    let mut tx = db.begin_write().await?;
    for (kind, id, sealed) in &stale {
        let purpose = format!("mfa:{kind}:{id}");
        let plain = sealer.open(&purpose, sealed)?;
        store::reseal(&mut tx, kind, *id, &sealer.seal(&purpose, &plain)?).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(stale.len() as u64)
}
