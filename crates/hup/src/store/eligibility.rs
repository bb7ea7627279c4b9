//! Stored R8 verdicts, one per customer (the `customers` table).
//!
//! The verdict is computed by `hup-core` from the customer's agreement lines and stored, so
//! pages and the benefit check read one row instead of re-evaluating every agreement line on
//! each request. It is recomputed when an import touches the customer and by the daily
//! re-check when its `recheck_on` day comes (a line starts or ends).

use chrono::NaiveDate;
use hup_core::eligibility::CriterionMet;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{AnyQuery, Backend, Db, StoreError, Tx};

/// A customer's stored verdict, as of `evaluated_on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredVerdict {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub eligible: bool,
    /// The criteria met, in id order, with the agreement lines behind each; empty when not
    /// eligible.
    pub criteria: Vec<CriterionMet>,
    /// The last day the verdict holds if no new data arrives; `None` when not eligible, or
    /// when eligible with no end in sight.
    pub valid_until: Option<NaiveDate>,
    pub evaluated_on: NaiveDate,
}

/// What an evaluation writes for one customer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictRow {
    pub customer_number: String,
    pub customer_name: String,
    pub segment: String,
    pub country: String,
    pub eligible: bool,
    /// JSON of the `Vec<CriterionMet>`.
    pub criteria_json: String,
    pub valid_until: Option<NaiveDate>,
    pub evaluated_on: NaiveDate,
    pub recheck_on: Option<NaiveDate>,
    /// The digest of the feed run the import evaluated the customer from, alone
    /// (`agreements::unchanged`); `None` elsewhere.
    pub feed_digest: Option<String>,
}

/// The columns an upsert of a verdict sets, but `evaluated_at`.
macro_rules! verdict_set {
    () => {
        " ON CONFLICT (customer_number) DO UPDATE SET \
           customer_name = excluded.customer_name, segment = excluded.segment, \
           country = excluded.country, eligible = excluded.eligible, \
           criteria = excluded.criteria, valid_until = excluded.valid_until, \
           evaluated_on = excluded.evaluated_on, recheck_on = excluded.recheck_on, "
    };
}

/// Whether the verdict to write (`excluded`, or the table named) differs from the stored one.
macro_rules! verdict_differs {
    () => {
        verdict_differs!("excluded")
    };
    ($new:literal) => {
        concat!(
            "(customers.customer_name <> ",
            $new,
            ".customer_name \
            OR customers.segment <> ",
            $new,
            ".segment \
            OR customers.country <> ",
            $new,
            ".country \
            OR customers.eligible <> ",
            $new,
            ".eligible \
            OR customers.criteria <> ",
            $new,
            ".criteria \
            OR COALESCE(customers.valid_until, '') <> COALESCE(",
            $new,
            ".valid_until, '') \
            OR COALESCE(customers.recheck_on, '') <> COALESCE(",
            $new,
            ".recheck_on, '') \
            OR customers.evaluated_on <> ",
            $new,
            ".evaluated_on)"
        )
    };
}

/// Only a verdict that changed is written.
macro_rules! upsert_conflict {
    () => {
        concat!(
            verdict_set!(),
            "evaluated_at = excluded.evaluated_at WHERE ",
            verdict_differs!()
        )
    };
}

/// The stored verdict of a customer, or `None` when the feed never named it.
pub async fn current_verdict(
    db: &Db,
    customer_number: &str,
) -> Result<Option<StoredVerdict>, StoreError> {
    let row = sqlx::query(
        "SELECT customer_number, customer_name, segment, eligible, criteria, valid_until, \
                evaluated_on \
         FROM customers WHERE customer_number = $1",
    )
    .bind(customer_number)
    .fetch_optional(db.pool())
    .await?;
    row.map(|r| stored_verdict(&r)).transpose()
}

fn stored_verdict(r: &AnyRow) -> Result<StoredVerdict, StoreError> {
    let criteria: String = r.try_get("criteria")?;
    let criteria: Vec<CriterionMet> = serde_json::from_str(&criteria)
        .map_err(|e| corrupt("customers.criteria", e.to_string()))?;
    let valid_until: Option<String> = r.try_get("valid_until")?;
    let evaluated_on: String = r.try_get("evaluated_on")?;
    Ok(StoredVerdict {
        customer_number: r.try_get("customer_number")?,
        customer_name: r.try_get("customer_name")?,
        segment: r.try_get("segment")?,
        eligible: r.try_get::<i64, _>("eligible")? != 0,
        criteria,
        valid_until: valid_until.as_deref().map(parse_day).transpose()?,
        evaluated_on: parse_day(&evaluated_on)?,
    })
}

