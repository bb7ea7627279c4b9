//! `/operator/audit`: the audit log, newest first, 50 entries a page; as
//! `GET /api/v1/audit` and `hup audit`.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{internal, SignedInOperator};
use crate::audit::{self, AuditEntry, PAGE};
use crate::i18n::Tr;
use crate::store::audit::Filter;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

pub struct Row {
    pub at: String,
    pub actor_kind: String,
    pub actor: String,
    pub client: String,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

#[derive(Template)]
#[template(path = "operator/audit.html")]
pub struct AuditPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub rows: Vec<Row>,
    /// The id the next (older) page starts before, when there may be one.
    pub older: Option<i64>,
}

#[derive(Deserialize)]
pub struct AuditQuery {
    /// Read as text, so a mangled address shows the first page rather than an error.
    #[serde(default)]
    before: String,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
    Query(query): Query<AuditQuery>,
) -> Response {
    let t = lang.t();
    let filter = Filter {
        before: query.before.parse().ok(),
        limit: PAGE,
        ..Filter::default()
    };
    let entries = match audit::list(&state.db, &filter).await {
        Ok(e) => e,
        Err(e) => return internal(e, t.locale),
    };
    let older = (entries.len() as i64 == PAGE)
        .then(|| entries.last().map(|e| e.id))
        .flatten();
    let page = AuditPage {
        t,
        path: "/operator/audit",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        rows: entries.into_iter().map(|e| row(t, e)).collect(),
        older,
    };
    csrf.attach(render_with(&page, t.locale, StatusCode::OK))
}

fn row(t: Tr, e: AuditEntry) -> Row {
    let detail = match &e.detail {
        serde_json::Value::Object(m) => m
            .iter()
            .filter(|(_, v)| !v.is_null() && *v != "" && v.as_array().is_none_or(|a| !a.is_empty()))
            .map(|(k, v)| match v {
                serde_json::Value::String(s) => format!("{k}: {s}"),
                other => format!("{k}: {other}"),
            })
            .collect::<Vec<_>>()
            .join(" · "),
        _ => String::new(),
    };
    let kind = match e.actor_kind.as_str() {
        "operator" => t.get("operator-audit-kind-operator"),
        "token" => t.get("operator-audit-kind-token"),
        _ => t.get("operator-audit-kind-cli"),
    };
    Row {
        at: e.at.replace('T', " ").replace('Z', " UTC"),
        actor_kind: kind,
        actor: e.actor,
        client: e.client.unwrap_or_else(|| "-".to_owned()),
        action: e.action,
        subject: e.subject,
        detail,
    }
}
