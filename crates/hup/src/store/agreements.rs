//! Agreement lines of the licensing feed (R9) and the staging an import goes through.
//!
//! An import runs in one transaction: rows go into a temporary `import_lines` table in
//! multi-row INSERTs, are checked there as a whole (duplicates), and are then merged into
//! `agreement_lines` by a few set-based statements. A crash before the commit leaves the
//! previous data as it was.

use std::collections::HashMap;

use chrono::NaiveDate;
use hup_core::agreement::{AgreementLine, ProductCode, Segment};
use hup_core::country::Country;
use hup_core::email::WorkEmail;
use sqlx::Row;

use super::eligibility::{day, parse_day};
use super::{Backend, Db, StoreError, Tx};

/// The distinct contact addresses the feed gives for a customer, sorted.
pub async fn contact_emails(db: &Db, customer_number: &str) -> Result<Vec<String>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT contact_email FROM agreement_lines WHERE customer_number = $1 \
         ORDER BY contact_email",
    )
    .bind(customer_number)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| Ok(r.try_get("contact_email")?))
        .collect()
}

/// Whether any import ever named this customer.
pub async fn customer_exists(db: &Db, customer_number: &str) -> Result<bool, StoreError> {
    let row = sqlx::query("SELECT COUNT(*) AS n FROM customers WHERE customer_number = $1")
        .bind(customer_number)
        .fetch_one(db.pool())
        .await?;
    Ok(row.try_get::<i64, _>("n")? > 0)
}

/// The stored spelling of a customer number typed in any case (issue 12: `c-1001` for
/// `C-1001`): itself when stored so, else the first stored number equal to it ignoring case.
pub async fn customer_number_any_case(
    db: &Db,
    customer_number: &str,
) -> Result<Option<String>, StoreError> {
    let row = sqlx::query(
        "SELECT customer_number FROM customers WHERE LOWER(customer_number) = LOWER($1) \
         ORDER BY CASE WHEN customer_number = $1 THEN 0 ELSE 1 END, customer_number LIMIT 1",
    )
    .bind(customer_number)
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| Ok(r.try_get("customer_number")?)).transpose()
}

/// One feed row on its way into the staging table: the line and where the file had it.
pub struct StagedLine {
    pub line_no: u64,
    pub line: AgreementLine,
}

const STAGE_COLUMNS: usize = 12;
/// Rows per INSERT: 12 parameters each stays below SQLite's 32,766 and PostgreSQL's 65,535.
pub const STAGE_BATCH: usize = 1000;

macro_rules! import_lines_columns {
    () => {
        "line_no            BIGINT NOT NULL,
         customer_number    TEXT   NOT NULL,
         agreement_number   TEXT   NOT NULL,
         product            TEXT   NOT NULL,
         start_date         TEXT   NOT NULL,
         end_date           TEXT   NOT NULL,
         customer_name      TEXT   NOT NULL,
         segment            TEXT   NOT NULL,
         country            TEXT   NOT NULL,
         contact_email      TEXT   NOT NULL,
         quantity           BIGINT NOT NULL,
         software_assurance BIGINT NOT NULL"
    };
}

/// The columns of `import_verdicts`: verdicts computed while the file was read (see
/// `eligibility::stage`), with the digest of the run each came from.
macro_rules! import_verdicts_columns {
    () => {
        "customer_number TEXT   NOT NULL,
         customer_name   TEXT   NOT NULL,
         segment         TEXT   NOT NULL,
         country         TEXT   NOT NULL,
         eligible        BIGINT NOT NULL,
         criteria        TEXT   NOT NULL,
         valid_until     TEXT,
         evaluated_on    TEXT   NOT NULL,
         recheck_on      TEXT,
         feed_digest     TEXT"
    };
}
pub(crate) use {import_lines_columns, import_verdicts_columns};

/// The scratch tables of an import, by name.
pub(crate) const IMPORT_TABLE_NAMES: [&str; 4] = [
    "import_lines",
    "import_customers",
    "import_verdicts",
    "import_unchanged",
];
const DROP_IMPORT_TABLES: [&str; 4] = [
    "DROP TABLE IF EXISTS import_lines",
    "DROP TABLE IF EXISTS import_customers",
    "DROP TABLE IF EXISTS import_verdicts",
    "DROP TABLE IF EXISTS import_unchanged",
];
/// The customers touched: evaluated again at the end.
pub(crate) const IMPORT_CUSTOMERS: &str =
    "CREATE TEMPORARY TABLE import_customers (customer_number TEXT PRIMARY KEY)";
