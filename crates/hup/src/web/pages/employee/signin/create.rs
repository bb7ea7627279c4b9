use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::message;
use super::{CreateFields, Failed, SigninPage};
use crate::employees::accounts;
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
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
    let again = |failed| {
        SigninPage::again(
            &state,
            &headers,
            &token,
            t,
            failed,
            "email",
            |page, errors| {
                page.create = CreateFields {
                    email: form.email.clone(),
                    country: form.country.clone(),
                    display_name: form.display_name.clone(),
                };
                page.create_errors = errors;
            },
        )
    };
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        return again(Failed::Forged).await;
    }
    let new = accounts::NewAccount {
        email: &form.email,
        password: &form.password,
        country: &form.country,
        display_name: Some(form.display_name.as_str()),
        locale: lang.0,
    };
    match accounts::create(&state, &new, &client.0).await {
        Ok(()) => message(
            lang.0,
            "/signin",
            t.get("employee-created-title"),
            t.with("employee-created-body", "email", form.email.trim()),
            None,
        ),
        Err(e) => again(Failed::Error(e)).await,
    }
}
