//! The `hup` command line of contract.md.

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "hup",
    version,
    about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount",
    long_about = "Home Use Program: employees of eligible organizations buy consumer software for home at a discount.\n\n\
Configuration comes from the environment (HUP_DATABASE_URL, HUP_LISTEN, HUP_BASE_URL, HUP_MAIL, HUP_MAIL_FROM, \
HUP_DNS, HUP_OPERATOR_TOKEN) or a hup.toml with the same keys in lower case without the HUP_ prefix."
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
}
