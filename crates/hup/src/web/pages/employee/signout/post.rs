use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::see_other;
use crate::employees::accounts;
use crate::web::csrf;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::session::{secure, set_cookie, MaybeEmployee, EMPLOYEE_COOKIE};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SignoutForm {
    #[serde(default)]
    csrf: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    employee: MaybeEmployee,
    headers: HeaderMap,
    Form(form): Form<SignoutForm>,
) -> Response {
    // A forged sign-out would only be a nuisance, but it is refused all the same.
    if !csrf::verify(&headers, &form.csrf) {
        return see_other("/account");
    }
    if let Some(user) = employee.0 {
        state
            .employee_sessions
            .remove(&crate::token::hash(&user.token));
        if let Err(e) = accounts::sign_out(&state.db, &user.token).await {
            return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0);
        }
    }
    let mut res = see_other("/");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(EMPLOYEE_COOKIE, "", 0, secure(&state.config)),
    );
    res
}
