//! Running what a subscription's schedule has due (issue 14): renewals at the locked price,
//! lapses after `HUP_RENEWAL_GRACE_DAYS`, ends of cancelled periods and the 7-day reminders.
//! `hup subscriptions renew --as-of DAY` and the worker in `serve` both call [`run`]; `now` is
//! the moment the schedule is read at, so operators catch up after downtime and tests move
//! time without sleeping.
//!
//! Each renewal is charged once, across processes: a subscription is claimed (a conditional
//! UPDATE) before anything is asked of the provider, the charge's idempotency key names the
//! subscription, the period, the card and the day (a second run of the same day replays the
//! provider's answer instead of charging again), and the period is recorded under a key that
//! refuses a second row.

use chrono::{DateTime, Duration, Utc};
use hup_core::subscription::{
    Due, Period, Schedule, SubscriptionEvent, SubscriptionStatus, REMINDER_BEFORE,
};

use super::mails::{Kind, RenewalMail};
use super::{epoch_time, Subscription};
use crate::orders::OrderError;
use crate::payments::provider::{ChargeRequest, PaymentState, ProviderError};
use crate::services::Services;
use crate::store::subscriptions::{self as store, Renewal, SubscriptionRow};
use crate::store::{employees, now_epoch, payments, StoreError, Tx};

/// How long a claim keeps other workers off a subscription.
const CLAIM_SECONDS: i64 = 300;

/// What one run did, for the command's output and the log.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Charged at the locked price.
    pub charged: usize,
    /// Recorded without a charge (`HUP_PAYMENTS=none`).
    pub recorded: usize,
    /// Could not be charged: past due.
    pub failed: usize,
    pub lapsed: usize,
    pub ended: usize,
    pub reminded: usize,
}

