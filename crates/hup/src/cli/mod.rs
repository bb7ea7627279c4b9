//! The `hup` command line of contract.md: the web's twin adapter over the same services.
//! Each command group has its file here; a command opens the database, calls a service, prints
//! and answers with an exit code (0 done, 1 refused with the reasons on stderr).

mod agreements;
mod audit;
mod connections;
mod documents;
mod operators;
mod orders;
mod purge;
mod report;
mod serve;
mod subscriptions;
mod tenants;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::Config;
use crate::store::catalog::DocumentKind;

pub use agreements::{AgreementsCommand, CustomersCommand};
pub use connections::ConnectionsCommand;
pub use documents::DocumentCommand;
pub use operators::OperatorsCommand;
pub use tenants::TenantsCommand;

#[derive(Debug, Parser)]
#[command(
    name = "hup",
    version,
    about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount",
    long_about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount.\n\n\
Configuration comes from the environment (HUP_DATABASE_URL, HUP_LISTEN, HUP_BASE_URL, HUP_MAIL, HUP_MAIL_FROM, \
HUP_DNS, HUP_OPERATOR_TOKEN, HUP_POLICY, HUP_RETENTION_DAYS, HUP_SECRET_KEY, HUP_ADMIN_MFA, …) or a hup.toml with the same keys in lower case without the HUP_ prefix."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web pages, the JSON API and the background workers (mail outbox) in one process.
    Serve {
        /// First load the demo data set (idempotent) and serve the demo mail viewer at /dev/mail.
        #[arg(long)]
        demo: bool,
    },
    /// Apply the schema migrations and exit.
    Migrate,
    /// Licensing agreements (R9): load the feed.
    #[command(subcommand)]
    Agreements(AgreementsCommand),
    /// Customers of the licensing feed: eligibility (R8).
    #[command(subcommand)]
    Customers(CustomersCommand),
    /// The catalog (R2, R22): products, offers and their discounts, price lists per country.
    #[command(subcommand)]
    Catalog(DocumentCommand),
    /// Organizations' tenants: list them, grant or withdraw extra benefits (R22).
    #[command(subcommand)]
    Tenants(TenantsCommand),
    /// The program report: customers, tenants, enrolled employees and sales per currency and
    /// per tenant; counts and sums only, never an employee (R20).
    Report {
        /// Print one JSON object instead of the table.
        #[arg(long)]
        json: bool,
    },
    /// Licensing connections (R9) waiting for the operator: list, approve or reject them.
    #[command(subcommand)]
    Connections(ConnectionsCommand),
    /// Market rules (R3–R6): where the program is offered, which terms and products, regional stores.
    #[command(subcommand)]
    Markets(DocumentCommand),
    /// Delete personal data past HUP_RETENTION_DAYS (30) now: unconfirmed registrations, used
    /// or expired links, ended sessions, delivered mail; prints the count of each. `serve`
    /// does the same every hour.
    Purge {
        /// Only count what would be deleted.
        #[arg(long)]
        dry_run: bool,
    },
    /// Employees' orders: refund one through the payment provider (issue 13).
    #[command(subcommand)]
    Orders(orders::OrdersCommand),
    /// Operator accounts of the console at /operator (issue 15): add, list, remove, reset-mfa.
    #[command(subcommand)]
    Operators(OperatorsCommand),
    /// The audit log: every change an operator made, in pages, API or command line.
    Audit {
        /// Only entries from this day (UTC) on.
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_day)]
        since: Option<chrono::NaiveDate>,
        /// Print one JSON array instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Subscriptions (issue 14): run the renewals, lapses and reminders due.
    #[command(subcommand)]
    Subscriptions(subscriptions::SubscriptionsCommand),
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| format!("\"{text}\" is not a day in the form YYYY-MM-DD"))
}

/// Who the audit log names for a command: the OS user that ran it. The command line runs on
/// the server, so its user is the one fact there is about who typed it.
pub fn cli_actor() -> crate::audit::Actor {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".to_owned());
    crate::audit::Actor::cli(&user)
}

/// Runs one parsed command to its exit code; an error that stops it is printed on stderr with
/// its causes.
pub fn run(command: Command, config: Config) -> ExitCode {
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dispatch(command, config)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(command: Command, config: Config) -> anyhow::Result<ExitCode> {
    match command {
        Command::Serve { demo } => serve::serve(config, demo).await,
        Command::Migrate => serve::migrate(&config).await,
        Command::Agreements(command) => agreements::agreements(command, &config).await,
        Command::Customers(command) => agreements::customers(command, &config).await,
        Command::Catalog(command) => documents::run(command, DocumentKind::Catalog, &config).await,
        Command::Markets(command) => documents::run(command, DocumentKind::Markets, &config).await,
        Command::Tenants(command) => tenants::run(command, &config).await,
        Command::Report { json } => report::run(&config, json).await,
        Command::Connections(command) => connections::run(command, &config).await,
        Command::Purge { dry_run } => purge::run(&config, dry_run).await,
        Command::Orders(command) => orders::run(command, &config).await,
        Command::Operators(command) => operators::run(command, &config).await,
        Command::Audit { since, json } => audit::run(&config, since, json).await,
        Command::Subscriptions(command) => subscriptions::run(command, &config).await,
    }
}
