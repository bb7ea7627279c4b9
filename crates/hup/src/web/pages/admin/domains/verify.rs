use axum::http::StatusCode;
use axum::response::Response;

use super::super::{error_text, see_other};
use super::DomainPost;
use crate::tenancy::domains::{self as service, VerifyOutcome};

/// `POST /admin/domains/verify`: looks the TXT record up now.
pub async fn post(form: DomainPost) -> Response {
    let outcome = form.answer(error_text, |state, admin, tenant, domain| {
        service::verify(&state.db, &state.config, admin, tenant, domain)
    });
    match outcome.await {
        Ok(VerifyOutcome::Verified) => {
            let query = url::form_urlencoded::Serializer::new(String::new())
                .append_pair("verified", &form.post.fields.domain)
                .finish();
            see_other(&format!("/admin/domains?{query}"))
        }
        Ok(VerifyOutcome::Pending(reason)) => {
            let error = (form.lang.t().get(reason.fluent_id()), StatusCode::OK);
            form.show(Some(error)).await
        }
        Err(res) => res,
    }
}
