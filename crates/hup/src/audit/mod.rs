//! The audit log (issue 15): who changed what, when and from where. Every operator change —
//! from the console, the API (a named operator's session or the shared `HUP_OPERATOR_TOKEN`,
//! recorded as such) or the command line — writes its row with [`record`] inside the
//! transaction of the change. Read it at `/operator/audit`, `GET /api/v1/audit` and `hup audit`.

use serde::Serialize;
use utoipa::ToSchema;

use crate::store::audit::{self as store, Entry, Filter, NewEntry};
use crate::store::{now_epoch, Db, StoreError, Tx};

/// Who made a change.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    pub kind: ActorKind,
    /// The operator's address, `HUP_OPERATOR_TOKEN`, or the command line's OS user.
    pub name: String,
    /// The network address of the request; `None` from the command line.
    pub client: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorKind {
    /// A named operator account, signed in to the console (or its session as a bearer).
    Operator,
    /// The shared bearer token scripts use.
    Token,
    /// `hup …` on the server itself: whoever can run it can read the database anyway.
    Cli,
}

impl ActorKind {
    pub fn code(self) -> &'static str {
        match self {
            ActorKind::Operator => "operator",
            ActorKind::Token => "token",
            ActorKind::Cli => "cli",
        }
    }
}

impl Actor {
    pub fn operator(email: &str, client: &str) -> Actor {
        Actor {
            kind: ActorKind::Operator,
            name: email.to_owned(),
            client: Some(client.to_owned()),
        }
    }

    pub fn token(client: &str) -> Actor {
        Actor {
            kind: ActorKind::Token,
            name: "HUP_OPERATOR_TOKEN".to_owned(),
            client: Some(client.to_owned()),
        }
    }

    /// The command line, named by the OS user that ran it.
    pub fn cli(user: &str) -> Actor {
        Actor {
            kind: ActorKind::Cli,
            name: user.to_owned(),
            client: None,
        }
    }
}

/// What was changed; the code is what the log stores and filters on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    AgreementsImport,
    ConnectionApprove,
    ConnectionReject,
    ExtraBenefitGrant,
    ExtraBenefitWithdraw,
    CatalogPublish,
    MarketsPublish,
    OperatorAdd,
    OperatorRemove,
    OperatorResetMfa,
    OperatorSetUp,
    OperatorSignIn,
    /// An order's money given back (issue 13), in pages, API or CLI.
    OrderRefund,
}

impl Action {
    pub fn code(self) -> &'static str {
        match self {
            Action::AgreementsImport => "agreements.import",
            Action::ConnectionApprove => "connection.approve",
            Action::ConnectionReject => "connection.reject",
            Action::ExtraBenefitGrant => "extra-benefit.grant",
            Action::ExtraBenefitWithdraw => "extra-benefit.withdraw",
            Action::CatalogPublish => "catalog.publish",
            Action::MarketsPublish => "markets.publish",
            Action::OperatorAdd => "operator.add",
            Action::OperatorRemove => "operator.remove",
            Action::OperatorResetMfa => "operator.reset-mfa",
            Action::OperatorSetUp => "operator.set-up",
            Action::OperatorSignIn => "operator.sign-in",
            Action::OrderRefund => "order.refund",
        }
    }
}

/// The row of a change, for writers that hold their own connection (the SQLite feed import).
pub fn entry(actor: &Actor, action: Action, subject: &str, detail: serde_json::Value) -> NewEntry {
    NewEntry {
        at: now_epoch(),
        actor_kind: actor.kind.code(),
        actor: actor.name.clone(),
        client: actor.client.clone(),
        action: action.code(),
        subject: subject.to_owned(),
        detail: detail.to_string(),
    }
}

/// Writes the row of a change in the change's transaction.
pub async fn record(
    tx: &mut Tx,
    actor: &Actor,
    action: Action,
    subject: &str,
    detail: serde_json::Value,
) -> Result<(), StoreError> {
    store::record(tx, &entry(actor, action, subject, detail)).await
}

/// Rows per page of the console and the API.
pub const PAGE: i64 = 50;

/// One row as the API, `hup audit --json` and the console read it.
#[derive(Clone, Debug, Serialize, ToSchema)]
pub struct AuditEntry {
    pub id: i64,
    /// RFC 3339, UTC.
    pub at: String,
    /// `operator` (a named account), `token` (`HUP_OPERATOR_TOKEN`) or `cli`.
    pub actor_kind: String,
    pub actor: String,
    /// The request's network address; null from the command line.
    pub client: Option<String>,
    /// e.g. `agreements.import`, `connection.approve`, `catalog.publish`.
    pub action: String,
    pub subject: String,
    /// The particulars: counts, a reason, what changed.
    #[schema(value_type = Object)]
    pub detail: serde_json::Value,
}

impl From<Entry> for AuditEntry {
    fn from(e: Entry) -> AuditEntry {
        AuditEntry {
            id: e.id,
            at: rfc3339(e.at),
            actor_kind: e.actor_kind,
            actor: e.actor,
            client: e.client,
            action: e.action,
            subject: e.subject,
            detail: serde_json::from_str(&e.detail).unwrap_or(serde_json::Value::Null),
        }
    }
}

fn rfc3339(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|d| d.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// Rows newest first, as `filter` says.
pub async fn list(db: &Db, filter: &Filter<'_>) -> Result<Vec<AuditEntry>, StoreError> {
    Ok(store::list(db, filter)
        .await?
        .into_iter()
        .map(AuditEntry::from)
        .collect())
}
