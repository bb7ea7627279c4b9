use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::get::show;
use crate::tenancy::extra::{self, ExtraBenefit};
use crate::tenancy::TenancyError;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::operator::{internal, OperatorForm};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct BenefitFields {
    #[serde(default)]
    tenant: String,
    #[serde(default)]
    benefit: String,
    /// `grant` or `withdraw`.
    #[serde(default)]
    action: String,
    /// The domain the page was found by, to show it again.
    #[serde(default)]
    domain: String,
}

/// Grants or withdraws an extra benefit (R22); the audit log keeps who did.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: OperatorForm<BenefitFields>,
) -> Response {
    let t = lang.t();
    let f = &form.fields;
    let answer = |messages, status| {
        show(
            &state,
            t,
            &csrf,
            &form.operator,
            &f.domain,
            messages,
            status,
        )
    };
    if !form.genuine {
        return answer(
            (None, Some(t.get("operator-error-csrf"))),
            StatusCode::FORBIDDEN,
        )
        .await;
    }
    let (Ok(tenant), Some(benefit), Some(on)) = (
        f.tenant.parse::<i64>(),
        ExtraBenefit::parse(&f.benefit),
        match f.action.as_str() {
            "grant" => Some(true),
            "withdraw" => Some(false),
            _ => None,
        },
    ) else {
        let text = t.get("operator-tenants-bad-form");
        return answer((None, Some(text)), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    match extra::set(&state.db, &form.operator.actor(), tenant, benefit, on).await {
        Ok(()) => {
            let id = if on {
                "operator-tenants-granted"
            } else {
                "operator-tenants-withdrawn"
            };
            let notice = t.with_args(
                id,
                &[
                    ("benefit", t.get(benefit.fluent_id())),
                    ("tenant", tenant.to_string()),
                ],
            );
            answer((Some(notice), None), StatusCode::OK).await
        }
        Err(TenancyError::NotFound) => {
            let text = t.get("operator-tenants-bad-form");
            answer((None, Some(text)), StatusCode::NOT_FOUND).await
        }
        Err(e) => internal(e, t.locale),
    }
}
