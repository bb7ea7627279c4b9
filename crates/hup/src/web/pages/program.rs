//! `/`: the program page — what the program is, what an employee needs (R7) and the four
//! steps (R15–R18).

use askama::Template;
use axum::response::Response;

use super::render;
use crate::i18n::Tr;
use crate::web::locale::Lang;

#[derive(Template)]
#[template(path = "program.html")]
pub struct ProgramPage {
    pub t: Tr,
    pub path: &'static str,
}

pub async fn get(lang: Lang) -> Response {
    render(
        &ProgramPage {
            t: lang.t(),
            path: "/",
        },
        lang.0,
    )
}
