//! The feed import's staging on PostgreSQL through `COPY` (issue 18).
//!
//! sqlx's `Any` connection cannot `COPY`, and its multi-row INSERTs of 12,000 parameters each
//! made staging a million lines cost several times a bare `COPY` of them. So a native
//! [`PgConnection`] of the import's own fills UNLOGGED tables with a unique name
//! (`import_staging_<id>_lines`, `…_verdicts`, `…_unchanged`), one `COPY` per table and
//! batch as the reading thread hands batches over, each committed as it goes. The import's
//! `Any` transaction, which holds the import lock from its start, then adopts them:
//! `ALTER TABLE … RENAME TO import_lines` is transactional in PostgreSQL, so every set-based
//! statement after staging is the same SQL text as on the other paths, and the tables vanish
//! with the import's commit (`agreements::end_import`).
//!
//! All-or-nothing still holds: nothing outside the staging tables changes before the `Any`
//! transaction commits. On a failure that transaction rolls back (the renames with it) and
//! [`PgStaging::discard`] drops the tables; what a crash leaves behind is swept by the next
//! import ([`begin`]) while it holds the lock, when no other import can be staging (an import
//! creates its tables only once it holds the lock).

use std::io::Write;

use chrono::NaiveDate;
use sqlx::{Connection, PgConnection};

use super::agreements::{
    import_lines_columns, import_verdicts_columns, StagedLine, IMPORT_CUSTOMERS, IMPORT_TABLE_NAMES,
};
use super::eligibility::{day, VerdictRow};
use super::{StoreError, Tx};

/// The prefix of every staging table's name; [`begin`] sweeps what matches it.
const PREFIX: &str = "import_staging_";

