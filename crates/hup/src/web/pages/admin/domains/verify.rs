use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::{error_text, see_other, TenantPost};
use super::{show, DomainForm};
use crate::tenancy::domains::{self as service, VerifyOutcome};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

/// `POST /admin/domains/verify`: looks the TXT record up now.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<DomainForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let outcome = post
        .answer(
            lang.t(),
            error_text,
            |tenant| {
                service::verify(
                    &state.db,
                    &state.config,
                    &admin.account,
                    tenant,
                    &form.domain,
                )
            },
            |error| show(&state, lang.0, &token, admin, None, Some(error)),
        )
        .await;
    match outcome {
        Ok(VerifyOutcome::Verified) => {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("verified", &form.domain)
                .finish();
            see_other(&format!("/admin/domains?{query}"))
        }
        Ok(VerifyOutcome::Pending(reason)) => {
            let error = (lang.t().get(reason.fluent_id()), StatusCode::OK);
            show(&state, lang.0, &token, admin, None, Some(error)).await
        }
        Err(res) => res,
    }
}
