use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::Form;

use crate::employees::accounts;
use crate::web::auth::MaybeEmployee;
use crate::web::locale::Lang;
use crate::web::pages::admin::signout::post::{sign_out, SignoutForm};
use crate::web::pages::error::PageError;
use crate::web::session::EMPLOYEE_COOKIE;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    employee: MaybeEmployee,
    headers: HeaderMap,
    Form(form): Form<SignoutForm>,
) -> Response {
    let end = || async {
        let Some(user) = employee.0 else {
            return Ok(());
        };
        accounts::sign_out(&state, &user.token)
            .await
            .map_err(|e| PageError::Internal(anyhow::Error::new(e)).into_page(lang.0))
    };
    sign_out(
        &state.config,
        &headers,
        &form,
        EMPLOYEE_COOKIE,
        "/account",
        "/",
        end,
    )
    .await
}
