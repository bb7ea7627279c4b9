//! Step 1's per-process state: the answer per domain to "which participating tenant", and the
//! writer task that commits the registrations waiting at one moment in one transaction.
//! Nothing here takes `Services`, which holds the [`Registrar`].

use std::time::Duration;

use hup_core::email::Domain;

use super::EmployeeError;
use crate::accounts::throttle;
use crate::i18n::Locale;
use crate::mail::compose;
use crate::store::registrations::{self as store, NewRegistration};
use crate::store::{now_epoch, outbox, Db};
use crate::tenancy::benefit;
use crate::ttl_cache::TtlCache;
use tokio::sync::{mpsc, oneshot, watch};

/// How long this process trusts its answer to "does this domain's organization take part".
/// Switching the benefit off (or losing eligibility) stops new registrations within this
/// time (twice it while a refresh runs); binding asks the database.
const PARTICIPATION_TTL: Duration = Duration::from_secs(10);
/// Entries kept at most, so look-ups of made-up domains cannot grow the cache without end.
const PARTICIPATION_ENTRIES: usize = 10_000;
/// Registrations written in one transaction at most.
const BATCH: usize = 128;

/// What step 1 keeps in one process: a short-lived answer per domain to "which participating
/// tenant", and one writer task that commits the registrations waiting at that moment in one
/// transaction (group commit). Each registration is still all-or-nothing with its mail, and
/// its request answers only after the commit; a busy server just writes fewer, larger
/// transactions instead of queueing for the database's write lock one by one.
pub struct Registrar {
    participation: TtlCache<String, Option<i64>>,
    writer: mpsc::Sender<Job>,
}

/// The writer task's end of the queue, which `Application` runs with the other background
/// tasks.
pub struct RegistrationWriter {
    db: Db,
    jobs: mpsc::Receiver<Job>,
}

impl Registrar {
    /// A registrar and its writer, which must run for registrations to be written.
    pub fn new(db: Db) -> (Registrar, RegistrationWriter) {
        let (writer, jobs) = mpsc::channel(4 * BATCH);
        let registrar = Registrar {
            participation: TtlCache::new(PARTICIPATION_TTL, PARTICIPATION_ENTRIES),
            writer,
        };
        (registrar, RegistrationWriter { db, jobs })
    }
}

/// One registration waiting for the writer.
pub(super) struct Job {
    pub(super) limits: [(String, i64); 3],
    pub(super) tenant_id: i64,
    pub(super) work_email: String,
    pub(super) mailbox: String,
    pub(super) token_hash: String,
    pub(super) browser_hash: String,
    pub(super) locale: Locale,
    pub(super) mail: compose::ComposedMail,
    pub(super) now: i64,
    pub(super) expires_at: i64,
    pub(super) done: Done,
}

/// Where the writer tells a registration's request how its write went.
pub(super) type Done = oneshot::Sender<Result<(), EmployeeError>>;

impl Registrar {
    pub(super) async fn participating_tenant(
        &self,
        db: &Db,
        domain: &Domain,
    ) -> Result<Option<i64>, EmployeeError> {
        self.participation
            .get_or_look(domain.as_str().to_owned(), |_| true, async {
                Ok(benefit::participating_tenant(db, domain)
                    .await?
                    .map(|p| p.tenant_id))
            })
            .await
    }

    /// Hands a job to the writer task and waits for its commit.
    pub(super) async fn write(&self, job: impl FnOnce(Done) -> Job) -> Result<(), EmployeeError> {
        let (done, result) = oneshot::channel();
        self.writer
            .send(job(done))
            .await
            .map_err(|_| anyhow::anyhow!("the registration writer stopped"))?;
        result
            .await
            .map_err(|_| anyhow::anyhow!("the registration writer dropped a registration"))?
    }
}

impl RegistrationWriter {
    /// Writes what waits, batch by batch, until `stop` turns (or every [`Registrar`] is
    /// gone); registrations queued by then are still written.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        let RegistrationWriter { db, mut jobs } = self;
        let mut batch = Vec::with_capacity(BATCH);
        loop {
            let received = tokio::select! {
                n = jobs.recv_many(&mut batch, BATCH) => n,
                _ = stop.changed() => {
                    jobs.close();
                    jobs.recv_many(&mut batch, BATCH).await
                }
            };
            if received == 0 {
                break;
            }
            write_and_answer(&db, &mut batch).await;
        }
        tracing::info!("registration writer stopped");
    }
}

/// Writes one batch and tells each registration's request how it went.
async fn write_and_answer(db: &Db, batch: &mut Vec<Job>) {
    match write_batch(db, batch).await {
        Ok(outcomes) => {
            for (job, outcome) in batch.drain(..).zip(outcomes) {
                let _ = job.done.send(outcome);
            }
        }
        Err(e) => {
            tracing::error!(error = %e, "cannot write registrations");
            for job in batch.drain(..) {
                let _ = job.done.send(Err(EmployeeError::Internal(anyhow::anyhow!(
                    "cannot write the registration: {e}"
                ))));
            }
        }
    }
    // Old throttle windows are swept now and then rather than by a job of their own.
    if rand::random::<u16>() < 256 {
        if let Err(e) = throttle::sweep_windows(db).await {
            tracing::warn!(error = %e, "cannot sweep old throttle windows");
        }
    }
}

/// Writes the jobs in one transaction, set at a time: one statement counts the throttles of
/// all, one inserts the registrations that passed them, one queues their mails.
async fn write_batch(
    db: &Db,
    batch: &[Job],
) -> Result<Vec<Result<(), EmployeeError>>, crate::store::StoreError> {
    let hits: Vec<throttle::Hits> = batch
        .iter()
        .map(|job| throttle::Hits {
            limits: &job.limits,
            now: job.now,
        })
        .collect();
    let mut tx = db.begin_write().await?;
    let waits = throttle::hit_many(&mut tx, db.backend(), &hits).await?;
    let mut outcomes = Vec::with_capacity(batch.len());
    let mut registrations = Vec::new();
    let mut mails = Vec::new();
    for (job, wait) in batch.iter().zip(waits) {
        if let Some(wait) = wait {
            outcomes.push(Err(EmployeeError::Throttled(wait)));
            continue;
        }
        registrations.push(NewRegistration {
            tenant_id: job.tenant_id,
            work_email: &job.work_email,
            mailbox: &job.mailbox,
            token_hash: &job.token_hash,
            browser_hash: &job.browser_hash,
            locale: job.locale.code(),
            now: job.now,
            expires_at: job.expires_at,
        });
        mails.push(outbox::NewMail {
            recipient: &job.mail.recipient,
            subject: &job.mail.subject,
            locale: job.locale.code(),
            message: &job.mail.message,
        });
        outcomes.push(Ok(()));
    }
    store::insert_registrations(&mut tx, db.backend(), &registrations).await?;
    let now = batch.first().map_or_else(now_epoch, |j| j.now);
    outbox::enqueue_many(&mut tx, db.backend(), &mails, now).await?;
    tx.commit().await?;
    Ok(outcomes)
}
