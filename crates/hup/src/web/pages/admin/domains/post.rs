use axum::response::Response;

use super::super::{error_text, see_other};
use super::DomainPost;
use crate::i18n::Tr;
use crate::tenancy::domains as service;
use crate::tenancy::TenancyError;

/// Adds a domain, then shows the list with its TXT value.
pub async fn post(form: DomainPost) -> Response {
    let added = form.answer(domain_error_text, |state, admin, tenant, domain| {
        service::add(&state.db, admin, tenant, domain)
    });
    match added.await {
        Ok(_) => see_other("/admin/domains"),
        Err(res) => res,
    }
}

/// A malformed domain arrives as a malformed address; here it is the domain that is wrong.
fn domain_error_text(t: Tr, e: &TenancyError) -> Option<String> {
    match e {
        TenancyError::InvalidEmail(_) => Some(t.get("admin-error-invalid-domain")),
        other => error_text(t, other),
    }
}
