use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::super::{error_text, see_other, TenantPost};
use super::{show, PATH};
use crate::tenancy::admins::{self as service, Decision};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

/// What the Approve and Remove buttons post: the account and what to do with it.
#[derive(Deserialize)]
pub struct AccountForm {
    #[serde(default)]
    id: String,
    /// `approve` or `remove`.
    #[serde(default)]
    action: String,
}

/// `POST /admin/admins`: approves or removes one account of the tenant.
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<AccountForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let t = lang.t();
    let Ok(id) = form.id.trim().parse::<i64>() else {
        let error = (
            t.get("admin-error-no-such-account"),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
        return show(&state, lang.0, &token, admin, Some(error)).await;
    };
    let decision = match form.action.as_str() {
        "approve" => Decision::Approve,
        "remove" => Decision::Remove,
        _ => {
            let error = (
                t.get("admin-error-no-such-action"),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
            return show(&state, lang.0, &token, admin, Some(error)).await;
        }
    };
    let done = post
        .answer(
            t,
            |t, e| match e {
                crate::tenancy::TenancyError::NotFound => {
                    Some(t.get("admin-error-no-such-account"))
                }
                other => error_text(t, other),
            },
            |tenant| {
                let db = &state.db;
                async move { service::decide(db, &admin.account, tenant, id, decision).await }
            },
            |error| show(&state, lang.0, &token, admin, Some(error)),
        )
        .await;
    match done {
        Ok(()) => see_other(PATH),
        Err(res) => res,
    }
}
