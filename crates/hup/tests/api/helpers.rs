//! `TestApp::spawn()`: the whole application on port 0 with a database of its own.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use hup::app::{Application, Options};
use hup::config::Config;
use hup::store::Db;
use tokio::sync::oneshot;

#[path = "fixtures.rs"]
mod fixtures;
pub use fixtures::*;

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub db: Db,
    pub database_url: String,
    pub mail_dir: PathBuf,
    shutdown: Option<oneshot::Sender<()>>,
    pub server: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
    _dir: tempfile::TempDir,
}

#[derive(Default, Clone)]
pub struct Spawn {
    pub demo: bool,
    /// `smtp://…` instead of the default `file:` transport.
    pub mail: Option<String>,
    /// Reuse this database instead of a fresh one.
    pub database_url: Option<String>,
    /// Name servers for TXT look-ups (`HUP_DNS`), e.g. an in-process test server.
    pub dns: Option<Vec<std::net::SocketAddr>>,
    /// Changes the test configuration before the app is built.
    pub configure: Option<fn(&mut Config)>,
}

/// A fresh, empty database URL: an SQLite file in `dir`, or a new PostgreSQL database.
pub async fn fresh_database_url(dir: &std::path::Path) -> String {
    match std::env::var("HUP_TEST_POSTGRES_URL") {
        Ok(admin_url) if !admin_url.is_empty() => {
            use sqlx::Connection;
            let name = format!("hup_test_{:016x}", rand::random::<u64>());
            let mut conn = sqlx::PgConnection::connect(&admin_url)
                .await
                .expect("HUP_TEST_POSTGRES_URL must reach a PostgreSQL server");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&mut conn)
                .await
                .expect("create test database");
            let mut url = url::Url::parse(&admin_url).expect("HUP_TEST_POSTGRES_URL is a URL");
            url.set_path(&format!("/{name}"));
            url.to_string()
        }
        _ => format!("sqlite://{}", dir.join("hup.db").display()),
    }
}

pub fn test_config(database_url: &str, mail: &str) -> Config {
    let env: HashMap<String, String> = [
        ("HUP_DATABASE_URL", database_url),
        ("HUP_LISTEN", "127.0.0.1:0"),
        ("HUP_BASE_URL", "http://hup.test"),
        ("HUP_MAIL", mail),
        ("HUP_OPERATOR_TOKEN", OPERATOR_TOKEN),
        ("HUP_SECRET_KEY", SECRET_KEY),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let mut config = Config::from_sources(&env, None).expect("test configuration is valid");
    config.mail_retry_base = Duration::from_secs(1);
    config
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_with(Spawn::default()).await
    }

    pub async fn spawn_with(opts: Spawn) -> TestApp {
        let _ = tracing_subscriber_init();
        let dir = tempfile::tempdir().expect("temp dir");
        let database_url = match opts.database_url {
            Some(u) => u,
            None => fresh_database_url(dir.path()).await,
        };
        let mail_dir = dir.path().join("mail");
        let mail = opts
            .mail
            .unwrap_or_else(|| format!("file:{}", mail_dir.display()));
        let mut config = test_config(&database_url, &mail);
        if let Some(servers) = opts.dns {
            config.dns = hup::config::DnsConfig::Servers(servers);
            config.dns_timeout = Duration::from_millis(700);
        }
        if let Some(configure) = opts.configure {
            configure(&mut config);
        }
        let app = Application::build(config, Options { demo: opts.demo })
            .await
            .expect("application builds");
        let address = format!("http://127.0.0.1:{}", app.port());
        let db = app.state().db.clone();
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(app.run_until(async {
            let _ = rx.await;
        }));
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        TestApp {
            address,
            client,
            db,
            database_url,
            mail_dir,
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request")
    }

    /// Stops the server the way SIGTERM does and waits for it.
    pub async fn stop(&mut self) -> anyhow::Result<()> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        match self.server.take() {
            Some(handle) => handle.await.expect("server task"),
            None => Ok(()),
        }
    }

    /// `.eml` files the file transport wrote, sorted.
    pub fn mail_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&self.mail_dir)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        files.sort();
        files
    }

    /// Waits until `n` mail files exist (the worker delivers asynchronously).
    pub async fn wait_for_mail_files(&self, n: usize) -> Vec<PathBuf> {
        for _ in 0..100 {
            let files = self.mail_files();
            if files.len() >= n {
                return files;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        self.mail_files()
    }
}

fn tracing_subscriber_init() -> Result<(), ()> {
    // Logs only when asked for (HUP_TEST_LOG=debug), so test output stays readable.
    if let Ok(filter) = std::env::var("HUP_TEST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(filter))
            .with_test_writer()
            .try_init();
    }
    Ok(())
}

/// Runs a `hup` command beside the in-process app, on a blocking thread so the test's runtime
/// keeps serving the app meanwhile. Blocking the runtime instead would freeze the app wherever
/// it was, possibly inside a write transaction holding SQLite's lock, and the command would
/// wait for that lock in vain until its busy timeout.
pub async fn output_beside(mut command: std::process::Command) -> std::process::Output {
    tokio::task::spawn_blocking(move || command.output().expect("hup runs"))
        .await
        .expect("the command's thread")
}
