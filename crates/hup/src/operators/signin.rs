//! Signing an operator in: the password and a current code of the authenticator (or one of
//! the recovery codes), throttled like admins' and employees' sign-ins.

use serde_json::json;

use super::{parse_email, OperatorError, SESSION_SECONDS};
use crate::accounts::mfa::{self, Factor};
use crate::accounts::{password, sessions, throttle};
use crate::audit::{self, Action, Actor};
use crate::secrets::Sealer;
use crate::services::Services;
use crate::store::operators::{self as store, OperatorAccount};
use crate::store::sessions::SessionKind;
use crate::store::StoreError;
use crate::token::Token;

pub struct SignedIn {
    pub token: Token,
    pub operator: OperatorAccount,
}

/// Signs in with the address, the password and a code. Every failure, of the password or the
/// code, gets the same answer and counts against the throttle (issue 11: 2).
pub async fn sign_in(
    services: &Services,
    email: &str,
    password: &str,
    code: &str,
    client: &str,
) -> Result<SignedIn, OperatorError> {
    let db = &services.db;
    let Ok(key) = parse_email(email) else {
        return Err(OperatorError::BadCredentials);
    };
    let account = store::by_email(db, &key)
        .await?
        .filter(|a| a.password_hash.is_some());
    let attempt = throttle::SignIn {
        kind: SessionKind::Operator,
        email: &key,
        account: account.as_ref().map(|a| a.id),
        client,
        free: services.config.employees.signin_free_failures,
    };
    let gate = throttle::gate(db, &attempt).await?;
    if let Some(wait) = gate.wait {
        return Err(OperatorError::TooManyAttempts(wait));
    }
    let hash = account.as_ref().and_then(|a| a.password_hash.as_deref());
    let password_ok = password::verify(password, hash).await;
    let factor = match (&account, password_ok) {
        (Some(a), true) => {
            let sealer = Sealer::of(&services.config);
            match mfa::check(db, &sealer, SessionKind::Operator, a.id, code).await {
                Ok(factor) => Some(factor),
                Err(mfa::MfaError::Code(_)) => None,
                Err(e) => return Err(e.into()),
            }
        }
        _ => None,
    };
    let (Some(operator), Some(factor)) = (account, factor) else {
        throttle::failed(db, &attempt, &gate).await?;
        return Err(OperatorError::BadCredentials);
    };
    throttle::succeeded(db, &attempt, operator.id).await?;
    let token = sessions::start(db, SessionKind::Operator, operator.id, SESSION_SECONDS).await?;
    let actor = Actor::operator(&operator.email, client);
    let mut tx = db.begin_write().await?;
    let detail = json!({ "recovery_code": factor == Factor::RecoveryCode });
    audit::record(
        &mut tx,
        &actor,
        Action::OperatorSignIn,
        &operator.email,
        detail,
    )
    .await?;
    tx.commit().await.map_err(StoreError::from)?;
    Ok(SignedIn { token, operator })
}

pub async fn sign_out(services: &Services, presented: &str) -> Result<(), OperatorError> {
    sessions::end(services, SessionKind::Operator, presented).await?;
    Ok(())
}

/// The operator a session token belongs to.
pub async fn session(
    services: &Services,
    presented: &str,
) -> Result<Option<OperatorAccount>, OperatorError> {
    use crate::store::sessions as session_store;
    match session_store::subject(&services.db, SessionKind::Operator, presented).await? {
        Some(id) => Ok(store::by_id(&services.db, id).await?),
        None => Ok(None),
    }
}
