//! The licensing-agreement feed import (contract.md, "Licensing-agreement feed"; R9).
//!
//! The file streams through: a blocking thread reads and checks it ([`super::reading`]) and
//! hands batches of checked lines, the verdicts it computed and the customers it found
//! unchanged ([`super::unchanged`]) over a bounded channel to the database side, which stages
//! them. Memory therefore stays bounded by a few batches, whatever the file's size, and reading
//! overlaps with writing. The database side depends on the back end:
//!
//! - an SQLite file: a second blocking thread with the import's own connection
//!   ([`SqliteImport`]: prepared statements re-bound per row);
//! - PostgreSQL: `COPY` on a native connection into tables the import's transaction then
//!   adopts ([`postgres_import`]);
//! - otherwise (an SQLite database without a file): multi-row INSERTs through the pool.
//!
//! Everything happens in ONE transaction: staging, the duplicate check, the merge, `--snapshot`
//! and the re-evaluation of every customer touched. Any bad row, or a crash or kill half-way,
//! leaves the previous data exactly as it was.
//!
//! Customers whose run of lines is the one the previous import stored are neither checked,
//! staged nor evaluated again; the stored result is the one a full import would give. When
//! such a customer turns up again later in the file (it was not grouped after all), the import
//! starts over and reads the file again, skipping nothing.

use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

use chrono::NaiveDate;
use hup_core::agreement::ROW;
use hup_core::eligibility::Policy;
use tokio::sync::mpsc;

use super::reading::{self, Batch, Evaluator, ReadEnd, ReadOutcome, CHANNEL_DEPTH};
pub use super::report::{ImportError, ImportSummary, RowProblem, UnknownProduct, MAX_PROBLEMS};
use super::unchanged::KnownRuns;
use super::verdicts;
use crate::audit::{self, Action, Actor};
use crate::store::agreements as store;
use crate::store::eligibility::{self as stored_verdicts, VerdictRow};
use crate::store::postgres_import::{self, PgStaging};
use crate::store::sqlite_import::SqliteImport;
use crate::store::{now_epoch, Db, StoreError, Tx};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// The file holds every current line: lines it lacks are ended (see
    /// [`store::end_missing`]).
    pub snapshot: bool,
    /// The day verdicts are evaluated on and a snapshot ends lines on: today, except in tests.
    pub today: NaiveDate,
    /// A snapshot with no lines ends every agreement; without this it is refused
    /// ([`ImportError::EmptySnapshot`], issue 11: 1).
    pub allow_empty: bool,
}

/// What the steps after reading did, on either back end.
struct Merged {
    /// Customers the file named with changed lines (the unchanged ones are in [`ReadEnd`]).
    customers: u64,
    eligible_customers: u64,
    customers_evaluated: u64,
    lines_written: u64,
    ended: store::SnapshotEnded,
}

impl ImportSummary {
    fn new(end: ReadEnd, merged: Merged, started: Instant) -> ImportSummary {
        ImportSummary {
            lines: end.lines,
            customers: merged.customers + end.unchanged,
            eligible_customers: merged.eligible_customers,
            customers_evaluated: merged.customers_evaluated,
            customers_unchanged: end.unchanged,
            lines_written: merged.lines_written,
            lines_ended: merged.ended.ended,
            lines_removed: merged.ended.removed,
            unknown_products: end.unknown_products,
            elapsed: started.elapsed(),
        }
    }
}

/// Where the import is, for a progress bar or log lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Lines read and staged so far, and the byte offset reached in the file.
    Reading {
        lines: u64,
        bytes: u64,
    },
    /// Checking the file as a whole and merging it into the stored lines.
    Merging,
    Evaluating {
        customers: u64,
        total: u64,
    },
}

pub trait Progress: Send + Sync {
    fn step(&self, step: Step);
}

/// No progress reporting (the API).
impl Progress for () {
    fn step(&self, _: Step) {}
}

/// Customers re-evaluated per query.
const EVALUATE_BATCH: i64 = 1000;

/// Where a feed comes from. An import may read it twice (see the module documentation), so
/// it must be able to start over.
pub trait Feed: Send + Sync {
    type Reader: Read + Send + 'static;
    /// The feed from its first byte.
    fn open(&self) -> std::io::Result<Self::Reader>;
}

