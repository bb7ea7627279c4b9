use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use axum::Form;
use serde::Deserialize;

use super::super::{error_status, error_text, no_referrer, page_error, render_with, MessagePage};
use super::ConfirmPage;
use crate::tenancy::accounts;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct ConfirmForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    token: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    headers: HeaderMap,
    Form(form): Form<ConfirmForm>,
) -> Response {
    let t = lang.t();
    let page = |error: String| ConfirmPage {
        t,
        path: crate::web::pages::own_path("/admin/confirm", &form.token),
        csrf: token.token.clone(),
        signed_in_as: None,
        error: Some(error),
        token: form.token.clone(),
    };
    if !csrf::verify(&state.config, &headers, &form.csrf) {
        let res = render_with(
            &page(t.get("admin-error-csrf")),
            lang.0,
            StatusCode::FORBIDDEN,
        );
        return no_referrer(token.attach(res));
    }
    let res = match accounts::confirm(&state.db, &form.token).await {
        Ok(_) => {
            let done = MessagePage {
                t,
                path: "/admin/confirm",
                csrf: token.token.clone(),
                signed_in_as: None,
                title: t.get("admin-confirmed-title"),
                body: t.get("admin-confirmed-body"),
                next: Some(("/admin/signin", t.get("admin-signin-button"))),
            };
            render_with(&done, lang.0, StatusCode::OK)
        }
        Err(e) => match error_text(t, &e) {
            Some(text) => render_with(&page(text), lang.0, error_status(&e)),
            None => page_error(e, lang.0),
        },
    };
    no_referrer(res)
}
