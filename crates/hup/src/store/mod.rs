//! All SQL lives here, one module per aggregate.
//!
//! One SQL text with `$1, $2` placeholders runs on both back ends through sqlx's `Any`
//! driver, so no feature exists on one back end only. Where the dialects truly differ (row
//! locking), a module asks [`Db::backend`] and says why. The one exception is the feed
//! import's bulk work on SQLite ([`sqlite_import`]), which runs the same set-based SQL on its
//! own `rusqlite` connection for speed (issue 3), and on PostgreSQL stages its rows by `COPY` on
//! a native connection ([`postgres_import`], issue 18).

pub mod admins;
pub mod agreements;
pub mod audit;
pub mod catalog;
pub mod connections;
pub mod domains;
pub mod eligibility;
pub mod employees;
pub mod erasure;
pub mod extra_benefits;
pub mod grants;
pub mod meta;
pub mod mfa;
pub mod operators;
pub mod orders;
pub mod outbox;
pub mod overview;
pub mod payments;
pub mod postgres_import;
pub mod registrations;
pub mod reports;
pub mod retention;
pub mod sessions;
pub mod sqlite_import;
pub mod subscriptions;
pub mod tenants;
pub mod throttle;

use std::time::Duration;

use sqlx::any::{AnyPoolOptions, AnyQueryResult};
use sqlx::{AnyPool, Executor};

use crate::config::{ensure_parent_dir, DatabaseUrl, Secret};

/// The store's one error type.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// From the feed import's own SQLite connection ([`sqlite_import`]).
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("cannot create the database folder {path}: {source}")]
    Folder {
        path: String,
        source: std::io::Error,
    },
}

