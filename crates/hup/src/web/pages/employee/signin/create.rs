use axum::response::Response;
use serde::Deserialize;

use super::super::message;
use super::{CreateFields, Failed, Signin};
use crate::employees::accounts;
use crate::web::client::ClientAddr;
use crate::web::csrf::PostedForm;

#[derive(Deserialize)]
pub struct CreateForm {
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
pub async fn post(signin: Signin, client: ClientAddr, form: PostedForm<CreateForm>) -> Response {
    let (t, fields) = (signin.t, &form.fields);
    let again = |failed| {
        signin.again(failed, "email", |page, errors| {
            page.create = CreateFields {
                email: fields.email.clone(),
                country: fields.country.clone(),
                display_name: fields.display_name.clone(),
            };
            page.create_errors = errors;
        })
    };
    if !form.genuine {
        return again(Failed::Forged).await;
    }
    let new = accounts::NewAccount {
        email: &fields.email,
        password: &fields.password,
        country: &fields.country,
        display_name: Some(fields.display_name.as_str()),
        locale: t.locale,
    };
    match accounts::create(&signin.state, &new, &client.0).await {
        Ok(()) => message(
            t.locale,
            "/signin",
            t.get("employee-created-title"),
            t.with("employee-created-body", "email", fields.email.trim()),
            None,
        ),
        Err(e) => again(Failed::Error(e)).await,
    }
}
