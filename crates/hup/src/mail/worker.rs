//! Delivers the outbox: claims due messages, sends them, retries failures with back-off.
//!
//! Safe to run in every `hup serve` process at once: the claim (see `store::outbox`) hands
//! each message to one worker only. Nothing is lost while SMTP is down; the rows wait.
//!
//! A worker killed between the transport accepting a message and the row being marked sent
//! leaves it to be sent again once its lease runs out: delivery is at least once. The lease is
//! short so the repeat comes soon, every attempt carries the row's own `Message-ID` so the
//! receiver can drop it, and the hand-over is recorded the moment the transport accepts.

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::sync::{watch, Notify};

use super::message_id;
use super::transport::{Transport, TransportError};
use crate::store::{now_epoch, outbox, Db};

/// How long a claimed message belongs to one worker before another may retry it: how long a
/// crashed worker's messages wait.
pub const LEASE_SECONDS: i64 = 30;
/// The longest one hand-over to the transport may take; it ends well within the lease, so a
/// message is never being sent by two workers at once. A send cut off here counts as failed
/// (it may still have arrived: at least once).
const SEND_SECONDS: i64 = 20;
const BATCH: i64 = 100;
/// How long an accepted message may wait to be marked sent with the next ones.
const MARK_SENT_EVERY: Duration = Duration::from_millis(250);
const MAX_DELAY_SECONDS: u64 = 3600;

/// Wakes the worker right after a transaction that queued mail commits.
#[derive(Clone, Default, Debug)]
pub struct Wakeup(Arc<Notify>);

impl Wakeup {
    pub fn notify(&self) {
        self.0.notify_one();
    }
}

pub struct OutboxWorker {
    pub db: Db,
    pub transport: Transport,
    pub from: String,
    pub retry_base: Duration,
    pub wakeup: Wakeup,
    /// How often to look for due retries when nothing wakes the worker.
    pub poll: Duration,
}

impl OutboxWorker {
    /// Runs until `shutdown` turns true; a message being sent is finished first.
    pub async fn run(self, mut shutdown: watch::Receiver<bool>) {
        loop {
            if *shutdown.borrow() {
                break;
            }
            let delivered = match self.deliver_due(&shutdown).await {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(error = %e, "mail outbox: cannot claim messages");
                    0
                }
            };
            if delivered > 0 {
                continue;
            }
            tokio::select! {
                _ = self.wakeup.0.notified() => {}
                _ = tokio::time::sleep(self.poll) => {}
                _ = shutdown.changed() => {}
            }
        }
        tracing::info!("mail outbox worker stopped");
    }

    /// Sends what is due now; returns how many messages were attempted.
    ///
    /// The batch's `Message-ID`s are kept in one transaction before the first attempt, and the
    /// messages the transport accepted are marked sent together, at the latest
    /// [`MARK_SENT_EVERY`] after the first of them (issue 18: two commits per mail competed
    /// with the registrations for SQLite's write lock). A crash in between sends those again,
    /// with the same ids: at least once, as before.
    pub async fn deliver_due(
        &self,
        shutdown: &watch::Receiver<bool>,
    ) -> Result<usize, crate::store::StoreError> {
        let now = now_epoch();
        let lease_until = now + LEASE_SECONDS;
        let batch = outbox::claim(&self.db, now, lease_until, BATCH).await?;
        let count = batch.len();
        let domain = message_id::domain_of(&self.from);
        let candidates: Vec<(i64, String)> = batch
            .iter()
            .filter(|m| m.message_id.is_none())
            .map(|m| (m.id, message_id::for_row(m.id, &domain)))
            .collect();
        let mut kept = outbox::keep_message_ids(&self.db, &candidates)
            .await?
            .into_iter();
        // Each row's id: the one it had, or the one just kept for it (same order).
        let ids: Vec<String> = batch
            .iter()
            .map(|m| m.message_id.clone().or_else(|| kept.next()))
            .collect::<Option<_>>()
            .ok_or_else(|| {
                crate::store::StoreError::Database(sqlx::Error::Protocol(
                    "the outbox kept fewer Message-IDs than asked".into(),
                ))
            })?;
        let mut sent = SentMarks::default();
        for (i, (mail, id)) in batch.iter().zip(&ids).enumerate() {
            let stop = if *shutdown.borrow() {
                Some("not attempted: shutting down")
            } else if now_epoch() + SEND_SECONDS > lease_until {
                Some("not attempted: lease ran short")
            } else {
                None
            };
            if let Some(reason) = stop {
                sent.flush(&self.db).await?;
                // Hand the rest back at once rather than waiting for the lease to run out.
                for rest in &batch[i..] {
                    outbox::mark_failed(&self.db, rest.id, now, reason).await?;
                }
                break;
            }
            let message = message_id::stamp(&mail.message, id);
            let attempt = tokio::time::timeout(
                Duration::from_secs(SEND_SECONDS as u64),
                self.transport
                    .send(mail.id, &self.from, &mail.recipient, &message),
            )
            .await
            .unwrap_or_else(|_| Err(TransportError::TimedOut(SEND_SECONDS)));
            match attempt {
                Ok(()) => {
                    tracing::info!(mail_id = mail.id, message_id = %id, "mail delivered");
                    sent.push(mail.id);
                    if sent.due() {
                        sent.flush(&self.db).await?;
                    }
                }
                Err(e) => {
                    let delay = self.delay_after(mail.attempts);
                    outbox::mark_failed(
                        &self.db,
                        mail.id,
                        now_epoch() + delay as i64,
                        &e.to_string(),
                    )
                    .await?;
                    tracing::warn!(mail_id = mail.id, attempts = mail.attempts, retry_in_s = delay, error = %e, "mail not delivered; will retry");
                }
            }
        }
        sent.flush(&self.db).await?;
        Ok(count)
    }

    /// Doubling back-off from `retry_base`, at most an hour.
    fn delay_after(&self, attempts: i64) -> u64 {
        let base = self.retry_base.as_secs().max(1);
        let exp = attempts.clamp(1, 20) as u32 - 1;
        base.saturating_mul(1u64 << exp.min(12))
            .min(MAX_DELAY_SECONDS)
    }
}

/// Messages the transport accepted and that are still to be marked sent.
#[derive(Default)]
struct SentMarks {
    ids: Vec<i64>,
    since: Option<Instant>,
}

impl SentMarks {
    fn push(&mut self, id: i64) {
        self.since.get_or_insert_with(Instant::now);
        self.ids.push(id);
    }

    fn due(&self) -> bool {
        self.since.is_some_and(|t| t.elapsed() >= MARK_SENT_EVERY)
    }

    async fn flush(&mut self, db: &Db) -> Result<(), crate::store::StoreError> {
        outbox::mark_sent(db, &self.ids, now_epoch()).await?;
        self.ids.clear();
        self.since = None;
        Ok(())
    }
}
