//! Issue 18: a re-import skips the customers whose lines did not change, and the stored result
//! is still exactly what a full import gives. Every test here runs each import twice, on two
//! databases of the same back end (SQLite, or PostgreSQL with `HUP_TEST_POSTGRES_URL`): one
//! imports as `hup` does, the other forgets every stored feed digest before each import, so it
//! takes the full path. The two must agree on every stored line and verdict, and on the summary.

use chrono::NaiveDate;
use hup::agreements::{import_feed, ImportError, ImportOptions, ImportSummary};
use hup::store::{Backend, Db};
use hup_core::eligibility::Policy;
use sqlx::Row;

use crate::helpers::{feed, fresh_database_url};

async fn fresh_db(dir: &std::path::Path) -> Db {
    let url = fresh_database_url(dir).await;
    let env = [("HUP_DATABASE_URL".to_owned(), url)].into_iter().collect();
    let config = hup::config::Config::from_sources(&env, None).unwrap();
    Db::open(&config.database).await.unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// Every stored line and verdict as text; times of writing left out (they differ between the
/// two databases by when each import ran).
async fn stored(db: &Db) -> (Vec<String>, Vec<String>) {
    let text = |r: &sqlx::any::AnyRow| -> String {
        (0..r.len())
            .map(|i| {
                r.try_get::<String, _>(i)
                    .or_else(|_| r.try_get::<i64, _>(i).map(|n| n.to_string()))
                    .unwrap_or_else(|_| "-".to_owned())
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let lines = sqlx::query(
        "SELECT customer_number, agreement_number, product, start_date, end_date, \
                customer_name, segment, country, contact_email, quantity, software_assurance, \
                ended_on \
         FROM agreement_lines ORDER BY customer_number, agreement_number, product, start_date",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let customers = sqlx::query(
        "SELECT customer_number, customer_name, segment, country, eligible, criteria, \
                valid_until, evaluated_on, recheck_on \
         FROM customers ORDER BY customer_number",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    (
        lines.iter().map(text).collect(),
        customers.iter().map(text).collect(),
    )
}

/// The summary without what may differ: the time, and how many customers were evaluated.
fn outcome(s: &ImportSummary) -> String {
    format!(
        "lines {} customers {} eligible {} written {} ended {} removed {} unknown {:?}",
        s.lines,
        s.customers,
        s.eligible_customers,
        s.lines_written,
        s.lines_ended,
        s.lines_removed,
        s.unknown_products
    )
}

/// Two databases that receive the same imports: `skipping` as `hup` imports, `full` without
/// the digests of the previous import.
struct Twins {
    skipping: Db,
    full: Db,
    _dir: tempfile::TempDir,
}

impl Twins {
    async fn new() -> Twins {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("b");
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        Twins {
            skipping: fresh_db(&a).await,
            full: fresh_db(&b).await,
            _dir: dir,
        }
    }

    /// Imports `rows` into both, checks they agree, and returns the skipping one's summary.
    async fn import(
        &self,
        rows: &[String],
        policy: &Policy,
        today: &str,
        snapshot: bool,
    ) -> Result<ImportSummary, ImportError> {
        let text = feed(&rows.iter().map(String::as_str).collect::<Vec<_>>());
        let options = ImportOptions {
            snapshot,
            today: day(today),
            allow_empty: false,
        };
        sqlx::query("UPDATE customers SET feed_digest = NULL")
            .execute(self.full.pool())
            .await
            .unwrap();
        let input = std::io::Cursor::new(text);
        let full = import_feed(&self.full, policy, input.clone(), options, &(), None).await;
        let skipping = import_feed(&self.skipping, policy, input, options, &(), None).await;
        match (&skipping, &full) {
            (Ok(s), Ok(f)) => assert_eq!(outcome(s), outcome(f)),
            (Err(s), Err(f)) => assert_eq!(format!("{s:?}"), format!("{f:?}")),
            _ => panic!("skipping: {skipping:?}\nfull: {full:?}"),
        }
        assert_eq!(stored(&self.skipping).await, stored(&self.full).await);
        skipping
    }
}

fn row(
    agreement: &str,
    customer: &str,
    segment: &str,
    product: &str,
    qty: u32,
    end: &str,
) -> String {
    format!(
        "{agreement},{customer},Name of {customer},{segment},NL,it@{}.example,{product},{qty},false,2025-01-01,{end}",
        customer.to_lowercase()
    )
}

/// C-1 qualifies by (c) with both agreements; C-2 has 1,999; C-3 is education (d); C-4 has
/// Office with SA (a) until 2026-06-30; C-7 has one of its lines here and one elsewhere.
fn first_feed() -> Vec<String> {
    vec![
        row("AG-1", "C-1", "commercial", "m365-e3", 1500, "2027-12-31"),
        row("AG-2", "C-1", "commercial", "m365-e5", 500, "2027-12-31"),
        row("AG-3", "C-2", "commercial", "m365-e3", 1000, "2027-12-31"),
        row("AG-4", "C-2", "commercial", "m365-e5", 999, "2027-12-31"),
        row("AG-5", "C-3", "education", "windows-enterprise", 10, "2027-12-31"),
        "AG-6,C-4,Tailspin,government,DE,it@tailspin.example,office-standard,50,true,2025-01-01,2026-06-30".to_owned(),
        row("AG-70", "C-7", "commercial", "m365-e3", 1000, "2027-12-31"),
    ]
}

#[tokio::test]
async fn issue18_a_reimport_stores_what_a_full_import_stores() {
    let twins = Twins::new().await;
    let policy = Policy::default_policy();
    let first = first_feed();
    let s = twins
        .import(&first, &policy, "2026-03-01", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 0);
    // C-7's other line, in a file of its own.
    let other = vec![row(
        "AG-71",
        "C-7",
        "commercial",
        "m365-e5",
        1000,
        "2027-12-31",
    )];
    twins
        .import(&other, &policy, "2026-03-01", false)
        .await
        .unwrap();

    // The same file again: every customer unchanged but C-7, whose stored lines are more than
    // the file's, so it is evaluated again.
    let s = twins
        .import(&first, &policy, "2026-03-01", false)
        .await
        .unwrap();
    assert_eq!(s.customers, 5);
    assert_eq!(s.customers_unchanged, 4, "{s:?}");
    assert_eq!(s.customers_evaluated, 1);
    assert_eq!(s.lines_written, 0);

    // A changed line (C-2 reaches 2,000), an added customer (C-5), a removed one (C-3).
    let mut second = first.clone();
    second[3] = row("AG-4", "C-2", "commercial", "m365-e5", 1000, "2027-12-31");
    second.remove(4);
    second.push(row("AG-8", "C-5", "nonprofit", "m365-e3", 1, "2027-12-31"));
    let s = twins
        .import(&second, &policy, "2026-03-01", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 2, "C-1 and C-4: {s:?}");
    assert_eq!(s.lines_written, 2);
    let s = twins
        .import(&second, &policy, "2026-03-01", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 4, "{s:?}");

    // A later day: C-4's line ended on 2026-06-30, so its verdict changes without new data and
    // it is evaluated again; the others are unchanged and dated the new day.
    let s = twins
        .import(&second, &policy, "2026-07-15", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 4, "{s:?}");
    assert_eq!(s.customers_evaluated, 2, "C-4 and C-7: {s:?}");
    // An earlier day than the stored verdicts': evaluated again.
    let s = twins
        .import(&second, &policy, "2026-03-02", false)
        .await
        .unwrap();
    assert_eq!(s.customers_evaluated, 5, "{s:?}");

    // Another policy: everything is evaluated again, once.
    let strict = Policy::from_toml(
        "[[criterion]]\nid = \"d\"\ndescription = \"Education or non-profit with 2,000 \
         licenses\"\nsegments = [\"education\", \"nonprofit\"]\nmin_total_quantity = 2000\n",
    )
    .unwrap();
    let s = twins
        .import(&second, &strict, "2026-07-15", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 0, "{s:?}");
    let s = twins
        .import(&second, &strict, "2026-07-15", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 4, "{s:?}");

    // --snapshot: C-3's line ends and C-7's other line too; unchanged customers keep theirs.
    let s = twins
        .import(&second, &policy, "2026-07-15", true)
        .await
        .unwrap();
    assert_eq!(s.lines_ended, 2, "{s:?}");
    let s = twins
        .import(&second, &policy, "2026-07-15", true)
        .await
        .unwrap();
    assert_eq!(s.lines_ended, 0);
    // C-7's ended line is still stored beside the file's: C-7 is evaluated again each time.
    assert_eq!(s.customers_unchanged, 4, "{s:?}");
    // A snapshot without C-5 ends its line, and C-5 is not vouched for any more.
    let without_c5: Vec<String> = second[..second.len() - 1].to_vec();
    let s = twins
        .import(&without_c5, &policy, "2026-07-15", true)
        .await
        .unwrap();
    assert_eq!(s.lines_ended, 1, "{s:?}");
    let s = twins
        .import(&second, &policy, "2026-07-15", false)
        .await
        .unwrap();
    assert_eq!(s.customers_unchanged, 3, "C-1, C-2 and C-4: {s:?}");
    assert_eq!(s.lines_written, 1, "C-5's line runs again: {s:?}");
}

/// A customer skipped as unchanged that turns up again later (the file is not grouped after
/// all) makes the import read the file again, skipping nothing: a repeated line is still
/// found with both line numbers, and a new line is still added.
#[tokio::test]
async fn issue18_an_unchanged_customer_seen_again_is_read_again_in_full() {
    let twins = Twins::new().await;
    let policy = Policy::default_policy();
    let first = first_feed();
    twins
        .import(&first, &policy, "2026-03-01", false)
        .await
        .unwrap();

    let mut repeated = first.clone();
    repeated.push(first[0].clone());
    match twins.import(&repeated, &policy, "2026-03-01", false).await {
        Err(ImportError::Rejected { problems, .. }) => {
            assert_eq!(
                problems[0].to_string().split(" (").next(),
                Some("line 9: row: repeats line 2")
            );
        }
        other => panic!("{other:?}"),
    }

    let mut added = first.clone();
    added.push(row(
        "AG-9",
        "C-1",
        "commercial",
        "m365-e3",
        10,
        "2027-12-31",
    ));
    let s = twins
        .import(&added, &policy, "2026-03-01", false)
        .await
        .unwrap();
    assert_eq!(s.lines_written, 1);
    assert_eq!(
        s.customers_unchanged, 0,
        "read again without skipping: {s:?}"
    );
}

/// Two imports at once still run one after the other (the import lock on PostgreSQL, the write
/// transaction on SQLite): the result is one of the two orders.
#[tokio::test]
async fn issue18_two_imports_at_once_serialize() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_db(dir.path()).await;
    let policy = Policy::default_policy();
    let options = ImportOptions {
        snapshot: true,
        today: day("2026-03-01"),
        allow_empty: false,
    };
    let rows = |customers: std::ops::Range<u32>, qty: u32| -> String {
        let rows: Vec<String> = customers
            .flat_map(|c| {
                (0..5).map(move |i| {
                    row(
                        &format!("AG-{c}-{i}"),
                        &format!("C-{c:05}"),
                        "commercial",
                        "m365-e3",
                        qty,
                        "2027-12-31",
                    )
                })
            })
            .collect();
        feed(&rows.iter().map(String::as_str).collect::<Vec<_>>())
    };
    // Overlapping customers, different quantities: an interleaving would mix them.
    let a = std::io::Cursor::new(rows(0..3000, 1));
    let b = std::io::Cursor::new(rows(1000..4000, 2));
    let (ra, rb) = tokio::join!(
        import_feed(&db, &policy, a, options, &(), None),
        import_feed(&db, &policy, b, options, &(), None)
    );
    ra.unwrap();
    rb.unwrap();
    let quantities: Vec<String> = sqlx::query_scalar(
        "SELECT DISTINCT CAST(quantity AS TEXT) || ' ' || CASE WHEN ended_on IS NULL \
         THEN 'running' ELSE 'ended' END FROM agreement_lines ORDER BY 1",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let count: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM agreement_lines WHERE ended_on IS NULL")
            .fetch_one(db.pool())
            .await
            .unwrap();
    // Whichever came last is the whole truth: its 15,000 lines run, the other's only ended.
    assert_eq!(count, 15_000);
    assert!(
        quantities == ["1 ended", "2 running"] || quantities == ["1 running", "2 ended"],
        "{quantities:?}"
    );
}

/// PostgreSQL: the staging tables a crashed import left are swept by the next one, and a
/// finished or refused import leaves none.
#[tokio::test]
async fn issue18_postgres_staging_tables_do_not_outlive_an_import() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_db(dir.path()).await;
    if db.backend() != Backend::Postgres {
        return;
    }
    let staging_tables = || async {
        let n: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM pg_tables WHERE tablename LIKE 'import\\_%'")
                .fetch_one(db.pool())
                .await
                .unwrap();
        n
    };
    sqlx::query("CREATE UNLOGGED TABLE import_staging_0123456789abcdef_lines (x TEXT)")
        .execute(db.pool())
        .await
        .unwrap();
    let policy = Policy::default_policy();
    let options = ImportOptions {
        snapshot: false,
        today: day("2026-03-01"),
        allow_empty: false,
    };
    let good = feed(&first_feed().iter().map(String::as_str).collect::<Vec<_>>());
    import_feed(
        &db,
        &policy,
        std::io::Cursor::new(good.clone()),
        options,
        &(),
        None,
    )
    .await
    .unwrap();
    assert_eq!(staging_tables().await, 0);
    let bad = format!(
        "{good}AG-9,C-9,X,commercial,ZZ,it@x.example,m365-e3,1,false,2025-01-01,2027-12-31\n"
    );
    assert!(matches!(
        import_feed(&db, &policy, std::io::Cursor::new(bad), options, &(), None).await,
        Err(ImportError::Rejected { .. })
    ));
    assert_eq!(staging_tables().await, 0);
}
