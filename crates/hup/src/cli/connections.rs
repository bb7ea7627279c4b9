//! `hup connections …`: the operator's decisions on licensing connections (R9) that could not
//! be approved at once, as `GET /api/v1/connections/pending` and its approve/reject calls.

use std::process::ExitCode;

use clap::Subcommand;

use crate::config::Config;
use crate::store::{connections, Db};
use crate::tenancy::decisions;

#[derive(Debug, Subcommand)]
pub enum ConnectionsCommand {
    /// Connections an org admin asked for whose agreement contact is not at a verified domain
    /// of the tenant, so they wait for a decision.
    Pending,
    /// Approve the pending connection of CUSTOMER: the tenant's HUP tab shows its verdict.
    Approve {
        customer: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "")]
        reason: String,
    },
    /// Reject it: the customer is free to connect to another tenant.
    Reject {
        customer: String,
        /// Why, for the audit log.
        #[arg(long, default_value = "")]
        reason: String,
    },
}

pub async fn run(command: ConnectionsCommand, config: &Config) -> anyhow::Result<ExitCode> {
    match command {
        ConnectionsCommand::Pending => pending_command(config).await,
        ConnectionsCommand::Approve { customer, reason } => {
            decide_command(config, &customer, true, &reason).await
        }
        ConnectionsCommand::Reject { customer, reason } => {
            decide_command(config, &customer, false, &reason).await
        }
    }
}

async fn pending_command(config: &Config) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let rows = connections::pending(&db).await;
    db.close().await;
    let rows = rows?;
    if rows.is_empty() {
        println!("no connections wait for a decision");
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "{:<14} {:<7} {:<28} {:<32} requested",
        "customer", "tenant", "tenant domain", "requested by"
    );
    for c in rows {
        let at = chrono::DateTime::from_timestamp(c.requested_at, 0)
            .map(|d| d.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default();
        println!(
            "{:<14} {:<7} {:<28} {:<32} {at}",
            c.customer_number, c.tenant_id, c.tenant_home_domain, c.requested_by
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Approves or rejects the pending connection of `customer`; exit 1 when none is pending.
async fn decide_command(
    config: &Config,
    customer: &str,
    approve: bool,
    reason: &str,
) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let actor = super::cli_actor();
    let done = decisions::decide(&db, &actor, customer, approve, reason).await;
    db.close().await;
    if done? {
        let what = if approve { "approved" } else { "rejected" };
        println!("{customer}: connection {what}");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("{customer}: no connection of this customer waits for a decision");
        Ok(ExitCode::FAILURE)
    }
}
