//! `hup connections …`: the operator's decisions on licensing connections (R9) that could not
//! be approved at once, as `GET /api/v1/connections/pending` and its approve/reject calls.

use std::process::ExitCode;

use crate::config::Config;
use crate::store::{connections, now_epoch};

pub async fn pending_command(config: &Config) -> anyhow::Result<ExitCode> {
    let db = crate::app::open_database(config).await?;
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
pub async fn decide_command(
    config: &Config,
    customer: &str,
    approve: bool,
) -> anyhow::Result<ExitCode> {
    let db = crate::app::open_database(config).await?;
    let done = connections::decide(&db, customer, approve, now_epoch()).await;
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
