use axum::extract::State;
use axum::response::Response;

use super::super::SignedInAdmin;
use super::show;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInAdmin(admin): SignedInAdmin,
) -> Response {
    show(&state, lang.0, &csrf, &admin, None).await
}
