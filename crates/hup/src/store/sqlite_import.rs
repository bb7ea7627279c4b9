//! The feed import's own connection on SQLite (issue 3, "Speed").
//!
//! On an SQLite file the import runs its one transaction on a `rusqlite` connection to the same
//! file rather than through sqlx's `Any` driver: rows are staged by prepared statements re-bound
//! per row, without copying every value into the driver's own types and handing each statement
//! to a worker thread. The set-based statements are the very SQL texts the `Any` path runs
//! ([`agreements`], [`eligibility`]); only the per-row INSERTs are written for this connection.
//! The methods block: call them from a blocking thread. Dropping the value without
//! [`SqliteImport::commit`] rolls everything back.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDate;
use hup_core::agreement::AgreementLine;
use rusqlite::{named_params, params, params_from_iter, Connection, OpenFlags, Statement};
use sqlx::Row;

use super::agreements::{self, DuplicateLine, SnapshotEnded, StagedLine};
use super::eligibility::{self, day, VerdictRow};
use super::{Backend, Db, StoreError};

/// An import's transaction on its own SQLite connection.
pub struct SqliteImport {
    conn: Connection,
}

/// Same wait as the pool's connections (`store::Db::connect`) for another writer to finish.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

fn row_placeholders(columns: usize) -> String {
    let list: Vec<String> = (1..=columns).map(|i| format!("?{i}")).collect();
    format!("({})", list.join(", "))
}

/// Binds the nine columns a verdict row has both in `customers` and in `import_verdicts`, as
/// `eligibility::bind_verdict` does on the `Any` path.
fn bind_verdict(statement: &mut Statement<'_>, r: &VerdictRow) -> rusqlite::Result<()> {
    statement.raw_bind_parameter(1, &r.customer_number)?;
    statement.raw_bind_parameter(2, &r.customer_name)?;
    statement.raw_bind_parameter(3, &r.segment)?;
    statement.raw_bind_parameter(4, &r.country)?;
    statement.raw_bind_parameter(5, i64::from(r.eligible))?;
    statement.raw_bind_parameter(6, &r.criteria_json)?;
    statement.raw_bind_parameter(7, r.valid_until.map(day))?;
    statement.raw_bind_parameter(8, day(r.evaluated_on))?;
    statement.raw_bind_parameter(9, r.recheck_on.map(day))
}

impl SqliteImport {
    /// The file of `db` when it is an SQLite database on disk; `None` otherwise (PostgreSQL, or
    /// an in-memory database another connection cannot open), and the import takes the `Any`
    /// path.
    pub async fn file_of(db: &Db) -> Result<Option<PathBuf>, StoreError> {
        if db.backend() != Backend::Sqlite {
            return Ok(None);
        }
        let row = sqlx::query("SELECT file FROM pragma_database_list WHERE name = 'main'")
            .fetch_optional(db.pool())
            .await?;
        let file: Option<String> = row.map(|r| r.try_get("file")).transpose()?;
        Ok(file.filter(|f| !f.is_empty()).map(PathBuf::from))
    }

