//! Personal accounts (R7, R19): created with a personal address that no organization has
//! verified, confirmed from a mail to that address, signed in with a password (Argon2id),
//! reset by mail. The answers never tell whether an address has an account.

use hup_core::country::Country;
use hup_core::email::WorkEmail;
use hup_core::text;

use super::mails::{EmployeeLink, Kind};
use super::{EmployeeError, ACCOUNT_LINK_SECONDS, MAX_DISPLAY_NAME};
use crate::accounts::{password, sessions, throttle};
use crate::config::Config;
use crate::i18n::Locale;
use crate::mail::links;
use crate::services::Services;
use crate::store::employees::{self as store, Employee, NewEmployee, Purpose};
use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, Db};
use crate::tenancy::benefit;
use crate::token::{self, Token};

/// What the sign-up form or body carries.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub password: &'a str,
    pub country: &'a str,
    pub display_name: Option<&'a str>,
    pub locale: Locale,
}

/// Parses a personal address: the same strict rules as a work address, and R19 — not at a
/// domain any organization has verified.
pub async fn parse_personal_email(db: &Db, input: &str) -> Result<WorkEmail, EmployeeError> {
    let email = WorkEmail::parse(input).map_err(EmployeeError::InvalidEmail)?;
    if benefit::tenant_for_employee_domain(db, email.domain())
        .await?
        .is_some()
    {
        return Err(EmployeeError::WorkAddressAsPersonal(
            email.as_str().to_owned(),
        ));
    }
    Ok(email)
}

/// The hash of a new password, once it meets the employees' policy.
async fn hash_new_password(new_password: &str) -> Result<String, EmployeeError> {
    password::EMPLOYEES
        .check(new_password)
        .map_err(EmployeeError::InvalidPassword)?;
    Ok(password::hash(new_password).await?)
}

/// Creates the account (or starts an unconfirmed one over) and mails the confirmation link to
/// the personal address. An address with a confirmed account gets nothing and the same
/// answer. Wakes the mail worker when a mail was queued.
pub async fn create(
    services: &Services,
    new: &NewAccount<'_>,
    client: &str,
) -> Result<(), EmployeeError> {
    let (db, config) = (&services.db, &services.config);
    // Every field is checked, so a form can show all its errors at once (issue 12).
    let mut problems = Vec::new();
    let email = parse_personal_email(db, new.email)
        .await
        .map_err(|e| problems.push(e))
        .ok();
    let country = Country::parse(new.country)
        .map_err(|e| problems.push(EmployeeError::InvalidCountry(e)))
        .ok();
    let display_name = new.display_name.map(str::trim).filter(|s| !s.is_empty());
    // One line of printable text: a NUL is refused by PostgreSQL, a CR/LF forges lines in
    // mail and logs (issue 11: 4, 10).
    if display_name
        .is_some_and(|n| n.chars().count() > MAX_DISPLAY_NAME || text::single_line(n).is_err())
    {
        problems.push(EmployeeError::InvalidDisplayName);
    }
    if let Err(p) = password::EMPLOYEES.check(new.password) {
        problems.push(EmployeeError::InvalidPassword(p));
    }
    let (Some(email), Some(country), true) = (email, country, problems.is_empty()) else {
        return Err(EmployeeError::several(problems));
    };
    let hash = hash_new_password(new.password).await?;
    let settings = &config.employees;
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let limits = [
        (format!("account-ip:{client}"), settings.register_per_ip),
        (
            format!("account-mailbox:{}", email.mailbox_key()),
            settings.register_per_address,
        ),
    ];
    if let Some(wait) = throttle::hit(&mut tx, db.backend(), &limits, now).await? {
        tx.commit().await?;
        return Err(EmployeeError::Throttled(wait));
    }
    let details = NewEmployee {
        email: email.as_str(),
        password_hash: &hash,
        country: country.as_str(),
        display_name,
        locale: new.locale.code(),
        now,
    };
    let id = match store::employee_by_email_tx(&mut tx, email.as_str()).await? {
        Some(existing) if existing.confirmed => {
            tx.commit().await?;
            return Ok(());
        }
        Some(existing) => {
            store::replace_unconfirmed(&mut tx, existing.id, &details).await?;
            existing.id
        }
        None => store::insert_employee(&mut tx, &details).await?,
    };
    let token = Token::generate();
    store::replace_token(
        &mut tx,
        id,
        Purpose::Confirm,
        &token.hash(),
        now + ACCOUNT_LINK_SECONDS,
    )
    .await?;
    let mail = EmployeeLink {
        kind: Kind::ConfirmAccount,
        link: links::with_token(config, "/account/confirm", &token),
        hours: (ACCOUNT_LINK_SECONDS / 3600) as u64,
    };
    crate::mail::queue(
        &mut tx,
        &config.mail_from,
        email.as_str(),
        new.locale,
        &mail,
    )
    .await?;
    tx.commit().await?;
    services.mail.notify();
    Ok(())
}

/// Whether the account-confirmation link carrying `presented` can still be used, read only.
pub async fn confirm_link_open(db: &Db, presented: &str) -> Result<bool, EmployeeError> {
    link_open(db, Purpose::Confirm, presented).await
}

