use axum::extract::State;
use axum::response::Response;

use super::{render, Shown};
use crate::accounts::mfa;
use crate::config::AdminMfa;
use crate::tenancy::security;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::admin::{page_error, SignedInAdmin};
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInAdmin(admin): SignedInAdmin,
) -> Response {
    let t = lang.t();
    let (enrolled, codes_left) = match security::status(&state.db, admin.account.id).await {
        Ok(s) => s,
        Err(e) => return page_error(e, t.locale),
    };
    let shown = Shown {
        enrolled,
        codes_left,
        secret: mfa::new_secret(),
        recovery_codes: Vec::new(),
        notice: None,
        error: None,
    };
    let required = state.config.admin_mfa == AdminMfa::Required;
    render(t, &csrf, &admin, required, shown)
}
