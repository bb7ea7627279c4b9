//! `/signin` (R7, R17): sign in with the personal account, or create one. A claim waiting in
//! the browser (from `/confirm`) is bound right after signing in.
pub mod create;
pub mod get;
pub mod post;

use std::convert::Infallible;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;

use super::{error_texts, see_other, FieldErrors, WaitingClaim};
use crate::employees::{grants, registrations, EmployeeError};
use crate::i18n::Tr;
use crate::web::csrf::Csrf;
use crate::web::errors::Refuses;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::{render_with, retry_after};
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
    /// Above the forms: the account was just activated.
    pub notice: Option<String>,
    pub signin_email: String,
    pub signin_errors: FieldErrors,
    pub create: CreateFields,
    pub create_errors: FieldErrors,
    pub countries: Vec<(String, &'static str)>,
}

/// What the sign-in page is drawn from, read from the request: the app, the page's language,
/// the browser's CSRF token and the claim waiting in the browser.
pub struct Signin {
    pub state: AppState,
    pub t: Tr,
    pub csrf: Csrf,
    pub claim: WaitingClaim,
    /// `?activated=1`: the page follows activating the account.
    pub activated: bool,
}

impl FromRequestParts<AppState> for Signin {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let lang = Lang::from_request_parts(parts, state).await?;
        Ok(Signin {
            state: state.clone(),
            t: lang.t(),
            csrf: Csrf::from_request_parts(parts, state).await?,
            claim: WaitingClaim::from_request_parts(parts, state).await?,
            activated: parts.uri.query().is_some_and(|q| {
                url::form_urlencoded::parse(q.as_bytes()).any(|(k, v)| k == "activated" && v == "1")
            }),
        })
    }
}

impl Signin {
    /// The page with both forms empty.
    pub async fn page(&self) -> SigninPage {
        let t = self.t;
        let claim_for = registrations::waiting_address(
            &self.state.db,
            self.claim.claim.as_deref(),
            self.claim.pending.as_deref(),
        )
        .await
        .ok()
        .flatten();
        let countries = t
            .countries_sorted(hup_core::country::Country::all())
            .into_iter()
            .map(|(c, name)| (c.as_str().to_owned(), name))
            .collect();
        SigninPage {
            t,
            path: "/signin",
            csrf: self.csrf.token.clone(),
            claim_for,
            notice: self
                .activated
                .then(|| t.get("employee-account-confirmed-body")),
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

impl Signin {
    /// The page again after one of its forms failed: `fill` puts back what was typed and the
    /// errors next to their fields. An internal error is the error page instead.
    pub async fn again(
        &self,
        failed: Failed,
        email_field: &'static str,
        fill: impl FnOnce(&mut SigninPage, FieldErrors),
    ) -> Response {
        let t = self.t;
        let throttled = match &failed {
            Failed::Error(EmployeeError::Throttled(seconds)) => Some(*seconds),
            _ => None,
        };
        let (errors, status) = match failed {
            Failed::Forged => (
                FieldErrors::one("", t.get("employee-error-csrf")),
                StatusCode::FORBIDDEN,
            ),
            Failed::Error(e) => match error_texts(t, &e, email_field) {
                Some(errors) => (errors, e.refusal().status()),
                None => return PageError::Internal(anyhow::Error::new(e)).into_page(t.locale),
            },
        };
        let mut page = self.page().await;
        fill(&mut page, errors);
        let res = self.csrf.attach(render_with(&page, t.locale, status));
        // A throttled form says when it may be sent again, as the API does.
        match throttled {
            Some(seconds) => retry_after(res, seconds),
            None => res,
        }
    }

    /// After signing in: binds what waits in the browser — its claim, or the registration it
    /// made once that was confirmed on any device (issue 12) — and forgets it, then goes to
    /// the offers. A registration not confirmed yet keeps waiting.
    pub async fn after_sign_in(
        &self,
        employee_id: i64,
        mut res_for: impl FnMut(&str) -> Response,
    ) -> Response {
        let state = &self.state;
        let WaitingClaim { claim, pending } = &self.claim;
        // The journey ends on the offers (contract.md): R17 "sees the discounts".
        if claim.is_none() && pending.is_none() {
            return res_for("/offers");
        }
        let bound = grants::bind_waiting(
            &state.db,
            &state.config,
            employee_id,
            claim.as_deref(),
            pending.as_deref(),
        )
        .await;
        let (to, forget_pending) = match bound {
            Ok(Some(_)) => ("/offers", true),
            Ok(None) => ("/offers", false),
            Err(_) => ("/account?claim=failed", false),
        };
        let mut res = res_for(to);
        if claim.is_some() {
            super::forget_claim(&mut res, &state.config);
        }
        if forget_pending && pending.is_some() {
            super::forget_pending(&mut res, &state.config);
        }
        res
    }
}

pub fn redirect(to: &str) -> Response {
    see_other(to)
}
