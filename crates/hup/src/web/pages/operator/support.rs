//! `/operator/support?q=…`: look up an order by its number or a personal account by its
//! address, for support (R23): the account, its grant, its orders. (Refunds arrive with the
//! payments work, issue 13.)

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;

use super::{amount, internal, when, SignedInOperator};
use crate::i18n::Tr;
use crate::orders::support;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::AppState;

pub struct OrderLine {
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
    let t = lang.t();
    let q = query.q.trim().to_owned();
    let searched = !q.is_empty() && crate::web::api::json::single_line("q", &q).is_ok();
    let account = if searched {
        match support::lookup(&state.db, &q).await {
            Ok(found) => found.map(|v| view(t, v)),
            Err(e) => return internal(e, t.locale),
        }
    } else {
        None
    };
    let status = if searched && account.is_none() {
        StatusCode::NOT_FOUND
    } else {
        StatusCode::OK
    };
    let page = SupportPage {
        t,
        path: "/operator/support",
        csrf: csrf.token.clone(),
        signed_in_as: Some(operator.account.email.clone()),
        q,
        searched,
        account,
    };
    csrf.attach(render_with(&page, t.locale, status))
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
