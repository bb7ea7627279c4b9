//! Erasing an account (GDPR art. 17): `/account/delete` and `DELETE /api/v1/me`, with the
//! password typed again. In one transaction every session ends, renewals stop, and the
//! account's names and addresses go from every table, the mail outbox included
//! (`store::erasure`, one step per table); its orders stay for the books without them, so
//! the program report's order and sales figures do not change. Then the freed bytes are
//! scrubbed from the database files (`Db::scrub`).
//!
//! No mail confirms the erasure: its outbox row would keep the address it was meant to erase.

use hup_core::email::WorkEmail;

use crate::accounts::sessions;
use crate::employees::{profile, EmployeeError};
use crate::services::Services;
use crate::store::employees::Employee;
use crate::store::erasure::{self as store, Subject};
use crate::store::{StoreError, Tx};

/// What erasing asks for.
pub struct Erasure<'a> {
    /// The account's password, typed again.
    pub password: &'a str,
    /// The caller's network address, for the sign-in throttle.
    pub client: &'a str,
}

/// Erases `employee`'s account once the password is right.
pub async fn erase(
    services: &Services,
    employee: &Employee,
    erasure: &Erasure<'_>,
) -> Result<(), EmployeeError> {
    profile::verify_current_password(services, employee, erasure.password, erasure.client).await?;
    let db = &services.db;
    let mut tx = db.begin_write().await?;
    let subject = Subject {
        employee_id: employee.id,
        email: employee.email.clone(),
        mailbox_key: WorkEmail::parse(&employee.email)
            .map(|e| e.mailbox_key())
            .unwrap_or_else(|_| employee.email.clone()),
        work: store::work_addresses(&mut tx, employee.id).await?,
    };
    stop_renewals(&mut tx, employee.id).await?;
    let ended = sessions::end_all_of_employee(&mut tx, employee.id).await?;
    let erased = store::erase(&mut tx, &subject).await?;
    tx.commit().await?;
    ended.forget(services);
    let tables: Vec<&str> = erased.iter().map(|(table, _)| *table).collect();
    // The erasure stands once committed; a scrub that fails leaves bytes for the next one.
    if let Err(e) = db.scrub(&tables).await {
        tracing::warn!(error = ?e, "erasure: the database files could not be scrubbed");
    }
    tracing::info!(
        employee = employee.id,
        rows = erased.iter().map(|(_, n)| n).sum::<u64>(),
        "account erased"
    );
    Ok(())
}

/// Stops the account's subscriptions from renewing, in the erasure's own transaction: each
/// stays usable for the period paid for, then ends; the saved card is forgotten (issue 14).
async fn stop_renewals(tx: &mut Tx, employee_id: i64) -> Result<(), StoreError> {
    crate::store::subscriptions::stop_all(tx, employee_id, crate::store::now_epoch()).await?;
    Ok(())
}
