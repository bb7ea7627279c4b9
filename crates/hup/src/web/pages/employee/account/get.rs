use axum::extract::Query;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::EmployeePage;
use super::AccountPage;
use crate::web::pages::kit::render_with;

#[derive(Deserialize)]
pub struct AccountQuery {
    /// `failed` after a claim could not be bound.
    claim: Option<String>,
    /// `profile` or `password` after a change was saved.
    saved: Option<String>,
}

pub async fn get(page: EmployeePage, Query(q): Query<AccountQuery>) -> Response {
    let (state, lang, csrf, user) = page.into_parts();
    let t = lang.t();
    let mut page = match AccountPage::new(&state, t, csrf.token.clone(), &user.account).await {
        Ok(page) => page,
        Err(e) => return e.into_page(lang.0),
    };
    page.notice = q
        .claim
        .filter(|c| c == "failed")
        .map(|_| t.get("employee-account-claim-failed"));
    // Keys, not text (issue 11: 8).
    page.saved = match q.saved.as_deref() {
        Some("profile") => Some(t.get("employee-account-saved-profile")),
        Some("password") => Some(t.get("employee-account-saved-password")),
        _ => None,
    };
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
