//! Verdicts: evaluating customers with `hup-core`'s R8 policy, storing the result, and
//! keeping stored verdicts current as days pass.

use std::time::Duration;

use anyhow::Context;
use chrono::NaiveDate;
use hup_core::agreement::AgreementLine;
use hup_core::eligibility::{evaluate, Policy, Verdict};
use serde::Serialize;
use tokio::sync::watch;
use utoipa::ToSchema;

use crate::store::eligibility::{self as stored, VerdictRow};
use crate::store::{agreements, now_epoch, Backend, Db, StoreError, Tx};

/// Evaluates one customer's lines (all of them, for one customer) into the row to store.
///
/// The name, segment and country shown for the customer come from its most recent line (the
/// latest start day, then agreement number, then product): the newest agreement carries the
/// current name. The order is total, so the lines' order (in the file, or as the database
/// returns them) never changes the row.
pub fn verdict_row(
    policy: &Policy,
    lines: &[AgreementLine],
    as_of: NaiveDate,
) -> Option<VerdictRow> {
    let newest = lines.iter().max_by(|a, b| {
        (a.start_date, &a.agreement_number, a.product.as_str()).cmp(&(
            b.start_date,
            &b.agreement_number,
            b.product.as_str(),
        ))
    })?;
    let verdict = evaluate(policy, lines, as_of);
    // Serializing plain structs of strings, dates and numbers cannot fail.
    let criteria_json = serde_json::to_string(&verdict.criteria).unwrap_or_else(|_| "[]".into());
    Some(VerdictRow {
        customer_number: newest.customer_number.clone(),
        customer_name: newest.customer_name.clone(),
        segment: newest.segment.as_str().to_owned(),
        country: newest.country.as_str().to_owned(),
        eligible: verdict.eligible,
        criteria_json,
        valid_until: finite(verdict.valid_until),
        evaluated_on: as_of,
        recheck_on: next_change(lines, as_of),
        feed_digest: None,
    })
}

/// `NaiveDate::MAX` means "never ends"; stored and shown as no date.
fn finite(d: Option<NaiveDate>) -> Option<NaiveDate> {
    d.filter(|d| *d != NaiveDate::MAX)
}

/// The first day after `as_of` on which a line starts or stops being active: the verdict (its
/// criteria, its lines, its end) can change only then, so the daily re-check looks again that
/// day and not before.
pub fn next_change(lines: &[AgreementLine], as_of: NaiveDate) -> Option<NaiveDate> {
    lines
        .iter()
        .flat_map(|l| {
            let starts = (l.start_date > as_of).then_some(l.start_date);
            let stops = (l.end_date >= as_of)
                .then(|| l.end_date.succ_opt())
                .flatten();
            [starts, stops]
        })
        .flatten()
        .min()
}

/// Splits lines ordered by customer into one slice per customer.
pub fn per_customer(lines: &[AgreementLine]) -> impl Iterator<Item = &[AgreementLine]> {
    lines.chunk_by(|a, b| a.customer_number == b.customer_number)
}

/// Re-evaluates these customers as of `as_of` in the caller's transaction and stores the
/// verdicts; returns how many are eligible.
pub async fn reevaluate(
    tx: &mut Tx,
    backend: Backend,
    policy: &Policy,
    customer_numbers: &[String],
    as_of: NaiveDate,
    now: i64,
) -> Result<u64, StoreError> {
    let lines = agreements::lines_of(&mut **tx, backend, customer_numbers).await?;
    let rows: Vec<VerdictRow> = per_customer(&lines)
        .filter_map(|l| verdict_row(policy, l, as_of))
        .collect();
    stored::upsert(tx, backend, &rows, now).await?;
    Ok(rows.iter().filter(|r| r.eligible).count() as u64)
}

/// A customer's verdict on a given day, with the reasons, for the CLI and the operator API.
#[derive(Debug, Clone)]
pub struct CustomerVerdict {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub as_of: NaiveDate,
    pub verdict: Verdict,
}

/// Evaluates the customer from its stored lines as of `as_of` (any day, past or future).
/// `None` when the feed never named the customer.
pub async fn customer_verdict(
    db: &Db,
    policy: &Policy,
    customer_number: &str,
    as_of: NaiveDate,
) -> Result<Option<CustomerVerdict>, StoreError> {
    // Operators type numbers in any case (issue 12); the feed's spelling is the stored one.
    let Some(customer_number) = agreements::customer_number_any_case(db, customer_number).await?
    else {
        return Ok(None);
    };
    let Some(known) = stored::current_verdict(db, &customer_number).await? else {
        return Ok(None);
    };
    let lines = agreements::lines_of(db.pool(), db.backend(), &[customer_number]).await?;
    let mut verdict = evaluate(policy, &lines, as_of);
    verdict.valid_until = finite(verdict.valid_until);
    Ok(Some(CustomerVerdict {
        customer_number: known.customer_number,
        customer_name: known.customer_name,
        segment: known.segment,
        as_of,
        verdict,
    }))
}

