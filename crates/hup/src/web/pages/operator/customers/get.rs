use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::CustomersPage;
use crate::agreements::customer_verdict;
use crate::store::agreements;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, SignedInOperator};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SearchQuery {
    #[serde(default)]
    q: String,
}

/// Customers whose number or name holds the text; the verdict when the number is one.
const FOUND: i64 = 50;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
    Query(query): Query<SearchQuery>,
) -> Response {
    let t = lang.t();
    let q = query.q.trim().to_owned();
    let policy = &state.config.policy;
    let today = chrono::Utc::now().date_naive();
    let mut page = CustomersPage {
        t,
        path: "/operator/customers",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        searched: !q.is_empty(),
        verdict: None,
        found: Vec::new(),
        policy: toml::to_string(policy).unwrap_or_default(),
        what_if: None,
        policy_error: None,
        q,
    };
    if page.searched && crate::web::api::json::single_line("q", &page.q).is_ok() {
        match customer_verdict(&state.db, policy, &page.q, today).await {
            Ok(Some(v)) => page.verdict = Some(v.to_json(policy)),
            Ok(None) => match agreements::search(&state.db, &page.q, FOUND).await {
                Ok(found) => page.found = found,
                Err(e) => return internal(e, t.locale),
            },
            Err(e) => return internal(e, t.locale),
        }
    }
    csrf.attach(render_with(&page, t.locale, StatusCode::OK))
}