const IMPORT_VERDICTS: &str = concat!(
    "CREATE TEMPORARY TABLE import_verdicts (",
    import_verdicts_columns!(),
    ", PRIMARY KEY (customer_number))"
);
/// Customers whose run of lines the previous import stored exactly so (`agreements::unchanged`):
/// neither staged nor evaluated, and a `--snapshot` ends none of their lines.
const IMPORT_UNCHANGED: &str =
    "CREATE TEMPORARY TABLE import_unchanged (customer_number TEXT PRIMARY KEY)";

/// The scratch tables of an import, dropped first in case an import died on the connection;
/// `import_lines` is created by `create_lines`.
const fn import_tables(create_lines: &'static str) -> [&'static str; 8] {
    [
        DROP_IMPORT_TABLES[0],
        DROP_IMPORT_TABLES[1],
        DROP_IMPORT_TABLES[2],
        DROP_IMPORT_TABLES[3],
        create_lines,
        IMPORT_CUSTOMERS,
        IMPORT_VERDICTS,
        IMPORT_UNCHANGED,
    ]
}

pub(crate) const IMPORT_TABLES: [&str; 8] = import_tables(concat!(
    "CREATE TEMPORARY TABLE import_lines (",
    import_lines_columns!(),
    ")"
));

/// The same on the SQLite import's own connection (`sqlite_import`), with `import_lines`
/// ordered by the key of `agreement_lines` as rows arrive: no index is built afterwards
/// ([`index_staged`]), and the checks and the merge read it in key order. A feed sorted by
/// customer lands near the end of the tree each time.
pub(crate) const SQLITE_IMPORT_TABLES: [&str; 8] = import_tables(concat!(
    "CREATE TEMPORARY TABLE import_lines (",
    import_lines_columns!(),
    ", PRIMARY KEY (customer_number, agreement_number, product, start_date, line_no)) \
     WITHOUT ROWID"
));

/// Creates the import's scratch tables in the caller's transaction. They are temporary (one
/// per connection, never seen by other sessions) and dropped again by [`end_import`]; a
/// leftover from an import that died on this pooled connection is dropped first.
///
/// Imports run one at a time: SQLite's write transaction already serializes them; on
/// PostgreSQL a self-conflicting table lock does, while readers carry on. Two imports at once
/// would otherwise let a `--snapshot` end the lines the other one is adding.
pub async fn begin_import(tx: &mut Tx, backend: Backend) -> Result<(), StoreError> {
    if backend == Backend::Postgres {
        sqlx::query("LOCK TABLE agreement_lines IN SHARE ROW EXCLUSIVE MODE")
            .execute(&mut **tx)
            .await?;
    }
    for sql in IMPORT_TABLES {
        sqlx::query(sql).execute(&mut **tx).await?;
    }
    Ok(())
}

const END_IMPORT: [&str; 4] = DROP_IMPORT_TABLES;

pub async fn end_import(tx: &mut Tx) -> Result<(), StoreError> {
    for sql in END_IMPORT {
        sqlx::query(sql).execute(&mut **tx).await?;
    }
    Ok(())
}

