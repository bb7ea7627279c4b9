use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::Value;

use super::{FeedPage, Outcome, PastImport};
use crate::audit::{self, Action, AuditEntry};
use crate::i18n::Tr;
use crate::store::audit::Filter;
use crate::web::auth::OperatorUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, SignedInOperator};
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
) -> Response {
    show(&state, lang.t(), &csrf, &operator, None, StatusCode::OK).await
}

/// The page, with the outcome of an upload when there was one.
pub async fn show(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    outcome: Option<Outcome>,
    status: StatusCode,
) -> Response {
    let filter = Filter {
        action: Some(Action::AgreementsImport.code()),
        limit: 20,
        ..Filter::default()
    };
    let past = match audit::list(&state.db, &filter).await {
        Ok(entries) => entries.into_iter().map(past_import).collect(),
        Err(e) => return internal(e, t.locale),
    };
    let page = FeedPage {
        t,
        path: "/operator/feed",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        outcome,
        past,
    };
    csrf.attach(render_with(&page, t.locale, status))
}

fn past_import(e: AuditEntry) -> PastImport {
    let field = |name: &str| match &e.detail[name] {
        Value::Null => "-".to_owned(),
        v => v.to_string(),
    };
    let unknown = match &e.detail["unknown_products"] {
        Value::Array(codes) if !codes.is_empty() => codes
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        _ => "-".to_owned(),
    };
    PastImport {
        at: e.at.replace('T', " ").replace('Z', " UTC"),
        by: e.actor.clone(),
        lines: field("lines"),
        customers: field("customers"),
        eligible: field("eligible_customers"),
        snapshot: e.detail["snapshot"] == Value::Bool(true),
        unknown,
    }
}
