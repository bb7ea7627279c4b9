use std::process::Command;

use crate::helpers::{assert_success, fresh_database_url, TestApp};

fn hup() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c
}

#[test]
fn help_lists_the_commands() {
    let out = hup().arg("--help").output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("serve") && text.contains("migrate"), "{text}");
    let out = hup().args(["serve", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--demo"));
}

#[test]
fn a_bad_setting_stops_with_one_line_naming_the_key() {
    let out = hup()
        .arg("migrate")
        .env("HUP_DATABASE_URL", "mysql://db/hup")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.trim(),
        "HUP_DATABASE_URL: unsupported scheme \"mysql\" (use sqlite:// or postgres://)"
    );
}

#[test]
fn a_bad_hup_toml_is_refused_with_its_key() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("hup.toml"), "listen = \"nowhere\"\n").unwrap();
    let out = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("HUP_LISTEN: "));
}

#[test]
fn migrate_creates_the_sqlite_database_and_its_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_success(&out);
    assert!(dir.path().join("hup-data/hup.db").exists());
    // Running it again is harmless.
    let again = hup()
        .arg("migrate")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(again.status.success());
}

/// Issue 12: logs written to a file or pipe are plain text, without ANSI colour codes.
#[test]
fn logs_to_a_pipe_carry_no_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    let out = hup()
        .arg("migrate")
        .env("HUP_LOG", "debug")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_success(&out);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("DEBUG"), "a log line was written: {err}");
    assert!(!err.contains("\x1b["), "no colour codes in a pipe: {err}");
}

#[tokio::test]
async fn catalog_import_publishes_a_valid_file_and_refuses_a_bad_one_with_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database_url(dir.path()).await;
    let good = dir.path().join("catalog.toml");
    std::fs::write(&good, hup_core::catalog::DEMO_CATALOG_TOML).unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(
        &bad,
        "[[products]]\ncode = \"Bad Code\"\ncategory = \"subscription\"\nnames = { en = \"x\", nl = \"x\" }\n\n\
         [[offers]]\nproduct = \"no-such-product\"\nterm = \"P1Y\"\ndiscount = \"none\"\n",
    )
    .unwrap();

    let out = hup()
        .args(["catalog", "import"])
        .arg(&bad)
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("nothing changed"), "{err}");
    assert!(
        err.contains("Bad Code") && err.contains("no-such-product"),
        "every problem listed: {err}"
    );
    let out = hup()
        .args(["catalog", "show"])
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "still nothing published");

    let out = hup()
        .args(["catalog", "import"])
        .arg(&good)
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_success(&out);
    assert!(String::from_utf8_lossy(&out.stdout).contains("catalog published: 4 products"));
    let out = hup()
        .args(["catalog", "show"])
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        hup_core::catalog::DEMO_CATALOG_TOML
    );
}

/// Issue 11: 1. `hup catalog import` and `hup markets import` of an empty file (or only a
/// comment) exit 1 with a clear message and change nothing, unless `--allow-empty`; every
/// publish prints what it added, removed and changed.
#[tokio::test]
async fn an_empty_document_is_refused_without_allow_empty_and_changes_are_printed() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database_url(dir.path()).await;
    let good = dir.path().join("catalog.toml");
    std::fs::write(&good, hup_core::catalog::DEMO_CATALOG_TOML).unwrap();
    let empty = dir.path().join("empty.toml");
    std::fs::write(&empty, "# nothing here yet\n").unwrap();
    let run = |args: &[&str], file: &std::path::Path| {
        hup()
            .args(args)
            .arg(file)
            .env("HUP_DATABASE_URL", &db)
            .output()
            .unwrap()
    };

    let out = run(&["catalog", "import"], &good);
    assert_success(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("products: 4 added (m365-family, m365-personal"),
        "{stdout}"
    );
    assert!(stdout.contains("0 removed"), "{stdout}");

    for kind in ["catalog", "markets"] {
        let out = run(&[kind, "import"], &empty);
        assert_eq!(out.status.code(), Some(1), "{kind}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("nothing changed") && err.contains("--allow-empty"),
            "{err}"
        );
    }
    let err = String::from_utf8_lossy(&run(&["markets", "import"], &empty).stderr).into_owned();
    assert!(err.contains("market rules"), "{err}");
    let out = hup()
        .args(["catalog", "show"])
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        hup_core::catalog::DEMO_CATALOG_TOML,
        "nothing changed"
    );

    let out = run(&["markets", "import", "--allow-empty"], &empty);
    assert_success(&out);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("market rules published: 0 countries"),
        "{stdout}"
    );
    assert!(
        stdout.contains("removed (") && stdout.contains("RU"),
        "{stdout}"
    );
}