/// A feed in memory (the operator API's body, tests).
impl<T: AsRef<[u8]> + Clone + Send + Sync + 'static> Feed for std::io::Cursor<T> {
    type Reader = std::io::Cursor<T>;
    fn open(&self) -> std::io::Result<Self::Reader> {
        Ok(std::io::Cursor::new(self.get_ref().clone()))
    }
}

/// A feed compiled in (the demo's).
impl Feed for &'static [u8] {
    type Reader = &'static [u8];
    fn open(&self) -> std::io::Result<Self::Reader> {
        Ok(self)
    }
}

/// A feed file (`hup agreements import FILE`).
pub struct FeedFile(pub PathBuf);

impl Feed for FeedFile {
    type Reader = std::io::BufReader<std::fs::File>;
    fn open(&self) -> std::io::Result<Self::Reader> {
        let file = std::fs::File::open(&self.0)?;
        Ok(std::io::BufReader::with_capacity(1 << 20, file))
    }
}

/// Whether this reading of the file skips unchanged customers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Skip {
    Unchanged,
    Nothing,
}

/// One reading of the file, on any back end.
enum Attempt {
    Done(ReadEnd, Merged),
    /// See [`ReadOutcome::ReadAgain`]; nothing was changed.
    ReadAgain,
}

/// Imports a feed. See the module documentation for the guarantees.
///
/// `by` is the operator whose import it is: its row in the audit log is written in the
/// import's transaction (issue 15). Only the demo data set, which no one imports, has `None`.
pub async fn import_feed<F: Feed>(
    db: &Db,
    policy: &Policy,
    feed: F,
    options: ImportOptions,
    progress: &dyn Progress,
    by: Option<&Actor>,
) -> Result<ImportSummary, ImportError> {
    let started = Instant::now();
    let file = SqliteImport::file_of(db).await?;
    for skip in [Skip::Unchanged, Skip::Nothing] {
        let input = feed
            .open()
            .map_err(|e| ImportError::Read(format!("cannot open the feed: {e}")))?;
        let job = Job {
            policy,
            options,
            progress,
            skip,
            by,
        };
        let attempt = match &file {
            Some(file) => import_on_sqlite_file(file.clone(), input, job).await?,
            None => import_through_pool(db, input, job).await?,
        };
        if let Attempt::Done(end, merged) = attempt {
            return Ok(ImportSummary::new(end, merged, started));
        }
    }
    // The second reading skips nothing, so it never asks to read again.
    Err(ImportError::Read(
        "the feed changed while it was read; import it again".to_owned(),
    ))
}

/// What one reading of the file is asked to do.
#[derive(Clone, Copy)]
struct Job<'a> {
    policy: &'a Policy,
    options: ImportOptions,
    progress: &'a dyn Progress,
    skip: Skip,
    by: Option<&'a Actor>,
}

/// Where the pool path stages the batches.
enum Staging {
    /// PostgreSQL: `COPY` on the import's own connection ([`postgres_import`]).
    Copy(PgStaging),
    /// Multi-row INSERTs into temporary tables in the import's transaction.
    Insert,
}

