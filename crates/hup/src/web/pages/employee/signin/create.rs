use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, message, FieldErrors};
use super::{CreateFields, SigninPage};
use crate::employees::accounts;
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::admin::render_with;
use crate::web::pages::error::PageError;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct CreateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    country: String,
    #[serde(default)]
    display_name: String,
}

/// `POST /signin/create`: creates the personal account; its link goes to the personal address.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    client: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<CreateForm>,
) -> Response {
    let t = lang.t();
    let error_page = |errors: FieldErrors, status: StatusCode| {
        let state = state.clone();
        let headers = headers.clone();
        let token = token.clone();
        let create = CreateFields {
            email: form.email.clone(),
            country: form.country.clone(),
            display_name: form.display_name.clone(),
        };
        async move {
            let mut page = SigninPage::new(&state, &headers, t, token.token.clone()).await;
            page.create = create;
            page.create_errors = errors;
            token.attach(render_with(&page, t.locale, status))
        }
    };
    if !csrf::verify(&headers, &form.csrf) {
        let errors = FieldErrors::one("", t.get("employee-error-csrf"));
        return error_page(errors, StatusCode::FORBIDDEN).await;
    }
    let new = accounts::NewAccount {
        email: &form.email,
        password: &form.password,
        country: &form.country,
        display_name: Some(form.display_name.as_str()),
        locale: lang.0,
    };
    match accounts::create(&state.db, &state.config, &new, &client.0).await {
        Ok(queued) => {
            if queued {
                state.mail.notify();
            }
            message(
                lang.0,
                "/signin",
                t.get("employee-created-title"),
                t.with("employee-created-body", "email", form.email.trim()),
                None,
            )
        }
        Err(e) => match error_text(t, &e, "email") {
            Some((field, text)) => {
                error_page(FieldErrors::one(field, text), error_status(&e)).await
            }
            None => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
        },
    }
}
