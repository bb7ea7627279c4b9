use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::mfa::Totp;
use serde::Deserialize;

use super::{render, Shown};
use crate::accounts::mfa;
use crate::config::AdminMfa;
use crate::tenancy::security;
use crate::web::csrf::Csrf;
use crate::web::errors::Refuses;
use crate::web::locale::Lang;
use crate::web::pages::admin::{error_text, page_error, TenantPost};
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SecurityFields {
    /// `enrol` or `remove`.
    #[serde(default)]
    action: String,
    #[serde(default)]
    secret: String,
    #[serde(default)]
    code: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: TenantPost<SecurityFields>,
) -> Response {
    let t = lang.t();
    let admin = &form.admin;
    let required = state.config.admin_mfa == AdminMfa::Required;
    // The secret being enrolled stays the one the app scanned, so a mistyped code can be retried.
    let secret = Totp::from_base32(&form.fields.secret).unwrap_or_else(|_| mfa::new_secret());
    let status = || security::status(&state.db, admin.account.id);
    let again = |error: Option<(String, StatusCode)>, notice, codes: Vec<String>| async {
        match status().await {
            Ok((enrolled, codes_left)) => {
                let shown = Shown {
                    enrolled,
                    codes_left,
                    secret: secret.clone(),
                    recovery_codes: codes,
                    notice,
                    error,
                };
                render(t, &csrf, admin, required, shown)
            }
            Err(e) => page_error(e, t.locale),
        }
    };
    if !form.is_genuine() {
        let error = Some((t.get("admin-error-csrf"), StatusCode::FORBIDDEN));
        return again(error, None, Vec::new()).await;
    }
    let id = admin.account.id;
    let done = match form.fields.action.as_str() {
        "enrol" => security::enrol(&state, id, &form.fields.secret, &form.fields.code)
            .await
            .map(|codes| (t.get("security-enrolled"), codes)),
        "remove" => security::remove(&state, id)
            .await
            .map(|()| (t.get("security-removed"), Vec::new())),
        _ => return again(None, None, Vec::new()).await,
    };
    match done {
        Ok((notice, codes)) => again(None, Some(notice), codes).await,
        Err(e) => match error_text(t, &e) {
            Some(text) => again(Some((text, e.refusal().status())), None, Vec::new()).await,
            None => page_error(e, t.locale),
        },
    }
}
