//! Personal data (issue 16; GDPR art. 15, 17, 5(1)(e)): the export holds everything the
//! account produced, erasure leaves no address in the database files, retention deletes only
//! what is old enough, and the grant-end reminder goes once per grant, also from several
//! processes. On both back ends.

use std::process::Command;

use hup::store::{now_epoch, Backend, Db};
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::employees::participating_organization;
use crate::helpers::{
    assert_problem, assert_success, csrf_of, test_config, Mailbox, TestApp, OPERATOR_TOKEN,
};

const PERSONAL: &str = "evangelina@home.test";
const WORK: &str = "evangelina.zwartkop@contoso.test";
const NAME: &str = "Evangelina Zwartkop";
const PASSWORD: &str = "zeven zwanen op zee";
const DAY: i64 = 86_400;

/// A confirmed account (`locale`) named [`NAME`] at [`PERSONAL`], with [`WORK`] bound;
/// returns the bearer token.
async fn enrolled_employee(app: &TestApp, locale: &str) -> String {
    let res = app
        .create_account(json!({
            "email": PERSONAL,
            "password": PASSWORD,
            "country": "NL",
            "display_name": NAME,
            "locale": locale,
        }))
        .await;
    assert_eq!(res.status(), StatusCode::ACCEPTED);
    let token = app.token_in_mail(PERSONAL, "/account/confirm?token=").await;
    assert_eq!(app.confirm_account(&token).await.status(), StatusCode::OK);
    let bearer = app.sign_in_employee(PERSONAL, PASSWORD).await;
    let claim = app.confirmed_claim(app, WORK).await;
    assert_eq!(
        app.bind_claim(&bearer, &claim).await.status(),
        StatusCode::CREATED
    );
    bearer
}

