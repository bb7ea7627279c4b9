use axum::extract::State;
use axum::response::Response;

use super::super::{error_text, see_other, TenantPost};
use super::{show, DomainForm};
use crate::i18n::Tr;
use crate::tenancy::domains as service;
use crate::tenancy::TenancyError;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

/// Adds a domain, then shows the list with its TXT value.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<DomainForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let added = post
        .answer(
            lang.t(),
            domain_error_text,
            |tenant| service::add(&state.db, &admin.account, tenant, &form.domain),
            |error| show(&state, lang.0, &token, admin, None, Some(error)),
        )
        .await;
    match added {
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
