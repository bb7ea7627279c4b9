//! `POST /account`: the display name and the country (issue 12).

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::{error_text, see_other, FieldErrors, SignedIn};
use super::AccountPage;
use crate::employees::profile::{self, ProfileChange};
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::errors::Refuses;
use crate::web::locale::Lang;
use crate::web::pages::error::PageError;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    country: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedIn(user): SignedIn,
    form: PostedForm<ProfileForm>,
) -> Response {
    let t = lang.t();
    let (genuine, form) = (form.genuine, form.fields);
    let (status, errors) = if genuine {
        let change = ProfileChange {
            display_name: Some(&form.display_name),
            country: Some(&form.country),
        };
        match profile::update(&state, &user.account, &change).await {
            Ok(_) => return see_other("/account?saved=profile"),
            Err(e) => match error_text(t, &e, "") {
                Some((field, text)) => (e.refusal().status(), FieldErrors::one(field, text)),
                None => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
            },
        }
    } else {
        (
            StatusCode::FORBIDDEN,
            FieldErrors::one("", t.get("employee-error-csrf")),
        )
    };
    let mut page = match AccountPage::new(&state, t, csrf.token.clone(), &user.account).await {
        Ok(page) => page,
        Err(e) => return e.into_page(lang.0),
    };
    // What was typed stays, next to its error.
    page.form_name = form.display_name;
    page.form_country = form.country;
    page.profile_errors = errors;
    csrf.attach(render_with(&page, lang.0, status))
}
