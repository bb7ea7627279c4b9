//! The pieces of the kit as files: the printable flyer opens in the browser (or downloads with
//! `download=1`), the others download. While employees cannot use the benefit each answers 409
//! with the page, which says why.

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};

use super::super::super::{page_error, to_sign_in};
use super::get::PromoteQuery;
use super::{admin_tab, material_of, show};
use crate::i18n::Locale;
use crate::tenancy::promotion::{self, Material};
use crate::tenancy::TenancyError;
use crate::web::auth::MaybeAdmin;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
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
    /// The piece a download address names: `…/promote/flyer`.
    fn parse(name: &str) -> Option<Piece> {
        Some(match name {
            "flyer" => Piece::Flyer,
            "intranet" => Piece::Intranet,
            "email" => Piece::Email,
            "newsletter" => Piece::Newsletter,
            _ => return None,
        })
    }

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

/// `…/promote/{piece}`: the printable flyer (`flyer`), the digital flyer for an intranet page
/// (`intranet`), the email to all employees with its subject line (`email`), the piece for the
/// staff newsletter (`newsletter`).
pub async fn download(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    admin: MaybeAdmin,
    Path(piece): Path<String>,
    Query(q): Query<PromoteQuery>,
) -> Response {
    let Some(piece) = Piece::parse(&piece) else {
        return PageError::NotFound.into_page(lang.0);
    };
    let Some(admin) = admin.0 else {
        return to_sign_in();
    };
    let tab = match admin_tab(&state, &admin).await {
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
