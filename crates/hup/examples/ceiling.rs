//! The ceilings the load scripts measure beside hup in the same run, so a figure is a ratio
//! that a busy or a quiet machine does not move (issue 18; `docs/performance.md`):
//!
//! ```text
//! ceiling http ADDR BODY_FILE   # a bare axum handler answering every GET with BODY_FILE as JSON
//! ceiling commits SECONDS       # single-row commits, one after the other, on HUP_DATABASE_URL,
//!                               # through the pool hup uses (sqlx, `store::Db::connect`)
//! ceiling sqlite-commits SECONDS  # the same on SQLite itself (rusqlite, hup's pragmas)
//! ```
//!
//! Both time `BEGIN; INSERT one row; COMMIT` in a loop: what one registration per transaction
//! could reach at best. `commits` goes through the driver and pool hup uses (the ceiling the
//! issue names: 9,400–10,600 a second on this machine); `sqlite-commits` asks SQLite directly
//! (the same bundled library and pragmas), which shows what the driver costs.

use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use axum::http::header;
use axum::routing::get;
use hup::config::DatabaseUrl;
use hup::store::Db;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["http", addr, body] => http(addr, body).await,
        ["commits", seconds] => commits(seconds.parse().context("SECONDS")?).await,
        ["sqlite-commits", seconds] => {
            let url = std::env::var("HUP_DATABASE_URL").context("HUP_DATABASE_URL")?;
            let path = url
                .strip_prefix("sqlite://")
                .context("sqlite-commits needs an sqlite:// HUP_DATABASE_URL")?;
            sqlite_commits(path, seconds.parse().context("SECONDS")?)
        }
        _ => bail!(
            "usage: ceiling http ADDR BODY_FILE | ceiling commits SECONDS | ceiling sqlite-commits SECONDS"
        ),
    }
}

async fn http(addr: &str, body: &str) -> anyhow::Result<()> {
    let body = std::fs::read(body).with_context(|| format!("reading {body}"))?;
    let app = axum::Router::new().fallback(get(move || {
        let body = body.clone();
        async move { ([(header::CONTENT_TYPE, "application/json")], body) }
    }));
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}

async fn commits(seconds: u64) -> anyhow::Result<()> {
    let url = std::env::var("HUP_DATABASE_URL").context("HUP_DATABASE_URL")?;
    let url = match url.strip_prefix("sqlite://") {
        Some(path) => DatabaseUrl::Sqlite { path: path.into() },
        None => DatabaseUrl::Postgres { url },
    };
    let db = Db::connect(&url).await?;
    sqlx::query("CREATE TABLE IF NOT EXISTS ceiling_rows (n BIGINT NOT NULL, v TEXT NOT NULL)")
        .execute(db.pool())
        .await?;
    let started = Instant::now();
    let mut n: i64 = 0;
    while started.elapsed() < Duration::from_secs(seconds) {
        let mut tx = db.begin_write().await?;
        sqlx::query("INSERT INTO ceiling_rows (n, v) VALUES ($1, $2)")
            .bind(n)
            .bind("load@contoso.example")
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        n += 1;
    }
    let rate = n as f64 / started.elapsed().as_secs_f64();
    println!("{rate:.0}");
    Ok(())
}

fn sqlite_commits(path: &str, seconds: u64) -> anyhow::Result<()> {
    let conn = rusqlite::Connection::open(path)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
         CREATE TABLE IF NOT EXISTS ceiling_rows (n INTEGER NOT NULL, v TEXT NOT NULL);",
    )?;
    let mut insert = conn.prepare("INSERT INTO ceiling_rows (n, v) VALUES (?1, ?2)")?;
    let started = Instant::now();
    let mut n: i64 = 0;
    while started.elapsed() < Duration::from_secs(seconds) {
        conn.execute_batch("BEGIN IMMEDIATE")?;
        insert.execute(rusqlite::params![n, "load@contoso.example"])?;
        conn.execute_batch("COMMIT")?;
        n += 1;
    }
    println!("{:.0}", n as f64 / started.elapsed().as_secs_f64());
    Ok(())
}
