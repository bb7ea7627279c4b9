//! The grant's end (issue 16): [`NOTICE_DAYS`] days before a grant expires, its employee is
//! mailed once, in the account's language, with the link to confirm the work address again
//! (`/register`). A grant is claimed for its reminder by a conditional UPDATE in the
//! transaction that queues the mail (`store::grants::claim_reminders`), so the mail goes
//! exactly once even with several `hup serve` processes. Subscriptions keep renewing whether
//! or not a grant runs, and the mail says so.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::watch;

use super::mails::GrantEnding;
use super::EmployeeError;
use crate::config::Config;
use crate::mail::{self, links, worker::Wakeup};
use crate::store::{employees, grants, now_epoch, Db};

/// How long before a grant's end its employee hears of it.
pub const NOTICE_DAYS: i64 = 30;
/// Grants claimed per transaction.
const BATCH: i64 = 100;
/// How often `serve` looks for grants nearing their end.
const EVERY: Duration = Duration::from_secs(3600);
/// How long after start `serve` first looks: not while it and its neighbours start up.
const FIRST_AFTER: Duration = Duration::from_secs(60);

/// Queues the reminder of every running grant that ends within [`NOTICE_DAYS`] and has had
/// none; returns how many were queued. Wake the mail worker when it is more than 0.
pub async fn remind_due(db: &Db, config: &Config) -> Result<usize, EmployeeError> {
    let mut queued = 0;
    loop {
        let now = now_epoch();
        let mut tx = db.begin_write().await?;
        let due = grants::claim_reminders(
            &mut tx,
            db.backend(),
            now,
            now + NOTICE_DAYS * 86_400,
            BATCH,
        )
        .await?;
        for grant in &due {
            let Some(account) = employees::employee_by_id_tx(&mut tx, grant.employee_id).await?
            else {
                continue;
            };
            let content = GrantEnding {
                work_email: grant.work_email.clone(),
                date: super::grants::day_of(grant.expires_at),
                link: links::page(config, "/register"),
            };
            mail::queue(
                &mut tx,
                &config.mail_from,
                &account.email,
                account.language(),
                &content,
            )
            .await?;
        }
        tx.commit().await?;
        queued += due.len();
        if (due.len() as i64) < BATCH {
            return Ok(queued);
        }
    }
}

/// Sends the reminders due [`FIRST_AFTER`] the start, then every [`EVERY`], until `stop`
/// turns true.
pub async fn run(db: Db, config: Arc<Config>, mail: Wakeup, mut stop: watch::Receiver<bool>) {
    tokio::select! {
        _ = tokio::time::sleep(FIRST_AFTER) => {}
        _ = stop.changed() => return,
    }
    loop {
        match remind_due(&db, &config).await {
            Ok(0) => {}
            Ok(n) => {
                tracing::info!(grants = n, "reminded employees of their grant's end");
                mail.notify();
            }
            Err(e) => tracing::warn!(error = ?e, "grant reminders failed; retrying in an hour"),
        }
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = stop.changed() => return,
        }
    }
}