/// [`import_feed`] through the pool's transaction: PostgreSQL, or SQLite without a file.
async fn import_through_pool<R>(db: &Db, input: R, job: Job<'_>) -> Result<Attempt, ImportError>
where
    R: Read + Send + 'static,
{
    let mut tx = db.begin_write().await?;
    match db.postgres_url() {
        Some(_) => postgres_import::begin(&mut tx).await?,
        None => store::begin_import(&mut tx, db.backend()).await?,
    }
    let known = match job.skip {
        Skip::Unchanged => KnownRuns::from_hex(stored_verdicts::stored_digests(&mut tx).await?),
        Skip::Nothing => KnownRuns::default(),
    };
    let (reader, batches) = start_reading(input, job, known);
    let mut staging = match db.postgres_url() {
        Some(url) => Staging::Copy(PgStaging::start(url).await?),
        None => Staging::Insert,
    };
    let result = stage_and_merge(db, &mut tx, &mut staging, reader, batches, job).await;
    match result {
        Ok(Attempt::Done(end, merged)) => {
            if let Some(actor) = job.by {
                let detail = audit_detail(end.lines, &merged, &end.unknown_products, job.options);
                audit::record(&mut tx, actor, Action::AgreementsImport, "", detail).await?;
            }
            tx.commit().await.map_err(StoreError::from)?;
            if let Staging::Copy(staging) = staging {
                staging.close().await;
            }
            Ok(Attempt::Done(end, merged))
        }
        other => {
            // Roll back first: the transaction may hold the staging tables renamed.
            let _ = tx.rollback().await;
            if let Staging::Copy(staging) = staging {
                staging.discard().await;
            }
            other
        }
    }
}

/// Everything of [`import_through_pool`] in the transaction, but its end.
async fn stage_and_merge(
    db: &Db,
    tx: &mut Tx,
    staging: &mut Staging,
    reader: Reader,
    mut batches: mpsc::Receiver<Batch>,
    job: Job<'_>,
) -> Result<Attempt, ImportError> {
    let (backend, options, progress) = (db.backend(), job.options, job.progress);
    let mut read = 0u64;
    while let Some(batch) = batches.recv().await {
        match staging {
            Staging::Copy(copy) => {
                copy.stage(&batch.rows, &batch.verdicts, &batch.unchanged)
                    .await?
            }
            Staging::Insert => {
                store::stage(tx, backend, &batch.rows).await?;
                stored_verdicts::stage(tx, backend, &batch.verdicts).await?;
                store::stage_unchanged(tx, backend, &batch.unchanged).await?;
            }
        }
        read += batch.lines;
        progress.step(Step::Reading {
            lines: read,
            bytes: batch.bytes,
        });
    }
    // Returning on a bad row rolls the transaction back: nothing changes.
    let Some(end) = finish_reading(reader).await? else {
        return Ok(Attempt::ReadAgain);
    };
    progress.step(Step::Reading {
        lines: end.lines,
        bytes: u64::MAX,
    });

    progress.step(Step::Merging);
    match staging {
        Staging::Copy(copy) => postgres_import::adopt(tx, copy, end.grouped).await?,
        Staging::Insert => {
            if !end.grouped {
                stored_verdicts::discard_staged(tx).await?;
            }
            store::index_staged(tx).await?;
        }
    }
    if !end.no_duplicates {
        let duplicates = store::duplicates(tx, MAX_PROBLEMS as i64).await?;
        if !duplicates.is_empty() {
            return Err(repeated_lines(duplicates));
        }
    }
    stored_verdicts::discard_staged_with_other_lines(tx).await?;
    let now = now_epoch();
    let customers = store::touch_staged_customers(tx).await?;
    let lines_written = store::merge_staged(tx, backend, now).await?;
    let ended = if options.snapshot {
        store::end_missing(tx, options.today, now).await?
    } else {
        store::SnapshotEnded::default()
    };
    refuse_empty_snapshot(end.lines, options, ended)?;
    store::unchanged_customers(tx, options.today, now).await?;
    stored_verdicts::clear_stale_digests(tx).await?;

    let total = store::count_touched(tx).await?;
    let (mut done, mut eligible) = stored_verdicts::apply_staged(tx, backend, now).await?;
    let mut after = String::new();
    progress.step(Step::Evaluating {
        customers: done,
        total,
    });
    loop {
        let chunk = store::unevaluated_after(tx, &after, EVALUATE_BATCH).await?;
        let Some(last) = chunk.last() else { break };
        after = last.clone();
        eligible +=
            verdicts::reevaluate(tx, backend, job.policy, &chunk, options.today, now).await?;
        done += chunk.len() as u64;
        progress.step(Step::Evaluating {
            customers: done,
            total,
        });
    }
    if options.snapshot {
        stored_verdicts::clear_without_lines(tx, options.today, now).await?;
    }
    eligible += store::count_unchanged_eligible(tx).await?;
    store::end_import(tx).await?;
    let merged = Merged {
        customers,
        eligible_customers: eligible,
        customers_evaluated: done,
        lines_written,
        ended,
    };
    Ok(Attempt::Done(end, merged))
}

/// Issue 11: 1. A snapshot without lines ends every stored line: only when asked for.
fn refuse_empty_snapshot(
    lines: u64,
    options: ImportOptions,
    ended: store::SnapshotEnded,
) -> Result<(), ImportError> {
    let ending = ended.ended + ended.removed;
    if lines == 0 && ending > 0 && !options.allow_empty {
        return Err(ImportError::EmptySnapshot { ending });
    }
    Ok(())
}

type Reader = tokio::task::JoinHandle<Result<ReadOutcome, ImportError>>;

/// Starts the reading thread; checked lines and verdicts arrive on the receiver.
fn start_reading<R>(input: R, job: Job<'_>, known: KnownRuns) -> (Reader, mpsc::Receiver<Batch>)
where
    R: Read + Send + 'static,
{
    let (sender, batches) = mpsc::channel::<Batch>(CHANNEL_DEPTH);
    let evaluator = Evaluator {
        policy: job.policy.clone(),
        as_of: job.options.today,
    };
    let reader =
        tokio::task::spawn_blocking(move || reading::read_feed(input, evaluator, &known, &sender));
    (reader, batches)
}

/// Waits for the reading thread; the file's bad rows, if any, as the error; `None` when the
/// file must be read again.
async fn finish_reading(reader: Reader) -> Result<Option<ReadEnd>, ImportError> {
    let outcome = reader
        .await
        .map_err(|e| ImportError::Read(format!("the reading thread failed: {e}")))??;
    let ReadOutcome::Read(end) = outcome else {
        return Ok(None);
    };
    if end.bad_rows > 0 {
        return Err(ImportError::Rejected {
            problems: end.problems,
            bad_rows: end.bad_rows,
        });
    }
    Ok(Some(end))
}

fn repeated_lines(duplicates: Vec<store::DuplicateLine>) -> ImportError {
    let bad_rows = duplicates.len() as u64;
    let problems = duplicates
        .into_iter()
        .map(|d| RowProblem {
            line: d.line_no,
            column: ROW.to_owned(),
            reason: format!(
                "repeats line {} (agreement {}, product {}, start {}): one row per \
                 agreement line",
                d.first_line_no, d.agreement_number, d.product, d.start_date
            ),
        })
        .collect();
    ImportError::Rejected { problems, bad_rows }
}

/// [`import_feed`] on an SQLite file: the same steps on the import's own connection
/// ([`SqliteImport`]), in blocking threads; progress comes back over a channel.
async fn import_on_sqlite_file<R>(
    file: PathBuf,
    input: R,
    job: Job<'_>,
) -> Result<Attempt, ImportError>
where
    R: Read + Send + 'static,
{
    let skip = job.skip;
    let (mut import, known) = tokio::task::spawn_blocking(move || {
        let mut import = SqliteImport::begin(&file)?;
        let known = match skip {
            Skip::Unchanged => KnownRuns::from_hex(import.stored_digests()?),
            Skip::Nothing => KnownRuns::default(),
        };
        Ok::<_, StoreError>((import, known))
    })
    .await
    .map_err(thread_failed)??;
    let (reader, mut batches) = start_reading(input, job, known);
    let (steps, mut step_events) = mpsc::unbounded_channel::<Step>();
    let writer = tokio::task::spawn_blocking(move || -> Result<SqliteImport, StoreError> {
        let mut read = 0u64;
        while let Some(batch) = batches.blocking_recv() {
            import.stage(&batch.rows, &batch.verdicts, &batch.unchanged)?;
            read += batch.lines;
            let _ = steps.send(Step::Reading {
                lines: read,
                bytes: batch.bytes,
            });
        }
        Ok(import)
    });
    while let Some(step) = step_events.recv().await {
        job.progress.step(step);
    }
    let import = writer.await.map_err(thread_failed)??;
    // Dropping `import` on a bad row rolls the transaction back: nothing changes.
    let Some(end) = finish_reading(reader).await? else {
        return Ok(Attempt::ReadAgain);
    };
    job.progress.step(Step::Reading {
        lines: end.lines,
        bytes: u64::MAX,
    });

    let policy = job.policy.clone();
    let options = job.options;
    let read = (end.lines, end.grouped, end.no_duplicates);
    let (steps, mut step_events) = mpsc::unbounded_channel::<Step>();
    let audited = job
        .by
        .map(|actor| (actor.clone(), end.unknown_products.clone()));
    let rest = tokio::task::spawn_blocking(move || {
        merge_and_evaluate(import, &policy, read, options, &steps, audited)
    });
    while let Some(step) = step_events.recv().await {
        job.progress.step(step);
    }
    let merged = rest.await.map_err(thread_failed)??;
    Ok(Attempt::Done(end, merged))
}

fn thread_failed(e: tokio::task::JoinError) -> ImportError {
    ImportError::Store(StoreError::Database(sqlx::Error::Protocol(format!(
        "the import's database thread failed: {e}"
    ))))
}

/// Everything after staging, on SQLite: the checks, the merge, the verdicts and the commit.
/// `read` is what the reading thread found: lines, grouped, no duplicates.
fn merge_and_evaluate(
    mut import: SqliteImport,
    policy: &Policy,
    (lines, grouped, no_duplicates): (u64, bool, bool),
    options: ImportOptions,
    steps: &mpsc::UnboundedSender<Step>,
    audited: Option<(Actor, Vec<UnknownProduct>)>,
) -> Result<Merged, ImportError> {
    let _ = steps.send(Step::Merging);
    if !grouped {
        import.discard_staged_verdicts()?;
    }
    if !no_duplicates {
        let duplicates = import.duplicates(MAX_PROBLEMS as i64)?;
        if !duplicates.is_empty() {
            return Err(repeated_lines(duplicates));
        }
    }
    import.discard_staged_with_other_lines()?;
    let now = now_epoch();
    let customers = import.touch_staged_customers()?;
    let lines_written = import.merge_staged(now)?;
    let ended = if options.snapshot {
        import.end_missing(options.today, now)?
    } else {
        store::SnapshotEnded::default()
    };
    refuse_empty_snapshot(lines, options, ended)?;
    import.unchanged_customers(options.today, now)?;
    import.clear_stale_digests()?;

    let total = import.count_touched()?;
    let (mut done, mut eligible) = import.apply_staged(now)?;
    let _ = steps.send(Step::Evaluating {
        customers: done,
        total,
    });
    let mut after = String::new();
    loop {
        let chunk = import.unevaluated_after(&after, EVALUATE_BATCH)?;
        let Some(last) = chunk.last() else { break };
        after = last.clone();
        let lines = import.lines_of(&chunk)?;
        let rows: Vec<VerdictRow> = verdicts::per_customer(&lines)
            .filter_map(|l| verdicts::verdict_row(policy, l, options.today))
            .collect();
        import.upsert_verdicts(&rows, now)?;
        eligible += rows.iter().filter(|r| r.eligible).count() as u64;
        done += chunk.len() as u64;
        let _ = steps.send(Step::Evaluating {
            customers: done,
            total,
        });
    }
    if options.snapshot {
        import.clear_without_lines(options.today, now)?;
    }
    eligible += import.count_unchanged_eligible()?;
    let merged = Merged {
        customers,
        eligible_customers: eligible,
        customers_evaluated: done,
        lines_written,
        ended,
    };
    if let Some((actor, unknown)) = audited {
        let detail = audit_detail(lines, &merged, &unknown, options);
        import.record_audit(&audit::entry(&actor, Action::AgreementsImport, "", detail))?;
    }
    import.commit()?;
    Ok(merged)
}

/// What the audit log keeps of an import: the summary's counts, the snapshot flag and the
/// products no criterion counts.
fn audit_detail(
    lines: u64,
    m: &Merged,
    unknown: &[UnknownProduct],
    options: ImportOptions,
) -> serde_json::Value {
    let unknown: Vec<&str> = unknown.iter().map(|u| u.code.as_str()).collect();
    serde_json::json!({
        "lines": lines,
        "customers": m.customers,
        "eligible_customers": m.eligible_customers,
        "customers_evaluated": m.customers_evaluated,
        "lines_written": m.lines_written,
        "lines_ended": m.ended.ended,
        "lines_removed": m.ended.removed,
        "snapshot": options.snapshot,
        "unknown_products": unknown,
    })
}
