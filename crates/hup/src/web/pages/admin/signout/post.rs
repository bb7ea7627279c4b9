use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{page_error, see_other};
use crate::tenancy::accounts;
use crate::web::csrf;
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, MaybeAdmin, ADMIN_COOKIE};
use crate::web::AppState;

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
    // A forged sign-out would only be a nuisance, but it is refused all the same.
    if !csrf::verify(&headers, &form.csrf) {
        return see_other("/admin");
    }
    if let Some(admin) = admin.0 {
        if let Err(e) = accounts::sign_out(&state.db, &admin.token).await {
            return page_error(e, lang.0);
        }
    }
    let mut res = see_other("/admin/signin");
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(ADMIN_COOKIE, "", 0, secure(&state.config)),
    );
    res
}
