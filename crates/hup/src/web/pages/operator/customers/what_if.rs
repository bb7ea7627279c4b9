use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::eligibility::Policy;
use serde::Deserialize;

use super::CustomersPage;
use crate::agreements::what_if::what_if;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, OperatorForm};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct WhatIfFields {
    #[serde(default)]
    policy: String,
}

/// Compares the policy in force with the one typed; changes nothing (a POST only because the
/// policy is a document too long for an address).
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: OperatorForm<WhatIfFields>,
) -> Response {
    let t = lang.t();
    let mut page = CustomersPage {
        t,
        path: "/operator/customers",
        csrf: csrf.token.clone(),
        signed_in_as: Some(form.operator.account.email.clone()),
        q: String::new(),
        verdict: None,
        found: Vec::new(),
        searched: false,
        policy: form.fields.policy.clone(),
        what_if: None,
        policy_error: None,
    };
    let status = if !form.genuine {
        page.policy_error = Some(t.get("operator-error-csrf"));
        StatusCode::FORBIDDEN
    } else {
        match Policy::from_toml(&form.fields.policy) {
            Err(e) => {
                page.policy_error =
                    Some(t.with("operator-whatif-invalid", "reason", &e.to_string()));
                StatusCode::UNPROCESSABLE_ENTITY
            }
            Ok(candidate) => {
                let today = chrono::Utc::now().date_naive();
                match what_if(&state.db, &state.config.policy, &candidate, today).await {
                    Ok(w) => page.what_if = Some(w),
                    Err(e) => return internal(e, t.locale),
                }
                StatusCode::OK
            }
        }
    };
    csrf.attach(render_with(&page, t.locale, status))
}
