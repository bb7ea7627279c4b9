use axum::extract::State;
use axum::response::Response;
use serde::Deserialize;

use super::super::{error_text, see_other, TenantPost};
use super::{show, PATH};
use crate::tenancy::benefit;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct CustomerForm {
    #[serde(default)]
    customer_number: String,
}

/// `POST /admin/billing/benefits/hup/customer`: connects the licensing customer (R9).
pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    token: Csrf,
    post: TenantPost<CustomerForm>,
) -> Response {
    let (admin, form) = (&post.admin, &post.fields);
    let connected = post
        .answer(
            lang.t(),
            error_text,
            |tenant| {
                benefit::connect_customer(&state.db, &admin.account, tenant, &form.customer_number)
            },
            |error| show(&state, lang.0, &token, admin, Some(error)),
        )
        .await;
    match connected {
        Ok(_) => see_other(PATH),
        Err(res) => res,
    }
}