async fn place_order(app: &TestApp, bearer: &str) -> Value {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(bearer)
        .header("Idempotency-Key", "privacy-order-1")
        .json(&json!({"product": "m365-family", "term": "P1Y"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

/// A participating organization and the published demo catalog.
async fn app_with_organization() -> TestApp {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let res = app
        .client
        .put(app.url("/api/v1/catalog"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "application/toml")
        .body(hup_core::catalog::DEMO_CATALOG_TOML)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "the demo catalog");
    app
}

#[tokio::test]
async fn issue16_the_export_holds_everything_the_account_produced() {
    let app = app_with_organization().await;
    let bearer = enrolled_employee(&app, "en").await;
    let order = place_order(&app, &bearer).await;
    // A second sign-in, ended: the history holds both.
    let other = app.sign_in_employee(PERSONAL, PASSWORD).await;
    let res = app.delete_as("/api/v1/sessions/current", &other).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    app.wait_for_mail_files(4).await;

    let data = app.json_as("/api/v1/me/export", &bearer).await;
    assert_eq!(data["format"], "hup-personal-data/1");
    let account = &data["account"];
    assert_eq!(account["email"], PERSONAL);
    assert_eq!(account["display_name"], NAME);
    assert_eq!(account["country"], "NL");
    assert!(account["confirmed_at"].is_string(), "{data}");
    let work = &data["work_addresses"][0];
    assert_eq!(work["work_email"], WORK);
    assert!(
        work["registrations"][0]["confirmed_at"].is_string(),
        "{data}"
    );
    assert_eq!(work["grants"][0]["status"], "running");
    assert_eq!(data["orders"][0]["id"], order["id"]);
    assert_eq!(data["orders"][0]["price_minor"], order["price_minor"]);
    assert_eq!(data["orders"][0]["idempotency_key"], "privacy-order-1");
    // Issue 14: the yearly order's subscription is in the export too.
    assert_eq!(data["subscriptions"][0]["order"], order["id"]);
    assert_eq!(data["subscriptions"][0]["status"], "active");
    assert_eq!(
        data["subscriptions"][0]["price_minor"],
        order["price_minor"]
    );
    assert!(data["subscriptions_note"]
        .as_str()
        .unwrap()
        .contains("keeps renewing"));
    // The account's confirmation and the order's to the personal address, the registration's
    // to the work address.
    let mails = data["mails"].as_array().unwrap();
    let to = |a: &str| mails.iter().filter(|m| m["recipient"] == a).count();
    assert_eq!((to(PERSONAL), to(WORK)), (2, 1), "{data}");
    assert!(!data.to_string().contains("token="), "no link of a mail");
    let sessions = data["sign_ins"]["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 2, "{data}");
    assert_eq!(
        sessions
            .iter()
            .filter(|s| s["ended_at"].is_string())
            .count(),
        1
    );
    assert_eq!(
        data["sign_ins"]["known_addresses_last_used"]
            .as_array()
            .unwrap()
            .len(),
        1
    );

    // The page hands the same document over as a file, to this account only.
    let res = app.employee_sign_in(PERSONAL, PASSWORD).await;
    assert_eq!(res.status(), StatusCode::OK);
    let res = app.get("/account/export").await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .starts_with("attachment"));
    assert_eq!(res.headers()["cache-control"], "no-store");
    let file: Value = res.json().await.unwrap();
    assert_eq!(file["account"]["email"], PERSONAL);
    let someone = app.signed_in_employee(&app, "someone@home.test").await;
    let theirs = app.json_as("/api/v1/me/export", &someone).await;
    assert!(!theirs.to_string().contains("evangelina"), "{theirs}");
    assert_eq!(
        app.get_bearer_only("/api/v1/me/export", "no-such-session")
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    let openapi: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(openapi["paths"]["/api/v1/me/export"]["get"].is_object());
    assert!(openapi["paths"]["/api/v1/me"]["delete"]["requestBody"].is_object());
}

/// Every table's rows as text that hold `needle` (PostgreSQL: a row casts to text).
async fn rows_holding(db: &Db, needle: &str) -> Vec<String> {
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT CAST(table_name AS TEXT) FROM information_schema.tables \
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let mut found = Vec::new();
    for table in tables {
        let sql = format!("SELECT CAST(t AS TEXT) FROM {table} t WHERE CAST(t AS TEXT) LIKE $1");
        let rows: Vec<String> = sqlx::query_scalar(&sql)
            .bind(format!("%{needle}%"))
            .fetch_all(db.pool())
            .await
            .unwrap();
        found.extend(rows.into_iter().map(|r| format!("{table}: {r}")));
    }
    found
}

/// The files of an SQLite database (`*.db`, `-wal`, `-shm`) that hold `needle`'s bytes.
fn files_holding(database_url: &str, needle: &str) -> Vec<String> {
    let path = database_url.trim_start_matches("sqlite://");
    let mut found = Vec::new();
    for suffix in ["", "-wal", "-shm"] {
        let file = format!("{path}{suffix}");
        let Ok(bytes) = std::fs::read(&file) else {
            continue;
        };
        if bytes.windows(needle.len()).any(|w| w == needle.as_bytes()) {
            found.push(file);
        }
    }
    found
}

/// What erasure must leave nowhere.
const NEEDLES: [&str; 4] = [PERSONAL, WORK, NAME, "evangelina"];

/// Where the database holds `needle`: on SQLite the files holding its bytes, on PostgreSQL the
/// rows holding its text.
async fn holding(app: &TestApp, needle: &str) -> Vec<String> {
    match app.db.backend() {
        Backend::Sqlite => files_holding(&app.database_url, needle),
        Backend::Postgres => rows_holding(&app.db, needle).await,
    }
}

#[tokio::test]
async fn issue16_erasure_leaves_no_address_in_the_database_files() {
    let app = app_with_organization().await;
    let bearer = enrolled_employee(&app, "en").await;
    place_order(&app, &bearer).await;
    app.wait_for_mail_files(3).await;
    // A reset mail still waiting (delivery stopped for it): it must never go.
    sqlx::query(
        "INSERT INTO outbox (recipient, subject, locale, message, created_at, next_attempt_at) \
         VALUES ($1, 'pending', 'en', $2, $3, $4)",
    )
    .bind(PERSONAL)
    .bind(format!("To: {PERSONAL}\r\n\r\nfor {NAME}"))
    .bind(now_epoch())
    .bind(now_epoch() + 3600)
    .execute(app.db.pool())
    .await
    .unwrap();
    let report = app.json_as("/api/v1/reports/program", OPERATOR_TOKEN).await;
    for needle in NEEDLES {
        assert!(
            !holding(&app, needle).await.is_empty(),
            "{needle} is there before"
        );
    }

    // The password first; a wrong one changes nothing.
    let wrong = reqwest::Client::new()
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&bearer)
        .json(&json!({"password": "not my password"}))
        .send()
        .await
        .unwrap();
    let problem = assert_problem(wrong, 422, "wrong-password").await;
    assert_eq!(problem["errors"][0]["field"], "password");
    assert_eq!(
        app.get_bearer_only("/api/v1/me", &bearer).await.status(),
        StatusCode::OK
    );

    let res = reqwest::Client::new()
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&bearer)
        .json(&json!({"password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert!(res.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));

    // Signed out everywhere.
    assert_eq!(
        app.get_bearer_only("/api/v1/me", &bearer).await.status(),
        StatusCode::UNAUTHORIZED
    );
    // The books keep the order and the sales; the person is gone from them.
    let after = app.json_as("/api/v1/reports/program", OPERATOR_TOKEN).await;
    assert_eq!(after["orders"], report["orders"]);
    assert_eq!(after["sales"], report["sales"]);
    assert_eq!(after["by_tenant"], {
        let mut t = report["by_tenant"].clone();
        for row in t.as_array_mut().unwrap() {
            row["enrolled"] = json!(0);
        }
        t
    });
    assert_eq!(
        after["employees"].as_i64().unwrap(),
        report["employees"].as_i64().unwrap() - 1
    );
    let orders: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM orders")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(orders, 1);

    // No address and no name in any row, nor (SQLite) in any byte of the files.
    for needle in NEEDLES {
        assert_eq!(
            holding(&app, needle).await,
            Vec::<String>::new(),
            "{needle}"
        );
    }
    // The pending mail was dropped, so no worker sends it.
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(pending, 0);

    // The account cannot sign in (the attempt is a failed sign-in of the address typed, which
    // the throttle counts anew).
    assert_eq!(
        app.employee_sign_in(PERSONAL, PASSWORD).await.status(),
        StatusCode::UNAUTHORIZED
    );
    // The same addresses start afresh: a new account, the work address bound to it. (The
    // `.eml` files of the file transport are outside the database; docs/privacy.md tells the
    // operator to remove them. Here they go so the old links are not read for new ones.)
    for file in app.mail_files() {
        std::fs::remove_file(file).unwrap();
    }
    let again = app.signed_in_employee(&app, PERSONAL).await;
    let claim = app.confirmed_claim(&app, WORK).await;
    assert_eq!(
        app.bind_claim(&again, &claim).await.status(),
        StatusCode::CREATED
    );
    let data = app.json_as("/api/v1/me/export", &again).await;
    assert_eq!(data["orders"], json!([]), "the old orders are nobody's now");
}

#[tokio::test]
async fn issue16_the_delete_page_asks_the_password_and_signs_the_browser_out() {
    let app = app_with_organization().await;
    enrolled_employee(&app, "nl").await;
    assert_eq!(
        app.employee_sign_in(PERSONAL, PASSWORD).await.status(),
        StatusCode::OK
    );
    let account = app.page_in("/account", "en").await;
    assert!(account.contains("href=\"/account/export\""), "{account}");
    assert!(account.contains("href=\"/account/delete\""));
    let page = app.page_in("/account/delete", "nl").await;
    assert!(page.contains("Uw account verwijderen"), "{page}");
    let csrf = csrf_of(&page);

    let forged = app
        .post_form(
            "/account/delete",
            &[("csrf", "forged"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let wrong = app
        .post_form(
            "/account/delete",
            &[("csrf", &csrf), ("password", "nope nope")],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text().await.unwrap().contains("password-error"));

    let done = app
        .post_form(
            "/account/delete",
            &[("csrf", &csrf), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .contains("Max-Age=0"));
    let text = done.text().await.unwrap();
    assert!(text.contains("Your account is deleted"), "{text}");
    let res = app.get("/account").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/signin");
    // No mail went out about it.
    let mails: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE recipient = $1")
        .bind(PERSONAL)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(mails, 0);
}

/// `hup purge` against the app's database.
async fn purge(app: &TestApp, dry_run: bool) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c.env("HUP_DATABASE_URL", &app.database_url)
        .env("HUP_LOG", "warn")
        .arg("purge");
    if dry_run {
        c.arg("--dry-run");
    }
    let out = crate::helpers::output_beside(c).await;
    assert_success(&out);
    String::from_utf8(out.stdout).unwrap()
}

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn run(app: &TestApp, sql: &str, at: i64) {
    sqlx::query(sql)
        .bind(at)
        .execute(app.db.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn issue16_retention_deletes_only_what_is_old_enough() {
    let app = app_with_organization().await;
    let now = now_epoch();
    let (old, young) = (now - 31 * DAY, now - 29 * DAY);
    // Registrations nobody confirmed: one 31 days old, one 29.
    for who in ["old", "young"] {
        let res = app
            .register_work_email(&format!("{who}@contoso.test"))
            .await;
        assert_eq!(res.status(), StatusCode::ACCEPTED);
    }
    run(&app, "UPDATE registrations SET created_at = $1, expires_at = $1 + 86400 WHERE work_email = 'old@contoso.test'", old).await;
    run(&app, "UPDATE registrations SET created_at = $1, expires_at = $1 + 86400 WHERE work_email = 'young@contoso.test'", young).await;
    // A confirmed one stays whatever its age: it is the enrollment record.
    app.confirmed_claim(&app, "kept@contoso.test").await;
    run(
        &app,
        "UPDATE registrations SET created_at = $1 WHERE work_email = 'kept@contoso.test'",
        old,
    )
    .await;
    // Its claim, never bound, expired 31 days ago: a link to go.
    run(
        &app,
        "UPDATE claims SET expires_at = $1 WHERE work_email = 'kept@contoso.test'",
        old,
    )
    .await;
    // Account links: an unconfirmed account's link expired 31 days ago, another's 29.
    for who in ["old", "young"] {
        let res = app
            .create_account(
                json!({"email": format!("{who}@home.test"), "password": PASSWORD, "country": "NL"}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::ACCEPTED);
    }
    run(&app, "UPDATE employee_tokens SET expires_at = $1 WHERE employee_id = (SELECT id FROM employees WHERE email = 'old@home.test')", old).await;
    run(&app, "UPDATE employee_tokens SET expires_at = $1 WHERE employee_id = (SELECT id FROM employees WHERE email = 'young@home.test')", young).await;
    // Sessions: ended 31 days ago, ended 29 days ago, expired 31 days ago, live.
    for (hash, ended, expires) in [
        ("s-ended-old", Some(old), now + DAY),
        ("s-ended-young", Some(young), now + DAY),
        ("s-expired-old", None, old),
        ("s-live", None, now + DAY),
    ] {
        sqlx::query(
            "INSERT INTO sessions (token_hash, kind, subject_id, created_at, expires_at, ended_at) \
             VALUES ($1, 'employee', 1, $2, $3, $4)",
        )
        .bind(hash)
        .bind(old - DAY)
        .bind(expires)
        .bind(ended)
        .execute(app.db.pool())
        .await
        .unwrap();
    }
    // Mail: delivered 31 and 29 days ago, and one never delivered, queued 31 days ago.
    app.wait_for_mail_files(5).await;
    run(&app, "DELETE FROM outbox WHERE $1 = $1", 0).await;
    for (subject, sent) in [("old", Some(old)), ("young", Some(young)), ("stuck", None)] {
        sqlx::query(
            "INSERT INTO outbox (recipient, subject, locale, message, created_at, next_attempt_at, sent_at) \
             VALUES ('x@home.test', $1, 'en', '', $2, $3, $4)",
        )
        .bind(subject)
        .bind(old)
        .bind(now + 3600)
        .bind(sent)
        .execute(app.db.pool())
        .await
        .unwrap();
    }

    let expected = [
        ("unconfirmed-registrations", 1),
        ("used-or-expired-links", 2),
        ("ended-sessions", 2),
        ("delivered-mail", 1),
    ];
    let dry = purge(&app, true).await;
    assert!(dry.contains("older than 30 days"), "{dry}");
    for (kind, n) in expected {
        assert!(
            dry.lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>() == [kind, &n.to_string()]),
            "{kind} {n} in\n{dry}"
        );
    }
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM sessions").await,
        4,
        "a dry run deletes nothing"
    );

    let done = purge(&app, false).await;
    assert!(done.contains("deleted:"), "{done}");
    for (kind, n) in expected {
        assert!(
            done.lines()
                .any(|l| l.split_whitespace().collect::<Vec<_>>() == [kind, &n.to_string()]),
            "{kind} {n} in\n{done}"
        );
    }
    let left = |sql| count(&app, sql);
    assert_eq!(
        left("SELECT COUNT(*) FROM registrations WHERE work_email IN ('young@contoso.test', 'kept@contoso.test')").await,
        2
    );
    assert_eq!(left("SELECT COUNT(*) FROM registrations").await, 2);
    assert_eq!(left("SELECT COUNT(*) FROM claims").await, 0);
    assert_eq!(left("SELECT COUNT(*) FROM employee_tokens").await, 1);
    let sessions: Vec<String> =
        sqlx::query_scalar("SELECT token_hash FROM sessions ORDER BY token_hash")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(sessions, ["s-ended-young", "s-live"]);
    let mails: Vec<String> = sqlx::query_scalar("SELECT subject FROM outbox ORDER BY subject")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(mails, ["stuck", "young"]);
    // Nothing more is old enough now.
    let again = purge(&app, false).await;
    assert!(
        again.lines().skip(1).all(|l| l.trim_end().ends_with(" 0")),
        "{again}"
    );
}

#[tokio::test]
async fn issue16_the_grant_end_reminder_goes_once_per_grant_also_with_several_processes() {
    let app = app_with_organization().await;
    let bearer = enrolled_employee(&app, "nl").await;
    let ends = now_epoch() + 10 * DAY;
    run(&app, "UPDATE grants SET expires_at = $1", ends).await;
    // Another account whose grant ends in 40 days hears nothing yet.
    let later = app.signed_in_employee(&app, "later@home.test").await;
    let claim = app.confirmed_claim(&app, "later@contoso.test").await;
    assert_eq!(
        app.bind_claim(&later, &claim).await.status(),
        StatusCode::CREATED
    );
    run(
        &app,
        "UPDATE grants SET expires_at = $1 WHERE work_email = 'later@contoso.test'",
        now_epoch() + 40 * DAY,
    )
    .await;

    // Four processes' worth of reminder passes at once, twice over.
    let config = test_config(&app.database_url, "file:/nonexistent");
    let mut dbs = vec![app.db.clone()];
    for _ in 0..3 {
        dbs.push(Db::connect(&config.database).await.unwrap());
    }
    let mut sent = 0;
    for _ in 0..2 {
        let passes: Vec<_> = dbs
            .iter()
            .map(|db| {
                let (db, config) = (db.clone(), config.clone());
                tokio::spawn(
                    async move { hup::employees::grant_end::remind_due(&db, &config).await },
                )
            })
            .collect();
        for pass in passes {
            sent += pass.await.unwrap().unwrap();
        }
    }
    assert_eq!(sent, 1);
    let subject = "Uw korting van het Thuisgebruikprogramma loopt bijna af";
    let queued: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE subject = $1")
        .bind(subject)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(queued, 1, "once per grant");
    // In the account's language, to the personal address, with the way to confirm again.
    let mail = app.mailed(PERSONAL, "/register").await;
    assert_eq!(mail.subject, subject);
    let day = chrono::DateTime::from_timestamp(ends, 0)
        .unwrap()
        .date_naive()
        .to_string();
    assert!(
        mail.text.contains(WORK) && mail.text.contains(&day),
        "{}",
        mail.text
    );
    assert!(mail
        .text
        .contains("worden hoe dan ook tegen hun prijs verlengd"));
    let data = app.json_as("/api/v1/me/export", &bearer).await;
    assert!(data["work_addresses"][0]["grants"][0]["reminder_sent_at"].is_string());
}

#[tokio::test]
async fn issue16_an_expired_grant_says_so_with_its_one_next_step() {
    let app = app_with_organization().await;
    enrolled_employee(&app, "en").await;
    let ended = now_epoch() - 2 * DAY;
    run(&app, "UPDATE grants SET expires_at = $1", ended).await;
    assert_eq!(
        app.employee_sign_in(PERSONAL, PASSWORD).await.status(),
        StatusCode::OK
    );
    // Written as the page's language writes a date (issue 17).
    let day = hup::i18n::format::date(
        hup::i18n::Locale::En,
        chrono::DateTime::from_timestamp(ended, 0)
            .unwrap()
            .date_naive(),
    );
    for path in ["/offers", "/account"] {
        let page = app.page_in(path, "en").await;
        let said = format!("discount through {WORK} expired on {day}");
        assert!(page.contains(&said), "{path}: {page}");
        assert!(page.contains("href=\"/register\""), "{path}");
    }
}
