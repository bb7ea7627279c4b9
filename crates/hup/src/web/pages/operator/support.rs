//! `/operator/support?q=…`: look up an order by its number or a personal account by its
//! address, for support (R23): the account, its grant, its orders; and refund a paid order
//! from there (`POST /operator/support/refund`, the twin of `hup orders refund`, issue 13).

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{amount, internal, when, OperatorForm, SignedInOperator};
use crate::i18n::Tr;
use crate::orders::{refund, support, OrderError};
use crate::web::auth::OperatorUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

pub struct OrderLine {
    pub id: i64,
    /// Paid or fulfilled: the money can go back.
    pub refundable: bool,
    /// As the employee sees it: `HUP-000042`.
    pub number: String,
    pub asked: bool,
    pub product: String,
    pub term: String,
    pub status: String,
    pub price: String,
    pub list_price: String,
    pub at: String,
}

pub struct AccountView {
    pub email: String,
    pub display_name: String,
    pub country: String,
    pub confirmed: bool,
    /// `tenant · work address · until`, when the account holds a grant.
    pub grant: Option<String>,
    pub orders: Vec<OrderLine>,
}

#[derive(Template)]
#[template(path = "operator/support.html")]
pub struct SupportPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub q: String,
    pub searched: bool,
    pub account: Option<AccountView>,
    /// What the last refund did, or why it was refused.
    pub notice: Option<String>,
    pub error: Option<String>,
}

#[derive(Deserialize)]
pub struct SupportQuery {
    #[serde(default)]
    q: String,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
    Query(query): Query<SupportQuery>,
) -> Response {
    show(&state, lang.t(), &csrf, &operator, &query.q, Said::Nothing).await
}

/// What a refund said, shown above the look-up.
enum Said {
    Nothing,
    Notice(String),
    Error(String, StatusCode),
}

async fn show(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    q: &str,
    said: Said,
) -> Response {
    let q = q.trim().to_owned();
    let searched = !q.is_empty() && crate::web::api::json::single_line("q", &q).is_ok();
    let account = if searched {
        match support::lookup(&state.db, &q).await {
            Ok(found) => found.map(|v| view(t, v)),
            Err(e) => return internal(e, t.locale),
        }
    } else {
        None
    };
    let mut status = if searched && account.is_none() {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    let (notice, error) = match said {
        Said::Nothing => (None, None),
        Said::Notice(n) => (Some(n), None),
        Said::Error(e, refused) => {
            status = refused;
            (None, Some(e))
        }
    };
    let page = SupportPage {
        t,
        path: "/operator/support",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        q,
        searched,
        account,
        notice,
        error,
    };
    csrf.attach(render_with(&page, t.locale, status))
}

#[derive(Deserialize)]
pub struct RefundFields {
    #[serde(default)]
    order: String,
    /// The look-up to show again afterwards.
    #[serde(default)]
    q: String,
}

/// Gives an order's money back through the provider, under the operator's name in the audit
/// log, and shows the look-up again with what happened.
pub async fn refund(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: OperatorForm<RefundFields>,
) -> Response {
    let t = lang.t();
    let f = &form.fields;
    let said = if !form.genuine {
        Said::Error(t.get("operator-error-csrf"), StatusCode::FORBIDDEN)
    } else {
        match f.order.trim().parse::<i64>() {
            Err(_) => Said::Error(t.get("operator-refund-unknown"), StatusCode::NOT_FOUND),
            Ok(id) => match refund::refund(&state, &form.operator.actor(), id).await {
                Ok(order) => Said::Notice(t.with_args(
                    "operator-refund-done",
                    &[("order", order.number()), ("price", t.money(&order.price))],
                )),
                Err(OrderError::NotFound) => {
                    Said::Error(t.get("operator-refund-unknown"), StatusCode::NOT_FOUND)
                }
                Err(OrderError::WrongState(_)) => {
                    Said::Error(t.get("operator-refund-not-paid"), StatusCode::CONFLICT)
                }
                Err(OrderError::ProviderUnavailable(_)) => Said::Error(
                    t.get("operator-refund-unavailable"),
                    StatusCode::SERVICE_UNAVAILABLE,
                ),
                Err(e) => return internal(e, t.locale),
            },
        }
    };
    show(&state, t, &csrf, &form.operator, &f.q, said).await
}

fn view(t: Tr, v: support::SupportView) -> AccountView {
    AccountView {
        email: v.account.email,
        display_name: v.account.display_name.unwrap_or_default(),
        country: v.account.country,
        confirmed: v.account.confirmed,
        grant: v.grant.map(|g| {
            t.with_args(
                "operator-support-grant-value",
                &[
                    ("tenant", g.tenant_id.to_string()),
                    ("work", g.work_email),
                    ("until", when(g.expires_at)),
                ],
            )
        }),
        orders: v
            .orders
            .into_iter()
            .map(|o| OrderLine {
                id: o.id,
                refundable: matches!(o.status.as_str(), "paid" | "fulfilled"),
                asked: v.asked == Some(o.id),
                number: crate::orders::order_number(o.id),
                price: amount(t, &o.currency, o.price_minor),
                list_price: amount(t, &o.currency, o.list_price_minor),
                at: when(o.created_at),
                product: o.product,
                term: o.term,
                status: o.status,
            })
            .collect(),
    }
}
