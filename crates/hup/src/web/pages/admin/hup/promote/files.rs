//! The pieces of the kit as files: the printable flyer opens in the browser (or downloads with
//! `download=1`), the others download. While employees cannot use the benefit each answers 409
//! with the page, which says why.

use axum::extract::{Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::super::super::{page_error, tenant_of, to_sign_in};
use super::get::PromoteQuery;
use super::{material_of, show};
use crate::i18n::Locale;
use crate::tenancy::promotion::{self, Material};
use crate::tenancy::{benefit, TenancyError};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::session::MaybeAdmin;
use crate::web::AppState;

/// One piece of the kit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece {
    Flyer,
    Intranet,
    Email,
    Newsletter,
}

impl Piece {
    /// `hup-flyer-nl.html`.
    fn file_name(self, language: Locale) -> String {
        let (stem, ext) = match self {
            Piece::Flyer => ("flyer", "html"),
            Piece::Intranet => ("intranet", "html"),
            Piece::Email => ("email", "txt"),
            Piece::Newsletter => ("newsletter", "txt"),
        };
        format!("hup-{stem}-{}.{ext}", language.code())
    }

    fn content_type(self) -> &'static str {
        match self {
            Piece::Flyer | Piece::Intranet => "text/html; charset=utf-8",
            Piece::Email | Piece::Newsletter => "text/plain; charset=utf-8",
        }
    }

    fn body(self, kit: Material) -> String {
        match self {
            Piece::Flyer => kit.flyer_html,
            Piece::Intranet => kit.intranet_html,
            Piece::Email => kit.email_file(),
            Piece::Newsletter => kit.newsletter,
        }
    }
}

async fn serve(
    state: AppState,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    q: PromoteQuery,
    piece: Piece,
) -> Response {
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let tab = match tenant_of(&admin) {
        Ok(tenant) => benefit::hup_tab(&state.db, &state.config, &admin.account, tenant).await,
        Err(e) => Err(e),
    };
    let tab = match tab {
        Ok(tab) => tab,
        Err(e) => return page_error(e, lang.0),
    };
    let Some(material) = material_of(q.material.as_deref(), lang.0) else {
        let error = (
            lang.t().get("promo-material-unknown"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
        return show(lang.0, &csrf, &admin, &tab, lang.0, Some(error));
    };
    let kit = match promotion::kit_of(&tab, material) {
        Ok(kit) => kit,
        Err(TenancyError::Conflict { .. }) => {
            let mut res = show(lang.0, &csrf, &admin, &tab, material, None);
            *res.status_mut() = StatusCode::CONFLICT;
            return res;
        }
        Err(e) => return page_error(e, lang.0),
    };
    let inline = piece == Piece::Flyer && q.download.as_deref() != Some("1");
    let disposition = format!(
        "{}; filename=\"{}\"",
        if inline { "inline" } else { "attachment" },
        piece.file_name(material)
    );
    let mut res = piece.body(kit).into_response();
    let headers = res.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(piece.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, v);
    }
    // The material names the organization; shared caches keep none of it.
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

/// `…/promote/flyer`: the printable flyer, an A4 page without the site around it.
pub async fn flyer(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Query(q): Query<PromoteQuery>,
) -> Response {
    serve(state, lang, csrf, admin, q, Piece::Flyer).await
}

/// `…/promote/intranet`: the digital flyer, a block of HTML for an intranet page.
pub async fn intranet(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Query(q): Query<PromoteQuery>,
) -> Response {
    serve(state, lang, csrf, admin, q, Piece::Intranet).await
}

/// `…/promote/email`: subject line and text of an email to all employees.
pub async fn email(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Query(q): Query<PromoteQuery>,
) -> Response {
    serve(state, lang, csrf, admin, q, Piece::Email).await
}

/// `…/promote/newsletter`: a piece for the staff newsletter.
pub async fn newsletter(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Query(q): Query<PromoteQuery>,
) -> Response {
    serve(state, lang, csrf, admin, q, Piece::Newsletter).await
}
