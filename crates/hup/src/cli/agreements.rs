//! `hup agreements …` and `hup customers …`: the licensing feed and eligibility on a terminal:
//! progress, summary, verdicts.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::NaiveDate;
use clap::Subcommand;
use hup_core::eligibility::Policy;
use indicatif::{ProgressBar, ProgressStyle};

use crate::agreements::import::{
    import_feed, ImportError, ImportOptions, ImportSummary, Progress, Step,
};
use crate::agreements::verdicts::{customer_verdict, CustomerVerdict};
use crate::config::Config;
use crate::store::Db;

#[derive(Debug, Subcommand)]
pub enum AgreementsCommand {
    /// Load a licensing-agreement feed (CSV with the header row of the contract) in one
    /// transaction and re-evaluate the customers it touches. Any bad row: exit code 1, every
    /// bad row listed as "line N: column: reason", nothing imported. Importing the same file
    /// again changes nothing.
    Import {
        /// The CSV file (UTF-8; a BOM, CRLF line ends and quoted fields are fine).
        file: PathBuf,
        /// The file holds every current line: a running line it lacks gets the day before
        /// today as its end date (recorded as ended by snapshot); a line that had not
        /// started yet is removed.
        #[arg(long)]
        snapshot: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum CustomersCommand {
    /// Whether the customer qualifies (R8): the criteria met, the agreement lines behind them
    /// and until when the verdict holds. Exit code 1 for a customer no feed named.
    Eligibility {
        customer_number: String,
        /// Print one JSON object: customer_number, eligible, criteria, valid_until, reasons.
        #[arg(long)]
        json: bool,
        /// Evaluate as of this day (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        as_of: Option<NaiveDate>,
    },
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a day in the form YYYY-MM-DD"))
}

pub async fn agreements(command: AgreementsCommand, config: &Config) -> anyhow::Result<ExitCode> {
    match command {
        AgreementsCommand::Import { file, snapshot } => {
            import_command(config, &file, snapshot).await
        }
    }
}

pub async fn customers(command: CustomersCommand, config: &Config) -> anyhow::Result<ExitCode> {
    match command {
        CustomersCommand::Eligibility {
            customer_number,
            json,
            as_of,
        } => eligibility_command(config, &customer_number, json, as_of).await,
    }
}

/// `hup agreements import FILE [--snapshot]`: exit 0 with a summary, or 1 with every bad row.
async fn import_command(config: &Config, file: &Path, snapshot: bool) -> anyhow::Result<ExitCode> {
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let size = input.metadata().map(|m| m.len()).ok();
    let input = std::io::BufReader::with_capacity(1 << 20, input);
    let db = Db::open(&config.database).await?;
    let progress = ConsoleProgress::new(size);
    let options = ImportOptions {
        snapshot,
        today: chrono::Utc::now().date_naive(),
    };
    let result = import_feed(&db, &config.policy, input, options, &progress).await;
    progress.finish();
    db.close().await;
    match result {
        Ok(summary) => {
            print_summary(&summary);
            Ok(ExitCode::SUCCESS)
        }
        Err(ImportError::Rejected { problems, bad_rows }) => {
            let mut err = std::io::stderr().lock();
            for p in &problems {
                let _ = writeln!(err, "{p}");
            }
            let listed = problems.len() as u64;
            if bad_rows > listed {
                let _ = writeln!(err, "… and more: {bad_rows} bad rows in all");
            }
            let _ = writeln!(
                err,
                "{bad_rows} bad row{}: nothing was imported",
                if bad_rows == 1 { "" } else { "s" }
            );
            Ok(ExitCode::from(1))
        }
        Err(e) => Err(e.into()),
    }
}

fn print_summary(s: &ImportSummary) {
    let secs = s.elapsed.as_secs_f64();
    let rate = if secs > 0.0 {
        s.lines as f64 / secs
    } else {
        0.0
    };
    println!("lines: {}", s.lines);
    println!("customers: {}", s.customers);
    println!("eligible customers: {}", s.eligible_customers);
    println!("customers evaluated: {}", s.customers_evaluated);
    println!("lines added or changed: {}", s.lines_written);
    println!("lines ended (--snapshot): {}", s.lines_ended);
    println!(
        "lines removed before their start (--snapshot): {}",
        s.lines_removed
    );
    println!("time: {secs:.2} s ({rate:.0} lines/s)");
}

/// A bar when a person watches (stdout is a terminal); otherwise a plain line every few
/// seconds and at each phase, which reads well in logs and CI output.
struct ConsoleProgress {
    bar: Option<ProgressBar>,
    plain: Mutex<PlainState>,
    file_size: Option<u64>,
}

struct PlainState {
    last: Option<Instant>,
    phase: u8,
}

/// How often plain progress lines appear.
const PLAIN_EVERY: Duration = Duration::from_secs(2);

impl ConsoleProgress {
    fn new(file_size: Option<u64>) -> ConsoleProgress {
        let bar = std::io::stdout().is_terminal().then(|| {
            let bar = ProgressBar::new(file_size.unwrap_or(0));
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {prefix:>10} [{bar:40}] {percent:>3}% {msg} ({elapsed})",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.set_prefix("reading");
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        ConsoleProgress {
            bar,
            plain: Mutex::new(PlainState {
                last: None,
                phase: 0,
            }),
            file_size,
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }

    fn plain(&self, step: Step) {
        let Ok(mut state) = self.plain.lock() else {
            return;
        };
        let phase = match step {
            Step::Reading { .. } => 1,
            Step::Merging => 2,
            Step::Evaluating { .. } => 3,
        };
        let now = Instant::now();
        let finished = matches!(step, Step::Evaluating { customers, total } if customers == total);
        let due = finished
            || state
                .last
                .is_none_or(|t| now.duration_since(t) >= PLAIN_EVERY);
        if phase == state.phase && !due {
            return;
        }
        state.phase = phase;
        state.last = Some(now);
        let line = match step {
            Step::Reading { lines, bytes } => match self.file_size {
                Some(size) if size > 0 && bytes <= size => {
                    format!("reading: {lines} lines ({}%)", bytes * 100 / size)
                }
                _ => format!("reading: {lines} lines"),
            },
            Step::Merging => "checking and merging".to_owned(),
            Step::Evaluating { customers, total } => {
                format!("evaluating: {customers} of {total} customers")
            }
        };
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{line}");
        let _ = out.flush();
    }
}

impl Progress for ConsoleProgress {
    fn step(&self, step: Step) {
        let Some(bar) = &self.bar else {
            self.plain(step);
            return;
        };
        match step {
            Step::Reading { lines, bytes } => {
                bar.set_position(bytes.min(bar.length().unwrap_or(0)));
                bar.set_message(format!("{lines} lines"));
            }
            Step::Merging => {
                bar.set_prefix("merging");
                bar.set_message("checking the file as a whole");
            }
            Step::Evaluating { customers, total } => {
                bar.set_prefix("evaluating");
                bar.set_length(total);
                bar.set_position(customers);
                bar.set_message(format!("{customers} of {total} customers"));
            }
        }
    }
}

/// `hup customers eligibility CUSTOMER_NUMBER [--json] [--as-of DAY]`: exit 0 with the
/// verdict, 1 when the customer is unknown.
async fn eligibility_command(
    config: &Config,
    customer_number: &str,
    json: bool,
    as_of: Option<NaiveDate>,
) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let as_of = as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let found = customer_verdict(&db, &config.policy, customer_number, as_of).await;
    db.close().await;
    let Some(v) = found? else {
        eprintln!("unknown customer {customer_number}: no agreement feed named it");
        return Ok(ExitCode::from(1));
    };
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&v.to_json(&config.policy))?
        );
    } else {
        print!("{}", describe(&v, &config.policy));
    }
    Ok(ExitCode::SUCCESS)
}

/// The verdict in words, for an operator at a terminal.
fn describe(v: &CustomerVerdict, policy: &Policy) -> String {
    use std::fmt::Write as _;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} {} ({}) on {}: {}",
        v.customer_number,
        v.customer_name,
        v.segment,
        v.as_of,
        if v.verdict.eligible {
            "eligible"
        } else {
            "not eligible"
        }
    );
    if !v.verdict.eligible {
        let _ = writeln!(
            s,
            "  no criterion of the eligibility policy is met on that day"
        );
    }
    for c in &v.verdict.criteria {
        let description = policy
            .criterion(&c.id)
            .map_or("", |p| p.description.as_str());
        let _ = writeln!(
            s,
            "  criterion {}: {description} (total quantity {})",
            c.id, c.total_quantity
        );
        for l in &c.lines {
            let _ = writeln!(
                s,
                "    agreement {} {} x{} from {} to {}",
                l.agreement_number, l.product, l.quantity, l.start_date, l.end_date
            );
        }
    }
    if let Some(until) = v.verdict.valid_until {
        let _ = writeln!(s, "  valid until {until} if no new agreement data arrives");
    }
    s
}