#[tokio::test]
async fn markets_show_prints_the_shipped_rules_until_others_are_published() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database_url(dir.path()).await;
    let out = hup()
        .args(["markets", "show"])
        .env("HUP_DATABASE_URL", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        hup_core::market::DEFAULT_MARKETS_TOML
    );
}

#[tokio::test]
async fn r22_tenants_list_and_grant_from_the_command_line() {
    let app = TestApp::spawn_demo().await;
    let db = app.database_url.clone();
    let run = |args: &[&str]| {
        hup()
            .args(args)
            .env("HUP_DATABASE_URL", &db)
            .output()
            .unwrap()
    };
    let out = run(&["tenants", "list", "--domain", "contoso.example"]);
    assert!(out.status.success());
    let listing = String::from_utf8_lossy(&out.stdout).to_string();
    let row = listing
        .lines()
        .find(|l| l.contains("contoso.example"))
        .expect("contoso row");
    let id = row.split_whitespace().next().unwrap().to_owned();

    let out = run(&["tenants", "grant", &id, "other-office-products"]);
    assert_success(&out);
    let out = run(&["tenants", "list", "--domain", "contoso.example"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("other-office-products"));

    let out = run(&["tenants", "grant", &id, "free-lunch"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown extra benefit"));
    let out = run(&["tenants", "grant", "999999", "other-office-products"]);
    assert_eq!(out.status.code(), Some(1));
    let out = run(&["tenants", "withdraw", &id, "other-office-products"]);
    assert!(out.status.success());
    let out = run(&["tenants", "list", "--domain", "contoso.example"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains("other-office-products"));
}

/// Issue 18: the request log goes through a writer thread. Every line must still be there when
/// the server stops, one per request with its status and request id, and a token in a query
/// string never reaches it.
#[tokio::test]
async fn serve_logs_one_line_per_request_without_query_strings_and_flushes_at_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh_database_url(dir.path()).await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let server = hup()
        .arg("serve")
        .env("HUP_DATABASE_URL", &db)
        .env("HUP_LISTEN", format!("127.0.0.1:{port}"))
        .env(
            "HUP_MAIL",
            format!("file:{}", dir.path().join("mail").display()),
        )
        .current_dir(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..200 {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await {
            ready = r.status().is_success();
            if ready {
                break;
            }
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(ready, "hup serve did not become ready");
    let r = client
        .get(format!("{base}/confirm?token=sekrit-token-value"))
        .send()
        .await
        .unwrap();
    let confirm_status = r.status().as_u16();
    let request_id = r.headers()["x-request-id"].to_str().unwrap().to_owned();
    let stop = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(stop.success());
    let out = server.wait_with_output().unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(
        !log.contains("sekrit"),
        "a query string reached the log:\n{log}"
    );
    let line = log
        .lines()
        .find(|l| l.contains(&request_id))
        .unwrap_or_else(|| panic!("no line for request {request_id}:\n{log}"));
    assert!(
        line.contains("path=/confirm") && line.contains(&format!("status={confirm_status}")),
        "{line}"
    );
    assert!(log.contains("shutting down"), "{log}");
}
