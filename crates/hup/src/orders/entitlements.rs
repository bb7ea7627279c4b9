//! What a personal account is entitled to, for the vendor's activation service (R19: employees
//! activate with the personal account): `GET /api/v1/entitlements?email=`. A paid or fulfilled
//! order is an active entitlement (a subscription until its period ends); a refunded one, or a
//! subscription past its period, has ended.

use chrono::Months;
use hup_core::catalog::Term;
use hup_core::order::OrderStatus;

use super::{list, OrderError};
use crate::services::Services;
use crate::store::employees::employee_by_email;
use crate::store::now_epoch;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entitlement {
    pub product: String,
    /// `subscription` or `perpetual`.
    pub kind: &'static str,
    pub order: i64,
    /// `active` or `ended`.
    pub status: &'static str,
    /// Epoch seconds; `None` for a perpetual licence.
    pub valid_until: Option<i64>,
}

/// The entitlements of the account with personal address `email`; `None` when there is no
/// such account.
pub async fn of_account(
    services: &Services,
    email: &str,
) -> Result<Option<Vec<Entitlement>>, OrderError> {
    let Some(employee) = employee_by_email(&services.db, &email.trim().to_lowercase()).await?
    else {
        return Ok(None);
    };
    let now = now_epoch();
    let orders = list(&services.db, employee.id).await?;
    Ok(Some(
        orders
            .iter()
            .filter(|o| o.status.holds_licence() || o.status == OrderStatus::Refunded)
            .map(|o| {
                let since = o.receipt.as_ref().map_or(o.created_at, |r| r.paid_at);
                let valid_until = period_end(o.term, since);
                let running = valid_until.is_none_or(|end| end > now);
                Entitlement {
                    product: o.product.clone(),
                    kind: if o.term == Term::Perpetual {
                        "perpetual"
                    } else {
                        "subscription"
                    },
                    order: o.id,
                    status: if o.status.holds_licence() && running {
                        "active"
                    } else {
                        "ended"
                    },
                    valid_until,
                }
            })
            .collect(),
    ))
}

/// The end of the first period of a purchase made at `since` (issue 14 renews it).
fn period_end(term: Term, since: i64) -> Option<i64> {
    let months = match term {
        Term::P1Y => 12,
        Term::P1M => 1,
        Term::Perpetual => return None,
    };
    chrono::DateTime::from_timestamp(since, 0)
        .and_then(|d| d.checked_add_months(Months::new(months)))
        .map(|d| d.timestamp())
}
