use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::super::WaitingClaim;
use super::{after_sign_in, redirect, SigninPage};
use crate::web::auth::MaybeEmployee;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    employee: MaybeEmployee,
    claim: WaitingClaim,
) -> Response {
    if let Some(user) = employee.0 {
        return after_sign_in(&state, &claim, user.account.id, redirect).await;
    }
    let page = SigninPage::new(&state, &claim, lang.t(), &csrf).await;
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