/// Whether the password-reset link carrying `presented` can still be used, read only.
pub async fn reset_link_open(db: &Db, presented: &str) -> Result<bool, EmployeeError> {
    link_open(db, Purpose::Reset, presented).await
}

async fn link_open(db: &Db, purpose: Purpose, presented: &str) -> Result<bool, EmployeeError> {
    if presented.is_empty() {
        return Ok(false);
    }
    Ok(store::token_is_open(db, purpose, &token::hash(presented), now_epoch()).await?)
}

/// Activates the account whose confirmation link carried `presented`.
pub async fn confirm(db: &Db, presented: &str) -> Result<(), EmployeeError> {
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let Some(id) =
        store::take_token(&mut tx, Purpose::Confirm, &token::hash(presented), now).await?
    else {
        return Err(EmployeeError::InvalidToken);
    };
    store::confirm_employee(&mut tx, id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// A signed-in employee: the session token (for the cookie or a bearer header) and the account.
pub struct SignedIn {
    pub token: Token,
    pub employee: Employee,
}

/// Signs in a confirmed account. `client` is the caller's network address, which the
/// throttle pairs with the account.
pub async fn sign_in(
    db: &Db,
    config: &Config,
    email: &str,
    password: &str,
    client: &str,
) -> Result<SignedIn, EmployeeError> {
    // A malformed address cannot have an account: the same answer as a wrong password.
    let Ok(email) = WorkEmail::parse(email) else {
        return Err(EmployeeError::BadCredentials);
    };
    let key = email.as_str();
    let account = store::employee_by_email(db, key).await?;
    let attempt = throttle::SignIn {
        kind: SessionKind::Employee,
        email: key,
        account: account.as_ref().map(|a| a.id),
        client,
        free: config.employees.signin_free_failures,
    };
    let gate = throttle::gate(db, &attempt).await?;
    if let Some(wait) = gate.wait {
        return Err(EmployeeError::Throttled(wait));
    }
    let ok = password::verify(password, account.as_ref().map(|a| a.password_hash.as_str())).await;
    match (ok, account) {
        (true, Some(employee)) if employee.confirmed => {
            throttle::succeeded(db, &attempt, employee.id).await?;
            let token = sessions::start(
                db,
                SessionKind::Employee,
                employee.id,
                super::SESSION_SECONDS,
            )
            .await?;
            Ok(SignedIn { token, employee })
        }
        // The password was right: telling the owner what is missing gives nothing away.
        (true, Some(_)) => Err(EmployeeError::NotConfirmed),
        _ => {
            throttle::failed(db, &attempt, &gate).await?;
            Err(EmployeeError::BadCredentials)
        }
    }
}

pub async fn sign_out(services: &Services, presented: &str) -> Result<(), EmployeeError> {
    sessions::end(services, SessionKind::Employee, presented).await?;
    Ok(())
}

/// Mails a link to choose a new password, when the address has an account; the answer is the
/// same either way. Wakes the mail worker when a mail was queued.
pub async fn request_reset(
    services: &Services,
    email: &str,
    locale: Locale,
    client: &str,
) -> Result<(), EmployeeError> {
    let (db, config) = (&services.db, &services.config);
    let Ok(email) = WorkEmail::parse(email) else {
        return Ok(());
    };
    let settings = &config.employees;
    let now = now_epoch();
    let mut tx = db.begin_write().await?;
    let limits = [
        (format!("reset-ip:{client}"), settings.register_per_ip),
        (
            format!("reset-mailbox:{}", email.as_str()),
            settings.register_per_address,
        ),
    ];
    if let Some(wait) = throttle::hit(&mut tx, db.backend(), &limits, now).await? {
        tx.commit().await?;
        return Err(EmployeeError::Throttled(wait));
    }
    let Some(account) = store::employee_by_email_tx(&mut tx, email.as_str()).await? else {
        tx.commit().await?;
        return Ok(());
    };
    let token = Token::generate();
    store::replace_token(
        &mut tx,
        account.id,
        Purpose::Reset,
        &token.hash(),
        now + ACCOUNT_LINK_SECONDS,
    )
    .await?;
    let mail = EmployeeLink {
        kind: Kind::ResetPassword,
        link: links::with_token(config, "/account/reset", &token),
        hours: (ACCOUNT_LINK_SECONDS / 3600) as u64,
    };
    crate::mail::queue(&mut tx, &config.mail_from, email.as_str(), locale, &mail).await?;
    tx.commit().await?;
    services.mail.notify();
    Ok(())
}

/// Sets a new password from a reset link. The link proves control of the personal address,
/// so it confirms the account too; every session of the account ends, in this process's cache
/// too once the change is committed.
pub async fn reset_password(
    services: &Services,
    presented: &str,
    new_password: &str,
) -> Result<(), EmployeeError> {
    let hash = hash_new_password(new_password).await?;
    let now = now_epoch();
    let mut tx = services.db.begin_write().await?;
    let Some(id) = store::take_token(&mut tx, Purpose::Reset, &token::hash(presented), now).await?
    else {
        return Err(EmployeeError::InvalidToken);
    };
    store::set_password(&mut tx, id, &hash).await?;
    store::confirm_employee(&mut tx, id, now).await?;
    let ended = sessions::end_all_of_employee(&mut tx, id).await?;
    tx.commit().await?;
    ended.forget(services);
    Ok(())
}
