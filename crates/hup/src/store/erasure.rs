//! Erasing an employee's personal data (issue 16, GDPR art. 17), one step per table that holds
//! any, all in the caller's transaction. A table that comes to hold personal data gets its own
//! step here, listed in [`erase`] (and a line in `docs/privacy.md`).
//!
//! The account's row stays, emptied, because its orders reference it and stay for the books;
//! nothing left in it or in them names the person. Secure deletion of the freed bytes is
//! [`super::Db::scrub`]'s, after the commit.

use sqlx::Row;

use super::{now_epoch, StoreError, Tx};

/// Whose data goes: the account and every address it held.
#[derive(Clone, Debug)]
pub struct Subject {
    pub employee_id: i64,
    /// The personal address, normalized.
    pub email: String,
    /// The personal address as the per-mailbox throttles count it (without a `+tag`).
    pub mailbox_key: String,
    /// Every work address the account held a grant for: (address, mailbox).
    pub work: Vec<(String, String)>,
}

/// Rows each step removed or emptied, by table.
pub type Erased = Vec<(&'static str, u64)>;

/// The work addresses account `employee_id` held a grant for, current or ended.
pub async fn work_addresses(
    tx: &mut Tx,
    employee_id: i64,
) -> Result<Vec<(String, String)>, StoreError> {
    let rows = sqlx::query(
        "SELECT DISTINCT work_email, mailbox FROM grants WHERE employee_id = $1 \
         ORDER BY work_email",
    )
    .bind(employee_id)
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| Ok((r.try_get("work_email")?, r.try_get("mailbox")?)))
        .collect()
}

/// Runs every step; returns what each touched, by table (the tables to scrub after the commit).
pub async fn erase(tx: &mut Tx, who: &Subject) -> Result<Erased, StoreError> {
    Ok(vec![
        ("outbox", outbox(tx, who).await?),
        ("claims", claims(tx, who).await?),
        ("registrations", registrations(tx, who).await?),
        ("grants", grants(tx, who).await?),
        ("employee_tokens", employee_tokens(tx, who).await?),
        ("sessions", sessions(tx, who).await?),
        ("signin_known_addresses", known_addresses(tx, who).await?),
        ("signin_failures", signin_failures(tx, who).await?),
        ("rate_windows", rate_windows(tx, who).await?),
        ("payment_customers", payment_customers(tx, who).await?),
        ("employees", employee(tx, who).await?),
    ])
}

/// Every address of the subject: the personal one, then the work ones.
fn addresses(who: &Subject) -> impl Iterator<Item = String> + '_ {
    std::iter::once(who.email.clone()).chain(who.work.iter().map(|(a, _)| a.clone()))
}

/// The work mailboxes of the subject.
fn mailboxes(who: &Subject) -> impl Iterator<Item = String> + '_ {
    who.work.iter().map(|(_, m)| m.clone())
}

/// Runs `sql` once for each of `values` (its `$1`); the rows it touched in all.
async fn for_each(
    tx: &mut Tx,
    sql: &str,
    values: impl Iterator<Item = String>,
) -> Result<u64, StoreError> {
    let mut n = 0;
    for value in values {
        n += sqlx::query(sql)
            .bind(value)
            .execute(&mut **tx)
            .await?
            .rows_affected();
    }
    Ok(n)
}

/// Mail to any of its addresses, pending or delivered: the row names the recipient, and a
/// pending one holds the whole message. Pending mail to it is thus never sent.
async fn outbox(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let sql = "DELETE FROM outbox WHERE recipient = $1";
    for_each(tx, sql, addresses(who)).await
}

/// Claims of its work mailboxes, bound or not.
async fn claims(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let sql = "DELETE FROM claims WHERE mailbox = $1";
    for_each(tx, sql, mailboxes(who)).await
}

/// Registrations of its work mailboxes: the same address can register afresh.
async fn registrations(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let sql = "DELETE FROM registrations WHERE mailbox = $1";
    for_each(tx, sql, mailboxes(who)).await
}

async fn grants(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    by_employee(tx, "DELETE FROM grants WHERE employee_id = $1", who).await
}

async fn employee_tokens(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    by_employee(
        tx,
        "DELETE FROM employee_tokens WHERE employee_id = $1",
        who,
    )
    .await
}

/// Live and ended sessions alike: it is signed out everywhere, and its sign-in history goes.
async fn sessions(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let sql = "DELETE FROM sessions WHERE kind = 'employee' AND subject_id = $1";
    by_employee(tx, sql, who).await
}

/// The link to the account's customer at the payment provider (issue 13): its id names the
/// person at the provider, and no renewal may charge it any more.
async fn payment_customers(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    by_employee(
        tx,
        "DELETE FROM payment_customers WHERE employee_id = $1",
        who,
    )
    .await
}

async fn known_addresses(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let sql =
        "DELETE FROM signin_known_addresses WHERE account_kind = 'employee' AND account_id = $1";
    by_employee(tx, sql, who).await
}

/// Failed sign-ins are counted under `employee:ADDRESS` and `employee:ADDRESS|CLIENT`
/// (`accounts::throttle`).
async fn signin_failures(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let key = format!("employee:{}", who.email);
    let pair = format!("{key}|");
    let done = sqlx::query(
        "DELETE FROM signin_failures WHERE key = $1 OR SUBSTR(key, 1, CAST($2 AS INTEGER)) = $3",
    )
    .bind(&key)
    .bind(pair.len() as i64)
    .bind(&pair)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

/// The per-mailbox throttle counters name the mailbox (`employees::registrations`,
/// `employees::accounts`).
async fn rate_windows(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let mut keys = vec![
        format!("account-mailbox:{}", who.mailbox_key),
        format!("reset-mailbox:{}", who.email),
    ];
    keys.extend(
        who.work
            .iter()
            .map(|(_, mailbox)| format!("register-mailbox:{mailbox}")),
    );
    let sql = "DELETE FROM rate_windows WHERE key = $1";
    for_each(tx, sql, keys.into_iter()).await
}

/// The account's row, emptied: no address, name, country, password or language is left, and
/// `erased:ID` is no address anyone can sign in or register with. Its orders keep pointing
/// at it.
async fn employee(tx: &mut Tx, who: &Subject) -> Result<u64, StoreError> {
    let done = sqlx::query(
        "UPDATE employees SET email = 'erased:' || CAST(id AS TEXT), password_hash = '', \
         display_name = NULL, country = '', locale = 'en', confirmed_at = NULL, erased_at = $2 \
         WHERE id = $1",
    )
    .bind(who.employee_id)
    .bind(now_epoch())
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected())
}

async fn by_employee(tx: &mut Tx, sql: &str, who: &Subject) -> Result<u64, StoreError> {
    let done = sqlx::query(sql)
        .bind(who.employee_id)
        .execute(&mut **tx)
        .await?;
    Ok(done.rows_affected())
}
