//! Step 4 in the browser (R18): the Buy forms of `/offers` post here; `/orders` lists the
//! employee's own orders and `/orders/{id}` shows one, with how to activate it (R19) and where
//! to ask (R23). Forms carry a CSRF token and an idempotency key per offer and page view.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use hup_core::help::HelpTopic;
use serde::Deserialize;

use super::error::PageError;
use super::render;
use crate::i18n::Tr;
use crate::orders::{self, IdempotencyKey, Order, OrderError, Purchase};
use crate::web::csrf::PostedForm;
use crate::web::locale::Lang;
use crate::web::pages::employee::SignedIn;
use crate::web::pages::kit::see_other;
use crate::web::AppState;

#[derive(Deserialize)]
pub struct BuyForm {
    #[serde(default)]
    product: String,
    #[serde(default)]
    term: String,
    #[serde(default)]
    key: String,
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    SignedIn(user): SignedIn,
    form: PostedForm<BuyForm>,
) -> Response {
    let (genuine, form) = (form.genuine, form.fields);
    let key = match IdempotencyKey::parse(&form.key) {
        Ok(key) if genuine => key,
        _ => return see_other("/offers?failed=form"),
    };
    let snapshot = match state.catalog.snapshot().await {
        Ok(s) => s,
        Err(e) => return PageError::Internal(e.into()).into_page(lang.0),
    };
    let purchase = Purchase {
        product: &form.product,
        term: &form.term,
        key: &key,
    };
    match orders::place(&state, &snapshot, &user.account, purchase).await {
        Ok(placed) => see_other(&format!("/orders/{}?placed=1", placed.order.id)),
        Err(OrderError::Unavailable(_)) => see_other("/offers?failed=unavailable"),
        Err(OrderError::NoSuchOffer { .. }) => see_other("/offers?failed=no-such-offer"),
        Err(OrderError::RegionalStore(_)) => see_other("/offers?failed=regional-store"),
        Err(OrderError::InvalidKey | OrderError::KeyReused) => see_other("/offers?failed=form"),
        Err(e) => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    }
}

/// An order as the pages show it, in the employee's language.
pub struct OrderView {
    pub id: i64,
    pub number: String,
    pub product: String,
    pub term: String,
    pub list_price: String,
    pub discount: String,
    pub price: String,
    pub status: String,
    pub placed_on: String,
}

impl OrderView {
    fn new(t: Tr, order: &Order, product: String) -> Self {
        OrderView {
            id: order.id,
            number: order.number(),
            product,
            term: t.term(order.term),
            list_price: t.money(&order.list_price),
            discount: format!("{} %", order.discount_percent),
            price: t.money(&order.price),
            status: t.get(&format!("order-status-{}", order.status.code())),
            placed_on: order.placed_on(),
        }
    }
}

#[derive(Template)]
#[template(path = "orders.html")]
pub struct OrdersPage {
    pub t: Tr,
    pub path: &'static str,
    pub orders: Vec<OrderView>,
}

#[derive(Template)]
#[template(path = "order.html")]
pub struct OrderPage {
    pub t: Tr,
    pub path: String,
    pub order: OrderView,
    /// Just placed: the thank-you notice naming where the confirmation went.
    pub placed: Option<String>,
    /// R23: where employees with questions about the order go.
    pub help: Vec<(String, String)>,
}

async fn views(state: &AppState, t: Tr, orders: &[Order]) -> Result<Vec<OrderView>, PageError> {
    let snapshot = state
        .catalog
        .snapshot()
        .await
        .map_err(anyhow::Error::from)?;
    Ok(orders
        .iter()
        .map(|o| OrderView::new(t, o, snapshot.product_name(&o.product, t.lang())))
        .collect())
}

pub async fn list(State(state): State<AppState>, lang: Lang, SignedIn(user): SignedIn) -> Response {
    let t = lang.t();
    let found = orders::list(&state.db, user.account.id)
        .await
        .map_err(|e| PageError::Internal(anyhow::Error::new(e)));
    let orders = match found {
        Ok(orders) => views(&state, t, &orders).await,
        Err(e) => Err(e),
    };
    match orders {
        Ok(orders) => render(
            &OrdersPage {
                t,
                path: "/orders",
                orders,
            },
            lang.0,
        ),
        Err(e) => e.into_page(lang.0),
    }
}

#[derive(Deserialize)]
pub struct OrderQuery {
    placed: Option<String>,
}

pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    Query(q): Query<OrderQuery>,
) -> Response {
    let t = lang.t();
    let Ok(id) = id.parse::<i64>() else {
        return PageError::NotFound.into_page(lang.0);
    };
    let order = match orders::get(&state.db, user.account.id, id).await {
        Ok(Some(order)) => order,
        Ok(None) => return PageError::NotFound.into_page(lang.0),
        Err(e) => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    };
    let snapshot = match state.catalog.snapshot().await {
        Ok(s) => s,
        Err(e) => return PageError::Internal(e.into()).into_page(lang.0),
    };
    let order = OrderView::new(t, &order, snapshot.product_name(&order.product, t.lang()));
    let page = OrderPage {
        t,
        path: format!("/orders/{id}"),
        help: super::help_links(t, snapshot.markets.help(), &HelpTopic::FOR_EMPLOYEES),
        // `?placed=1` after Buy: a key, not text (issue 11: 8).
        placed: q
            .placed
            .filter(|p| p == "1")
            .map(|_| t.with("order-placed", "email", &user.account.email)),
        order,
    };
    render(&page, lang.0)
}
