//! The licensing-agreement feed and eligibility (R8, R9) end to end: the `hup` binary's
//! `agreements import` and `customers eligibility`, and the operator API, on the test's own
//! database (SQLite, or PostgreSQL with `HUP_TEST_POSTGRES_URL`).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::{Days, NaiveDate, Utc};
use hup::agreements::{import_feed, recheck_due, ImportError, ImportOptions};
use hup::store::{agreements as stored_lines, eligibility as stored_verdicts, Db};
use hup_core::eligibility::Policy;
use serde_json::Value;
use sqlx::Row;

use crate::helpers::{assert_problem, assert_success, feed, TestApp, FEED_HEADER, OPERATOR_TOKEN};

/// `hup` with only the settings a test gives it.
fn hup(database_url: &str, dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c.env("HUP_DATABASE_URL", database_url)
        .env("HUP_LOG", "warn")
        .current_dir(dir);
    c
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the command off the test's single runtime thread: the server under test shares that
/// thread, and its background jobs must keep running while the command waits for them.
async fn run(mut c: Command) -> Output {
    tokio::task::spawn_blocking(move || c.output().unwrap())
        .await
        .unwrap()
}

async fn import(app: &TestApp, dir: &Path, file: &Path, snapshot: bool) -> Output {
    let mut c = hup(&app.database_url, dir);
    c.args(["agreements", "import"]).arg(file);
    if snapshot {
        c.arg("--snapshot");
    }
    run(c).await
}

async fn eligibility(app: &TestApp, dir: &Path, customer: &str, as_of: Option<&str>) -> Output {
    let mut c = hup(&app.database_url, dir);
    c.args(["customers", "eligibility", customer, "--json"]);
    if let Some(day) = as_of {
        c.args(["--as-of", day]);
    }
    run(c).await
}

async fn verdict_json(app: &TestApp, dir: &Path, customer: &str, as_of: Option<&str>) -> Value {
    let out = eligibility(app, dir, customer, as_of).await;
    assert_success(&out);
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The summary line `key: value` as a number.
fn summary(out: &Output, key: &str) -> u64 {
    let stdout = text(&out.stdout);
    stdout
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no \"{key}\" in {stdout}"))
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The rows of `sql` as text, the columns (text or integer) separated by spaces.
async fn rows_as_text(app: &TestApp, sql: &str) -> Vec<String> {
    let rows = sqlx::query(sql).fetch_all(app.db.pool()).await.unwrap();
    rows.iter()
        .map(|r| {
            (0..r.len())
                .map(|i| {
                    r.try_get::<String, _>(i)
                        .or_else(|_| r.try_get::<i64, _>(i).map(|n| n.to_string()))
                        .unwrap()
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// A fresh app whose database holds GOOD, imported with `hup agreements import`; the folder
/// and the file.
async fn app_with_good_feed() -> (TestApp, tempfile::TempDir, PathBuf) {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "good.csv", &feed(GOOD));
    assert_success(&import(&app, dir.path(), &file, false).await);
    (app, dir, file)
}

/// Every agreement line as text, to compare the database before and after.
async fn all_lines(app: &TestApp) -> Vec<String> {
    rows_as_text(
        app,
        "SELECT customer_number, agreement_number, product, start_date, end_date, quantity, \
                software_assurance, COALESCE(ended_on, '-') AS ended_on \
         FROM agreement_lines ORDER BY customer_number, agreement_number, product, start_date",
    )
    .await
}

async fn all_customers(app: &TestApp) -> Vec<String> {
    rows_as_text(
        app,
        "SELECT customer_number, eligible, criteria, COALESCE(valid_until, '-') AS valid_until, \
                evaluated_at FROM customers ORDER BY customer_number",
    )
    .await
}

/// C-1 qualifies by (c) only with both agreements (1,500 + 500 = 2,000); C-2 has 1,999; C-3
/// is an education customer (d); C-4 has Office with SA (a) ending on 2026-06-30.
const GOOD: &[&str] = &[
    "AG-1,C-1,\"Smith, Jones & Co\",commercial,NL,it@contoso.example,m365-e3,1500,false,2025-01-01,2027-12-31",
    "AG-2,C-1,\"Smith, Jones & Co\",commercial,NL,it@contoso.example,m365-e5,500,false,2025-01-01,2027-12-31",
    "AG-3,C-2,Fabrikam,commercial,NL,it@fabrikam.example,m365-e3,1000,false,2025-01-01,2027-12-31",
    "AG-4,C-2,Fabrikam,commercial,NL,it@fabrikam.example,m365-e5,999,false,2025-01-01,2027-12-31",
    "AG-5,C-3,Northwind College,education,BE,ict@northwind.example,windows-enterprise,10,false,2025-01-01,2027-12-31",
    "AG-6,C-4,Tailspin,government,DE,it@tailspin.example,office-standard,50,true,2025-01-01,2026-06-30",
];

#[tokio::test]
async fn r9_import_prints_a_summary_and_r8_verdicts_follow_the_policy() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    // A BOM, CRLF line ends and a quoted field with a comma are all fine.
    let text_crlf = format!("\u{feff}{}", feed(GOOD).replace('\n', "\r\n"));
    let file = write(dir.path(), "feed.csv", &text_crlf);
    let out = import(&app, dir.path(), &file, false).await;
    assert_success(&out);
    assert_eq!(summary(&out, "lines"), 6);
    assert_eq!(summary(&out, "customers"), 4);
    assert!(
        text(&out.stdout).contains("time: "),
        "{}",
        text(&out.stdout)
    );

    let as_of = Some("2026-06-30");
    let c1 = verdict_json(&app, dir.path(), "C-1", as_of).await;
    assert_eq!(c1["customer_number"], "C-1");
    assert_eq!(c1["customer_name"], "Smith, Jones & Co");
    assert_eq!(c1["eligible"], true);
    assert_eq!(c1["criteria"], serde_json::json!(["c"]));
    assert_eq!(c1["valid_until"], "2027-12-31");
    assert_eq!(c1["reasons"][0]["total_quantity"], 2000);
    assert_eq!(c1["reasons"][0]["lines"].as_array().unwrap().len(), 2);

    // R8 (c): 1,999 across two agreements is one short.
    let c2 = verdict_json(&app, dir.path(), "C-2", as_of).await;
    assert_eq!(c2["eligible"], false);
    assert_eq!(c2["criteria"], serde_json::json!([]));
    assert_eq!(c2["valid_until"], Value::Null);

    let c3 = verdict_json(&app, dir.path(), "C-3", as_of).await;
    assert_eq!(c3["criteria"], serde_json::json!(["d"]));

    // R8 (a): a line ending today still counts; the day after it does not.
    let c4 = verdict_json(&app, dir.path(), "C-4", Some("2026-06-30")).await;
    assert_eq!(c4["criteria"], serde_json::json!(["a"]));
    assert_eq!(c4["valid_until"], "2026-06-30");
    let c4 = verdict_json(&app, dir.path(), "C-4", Some("2026-07-01")).await;
    assert_eq!(c4["eligible"], false);
    // Starting tomorrow does not count yet.
    let c4 = verdict_json(&app, dir.path(), "C-4", Some("2024-12-31")).await;
    assert_eq!(c4["eligible"], false);

    // Without --json: words, and the same exit code.
    let mut c = hup(&app.database_url, dir.path());
    c.args(["customers", "eligibility", "C-1", "--as-of", "2026-06-30"]);
    let out = run(c).await;
    assert!(out.status.success());
    let words = text(&out.stdout);
    assert!(
        words.contains("eligible") && words.contains("AG-2"),
        "{words}"
    );
}

#[tokio::test]
async fn r9_an_unknown_customer_exits_1() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let out = eligibility(&app, dir.path(), "C-404", None).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("C-404"));
    assert!(out.stdout.is_empty());
}

#[tokio::test]
async fn r9_importing_the_same_file_twice_changes_nothing() {
    let (app, dir, file) = app_with_good_feed().await;
    let (lines, customers) = (all_lines(&app).await, all_customers(&app).await);
    // evaluated_at is in seconds: a change would show even a second later.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let again = import(&app, dir.path(), &file, false).await;
    assert_success(&again);
    assert_eq!(summary(&again, "lines added or changed"), 0);
    assert_eq!(all_lines(&app).await, lines);
    assert_eq!(all_customers(&app).await, customers);
}

/// Stored verdicts without `evaluated_at`: what an import decided, whenever it ran.
async fn stored_verdicts_of(app: &TestApp) -> Vec<String> {
    all_customers(app)
        .await
        .into_iter()
        .map(|c| c.rsplit_once(' ').map_or(c.clone(), |(v, _)| v.to_owned()))
        .collect()
}

/// The import evaluates a customer while reading when its rows come together and the file
/// holds all its lines, and from the stored lines otherwise: the stored verdicts are the same.
#[tokio::test]
async fn r8_stored_verdicts_do_not_depend_on_row_order_or_lines_outside_the_file() {
    // GOOD's rows, running until a year from today: C-1 (c) and C-3 (d) qualify, C-2 and C-4
    // do not.
    let end = Utc::now().date_naive() + Days::new(365);
    let rows: Vec<String> = GOOD
        .iter()
        .map(|r| format!("{},{end}", r.rsplit_once(',').unwrap().0))
        .collect();
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let dir = tempfile::tempdir().unwrap();
    let grouped = TestApp::spawn().await;
    let file = write(dir.path(), "grouped.csv", &feed(&rows));
    let out = import(&grouped, dir.path(), &file, false).await;
    assert_success(&out);
    assert_eq!(summary(&out, "eligible customers"), 3);
    let expected = stored_verdicts_of(&grouped).await;
    assert!(expected[0].starts_with("C-1 1 "), "{expected:?}");

    // C-1's two lines apart, C-2's too.
    let scattered = TestApp::spawn().await;
    let reordered = [rows[0], rows[2], rows[4], rows[1], rows[5], rows[3]];
    let file = write(dir.path(), "scattered.csv", &feed(&reordered));
    let out = import(&scattered, dir.path(), &file, false).await;
    assert_success(&out);
    assert_eq!(summary(&out, "eligible customers"), 3);
    assert_eq!(stored_verdicts_of(&scattered).await, expected);

    // C-1's lines in two files: the second file alone (500) would not qualify it, with the
    // stored 1,500 it does.
    let split = TestApp::spawn().await;
    let first = write(dir.path(), "first.csv", &feed(&[rows[0], rows[2], rows[3]]));
    let out = import(&split, dir.path(), &first, false).await;
    assert_success(&out);
    assert_eq!(summary(&out, "eligible customers"), 0);
    let second = write(
        dir.path(),
        "second.csv",
        &feed(&[rows[1], rows[4], rows[5]]),
    );
    let out = import(&split, dir.path(), &second, false).await;
    assert_success(&out);
    assert_eq!(summary(&out, "eligible customers"), 3);
    assert_eq!(stored_verdicts_of(&split).await, expected);
}

#[tokio::test]
async fn r9_every_bad_row_is_reported_with_its_line_and_nothing_changes() {
    let (app, dir, _) = app_with_good_feed().await;
    let (lines, customers) = (all_lines(&app).await, all_customers(&app).await);

    let bad = feed(&[
        // line 2: fine, and it would change C-1, but nothing may change
        "AG-1,C-1,Contoso,commercial,NL,it@contoso.example,m365-e3,99,false,2025-01-01,2027-12-31",
        // line 3
        "AG-7,C-7,Retail Co,retail,NL,it@retail.example,m365-e3,1,false,2025-01-01,2027-12-31",
        // line 4
        "AG-8,C-8,Minus,commercial,NL,it@minus.example,m365-e3,-5,false,2025-01-01,2027-12-31",
        // line 5
        "AG-9,C-9,Many,commercial,NL,it@many.example,m365-e3,lots,false,2025-01-01,2027-12-31",
        // line 6
        "AG-10,C-10,Leap,commercial,NL,it@leap.example,m365-e3,1,false,2025-02-30,2027-12-31",
        // line 7
        "AG-11,C-11,Backwards,commercial,NL,it@back.example,m365-e3,1,false,2026-01-01,2025-12-31",
        // line 8
        "AG-12,C-12,Nowhere,commercial,XX,it@nowhere.example,m365-e3,1,false,2025-01-01,2027-12-31",
        // line 9
        "AG-13,C-13,Mailless,commercial,NL,not-an-address,m365-e3,1,false,2025-01-01,2027-12-31",
        // line 10: a quoted name spanning the comma, then a field too few
        "AG-14,C-14,\"Short, Row\",commercial,NL,it@short.example,m365-e3,1,false,2025-01-01",
    ]);
    let file = write(dir.path(), "bad.csv", &bad);
    let out = import(&app, dir.path(), &file, false).await;
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    for needle in [
        "line 3: segment: unknown segment",
        "line 4: quantity: negative quantity",
        "line 5: quantity: ",
        "line 6: start_date: 2025-02-30 is not a day",
        "line 7: end_date: end date 2025-12-31 is before start date 2026-01-01",
        "line 8: country: unknown country code",
        "line 9: contact_email: ",
        "line 10: row: ",
        "8 bad rows: nothing was imported",
    ] {
        assert!(err.contains(needle), "missing {needle:?} in\n{err}");
    }
    assert!(!err.contains("line 2:"), "{err}");
    assert!(text(&out.stdout).lines().all(|l| !l.starts_with("lines:")));
    assert_eq!(all_lines(&app).await, lines);
    assert_eq!(all_customers(&app).await, customers);
}

#[tokio::test]
async fn r9_a_missing_column_an_empty_file_and_a_repeated_line_are_refused() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let no_segment = FEED_HEADER.replace("segment,", "");
    let file = write(
        dir.path(),
        "missing.csv",
        &format!("{no_segment}\nAG-1,C-1,Contoso,NL,it@contoso.example,m365-e3,1,false,2025-01-01,2027-12-31\n"),
    );
    let out = import(&app, dir.path(), &file, false).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("line 1: segment: missing column"),
        "{}",
        text(&out.stderr)
    );

    let file = write(dir.path(), "empty.csv", "");
    let out = import(&app, dir.path(), &file, false).await;
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("line 1: header: the file is empty"));

    // A repeated line, also with the customer's rows apart (another customer's row between).
    for (name, rows) in [
        ("twice.csv", [GOOD[0], GOOD[1], GOOD[0]]),
        ("apart.csv", [GOOD[0], GOOD[2], GOOD[0]]),
    ] {
        let file = write(dir.path(), name, &feed(&rows));
        let out = import(&app, dir.path(), &file, false).await;
        assert_eq!(out.status.code(), Some(1));
        assert!(
            text(&out.stderr).contains("line 4: row: repeats line 2"),
            "{name}: {}",
            text(&out.stderr)
        );
    }
    assert!(all_lines(&app).await.is_empty());
}