/// Why [`Db::open`] failed: which of its two steps, with the store's cause beneath.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("cannot open the database {0:?}")]
    Connect(DatabaseUrl, #[source] StoreError),
    #[error("cannot apply migrations")]
    Migrate(#[source] StoreError),
}

pub type Tx = sqlx::Transaction<'static, sqlx::Any>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A pool on either back end.
///
/// On SQLite, writes have a connection of their own ([`Db::writer`]): SQLite lets one writer
/// in at a time anyway, and on a shared pool each write transaction landed on a connection
/// whose page cache another connection's commit had made stale (every page read again), and
/// writers that met queued in SQLite's sleeping busy handler. Queued for one connection they
/// wait in the pool's fair queue instead, and the writer's cache stays warm (issue 18).
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    writer: AnyPool,
    backend: Backend,
    /// PostgreSQL's URL, for the feed import's native connection ([`postgres_import`]).
    postgres_url: Option<Secret>,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

impl Db {
    /// Opens the database and brings its schema up to date: what `serve`, `migrate` and every
    /// operator command do first.
    pub async fn open(url: &DatabaseUrl) -> Result<Db, OpenError> {
        let db = Db::connect(url)
            .await
            .map_err(|e| OpenError::Connect(url.clone(), e))?;
        db.migrate().await.map_err(OpenError::Migrate)?;
        Ok(db)
    }

    /// Opens the database (creating an SQLite file and its folder when missing).
    pub async fn connect(url: &DatabaseUrl) -> Result<Db, StoreError> {
        sqlx::any::install_default_drivers();
        match url {
            DatabaseUrl::Sqlite { path } => {
                ensure_parent_dir(path).map_err(|source| StoreError::Folder {
                    path: path.display().to_string(),
                    source,
                })?;
                let url = format!("sqlite://{}?mode=rwc", path.display());
                // SQLite serializes writers; a handful of connections serve the readers.
                let pool = sqlite_pool(8).connect(&url).await?;
                let writer = sqlite_pool(1).connect(&url).await?;
                Ok(Db {
                    pool,
                    writer,
                    backend: Backend::Sqlite,
                    postgres_url: None,
                })
            }
            DatabaseUrl::Postgres { url } => {
                let pool = AnyPoolOptions::new()
                    .max_connections(16)
                    .acquire_timeout(Duration::from_secs(10))
                    .connect(url)
                    .await?;
                Ok(Db {
                    writer: pool.clone(),
                    pool,
                    backend: Backend::Postgres,
                    postgres_url: Some(Secret::new(url.as_str())),
                })
            }
        }
    }

    pub async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATOR.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATOR.run(&self.pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// For reads, and for writes on PostgreSQL. A write on SQLite goes through
    /// [`Db::writer`] or [`Db::begin_write`].
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// For a statement that writes outside a transaction: the writers' connection on
    /// SQLite, the pool on PostgreSQL.
    pub fn writer(&self) -> &AnyPool {
        &self.writer
    }

    /// The URL of a PostgreSQL database, for a native connection beside the pool.
    pub fn postgres_url(&self) -> Option<&str> {
        self.postgres_url.as_ref().map(Secret::expose)
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`), so a transaction that reads before it writes waits its turn
    /// instead of failing with `SQLITE_BUSY` when another writer got there first.
    pub async fn begin_write(&self) -> Result<Tx, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.writer.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }

    /// Keeps what a committed erasure removed from `tables` out of the database's files
    /// (issue 16). SQLite zeroes deleted content in place (`secure_delete`, set on every
    /// connection), but its write-ahead log still holds the pages as they were until a
    /// checkpoint: this one copies the log into the database and truncates it to nothing,
    /// retrying while readers hold old snapshots. PostgreSQL: `VACUUM` prunes the dead row
    /// versions of the tables; what it cannot promise (bytes in free space, the WAL,
    /// backups) is said in `docs/privacy.md`.
    pub async fn scrub(&self, tables: &[&str]) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => {
                for _ in 0..50 {
                    let row = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                        .fetch_one(&self.writer)
                        .await?;
                    let busy: i64 = sqlx::Row::try_get(&row, 0)?;
                    if busy == 0 {
                        return Ok(());
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                tracing::warn!("erasure: the write-ahead log could not be truncated yet");
                Ok(())
            }
            Backend::Postgres => {
                if !tables.is_empty() {
                    // Not in a transaction, and through the simple protocol (no arguments).
                    self.pool
                        .execute(format!("VACUUM {}", tables.join(", ")).as_str())
                        .await?;
                }
                Ok(())
            }
        }
    }

    /// Answers when the database answers; `/readyz` uses it.
    pub async fn ping(&self) -> Result<(), StoreError> {
        let _: AnyQueryResult = sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.writer.close().await;
    }
}

/// A pool of `connections` to an SQLite file, each set up the same way.
///
/// secure_delete (issue 16): deleted and overwritten content is zeroed in the file, so erased
/// personal data leaves no readable bytes behind (see `Db::scrub` for the WAL;
/// docs/performance.md for its cost).
fn sqlite_pool(connections: u32) -> AnyPoolOptions {
    AnyPoolOptions::new()
        .max_connections(connections)
        .acquire_timeout(Duration::from_secs(10))
        .after_connect(|conn, _| {
            Box::pin(async move {
                conn.execute(
                    "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                     PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                     PRAGMA secure_delete = ON;",
                )
                .await?;
                Ok(())
            })
        })
}

/// Seconds since the Unix epoch: every timestamp column holds this, the same on both back ends.
pub fn now_epoch() -> i64 {
    chrono::Utc::now().timestamp()
}

/// A statement with its arguments bound so far, on either back end.
pub(crate) type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Rows per multi-row statement of [`insert_rows`]: at ten values a row, 10,000 parameters stay
/// far below SQLite's 32,766 and PostgreSQL's 65,535.
const ROWS_PER_STATEMENT: usize = 1000;

/// A multi-row INSERT: `head` (`INSERT INTO t (…) VALUES `), a `(…)` of `columns`
/// placeholders per row, then `tail` (an `ON CONFLICT` clause, or nothing).
pub(crate) struct InsertRows<'a> {
    pub head: &'a str,
    pub columns: usize,
    pub tail: &'a str,
}

/// Writes `rows` in the caller's transaction with one statement per [`ROWS_PER_STATEMENT`]
/// rows instead of one per row; `bind` binds one row's `columns` values in order.
pub(crate) async fn insert_rows<T>(
    tx: &mut Tx,
    backend: Backend,
    insert: InsertRows<'_>,
    rows: &[T],
    bind: impl for<'q> Fn(AnyQuery<'q>, &'q T) -> AnyQuery<'q>,
) -> Result<(), StoreError> {
    for chunk in rows.chunks(ROWS_PER_STATEMENT) {
        let mut sql = String::from(insert.head);
        push_values(&mut sql, chunk.len(), insert.columns, backend);
        sql.push_str(insert.tail);
        let mut query = sqlx::query(&sql);
        for row in chunk {
            query = bind(query, row);
        }
        query.execute(&mut **tx).await?;
    }
    Ok(())
}

/// Appends `(…), (…)` for a multi-row INSERT of `rows` rows: one statement per thousand rows
/// instead of one per row is what makes a million-line import fast.
pub(crate) fn push_values(sql: &mut String, rows: usize, columns: usize, backend: Backend) {
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        push_placeholders(sql, r * columns + 1, columns, backend);
        sql.push(')');
    }
}

/// Appends `count` comma-separated placeholders numbered from `first`.
///
/// On SQLite the placeholders are anonymous `?`: binding numbered ones looks each name up
/// with a linear scan (`sqlite3_bind_parameter_name`), quadratic in a statement with
/// thousands of them, which made a million-line import fifty times slower.
pub(crate) fn push_placeholders(sql: &mut String, first: usize, count: usize, backend: Backend) {
    use std::fmt::Write;
    for i in 0..count {
        if i > 0 {
            sql.push_str(", ");
        }
        match backend {
            Backend::Sqlite => sql.push('?'),
            Backend::Postgres => {
                let _ = write!(sql, "${}", first + i);
            }
        }
    }
}
