use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::get::show;
use crate::tenancy::decisions;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::operator::{internal, OperatorForm};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct DecisionFields {
    #[serde(default)]
    customer_number: String,
    /// `approve` or `reject`.
    #[serde(default)]
    decision: String,
    #[serde(default)]
    reason: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: OperatorForm<DecisionFields>,
) -> Response {
    let t = lang.t();
    let f = &form.fields;
    let refuse =
        |text: String, status| show(&state, t, &csrf, &form.operator, (None, Some(text)), status);
    if !form.genuine {
        return refuse(t.get("operator-error-csrf"), StatusCode::FORBIDDEN).await;
    }
    let approve = match f.decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => {
            return refuse(
                t.get("operator-connections-no-decision"),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    };
    let reason = f.reason.trim();
    if reason.is_empty() || crate::web::api::json::single_line("reason", reason).is_err() {
        return refuse(
            t.get("operator-connections-reason-needed"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let actor = form.operator.actor();
    match decisions::decide(&state.db, &actor, &f.customer_number, approve, reason).await {
        Ok(true) => {
            let id = if approve {
                "operator-connections-approved"
            } else {
                "operator-connections-rejected"
            };
            let notice = t.with(id, "customer", &f.customer_number);
            show(
                &state,
                t,
                &csrf,
                &form.operator,
                (Some(notice), None),
                StatusCode::OK,
            )
            .await
        }
        Ok(false) => {
            let text = t.with("operator-connections-none", "customer", &f.customer_number);
            refuse(text, StatusCode::NOT_FOUND).await
        }
        Err(e) => internal(e, t.locale),
    }
}
