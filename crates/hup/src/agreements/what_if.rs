//! The policy what-if (issue 15): how many customers a changed eligibility policy would
//! qualify, computed on the stored agreement lines without changing anything — "threshold
//! 1,500 instead of 2,000: N more customers qualify, M fewer".

use chrono::NaiveDate;
use hup_core::eligibility::{evaluate, Policy};

use super::verdicts::per_customer;
use crate::store::{agreements, Db, StoreError};

/// Customers compared per query.
const BATCH: i64 = 1000;
/// Customer numbers named per side; the counts are complete.
pub const NAMED: usize = 20;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WhatIf {
    pub customers: u64,
    pub eligible_now: u64,
    pub eligible_then: u64,
    /// Would qualify only under the candidate: how many, and the first [`NAMED`].
    pub gained: u64,
    pub gained_first: Vec<String>,
    /// Would qualify no more.
    pub lost: u64,
    pub lost_first: Vec<String>,
}

/// Compares `current` with `candidate` for every stored customer as of `as_of`.
pub async fn what_if(
    db: &Db,
    current: &Policy,
    candidate: &Policy,
    as_of: NaiveDate,
) -> Result<WhatIf, StoreError> {
    let mut out = WhatIf::default();
    let mut after = String::new();
    loop {
        let chunk = agreements::customers_after(db, &after, BATCH).await?;
        let Some(last) = chunk.last() else { break };
        after = last.clone();
        out.customers += chunk.len() as u64;
        let lines = agreements::lines_of(db.pool(), db.backend(), &chunk).await?;
        for of_customer in per_customer(&lines) {
            let now = evaluate(current, of_customer, as_of).eligible;
            let then = evaluate(candidate, of_customer, as_of).eligible;
            out.eligible_now += u64::from(now);
            out.eligible_then += u64::from(then);
            let number = || of_customer[0].customer_number.clone();
            match (now, then) {
                (false, true) => {
                    out.gained += 1;
                    if out.gained_first.len() < NAMED {
                        out.gained_first.push(number());
                    }
                }
                (true, false) => {
                    out.lost += 1;
                    if out.lost_first.len() < NAMED {
                        out.lost_first.push(number());
                    }
                }
                _ => {}
            }
        }
    }
    Ok(out)
}
