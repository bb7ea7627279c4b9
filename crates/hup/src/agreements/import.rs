//! The licensing-agreement feed import (contract.md, "Licensing-agreement feed"; R9).
//!
//! The file streams through: a blocking thread reads and checks CSV records (with the `csv`
//! crate: BOM, CRLF, quoted fields) and hands batches of checked lines over a bounded channel
//! to the database side, which stages them in multi-row INSERTs. Memory therefore stays
//! bounded by a few batches, whatever the file's size, and reading overlaps with writing.
//!
//! Everything happens in ONE transaction: staging, the duplicate check, the merge, `--snapshot`
//! and the re-evaluation of every customer touched. Any bad row, or a crash or kill half-way,
//! leaves the previous data exactly as it was.

use std::fmt;
use std::io::Read;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use hup_core::agreement::{AgreementLine, FeedError, FeedHeader, COLUMNS, ROW};
use hup_core::eligibility::Policy;
use tokio::sync::mpsc;

use super::verdicts;
use crate::store::agreements::{self as store, StagedLine};
use crate::store::eligibility as stored_verdicts;
use crate::store::{now_epoch, Db, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// The file holds every current line: lines it lacks are ended (see
    /// [`store::end_missing`]).
    pub snapshot: bool,
    /// The day verdicts are evaluated on and a snapshot ends lines on: today, except in tests.
    pub today: NaiveDate,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
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
    pub elapsed: Duration,
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

struct Batch {
    rows: Vec<StagedLine>,
    /// Byte offset in the file after the last record of the batch.
    bytes: u64,
}

/// What the reading thread found once the file ended.
struct ReadEnd {
    lines: u64,
    problems: Vec<RowProblem>,
    bad_rows: u64,
}

/// Imports a feed. See the module documentation for the guarantees.
pub async fn import_feed<R>(
    db: &Db,
    policy: &Policy,
    input: R,
    options: ImportOptions,
    progress: &dyn Progress,
) -> Result<ImportSummary, ImportError>
where
    R: Read + Send + 'static,
{
    let started = Instant::now();
    let (sender, mut batches) = mpsc::channel::<Batch>(CHANNEL_DEPTH);
    let reader = tokio::task::spawn_blocking(move || read_feed(input, &sender));

    let mut tx = db.begin_write().await?;
    store::begin_import(&mut tx, db.backend()).await?;
    let mut staged = 0u64;
    while let Some(batch) = batches.recv().await {
        store::stage(&mut tx, db.backend(), &batch.rows).await?;
        staged += batch.rows.len() as u64;
        progress.step(Step::Reading {
            lines: staged,
            bytes: batch.bytes,
        });
    }
    let end = reader
        .await
        .map_err(|e| ImportError::Read(format!("the reading thread failed: {e}")))??;
    if end.bad_rows > 0 {
        // Dropping the transaction rolls it back: nothing changes.
        return Err(ImportError::Rejected {
            problems: end.problems,
            bad_rows: end.bad_rows,
        });
    }
    progress.step(Step::Reading {
        lines: end.lines,
        bytes: u64::MAX,
    });

    progress.step(Step::Merging);
    store::index_staged(&mut tx).await?;
    let duplicates = store::duplicates(&mut tx, MAX_PROBLEMS as i64).await?;
    if !duplicates.is_empty() {
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
        return Err(ImportError::Rejected { problems, bad_rows });
    }
    let now = now_epoch();
    let customers = store::touch_staged_customers(&mut tx).await?;
    let lines_written = store::merge_staged(&mut tx, now).await?;
    let ended = if options.snapshot {
        store::end_missing(&mut tx, options.today, now).await?
    } else {
        store::SnapshotEnded::default()
    };

    let total = store::count_touched(&mut tx).await?;
    let mut done = 0u64;
    let mut eligible = 0u64;
    let mut after = String::new();
    progress.step(Step::Evaluating {
        customers: 0,
        total,
    });
    loop {
        let chunk = store::touched_after(&mut tx, &after, EVALUATE_BATCH).await?;
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
    tx.commit().await.map_err(StoreError::from)?;
    Ok(ImportSummary {
        lines: end.lines,
        customers,
        eligible_customers: eligible,
        customers_evaluated: done,
        lines_written,
        lines_ended: ended.ended,
        lines_removed: ended.removed,
        elapsed: started.elapsed(),
    })
}

/// Reads and checks the whole file. Checked lines go to `sender` until the first bad row;
/// after that the rest is still checked, so the operator sees every bad row at once, but
/// nothing more is sent (the import will be rolled back anyway).
fn read_feed<R: Read>(input: R, sender: &mpsc::Sender<Batch>) -> Result<ReadEnd, ImportError> {
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
    let mut batch = Batcher::default();
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
        match checked {
            Ok(line) if bad_rows == 0 && !receiver_gone => {
                batch.push(line_no, line);
                if batch.len() == READ_BATCH {
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
                batch = Batcher::default();
            }
        }
    }
    if !batch.rows.is_empty() && bad_rows == 0 && !receiver_gone {
        let bytes = csv.position().byte();
        let _ = sender.blocking_send(batch.take(bytes));
    }
    Ok(ReadEnd {
        lines,
        problems,
        bad_rows,
    })
}

/// Collects one batch of checked lines in the reading thread.
#[derive(Default)]
struct Batcher {
    rows: Vec<StagedLine>,
}

impl Batcher {
    fn push(&mut self, line_no: u64, line: AgreementLine) {
        self.rows.push(StagedLine { line_no, line });
    }

    fn len(&self) -> usize {
        self.rows.len()
    }

    fn take(&mut self, bytes: u64) -> Batch {
        Batch {
            rows: std::mem::replace(&mut self.rows, Vec::with_capacity(READ_BATCH)),
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
