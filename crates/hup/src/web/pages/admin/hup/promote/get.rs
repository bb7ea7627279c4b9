use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::super::{page_error, SignedInAdmin};
use super::{admin_tab, material_of, show};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct PromoteQuery {
    /// `en` or `nl`: the language of the material.
    pub material: Option<String>,
    /// `1` asks for a file to save rather than to open (the printable flyer).
    pub download: Option<String>,
}

/// The page: the language picker, the pieces of the kit and the tips.
pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInAdmin(admin): SignedInAdmin,
    Query(q): Query<PromoteQuery>,
) -> Response {
    let tab = match admin_tab(&state, &admin).await {
        Ok(tab) => tab,
        Err(e) => return page_error(e, lang.0),
    };
    match material_of(q.material.as_deref(), lang.0) {
        Some(material) => show(lang.0, &csrf, &admin, &tab, material, None),
        None => {
            let error = (
                lang.t().get("promo-material-unknown"),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
            show(lang.0, &csrf, &admin, &tab, lang.0, Some(error))
        }
    }
}
