//! Step 4 in the browser (R18): the Buy forms of `/offers` post here; `/orders` lists the
//! employee's own orders and `/orders/{id}` shows one, with how to activate it (R19) and where
//! to ask (R23). Forms carry a CSRF token and an idempotency key per offer and page view.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use hup_core::help::HelpTopic;
use serde::Deserialize;

use hup_core::catalog::Term;
use hup_core::order::OrderStatus;

use super::error::PageError;
use super::program::{offer_row, OfferRow};
use super::render;
use crate::i18n::Tr;
use crate::orders::{self, IdempotencyKey, Order, OrderError, Purchase};
use crate::token::Token;
use crate::web::csrf::PostedForm;
use crate::web::locale::Lang;
use crate::web::pages::employee::{EmployeePage, SignedIn};
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
    /// The consent to immediate delivery and the loss of the right of withdrawal (issue 13).
    #[serde(default)]
    consent: Option<String>,
}

/// What Buy on `/offers` asks to review.
#[derive(Deserialize)]
pub struct ReviewQuery {
    #[serde(default)]
    product: String,
    #[serde(default)]
    term: String,
    /// `consent`: the order was posted without the consent box ticked.
    #[serde(default)]
    failed: Option<String>,
}

/// The review before an order (issue 12): what is bought, for which country, at which price,
/// whether and how it renews, and the terms; its button posts the order. The payment step
/// will live on this page.
#[derive(Template)]
#[template(path = "order_review.html")]
pub struct ReviewPage {
    pub t: Tr,
    pub path: String,
    pub csrf: String,
    pub offer: OfferRow,
    pub country: String,
    /// How the purchase renews, or that it does not.
    pub renewal: String,
    /// Where the terms of buying through the program are (R23's purchase FAQ).
    pub terms_url: Option<String>,
    /// The order form's idempotency key: pressing the button twice makes one order.
    pub key: String,
    /// Money is taken (`HUP_PAYMENTS=stripe`): the button obliges to pay.
    pub takes_payment: bool,
    /// The consent box was not ticked last time.
    pub consent_missing: bool,
}

/// Where a refused review or order sends the browser: back to the offers, with why.
fn refused(e: OrderError, lang: Lang) -> Response {
    match e {
        OrderError::Unavailable(_) => see_other("/offers?failed=unavailable"),
        OrderError::NoSuchOffer { .. } => see_other("/offers?failed=no-such-offer"),
        OrderError::RegionalStore(_) => see_other("/offers?failed=regional-store"),
        OrderError::InvalidKey | OrderError::KeyReused => see_other("/offers?failed=form"),
        e => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    }
}

pub async fn review(page: EmployeePage, Query(q): Query<ReviewQuery>) -> Response {
    let (state, lang, csrf, user) = page.into_parts();
    let t = lang.t();
    let snapshot = match state.catalog.snapshot().await {
        Ok(s) => s,
        Err(e) => return PageError::Internal(e.into()).into_page(lang.0),
    };
    let previewed =
        match orders::preview(&state, &snapshot, &user.account, &q.product, &q.term).await {
            Ok(p) => p,
            Err(e) => return refused(e, lang),
        };
    let Some(catalog) = snapshot.catalog.as_ref() else {
        return see_other("/offers?failed=unavailable");
    };
    let offer = offer_row(t, catalog, &previewed.offer);
    let renewal = t.with(
        match previewed.offer.term {
            Term::P1Y => "order-review-renews-yearly",
            Term::P1M => "order-review-renews-monthly",
            Term::Perpetual => "order-review-once",
        },
        "price",
        &offer.price,
    );
    let page = ReviewPage {
        t,
        path: format!(
            "/orders/review?product={}&term={}",
            previewed.offer.product.as_str(),
            previewed.offer.term.as_str()
        ),
        csrf: csrf.token.clone(),
        country: t.country_label(previewed.country),
        renewal,
        terms_url: snapshot
            .markets
            .help()
            .among(&[HelpTopic::PurchaseFaq])
            .next()
            .map(|(_, url)| url.to_owned()),
        key: Token::generate().as_str().to_owned(),
        offer,
        takes_payment: state.payments.publishable_key().is_some(),
        consent_missing: q.failed.as_deref() == Some("consent"),
    };
    csrf.attach(render(&page, lang.0))
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
    // CRD art. 16(m): no order of digital content without the express consent.
    if form.consent.as_deref() != Some("yes") {
        let back = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("product", &form.product)
            .append_pair("term", &form.term)
            .append_pair("failed", "consent")
            .finish();
        return see_other(&format!("/orders/review?{back}"));
    }
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
        Ok(placed) if placed.order.status.unpaid().is_some() => {
            see_other(&format!("/orders/{}/pay", placed.order.id))
        }
        Ok(placed) => see_other(&format!("/orders/{}?placed=1", placed.order.id)),
        Err(e) => refused(e, lang),
    }
}