#[tokio::test]
async fn r9_snapshot_ends_running_lines_absent_from_the_file() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let today = Utc::now().date_naive();
    let yesterday = today.pred_opt().unwrap();
    let ago = |d: u64| (today - Days::new(d)).to_string();
    let ahead = |d: u64| (today + Days::new(d)).to_string();
    let running = format!(
        "AG-1,C-1,Contoso,education,NL,it@contoso.example,m365-a3,10,false,{},{}",
        ago(100),
        ahead(100)
    );
    let future = format!(
        "AG-2,C-1,Contoso,education,NL,it@contoso.example,m365-a3,10,false,{},{}",
        ahead(10),
        ahead(400)
    );
    let past = format!(
        "AG-3,C-1,Contoso,education,NL,it@contoso.example,m365-a3,10,false,{},{}",
        ago(400),
        ago(10)
    );
    let kept = format!(
        "AG-4,C-2,Fabrikam,education,NL,it@fabrikam.example,m365-a3,10,false,{},{}",
        ago(100),
        ahead(100)
    );
    let first = write(
        dir.path(),
        "all.csv",
        &feed(&[&running, &future, &past, &kept]),
    );
    assert!(import(&app, dir.path(), &first, false)
        .await
        .status
        .success());
    assert!(
        stored_verdicts::current_verdict(&app.db, "C-1")
            .await
            .unwrap()
            .unwrap()
            .eligible
    );

    // Without --snapshot, a file that lacks lines leaves them alone.
    let only_kept = write(dir.path(), "kept.csv", &feed(&[&kept]));
    let out = import(&app, dir.path(), &only_kept, false).await;
    assert_success(&out);
    assert_eq!(all_lines(&app).await.len(), 4);

    let out = import(&app, dir.path(), &only_kept, true).await;
    assert_success(&out);
    assert_eq!(summary(&out, "lines ended (--snapshot)"), 1);
    assert_eq!(
        summary(&out, "lines removed before their start (--snapshot)"),
        1
    );
    let lines = all_lines(&app).await;
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert!(
        lines.contains(&format!(
            "C-1 AG-1 m365-a3 {} {yesterday} 10 0 {today}",
            ago(100)
        )),
        "{lines:?}"
    );
    assert!(lines.contains(&format!("C-1 AG-3 m365-a3 {} {} 10 0 -", ago(400), ago(10))));
    // The customer that lost its lines was re-evaluated: no longer eligible.
    let c1 = stored_verdicts::current_verdict(&app.db, "C-1")
        .await
        .unwrap()
        .unwrap();
    assert!(!c1.eligible);
    assert_eq!(c1.evaluated_on, today);
    assert!(
        stored_verdicts::current_verdict(&app.db, "C-2")
            .await
            .unwrap()
            .unwrap()
            .eligible
    );

    // The same snapshot again changes nothing; naming the line again revives it.
    let out = import(&app, dir.path(), &only_kept, true).await;
    assert_eq!(summary(&out, "lines ended (--snapshot)"), 0);
    assert!(import(&app, dir.path(), &first, false)
        .await
        .status
        .success());
    assert!(all_lines(&app).await.contains(&format!(
        "C-1 AG-1 m365-a3 {} {} 10 0 -",
        ago(100),
        ahead(100)
    )));
}

