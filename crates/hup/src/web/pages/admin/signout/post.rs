use axum::extract::State;
use axum::response::Response;

use super::super::page_error;
use crate::tenancy::accounts;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::PostedForm;
use crate::web::locale::Lang;
use crate::web::pages::kit::{sign_out, SignoutForm};
use crate::web::session::ADMIN_COOKIE;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    admin: MaybeAdmin,
    form: PostedForm<SignoutForm>,
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
        form.genuine,
        ADMIN_COOKIE,
        "/admin",
        "/admin/signin",
        end,
    )
    .await
}