/// An order as the pages show it, in the employee's language.
pub struct OrderView {
    pub id: i64,
    pub number: String,
    pub product: String,
    pub term: String,
    pub list_price: String,
    /// Only a list price that differs from the price paid is struck through (issue 12).
    pub discounted: bool,
    pub discount: String,
    pub price: String,
    pub status: String,
    pub placed_on: String,
    /// What the employee does next with the order (issue 12), linking its page.
    pub next: String,
}

impl OrderView {
    fn new(t: Tr, order: &Order, product: String) -> Self {
        OrderView {
            id: order.id,
            number: order.number(),
            product,
            term: t.term(order.term),
            list_price: t.money(&order.list_price),
            discounted: order.list_price != order.price,
            discount: format!("{} %", order.discount_percent),
            price: t.money(&order.price),
            status: t.get(&format!("order-status-{}", order.status.code())),
            placed_on: order.placed_date().map(|d| t.date(d)).unwrap_or_default(),
            next: t.get(next_step(order.status)),
        }
    }
}

/// The next step of an order in its state: an order hup confirmed, paid or handed over is
/// activated with the personal account (R19); the others are explained on the order's page.
fn next_step(status: OrderStatus) -> &'static str {
    match status {
        OrderStatus::Paid | OrderStatus::Fulfilled => "order-next-activate",
        OrderStatus::PendingPayment | OrderStatus::PaymentFailed => "order-next-pay",
        _ => "order-next-open",
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
    /// The receipt's lines once paid (issue 13).
    pub receipt: Vec<(String, String)>,
    /// What the order's state means now: paid, cancelled, refunded, failed, no payment taken.
    pub state_note: Option<String>,
    /// Unpaid: the Pay link (and Try again after a decline).
    pub pay_link: Option<String>,
    /// Unpaid: the Cancel button.
    pub cancellable: bool,
    /// The order holds a licence: how to activate it (R19).
    pub activate: bool,
    pub csrf: String,
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
    page: EmployeePage,
    Path(id): Path<String>,
    Query(q): Query<OrderQuery>,
) -> Response {
    let (state, lang, csrf, user) = page.into_parts();
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
    let email = &user.account.email;
    // `?placed=1` after Buy: a key, not text (issue 11: 8).
    let placed = q.placed.filter(|p| p == "1").map(|_| match order.status {
        OrderStatus::Fulfilled if order.takes_payment() => {
            t.with("order-paid-notice", "email", email)
        }
        _ => t.with("order-placed", "email", email),
    });
    let state_note = match order.status {
        OrderStatus::PaymentFailed => Some(t.with(
            "pay-failed",
            "reason",
            order.payment.failure.as_deref().unwrap_or(""),
        )),
        OrderStatus::Cancelled => Some(t.get("order-cancelled-notice")),
        OrderStatus::Refunded => Some(t.get("order-refunded-notice")),
        OrderStatus::Fulfilled if !order.takes_payment() => Some(t.get("order-no-payment")),
        _ => None,
    };
    let pay_link = order.status.unpaid().map(|u| {
        let label = if u.is_retry() {
            "order-retry-link"
        } else {
            "order-pay-link"
        };
        t.get(label)
    });
    let page = OrderPage {
        t,
        path: format!("/orders/{id}"),
        help: super::help_links(t, snapshot.markets.help(), &HelpTopic::FOR_EMPLOYEES),
        placed,
        receipt: crate::orders::mails::receipt_facts(t, &order),
        state_note,
        pay_link: pay_link.filter(|_| order.takes_payment()),
        cancellable: order.status.unpaid().is_some(),
        activate: order.status.holds_licence(),
        csrf: csrf.token.clone(),
        order: OrderView::new(t, &order, snapshot.product_name(&order.product, t.lang())),
    };
    csrf.attach(render(&page, lang.0))
}
