//! `/terms`: the program terms an org admin accepts by switching the benefit on (issue 12), as
//! the operator ships them (`HUP_TERMS`, or `crates/hup-core/catalog/terms.md`), with their
//! version. Public: an admin reads them before accepting, anyone may read what was accepted.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use hup_core::tenancy::TermsBlock;

use super::render;
use crate::i18n::Tr;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "terms.html")]
struct TermsPage {
    t: Tr,
    path: &'static str,
    version: String,
    blocks: Vec<TermsBlock>,
}

pub async fn get(State(state): State<AppState>, lang: Lang) -> Response {
    let terms = &state.config.terms;
    render(
        &TermsPage {
            t: lang.t(),
            path: "/terms",
            version: terms.version.clone(),
            blocks: terms.blocks(),
        },
        lang.0,
    )
}
