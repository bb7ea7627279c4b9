use axum::extract::State;
use axum::response::Response;

use crate::operators::signin;
use crate::web::auth::MaybeOperator;
use crate::web::csrf::PostedForm;
use crate::web::locale::Lang;
use crate::web::pages::kit::{sign_out, SignoutForm};
use crate::web::pages::operator::{internal, SIGN_IN};
use crate::web::session::OPERATOR_COOKIE;
use crate::web::AppState;

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    operator: MaybeOperator,
    form: PostedForm<SignoutForm>,
) -> Response {
    let end = || async {
        match operator.0 {
            Some(operator) => signin::sign_out(&state, &operator.token)
                .await
                .map_err(|e| internal(e, lang.0)),
            None => Ok(()),
        }
    };
    sign_out(
        &state.config,
        form.genuine,
        OPERATOR_COOKIE,
        "/operator",
        SIGN_IN,
        end,
    )
    .await
}
