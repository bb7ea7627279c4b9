//! The signed-in employee changes their own account (issue 12): the display name, the country
//! (which decides the offers, R3) and the password. A password change needs the current one,
//! goes through the sign-in throttle (a wrong current password is a failed sign-in), and ends
//! every other session of the account; the session that changed it stays signed in.

use hup_core::country::Country;
use hup_core::text;

use super::{EmployeeError, MAX_DISPLAY_NAME};
use crate::accounts::{password, sessions, throttle};
use crate::services::Services;
use crate::store::employees::{self as store, Employee};
use crate::store::sessions::SessionKind;

/// What to change; `None` keeps the field as it is.
#[derive(Default)]
pub struct ProfileChange<'a> {
    /// Blank clears the name.
    pub display_name: Option<&'a str>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<&'a str>,
}

/// A display name as stored: trimmed, blank is none; one line of at most
/// [`MAX_DISPLAY_NAME`] characters without control characters.
pub fn display_name(input: &str) -> Result<Option<&str>, EmployeeError> {
    let name = input.trim();
    if name.is_empty() {
        return Ok(None);
    }
    if name.chars().count() > MAX_DISPLAY_NAME || text::single_line(name).is_err() {
        return Err(EmployeeError::InvalidDisplayName);
    }
    Ok(Some(name))
}

/// Changes the name and/or the country; every field is checked before anything is written.
/// Returns the account as it is now. The cached sessions carry the account, so they are
/// forgotten once the change is committed.
pub async fn update(
    services: &Services,
    employee: &Employee,
    change: &ProfileChange<'_>,
) -> Result<Employee, EmployeeError> {
    let name = match change.display_name {
        Some(input) => display_name(input)?.map(str::to_owned),
        None => employee.display_name.clone(),
    };
    let country = match change.country {
        Some(input) => Country::parse(input.trim())
            .map_err(EmployeeError::InvalidCountry)?
            .as_str()
            .to_owned(),
        None => employee.country.clone(),
    };
    let mut tx = services.db.begin_write().await?;
    store::set_profile(&mut tx, employee.id, name.as_deref(), &country).await?;
    tx.commit().await?;
    sessions::account_changed(services);
    Ok(Employee {
        display_name: name,
        country,
        ..employee.clone()
    })
}

/// What a password change carries.
pub struct PasswordChange<'a> {
    pub current_password: &'a str,
    pub new_password: &'a str,
    /// The session making the change, which stays signed in.
    pub session: &'a str,
    /// The caller's network address, for the sign-in throttle.
    pub client: &'a str,
}

/// Checks the password a signed-in employee typed again before a change that needs it (a new
/// password, erasing the account): through the sign-in throttle, since a wrong one is a failed
/// sign-in, against the password as stored now rather than as the session cache remembers it.
pub async fn verify_current_password(
    services: &Services,
    employee: &Employee,
    typed: &str,
    client: &str,
) -> Result<(), EmployeeError> {
    let db = &services.db;
    let attempt = throttle::SignIn {
        kind: SessionKind::Employee,
        email: &employee.email,
        account: Some(employee.id),
        client,
        free: services.config.employees.signin_free_failures,
    };
    let gate = throttle::gate(db, &attempt).await?;
    if let Some(wait) = gate.wait {
        return Err(EmployeeError::Throttled(wait));
    }
    let stored = store::employee_by_id(db, employee.id).await?;
    let hash = stored.as_ref().map(|e| e.password_hash.as_str());
    if !password::verify(typed, hash).await {
        throttle::failed(db, &attempt, &gate).await?;
        return Err(EmployeeError::WrongCurrentPassword);
    }
    Ok(())
}

/// Sets a new password when the current one is right; every other session of the account
/// ends, in this process's cache too once the change is committed.
pub async fn change_password(
    services: &Services,
    employee: &Employee,
    change: &PasswordChange<'_>,
) -> Result<(), EmployeeError> {
    let db = &services.db;
    verify_current_password(services, employee, change.current_password, change.client).await?;
    password::EMPLOYEES
        .check(change.new_password)
        .map_err(EmployeeError::InvalidPassword)?;
    let new_hash = password::hash(change.new_password).await?;
    let mut tx = db.begin_write().await?;
    store::set_password(&mut tx, employee.id, &new_hash).await?;
    let ended = sessions::end_others_of_employee(&mut tx, employee.id, change.session).await?;
    tx.commit().await?;
    ended.forget(services);
    Ok(())
}
