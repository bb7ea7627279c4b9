//! Steps 1 and 2 (R15, R16): an employee enters the work address, a link goes there, and
//! using the link yields a claim that the sign-in step binds to a personal account.
//!
//! The link's token is 256 random bits kept only as a hash, works once, expires after
//! `HUP_CONFIRM_TTL_HOURS`, and stops working when the same mailbox registers again. The claim
//! is a second token of the same kind: the confirmation link proves control of the mailbox
//! but signs nobody in.

use hup_core::email::WorkEmail;

use super::mails::{EmployeeLink, Kind};
use super::registrar::Job;
use super::EmployeeError;
use crate::config::Config;
use crate::i18n::Locale;
use crate::mail::{compose, links};
use crate::services::Services;
use crate::store::registrations as store;
use crate::store::{now_epoch, Db};
use crate::token::{self, Token};

/// What registering yields: the pending-registration token for the browser that registered
/// (issue 12). Once the registration is confirmed on any device, a signed-in account in the
/// browser holding it can bind the confirmation's claim; it proves nothing by itself.
#[derive(Debug)]
pub struct Registered {
    pub browser: Token,
}

/// Step 1: checks the address and its organization, then records the registration and queues
/// the mail in one transaction, and wakes the mail worker.
pub async fn register(
    services: &Services,
    work_email: &str,
    locale: Locale,
    client: &str,
) -> Result<Registered, EmployeeError> {
    let (db, config, registrar) = (&services.db, &services.config, &services.registrar);
    let email = WorkEmail::parse(work_email).map_err(EmployeeError::InvalidEmail)?;
    // gmail.com and the like belong to no organization: say so, not "does not take part".
    if crate::consumer_domains::is_consumer(email.domain()) {
        return Err(EmployeeError::ConsumerDomain(email.domain().to_unicode()));
    }
    let tenant_id = registrar
        .participating_tenant(db, email.domain())
        .await?
        .ok_or_else(|| EmployeeError::NotParticipating(email.domain().to_unicode()))?;
    let mailbox = email.mailbox_key();
    let token = Token::generate();
    let browser = Token::generate();
    let settings = &config.employees;
    // Composed before the transaction, so the write lock is held only for the writes.
    let mail = compose::compose(
        &config.mail_from,
        email.as_str(),
        locale,
        &EmployeeLink {
            kind: Kind::ConfirmWorkAddress,
            link: links::with_token(config, "/confirm", &token),
            hours: settings.confirm_ttl.as_secs() / 3600,
        },
    )?;
    let now = now_epoch();
    let limits = [
        (format!("register-ip:{client}"), settings.register_per_ip),
        (
            format!("register-domain:{}", email.domain().as_str()),
            settings.register_per_domain,
        ),
        (
            format!("register-mailbox:{mailbox}"),
            settings.register_per_address,
        ),
    ];
    registrar
        .write(|done| Job {
            limits,
            tenant_id,
            work_email: email.as_str().to_owned(),
            mailbox,
            token_hash: token.hash(),
            browser_hash: browser.hash(),
            locale,
            mail,
            now,
            expires_at: now + settings.confirm_ttl.as_secs() as i64,
            done,
        })
        .await?;
    services.mail.notify();
    Ok(Registered { browser })
}

/// What confirming yields: the claim to bind, and the address it is for.
#[derive(Debug)]
pub struct Confirmed {
    pub claim: Token,
    pub work_email: String,
    pub tenant_id: i64,
}

/// Step 2: uses the link's token and returns a fresh claim.
pub async fn confirm(
    db: &Db,
    config: &Config,
    presented: &str,
) -> Result<Confirmed, EmployeeError> {
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let Some(reg) = store::take_registration(&mut tx, &token::hash(presented), now).await? else {
        return Err(EmployeeError::InvalidToken);
    };
    let claim = Token::generate();
    let expires_at = now + config.employees.confirm_ttl.as_secs() as i64;
    store::insert_claim(&mut tx, &claim.hash(), &reg, now, expires_at).await?;
    tx.commit().await?;
    Ok(Confirmed {
        claim,
        work_email: reg.work_email,
        tenant_id: reg.tenant_id,
    })
}

/// The confirmed work address waiting in a browser, while it can still be bound (the sign-in
/// page says so): the claim of the browser that confirmed, or the confirmed registration of
/// the browser that registered.
pub async fn waiting_address(
    db: &Db,
    claim: Option<&str>,
    pending: Option<&str>,
) -> Result<Option<String>, EmployeeError> {
    let now = now_epoch();
    if let Some(c) = claim {
        if let Some(address) = store::open_claim_address(db, &token::hash(c), now).await? {
            return Ok(Some(address));
        }
    }
    if let Some(p) = pending {
        if let Some((_, address)) = store::open_claim_of_browser(db, &token::hash(p), now).await? {
            return Ok(Some(address));
        }
    }
    Ok(None)
}

pub use store::LinkState;

/// What the confirmation link carrying `presented` is now, read only: opening a link changes
/// nothing (mail scanners open links).
pub async fn link_state(db: &Db, presented: &str) -> Result<LinkState, EmployeeError> {
    if presented.is_empty() {
        return Ok(LinkState::Invalid);
    }
    Ok(store::registration_link_state(db, &token::hash(presented), now_epoch()).await?)
}