/// Adds rows to the staging table, [`STAGE_BATCH`] per statement.
pub async fn stage(tx: &mut Tx, backend: Backend, rows: &[StagedLine]) -> Result<(), StoreError> {
    let mut full_batch_sql: Option<String> = None;
    for chunk in rows.chunks(STAGE_BATCH) {
        let partial;
        let sql: &str = if chunk.len() == STAGE_BATCH {
            full_batch_sql.get_or_insert_with(|| stage_sql(STAGE_BATCH, backend))
        } else {
            partial = stage_sql(chunk.len(), backend);
            &partial
        };
        let mut q = sqlx::query(sql);
        for r in chunk {
            let l = &r.line;
            q = q
                .bind(i64::try_from(r.line_no).unwrap_or(i64::MAX))
                .bind(l.customer_number.as_str())
                .bind(l.agreement_number.as_str())
                .bind(l.product.as_str())
                .bind(day(l.start_date))
                .bind(day(l.end_date))
                .bind(l.customer_name.as_str())
                .bind(l.segment.as_str())
                .bind(l.country.as_str())
                .bind(l.contact_email.as_str())
                .bind(i64::from(l.quantity))
                .bind(i64::from(l.software_assurance));
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

pub(crate) const STAGE_INSERT: &str =
    "INSERT INTO import_lines (line_no, customer_number, agreement_number, product, \
     start_date, end_date, customer_name, segment, country, contact_email, quantity, \
     software_assurance) VALUES ";

fn stage_sql(rows: usize, backend: Backend) -> String {
    let mut sql = String::with_capacity(200 + rows * 80);
    sql.push_str(STAGE_INSERT);
    super::push_values(&mut sql, rows, STAGE_COLUMNS, backend);
    sql
}

pub(crate) const INDEX_STAGED: &str = "CREATE INDEX import_lines_key ON import_lines \
         (customer_number, agreement_number, product, start_date, line_no)";

/// The key of `agreement_lines`, which the checks and the merge look rows up by.
pub async fn index_staged(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query(INDEX_STAGED).execute(&mut **tx).await?;
    Ok(())
}

pub(crate) const DUPLICATES: &str =
    "SELECT d.line_no AS line_no, f.first_line_no AS first_line_no, \
                d.agreement_number AS agreement_number, d.product AS product, \
                d.start_date AS start_date \
         FROM (SELECT customer_number, agreement_number, product, start_date, \
                      MIN(line_no) AS first_line_no \
               FROM import_lines \
               GROUP BY customer_number, agreement_number, product, start_date \
               HAVING COUNT(*) > 1) f \
         JOIN import_lines d ON d.customer_number = f.customer_number \
              AND d.agreement_number = f.agreement_number AND d.product = f.product \
              AND d.start_date = f.start_date AND d.line_no > f.first_line_no \
         ORDER BY d.line_no LIMIT $1";

/// A row of the file that repeats the key of an earlier row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicateLine {
    pub line_no: u64,
    pub first_line_no: u64,
    pub agreement_number: String,
    pub product: String,
    pub start_date: String,
}

/// Rows that name the same agreement line (customer, agreement, product, start day) as an
/// earlier row: the file would contradict itself, so the import refuses them. At most `limit`.
pub async fn duplicates(tx: &mut Tx, limit: i64) -> Result<Vec<DuplicateLine>, StoreError> {
    let rows = sqlx::query(DUPLICATES)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(DuplicateLine {
                line_no: u64::try_from(r.try_get::<i64, _>("line_no")?).unwrap_or(0),
                first_line_no: u64::try_from(r.try_get::<i64, _>("first_line_no")?).unwrap_or(0),
                agreement_number: r.try_get("agreement_number")?,
                product: r.try_get("product")?,
                start_date: r.try_get("start_date")?,
            })
        })
        .collect()
}

/// The first statement to fill `import_customers`, so no conflict is possible.
pub(crate) const TOUCH_STAGED: &str = "INSERT INTO import_customers (customer_number) \
         SELECT DISTINCT customer_number FROM import_lines";

/// Marks the file's customers as touched, so their verdicts are recomputed. Runs before any
/// other statement touches customers.
pub async fn touch_staged_customers(tx: &mut Tx) -> Result<u64, StoreError> {
    let done = sqlx::query(TOUCH_STAGED).execute(&mut **tx).await?;
    Ok(done.rows_affected())
}