#[tokio::test]
async fn r9_a_kill_half_way_leaves_the_previous_data_intact() {
    let (app, dir, _) = app_with_good_feed().await;
    let (lines, customers) = (all_lines(&app).await, all_customers(&app).await);

    let mut big = String::from(FEED_HEADER);
    big.push('\n');
    for i in 0..200_000 {
        big.push_str(&format!(
            "AG-B{i},C-B{},Bulk {i},commercial,NL,it@bulk.example,m365-e3,1,false,2025-01-01,2027-12-31\n",
            i / 5
        ));
    }
    let file = write(dir.path(), "big.csv", &big);
    let mut child = hup(&app.database_url, dir.path())
        .args(["agreements", "import"])
        .arg(&file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait until it has staged its first rows, then kill it hard (SIGKILL).
    let stdout = child.stdout.take().unwrap();
    let first = tokio::task::spawn_blocking(move || {
        let mut lines = BufReader::new(stdout).lines();
        lines.next().and_then(Result::ok).unwrap_or_default()
    })
    .await
    .unwrap();
    assert!(first.starts_with("reading: "), "{first}");
    child.kill().unwrap();
    let status = child.wait().unwrap();
    assert!(!status.success());

    assert_eq!(all_lines(&app).await, lines);
    assert_eq!(all_customers(&app).await, customers);
    // And the database takes the next import as usual.
    let again = write(dir.path(), "again.csv", &feed(&GOOD[..1]));
    let out = import(&app, dir.path(), &again, false).await;
    assert_success(&out);
}

#[tokio::test]
async fn r8_the_daily_recheck_ends_a_verdict_whose_valid_until_passed() {
    // The database alone: a running server would re-check on its own, as of the real today.
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database_url(dir.path()).await;
    let db = Db::connect(
        &hup::config::Config::from_sources(
            &[("HUP_DATABASE_URL".to_owned(), url)].into_iter().collect(),
            None,
        )
        .unwrap()
        .database,
    )
    .await
    .unwrap();
    db.migrate().await.unwrap();
    let policy = Policy::default_policy();
    let text = feed(&[
        "AG-1,C-1,Tailspin,government,DE,it@tailspin.example,office-standard,50,true,2025-01-01,2026-06-30",
        "AG-2,C-2,Northwind,education,BE,ict@northwind.example,windows-enterprise,5,false,2026-07-01,2027-06-30",
    ]);
    let options = ImportOptions {
        snapshot: false,
        today: day("2026-06-30"),
        allow_empty: false,
    };
    let summary = import_feed(&db, &policy, std::io::Cursor::new(text), options, &(), None)
        .await
        .unwrap();
    assert_eq!(summary.eligible_customers, 1);
    let c1 = stored_verdicts::current_verdict(&db, "C-1")
        .await
        .unwrap()
        .unwrap();
    assert!(c1.eligible);
    assert_eq!(c1.valid_until, Some(day("2026-06-30")));
    assert_eq!(c1.criteria[0].id, "a");
    assert_eq!(c1.segment, "government");

    // Nothing is due on the same day.
    assert_eq!(
        recheck_due(&db, &policy, day("2026-06-30")).await.unwrap(),
        0
    );
    // The next day C-1's line has ended and C-2's has started: both are re-evaluated.
    assert_eq!(
        recheck_due(&db, &policy, day("2026-07-01")).await.unwrap(),
        2
    );
    let c1 = stored_verdicts::current_verdict(&db, "C-1")
        .await
        .unwrap()
        .unwrap();
    assert!(!c1.eligible);
    assert_eq!(c1.valid_until, None);
    assert_eq!(c1.evaluated_on, day("2026-07-01"));
    let c2 = stored_verdicts::current_verdict(&db, "C-2")
        .await
        .unwrap()
        .unwrap();
    assert!(c2.eligible);
    // Running it again (another process, the next hour) finds nothing more to do.
    assert_eq!(
        recheck_due(&db, &policy, day("2026-07-01")).await.unwrap(),
        0
    );

    assert!(stored_lines::customer_exists(&db, "C-2").await.unwrap());
    assert!(!stored_lines::customer_exists(&db, "C-3").await.unwrap());
    assert_eq!(
        stored_lines::contact_emails(&db, "C-1").await.unwrap(),
        vec!["it@tailspin.example".to_owned()]
    );

    // A rejected import through the service names its rows too.
    let bad =
        feed(&["AG-9,C-9,X,commercial,NL,it@x.example,m365-e3,1,maybe,2025-01-01,2027-12-31"]);
    match import_feed(&db, &policy, std::io::Cursor::new(bad), options, &(), None).await {
        Err(ImportError::Rejected { problems, bad_rows }) => {
            assert_eq!(bad_rows, 1);
            assert_eq!(
                problems[0].to_string(),
                "line 2: software_assurance: \"maybe\" is not true or false"
            );
        }
        other => panic!("{other:?}"),
    }
}

// The operator API ----------------------------------------------------------------------------

async fn post_feed(
    app: &TestApp,
    token: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> reqwest::Response {
    let mut req = app
        .client
        .post(app.url("/api/v1/agreements/import"))
        .header("content-type", "text/csv")
        .body(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn r9_operator_api_refuses_a_missing_or_wrong_token() {
    let app = TestApp::spawn().await;
    let body = feed(GOOD);
    assert_problem(
        post_feed(&app, None, body.clone()).await,
        401,
        "unauthorized",
    )
    .await;
    assert_problem(
        post_feed(&app, Some("test-operator-token-012345678X"), body.clone()).await,
        401,
        "unauthorized",
    )
    .await;
    assert_problem(post_feed(&app, Some(""), body).await, 401, "unauthorized").await;
    let res = app
        .client
        .get(app.url("/api/v1/customers/C-1/eligibility"))
        .bearer_auth("wrong")
        .send()
        .await
        .unwrap();
    assert_problem(res, 401, "unauthorized").await;
    assert!(all_lines(&app).await.is_empty());
}

#[tokio::test]
async fn r9_operator_api_refuses_a_body_over_the_limit_with_413() {
    let app = TestApp::spawn().await;
    let limit = hup::web::api::operator::IMPORT_BODY_LIMIT;
    let body = vec![b'a'; limit + 1];
    let problem = assert_problem(
        post_feed(&app, Some(OPERATOR_TOKEN), body).await,
        413,
        "payload-too-large",
    )
    .await;
    assert!(problem["detail"]
        .as_str()
        .unwrap()
        .contains("hup agreements import"));
}

#[tokio::test]
async fn r9_operator_api_imports_and_explains_eligibility() {
    let app = TestApp::spawn().await;
    let res = post_feed(&app, Some(OPERATOR_TOKEN), feed(GOOD)).await;
    assert_eq!(res.status(), 200);
    let summary: Value = res.json().await.unwrap();
    assert_eq!(summary["lines"], 6);
    assert_eq!(summary["customers"], 4);

    let res = app
        .operator_get("/api/v1/customers/C-1/eligibility?as_of=2026-06-30")
        .await;
    assert_eq!(res.status(), 200);
    let v: Value = res.json().await.unwrap();
    assert_eq!(v["eligible"], true);
    assert_eq!(v["criteria"], serde_json::json!(["c"]));
    assert_eq!(v["valid_until"], "2027-12-31");

    // The same answer as the command line.
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        verdict_json(&app, dir.path(), "C-1", Some("2026-06-30")).await,
        v
    );

    let res = app
        .operator_get("/api/v1/customers/C-404/eligibility")
        .await;
    assert_problem(res, 404, "not-found").await;
    let res = app
        .operator_get("/api/v1/customers/C-1/eligibility?as_of=2026-13-01")
        .await;
    assert_problem(res, 400, "bad-request").await;

    // A bad feed: 422 with each row, nothing changed.
    let before = all_lines(&app).await;
    let bad = feed(&[
        GOOD[0],
        "AG-9,C-9,X,commercial,ZZ,it@x.example,m365-e3,1,false,2025-01-01,2027-12-31",
    ]);
    let problem = assert_problem(
        post_feed(&app, Some(OPERATOR_TOKEN), bad).await,
        422,
        "invalid-feed",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "line 3: country");
    assert_eq!(all_lines(&app).await, before);

    // The calls are in the OpenAPI document.
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["paths"]["/api/v1/agreements/import"]["post"].is_object());
    assert!(doc["paths"]["/api/v1/customers/{customer_number}/eligibility"]["get"].is_object());
}

#[tokio::test]
async fn r9_progress_is_plain_lines_when_stdout_is_not_a_terminal() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "feed.csv", &feed(GOOD));
    let out = import(&app, dir.path(), &file, false).await;
    let stdout = text(&out.stdout);
    assert!(stdout.contains("reading: 6 lines"), "{stdout}");
    assert!(stdout.contains("evaluating: 4 of 4 customers"), "{stdout}");
    assert!(!stdout.contains('\u{1b}'), "no terminal escapes: {stdout}");
    // Issue 12: one line per phase with its counts, no percentage ticks.
    let phases: Vec<&str> = stdout
        .lines()
        .filter(|l| {
            l.starts_with("reading") || l.starts_with("checking") || l.starts_with("evaluating")
        })
        .collect();
    assert_eq!(
        phases,
        [
            "reading: 6 lines",
            "checking and merging",
            "evaluating: 4 of 4 customers"
        ],
        "{stdout}"
    );
    assert!(!stdout.contains('%'), "{stdout}");
    let _ = std::io::stdout().flush();
}

