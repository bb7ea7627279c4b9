//! The import's reading thread: reads and checks CSV records (with the `csv` crate: BOM, CRLF,
//! quoted fields) and hands batches of checked lines to the database side over a bounded
//! channel, so memory stays bounded by a few batches whatever the file's size.
//!
//! Records are taken one customer's run at a time (exports are grouped by customer). A run is
//! held unchecked until it ends; then, when the previous import stored its digest
//! ([`super::unchanged`]), it is only counted and named as unchanged, and otherwise each record
//! is checked and the customer evaluated from the run, so the verdicts of a million-line file
//! need not be read back from the database. A verdict is kept only when the file holds all of
//! the customer's lines; the database side drops it otherwise.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, RandomState};
use std::io::Read;

use chrono::NaiveDate;
use hup_core::agreement::{AgreementLine, FeedError, FeedHeader, ProductCode, COLUMNS, ROW};
use hup_core::eligibility::Policy;
use tokio::sync::mpsc;

use super::report::{ImportError, RowProblem, UnknownProduct, MAX_PROBLEMS};
use super::unchanged::{KnownRuns, RunDigest, RunHasher};
use super::verdicts;
use crate::store::agreements::{StagedLine, STAGE_BATCH};
use crate::store::eligibility::VerdictRow;

/// Lines per message from the reading thread.
const READ_BATCH: usize = 5 * STAGE_BATCH;
/// Batches in flight between the threads: enough to keep both busy, few enough to bound memory.
pub(super) const CHANNEL_DEPTH: usize = 4;
/// A customer with more lines than this in one run is checked as it comes and evaluated from
/// the database instead, so the reading thread never holds more than this many of its lines.
const MAX_RUN: usize = 10_000;
/// Line numbers kept per unknown product.
const FIRST_LINES: usize = 5;

pub(super) struct Batch {
    pub rows: Vec<StagedLine>,
    /// Verdicts of the customers whose run of lines ended in this batch.
    pub verdicts: Vec<VerdictRow>,
    /// Customers whose run the previous import stored exactly so: not staged, not evaluated.
    pub unchanged: Vec<String>,
    /// Records this batch stands for: staged and unchanged.
    pub lines: u64,
    /// Byte offset in the file after the last record of the batch.
    pub bytes: u64,
}

/// What the reading thread found once the file ended.
pub(super) struct ReadEnd {
    pub lines: u64,
    pub problems: Vec<RowProblem>,
    pub bad_rows: u64,
    /// Each customer's lines came in one run, so the verdicts sent are complete for the file.
    pub grouped: bool,
    /// Grouped, and no run repeated a line's key: the file holds no duplicate lines, and the
    /// database need not look for them.
    pub no_duplicates: bool,
    pub unknown_products: Vec<UnknownProduct>,
    /// Customers sent as unchanged.
    pub unchanged: u64,
}

pub(super) enum ReadOutcome {
    Read(ReadEnd),
    /// A customer skipped as unchanged came again later in the file (it is not grouped after
    /// all): its skipped lines would be missing from the checks, so the import starts over
    /// without skipping.
    ReadAgain,
}

/// What the reading thread evaluates customers with.
pub(super) struct Evaluator {
    pub policy: Policy,
    pub as_of: NaiveDate,
}

