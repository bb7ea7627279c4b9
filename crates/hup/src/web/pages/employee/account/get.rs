use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::SignedIn;
use super::AccountPage;
use crate::employees::grants;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct AccountQuery {
    /// `failed` after a claim could not be bound.
    claim: Option<String>,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedIn(user): SignedIn,
    Query(q): Query<AccountQuery>,
) -> Response {
    let grant = match grants::current(&state.db, user.account.id).await {
        Ok(g) => g,
        Err(e) => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    };
    let t = lang.t();
    let page = AccountPage {
        t,
        path: "/account",
        csrf: csrf.token.clone(),
        email: user.account.email,
        country: hup_core::country::Country::parse(&user.account.country)
            .map(|c| t.country_label(c))
            .unwrap_or(user.account.country),
        display_name: user.account.display_name,
        grant: grant.map(|g| (g.work_email.clone(), g.expires_on(), g.active)),
        notice: q
            .claim
            .filter(|c| c == "failed")
            .map(|_| t.get("employee-account-claim-failed")),
    };
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
