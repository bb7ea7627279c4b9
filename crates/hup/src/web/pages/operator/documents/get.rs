use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::{kind_code, DocumentsPage, InForce, Preview};
use crate::i18n::Tr;
use crate::store::catalog::{self as documents, DocumentKind};
use crate::web::auth::OperatorUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{internal, SignedInOperator};
use crate::web::AppState;

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
) -> Response {
    show(
        &state,
        lang.t(),
        &csrf,
        &operator,
        Shown::default(),
        StatusCode::OK,
    )
    .await
}

/// What a post adds to the page.
#[derive(Default)]
pub struct Shown {
    pub preview: Option<Preview>,
    pub problems: Vec<String>,
    pub error: Option<String>,
}

pub async fn show(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    shown: Shown,
    status: StatusCode,
) -> Response {
    let mut in_force = Vec::new();
    for kind in [DocumentKind::Catalog, DocumentKind::Markets] {
        match documents::get(&state.db, kind).await {
            Ok(Some(d)) => in_force.push(InForce {
                kind: kind_code(kind),
                version: d.version,
                body: d.body,
            }),
            Ok(None) => {}
            Err(e) => return internal(e, t.locale),
        }
    }
    let page = DocumentsPage {
        t,
        path: "/operator/documents",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        in_force,
        preview: shown.preview,
        problems: shown.problems,
        error: shown.error,
    };
    csrf.attach(render_with(&page, t.locale, status))
}
