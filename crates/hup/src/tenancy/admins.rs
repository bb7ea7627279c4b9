//! A tenant's accounts (issue 12): who signed up at its domains, who is let in, and the
//! admins' Approve and Remove. An account that joins a managed tenant sees nothing of it until
//! an admin approves it; a removed account is signed out everywhere at once.

use hup_core::tenancy as rules;

use super::TenancyError;
use crate::store::admins::{self, AdminAccount, Role};
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

/// Lets the account `account_id` into the tenant; approving it again changes nothing.
pub async fn approve(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    account_id: i64,
) -> Result<(), TenancyError> {
    let (_, standing) = super::membership(db, admin, tenant_id).await?;
    rules::may_manage_accounts(standing)?;
    if !admins::approve(db, tenant_id, account_id, now_epoch()).await? {
        return Err(TenancyError::NotFound);
    }
    Ok(())
}

/// Removes the account `account_id` from the tenant and ends its sessions; an admin cannot
/// remove their own account.
pub async fn remove(
    db: &Db,
    admin: &AdminAccount,
    tenant_id: i64,
    account_id: i64,
) -> Result<(), TenancyError> {
    let (_, standing) = super::membership(db, admin, tenant_id).await?;
    rules::may_remove_account(standing, account_id == admin.id)?;
    let mut tx = db.begin_write().await?;
    if !admins::remove(&mut tx, tenant_id, account_id).await? {
        tx.rollback().await?;
        return Err(TenancyError::NotFound);
    }
    tx.commit().await?;
    Ok(())
}
