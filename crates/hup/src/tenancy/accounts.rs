//! Admins' work accounts: sign-up with the work address, confirmation from the mail, sign-in
//! and sign-out. The first confirmed admin of a domain with no tenant gets an unmanaged one;
//! later ones join it as members (R11).

use hup_core::email::WorkEmail;

use super::mails::AdminConfirm;
use super::{TenancyError, CONFIRM_SECONDS, SESSION_SECONDS};
use crate::accounts::mfa::{self, MfaError};
use crate::accounts::{password, sessions, throttle};
use crate::i18n::Locale;
use crate::mail::links;
use crate::secrets::Sealer;
use crate::services::Services;
use crate::store::admins::{self, AdminAccount, Role};
use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, tenants, Db};
use crate::token::{self, Token};

/// Parses a work address an admin typed, refusing consumer mail domains.
pub fn parse_work_email(input: &str) -> Result<WorkEmail, TenancyError> {
    let email = WorkEmail::parse(input).map_err(TenancyError::InvalidEmail)?;
    if crate::consumer_domains::is_consumer(email.domain()) {
        return Err(TenancyError::ConsumerDomain(email.domain().to_string()));
    }
    Ok(email)
}

/// Step one: records the account and queues the confirmation mail. A second sign-up of an
/// unconfirmed address replaces the password and sends a new link; one of a confirmed
/// address changes nothing and sends nothing, so the answer does not tell who has an account.
/// Wakes the mail worker when a mail was queued.
pub async fn sign_up(
    services: &Services,
    work_email: &str,
    password: &str,
    locale: Locale,
) -> Result<(), TenancyError> {
    let (db, config) = (&services.db, &services.config);
    let email = parse_work_email(work_email)?;
    password::ADMINS
        .check(password)
        .map_err(TenancyError::InvalidPassword)?;
    let hash = password::hash(password).await?;
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let admin_id = match admins::by_email(&mut tx, email.as_str()).await? {
        Some(existing) if existing.confirmed => return Ok(()),
        Some(existing) => {
            admins::replace_unconfirmed(&mut tx, existing.id, &hash, locale.code()).await?;
            existing.id
        }
        None => {
            admins::insert(
                &mut tx,
                email.as_str(),
                email.domain().as_str(),
                &hash,
                locale.code(),
                now,
            )
            .await?
        }
    };
    let token = Token::generate();
    admins::add_confirmation(&mut tx, admin_id, &token.hash(), now + CONFIRM_SECONDS).await?;
    let link = links::with_token(config, "/admin/confirm", &token);
    crate::mail::queue(
        &mut tx,
        &config.mail_from,
        email.as_str(),
        locale,
        &AdminConfirm { link },
    )
    .await?;
    tx.commit().await?;
    services.mail.notify();
    Ok(())
}

/// Step two: the address is confirmed and the account joins its tenant. Returns the tenant.
pub async fn confirm(db: &Db, presented: &str) -> Result<i64, TenancyError> {
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let Some(admin) = admins::take_confirmation(&mut tx, &token::hash(presented), now).await?
    else {
        return Err(TenancyError::InvalidToken);
    };
    if let (true, Some(tenant)) = (admin.confirmed, admin.tenant_id) {
        tx.commit().await?;
        return Ok(tenant);
    }
    let domain = hup_core::email::Domain::parse(&admin.domain)
        .map_err(|e| TenancyError::Internal(anyhow::anyhow!("stored domain: {e}")))?;
    let chain: Vec<String> = domain
        .parent_chain()
        .iter()
        .map(|d| d.as_str().to_owned())
        .collect();
    // A managed tenant's admins decide who joins it (issue 12): the account waits for their
    // approval. An unmanaged tenant holds nothing but unproven domains, and anyone at the
    // domain may prove one, so joining it needs nobody's approval; a later proof asks for it.
    let (tenant, role, approved) = if let Some(t) =
        tenants::verified_owner_tx(&mut tx, &chain).await?
    {
        (t, Role::Member, false)
    } else if let Some(t) = tenants::unmanaged_for_home(&mut tx, domain.as_str()).await? {
        (t, Role::Member, true)
    } else if let Some(t) = tenants::create_unmanaged(&mut tx, domain.as_str(), now).await? {
        (t, Role::Admin, true)
    } else {
        let t = tenants::unmanaged_for_home(&mut tx, domain.as_str())
            .await?
            .ok_or_else(|| TenancyError::Internal(anyhow::anyhow!("unmanaged tenant vanished")))?;
        (t, Role::Member, true)
    };
    admins::confirm_into(&mut tx, admin.id, tenant, role, approved, now).await?;
    tx.commit().await?;
    Ok(tenant)
}

/// A signed-in admin: the session token (for the cookie or a bearer header) and the account.
pub struct SignedIn {
    pub token: Token,
    pub admin: AdminAccount,
}

/// Signs in a confirmed admin. `client` is the caller's network address: the throttle pairs
/// it with the account, and an address the admin signed in from before is never made to wait
/// for anyone else's failures (issue 11: 2). An admin who enrolled an authenticator at
/// `/admin/security` also needs its current `code` (or a recovery code, issue 15); a wrong or
/// missing one fails as a wrong password does.
pub async fn sign_in(
    services: &Services,
    work_email: &str,
    password: &str,
    code: &str,
    client: &str,
) -> Result<SignedIn, TenancyError> {
    let db = &services.db;
    // A malformed address cannot have an account; it gets the same answer as a wrong password.
    let key = match WorkEmail::parse(work_email) {
        Ok(e) => e.as_str().to_owned(),
        Err(_) => return Err(TenancyError::BadCredentials),
    };
    let admin = admins::confirmed_by_email(db, &key).await?;
    let attempt = throttle::SignIn {
        kind: SessionKind::Admin,
        email: &key,
        account: admin.as_ref().map(|a| a.id),
        client,
        free: services.config.employees.signin_free_failures,
    };
    let gate = throttle::gate(db, &attempt).await?;
    if let Some(wait) = gate.wait {
        return Err(TenancyError::TooManyAttempts(wait));
    }
    let ok = password::verify(password, admin.as_ref().map(|a| a.password_hash.as_str())).await;
    let ok = match (&admin, ok) {
        (Some(a), true) => second_factor(services, a.id, code).await?,
        _ => false,
    };
    match (ok, admin) {
        (true, Some(admin)) => {
            throttle::succeeded(db, &attempt, admin.id).await?;
            let token = sessions::start(db, SessionKind::Admin, admin.id, SESSION_SECONDS).await?;
            Ok(SignedIn { token, admin })
        }
        _ => {
            throttle::failed(db, &attempt, &gate).await?;
            Err(TenancyError::BadCredentials)
        }
    }
}

/// Whether the admin passes the second factor: no authenticator enrolled, or `code` is
/// current (or an unused recovery code).
async fn second_factor(services: &Services, admin: i64, code: &str) -> Result<bool, TenancyError> {
    let db = &services.db;
    if !mfa::is_enrolled(db, SessionKind::Admin, admin).await? {
        return Ok(true);
    }
    let sealer = Sealer::of(&services.config);
    match mfa::check(db, &sealer, SessionKind::Admin, admin, code).await {
        Ok(_) => Ok(true),
        Err(MfaError::Code(_)) => Ok(false),
        Err(e) => Err(TenancyError::Internal(anyhow::Error::new(e))),
    }
}

pub async fn sign_out(services: &Services, presented: &str) -> Result<(), TenancyError> {
    sessions::end(services, SessionKind::Admin, presented).await?;
    Ok(())
}
