use axum::response::Response;

use super::super::{error_text, see_other};
use super::DomainPost;
use crate::i18n::Tr;
use crate::tenancy::domains as service;
use crate::tenancy::TenancyError;

/// `POST /admin/domains/remove`: removes one domain of the tenant (issue 12).
pub async fn post(form: DomainPost) -> Response {
    let removed = form.answer(remove_error_text, |state, admin, tenant, domain| {
        service::remove(&state.db, admin, tenant, domain)
    });
    match removed.await {
        Ok(()) => see_other("/admin/domains"),
        Err(res) => res,
    }
}

/// The last verified domain stays; a domain that is not (any more) the tenant's is said so.
fn remove_error_text(t: Tr, e: &TenancyError) -> Option<String> {
    match e {
        TenancyError::Conflict { .. } => Some(t.get("admin-error-last-domain")),
        TenancyError::NotFound => Some(t.get("admin-error-no-such-domain")),
        other => error_text(t, other),
    }
}