pub(crate) const MERGE_STAGED: &str =
    "INSERT INTO agreement_lines (customer_number, agreement_number, product, start_date, \
            end_date, customer_name, segment, country, contact_email, quantity, \
            software_assurance, ended_on, updated_at) \
         SELECT customer_number, agreement_number, product, start_date, end_date, \
            customer_name, segment, country, contact_email, quantity, software_assurance, \
            NULL, $1 \
         FROM import_lines WHERE 1 = 1 \
         ORDER BY customer_number, agreement_number, product, start_date \
         ON CONFLICT (customer_number, agreement_number, product, start_date) DO UPDATE SET \
            end_date = excluded.end_date, customer_name = excluded.customer_name, \
            segment = excluded.segment, country = excluded.country, \
            contact_email = excluded.contact_email, quantity = excluded.quantity, \
            software_assurance = excluded.software_assurance, ended_on = NULL, \
            updated_at = excluded.updated_at \
         WHERE agreement_lines.end_date <> excluded.end_date \
            OR agreement_lines.customer_name <> excluded.customer_name \
            OR agreement_lines.segment <> excluded.segment \
            OR agreement_lines.country <> excluded.country \
            OR agreement_lines.contact_email <> excluded.contact_email \
            OR agreement_lines.quantity <> excluded.quantity \
            OR agreement_lines.software_assurance <> excluded.software_assurance \
            OR agreement_lines.ended_on IS NOT NULL";

/// [`MERGE_STAGED`] in two statements, for PostgreSQL: the changed lines updated, then the new
/// ones inserted. The import holds the table's lock, so no other writer can add a line between
/// the two; a plain INSERT writes half the WAL of `ON CONFLICT`'s speculative insertion and
/// took the first million-line import's merge from 12 to 6 seconds (issue 18).
const MERGE_STAGED_POSTGRES: [&str; 2] = [
    "UPDATE agreement_lines SET end_date = i.end_date, customer_name = i.customer_name, \
            segment = i.segment, country = i.country, contact_email = i.contact_email, \
            quantity = i.quantity, software_assurance = i.software_assurance, \
            ended_on = NULL, updated_at = $1 \
     FROM import_lines i \
     WHERE i.customer_number = agreement_lines.customer_number \
       AND i.agreement_number = agreement_lines.agreement_number \
       AND i.product = agreement_lines.product AND i.start_date = agreement_lines.start_date \
       AND (agreement_lines.end_date <> i.end_date \
            OR agreement_lines.customer_name <> i.customer_name \
            OR agreement_lines.segment <> i.segment OR agreement_lines.country <> i.country \
            OR agreement_lines.contact_email <> i.contact_email \
            OR agreement_lines.quantity <> i.quantity \
            OR agreement_lines.software_assurance <> i.software_assurance \
            OR agreement_lines.ended_on IS NOT NULL)",
    "INSERT INTO agreement_lines (customer_number, agreement_number, product, start_date, \
            end_date, customer_name, segment, country, contact_email, quantity, \
            software_assurance, ended_on, updated_at) \
     SELECT customer_number, agreement_number, product, start_date, end_date, \
            customer_name, segment, country, contact_email, quantity, software_assurance, \
            NULL, $1 \
     FROM import_lines i \
     WHERE NOT EXISTS (SELECT 1 FROM agreement_lines a \
                       WHERE a.customer_number = i.customer_number \
                         AND a.agreement_number = i.agreement_number \
                         AND a.product = i.product AND a.start_date = i.start_date)",
];

/// Inserts the staged lines and updates the ones that changed; an unchanged line is not
/// written at all, so importing the same file twice changes nothing. A line the file names
/// again loses a snapshot's `ended_on`: the feed dates it once more. Returns the lines written.
pub async fn merge_staged(tx: &mut Tx, backend: Backend, now: i64) -> Result<u64, StoreError> {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[MERGE_STAGED],
        Backend::Postgres => &MERGE_STAGED_POSTGRES,
    };
    let mut written = 0;
    for sql in statements {
        let done = sqlx::query(sql).bind(now).execute(&mut **tx).await?;
        written += done.rows_affected();
    }
    Ok(written)
}

/// What `--snapshot` did to the lines the file no longer holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SnapshotEnded {
    /// Active or future-ending lines whose `end_date` became the day before `today`.
    pub ended: u64,
    /// Lines that had not started yet: they never held, so they are removed.
    pub removed: u64,
}

