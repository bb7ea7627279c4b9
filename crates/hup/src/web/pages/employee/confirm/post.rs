use axum::extract::State;
use axum::response::Response;

use super::super::{keep_claim, no_referrer, see_other, TokenForm};
use super::LINK;
use crate::employees::{grants, registrations};
use crate::web::auth::MaybeEmployee;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf_token: Csrf,
    employee: MaybeEmployee,
    form: PostedForm<TokenForm>,
) -> Response {
    let confirmed = LINK
        .press(lang.t(), &form, &csrf_token, || {
            registrations::confirm(&state.db, &state.config, &form.fields.token)
        })
        .await;
    let confirmed = match confirmed {
        Ok(c) => c,
        Err(res) => return no_referrer(res),
    };
    // Signed in already: bind at once; otherwise the claim waits for the sign-in step.
    let res = match employee.0 {
        Some(user) => {
            match grants::bind(
                &state.db,
                &state.config,
                user.account.id,
                confirmed.claim.as_str(),
            )
            .await
            {
                Ok(_) => see_other("/account"),
                Err(_) => see_other("/account?claim=failed"),
            }
        }
        None => {
            let mut res = see_other("/signin");
            keep_claim(&mut res, &state.config, confirmed.claim.as_str());
            res
        }
    };
    no_referrer(res)
}