/// Reads and checks the whole file. Checked lines go to `sender` until the first bad row;
/// after that the rest is still checked, so the operator sees every bad row at once, but
/// nothing more is sent (the import will be rolled back anyway).
pub(super) fn read_feed<R: Read>(
    input: R,
    evaluator: Evaluator,
    known: &KnownRuns,
    sender: &mpsc::Sender<Batch>,
) -> Result<ReadOutcome, ImportError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        // A row with too few or too many fields is reported as a bad row, not a read error.
        .flexible(true)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
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
    let header = feed_header(&record)?;
    let hasher = RunHasher::new(&evaluator.policy, &record);
    let mut reader = Reader {
        customer_at: header.customer_number_at(),
        product_at: header.product_at(),
        header,
        known,
        sender,
        unknown: UnknownProducts::new(&evaluator.policy),
        batch: Batcher::new(evaluator),
        run: Run::new(hasher),
        hasher: RandomState::new(),
        seen: HashSet::new(),
        skipped: HashSet::new(),
        unchanged: 0,
        grouped: true,
        problems: Vec::new(),
        bad_rows: 0,
        lines: 0,
        bytes: 0,
        receiver_gone: false,
    };
    while csv.read_byte_record(&mut record).map_err(read_error)? {
        reader.lines += 1;
        let line_no = record.position().map_or(reader.lines + 1, |p| p.line());
        reader.bytes = record.position().map_or(0, |p| p.byte());
        if let Flow::ReadAgain = reader.record(line_no, &mut record) {
            return Ok(ReadOutcome::ReadAgain);
        }
    }
    reader.bytes = csv.position().byte();
    reader.end_run();
    if reader.batch.size() > 0 {
        reader.send();
    }
    Ok(ReadOutcome::Read(ReadEnd {
        lines: reader.lines,
        grouped: reader.grouped,
        no_duplicates: reader.grouped && reader.batch.keys_unique,
        unknown_products: reader.unknown.into_list(),
        unchanged: reader.unchanged,
        problems: reader.problems,
        bad_rows: reader.bad_rows,
    }))
}

fn feed_header(record: &csv::ByteRecord) -> Result<FeedHeader, ImportError> {
    let Some(names) = utf8_fields(record) else {
        return Err(rejected_one(not_utf8(1, "header")));
    };
    match FeedHeader::from_names(&names) {
        Ok(h) => Ok(h),
        Err(FeedError::MissingColumns(missing)) => {
            let problems: Vec<RowProblem> = missing
                .into_iter()
                .map(|column| RowProblem {
                    line: 1,
                    column: column.to_owned(),
                    reason: "missing column: the header does not name it".to_owned(),
                })
                .collect();
            Err(ImportError::Rejected {
                problems,
                bad_rows: 1,
            })
        }
        Err(e @ FeedError::DuplicateColumn(column)) => Err(rejected_one(RowProblem {
            line: 1,
            column: column.to_owned(),
            reason: e.to_string(),
        })),
    }
}

#[must_use]
enum Flow {
    Go,
    ReadAgain,
}

/// The reading thread's state between records.
struct Reader<'a> {
    header: FeedHeader,
    customer_at: usize,
    product_at: usize,
    known: &'a KnownRuns,
    sender: &'a mpsc::Sender<Batch>,
    unknown: UnknownProducts,
    batch: Batcher,
    run: Run,
    hasher: RandomState,
    /// Hashes of the customers whose run started. A customer seen again means the file is not
    /// grouped by customer (or two numbers share a hash, which only costs speed).
    seen: HashSet<u64>,
    /// Hashes of the customers skipped as unchanged, and how many there were.
    skipped: HashSet<u64>,
    unchanged: u64,
    grouped: bool,
    problems: Vec<RowProblem>,
    bad_rows: u64,
    lines: u64,
    bytes: u64,
    receiver_gone: bool,
}

