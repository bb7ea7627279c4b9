//! `/operator`: the program at a glance — customers and how many qualify, tenants by state,
//! the employee funnel, and orders and sales per day for the last 90 days, as charts with the
//! numbers in tables beside them. A signed-out visit is sent to the sign-in form.
pub mod chart;
pub mod get;

use askama::Template;
use axum::http::StatusCode;
use axum::response::Response;

use crate::i18n::Tr;
use crate::web::csrf::Csrf;
use crate::web::pages::kit::render_with;

#[derive(Template)]
#[template(path = "operator/message.html")]
pub struct MessagePage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub title: String,
    pub body: String,
    pub next: Option<(&'static str, String)>,
}

/// A page with only a title and a sentence (a setup link that is no longer valid).
pub fn message(t: Tr, csrf: &Csrf, title: String, body: String, status: StatusCode) -> Response {
    let page = MessagePage {
        t,
        path: "/operator",
        csrf: csrf.token.clone(),
        signed_in_as: None,
        title,
        body,
        next: None,
    };
    csrf.attach(render_with(&page, t.locale, status))
}
