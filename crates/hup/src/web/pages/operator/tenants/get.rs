use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::TenantsPage;
use crate::i18n::Tr;
use crate::tenancy::extra::ExtraBenefit;
use crate::tenancy::lookup;
use crate::web::auth::OperatorUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, SignedInOperator};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct DomainQuery {
    #[serde(default)]
    domain: String,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
    Query(query): Query<DomainQuery>,
) -> Response {
    let messages = (None, None);
    show(
        &state,
        lang.t(),
        &csrf,
        &operator,
        &query.domain,
        messages,
        StatusCode::OK,
    )
    .await
}

/// The page for `domain`, with a notice or an error from a change.
pub async fn show(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    domain: &str,
    (notice, error): (Option<String>, Option<String>),
    status: StatusCode,
) -> Response {
    let domain = domain.trim();
    let searched =
        !domain.is_empty() && crate::web::api::json::single_line("domain", domain).is_ok();
    let found = if searched {
        match lookup::by_domain(&state.db, domain).await {
            Ok(found) => found,
            Err(e) => return internal(e, t.locale),
        }
    } else {
        Vec::new()
    };
    let page = TenantsPage {
        t,
        path: "/operator/tenants",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        domain: domain.to_owned(),
        found,
        searched,
        notice,
        error,
        benefits: ExtraBenefit::ALL,
    };
    csrf.attach(render_with(&page, t.locale, status))
}
