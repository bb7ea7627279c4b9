//! The published catalog and market rules, as the operator's documents.

use sqlx::Row;

use super::{Db, StoreError, Tx};

/// Which document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentKind {
    Catalog,
    Markets,
}

impl DocumentKind {
    fn key(self) -> &'static str {
        match self {
            DocumentKind::Catalog => "catalog",
            DocumentKind::Markets => "markets",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Document {
    pub body: String,
    pub version: i64,
}

/// The versions of both documents (0 when not published): cheap to ask every few seconds.
pub async fn versions(db: &Db) -> Result<(i64, i64), StoreError> {
    let rows = sqlx::query("SELECT kind, version FROM catalog_documents")
        .fetch_all(db.pool())
        .await?;
    let mut versions = (0, 0);
    for row in rows {
        let kind: String = row.try_get("kind")?;
        let version: i64 = row.try_get("version")?;
        match kind.as_str() {
            "catalog" => versions.0 = version,
            "markets" => versions.1 = version,
            _ => {}
        }
    }
    Ok(versions)
}

pub async fn get(db: &Db, kind: DocumentKind) -> Result<Option<Document>, StoreError> {
    fetch(db.pool(), kind).await
}

/// [`get`] inside the transaction that publishes, so what is compared is what is replaced.
pub async fn get_in(tx: &mut Tx, kind: DocumentKind) -> Result<Option<Document>, StoreError> {
    fetch(&mut **tx, kind).await
}

async fn fetch<'e, E>(executor: E, kind: DocumentKind) -> Result<Option<Document>, StoreError>
where
    E: sqlx::Executor<'e, Database = sqlx::Any>,
{
    let row = sqlx::query("SELECT body, version FROM catalog_documents WHERE kind = $1")
        .bind(kind.key())
        .fetch_optional(executor)
        .await?;
    row.map(|r| {
        Ok(Document {
            body: r.try_get("body")?,
            version: r.try_get("version")?,
        })
    })
    .transpose()
}

/// Publishes `body`; returns the new version.
pub async fn put(tx: &mut Tx, kind: DocumentKind, body: &str, now: i64) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO catalog_documents (kind, body, version, updated_at) VALUES ($1, $2, 1, $3) \
         ON CONFLICT (kind) DO UPDATE SET body = excluded.body, \
             version = catalog_documents.version + 1, updated_at = excluded.updated_at \
         RETURNING version",
    )
    .bind(kind.key())
    .bind(body)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("version")?)
}