/// The worker in `serve`: every minute, what is due now. Safe beside other processes doing
/// the same (the claims).
pub async fn worker(
    services: std::sync::Arc<Services>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        if let Err(e) = run(&services, Utc::now()).await {
            tracing::warn!(error = %e, "subscription renewals failed; will try again");
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(60)) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Runs everything due at `now`.
pub async fn run(services: &Services, now: DateTime<Utc>) -> Result<Report, OrderError> {
    let grace = Duration::days(i64::from(services.config.renewal_grace_days));
    let ids = store::due(&services.db, (now + REMINDER_BEFORE).timestamp()).await?;
    let mut report = Report::default();
    for id in ids {
        let clock = now_epoch();
        if !store::claim(&services.db, id, clock, clock + CLAIM_SECONDS).await? {
            continue;
        }
        let done = one(services, id, now, grace, &mut report).await;
        store::release(&services.db, id).await?;
        if let Err(e) = done {
            tracing::error!(subscription = id, error = %e, "renewal run failed for this subscription");
        }
    }
    if report != Report::default() {
        services.mail.notify();
        tracing::info!(?report, "subscription schedule ran");
    }
    Ok(report)
}

async fn one(
    services: &Services,
    id: i64,
    now: DateTime<Utc>,
    grace: Duration,
    report: &mut Report,
) -> Result<(), OrderError> {
    let Some(row) = store::by_id(&services.db, id).await? else {
        return Ok(());
    };
    let sub = Subscription::from_row(&row)?;
    let schedule = Schedule {
        status: sub.status,
        current_period_end: sub.current_period_end,
        past_due_since: row.past_due_since.map(epoch_time),
    };
    match schedule.due(now, grace) {
        Due::Renew => renew(services, &row, &sub, now, report).await,
        Due::Lapse => {
            let to = transition(&sub, SubscriptionEvent::GraceOver)?;
            if moved(services, &sub, to, Some(Kind::Lapsed)).await? {
                report.lapsed += 1;
            }
            Ok(())
        }
        Due::End => {
            let to = transition(&sub, SubscriptionEvent::PeriodOver)?;
            if moved(services, &sub, to, None).await? {
                report.ended += 1;
            }
            Ok(())
        }
        Due::Nothing => {
            let next = row.periods + 1;
            let soon = sub.current_period_end - now <= REMINDER_BEFORE;
            if sub.status == SubscriptionStatus::Active && soon && row.reminded_period < next {
                let mut tx = services.db.begin_write().await?;
                if store::reminded(&mut tx, id, next).await? {
                    mail(services, &mut tx, &sub, row.employee_id, Kind::Reminder).await?;
                    report.reminded += 1;
                }
                tx.commit().await.map_err(StoreError::from)?;
            }
            Ok(())
        }
    }
}

fn transition(
    sub: &Subscription,
    event: SubscriptionEvent,
) -> Result<SubscriptionStatus, OrderError> {
    sub.status
        .transition(event)
        .map_err(|e| OrderError::SubscriptionState(e.from))
}

/// Moves `sub` to `to` (compare-and-set) with its mail; false when another process did.
async fn moved(
    services: &Services,
    sub: &Subscription,
    to: SubscriptionStatus,
    kind: Option<Kind>,
) -> Result<bool, OrderError> {
    let Some(row) = store::by_id(&services.db, sub.id).await? else {
        return Ok(false);
    };
    let mut tx = services.db.begin_write().await?;
    let done =
        store::set_status(&mut tx, sub.id, sub.status.code(), to.code(), now_epoch()).await?;
    if done {
        if let Some(kind) = kind {
            mail(services, &mut tx, sub, row.employee_id, kind).await?;
        }
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(done)
}

/// Why a renewal was not charged, or the payment that charged it.
enum Charged {
    Paid(Option<String>),
    Failed(String),
    /// The provider could not be reached: nothing changes, the next run tries again.
    Later,
}

async fn renew(
    services: &Services,
    row: &SubscriptionRow,
    sub: &Subscription,
    now: DateTime<Utc>,
    report: &mut Report,
) -> Result<(), OrderError> {
    let Some(period) = Period::of(sub.term) else {
        return Ok(());
    };
    let charged = if row.provider == "none" {
        Charged::Paid(None)
    } else {
        charge(services, row, now).await?
    };
    let mut tx = services.db.begin_write().await?;
    let at = now_epoch();
    match charged {
        Charged::Later => {
            tx.rollback().await.map_err(StoreError::from)?;
            return Ok(());
        }
        Charged::Paid(intent) => {
            let outcome = if intent.is_some() {
                "charged"
            } else {
                "recorded"
            };
            let renewal = Renewal {
                id: sub.id,
                from_periods: row.periods,
                new_period_end: period
                    .end(sub.started_at, (row.periods + 1) as u32)
                    .timestamp(),
                amount_minor: row.price_minor,
                outcome,
                payment_intent: intent.as_deref(),
                now: at,
            };
            if store::renewed(&mut tx, &renewal).await? {
                let mut renewed = sub.clone();
                renewed.current_period_end = epoch_time(renewal.new_period_end);
                mail(services, &mut tx, &renewed, row.employee_id, Kind::Renewed).await?;
                if intent.is_some() {
                    report.charged += 1;
                } else {
                    report.recorded += 1;
                }
            }
        }
        Charged::Failed(reason) => {
            let first = sub.status == SubscriptionStatus::Active;
            if store::charge_failed(&mut tx, sub.id, row.periods, &reason, at).await? {
                if first {
                    mail(services, &mut tx, sub, row.employee_id, Kind::Failed).await?;
                }
                report.failed += 1;
            }
        }
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(())
}

/// Charges the locked price to the subscription's card, off-session.
async fn charge(
    services: &Services,
    row: &SubscriptionRow,
    now: DateTime<Utc>,
) -> Result<Charged, OrderError> {
    let provider = &services.payments;
    let customer = payments::customer(&services.db, row.employee_id, &row.provider).await?;
    let (Some(customer), Some(card)) = (customer, row.payment_method.as_deref()) else {
        return Ok(Charged::Failed("no saved card".to_owned()));
    };
    let request = ChargeRequest {
        order_id: row.order_id,
        amount_minor: row.price_minor,
        currency: &row.currency,
        customer: &customer,
        idempotency_key: format!(
            "hup-renewal-{}-p{}-{card}-{}",
            row.id,
            row.periods + 1,
            hup_core::subscription::day_of(now)
        ),
    };
    Ok(match provider.charge_saved_card(request, card).await {
        Ok(p) => match p.state {
            PaymentState::Succeeded => Charged::Paid(Some(p.id)),
            PaymentState::Failed { reason } => Charged::Failed(reason),
            PaymentState::RequiresAction { .. } => {
                Charged::Failed("authentication_required".to_owned())
            }
            PaymentState::Open | PaymentState::Canceled => {
                Charged::Failed("the payment did not complete".to_owned())
            }
        },
        Err(ProviderError::Declined(r) | ProviderError::Refused(r)) => Charged::Failed(r),
        Err(ProviderError::NotTaken) => {
            Charged::Failed("no payment provider is configured".to_owned())
        }
        Err(e @ ProviderError::Unavailable(_)) => {
            tracing::warn!(subscription = row.id, error = %e, "renewal not charged; tried again on the next run");
            Charged::Later
        }
    })
}

async fn mail(
    services: &Services,
    tx: &mut Tx,
    sub: &Subscription,
    employee_id: i64,
    kind: Kind,
) -> Result<(), OrderError> {
    let Some(employee) = employees::employee_by_id(&services.db, employee_id).await? else {
        return Ok(());
    };
    let snapshot = services
        .catalog
        .snapshot()
        .await
        .map_err(anyhow::Error::from)?;
    let locale = employee.language();
    let product = snapshot.product_name(&sub.product, locale.code());
    let content = RenewalMail::new(&services.config, sub, product, kind);
    crate::mail::queue(
        tx,
        &services.config.mail_from,
        &employee.email,
        locale,
        &content,
    )
    .await?;
    Ok(())
}