/// Starts an import's transaction for staging by `COPY`: takes the import lock (as
/// `agreements::begin_import` does), drops what an earlier import left (temporary tables on
/// this pooled connection, which would hide the adopted ones, and staging tables of an import
/// that crashed), and creates the one temporary table the steps after staging need.
pub async fn begin(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query("LOCK TABLE agreement_lines IN SHARE ROW EXCLUSIVE MODE")
        .execute(&mut **tx)
        .await?;
    for table in IMPORT_TABLE_NAMES {
        sqlx::query(&format!("DROP TABLE IF EXISTS pg_temp.{table}"))
            .execute(&mut **tx)
            .await?;
    }
    let leftovers: Vec<String> = sqlx::query_scalar(
        "SELECT tablename::text FROM pg_tables \
         WHERE schemaname = current_schema() AND tablename LIKE 'import\\_staging\\_%'",
    )
    .fetch_all(&mut **tx)
    .await?;
    for table in leftovers {
        let quoted = table.replace('"', "\"\"");
        sqlx::query(&format!("DROP TABLE IF EXISTS \"{quoted}\""))
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(IMPORT_CUSTOMERS).execute(&mut **tx).await?;
    Ok(())
}

/// Renames the staged tables to the names the import's statements use, in the import's
/// transaction, and indexes the verdicts. Verdicts of a file that turned out not to be grouped
/// by customer are dropped first: they may name a customer twice.
pub async fn adopt(tx: &mut Tx, staging: &PgStaging, grouped: bool) -> Result<(), StoreError> {
    for (from, to) in staging.tables().iter().zip(ADOPTED) {
        sqlx::query(&format!("ALTER TABLE {from} RENAME TO {to}"))
            .execute(&mut **tx)
            .await?;
    }
    if !grouped {
        sqlx::query("DELETE FROM import_verdicts")
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query("CREATE UNIQUE INDEX import_verdicts_key ON import_verdicts (customer_number)")
        .execute(&mut **tx)
        .await?;
    // No index on the staged lines (`agreements::index_staged` took 2 of a million-line
    // import's seconds), and no ANALYZE (another second): every statement after staging reads
    // them whole, by hash joins, which the planner picks from the tables' sizes alone.
    Ok(())
}

/// What [`adopt`] renames the staging tables to, in [`PgStaging::tables`]' order.
const ADOPTED: [&str; 3] = ["import_lines", "import_verdicts", "import_unchanged"];

/// The import's own connection and the staging tables it fills.
pub struct PgStaging {
    conn: PgConnection,
    id: String,
    /// One batch of one table in COPY's text format, reused.
    buf: Vec<u8>,
}

impl PgStaging {
    /// Connects and creates the staging tables (committed at once, so the import's `Any`
    /// transaction can adopt them).
    pub async fn start(url: &str) -> Result<PgStaging, StoreError> {
        let mut conn = PgConnection::connect(url).await?;
        let id = format!("{PREFIX}{:016x}", rand::random::<u64>());
        let creates = [
            format!(
                "CREATE UNLOGGED TABLE {id}_lines ({})",
                import_lines_columns!()
            ),
            format!(
                "CREATE UNLOGGED TABLE {id}_verdicts ({})",
                import_verdicts_columns!()
            ),
            format!("CREATE UNLOGGED TABLE {id}_unchanged (customer_number TEXT PRIMARY KEY)"),
        ];
        for sql in &creates {
            if let Err(e) = sqlx::query(sql).execute(&mut conn).await {
                let staging = PgStaging {
                    conn,
                    id,
                    buf: Vec::new(),
                };
                staging.discard().await;
                return Err(e.into());
            }
        }
        Ok(PgStaging {
            conn,
            id,
            buf: Vec::with_capacity(1 << 20),
        })
    }

    /// The staging tables: lines, verdicts, unchanged customers.
    pub fn tables(&self) -> [String; 3] {
        let id = &self.id;
        [
            format!("{id}_lines"),
            format!("{id}_verdicts"),
            format!("{id}_unchanged"),
        ]
    }

    /// Copies one batch of the reading thread into the staging tables.
    pub async fn stage(
        &mut self,
        rows: &[StagedLine],
        verdicts: &[VerdictRow],
        unchanged: &[String],
    ) -> Result<(), StoreError> {
        let [lines_table, verdicts_table, unchanged_table] = self.tables();
        if !rows.is_empty() {
            self.buf.clear();
            for r in rows {
                encode_line(&mut self.buf, r);
            }
            let sql = format!(
                "COPY {lines_table} (line_no, customer_number, agreement_number, product, \
                 start_date, end_date, customer_name, segment, country, contact_email, \
                 quantity, software_assurance) FROM STDIN"
            );
            self.copy(&sql).await?;
        }
        if !verdicts.is_empty() {
            self.buf.clear();
            for v in verdicts {
                encode_verdict(&mut self.buf, v);
            }
            let sql = format!(
                "COPY {verdicts_table} (customer_number, customer_name, segment, country, \
                 eligible, criteria, valid_until, evaluated_on, recheck_on, feed_digest) \
                 FROM STDIN"
            );
            self.copy(&sql).await?;
        }
        if !unchanged.is_empty() {
            self.buf.clear();
            for c in unchanged {
                text(&mut self.buf, c);
                self.buf.push(b'\n');
            }
            self.copy(&format!(
                "COPY {unchanged_table} (customer_number) FROM STDIN"
            ))
            .await?;
        }
        Ok(())
    }

    async fn copy(&mut self, sql: &str) -> Result<(), StoreError> {
        let mut copy = self.conn.copy_in_raw(sql).await?;
        copy.send(self.buf.as_slice()).await?;
        copy.finish().await?;
        Ok(())
    }

    /// Closes the connection once the import's transaction has adopted the tables.
    pub async fn close(self) {
        let _ = self.conn.close().await;
    }

    /// Drops the staging tables (after the import's transaction rolled back, which released
    /// the renames) and closes the connection. Best effort: the next import sweeps what is left.
    pub async fn discard(mut self) {
        for table in self.tables() {
            let dropped = sqlx::query(&format!("DROP TABLE IF EXISTS {table}"))
                .execute(&mut self.conn)
                .await;
            if let Err(e) = dropped {
                tracing::warn!(error = %e, table, "could not drop an import's staging table");
            }
        }
        let _ = self.conn.close().await;
    }
}

/// One staged line in COPY's text format, in `agreements::STAGE_INSERT`'s column order.
fn encode_line(buf: &mut Vec<u8>, r: &StagedLine) {
    let l = &r.line;
    int(buf, i64::try_from(r.line_no).unwrap_or(i64::MAX));
    for field in [
        l.customer_number.as_str(),
        l.agreement_number.as_str(),
        l.product.as_str(),
    ] {
        tab(buf);
        text(buf, field);
    }
    tab(buf);
    date(buf, l.start_date);
    tab(buf);
    date(buf, l.end_date);
    for field in [
        l.customer_name.as_str(),
        l.segment.as_str(),
        l.country.as_str(),
        l.contact_email.as_str(),
    ] {
        tab(buf);
        text(buf, field);
    }
    tab(buf);
    int(buf, i64::from(l.quantity));
    tab(buf);
    int(buf, i64::from(l.software_assurance));
    buf.push(b'\n');
}

/// One staged verdict in COPY's text format, in `eligibility::STAGE_INSERT`'s column order.
fn encode_verdict(buf: &mut Vec<u8>, v: &VerdictRow) {
    for field in [
        v.customer_number.as_str(),
        v.customer_name.as_str(),
        v.segment.as_str(),
        v.country.as_str(),
    ] {
        text(buf, field);
        tab(buf);
    }
    int(buf, i64::from(v.eligible));
    tab(buf);
    text(buf, &v.criteria_json);
    tab(buf);
    optional_date(buf, v.valid_until);
    tab(buf);
    date(buf, v.evaluated_on);
    tab(buf);
    optional_date(buf, v.recheck_on);
    tab(buf);
    match &v.feed_digest {
        Some(d) => text(buf, d),
        None => null(buf),
    }
    buf.push(b'\n');
}

fn tab(buf: &mut Vec<u8>) {
    buf.push(b'\t');
}

fn null(buf: &mut Vec<u8>) {
    buf.extend_from_slice(b"\\N");
}

fn int(buf: &mut Vec<u8>, n: i64) {
    // Writing to a Vec cannot fail.
    let _ = write!(buf, "{n}");
}

fn date(buf: &mut Vec<u8>, d: NaiveDate) {
    buf.extend_from_slice(day(d).as_bytes());
}

fn optional_date(buf: &mut Vec<u8>, d: Option<NaiveDate>) {
    match d {
        Some(d) => date(buf, d),
        None => null(buf),
    }
}

/// A text value, with the characters COPY's text format gives a meaning escaped (the feed
/// refuses control characters, but a backslash in a name is fine).
fn text(buf: &mut Vec<u8>, s: &str) {
    let special = |b: u8| matches!(b, b'\\' | b'\t' | b'\n' | b'\r');
    if !s.bytes().any(special) {
        buf.extend_from_slice(s.as_bytes());
        return;
    }
    for b in s.bytes() {
        match b {
            b'\\' => buf.extend_from_slice(b"\\\\"),
            b'\t' => buf.extend_from_slice(b"\\t"),
            b'\n' => buf.extend_from_slice(b"\\n"),
            b'\r' => buf.extend_from_slice(b"\\r"),
            _ => buf.push(b),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_what_copy_would_read_as_a_separator_or_an_escape() {
        let mut buf = Vec::new();
        text(&mut buf, "Smith \\ Jones\tCo\r\n");
        assert_eq!(buf, b"Smith \\\\ Jones\\tCo\\r\\n");
        buf.clear();
        text(&mut buf, "plain, \"quoted\"");
        assert_eq!(buf, b"plain, \"quoted\"");
    }
}
