//! The mail outbox: rows written beside the change that causes a mail, claimed by workers.
//!
//! A worker claims due rows by setting a lease in one short statement, sends outside any
//! transaction (SMTP may be slow; SQLite must not hold its write lock meanwhile), then marks
//! the row sent. On PostgreSQL several `hup serve` processes claim at once, so the claim skips
//! rows another process has locked (`FOR UPDATE SKIP LOCKED`); SQLite serializes writers and
//! needs no such clause. A lease that runs out (a crashed worker) makes the row due again.
//!
//! Delivery is therefore at least once; each row keeps the `Message-ID` it was first sent
//! with (see `mail::message_id`) so a repeat can be recognized. A delivered row loses its
//! body, whose links may hold tokens.

use sqlx::Row;

use super::{Backend, Db, StoreError, Tx};

/// A message ready to send, as the outbox keeps it.
#[derive(Debug, Clone)]
pub struct QueuedMail {
    pub id: i64,
    pub recipient: String,
    pub message: String,
    pub attempts: i64,
    /// The id every attempt of this row is sent with; `None` until its first claim gives one
    /// ([`keep_message_id`]).
    pub message_id: Option<String>,
}

/// Adds a message in the caller's transaction: it is sent only if the change commits.
pub async fn enqueue(
    tx: &mut Tx,
    recipient: &str,
    subject: &str,
    locale: &str,
    message: &str,
    now: i64,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO outbox (recipient, subject, locale, message, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(recipient)
    .bind(subject)
    .bind(locale)
    .bind(message)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get("id")?)
}

/// A message for [`enqueue_many`].
pub struct NewMail<'a> {
    pub recipient: &'a str,
    pub subject: &'a str,
    pub locale: &'a str,
    pub message: &'a str,
}

/// [`enqueue`] for many messages in one statement (the employee registrations' group commit).
pub async fn enqueue_many(
    tx: &mut Tx,
    backend: Backend,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<(), StoreError> {
    let insert = super::InsertRows {
        head: "INSERT INTO outbox (recipient, subject, locale, message, created_at, \
               next_attempt_at) VALUES ",
        columns: 6,
        tail: "",
    };
    super::insert_rows(tx, backend, insert, mails, |query, m| {
        query
            .bind(m.recipient)
            .bind(m.subject)
            .bind(m.locale)
            .bind(m.message)
            .bind(now)
            .bind(now)
    })
    .await
}

/// Leases up to `limit` due messages until `lease_until`.
pub async fn claim(
    db: &Db,
    now: i64,
    lease_until: i64,
    limit: i64,
) -> Result<Vec<QueuedMail>, StoreError> {
    let lock = match db.backend() {
        Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET lease_until = $1, attempts = attempts + 1 \
         WHERE id IN (SELECT id FROM outbox \
                      WHERE sent_at IS NULL AND next_attempt_at <= $2 AND lease_until <= $2 \
                      ORDER BY id LIMIT $3 {lock}) \
         RETURNING id, recipient, message, attempts, message_id"
    );
    let rows = sqlx::query(&sql)
        .bind(lease_until)
        .bind(now)
        .bind(limit)
        .fetch_all(db.writer())
        .await?;
    let mut claimed = rows
        .into_iter()
        .map(|r| {
            Ok(QueuedMail {
                id: r.try_get("id")?,
                recipient: r.try_get("recipient")?,
                message: r.try_get("message")?,
                attempts: r.try_get("attempts")?,
                message_id: r.try_get("message_id")?,
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    claimed.sort_by_key(|m| m.id);
    Ok(claimed)
}

/// Gives each row its `Message-ID` candidate unless it has one, and returns the ids the rows
/// keep, in the order given. Called before a batch's first attempt, so every later attempt
/// (after a crash) reuses them; one transaction for the batch.
pub async fn keep_message_ids(
    db: &Db,
    candidates: &[(i64, String)],
) -> Result<Vec<String>, StoreError> {
    let mut tx = db.begin_write().await?;
    let mut kept = Vec::with_capacity(candidates.len());
    for (id, candidate) in candidates {
        let row = sqlx::query(
            "UPDATE outbox SET message_id = COALESCE(message_id, $1) WHERE id = $2 \
             RETURNING message_id",
        )
        .bind(candidate.as_str())
        .bind(*id)
        .fetch_one(&mut *tx)
        .await?;
        kept.push(row.try_get("message_id")?);
    }
    tx.commit().await?;
    Ok(kept)
}

/// Records that the transport accepted the rows `ids`, and drops their bodies: a sent mail's
/// links (confirmation and reset tokens) must not stay readable in the database. The rows keep
/// what the operator needs: recipient, subject, times and `Message-ID`.
pub async fn mark_sent(db: &Db, ids: &[i64], now: i64) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut sql = String::from(
        "UPDATE outbox SET sent_at = $1, lease_until = 0, last_error = NULL, message = '' \
         WHERE id IN (",
    );
    for i in 0..ids.len() {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push_str(&format!("${}", i + 2));
    }
    sql.push(')');
    let mut q = sqlx::query(&sql).bind(now);
    for id in ids {
        q = q.bind(*id);
    }
    q.execute(db.writer()).await?;
    Ok(())
}

pub async fn mark_failed(
    db: &Db,
    id: i64,
    next_attempt_at: i64,
    error: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE outbox SET next_attempt_at = $1, lease_until = 0, last_error = $2 WHERE id = $3",
    )
    .bind(next_attempt_at)
    .bind(error)
    .bind(id)
    .execute(db.writer())
    .await?;
    Ok(())
}

/// Counts of the outbox, for metrics and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxCounts {
    pub pending: i64,
    pub sent: i64,
}

pub async fn counts(db: &Db) -> Result<OutboxCounts, StoreError> {
    let row = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 1 ELSE 0 END), 0) AS pending, \
                COALESCE(SUM(CASE WHEN sent_at IS NULL THEN 0 ELSE 1 END), 0) AS sent \
         FROM outbox",
    )
    .fetch_one(db.pool())
    .await?;
    Ok(OutboxCounts {
        pending: row.try_get("pending")?,
        sent: row.try_get("sent")?,
    })
}

/// A mail to one address as its owner's export shows it: what and when, not the body (which
/// holds single-use links while pending and is dropped at delivery).
#[derive(Clone, Debug)]
pub struct MailRecord {
    pub recipient: String,
    pub subject: String,
    pub locale: String,
    pub queued_at: i64,
    pub sent_at: Option<i64>,
}

/// The outbox's mail to `recipient`, newest first.
pub async fn to_recipient(db: &Db, recipient: &str) -> Result<Vec<MailRecord>, StoreError> {
    let rows = sqlx::query(
        "SELECT recipient, subject, locale, created_at, sent_at FROM outbox \
         WHERE recipient = $1 ORDER BY id DESC",
    )
    .bind(recipient)
    .fetch_all(db.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(MailRecord {
                recipient: r.try_get("recipient")?,
                subject: r.try_get("subject")?,
                locale: r.try_get("locale")?,
                queued_at: r.try_get("created_at")?,
                sent_at: r.try_get("sent_at")?,
            })
        })
        .collect()
}
