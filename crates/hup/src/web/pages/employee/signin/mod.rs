//! `/signin` (R7, R17): sign in with the personal account, or create one. A claim waiting in
//! the browser (from `/confirm`) is bound right after signing in.
pub mod create;
pub mod get;
pub mod post;

use askama::Template;
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::Response;

use super::{claim_of, error_text, see_other, set_claim, FieldErrors};
use crate::employees::{grants, registrations, EmployeeError};
use crate::i18n::Tr;
use crate::web::csrf::Csrf;
use crate::web::errors::Refuses;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

#[derive(Default)]
pub struct CreateFields {
    pub email: String,
    pub country: String,
    pub display_name: String,
}

#[derive(Template)]
#[template(path = "employee/signin.html")]
pub struct SigninPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub claim_for: Option<String>,
    pub signin_email: String,
    pub signin_errors: FieldErrors,
    pub create: CreateFields,
    pub create_errors: FieldErrors,
    pub countries: Vec<(String, &'static str)>,
}

impl SigninPage {
    pub async fn new(state: &AppState, headers: &HeaderMap, t: Tr, csrf: String) -> SigninPage {
        let claim_for = match claim_of(&state.config, headers) {
            Some(c) => registrations::claim_address(&state.db, &c)
                .await
                .ok()
                .flatten(),
            None => None,
        };
        let countries = t
            .countries_sorted(hup_core::country::Country::all())
            .into_iter()
            .map(|(c, name)| (c.as_str().to_owned(), name))
            .collect();
        SigninPage {
            t,
            path: "/signin",
            csrf,
            claim_for,
            signin_email: String::new(),
            signin_errors: FieldErrors::default(),
            create: CreateFields::default(),
            create_errors: FieldErrors::default(),
            countries,
        }
    }
}

/// Why one of the page's two forms did not go through.
pub enum Failed {
    /// Posted without the right CSRF token.
    Forged,
    Error(EmployeeError),
}

impl SigninPage {
    /// The page again after one of its forms failed: `fill` puts back what was typed and the
    /// errors next to their fields. An internal error is the error page instead.
    pub async fn again(
        state: &AppState,
        headers: &HeaderMap,
        token: &Csrf,
        t: Tr,
        failed: Failed,
        email_field: &'static str,
        fill: impl FnOnce(&mut SigninPage, FieldErrors),
    ) -> Response {
        let retry_after = match &failed {
            Failed::Error(EmployeeError::Throttled(seconds)) => Some(*seconds),
            _ => None,
        };
        let (errors, status) = match failed {
            Failed::Forged => (
                FieldErrors::one("", t.get("employee-error-csrf")),
                StatusCode::FORBIDDEN,
            ),
            Failed::Error(e) => match error_text(t, &e, email_field) {
                Some((field, text)) => (FieldErrors::one(field, text), e.refusal().status()),
                None => return PageError::Internal(anyhow::Error::new(e)).into_page(t.locale),
            },
        };
        let mut page = SigninPage::new(state, headers, t, token.token.clone()).await;
        fill(&mut page, errors);
        let mut res = token.attach(render_with(&page, t.locale, status));
        // A throttled form says when it may be sent again, as the API does.
        if let Some(seconds) = retry_after {
            res.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        res
    }
}

/// After signing in: binds a waiting claim (and forgets it), then goes to the account.
pub async fn after_sign_in(
    state: &AppState,
    headers: &HeaderMap,
    employee_id: i64,
    mut res_for: impl FnMut(&str) -> Response,
) -> Response {
    // The journey ends on the offers (contract.md): R17 "sees the discounts".
    let Some(claim) = claim_of(&state.config, headers) else {
        return res_for("/offers");
    };
    let to = match grants::bind(&state.db, &state.config, employee_id, &claim).await {
        Ok(_) => "/offers",
        Err(_) => "/account?claim=failed",
    };
    let mut res = res_for(to);
    set_claim(&mut res, "", 0, crate::web::session::secure(&state.config));
    res
}

pub fn redirect(to: &str) -> Response {
    see_other(to)
}
