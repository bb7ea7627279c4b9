use axum::http::StatusCode;
use axum::response::Response;

use super::{redirect, Signin};
use crate::web::auth::MaybeEmployee;
use crate::web::pages::kit::render_with;

pub async fn get(signin: Signin, employee: MaybeEmployee) -> Response {
    if let Some(user) = employee.0 {
        return signin.after_sign_in(user.account.id, redirect).await;
    }
    let page = signin.page().await;
    signin
        .csrf
        .attach(render_with(&page, signin.t.locale, StatusCode::OK))
}
