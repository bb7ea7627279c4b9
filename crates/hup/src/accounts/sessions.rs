//! The one place that starts, looks up and ends sessions of admins and employees, and with
//! them this process's cache of employee sessions: a cached session is forgotten only after
//! the change that ended it is committed, so no request in between can cache it again.

use crate::services::Services;
use crate::store::admins::{self, AdminAccount};
use crate::store::employees::{self, Employee};
use crate::store::sessions::{self as store, SessionKind};
use crate::store::{Db, StoreError, Tx};
use crate::token::{self, Token};

pub use super::session_cache::{EmployeeSessions, EMPLOYEE_CACHE_ENTRIES, EMPLOYEE_CACHE_TTL};

/// Starts a session of `kind` for `subject_id` lasting `ttl_seconds`; the token goes to the
/// holder.
pub async fn start(
    db: &Db,
    kind: SessionKind,
    subject_id: i64,
    ttl_seconds: i64,
) -> Result<Token, StoreError> {
    store::create(db, kind, subject_id, ttl_seconds).await
}

/// Ends the session whose token is `presented` (signing out), then forgets it.
pub async fn end(
    services: &Services,
    kind: SessionKind,
    presented: &str,
) -> Result<(), StoreError> {
    store::end(&services.db, kind, presented).await?;
    if kind == SessionKind::Employee {
        services.employee_sessions.remove(&token::hash(presented));
    }
    Ok(())
}

/// Ends every session of an employee within `tx`; [`Ended::forget`] after the commit.
pub async fn end_all_of_employee(tx: &mut Tx, employee_id: i64) -> Result<Ended, StoreError> {
    store::end_employee_sessions(tx, employee_id).await?;
    Ok(Ended(()))
}

/// Ends every session of an employee but `keep` (the token presented) within `tx`;
/// [`Ended::forget`] after the commit.
pub async fn end_others_of_employee(
    tx: &mut Tx,
    employee_id: i64,
    keep: &str,
) -> Result<Ended, StoreError> {
    store::end_other_employee_sessions(tx, employee_id, keep).await?;
    Ok(Ended(()))
}

/// An employee's account changed after its commit (name, country): the cached sessions carry
/// the account as it was, so they are forgotten and the next request reads it afresh.
pub fn account_changed(services: &Services) {
    services.employee_sessions.clear();
}

/// Sessions ended in a transaction, still in this process's cache.
#[must_use = "forget the ended sessions once the transaction is committed"]
pub struct Ended(());

impl Ended {
    /// Called after the commit. The cache is keyed by token, so it is emptied whole.
    pub fn forget(self, services: &Services) {
        services.employee_sessions.clear();
    }
}

/// The confirmed admin a session token belongs to.
pub async fn admin(
    services: &Services,
    presented: &str,
) -> Result<Option<AdminAccount>, StoreError> {
    match store::subject(&services.db, SessionKind::Admin, presented).await? {
        Some(id) => admins::by_id(&services.db, id).await,
        None => Ok(None),
    }
}

/// How a request may learn whose an employee session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// A read: this process's cache will do, so a session ended in another process may work
    /// here for up to [`EMPLOYEE_CACHE_TTL`] longer.
    Cached,
    /// A change (an order, a sign-out, any non-GET/HEAD request): from the database, so a
    /// session ended anywhere is ended here at once (issue 11: 5).
    Fresh,
}

/// The employee a session token belongs to: with [`Check::Cached`] from the cache when this
/// process checked it lately, with [`Check::Fresh`] from the database. A fresh check that finds
/// the session ended forgets it here too; one that finds it alive caches nothing, so it cannot
/// put back a session a sign-out in this process just forgot.
pub async fn employee(
    services: &Services,
    presented: &str,
    check: Check,
) -> Result<Option<Employee>, StoreError> {
    let db = &services.db;
    let look = async {
        match store::subject(db, SessionKind::Employee, presented).await? {
            Some(id) => employees::employee_by_id(db, id).await,
            None => Ok(None),
        }
    };
    let key = token::hash(presented);
    match check {
        Check::Cached => {
            services
                .employee_sessions
                .get_or_look(key, Option::is_some, look)
                .await
        }
        Check::Fresh => {
            let found = look.await?;
            if found.is_none() {
                services.employee_sessions.remove(&key);
            }
            Ok(found)
        }
    }
}