/// `--snapshot`: the file is the whole truth, so a line it lacks stops holding today. A line
/// still running gets `end_date` = yesterday and `ended_on` = today (kept, so the verdict can
/// still say what held until then); a line that had not started yet is removed; a line that
/// already ended is left as it is. Their customers are marked touched.
pub async fn end_missing(
    tx: &mut Tx,
    today: NaiveDate,
    now: i64,
) -> Result<SnapshotEnded, StoreError> {
    let Some(yesterday) = today.pred_opt() else {
        return Ok(SnapshotEnded::default());
    };
    let (today, yesterday) = (day(today), day(yesterday));
    let [touch, remove, end] = end_missing_sql();
    sqlx::query(&touch)
        .bind(today.as_str())
        .execute(&mut **tx)
        .await?;
    let removed = sqlx::query(&remove)
        .bind(today.as_str())
        .execute(&mut **tx)
        .await?
        .rows_affected();
    let ended = sqlx::query(&end)
        .bind(yesterday.as_str())
        .bind(today.as_str())
        .bind(now)
        .execute(&mut **tx)
        .await?
        .rows_affected();
    Ok(SnapshotEnded { ended, removed })
}

pub(crate) const STAGE_UNCHANGED: &str = "INSERT INTO import_unchanged (customer_number) VALUES ";

/// Names the customers the reading thread found unchanged.
pub async fn stage_unchanged(
    tx: &mut Tx,
    backend: Backend,
    customers: &[String],
) -> Result<(), StoreError> {
    let insert = super::InsertRows {
        head: STAGE_UNCHANGED,
        columns: 1,
        tail: "",
    };
    super::insert_rows(tx, backend, insert, customers, |q, c| q.bind(c.as_str())).await
}

/// [`unchanged_customers`]' statements: touch the unchanged customers whose verdict may differ
/// today (`$1`): a line started or ended since (the re-check's day came), or the verdict is of
/// a later day than the import's; move the others' `evaluated_on` to today, as evaluating them
/// again would (`$2` now).
pub(crate) const UNCHANGED_CUSTOMERS: [&str; 2] = [
    "INSERT INTO import_customers (customer_number) \
     SELECT c.customer_number FROM customers c \
     JOIN import_unchanged u ON u.customer_number = c.customer_number \
     WHERE (c.recheck_on IS NOT NULL AND c.recheck_on <= $1) OR c.evaluated_on > $1 \
     ON CONFLICT (customer_number) DO NOTHING",
    "UPDATE customers SET evaluated_on = $1, evaluated_at = $2 \
     WHERE customer_number IN (SELECT customer_number FROM import_unchanged) \
       AND evaluated_on < $1 AND (recheck_on IS NULL OR recheck_on > $1)",
];

/// Brings the unchanged customers' verdicts to `today` without reading their lines: a verdict
/// changes with the day only on its `recheck_on` day (`verdicts::next_change`), so until then
/// it holds as it is; the others are touched and evaluated from the stored lines.
pub async fn unchanged_customers(
    tx: &mut Tx,
    today: NaiveDate,
    now: i64,
) -> Result<(), StoreError> {
    let today = day(today);
    let [touch, refresh] = UNCHANGED_CUSTOMERS;
    sqlx::query(touch)
        .bind(today.as_str())
        .execute(&mut **tx)
        .await?;
    sqlx::query(refresh)
        .bind(today.as_str())
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

pub(crate) const COUNT_UNCHANGED_ELIGIBLE: &str = "SELECT COUNT(*) AS n FROM customers c \
     JOIN import_unchanged u ON u.customer_number = c.customer_number \
     WHERE c.eligible <> 0 AND NOT EXISTS (SELECT 1 FROM import_customers i \
                                           WHERE i.customer_number = c.customer_number)";

/// Eligible unchanged customers that were not evaluated again: the summary counts them as a
/// full import would.
pub async fn count_unchanged_eligible(tx: &mut Tx) -> Result<u64, StoreError> {
    let row = sqlx::query(COUNT_UNCHANGED_ELIGIBLE)
        .fetch_one(&mut **tx)
        .await?;
    Ok(u64::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0))
}

pub(crate) const UNEVALUATED_AFTER: &str =
    "SELECT customer_number FROM import_customers c WHERE customer_number > $1 \
           AND NOT EXISTS (SELECT 1 FROM import_verdicts v \
                           WHERE v.customer_number = c.customer_number) \
         ORDER BY customer_number LIMIT $2";

