use std::future::Future;

use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{page_error, see_other};
use crate::config::Config;
use crate::tenancy::accounts;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf;
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, ADMIN_COOKIE};
use crate::web::AppState;

/// The sign-out button's form, for admins and employees alike.
#[derive(Deserialize)]
pub struct SignoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    admin: MaybeAdmin,
    headers: HeaderMap,
    Form(form): Form<SignoutForm>,
) -> Response {
    let end = || async {
        match admin.0 {
            Some(admin) => accounts::sign_out(&state, &admin.token)
                .await
                .map_err(|e| page_error(e, lang.0)),
            None => Ok(()),
        }
    };
    sign_out(
        &state.config,
        &headers,
        &form,
        ADMIN_COOKIE,
        "/admin",
        "/admin/signin",
        end,
    )
    .await
}

/// Signs out from a page: `end` ends the session, if any, and the browser goes to `to` without
/// the session `cookie`. A form without the right CSRF token goes back to `stay` instead.
pub async fn sign_out<Ended>(
    config: &Config,
    headers: &HeaderMap,
    form: &SignoutForm,
    cookie: &str,
    stay: &str,
    to: &str,
    end: impl FnOnce() -> Ended,
) -> Response
where
    Ended: Future<Output = Result<(), Response>>,
{
    // A forged sign-out would only be a nuisance, but it is refused all the same.
    if !csrf::verify(config, headers, &form.csrf) {
        return see_other(stay);
    }
    if let Err(res) = end().await {
        return res;
    }
    let mut res = see_other(to);
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(cookie, "", 0, secure(config)),
    );
    res
}
