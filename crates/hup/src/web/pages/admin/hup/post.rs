use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::super::{error_text, see_other, TenantPost};
use super::{show, Done, PATH};
use crate::tenancy::benefit;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct SwitchForm {
    /// `on` or `off`.
    #[serde(default)]
    enabled: String,
}

/// Switches the benefit on (accepting the terms) or off.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<SwitchForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let enabled = form.enabled == "on";
    let switched = post
        .answer(
            lang.t(),
            error_text,
            |tenant| {
                benefit::set_enabled(
                    &state.db,
                    &state.config.terms,
                    &admin.account,
                    tenant,
                    enabled,
                )
            },
            |error| show(&state, lang.0, &token, admin, Some(error)),
        )
        .await;
    match switched {
        Ok(()) => {
            let done = if enabled {
                Done::Accepted
            } else {
                Done::SwitchedOff
            };
            see_other(&format!("{PATH}?done={}", done.code()))
        }
        Err(res) => res,
    }
}
