//! `POST /account/delete`: erases the account when the password is right; the browser is
//! signed out and told so. A wrong password shows the form again with the reason.

use axum::extract::State;
use axum::http::header;
use axum::response::Response;
use serde::Deserialize;

use super::super::{message, Refused, SignedIn};
use super::DeletePage;
use crate::privacy::erasure::{self, Erasure};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, EMPLOYEE_COOKIE};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    client: ClientAddr,
    SignedIn(user): SignedIn,
    form: PostedForm<DeleteForm>,
) -> Response {
    let t = lang.t();
    let mut refused = if form.genuine {
        let request = Erasure {
            password: &form.fields.password,
            client: &client.0,
        };
        match erasure::erase(&state, &user.account, &request).await {
            Ok(()) => {
                let mut res = message(
                    lang.0,
                    "/account/delete",
                    t.get("account-deleted-title"),
                    t.get("account-deleted-body"),
                    Some(("/", t.get("account-deleted-home"))),
                );
                res.headers_mut().append(
                    header::SET_COOKIE,
                    set_cookie(EMPLOYEE_COOKIE, "", 0, secure(&state.config)),
                );
                return res;
            }
            Err(e) => match Refused::of(t, e) {
                Ok(refused) => refused,
                Err(e) => return e.into_page(lang.0),
            },
        }
    } else {
        Refused::forged(t)
    };
    let page = DeletePage::new(t, csrf.token.clone(), std::mem::take(&mut refused.errors));
    refused.render(&page, &csrf, lang.0)
}
