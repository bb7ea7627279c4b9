//! An org admin's second factor (issue 15): enrolling a TOTP authenticator at
//! `/admin/security`, with ten recovery codes shown once, and removing it — which
//! `HUP_ADMIN_MFA=required` does not allow.

use hup_core::mfa::Totp;

use super::TenancyError;
use crate::accounts::mfa::{self, MfaError};
use crate::config::AdminMfa;
use crate::secrets::Sealer;
use crate::services::Services;
use crate::store::sessions::SessionKind;
use crate::store::{Db, StoreError};

/// Whether the admin has an authenticator, and how many recovery codes are left.
pub async fn status(db: &Db, admin: i64) -> Result<(bool, i64), TenancyError> {
    let kind = SessionKind::Admin;
    Ok((
        mfa::is_enrolled(db, kind, admin).await?,
        mfa::recovery_codes_left(db, kind, admin).await?,
    ))
}

/// Enrols (or replaces) the authenticator whose secret the form showed, proven by its current
/// code; answers the recovery codes to show once.
pub async fn enrol(
    services: &Services,
    admin: i64,
    secret: &str,
    code: &str,
) -> Result<Vec<String>, TenancyError> {
    let secret = Totp::from_base32(secret).map_err(TenancyError::InvalidCode)?;
    let sealer = Sealer::of(&services.config);
    let proven = mfa::prove(&sealer, SessionKind::Admin, admin, &secret, code).map_err(refusal)?;
    let mut tx = services.db.begin_write().await?;
    mfa::store(&mut tx, SessionKind::Admin, admin, &proven).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(proven.recovery_codes)
}

/// Removes the authenticator; refused while `HUP_ADMIN_MFA=required`.
pub async fn remove(services: &Services, admin: i64) -> Result<(), TenancyError> {
    if services.config.admin_mfa == AdminMfa::Required {
        return Err(TenancyError::Conflict {
            kind: "mfa-required",
            detail: "HUP_ADMIN_MFA=required: every admin signs in with an authenticator".into(),
        });
    }
    let mut tx = services.db.begin_write().await?;
    mfa::remove(&mut tx, SessionKind::Admin, admin).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

fn refusal(e: MfaError) -> TenancyError {
    match e {
        MfaError::Code(p) => TenancyError::InvalidCode(p),
        MfaError::Store(s) => TenancyError::Store(s),
        MfaError::Secrets(s) => TenancyError::Internal(anyhow::Error::new(s)),
    }
}
