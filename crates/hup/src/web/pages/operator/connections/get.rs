use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{ConnectionsPage, Decided, Pending};
use crate::audit;
use crate::i18n::Tr;
use crate::store::audit::Filter;
use crate::store::connections;
use crate::web::auth::OperatorUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, when, SignedInOperator};
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
) -> Response {
    show(
        &state,
        lang.t(),
        &csrf,
        &operator,
        (None, None),
        StatusCode::OK,
    )
    .await
}

/// The page with a notice (a decision made) or an error (a refused one).
pub async fn show(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    (notice, error): (Option<String>, Option<String>),
    status: StatusCode,
) -> Response {
    let pending = match connections::pending(&state.db).await {
        Ok(rows) => rows,
        Err(e) => return internal(e, t.locale),
    };
    let filter = Filter {
        action: Some("connection"),
        limit: 20,
        ..Filter::default()
    };
    let decided = match audit::list(&state.db, &filter).await {
        Ok(rows) => rows,
        Err(e) => return internal(e, t.locale),
    };
    let page = ConnectionsPage {
        t,
        path: "/operator/connections",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        notice,
        error,
        pending: pending
            .into_iter()
            .map(|c| Pending {
                customer_number: c.customer_number,
                tenant: c.tenant_id,
                tenant_domain: c.tenant_home_domain,
                requested_by: c.requested_by,
                requested_at: when(c.requested_at),
            })
            .collect(),
        decided: decided
            .into_iter()
            .map(|e| Decided {
                at: e.at.replace('T', " ").replace('Z', " UTC"),
                approved: e.action.ends_with("approve"),
                reason: e.detail["reason"].as_str().unwrap_or("").to_owned(),
                by: e.actor,
                customer_number: e.subject,
            })
            .collect(),
    };
    csrf.attach(render_with(&page, t.locale, status))
}
