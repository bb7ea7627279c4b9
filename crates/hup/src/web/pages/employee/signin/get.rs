use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

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
    headers: HeaderMap,
) -> Response {
    if let Some(user) = employee.0 {
        return after_sign_in(&state, &headers, user.account.id, redirect).await;
    }
    let page = SigninPage::new(&state, &headers, lang.t(), csrf.token.clone()).await;
    csrf.attach(render_with(&page, lang.0, StatusCode::OK))
}
