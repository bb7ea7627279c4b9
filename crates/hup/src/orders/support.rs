//! Support's look-up (issue 15, R23): the vendor's operator answers an employee's question
//! about an order or a personal account — by the order's number or the account's address —
//! with the account, its current grant and its orders. Only operators reach it; org admins
//! never see an employee's orders (R20).

use hup_core::email::WorkEmail;

use crate::store::employees::{self, Employee};
use crate::store::grants::{self, Grant};
use crate::store::orders::{self, OrderRow};
use crate::store::{Db, StoreError};

pub struct SupportView {
    pub account: Employee,
    pub grant: Option<Grant>,
    /// Newest first.
    pub orders: Vec<OrderRow>,
    /// The order asked about, when the look-up was by number.
    pub asked: Option<i64>,
}

/// `query` is an order number (as the employee sees it, `HUP-000042`, or only its digits) or
/// a personal address.
pub async fn lookup(db: &Db, query: &str) -> Result<Option<SupportView>, StoreError> {
    let query = query.trim();
    let number = query.trim_start_matches('#');
    let number = match number.get(..4) {
        Some(prefix) if prefix.eq_ignore_ascii_case("hup-") => &number[4..],
        _ => number,
    };
    let (account, asked) = if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
        let Ok(id) = number.parse::<i64>() else {
            return Ok(None);
        };
        let Some(owner) = orders::owner_of(db, id).await? else {
            return Ok(None);
        };
        (employees::employee_by_id(db, owner).await?, Some(id))
    } else {
        // Addresses are stored as the journey normalizes them.
        let Ok(email) = WorkEmail::parse(query) else {
            return Ok(None);
        };
        (
            employees::employee_by_email(db, email.as_str()).await?,
            None,
        )
    };
    let Some(account) = account else {
        return Ok(None);
    };
    Ok(Some(SupportView {
        grant: grants::current_grant(db, account.id).await?,
        orders: orders::of_employee(db, account.id).await?,
        account,
        asked,
    }))
}