/// [`end_missing`]'s statements: touch the customers of the lines the file lacks (`$1` today),
/// remove those not started (`$1` today), end the running ones (`$1` yesterday, `$2` today,
/// `$3` now).
pub(crate) fn end_missing_sql() -> [String; 3] {
    // An unchanged customer's lines are all in the file: the run the previous import stored.
    const MISSING: &str = "NOT EXISTS (SELECT 1 FROM import_lines i \
         WHERE i.customer_number = agreement_lines.customer_number \
           AND i.agreement_number = agreement_lines.agreement_number \
           AND i.product = agreement_lines.product \
           AND i.start_date = agreement_lines.start_date) \
         AND NOT EXISTS (SELECT 1 FROM import_unchanged u \
           WHERE u.customer_number = agreement_lines.customer_number)";
    [
        format!(
            "INSERT INTO import_customers (customer_number) \
             SELECT DISTINCT customer_number FROM agreement_lines \
             WHERE end_date >= $1 AND {MISSING} \
             ON CONFLICT (customer_number) DO NOTHING"
        ),
        format!("DELETE FROM agreement_lines WHERE start_date >= $1 AND {MISSING}"),
        format!(
            "UPDATE agreement_lines SET end_date = $1, ended_on = $2, updated_at = $3 \
             WHERE end_date >= $2 AND {MISSING}"
        ),
    ]
}

/// The next `limit` touched customers after `after`, in key order, leaving out those whose
/// verdict was computed while the file was read (`import_verdicts`).
pub async fn unevaluated_after(
    tx: &mut Tx,
    after: &str,
    limit: i64,
) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(UNEVALUATED_AFTER)
        .bind(after)
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?)
}

pub(crate) const COUNT_TOUCHED: &str = "SELECT COUNT(*) AS n FROM import_customers";

pub async fn count_touched(tx: &mut Tx) -> Result<u64, StoreError> {
    let row = sqlx::query(COUNT_TOUCHED).fetch_one(&mut **tx).await?;
    Ok(u64::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0))
}

pub async fn count_staged_customers(tx: &mut Tx) -> Result<u64, StoreError> {
    let row = sqlx::query("SELECT COUNT(DISTINCT customer_number) AS n FROM import_lines")
        .fetch_one(&mut **tx)
        .await?;
    Ok(u64::try_from(row.try_get::<i64, _>("n")?).unwrap_or(0))
}

/// Separates the fields of one line and the lines of one customer in [`lines_of`]'s packed
/// text: control characters, which the feed refuses in every text field.
const FIELD: char = '\u{1f}';
const LINE: char = '\u{1e}';

/// All agreement lines of these customers, grouped by customer (ordered by customer number).
///
/// The database packs each customer's lines into one text (`group_concat`/`string_agg`), so a
/// million-line re-evaluation moves 200,000 rows through the driver instead of a million.
pub async fn lines_of<'c, E>(
    executor: E,
    backend: Backend,
    customer_numbers: &[String],
) -> Result<Vec<AgreementLine>, StoreError>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    if customer_numbers.is_empty() {
        return Ok(Vec::new());
    }
    let sql = lines_of_sql(backend, customer_numbers.len());
    let mut q = sqlx::query(&sql);
    for c in customer_numbers {
        q = q.bind(c.as_str());
    }
    let rows = q.fetch_all(executor).await?;
    let mut lines = Vec::new();
    for r in &rows {
        let customer_number: String = r.try_get("customer_number")?;
        let packed: String = r.try_get("packed")?;
        unpack_customer(&customer_number, &packed, &mut lines)?;
    }
    Ok(lines)
}

/// [`lines_of`]'s query for `customers` customers: per customer its number and `packed`.
pub(crate) fn lines_of_sql(backend: Backend, customers: usize) -> String {
    let (aggregate, sep) = match backend {
        Backend::Sqlite => ("group_concat", "char"),
        Backend::Postgres => ("string_agg", "chr"),
    };
    let f = format!(" || {sep}(31) || ");
    let mut sql = format!(
        "SELECT customer_number, {aggregate}(agreement_number{f}product{f}start_date{f}end_date\
         {f}CAST(quantity AS TEXT){f}CAST(software_assurance AS TEXT){f}segment\
         {f}customer_name{f}country{f}contact_email, {sep}(30)) AS packed \
         FROM agreement_lines WHERE customer_number IN ("
    );
    super::push_placeholders(&mut sql, 1, customers, backend);
    sql.push_str(") GROUP BY customer_number ORDER BY customer_number");
    sql
}

