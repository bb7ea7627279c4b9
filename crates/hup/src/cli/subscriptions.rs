//! `hup subscriptions renew [--as-of YYYY-MM-DD]` (issue 14): runs every renewal, lapse, end
//! and reminder due up to the end of that UTC day, as the worker in `serve` does, so an
//! operator catches up after downtime. A declined charge is the subscription's state, not the
//! command's failure: it still exits 0.

use std::process::ExitCode;

use chrono::{NaiveDate, Utc};
use clap::Subcommand;
use hup_core::subscription::end_of_day;

use crate::config::Config;
use crate::services::Services;
use crate::store::Db;
use crate::subscriptions::renew;

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCommand {
    /// Run the renewals, lapses and reminders due up to the end of a UTC day (default: now).
    Renew {
        /// The day, YYYY-MM-DD.
        #[arg(long)]
        as_of: Option<String>,
    },
}

pub async fn run(command: SubscriptionsCommand, config: &Config) -> anyhow::Result<ExitCode> {
    let SubscriptionsCommand::Renew { as_of } = command;
    let now = match as_of.as_deref() {
        None => Utc::now(),
        Some(text) => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(day) => end_of_day(day) - chrono::Duration::seconds(1),
            Err(_) => {
                eprintln!("--as-of {text}: not a date (YYYY-MM-DD)");
                return Ok(ExitCode::FAILURE);
            }
        },
    };
    let db = Db::open(&config.database).await?;
    let services = Services::for_command(config.clone(), db.clone())?;
    let result = renew::run(&services, now).await;
    db.close().await;
    let r = result?;
    println!(
        "charged {}, recorded without a charge {}, failed {}, lapsed {}, ended {}, reminded {}",
        r.charged, r.recorded, r.failed, r.lapsed, r.ended, r.reminded
    );
    Ok(ExitCode::SUCCESS)
}
