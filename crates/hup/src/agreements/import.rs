//! The licensing-agreement feed import (contract.md, "Licensing-agreement feed"; R9).
//!
//! The file streams through: a blocking thread reads and checks CSV records (with the `csv`
//! crate: BOM, CRLF, quoted fields) and hands batches of checked lines over a bounded channel
//! to the database side, which stages them. Memory therefore stays bounded by a few batches,
//! whatever the file's size, and reading overlaps with writing. On an SQLite file the database
//! side is a second blocking thread with the import's own connection
//! ([`SqliteImport`]: prepared statements re-bound per row); otherwise (PostgreSQL) it is the
//! async side with multi-row INSERTs through the pool.
//!
//! While reading, the thread also evaluates each customer whose lines come in one run (exports
//! are grouped by customer), so the verdicts of a million-line file need not be read back from
//! the database. Such a verdict is kept only when the file holds all of the customer's lines:
//! when the customer has stored lines the file does not name, or the file was not grouped by
//! customer after all, the customer is evaluated from the stored lines after the merge.
//!
//! Everything happens in ONE transaction: staging, the duplicate check, the merge, `--snapshot`
//! and the re-evaluation of every customer touched. Any bad row, or a crash or kill half-way,
//! leaves the previous data exactly as it was.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::hash::{BuildHasher, RandomState};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use hup_core::agreement::{AgreementLine, FeedError, FeedHeader, COLUMNS, ROW};
use hup_core::eligibility::Policy;
use serde::Serialize;
use tokio::sync::mpsc;
use utoipa::ToSchema;

use super::verdicts;
use crate::audit::{self, Action, Actor};
use crate::store::agreements::{self as store, StagedLine};
use crate::store::eligibility::{self as stored_verdicts, VerdictRow};
use crate::store::sqlite_import::SqliteImport;
use crate::store::{now_epoch, Db, StoreError};

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

/// What an import did: the summary `hup agreements import` prints and the operator API answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct ImportSummary {
    /// Agreement lines (data rows) in the file.
    pub lines: u64,
    /// Distinct customers in the file.
    pub customers: u64,
    /// Customers eligible after the import, among those it touched.
    pub eligible_customers: u64,
    /// Customers re-evaluated: those in the file, and with `--snapshot` those that lost lines.
    pub customers_evaluated: u64,
    /// Lines added or changed; 0 when the same file is imported again.
    pub lines_written: u64,
    /// `--snapshot`: running lines absent from the file, now ended yesterday.
    pub lines_ended: u64,
    /// `--snapshot`: lines absent from the file that had not started yet, removed.
    pub lines_removed: u64,
    /// Product codes no criterion of the eligibility policy (R8) names, in code order: not
    /// refused (feeds carry many such products), but a typo of a counted code shows here.
    pub unknown_products: Vec<UnknownProduct>,
    /// How long the import took.
    #[serde(rename = "seconds", serialize_with = "as_seconds")]
    #[schema(value_type = f64)]
    pub elapsed: Duration,
}

/// A product code of the feed that no criterion of the policy names (issue 12).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct UnknownProduct {
    pub code: String,
    /// Lines of the file with this product.
    pub lines: u64,
    /// The first few of those lines' numbers in the file (the header is line 1).
    pub first_lines: Vec<u64>,
}

/// Line numbers kept per unknown product.
const FIRST_LINES: usize = 5;

fn as_seconds<S: serde::Serializer>(elapsed: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(elapsed.as_secs_f64())
}

/// What the steps after reading did, on either back end.
struct Merged {
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
            customers: merged.customers,
            eligible_customers: merged.eligible_customers,
            customers_evaluated: merged.customers_evaluated,
            lines_written: merged.lines_written,
            lines_ended: merged.ended.ended,
            lines_removed: merged.ended.removed,
            unknown_products: end.unknown_products,
            elapsed: started.elapsed(),
        }
    }
}

/// One bad row of the feed: `line N: column: reason`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The line of the file where the record starts (1 is the header).
    pub line: u64,
    /// A column name of the feed, `header`, or `row` for the record as a whole.
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}: {}", self.line, self.column, self.reason)
    }
}

