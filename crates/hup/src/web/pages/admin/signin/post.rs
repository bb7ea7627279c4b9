use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{forged_form, form_error, see_other};
use super::SigninPage;
use crate::tenancy::{accounts, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, ADMIN_COOKIE};
use crate::web::AppState;

/// The work address and password, as both the sign-in and the sign-up form post them.
#[derive(Deserialize)]
pub struct WorkAccountForm {
    #[serde(default)]
    pub csrf: String,
    #[serde(default)]
    pub work_email: String,
    #[serde(default)]
    pub password: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    client: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<WorkAccountForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| SigninPage {
        t,
        path: "/admin/signin",
        csrf: token.token.clone(),
        signed_in_as: None,
        error: Some(error),
        work_email: form.work_email.clone(),
    };
    if !csrf::verify(&headers, &form.csrf) {
        return token.attach(forged_form(t, page));
    }
    match accounts::sign_in(&state, &form.work_email, &form.password, &client.0).await {
        Ok(signed) => {
            let mut res = see_other("/admin/domains");
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    ADMIN_COOKIE,
                    signed.token.as_str(),
                    SESSION_SECONDS,
                    secure(&state.config),
                ),
            );
            res
        }
        Err(e) => form_error(e, t, page),
    }
}
