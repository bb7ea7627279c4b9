//! A tenant's accounts (issue 12): who signed up at its domains, who is let in, and the
//! admins' Approve and Remove. An account that joins a managed tenant sees nothing of it until
//! an admin approves it; a removed account is signed out everywhere at once.

use hup_core::tenancy as rules;

use super::TenancyError;
use crate::store::admins::{self, AdminAccount, Role};
use crate::store::sessions::SessionKind;
use crate::store::{now_epoch, Db};

/// One account as the tenant's accounts page and `GET …/admins` show it.
#[derive(Clone, Debug)]
pub struct AccountView {
    pub id: i64,
    pub email: String,
    pub role: Role,
    pub approved: bool,
    /// The caller's own account.
    pub you: bool,
}

/// The tenant's accounts, and whether the caller may approve and remove them.
pub struct Accounts {
    pub accounts: Vec<AccountView>,
    pub can_manage: bool,
}

/// The tenant's confirmed accounts, oldest first; for approved accounts only.
pub async fn list(db: &Db, admin: &AdminAccount, tenant_id: i64) -> Result<Accounts, TenancyError> {
    let (_, standing) = super::membership(db, admin, tenant_id).await?;
    let accounts = admins::of_tenant(db, tenant_id)
        .await?
        .into_iter()
        .map(|a| AccountView {
            you: a.id == admin.id,
            id: a.id,
            email: a.email,
            role: a.role,
            approved: a.approved,
        })
        .collect();
    Ok(Accounts {
        accounts,
        can_manage: rules::can_manage_accounts(standing),
    })
}

/// What an admin decides about one account of the tenant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Lets the account in; approving it again changes nothing.
    Approve,
    /// Removes the account from the tenant and ends its sessions; an admin cannot remove
    /// their own account.
    Remove,
}

/// `admin` decides about the account `account_id` of the tenant.
pub async fn decide(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    account_id: i64,
    decision: Decision,
) -> Result<(), TenancyError> {
    let (_, standing) = super::membership(db, admin, tenant_id).await?;
    let done = match decision {
        Decision::Approve => {
            rules::may_manage_accounts(standing)?;
            admins::approve(db, tenant_id, account_id, now_epoch()).await?
        }
        Decision::Remove => {
            rules::may_remove_account(standing, account_id == admin.id)?;
            let mut tx = db.begin_write().await?;
            let removed = admins::remove(&mut tx, tenant_id, account_id).await?;
            if removed {
                // Its authenticator goes with it (issue 15).
                crate::accounts::mfa::remove(&mut tx, SessionKind::Admin, account_id).await?;
                tx.commit().await?;
            } else {
                tx.rollback().await?;
            }
            removed
        }
    };
    if done {
        Ok(())
    } else {
        Err(TenancyError::NotFound)
    }
}