/// Issue 11: 1. A `--snapshot` file with no lines would end every agreement: exit 1 (or 422
/// `empty-document` over the API), nothing changed, unless `--allow-empty` says so.
#[tokio::test]
async fn r9_an_empty_snapshot_is_refused_unless_allowed() {
    let (app, dir, _) = app_with_good_feed().await;
    let before = all_lines(&app).await;
    let empty = write(dir.path(), "empty.csv", &feed(&[]));

    let out = import(&app, dir.path(), &empty, true).await;
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("would end every agreement") && err.contains("--allow-empty"),
        "{err}"
    );
    assert_eq!(all_lines(&app).await, before, "nothing changed");

    // Without --snapshot an empty file adds nothing and ends nothing: fine as before.
    assert_success(&import(&app, dir.path(), &empty, false).await);

    let problem = assert_problem(
        app.client
            .post(app.url("/api/v1/agreements/import?snapshot=true"))
            .bearer_auth(OPERATOR_TOKEN)
            .header("content-type", "text/csv")
            .body(feed(&[]))
            .send()
            .await
            .unwrap(),
        422,
        "empty-document",
    )
    .await;
    assert!(problem["detail"].as_str().unwrap().contains("allow_empty"));
    assert_eq!(all_lines(&app).await, before, "nothing changed");

    let mut c = hup(&app.database_url, dir.path());
    c.args(["agreements", "import", "--snapshot", "--allow-empty"])
        .arg(&empty);
    let out = run(c).await;
    assert_success(&out);
    // Every line still running ends (GOOD's AG-6 may have ended by itself already).
    assert!(summary(&out, "lines ended (--snapshot)") >= 5);
    let c1 = stored_verdicts::current_verdict(&app.db, "C-1")
        .await
        .unwrap()
        .unwrap();
    assert!(!c1.eligible);
}