impl Reader<'_> {
    /// Takes one record; `record` is left holding another record's buffers to read into.
    fn record(&mut self, line_no: u64, record: &mut csv::ByteRecord) -> Flow {
        let customer = customer_number(record.get(self.customer_at).unwrap_or_default());
        if self.run.customer.as_deref() != Some(customer) {
            self.end_run();
            let key = self.hasher.hash_one(customer);
            let first = self.seen.insert(key);
            if !first {
                self.grouped = false;
                if self.skipped.contains(&key) {
                    return Flow::ReadAgain;
                }
            }
            self.run.start(customer, first);
        }
        if self.run.spilled {
            self.check(line_no, record);
        } else {
            self.run.hold(line_no, record);
            if self.run.held.len() >= MAX_RUN {
                self.run.spilled = true;
                self.check_held();
            }
        }
        Flow::Go
    }

    /// The current run ended: skip it as unchanged, or check it and evaluate its customer.
    fn end_run(&mut self) {
        if self.run.customer.is_none() {
            return;
        }
        let digest = self.run.hasher.finish();
        let unchanged = !self.run.spilled && self.run.first && self.known.contains(digest);
        match self
            .run
            .customer
            .take()
            .and_then(|c| String::from_utf8(c).ok())
        {
            Some(customer) if unchanged => {
                let held = std::mem::take(&mut self.run.held);
                for (line_no, record) in &held {
                    let product = record.get(self.product_at).unwrap_or_default();
                    self.unknown.note_raw(*line_no, product);
                }
                let lines = held.len() as u64;
                self.run.give_back(held);
                self.skipped
                    .insert(self.hasher.hash_one(customer.as_bytes()));
                self.unchanged += 1;
                if self.bad_rows == 0 && !self.receiver_gone {
                    self.batch.unchanged(customer, lines);
                }
            }
            _ => {
                self.check_held();
                let evaluate = self.grouped && self.bad_rows == 0 && !self.run.spilled;
                let digest = (!self.run.spilled).then_some(digest);
                self.batch.end_run(evaluate, digest);
            }
        }
        self.run.spilled = false;
        if self.batch.size() >= READ_BATCH {
            self.send();
        }
    }

    fn check_held(&mut self) {
        let held = std::mem::take(&mut self.run.held);
        for (line_no, record) in &held {
            self.check(*line_no, record);
        }
        self.run.give_back(held);
    }

    fn check(&mut self, line_no: u64, record: &csv::ByteRecord) {
        let checked = match utf8_fields(record) {
            Some(fields) => self.header.line(&fields).map_err(|errors| {
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
            self.unknown.note(line_no, line.product.as_str());
        }
        match checked {
            Ok(line) if self.bad_rows == 0 && !self.receiver_gone => {
                self.batch.push(line_no, line);
                if self.batch.size() >= READ_BATCH {
                    self.send();
                }
            }
            Ok(_) => {}
            Err(row_problems) => {
                self.bad_rows += 1;
                let room = MAX_PROBLEMS.saturating_sub(self.problems.len());
                self.problems.extend(row_problems.into_iter().take(room));
                self.batch.discard();
            }
        }
    }

    fn send(&mut self) {
        if self.bad_rows == 0 && !self.receiver_gone {
            // The database side stopped (an error): finish checking, send no more.
            self.receiver_gone = self
                .sender
                .blocking_send(self.batch.take(self.bytes))
                .is_err();
        }
    }
}

/// The customer number as the checks see it (trimmed), from the raw field.
fn customer_number(field: &[u8]) -> &[u8] {
    match std::str::from_utf8(field) {
        Ok(s) => s.trim().as_bytes(),
        Err(_) => field,
    }
}

/// The records of the current customer's run, held unchecked until the run ends.
struct Run {
    /// `None` before the first record and between runs.
    customer: Option<Vec<u8>>,
    held: Vec<(u64, csv::ByteRecord)>,
    /// Buffers of records already checked, to read the next ones into.
    spare: Vec<csv::ByteRecord>,
    /// The first run of its customer in the file: only such a run may be skipped.
    first: bool,
    /// The run outgrew [`MAX_RUN`]: checked as it comes, never skipped.
    spilled: bool,
    hasher: RunHasher,
}

impl Run {
    fn new(hasher: RunHasher) -> Run {
        Run {
            customer: None,
            held: Vec::new(),
            spare: Vec::new(),
            first: true,
            spilled: false,
            hasher,
        }
    }

    fn start(&mut self, customer: &[u8], first: bool) {
        self.customer = Some(customer.to_vec());
        self.first = first;
        self.spilled = false;
    }

    /// Keeps the record (by swapping buffers with a spare one, no copy) and digests it.
    fn hold(&mut self, line_no: u64, record: &mut csv::ByteRecord) {
        self.hasher.add(record);
        let mut kept = self.spare.pop().unwrap_or_default();
        std::mem::swap(&mut kept, record);
        self.held.push((line_no, kept));
    }

    fn give_back(&mut self, mut held: Vec<(u64, csv::ByteRecord)>) {
        self.spare.extend(held.drain(..).map(|(_, r)| r));
        self.held = held;
    }
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

    /// The product field of an unchanged record, which passed the checks before.
    fn note_raw(&mut self, line_no: u64, field: &[u8]) {
        if self.counted.is_none() {
            return;
        }
        let code = std::str::from_utf8(field).ok().map(ProductCode::parse);
        if let Some(Ok(code)) = code {
            self.note(line_no, code.as_str());
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

/// Collects one batch of checked lines, and evaluates each customer once its run ends.
struct Batcher {
    evaluator: Evaluator,
    rows: Vec<StagedLine>,
    verdicts: Vec<VerdictRow>,
    unchanged: Vec<String>,
    unchanged_lines: u64,
    /// The current run's lines and their line numbers, held until the run ends.
    run: Vec<AgreementLine>,
    run_line_nos: Vec<u64>,
    /// The run outgrew [`MAX_RUN`]: part of it is already in `rows`, so no verdict.
    run_too_long: bool,
    /// Hashes of the current run's line keys (agreement, product, start day), and whether they
    /// were all different so far (equal hashes count as a repeat: the database then checks).
    run_keys: HashSet<u64>,
    keys_unique: bool,
    hasher: RandomState,
}

impl Batcher {
    fn new(evaluator: Evaluator) -> Batcher {
        Batcher {
            evaluator,
            rows: Vec::with_capacity(READ_BATCH),
            verdicts: Vec::new(),
            unchanged: Vec::new(),
            unchanged_lines: 0,
            run: Vec::new(),
            run_line_nos: Vec::new(),
            run_too_long: false,
            run_keys: HashSet::new(),
            keys_unique: true,
            hasher: RandomState::new(),
        }
    }

    /// A checked line of the current run.
    fn push(&mut self, line_no: u64, line: AgreementLine) {
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

    /// The run ended: evaluates its customer when asked to (the file is grouped so far) and
    /// moves its lines into the batch. The verdict carries the run's digest, which the import
    /// stores with it.
    fn end_run(&mut self, evaluate: bool, digest: Option<RunDigest>) {
        if evaluate && !self.run_too_long && !self.run.is_empty() {
            let e = &self.evaluator;
            if let Some(mut row) = verdicts::verdict_row(&e.policy, &self.run, e.as_of) {
                row.feed_digest = digest.map(RunDigest::to_hex);
                self.verdicts.push(row);
            }
        }
        self.move_run();
        self.run_too_long = false;
        self.run_keys.clear();
    }

    fn unchanged(&mut self, customer: String, lines: u64) {
        self.unchanged.push(customer);
        self.unchanged_lines += lines;
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
        self.unchanged.clear();
        self.unchanged_lines = 0;
        self.run.clear();
        self.run_line_nos.clear();
    }

    /// Records the batch holds or stands for.
    fn size(&self) -> usize {
        self.rows.len() + self.unchanged_lines as usize
    }

    fn take(&mut self, bytes: u64) -> Batch {
        Batch {
            lines: self.rows.len() as u64 + std::mem::take(&mut self.unchanged_lines),
            rows: std::mem::replace(&mut self.rows, Vec::with_capacity(READ_BATCH)),
            verdicts: std::mem::take(&mut self.verdicts),
            unchanged: std::mem::take(&mut self.unchanged),
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
