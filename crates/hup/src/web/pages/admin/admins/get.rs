use axum::extract::State;
use axum::response::Response;

use super::super::to_sign_in;
use super::show;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
) -> Response {
    match admin.0 {
        Some(admin) => show(&state, lang.0, &csrf, &admin, None).await,
        None => to_sign_in(),
    }
}