/// The JSON of `hup customers eligibility --json` and of the operator API (contract.md):
/// `criteria` lists the ids met; `reasons` says on the strength of which lines.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct VerdictJson {
    pub customer_number: String,
    pub customer_name: String,
    /// `commercial`, `government`, `education` or `nonprofit`.
    pub segment: String,
    /// The day evaluated (`YYYY-MM-DD`).
    pub as_of: String,
    pub eligible: bool,
    /// Ids of the criteria met (R8 a–d in the shipped policy); empty when not eligible.
    pub criteria: Vec<String>,
    /// The last day the verdict holds if no new agreement data arrives; null when not eligible.
    pub valid_until: Option<String>,
    /// Per criterion met: its description and the active agreement lines behind it.
    pub reasons: Vec<ReasonJson>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReasonJson {
    pub criterion: String,
    pub description: String,
    /// The sum of the lines' quantities, which a threshold such as R8 (c) is compared with.
    pub total_quantity: u64,
    pub lines: Vec<LineJson>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LineJson {
    pub agreement_number: String,
    pub product: String,
    pub quantity: u32,
    pub start_date: String,
    pub end_date: String,
}

impl CustomerVerdict {
    pub fn to_json(&self, policy: &Policy) -> VerdictJson {
        VerdictJson {
            customer_number: self.customer_number.clone(),
            customer_name: self.customer_name.clone(),
            segment: self.segment.clone(),
            as_of: stored::day(self.as_of),
            eligible: self.verdict.eligible,
            criteria: self.verdict.criteria.iter().map(|c| c.id.clone()).collect(),
            valid_until: self.verdict.valid_until.map(stored::day),
            reasons: self
                .verdict
                .criteria
                .iter()
                .map(|c| ReasonJson {
                    criterion: c.id.clone(),
                    description: policy
                        .criterion(&c.id)
                        .map(|p| p.description.clone())
                        .unwrap_or_default(),
                    total_quantity: c.total_quantity,
                    lines: c
                        .lines
                        .iter()
                        .map(|l| LineJson {
                            agreement_number: l.agreement_number.clone(),
                            product: l.product.as_str().to_owned(),
                            quantity: l.quantity,
                            start_date: stored::day(l.start_date),
                            end_date: stored::day(l.end_date),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Customers re-evaluated per transaction by the re-check: small enough that an SQLite
/// writer holds the lock only briefly.
const RECHECK_BATCH: i64 = 500;

/// Re-evaluates every customer whose `recheck_on` day has come, as of `today`. Safe to run in
/// several processes at once: each batch is claimed in its own write transaction (rows locked
/// with SKIP LOCKED on PostgreSQL, the write lock on SQLite), and re-evaluating is idempotent.
/// Returns the number of customers re-evaluated.
pub async fn recheck_due(db: &Db, policy: &Policy, today: NaiveDate) -> Result<u64, StoreError> {
    let mut total = 0;
    loop {
        let mut tx = db.begin_write().await?;
        let due = stored::due_for_recheck(&mut tx, db.backend(), today, RECHECK_BATCH).await?;
        if due.is_empty() {
            tx.commit().await?;
            return Ok(total);
        }
        stored::clear_recheck(&mut tx, db.backend(), &due).await?;
        reevaluate(&mut tx, db.backend(), policy, &due, today, now_epoch()).await?;
        tx.commit().await?;
        total += due.len() as u64;
    }
}

/// The daily job of `hup serve`: re-checks at start and then every hour, so a verdict whose
/// `valid_until` passed (or a line that started) is current within the hour of the new day.
/// Hourly rather than at midnight keeps it simple and catches up after downtime.
pub async fn run_recheck(db: Db, policy: Policy, mut stop: watch::Receiver<bool>) {
    loop {
        let today = chrono::Utc::now().date_naive();
        match recheck_due(&db, &policy, today)
            .await
            .context("eligibility re-check")
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(customers = n, "eligibility re-checked"),
            Err(e) => {
                tracing::warn!(error = ?e, "eligibility re-check failed; retrying in an hour")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(3600)) => {}
            _ = stop.changed() => return,
        }
    }
}
