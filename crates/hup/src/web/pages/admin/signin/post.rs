use axum::extract::State;
use axum::http::header;
use axum::response::Response;

use super::super::{see_other, WorkAccountFields};
use super::FORM;
use crate::tenancy::{accounts, SESSION_SECONDS};
use crate::web::client::ClientAddr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::session::{secure, set_cookie, ADMIN_COOKIE};
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    client: ClientAddr,
    form: PostedForm<WorkAccountFields>,
) -> Response {
    let signed = FORM
        .post(lang.t(), &csrf, &form, || {
            accounts::sign_in(
                &state,
                &form.fields.work_email,
                &form.fields.password,
                &form.fields.code,
                &client.0,
            )
        })
        .await;
    match signed {
        Ok(signed) => {
            let mut res = see_other("/admin/domains");
            res.headers_mut().append(
                header::SET_COOKIE,
                set_cookie(
                    ADMIN_COOKIE,
                    signed.token.as_str(),
                    SESSION_SECONDS,
                    secure(&state.config),
                ),
            );
            res
        }
        Err(res) => res,
    }
}
