//! The setup link (`/operator/setup?token=…`): the owner of a new or reset account sets a
//! password, enrols a TOTP authenticator by typing its current code, and receives ten
//! recovery codes, once. Opening the link changes nothing; the link is used up only when the
//! form succeeds, so a mistyped code keeps it working.

use hup_core::mfa::Totp;
use serde_json::json;

use super::OperatorError;
use crate::accounts::{mfa, password};
use crate::audit::{self, Action, Actor};
use crate::secrets::Sealer;
use crate::services::Services;
use crate::store::operators::{self as store, OperatorAccount};
use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, Db, StoreError};
use crate::token;

/// The account a live setup link belongs to.
pub async fn open(db: &Db, presented: &str) -> Result<OperatorAccount, OperatorError> {
    store::by_setup_link(db, &token::hash(presented), now_epoch())
        .await?
        .ok_or(OperatorError::InvalidToken)
}

/// What the setup form posts. `secret` is the base32 text the form showed (the page is behind
/// the link's token, and the secret is on it anyway).
pub struct Setup<'a> {
    pub token: &'a str,
    pub password: &'a str,
    pub secret: &'a str,
    pub code: &'a str,
    pub client: &'a str,
}

/// Sets the password and the authenticator; answers the recovery codes to show once.
pub async fn complete(services: &Services, form: Setup<'_>) -> Result<Vec<String>, OperatorError> {
    let db = &services.db;
    let account = open(db, form.token).await?;
    password::OPERATORS
        .check(form.password)
        .map_err(OperatorError::InvalidPassword)?;
    let secret = Totp::from_base32(form.secret).map_err(OperatorError::InvalidCode)?;
    let sealer = Sealer::of(&services.config);
    let proven = mfa::prove(
        &sealer,
        SessionKind::Operator,
        account.id,
        &secret,
        form.code,
    )?;
    let hash = password::hash(form.password).await?;
    let mut tx = db.begin_write().await?;
    // Used up in the same transaction: of two posts of one link, one sets the account up.
    if store::take_setup_link(&mut tx, &token::hash(form.token), now_epoch()).await?
        != Some(account.id)
    {
        return Err(OperatorError::InvalidToken);
    }
    store::set_password(&mut tx, account.id, &hash, now_epoch()).await?;
    mfa::store(&mut tx, SessionKind::Operator, account.id, &proven).await?;
    store::end_sessions(&mut tx, account.id).await?;
    let actor = Actor::operator(&account.email, form.client);
    audit::record(
        &mut tx,
        &actor,
        Action::OperatorSetUp,
        &account.email,
        json!({}),
    )
    .await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(proven.recovery_codes)
}
