//! The retention job (GDPR art. 5(1)(e)): unconfirmed registrations, used and expired links,
//! ended sessions and delivered mail are deleted once `HUP_RETENTION_DAYS` old. `serve` runs
//! it hourly ([`run`]); `hup purge [--dry-run]` runs it now ([`purge`]). Safe in several
//! processes at once: each batch deletes what is still there.

use std::time::Duration;

use tokio::sync::watch;

use crate::config::Config;
use crate::store::retention::{self as store, Counts};
use crate::store::{now_epoch, Db, StoreError};

/// How often `serve` purges.
const EVERY: Duration = Duration::from_secs(3600);
/// How long after start `serve` first purges: not while it and its neighbours start up.
const FIRST_AFTER: Duration = Duration::from_secs(60);

/// The cut-off: rows that ended before it are old enough.
fn cutoff(config: &Config) -> i64 {
    now_epoch() - config.retention.as_secs() as i64
}

/// Deletes what is old enough, or with `dry_run` only counts it; the counts per kind.
pub async fn purge(db: &Db, config: &Config, dry_run: bool) -> Result<Counts, StoreError> {
    let cutoff = cutoff(config);
    if dry_run {
        store::count_old(db, cutoff).await
    } else {
        store::delete_old(db, cutoff).await
    }
}

/// Purges [`FIRST_AFTER`] the start and then every [`EVERY`] until `stop` turns true.
pub async fn run(db: Db, config: std::sync::Arc<Config>, mut stop: watch::Receiver<bool>) {
    tokio::select! {
        _ = tokio::time::sleep(FIRST_AFTER) => {}
        _ = stop.changed() => return,
    }
    loop {
        match purge(&db, &config, false).await {
            Ok(counts) if counts.iter().any(|(_, n)| *n > 0) => {
                let counts: Vec<String> = counts
                    .iter()
                    .map(|(kind, n)| format!("{}={n}", kind.code()))
                    .collect();
                tracing::info!(deleted = %counts.join(" "), "retention: old personal data deleted");
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = ?e, "retention purge failed; retrying in an hour"),
        }
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = stop.changed() => return,
        }
    }
}