    /// Opens the file and starts the import's write transaction (waiting for another writer
    /// as the pool does), with the scratch tables of [`agreements::begin_import`] (`import_lines`
    /// keyed, see [`agreements::SQLITE_IMPORT_TABLES`]).
    pub fn begin(file: &Path) -> Result<SqliteImport, StoreError> {
        let conn = Connection::open_with_flags(
            file,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
        conn.execute_batch("BEGIN IMMEDIATE")?;
        for sql in agreements::SQLITE_IMPORT_TABLES {
            conn.execute(sql, [])?;
        }
        Ok(SqliteImport { conn })
    }

    /// [`eligibility::stored_digests`].
    pub fn stored_digests(&mut self) -> Result<Vec<String>, StoreError> {
        let mut q = self.conn.prepare(eligibility::STORED_DIGESTS)?;
        let rows = q.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// [`agreements::stage`], [`eligibility::stage`] and [`agreements::stage_unchanged`].
    pub fn stage(
        &mut self,
        rows: &[StagedLine],
        verdicts: &[VerdictRow],
        unchanged: &[String],
    ) -> Result<(), StoreError> {
        let mut insert = self.conn.prepare_cached(&format!(
            "{}{}",
            agreements::STAGE_INSERT,
            row_placeholders(12)
        ))?;
        for r in rows {
            let l = &r.line;
            insert.execute(params![
                i64::try_from(r.line_no).unwrap_or(i64::MAX),
                l.customer_number,
                l.agreement_number,
                l.product.as_str(),
                day(l.start_date),
                day(l.end_date),
                l.customer_name,
                l.segment.as_str(),
                l.country.as_str(),
                l.contact_email.as_str(),
                i64::from(l.quantity),
                i64::from(l.software_assurance),
            ])?;
        }
        let mut insert = self.conn.prepare_cached(&format!(
            "{}{}{}",
            eligibility::STAGE_INSERT,
            row_placeholders(eligibility::STAGE_COLUMNS),
            eligibility::STAGE_CONFLICT
        ))?;
        for r in verdicts {
            bind_verdict(&mut insert, r)?;
            insert.raw_bind_parameter(10, r.feed_digest.as_deref())?;
            insert.raw_execute()?;
        }
        let mut insert = self.conn.prepare_cached(&format!(
            "{}{}",
            agreements::STAGE_UNCHANGED,
            row_placeholders(1)
        ))?;
        for c in unchanged {
            insert.execute([c])?;
        }
        Ok(())
    }

    /// [`eligibility::discard_staged`].
    pub fn discard_staged_verdicts(&mut self) -> Result<(), StoreError> {
        self.conn.execute(eligibility::DISCARD_STAGED, [])?;
        Ok(())
    }

    /// [`agreements::duplicates`].
    pub fn duplicates(&mut self, limit: i64) -> Result<Vec<DuplicateLine>, StoreError> {
        let mut q = self.conn.prepare(agreements::DUPLICATES)?;
        let rows = q.query_map(named_params! {"$1": limit}, |r| {
            Ok(DuplicateLine {
                line_no: u64::try_from(r.get::<_, i64>("line_no")?).unwrap_or(0),
                first_line_no: u64::try_from(r.get::<_, i64>("first_line_no")?).unwrap_or(0),
                agreement_number: r.get("agreement_number")?,
                product: r.get("product")?,
                start_date: r.get("start_date")?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// [`eligibility::discard_staged_with_other_lines`].
    pub fn discard_staged_with_other_lines(&mut self) -> Result<(), StoreError> {
        self.conn
            .execute(eligibility::DISCARD_STAGED_WITH_OTHER_LINES, [])?;
        Ok(())
    }

    /// [`agreements::touch_staged_customers`].
    pub fn touch_staged_customers(&mut self) -> Result<u64, StoreError> {
        Ok(self.conn.execute(agreements::TOUCH_STAGED, [])? as u64)
    }

    /// [`agreements::merge_staged`].
    pub fn merge_staged(&mut self, now: i64) -> Result<u64, StoreError> {
        Ok(self
            .conn
            .execute(agreements::MERGE_STAGED, named_params! {"$1": now})? as u64)
    }

    /// [`agreements::end_missing`].
    pub fn end_missing(&mut self, today: NaiveDate, now: i64) -> Result<SnapshotEnded, StoreError> {
        let Some(yesterday) = today.pred_opt() else {
            return Ok(SnapshotEnded::default());
        };
        let (today, yesterday) = (day(today), day(yesterday));
        let [touch, remove, end] = agreements::end_missing_sql();
        self.conn.execute(&touch, named_params! {"$1": today})?;
        let removed = self.conn.execute(&remove, named_params! {"$1": today})?;
        let ended = self.conn.execute(
            &end,
            named_params! {"$1": yesterday, "$2": today, "$3": now},
        )?;
        Ok(SnapshotEnded {
            ended: ended as u64,
            removed: removed as u64,
        })
    }

    /// [`agreements::unchanged_customers`].
    pub fn unchanged_customers(&mut self, today: NaiveDate, now: i64) -> Result<(), StoreError> {
        let today = day(today);
        let [touch, refresh] = agreements::UNCHANGED_CUSTOMERS;
        self.conn.execute(touch, named_params! {"$1": today})?;
        self.conn
            .execute(refresh, named_params! {"$1": today, "$2": now})?;
        Ok(())
    }

    /// [`agreements::count_unchanged_eligible`].
    pub fn count_unchanged_eligible(&mut self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row(agreements::COUNT_UNCHANGED_ELIGIBLE, [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// [`eligibility::clear_stale_digests`].
    pub fn clear_stale_digests(&mut self) -> Result<(), StoreError> {
        self.conn.execute(eligibility::CLEAR_STALE_DIGESTS, [])?;
        Ok(())
    }

    /// [`agreements::count_touched`].
    pub fn count_touched(&mut self) -> Result<u64, StoreError> {
        let n: i64 = self
            .conn
            .query_row(agreements::COUNT_TOUCHED, [], |r| r.get(0))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    /// [`eligibility::apply_staged`].
    pub fn apply_staged(&mut self, now: i64) -> Result<(u64, u64), StoreError> {
        self.conn
            .execute(eligibility::APPLY_STAGED, named_params! {"$1": now})?;
        let (n, eligible): (i64, i64) =
            self.conn.query_row(eligibility::COUNT_STAGED, [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?;
        Ok((
            u64::try_from(n).unwrap_or(0),
            u64::try_from(eligible).unwrap_or(0),
        ))
    }

    /// [`agreements::unevaluated_after`].
    pub fn unevaluated_after(
        &mut self,
        after: &str,
        limit: i64,
    ) -> Result<Vec<String>, StoreError> {
        let mut q = self.conn.prepare_cached(agreements::UNEVALUATED_AFTER)?;
        let rows = q.query_map(named_params! {"$1": after, "$2": limit}, |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// [`agreements::lines_of`].
    pub fn lines_of(
        &mut self,
        customer_numbers: &[String],
    ) -> Result<Vec<AgreementLine>, StoreError> {
        let mut lines = Vec::new();
        if customer_numbers.is_empty() {
            return Ok(lines);
        }
        let sql = agreements::lines_of_sql(Backend::Sqlite, customer_numbers.len());
        let mut q = self.conn.prepare_cached(&sql)?;
        let mut rows = q.query(params_from_iter(customer_numbers))?;
        while let Some(r) = rows.next()? {
            let customer_number: String = r.get("customer_number")?;
            let packed: String = r.get("packed")?;
            agreements::unpack_customer(&customer_number, &packed, &mut lines)?;
        }
        Ok(lines)
    }

    /// [`eligibility::upsert`].
    pub fn upsert_verdicts(&mut self, rows: &[VerdictRow], now: i64) -> Result<(), StoreError> {
        let mut upsert = self.conn.prepare_cached(&format!(
            "{}{}{}",
            eligibility::UPSERT_INSERT,
            row_placeholders(10),
            eligibility::UPSERT_CONFLICT
        ))?;
        for r in rows {
            bind_verdict(&mut upsert, r)?;
            upsert.raw_bind_parameter(10, now)?;
            upsert.raw_execute()?;
        }
        Ok(())
    }

    /// [`eligibility::clear_without_lines`].
    pub fn clear_without_lines(
        &mut self,
        evaluated_on: NaiveDate,
        now: i64,
    ) -> Result<(), StoreError> {
        self.conn.execute(
            eligibility::CLEAR_WITHOUT_LINES,
            named_params! {"$1": day(evaluated_on), "$2": now},
        )?;
        Ok(())
    }

    /// [`audit::record`](super::audit::record): the audit row of the import, in its
    /// transaction (issue 15).
    pub fn record_audit(&mut self, e: &super::audit::NewEntry) -> Result<(), StoreError> {
        self.conn.execute(
            super::audit::INSERT,
            named_params! {
                "$1": e.at, "$2": e.actor_kind, "$3": e.actor, "$4": e.client,
                "$5": e.action, "$6": e.subject, "$7": e.detail,
            },
        )?;
        Ok(())
    }

    /// Commits. The scratch tables are not dropped one by one: they vanish with the
    /// connection, which this closes.
    pub fn commit(self) -> Result<(), StoreError> {
        self.conn.execute_batch("COMMIT")?;
        self.conn.close().map_err(|(_, e)| e)?;
        Ok(())
    }
}
