//! The `hup` command line of contract.md.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "hup",
    version,
    about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount",
    long_about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount.\n\n\
Configuration comes from the environment (HUP_DATABASE_URL, HUP_LISTEN, HUP_BASE_URL, HUP_MAIL, HUP_MAIL_FROM, \
HUP_DNS, HUP_OPERATOR_TOKEN, HUP_POLICY) or a hup.toml with the same keys in lower case without the HUP_ prefix."
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
}

/// Publishing and reading the operator's catalog and market-rules files (TOML).
#[derive(Debug, Subcommand)]
pub enum DocumentCommand {
    /// Validate FILE and publish it. An invalid file: exit code 1, every problem listed,
    /// nothing changed.
    Import { file: std::path::PathBuf },
    /// Print what is published.
    Show,
}

#[derive(Debug, Subcommand)]
pub enum AgreementsCommand {
    /// Load a licensing-agreement feed (CSV with the header row of the contract) in one
    /// transaction and re-evaluate the customers it touches. Any bad row: exit code 1, every
    /// bad row listed as "line N: column: reason", nothing imported. Importing the same file
    /// again changes nothing.
    Import {
        /// The CSV file (UTF-8; a BOM, CRLF line ends and quoted fields are fine).
        file: std::path::PathBuf,
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
        as_of: Option<chrono::NaiveDate>,
    },
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("\"{s}\" is not a day in the form YYYY-MM-DD"))
}

#[derive(Debug, Subcommand)]
pub enum TenantsCommand {
    /// List tenants: id, managed, verified domains, connected customer, benefit on/off, extra benefits.
    List {
        /// Only the tenant that verified this domain.
        #[arg(long)]
        domain: Option<String>,
    },
    /// Grant an extra benefit (R22), e.g. other-office-products.
    Grant { tenant: i64, benefit: String },
    /// Withdraw an extra benefit.
    Withdraw { tenant: i64, benefit: String },
}

#[derive(Debug, Subcommand)]
pub enum ConnectionsCommand {
    /// Connections an org admin asked for whose agreement contact is not at a verified domain
    /// of the tenant, so they wait for a decision.
    Pending,
    /// Approve the pending connection of CUSTOMER: the tenant's HUP tab shows its verdict.
    Approve { customer: String },
    /// Reject it: the customer is free to connect to another tenant.
    Reject { customer: String },
}