/// Appends the lines of one customer, packed by [`lines_of_sql`], to `lines`.
pub(crate) fn unpack_customer(
    customer_number: &str,
    packed: &str,
    lines: &mut Vec<AgreementLine>,
) -> Result<(), StoreError> {
    // A customer has few distinct contact addresses; parsing each once saves IDNA work.
    let mut emails: HashMap<&str, WorkEmail> = HashMap::new();
    for one in packed.split(LINE) {
        lines.push(unpack_line(customer_number, one, &mut emails)?);
    }
    Ok(())
}

fn unpack_line<'p>(
    customer_number: &str,
    packed: &'p str,
    emails: &mut HashMap<&'p str, WorkEmail>,
) -> Result<AgreementLine, StoreError> {
    let bad = |column: &str, reason: String| {
        StoreError::Database(sqlx::Error::Decode(
            format!("agreement_lines.{column} of {customer_number}: {reason}").into(),
        ))
    };
    let mut it = packed.split(FIELD);
    let mut next = |column: &str| {
        it.next()
            .ok_or_else(|| bad(column, "missing from the packed line".to_owned()))
    };
    let agreement_number = next("agreement_number")?;
    let product = next("product")?;
    let start = next("start_date")?;
    let end = next("end_date")?;
    let quantity = next("quantity")?;
    let sa = next("software_assurance")?;
    let segment = next("segment")?;
    let customer_name = next("customer_name")?;
    let country = next("country")?;
    let email = next("contact_email")?;
    let contact_email = match emails.get(email) {
        Some(e) => e.clone(),
        None => {
            let parsed =
                WorkEmail::parse(email).map_err(|e| bad("contact_email", e.to_string()))?;
            emails.insert(email, parsed.clone());
            parsed
        }
    };
    Ok(AgreementLine {
        agreement_number: agreement_number.to_owned(),
        customer_number: customer_number.to_owned(),
        customer_name: customer_name.to_owned(),
        segment: Segment::parse(segment).map_err(|e| bad("segment", e.to_string()))?,
        country: Country::parse(country).map_err(|e| bad("country", e.to_string()))?,
        contact_email,
        product: ProductCode::parse(product).map_err(|e| bad("product", e.to_string()))?,
        quantity: quantity
            .parse()
            .map_err(|e: std::num::ParseIntError| bad("quantity", e.to_string()))?,
        software_assurance: sa != "0",
        start_date: parse_day(start)?,
        end_date: parse_day(end)?,
    })
}

/// The next `limit` customer numbers after `after`, in key order (the what-if's walk over
/// every customer, issue 15).
pub async fn customers_after(db: &Db, after: &str, limit: i64) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(
        "SELECT customer_number FROM customers WHERE customer_number > $1 \
         ORDER BY customer_number LIMIT $2",
    )
    .bind(after)
    .bind(limit)
    .fetch_all(db.pool())
    .await?)
}

/// A customer found by the console's search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundCustomer {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub eligible: bool,
}

/// Customers whose number or name contains `text` (any case), by number, at most `limit`.
pub async fn search(db: &Db, text: &str, limit: i64) -> Result<Vec<FoundCustomer>, StoreError> {
    let escaped = text
        .to_lowercase()
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    let rows = sqlx::query(
        "SELECT customer_number, customer_name, segment, eligible FROM customers \
         WHERE LOWER(customer_number) LIKE $1 ESCAPE '\\' OR LOWER(customer_name) LIKE $1 ESCAPE '\\' \
         ORDER BY customer_number LIMIT $2",
    )
    .bind(format!("%{escaped}%"))
    .bind(limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(FoundCustomer {
                customer_number: r.try_get("customer_number")?,
                customer_name: r.try_get("customer_name")?,
                segment: r.try_get("segment")?,
                eligible: r.try_get::<i64, _>("eligible")? == 1,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}
