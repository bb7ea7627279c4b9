use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, no_referrer, see_other, set_claim, TokenButtonPage};
use crate::employees::{grants, registrations};
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::admin::render_with;
use crate::web::pages::error::PageError;
use crate::web::session::{secure, MaybeEmployee};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub token: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    employee: MaybeEmployee,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| TokenButtonPage {
        t,
        path: super::super::own_path("/confirm", &form.token),
        action: "/confirm",
        csrf: csrf_token.token.clone(),
        title: t.get("employee-confirm-title"),
        body: t.get("employee-confirm-body"),
        button: t.get("employee-confirm-button"),
        token: form.token.clone(),
        error: Some(error),
    };
    if !csrf::verify(&headers, &form.csrf) {
        let res = render_with(
            &page(t.get("employee-error-csrf")),
            lang.0,
            StatusCode::FORBIDDEN,
        );
        return no_referrer(csrf_token.attach(res));
    }
    let confirmed = match registrations::confirm(&state.db, &state.config, &form.token).await {
        Ok(c) => c,
        Err(e) => {
            let res = match error_text(t, &e, "") {
                Some((_, text)) => render_with(&page(text), lang.0, error_status(&e)),
                None => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
            };
            return no_referrer(res);
        }
    };
    // Signed in already: bind at once; otherwise the claim waits for the sign-in step.
    let res = match employee.0 {
        Some(user) => {
            match grants::bind(
                &state.db,
                &state.config,
                user.account.id,
                confirmed.claim.as_str(),
            )
            .await
            {
                Ok(_) => see_other("/account"),
                Err(_) => see_other("/account?claim=failed"),
            }
        }
        None => {
            let mut res = see_other("/signin");
            let max_age = state.config.employees.confirm_ttl.as_secs() as i64;
            set_claim(
                &mut res,
                confirmed.claim.as_str(),
                max_age,
                secure(&state.config),
            );
            res
        }
    };
    no_referrer(res)
}
