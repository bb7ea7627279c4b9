//! Making, listing and removing operator accounts, and resetting a lost authenticator: the
//! command line's `hup operators …`, each change in the audit log.

use serde_json::json;

use super::{parse_email, OperatorError, SETUP_SECONDS};
use crate::accounts::mfa;
use crate::audit::{self, Action, Actor};
use crate::config::Config;
use crate::mail::links;
use crate::store::operators as store;
use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, Db, StoreError, Tx};
use crate::token::Token;

/// A one-time link to `/operator/setup`, printed for the account's owner.
#[derive(Debug)]
pub struct SetupLink {
    pub email: String,
    pub link: String,
}

async fn new_link(
    tx: &mut Tx,
    config: &Config,
    id: i64,
    email: &str,
) -> Result<SetupLink, OperatorError> {
    let token = Token::generate();
    store::replace_setup_link(tx, id, &token.hash(), now_epoch() + SETUP_SECONDS).await?;
    Ok(SetupLink {
        email: email.to_owned(),
        link: links::with_token(config, "/operator/setup", &token),
    })
}

/// Writes the change's audit row and commits it with the change.
async fn recorded(
    mut tx: Tx,
    actor: &Actor,
    action: Action,
    email: &str,
) -> Result<(), OperatorError> {
    audit::record(&mut tx, actor, action, email, json!({})).await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Makes an account for `email`, without a password until its owner uses the setup link.
pub async fn add(
    db: &Db,
    config: &Config,
    actor: &Actor,
    email: &str,
) -> Result<SetupLink, OperatorError> {
    let email = parse_email(email)?;
    let mut tx = db.begin_write().await?;
    let Some(id) = store::insert(&mut tx, &email, now_epoch()).await? else {
        return Err(OperatorError::Exists(email));
    };
    let link = new_link(&mut tx, config, id, &email).await?;
    recorded(tx, actor, Action::OperatorAdd, &email).await?;
    Ok(link)
}

/// Opens the change of an existing account and forgets its authenticator and recovery codes
/// in it: the transaction, the normalized address and the account's id.
async fn without_mfa(db: &Db, email: &str) -> Result<(Tx, String, i64), OperatorError> {
    let email = parse_email(email)?;
    let mut tx = db.begin_write().await?;
    let account = store::by_email_tx(&mut tx, &email)
        .await?
        .ok_or_else(|| OperatorError::NotFound(email.clone()))?;
    mfa::remove(&mut tx, SessionKind::Operator, account.id).await?;
    Ok((tx, email, account.id))
}

/// A lost authenticator: forgets it and the recovery codes, ends the account's sessions and
/// makes a new setup link, where the owner sets a password and enrols again.
pub async fn reset_mfa(
    db: &Db,
    config: &Config,
    actor: &Actor,
    email: &str,
) -> Result<SetupLink, OperatorError> {
    let (mut tx, email, id) = without_mfa(db, email).await?;
    store::end_sessions(&mut tx, id).await?;
    let link = new_link(&mut tx, config, id, &email).await?;
    recorded(tx, actor, Action::OperatorResetMfa, &email).await?;
    Ok(link)
}

/// Removes the account, its second factor and its sessions.
pub async fn remove(db: &Db, actor: &Actor, email: &str) -> Result<(), OperatorError> {
    let (mut tx, email, id) = without_mfa(db, email).await?;
    store::delete(&mut tx, id).await?;
    recorded(tx, actor, Action::OperatorRemove, &email).await
}

/// One account as `hup operators list` shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Listing {
    pub email: String,
    /// The setup link was used: a password and an authenticator are set.
    pub set_up: bool,
    pub authenticator: bool,
    pub recovery_codes_left: i64,
    pub created_at: i64,
}

pub async fn list(db: &Db) -> Result<Vec<Listing>, OperatorError> {
    let mut out = Vec::new();
    for a in store::all(db).await? {
        let kind = SessionKind::Operator;
        out.push(Listing {
            set_up: a.password_hash.is_some(),
            authenticator: mfa::is_enrolled(db, kind, a.id).await?,
            recovery_codes_left: mfa::recovery_codes_left(db, kind, a.id).await?,
            email: a.email,
            created_at: a.created_at,
        });
    }
    Ok(out)
}
