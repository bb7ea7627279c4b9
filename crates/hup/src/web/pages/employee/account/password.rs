//! `POST /account/password`: a new password, with the current one (issue 12). Every other
//! session of the account ends; this browser stays signed in.

use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::super::{see_other, Refused, SignedIn};
use super::AccountPage;
use crate::employees::profile::{self, PasswordChange};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    client: ClientAddr,
    SignedIn(user): SignedIn,
    form: PostedForm<PasswordForm>,
) -> Response {
    let t = lang.t();
    let (genuine, form) = (form.genuine, form.fields);
    let mut refused = if genuine {
        let change = PasswordChange {
            current_password: &form.current_password,
            new_password: &form.new_password,
            session: &user.token,
            client: &client.0,
        };
        match profile::change_password(&state, &user.account, &change).await {
            Ok(()) => return see_other("/account?saved=password"),
            Err(e) => match Refused::of(t, e) {
                Ok(refused) => refused,
                Err(e) => return e.into_page(lang.0),
            },
        }
    } else {
        Refused::forged(t)
    };
    let mut page = match AccountPage::new(&state, t, csrf.token.clone(), &user.account).await {
        Ok(page) => page,
        Err(e) => return e.into_page(lang.0),
    };
    page.password_errors = std::mem::take(&mut refused.errors);
    refused.render(&page, &csrf, lang.0)
}