/// Problems listed in full; beyond this a file is wrong as a whole (a wrong export, a shifted
/// column) and the count says how much more there is.
pub const MAX_PROBLEMS: usize = 10_000;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has bad rows; nothing was imported.
    #[error("{bad_rows} bad row{}; nothing was imported", if *.bad_rows == 1 { "" } else { "s" })]
    Rejected {
        /// At most [`MAX_PROBLEMS`], in line order.
        problems: Vec<RowProblem>,
        /// Rows with at least one problem, all of them.
        bad_rows: u64,
    },
    /// A `--snapshot` file with no lines would end every agreement line stored; nothing changed.
    #[error(
        "the snapshot holds no lines, so it would end every agreement ({ending} stored line{}); \
         nothing was imported (import it anyway only on purpose: --allow-empty, or \
         allow_empty=true over the API)",
        if *.ending == 1 { "" } else { "s" }
    )]
    EmptySnapshot { ending: u64 },
    #[error("cannot read the feed: {0}")]
    Read(String),
    #[error(transparent)]
    Store(#[from] StoreError),
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

/// Lines per message from the reading thread.
const READ_BATCH: usize = 5 * store::STAGE_BATCH;
/// Batches in flight between the threads: enough to keep both busy, few enough to bound memory.
const CHANNEL_DEPTH: usize = 4;
/// Customers re-evaluated per query.
const EVALUATE_BATCH: i64 = 1000;
/// A customer with more lines than this in one run is evaluated from the database instead, so
/// the reading thread never holds more than this many lines of one customer.
const MAX_RUN: usize = 10_000;

struct Batch {
    rows: Vec<StagedLine>,
    /// Verdicts of the customers whose run of lines ended in this batch.
    verdicts: Vec<VerdictRow>,
    /// Byte offset in the file after the last record of the batch.
    bytes: u64,
}

/// What the reading thread found once the file ended.
struct ReadEnd {
    lines: u64,
    problems: Vec<RowProblem>,
    bad_rows: u64,
    /// Each customer's lines came in one run, so the verdicts sent are complete for the file.
    grouped: bool,
    /// Grouped, and no run repeated a line's key: the file holds no duplicate lines, and the
    /// database need not look for them.
    no_duplicates: bool,
    unknown_products: Vec<UnknownProduct>,
}

/// Imports a feed. See the module documentation for the guarantees.
///
/// `by` is the operator whose import it is: its row in the audit log is written in the
/// import's transaction (issue 15). Only the demo data set, which no one imports, has `None`.
pub async fn import_feed<R>(
    db: &Db,
    policy: &Policy,
    input: R,
    options: ImportOptions,
    progress: &dyn Progress,
    by: Option<&Actor>,
) -> Result<ImportSummary, ImportError>
where
    R: Read + Send + 'static,
{
    let started = Instant::now();
    if let Some(file) = SqliteImport::file_of(db).await? {
        let by = by.cloned();
        return import_on_sqlite_file(file, policy, input, options, progress, started, by).await;
    }
    let (reader, mut batches) = start_reading(input, policy, options);

    let mut tx = db.begin_write().await?;
    store::begin_import(&mut tx, db.backend()).await?;
    let mut staged = 0u64;
    while let Some(batch) = batches.recv().await {
        store::stage(&mut tx, db.backend(), &batch.rows).await?;
        stored_verdicts::stage(&mut tx, db.backend(), &batch.verdicts).await?;
        staged += batch.rows.len() as u64;
        progress.step(Step::Reading {
            lines: staged,
            bytes: batch.bytes,
        });
    }
    // Dropping the transaction on a bad row rolls it back: nothing changes.
    let end = finish_reading(reader).await?;
    progress.step(Step::Reading {
        lines: end.lines,
        bytes: u64::MAX,
    });

    progress.step(Step::Merging);
    if !end.grouped {
        stored_verdicts::discard_staged(&mut tx).await?;
    }
    store::index_staged(&mut tx).await?;
    if !end.no_duplicates {
        let duplicates = store::duplicates(&mut tx, MAX_PROBLEMS as i64).await?;
        if !duplicates.is_empty() {
            return Err(repeated_lines(duplicates));
        }
    }
    stored_verdicts::discard_staged_with_other_lines(&mut tx).await?;
    let now = now_epoch();
    let customers = store::touch_staged_customers(&mut tx).await?;
    let lines_written = store::merge_staged(&mut tx, now).await?;
    let ended = if options.snapshot {
        store::end_missing(&mut tx, options.today, now).await?
    } else {
        store::SnapshotEnded::default()
    };
    refuse_empty_snapshot(end.lines, options, ended)?;

    let total = store::count_touched(&mut tx).await?;
    let (mut done, mut eligible) = stored_verdicts::apply_staged(&mut tx, now).await?;
    let mut after = String::new();
    progress.step(Step::Evaluating {
        customers: done,
        total,
    });
    loop {
        let chunk = store::unevaluated_after(&mut tx, &after, EVALUATE_BATCH).await?;
        let Some(last) = chunk.last() else { break };
        after = last.clone();
        eligible +=
            verdicts::reevaluate(&mut tx, db.backend(), policy, &chunk, options.today, now).await?;
        done += chunk.len() as u64;
        progress.step(Step::Evaluating {
            customers: done,
            total,
        });
    }
    stored_verdicts::clear_without_lines(&mut tx, options.today, now).await?;
    store::end_import(&mut tx).await?;
    let merged = Merged {
        customers,
        eligible_customers: eligible,
        customers_evaluated: done,
        lines_written,
        ended,
    };
    if let Some(actor) = by {
        let detail = audit_detail(end.lines, &merged, &end.unknown_products, options);
        audit::record(&mut tx, actor, Action::AgreementsImport, "", detail).await?;
    }
    tx.commit().await.map_err(StoreError::from)?;
    Ok(ImportSummary::new(end, merged, started))
}

/// What the audit log keeps of an import: the summary's counts, the snapshot flag and the
/// product codes no criterion counts (the console's "past imports" reads them back).
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

type Reader = tokio::task::JoinHandle<Result<ReadEnd, ImportError>>;

/// Starts the reading thread; checked lines and verdicts arrive on the receiver.
fn start_reading<R>(
    input: R,
    policy: &Policy,
    options: ImportOptions,
) -> (Reader, mpsc::Receiver<Batch>)
where
    R: Read + Send + 'static,
{
    let (sender, batches) = mpsc::channel::<Batch>(CHANNEL_DEPTH);
    let evaluator = Evaluator {
        policy: policy.clone(),
        as_of: options.today,
    };
    let reader = tokio::task::spawn_blocking(move || read_feed(input, evaluator, &sender));
    (reader, batches)
}

/// Waits for the reading thread; the file's bad rows, if any, as the error.
async fn finish_reading(reader: Reader) -> Result<ReadEnd, ImportError> {
    let end = reader
        .await
        .map_err(|e| ImportError::Read(format!("the reading thread failed: {e}")))??;
    if end.bad_rows > 0 {
        return Err(ImportError::Rejected {
            problems: end.problems,
            bad_rows: end.bad_rows,
        });
    }
    Ok(end)
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
    policy: &Policy,
    input: R,
    options: ImportOptions,
    progress: &dyn Progress,
    started: Instant,
    by: Option<Actor>,
) -> Result<ImportSummary, ImportError>
where
    R: Read + Send + 'static,
{
    let (reader, mut batches) = start_reading(input, policy, options);
    let (steps, mut step_events) = mpsc::unbounded_channel::<Step>();
    let writer = tokio::task::spawn_blocking(move || -> Result<SqliteImport, StoreError> {
        let mut import = SqliteImport::begin(&file)?;
        let mut staged = 0u64;
        while let Some(batch) = batches.blocking_recv() {
            import.stage(&batch.rows, &batch.verdicts)?;
            staged += batch.rows.len() as u64;
            let _ = steps.send(Step::Reading {
                lines: staged,
                bytes: batch.bytes,
            });
        }
        Ok(import)
    });
    while let Some(step) = step_events.recv().await {
        progress.step(step);
    }
    let import = writer.await.map_err(thread_failed)??;
    // Dropping `import` on a bad row rolls the transaction back: nothing changes.
    let end = finish_reading(reader).await?;
    progress.step(Step::Reading {
        lines: end.lines,
        bytes: u64::MAX,
    });

    let policy = policy.clone();
    let read = (end.lines, end.grouped, end.no_duplicates);
    let audited = by.map(|actor| (actor, end.unknown_products.clone()));
    let (steps, mut step_events) = mpsc::unbounded_channel::<Step>();
    let rest = tokio::task::spawn_blocking(move || {
        merge_and_evaluate(import, &policy, read, options, &steps, audited)
    });
    while let Some(step) = step_events.recv().await {
        progress.step(step);
    }
    let merged = rest.await.map_err(thread_failed)??;
    Ok(ImportSummary::new(end, merged, started))
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
    import.clear_without_lines(options.today, now)?;
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

/// Reads and checks the whole file. Checked lines go to `sender` until the first bad row;
/// after that the rest is still checked, so the operator sees every bad row at once, but
/// nothing more is sent (the import will be rolled back anyway).
fn read_feed<R: Read>(
    input: R,
    evaluator: Evaluator,
    sender: &mpsc::Sender<Batch>,
) -> Result<ReadEnd, ImportError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        // A row with too few or too many fields is reported as a bad row, not a read error.
        .flexible(true)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    let mut problems = Vec::new();
    let mut bad_rows = 0u64;
    let read_error = |e: csv::Error| ImportError::Read(e.to_string());

    if !csv.read_byte_record(&mut record).map_err(read_error)? {
        return Err(rejected_one(RowProblem {
            line: 1,
            column: "header".to_owned(),
            reason: format!(
                "the file is empty; the first line must name the columns ({})",
                COLUMNS.join(",")
            ),
        }));
    }
    let names = match utf8_fields(&record) {
        Some(names) => names,
        None => return Err(rejected_one(not_utf8(1, "header"))),
    };
    let header = match FeedHeader::from_names(&names) {
        Ok(h) => h,
        Err(FeedError::MissingColumns(missing)) => {
            let problems: Vec<RowProblem> = missing
                .into_iter()
                .map(|column| RowProblem {
                    line: 1,
                    column: column.to_owned(),
                    reason: "missing column: the header does not name it".to_owned(),
                })
                .collect();
            return Err(ImportError::Rejected {
                problems,
                bad_rows: 1,
            });
        }
        Err(e @ FeedError::DuplicateColumn(column)) => {
            return Err(rejected_one(RowProblem {
                line: 1,
                column: column.to_owned(),
                reason: e.to_string(),
            }))
        }
    };

    let mut lines = 0u64;
    let mut unknown = UnknownProducts::new(&evaluator.policy);
    let mut batch = Batcher::new(evaluator);
    let mut receiver_gone = false;
    while csv.read_byte_record(&mut record).map_err(read_error)? {
        lines += 1;
        let line_no = record.position().map_or(lines + 1, |p| p.line());
        let checked = match utf8_fields(&record) {
            Some(fields) => header.line(&fields).map_err(|errors| {
                errors
                    .into_iter()
                    .map(|e| RowProblem {
                        line: line_no,
                        column: e.column.to_owned(),
                        reason: e.reason,
                    })
                    .collect()
            }),
            None => Err(vec![not_utf8(line_no, ROW)]),
        };
        if let Ok(line) = &checked {
            unknown.note(line_no, line.product.as_str());
        }
        match checked {
            Ok(line) if bad_rows == 0 && !receiver_gone => {
                batch.push(line_no, line);
                if batch.len() >= READ_BATCH {
                    let bytes = record.position().map_or(0, |p| p.byte());
                    // The database side stopped (an error): finish checking, send no more.
                    receiver_gone = sender.blocking_send(batch.take(bytes)).is_err();
                }
            }
            Ok(_) => {}
            Err(row_problems) => {
                bad_rows += 1;
                let room = MAX_PROBLEMS.saturating_sub(problems.len());
                problems.extend(row_problems.into_iter().take(room));
                batch.discard();
            }
        }
    }
    batch.end_run();
    if !batch.rows.is_empty() && bad_rows == 0 && !receiver_gone {
        let bytes = csv.position().byte();
        let _ = sender.blocking_send(batch.take(bytes));
    }
    Ok(ReadEnd {
        lines,
        problems,
        bad_rows,
        grouped: batch.grouped,
        no_duplicates: batch.grouped && batch.keys_unique,
        unknown_products: unknown.into_list(),
    })
}

/// The feed's product codes that no criterion of the policy names, as the file is read. A
/// criterion without a product list (R8 (d): any line) names none: it would make every code
/// known, and hide the typo `m365-e9` of `m365-e5` that the report is for.
struct UnknownProducts {
    /// The codes the criteria name; `None` when none names any (then nothing is reported).
    counted: Option<HashSet<String>>,
    seen: HashMap<String, UnknownProduct>,
}

impl UnknownProducts {
    fn new(policy: &Policy) -> UnknownProducts {
        let counted: HashSet<String> = policy
            .criteria()
            .iter()
            .filter_map(|c| c.products.as_ref())
            .flatten()
            .map(|p| p.as_str().to_owned())
            .collect();
        UnknownProducts {
            counted: (!counted.is_empty()).then_some(counted),
            seen: HashMap::new(),
        }
    }

    fn note(&mut self, line_no: u64, code: &str) {
        let Some(counted) = &self.counted else { return };
        if counted.contains(code) {
            return;
        }
        let entry = self
            .seen
            .entry(code.to_owned())
            .or_insert_with(|| UnknownProduct {
                code: code.to_owned(),
                lines: 0,
                first_lines: Vec::new(),
            });
        entry.lines += 1;
        if entry.first_lines.len() < FIRST_LINES {
            entry.first_lines.push(line_no);
        }
    }

    fn into_list(self) -> Vec<UnknownProduct> {
        let mut list: Vec<UnknownProduct> = self.seen.into_values().collect();
        list.sort_by(|a, b| a.code.cmp(&b.code));
        list
    }
}

/// What the reading thread evaluates customers with.
struct Evaluator {
    policy: Policy,
    as_of: NaiveDate,
}

/// Collects one batch of checked lines in the reading thread, and evaluates each customer once
/// its run of lines ends (the next line names another customer, or the file ends).
struct Batcher {
    evaluator: Evaluator,
    rows: Vec<StagedLine>,
    verdicts: Vec<VerdictRow>,
    /// The current run's customer (`None` before the first line), and its lines and their line
    /// numbers, held until the run ends.
    run_customer: Option<String>,
    run: Vec<AgreementLine>,
    run_line_nos: Vec<u64>,
    /// The run outgrew [`MAX_RUN`]: part of it is already in `rows`, so no verdict.
    run_too_long: bool,
    /// Hashes of the current run's line keys (agreement, product, start day), and whether they
    /// were all different so far (equal hashes count as a repeat: the database then checks).
    run_keys: HashSet<u64>,
    keys_unique: bool,
    /// Hashes of the customers whose run started. A customer seen again means the file is not
    /// grouped by customer (or two numbers share a hash, which only costs speed).
    seen: HashSet<u64>,
    hasher: RandomState,
    grouped: bool,
}

impl Batcher {
    fn new(evaluator: Evaluator) -> Batcher {
        Batcher {
            evaluator,
            rows: Vec::with_capacity(READ_BATCH),
            verdicts: Vec::new(),
            run_customer: None,
            run: Vec::new(),
            run_line_nos: Vec::new(),
            run_too_long: false,
            run_keys: HashSet::new(),
            keys_unique: true,
            seen: HashSet::new(),
            hasher: RandomState::new(),
            grouped: true,
        }
    }

    fn push(&mut self, line_no: u64, line: AgreementLine) {
        if self.run_customer.as_deref() != Some(line.customer_number.as_str()) {
            self.end_run();
            if self.grouped
                && !self
                    .seen
                    .insert(self.hasher.hash_one(&line.customer_number))
            {
                self.grouped = false;
            }
            self.run_customer = Some(line.customer_number.clone());
            self.run_keys.clear();
        }
        if self.keys_unique {
            let key = (
                &line.agreement_number,
                line.product.as_str(),
                line.start_date,
            );
            self.keys_unique = self.run_keys.insert(self.hasher.hash_one(key));
        }
        self.run.push(line);
        self.run_line_nos.push(line_no);
        if self.run.len() >= MAX_RUN {
            self.run_too_long = true;
            self.move_run();
        }
    }

    /// Evaluates the customer of the run just ended and moves its lines into the batch.
    fn end_run(&mut self) {
        if self.grouped && !self.run_too_long && !self.run.is_empty() {
            let e = &self.evaluator;
            self.verdicts
                .extend(verdicts::verdict_row(&e.policy, &self.run, e.as_of));
        }
        self.move_run();
        self.run_too_long = false;
    }

    fn move_run(&mut self) {
        self.rows.extend(
            self.run_line_nos
                .drain(..)
                .zip(self.run.drain(..))
                .map(|(line_no, line)| StagedLine { line_no, line }),
        );
    }

    /// After a bad row nothing more is staged, so nothing more is kept or evaluated.
    fn discard(&mut self) {
        self.rows.clear();
        self.verdicts.clear();
        self.run.clear();
        self.run_line_nos.clear();
        self.run_customer = None;
        self.grouped = false;
    }

    fn len(&self) -> usize {
        self.rows.len()
    }

    fn take(&mut self, bytes: u64) -> Batch {
        Batch {
            rows: std::mem::replace(&mut self.rows, Vec::with_capacity(READ_BATCH)),
            verdicts: std::mem::take(&mut self.verdicts),
            bytes,
        }
    }
}

fn utf8_fields(record: &csv::ByteRecord) -> Option<Vec<&str>> {
    record.iter().map(|f| std::str::from_utf8(f).ok()).collect()
}

fn not_utf8(line: u64, column: &str) -> RowProblem {
    RowProblem {
        line,
        column: column.to_owned(),
        reason: "is not valid UTF-8 (save the file as UTF-8)".to_owned(),
    }
}

fn rejected_one(problem: RowProblem) -> ImportError {
    ImportError::Rejected {
        problems: vec![problem],
        bad_rows: 1,
    }
}
