//! The demo's employee: a confirmed personal account in the Netherlands whose work address
//! at Contoso (`DEMO_EMPLOYEE_NL`) is bound, so the offers can be tried at once. Written in the
//! demo's one transaction, which runs only on the first load.

use super::EmployeeError;
use crate::store::employees::{self as store, NewEmployee};
use crate::store::Tx;
use crate::store::{grants, registrations::Claim};

/// Signs in with [`DEMO_EMPLOYEE_PASSWORD`].
pub const DEMO_EMPLOYEE_EMAIL: &str = "jan.jansen@example.net";
pub const DEMO_EMPLOYEE_PASSWORD: &str = "demo-employee-password";

pub async fn seed(
    tx: &mut Tx,
    tenant_id: i64,
    work_email: &str,
    grant_months: u32,
    now: i64,
) -> Result<i64, EmployeeError> {
    let hash = crate::accounts::password::hash(DEMO_EMPLOYEE_PASSWORD).await?;
    let id = store::insert_employee(
        tx,
        &NewEmployee {
            email: DEMO_EMPLOYEE_EMAIL,
            password_hash: &hash,
            country: "NL",
            display_name: Some("Jan Jansen"),
            locale: "nl",
            now,
        },
    )
    .await?;
    store::confirm_employee(tx, id, now).await?;
    let claim = Claim {
        tenant_id,
        work_email: work_email.to_owned(),
        mailbox: work_email.to_owned(),
    };
    let expires_at = super::grants::grant_end(now, grant_months);
    grants::bind_grant(tx, id, &claim, now, expires_at).await?;
    Ok(id)
}