/// A stored value that the code itself wrote and cannot read back: a bug or a hand edit.
fn corrupt(column: &str, reason: String) -> StoreError {
    StoreError::Database(sqlx::Error::Decode(format!("{column}: {reason}").into()))
}

/// `YYYY-MM-DD`, as every date column holds it. By hand rather than with chrono's format
/// strings, which cost more than the rest of an import's per-line work.
pub(crate) fn parse_day(s: &str) -> Result<NaiveDate, StoreError> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r)?.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let parsed = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
        .then(|| Some((digits(0..4)?, digits(5..7)?, digits(8..10)?)))
        .flatten()
        .and_then(|(y, m, d)| NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d));
    parsed.ok_or_else(|| corrupt("date", format!("\"{s}\" is not YYYY-MM-DD")))
}

pub(crate) fn day(d: NaiveDate) -> String {
    use chrono::Datelike;
    let (y, m, dd) = (d.year(), d.month(), d.day());
    if (0..=9999).contains(&y) {
        let mut out = String::with_capacity(10);
        for c in [
            y / 1000,
            y / 100 % 10,
            y / 10 % 10,
            y % 10,
            -1,
            (m / 10) as i32,
            (m % 10) as i32,
            -1,
            (dd / 10) as i32,
            (dd % 10) as i32,
        ] {
            out.push(match c {
                -1 => '-',
                // 0..=9 by construction.
                n => char::from(b'0' + n as u8),
            });
        }
        out
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

pub(crate) const UPSERT_INSERT: &str =
    "INSERT INTO customers (customer_number, customer_name, segment, country, eligible, \
     criteria, valid_until, evaluated_on, recheck_on, evaluated_at) VALUES ";
pub(crate) const UPSERT_CONFLICT: &str = upsert_conflict!();

/// Writes verdicts in the caller's transaction. A row whose verdict did not change keeps its
/// old `evaluated_at`, so re-importing the same file changes nothing.
pub async fn upsert(
    tx: &mut Tx,
    backend: Backend,
    rows: &[VerdictRow],
    now: i64,
) -> Result<(), StoreError> {
    let insert = super::InsertRows {
        head: UPSERT_INSERT,
        columns: 10,
        tail: UPSERT_CONFLICT,
    };
    super::insert_rows(tx, backend, insert, rows, |q, r| {
        bind_verdict(q, r).bind(now)
    })
    .await
}

/// The nine columns a verdict row has both in `customers` and in `import_verdicts`.
fn bind_verdict<'q>(q: AnyQuery<'q>, r: &'q VerdictRow) -> AnyQuery<'q> {
    q.bind(r.customer_number.as_str())
        .bind(r.customer_name.as_str())
        .bind(r.segment.as_str())
        .bind(r.country.as_str())
        .bind(i64::from(r.eligible))
        .bind(r.criteria_json.as_str())
        .bind(r.valid_until.map(day))
        .bind(day(r.evaluated_on))
        .bind(r.recheck_on.map(day))
}

pub(crate) const STAGE_INSERT: &str =
    "INSERT INTO import_verdicts (customer_number, customer_name, segment, country, \
     eligible, criteria, valid_until, evaluated_on, recheck_on, feed_digest) VALUES ";
/// Columns of `import_verdicts`, in [`STAGE_INSERT`]'s order.
pub(crate) const STAGE_COLUMNS: usize = 10;
/// A customer whose lines were not in one run is found out later and dropped anyway.
pub(crate) const STAGE_CONFLICT: &str = " ON CONFLICT (customer_number) DO NOTHING";

/// Stages verdicts an import computed while reading the file (the customer's lines came in
/// one run), in the import's transaction; [`apply_staged`] writes them after the merge.
pub async fn stage(tx: &mut Tx, backend: Backend, rows: &[VerdictRow]) -> Result<(), StoreError> {
    let insert = super::InsertRows {
        head: STAGE_INSERT,
        columns: STAGE_COLUMNS,
        tail: STAGE_CONFLICT,
    };
    super::insert_rows(tx, backend, insert, rows, |q, r| {
        bind_verdict(q, r).bind(r.feed_digest.as_deref())
    })
    .await
}

pub(crate) const DISCARD_STAGED: &str = "DELETE FROM import_verdicts";

/// Drops every staged verdict: the file did not keep each customer's lines together, so a
/// verdict computed from one run may have missed lines.
pub async fn discard_staged(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query(DISCARD_STAGED).execute(&mut **tx).await?;
    Ok(())
}

pub(crate) const DISCARD_STAGED_WITH_OTHER_LINES: &str =
    "DELETE FROM import_verdicts WHERE customer_number IN ( \
           SELECT a.customer_number FROM agreement_lines a \
           JOIN import_verdicts v ON v.customer_number = a.customer_number \
           WHERE NOT EXISTS (SELECT 1 FROM import_lines i \
                 WHERE i.customer_number = a.customer_number \
                   AND i.agreement_number = a.agreement_number \
                   AND i.product = a.product AND i.start_date = a.start_date))";

/// Drops the staged verdicts of customers that have stored lines the file does not name: their
/// verdict depends on more than the file, so it is evaluated from the stored lines after the
/// merge. Runs before the merge, when the stored lines are still the previous ones.
pub async fn discard_staged_with_other_lines(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query(DISCARD_STAGED_WITH_OTHER_LINES)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Like [`upsert`], and the run's digest is stored too; a new digest alone keeps the old
/// `evaluated_at` (the verdict did not change).
pub(crate) const APPLY_STAGED: &str = concat!(
    "INSERT INTO customers (customer_number, customer_name, segment, country, eligible, \
     criteria, valid_until, evaluated_on, recheck_on, evaluated_at, feed_digest) \
     SELECT customer_number, customer_name, segment, country, eligible, criteria, \
            valid_until, evaluated_on, recheck_on, $1, feed_digest \
     FROM import_verdicts WHERE 1 = 1 ORDER BY customer_number",
    verdict_set!(),
    "evaluated_at = CASE WHEN ",
    verdict_differs!(),
    " THEN excluded.evaluated_at ELSE customers.evaluated_at END, \
     feed_digest = excluded.feed_digest WHERE ",
    verdict_differs!(),
    " OR COALESCE(customers.feed_digest, '') <> COALESCE(excluded.feed_digest, '')"
);
pub(crate) const COUNT_STAGED: &str =
    "SELECT COUNT(*) AS n, COUNT(CASE WHEN eligible <> 0 THEN 1 END) AS eligible \
     FROM import_verdicts";

/// [`APPLY_STAGED`] in two statements, for PostgreSQL, as `agreements::merge_staged` does:
/// an UPDATE of the stored verdicts that differ, then a plain INSERT of the new customers
/// (the import holds its lock; `ON CONFLICT`'s speculative insertion costs twice the WAL).
const APPLY_STAGED_POSTGRES: [&str; 2] = [
    concat!(
        "UPDATE customers SET customer_name = v.customer_name, segment = v.segment, \
         country = v.country, eligible = v.eligible, criteria = v.criteria, \
         valid_until = v.valid_until, evaluated_on = v.evaluated_on, \
         recheck_on = v.recheck_on, evaluated_at = CASE WHEN ",
        verdict_differs!("v"),
        " THEN $1 ELSE customers.evaluated_at END, feed_digest = v.feed_digest \
         FROM import_verdicts v WHERE v.customer_number = customers.customer_number AND (",
        verdict_differs!("v"),
        " OR COALESCE(customers.feed_digest, '') <> COALESCE(v.feed_digest, ''))"
    ),
    "INSERT INTO customers (customer_number, customer_name, segment, country, eligible, \
     criteria, valid_until, evaluated_on, recheck_on, evaluated_at, feed_digest) \
     SELECT customer_number, customer_name, segment, country, eligible, criteria, \
            valid_until, evaluated_on, recheck_on, $1, feed_digest \
     FROM import_verdicts v \
     WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.customer_number = v.customer_number)",
];

/// Writes the staged verdicts (see [`stage`]) like [`upsert`] does; returns how many there
/// are and how many of them are eligible.
pub async fn apply_staged(
    tx: &mut Tx,
    backend: Backend,
    now: i64,
) -> Result<(u64, u64), StoreError> {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[APPLY_STAGED],
        Backend::Postgres => &APPLY_STAGED_POSTGRES,
    };
    for sql in statements {
        sqlx::query(sql).bind(now).execute(&mut **tx).await?;
    }
    let row = sqlx::query(COUNT_STAGED).fetch_one(&mut **tx).await?;
    let count = |column: &str| -> Result<u64, StoreError> {
        Ok(u64::try_from(row.try_get::<i64, _>(column)?).unwrap_or(0))
    };
    Ok((count("n")?, count("eligible")?))
}

pub(crate) const CLEAR_WITHOUT_LINES: &str =
    "UPDATE customers SET eligible = 0, criteria = '[]', valid_until = NULL, \
                recheck_on = NULL, evaluated_on = $1, evaluated_at = $2 \
         WHERE customer_number IN (SELECT customer_number FROM import_customers) \
           AND NOT EXISTS (SELECT 1 FROM agreement_lines l \
                           WHERE l.customer_number = customers.customer_number) \
           AND (eligible <> 0 OR evaluated_on <> $1)";

/// Touched customers that no longer have any line (a snapshot removed them all) are not
/// eligible any more; their name and segment stay for the record. Only a snapshot removes
/// lines, so only a snapshot import needs this.
pub async fn clear_without_lines(
    tx: &mut Tx,
    evaluated_on: NaiveDate,
    now: i64,
) -> Result<(), StoreError> {
    sqlx::query(CLEAR_WITHOUT_LINES)
        .bind(day(evaluated_on))
        .bind(now)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Forgets the re-check day of these customers; re-evaluating them sets a new one. Without
/// this a due customer left without lines would be claimed again and again.
pub async fn clear_recheck(
    tx: &mut Tx,
    backend: Backend,
    customer_numbers: &[String],
) -> Result<(), StoreError> {
    if customer_numbers.is_empty() {
        return Ok(());
    }
    // The verdict is evaluated again from the stored lines, perhaps under another process's
    // policy: the feed digest no longer vouches for it.
    let mut sql = String::from(
        "UPDATE customers SET recheck_on = NULL, feed_digest = NULL WHERE customer_number IN (",
    );
    super::push_placeholders(&mut sql, 1, customer_numbers.len(), backend);
    sql.push(')');
    let mut q = sqlx::query(&sql);
    for c in customer_numbers {
        q = q.bind(c.as_str());
    }
    q.execute(&mut **tx).await?;
    Ok(())
}

/// Customers whose `recheck_on` day has come, claimed for re-evaluation in the caller's
/// transaction. On PostgreSQL another `hup serve` running the same job skips the rows this one
/// holds; SQLite serializes write transactions, so a second process simply finds them done.
pub async fn due_for_recheck(
    tx: &mut Tx,
    backend: Backend,
    today: NaiveDate,
    limit: i64,
) -> Result<Vec<String>, StoreError> {
    let lock = match backend {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "SELECT customer_number FROM customers \
         WHERE recheck_on IS NOT NULL AND recheck_on <= $1 \
         ORDER BY customer_number LIMIT $2 {lock}"
    );
    Ok(sqlx::query_scalar(&sql)
        .bind(day(today))
        .bind(limit)
        .fetch_all(&mut **tx)
        .await?)
}

/// The feed digests stored by previous imports (`agreements::unchanged`).
pub async fn stored_digests(tx: &mut Tx) -> Result<Vec<String>, StoreError> {
    Ok(sqlx::query_scalar(STORED_DIGESTS)
        .fetch_all(&mut **tx)
        .await?)
}

pub(crate) const STORED_DIGESTS: &str =
    "SELECT feed_digest FROM customers WHERE feed_digest IS NOT NULL";

pub(crate) const CLEAR_STALE_DIGESTS: &str = "UPDATE customers SET feed_digest = NULL \
     WHERE feed_digest IS NOT NULL \
       AND customer_number IN (SELECT customer_number FROM import_customers) \
       AND NOT EXISTS (SELECT 1 FROM import_verdicts v \
                       WHERE v.customer_number = customers.customer_number) \
       AND NOT EXISTS (SELECT 1 FROM import_unchanged u \
                       WHERE u.customer_number = customers.customer_number)";

/// Forgets the digest of every customer the import touched but did not evaluate from its run
/// alone (lines outside the file, an ungrouped file, a snapshot that ended lines): the stored
/// lines may now differ from any run. Unchanged customers keep theirs. Runs once every
/// customer is touched and before [`apply_staged`] writes the new digests.
pub async fn clear_stale_digests(tx: &mut Tx) -> Result<(), StoreError> {
    sqlx::query(CLEAR_STALE_DIGESTS).execute(&mut **tx).await?;
    Ok(())
}
