use axum::extract::State;
use axum::response::Response;

use super::super::{no_referrer, see_other, TokenForm};
use super::LINK;
use crate::employees::accounts;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

/// Activates the account, then takes the employee to sign in (issue 12).
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    form: PostedForm<TokenForm>,
) -> Response {
    let t = lang.t();
    let activated = LINK
        .press(t, &form, &csrf_token, || {
            accounts::confirm(&state.db, &form.fields.token)
        })
        .await;
    let res = match activated {
        Ok(()) => see_other("/signin?activated=1"),
        Err(res) => res,
    };
    no_referrer(res)
}