/// Issue 12. A product code no criterion of the policy names (`m365-e9`, a typo of `m365-e5`)
/// is imported, not refused, and reported with its line count and first lines, on the command
/// line and in the API's JSON.
#[tokio::test]
async fn r9_unknown_product_codes_are_reported_not_refused() {
    let app = TestApp::spawn().await;
    let dir = tempfile::tempdir().unwrap();
    let rows = [
        GOOD[0],
        "AG-7,C-7,Typo Ltd,commercial,NL,it@typo.example,m365-e9,2500,true,2025-01-01,2027-12-31",
        "AG-8,C-7,Typo Ltd,commercial,NL,it@typo.example,m365-e9,10,true,2025-01-01,2027-12-31",
        "AG-9,C-7,Typo Ltd,commercial,NL,it@typo.example,windows-enterprise,10,true,2025-01-01,2027-12-31",
    ];
    let file = write(dir.path(), "typo.csv", &feed(&rows));
    let out = import(&app, dir.path(), &file, false).await;
    assert_success(&out);
    let stdout = text(&out.stdout);
    assert_eq!(summary(&out, "unknown products"), 2, "{stdout}");
    assert!(
        stdout.contains("  m365-e9: 2 lines (line 3, 4)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("  windows-enterprise: 1 line (line 5)"),
        "{stdout}"
    );
    assert_eq!(all_lines(&app).await.len(), 4, "imported all the same");

    let res = post_feed(&app, Some(OPERATOR_TOKEN), feed(&rows)).await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(
        body["unknown_products"][0],
        serde_json::json!({"code": "m365-e9", "lines": 2, "first_lines": [3, 4]})
    );
    assert_eq!(body["unknown_products"][1]["code"], "windows-enterprise");
    assert!(body["seconds"].is_number(), "{body}");
}

/// Issue 12. `hup agreements import --help` lists the feed's columns and their formats.
#[test]
fn r9_import_help_lists_the_columns_and_formats() {
    let out = Command::new(env!("CARGO_BIN_EXE_hup"))
        .args(["agreements", "import", "--help"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let help = text(&out.stdout);
    for column in hup_core::agreement::COLUMNS {
        assert!(help.contains(column), "{column} in {help}");
    }
    for format in [
        "YYYY-MM-DD",
        "true or false",
        "ISO 3166-1",
        "commercial",
        "--allow-empty",
    ] {
        assert!(help.contains(format), "{format} in {help}");
    }
}

/// Issue 12. Customer numbers are looked up in any case: `c-1` finds the feed's `C-1`, on the
/// command line and over the API; the answer spells it as the feed does.
#[tokio::test]
async fn r9_eligibility_accepts_a_customer_number_in_any_case() {
    let (app, dir, _) = app_with_good_feed().await;
    let v = verdict_json(&app, dir.path(), "c-1", Some("2026-06-30")).await;
    assert_eq!(v["customer_number"], "C-1");
    assert_eq!(v["eligible"], true);
    let res = app
        .operator_get("/api/v1/customers/c-1/eligibility?as_of=2026-06-30")
        .await;
    assert_eq!(res.status(), 200);
    let api: Value = res.json().await.unwrap();
    assert_eq!(api, v);
}

#[tokio::test]
async fn r8_the_operator_replaces_the_policy_with_hup_policy() {
    let (app, dir, _) = app_with_good_feed().await;
    // The variant of R8 (d) that asks education for 2,000 licenses (requirements.md).
    let policy = write(
        dir.path(),
        "policy.toml",
        r#"
[[criterion]]
id = "d"
description = "Education or non-profit customer with at least 2,000 A3/A5/E3/E5 licenses"
segments = ["education", "nonprofit"]
products = ["m365-a3", "m365-a5", "m365-e3", "m365-e5"]
min_total_quantity = 2000
"#,
    );
    let mut c = hup(&app.database_url, dir.path());
    c.env("HUP_POLICY", &policy).args([
        "customers",
        "eligibility",
        "C-3",
        "--json",
        "--as-of",
        "2026-06-30",
    ]);
    let out = run(c).await;
    assert_success(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["eligible"], false);
    // The shipped policy qualifies the same customer.
    let v = verdict_json(&app, dir.path(), "C-3", Some("2026-06-30")).await;
    assert_eq!(v["criteria"], serde_json::json!(["d"]));

    // A policy that does not validate stops hup with the key and the reason.
    let broken = write(dir.path(), "broken.toml", "[[criterion]]\nid = \"a\"\n");
    let mut c = hup(&app.database_url, dir.path());
    c.env("HUP_POLICY", &broken)
        .args(["customers", "eligibility", "C-3"]);
    let out = run(c).await;
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("HUP_POLICY: "),
        "{}",
        text(&out.stderr)
    );
}
