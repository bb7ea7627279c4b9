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

/// `POST /admin/domains/remove`: removes one domain of the tenant (issue 12).
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<DomainForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let removed = post
        .answer(
            lang.t(),
            remove_error_text,
            |tenant| service::remove(&state.db, &admin.account, tenant, &form.domain),
            |error| show(&state, lang.0, &token, admin, None, Some(error)),
        )
        .await;
    match removed {
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
