use axum::extract::State;
use axum::response::Response;

use crate::employees::accounts;
use crate::web::auth::MaybeEmployee;
use crate::web::csrf::PostedForm;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::{sign_out, SignoutForm};
use crate::web::session::EMPLOYEE_COOKIE;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    employee: MaybeEmployee,
    form: PostedForm<SignoutForm>,
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
        form.genuine,
        EMPLOYEE_COOKIE,
        "/account",
        "/",
        end,
    )
    .await
}
