//! What the retention job deletes once it is `HUP_RETENTION_DAYS` old (issue 16, GDPR art.
//! 5(1)(e)): each kind of row is a rule — its table, its key and the condition that makes a
//! row old enough, against one cut-off time. A new kind is one more line in [`RULES`].
//!
//! Rows go in batches of [`BATCH`] by key, so SQLite's write lock is never held for long;
//! several processes may purge at once (a row deleted twice is deleted once).

use sqlx::Row;

use super::{Db, StoreError};

/// What the retention job deletes, as `hup purge` counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// Work-address registrations nobody confirmed.
    UnconfirmedRegistrations,
    /// Mailed links and claims that were used or expired.
    Links,
    /// Sessions that were ended or expired (the sign-in history).
    Sessions,
    /// Delivered mail (its body went at delivery; the row names the recipient).
    DeliveredMail,
}

impl Kind {
    pub const ALL: [Kind; 4] = [
        Kind::UnconfirmedRegistrations,
        Kind::Links,
        Kind::Sessions,
        Kind::DeliveredMail,
    ];

    /// The stable name `hup purge` prints.
    pub fn code(self) -> &'static str {
        match self {
            Kind::UnconfirmedRegistrations => "unconfirmed-registrations",
            Kind::Links => "used-or-expired-links",
            Kind::Sessions => "ended-sessions",
            Kind::DeliveredMail => "delivered-mail",
        }
    }
}

/// One kind of old row in one table: `condition` uses `$1`, the cut-off time.
struct Rule {
    kind: Kind,
    table: &'static str,
    key: &'static str,
    condition: &'static str,
}

/// Used links are deleted when used (`employee_tokens`, `admin_confirmations`); what is left
/// of them has expired. A claim is used once bound. Claims of unconfirmed registrations do
/// not exist, so no row counts twice.
const RULES: &[Rule] = &[
    Rule {
        kind: Kind::UnconfirmedRegistrations,
        table: "registrations",
        key: "id",
        condition: "confirmed_at IS NULL AND created_at < $1",
    },
    Rule {
        kind: Kind::Links,
        table: "employee_tokens",
        key: "token_hash",
        condition: "expires_at < $1",
    },
    Rule {
        kind: Kind::Links,
        table: "admin_confirmations",
        key: "token_hash",
        condition: "expires_at < $1",
    },
    Rule {
        kind: Kind::Links,
        table: "claims",
        key: "token_hash",
        condition: "(bound_at IS NOT NULL AND bound_at < $1) OR expires_at < $1",
    },
    Rule {
        kind: Kind::Sessions,
        table: "sessions",
        key: "token_hash",
        condition: "(ended_at IS NOT NULL AND ended_at < $1) OR expires_at < $1",
    },
    Rule {
        kind: Kind::DeliveredMail,
        table: "outbox",
        key: "id",
        condition: "sent_at IS NOT NULL AND sent_at < $1",
    },
];

/// Rows deleted per statement.
pub const BATCH: i64 = 1000;

/// Rows per kind, in [`Kind::ALL`]'s order.
pub type Counts = Vec<(Kind, i64)>;

fn tally(counts: &mut Counts, kind: Kind, n: i64) {
    if let Some((_, total)) = counts.iter_mut().find(|(k, _)| *k == kind) {
        *total += n;
    }
}

fn empty() -> Counts {
    Kind::ALL.iter().map(|k| (*k, 0)).collect()
}

/// How many rows of each kind are older than `cutoff` (epoch seconds): what a purge now
/// would delete.
pub async fn count_old(db: &Db, cutoff: i64) -> Result<Counts, StoreError> {
    let mut counts = empty();
    for rule in RULES {
        let sql = format!(
            "SELECT COUNT(*) AS n FROM {} WHERE {}",
            rule.table, rule.condition
        );
        let row = sqlx::query(&sql).bind(cutoff).fetch_one(db.pool()).await?;
        tally(&mut counts, rule.kind, row.try_get("n")?);
    }
    Ok(counts)
}

/// Deletes the rows of each kind older than `cutoff`; returns how many went.
pub async fn delete_old(db: &Db, cutoff: i64) -> Result<Counts, StoreError> {
    let mut counts = empty();
    for rule in RULES {
        let sql = format!(
            "DELETE FROM {table} WHERE {key} IN \
             (SELECT {key} FROM {table} WHERE {condition} LIMIT {BATCH})",
            table = rule.table,
            key = rule.key,
            condition = rule.condition,
        );
        loop {
            let done = sqlx::query(&sql).bind(cutoff).execute(db.writer()).await?;
            let n = done.rows_affected() as i64;
            tally(&mut counts, rule.kind, n);
            if n < BATCH {
                break;
            }
        }
    }
    Ok(counts)
}
