//! `hup purge [--dry-run]` (issue 16): the retention job now, with its counts per kind — what
//! `serve` does every hour.

use std::process::ExitCode;

use crate::config::Config;
use crate::privacy::retention;
use crate::store::Db;

pub async fn run(config: &Config, dry_run: bool) -> anyhow::Result<ExitCode> {
    let db = Db::open(&config.database).await?;
    let counts = retention::purge(&db, config, dry_run).await;
    db.close().await;
    let counts = counts?;
    let days = config.retention.as_secs() / 86_400;
    let verb = if dry_run { "would delete" } else { "deleted" };
    println!("older than {days} days (HUP_RETENTION_DAYS), {verb}:");
    for (kind, n) in counts {
        println!("  {:<26} {n}", kind.code());
    }
    Ok(ExitCode::SUCCESS)
}
