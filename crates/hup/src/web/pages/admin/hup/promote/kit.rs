//! `…/promote/kit.zip?lang=LANG`: the whole kit in one language as one download (issue 17,
//! R14). While employees cannot use the benefit it answers 409 with the page, which says why.

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::super::super::{page_error, to_sign_in};
use super::{admin_tab, material_of, show};
use crate::tenancy::{kit, TenancyError};
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct KitQuery {
    /// The language of the kit: one of `Locale::ALL`; the page's own when absent.
    pub lang: Option<String>,
}

pub async fn download(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Query(q): Query<KitQuery>,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let tab = match admin_tab(&state, &admin).await {
        Ok(tab) => tab,
        Err(e) => return page_error(e, lang.0),
    };
    let Some(material) = material_of(q.lang.as_deref(), lang.0) else {
        let error = (
            lang.t().get("promo-material-unknown"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
        return show(lang.0, &csrf, &admin, &tab, lang.0, Some(error));
    };
    let bytes = match kit::zip_of(&state, &tab, material).await {
        Ok(bytes) => bytes,
        Err(TenancyError::Conflict { .. }) => {
            let mut res = show(lang.0, &csrf, &admin, &tab, material, None);
            *res.status_mut() = StatusCode::CONFLICT;
            return res;
        }
        Err(e) => return page_error(e, lang.0),
    };
    zip_response(bytes, material.code())
}

/// A zip to save as `hup-kit-LANG.zip`, kept by no shared cache (it names the organization).
pub fn zip_response(bytes: Vec<u8>, language: &str) -> Response {
    let mut res = bytes.into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    if let Ok(v) =
        HeaderValue::from_str(&format!("attachment; filename=\"hup-kit-{language}.zip\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}
