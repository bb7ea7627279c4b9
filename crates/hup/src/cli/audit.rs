//! `hup audit [--since YYYY-MM-DD] [--json]` (issue 15): the audit log, newest first.

use std::process::ExitCode;

use chrono::NaiveDate;

use crate::audit::{self, AuditEntry};
use crate::config::Config;
use crate::store::audit::Filter;
use crate::store::Db;

pub async fn run(
    config: &Config,
    since: Option<NaiveDate>,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let filter = Filter {
        since: since
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|d| d.and_utc().timestamp()),
        limit: i64::MAX,
        ..Filter::default()
    };
    let entries = audit::list(&db, &filter).await;
    db.close().await;
    let entries = entries?;
    if json {
        println!("{}", serde_json::to_string_pretty(&entries)?);
    } else if entries.is_empty() {
        println!(
            "the audit log holds nothing{}",
            if since.is_some() { " since then" } else { "" }
        );
    } else {
        for e in &entries {
            println!("{}", line(e));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `2025-01-31T10:00:00Z operator ops@vendor.example (127.0.0.1) connection.approve C-1001 {"reason":"…"}`
fn line(e: &AuditEntry) -> String {
    let from = e
        .client
        .as_deref()
        .map(|c| format!(" ({c})"))
        .unwrap_or_default();
    let detail = match &e.detail {
        serde_json::Value::Object(m) if m.is_empty() => String::new(),
        other => format!(" {other}"),
    };
    format!(
        "{} {} {}{from} {} {}{detail}",
        e.at, e.actor_kind, e.actor, e.action, e.subject
    )
}
