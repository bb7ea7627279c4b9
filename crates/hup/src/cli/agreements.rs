//! `hup agreements …` and `hup customers …`: the licensing feed and eligibility on a terminal:
//! progress, summary, verdicts.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::Context;
use chrono::NaiveDate;
use clap::Subcommand;
use hup_core::eligibility::Policy;
use indicatif::{ProgressBar, ProgressStyle};

use crate::agreements::import::{
    import_feed, FeedFile, ImportError, ImportOptions, ImportSummary, Progress, Step,
};
use crate::agreements::verdicts::{customer_verdict, CustomerVerdict};
use crate::config::Config;
use crate::store::Db;

/// The feed's columns and formats, for `hup agreements import --help` (docs/feed-format.md has
/// the whole of it; a test checks every column of `hup_core::agreement::COLUMNS` is here).
const FEED_FORMAT: &str = "\
The feed (docs/feed-format.md): CSV, comma-separated, UTF-8, one row per agreement line. The
header row is required and names the columns, in any order and any case; other columns are
ignored. Every field is trimmed and none may be empty.

Columns:
  agreement_number    text, at most 64 characters                       EA-1001-01
  customer_number     text, at most 64 characters                       C-1001
  customer_name       text, at most 200 characters                      Contoso Ltd.
  segment             commercial, government, education or nonprofit    commercial
  country             ISO 3166-1 alpha-2 code                            NL
  contact_email       the agreement's licensing contact address         it@contoso.example
  product             product code: letters, digits, hyphens (<= 64)    m365-e3
  quantity            whole number, 0 to 4294967295                      1500
  software_assurance  true or false                                      true
  start_date          YYYY-MM-DD                                         2024-01-01
  end_date            YYYY-MM-DD, not before start_date (inclusive)      2030-12-31

A line is the stored line with the same customer_number, agreement_number, product and
start_date. Product codes no criterion of the eligibility policy names are imported and listed
under \"unknown products\" (code, line count, first lines), so a typo shows.";

#[derive(Debug, Subcommand)]
pub enum AgreementsCommand {
    /// Load a licensing-agreement feed (CSV with the header row of the contract) in one
    /// transaction and re-evaluate the customers it touches. Any bad row: exit code 1, every
    /// bad row listed as "line N: column: reason", nothing imported. Importing the same file
    /// again changes nothing.
    #[command(after_long_help = FEED_FORMAT)]
    Import {
        /// The CSV file (UTF-8; a BOM, CRLF line ends and quoted fields are fine).
        file: PathBuf,
        /// The file holds every current line: a running line it lacks gets the day before
        /// today as its end date (recorded as ended by snapshot); a line that had not
        /// started yet is removed.
        #[arg(long)]
        snapshot: bool,
        /// With --snapshot: import even a file with no lines, which ends every agreement
        /// line. Without it such a file is refused (exit 1) and nothing changes.
        #[arg(long)]
        allow_empty: bool,
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
        AgreementsCommand::Import {
            file,
            snapshot,
            allow_empty,
        } => import_command(config, &file, snapshot, allow_empty).await,
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

/// `hup agreements import FILE [--snapshot [--allow-empty]]`: exit 0 with a summary, or 1 with
/// every bad row (or for an empty snapshot).
async fn import_command(
    config: &Config,
    file: &Path,
    snapshot: bool,
    allow_empty: bool,
) -> anyhow::Result<ExitCode> {
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let size = input.metadata().map(|m| m.len()).ok();
    drop(input);
    let input = FeedFile(file.to_path_buf());
    let db = Db::open(&config.database).await?;
    let progress = ConsoleProgress::new(size);
    let options = ImportOptions {
        snapshot,
        today: chrono::Utc::now().date_naive(),
        allow_empty,
    };
    let result = import_feed(
        &db,
        &config.policy,
        input,
        options,
        &progress,
        Some(&super::cli_actor()),
    )
    .await;
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
        Err(e @ ImportError::EmptySnapshot { .. }) => {
            eprintln!("{}: {e}", file.display());
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
    println!(
        "customers unchanged since the last import: {}",
        s.customers_unchanged
    );
    println!("lines added or changed: {}", s.lines_written);
    println!("lines ended (--snapshot): {}", s.lines_ended);
    println!(
        "lines removed before their start (--snapshot): {}",
        s.lines_removed
    );
    if s.unknown_products.is_empty() {
        println!("unknown products: 0");
    } else {
        println!(
            "unknown products: {} (no criterion of the eligibility policy names them; imported)",
            s.unknown_products.len()
        );
        for u in &s.unknown_products {
            let first: Vec<String> = u.first_lines.iter().map(u64::to_string).collect();
            let more = if u.lines > u.first_lines.len() as u64 {
                ", …"
            } else {
                ""
            };
            println!(
                "  {}: {} line{} (line {}{more})",
                u.code,
                u.lines,
                if u.lines == 1 { "" } else { "s" },
                first.join(", ")
            );
        }
    }
    println!("time: {secs:.2} s ({rate:.0} lines/s)");
}

/// A bar when a person watches (stdout and stderr are a terminal); otherwise one plain line per
/// phase with its counts, which reads well in logs and CI output (issue 12).
struct ConsoleProgress {
    bar: Option<ProgressBar>,
    plain: Mutex<PlainState>,
}

#[derive(Default)]
struct PlainState {
    /// The last evaluation step, and whether its line was printed.
    evaluating: Option<(u64, u64)>,
    evaluated: bool,
}

impl ConsoleProgress {
    fn new(file_size: Option<u64>) -> ConsoleProgress {
        let watched = std::io::stdout().is_terminal() && std::io::stderr().is_terminal();
        let bar = watched.then(|| {
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
            plain: Mutex::new(PlainState::default()),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
        // An evaluation that stopped short (an error) still gets its line.
        if let Ok(mut state) = self.plain.lock() {
            if let (Some((customers, total)), false) = (state.evaluating, state.evaluated) {
                state.evaluated = true;
                plain_line(&format!("evaluating: {customers} of {total} customers"));
            }
        }
    }

    /// One line when a phase is done: reading (all lines read), merging (begun), evaluating
    /// (every customer evaluated).
    fn plain(&self, step: Step) {
        let Ok(mut state) = self.plain.lock() else {
            return;
        };
        match step {
            Step::Reading { lines, bytes } if bytes == u64::MAX => {
                plain_line(&format!("reading: {lines} lines"));
            }
            Step::Reading { .. } => {}
            Step::Merging => plain_line("checking and merging"),
            Step::Evaluating { customers, total } => {
                state.evaluating = Some((customers, total));
                if customers == total && !state.evaluated {
                    state.evaluated = true;
                    plain_line(&format!("evaluating: {customers} of {total} customers"));
                }
            }
        }
    }
}

fn plain_line(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
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
