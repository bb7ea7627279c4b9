//! The audit log (issue 15): one row per change an operator made, inserted in the transaction
//! of the change, so a change is never without its row and a row never without its change.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::{Db, StoreError, Tx};

/// The insert, shared with the feed import's own SQLite connection (`sqlite_import`).
pub const INSERT: &str =
    "INSERT INTO audit_log (at, actor_kind, actor, client, action, subject, detail) \
     VALUES ($1, $2, $3, $4, $5, $6, $7)";

/// A row to write: who (`actor_kind`, `actor`, `client`), what (`action`, `subject`) and the
/// particulars as a JSON object (`detail`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEntry {
    pub at: i64,
    pub actor_kind: &'static str,
    pub actor: String,
    pub client: Option<String>,
    pub action: &'static str,
    pub subject: String,
    pub detail: String,
}

/// A row as read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub id: i64,
    pub at: i64,
    pub actor_kind: String,
    pub actor: String,
    pub client: Option<String>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

pub async fn record(tx: &mut Tx, e: &NewEntry) -> Result<(), StoreError> {
    sqlx::query(INSERT)
        .bind(e.at)
        .bind(e.actor_kind)
        .bind(&e.actor)
        .bind(e.client.as_deref())
        .bind(e.action)
        .bind(&e.subject)
        .bind(&e.detail)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Which rows to read: newest first, from `since` on, older than row `before` (the page
/// before), of one `action` when given (`connection` also names `connection.approve` and
/// `connection.reject`), at most `limit`.
#[derive(Clone, Debug, Default)]
pub struct Filter<'a> {
    pub since: Option<i64>,
    pub before: Option<i64>,
    pub action: Option<&'a str>,
    pub limit: i64,
}

pub async fn list(db: &Db, f: &Filter<'_>) -> Result<Vec<Entry>, StoreError> {
    let rows = sqlx::query(
        "SELECT id, at, actor_kind, actor, client, action, subject, detail FROM audit_log \
         WHERE at >= $1 AND id < $2 AND ($3 = '' OR action = $3 OR action LIKE $4) \
         ORDER BY id DESC LIMIT $5",
    )
    .bind(f.since.unwrap_or(i64::MIN))
    .bind(f.before.unwrap_or(i64::MAX))
    .bind(f.action.unwrap_or(""))
    .bind(format!(
        "{}.%",
        f.action.unwrap_or("").replace(['%', '_'], "")
    ))
    .bind(f.limit)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(from_row)
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

fn from_row(r: &AnyRow) -> Result<Entry, sqlx::Error> {
    Ok(Entry {
        id: r.try_get("id")?,
        at: r.try_get("at")?,
        actor_kind: r.try_get("actor_kind")?,
        actor: r.try_get("actor")?,
        client: r.try_get("client")?,
        action: r.try_get("action")?,
        subject: r.try_get("subject")?,
        detail: r.try_get("detail")?,
    })
}
