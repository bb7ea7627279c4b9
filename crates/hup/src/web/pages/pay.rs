//! `/orders/{id}/pay` (issue 13): the card form for an unpaid order. Stripe.js takes the card
//! (card data never reaches hup) and the form posts the resulting PaymentMethod id; hup pays
//! the order and sends the browser to the order, or back here with why. Only this page lets
//! Stripe.js's origins in (`security::payment_page_csp`). `/orders/{id}/cancel` abandons it.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderValue};
use axum::response::Response;
use hup_core::catalog::Term;
use serde::Deserialize;

use super::error::PageError;
use super::render;
use crate::config::PaymentsConfig;
use crate::i18n::Tr;
use crate::orders::{self, cancel, Order, OrderError};
use crate::payments::checkout::{self, Paying};
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::pages::employee::{EmployeePage, SignedIn};
use crate::web::pages::kit::see_other;
use crate::web::security::payment_page_csp;
use crate::web::AppState;

#[derive(Template)]
#[template(path = "order_pay.html")]
pub struct PayPage {
    pub t: Tr,
    pub path: String,
    pub csrf: String,
    pub id: i64,
    pub number: String,
    pub price: String,
    pub subscription: bool,
    pub js_url: String,
    pub publishable_key: String,
    pub client_secret: String,
    /// 3-D Secure: the PaymentIntent's secret for `confirmCardPayment`.
    pub next_action: Option<String>,
    /// Why the last attempt did not go through.
    pub problem: Option<String>,
}

#[derive(Deserialize)]
pub struct PayQuery {
    failed: Option<String>,
}

#[derive(Deserialize)]
pub struct PayForm {
    #[serde(default)]
    payment_method: String,
    /// `1` after 3-D Secure: look at the payment again.
    #[serde(default)]
    check: String,
}

pub async fn get(
    page: EmployeePage,
    Path(id): Path<String>,
    Query(q): Query<PayQuery>,
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
    if order.status.unpaid().is_none() || !order.takes_payment() {
        return see_other(&format!("/orders/{id}"));
    }
    let problem = match q.failed.as_deref() {
        Some("unavailable") => Some(t.get("pay-unavailable")),
        Some("processing") => Some(t.get("pay-processing")),
        Some("card") => Some(t.get("pay-card-failed")),
        _ => None,
    };
    let order = match checkout::prepare(&state, order, &user.account).await {
        Ok(order) => order,
        Err(OrderError::ProviderUnavailable(_)) => {
            let order = order_stub(&state, id, user.account.id).await;
            let problem = Some(t.get("pay-unavailable"));
            return csrf.attach(page_for(
                &state,
                t,
                &csrf.token,
                &order,
                None,
                problem,
                lang,
            ));
        }
        Err(e) => return PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    };
    let problem = problem.or_else(|| {
        order
            .payment
            .failure
            .as_deref()
            .map(|reason| t.with("pay-failed", "reason", reason))
    });
    csrf.attach(page_for(
        &state,
        t,
        &csrf.token,
        &Some(order),
        None,
        problem,
        lang,
    ))
}

async fn order_stub(state: &AppState, id: i64, employee: i64) -> Option<Order> {
    orders::get(&state.db, employee, id).await.ok().flatten()
}

/// The payment page for `order`, with the payment page's own CSP.
fn page_for(
    state: &AppState,
    t: Tr,
    csrf: &str,
    order: &Option<Order>,
    next_action: Option<String>,
    problem: Option<String>,
    lang: Lang,
) -> Response {
    let (Some(order), PaymentsConfig::Stripe(stripe)) = (order, &state.config.payments) else {
        return PageError::NotFound.into_page(lang.0);
    };
    let page = PayPage {
        t,
        path: format!("/orders/{}/pay", order.id),
        csrf: csrf.to_owned(),
        id: order.id,
        number: order.number(),
        price: t.money(&order.price),
        subscription: order.term != Term::Perpetual,
        js_url: stripe.js_url.to_string(),
        publishable_key: stripe.publishable_key.clone(),
        client_secret: order
            .payment
            .setup_client_secret
            .clone()
            .unwrap_or_default(),
        next_action,
        problem,
    };
    let mut res = render(&page, lang.0);
    let csp = payment_page_csp(&stripe.js_url, &stripe.api_base);
    if let Ok(value) = HeaderValue::from_str(&csp) {
        res.headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    res
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    SignedIn(user): SignedIn,
    csrf: Csrf,
    Path(id): Path<String>,
    form: PostedForm<PayForm>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return PageError::NotFound.into_page(lang.0);
    };
    let back = format!("/orders/{id}/pay");
    if !form.genuine {
        return see_other(&back);
    }
    let paid = if form.fields.check == "1" || form.fields.payment_method.is_empty() {
        checkout::refresh(&state, &user.account, id).await
    } else {
        checkout::pay(&state, &user.account, id, &form.fields.payment_method).await
    };
    match paid {
        Ok(Paying {
            next_action: Some(secret),
            order,
        }) => {
            let t = lang.t();
            csrf.attach(page_for(
                &state,
                t,
                &csrf.token,
                &Some(order),
                Some(secret),
                None,
                lang,
            ))
        }
        Ok(Paying { order, .. }) if order.status.holds_licence() => {
            see_other(&format!("/orders/{id}?placed=1"))
        }
        Ok(Paying { order, .. })
            if order.status == hup_core::order::OrderStatus::PendingPayment =>
        {
            see_other(&format!("{back}?failed=processing"))
        }
        Ok(Paying { order, .. }) if order.status.unpaid().is_some() => see_other(&back),
        Ok(_) => see_other(&format!("/orders/{id}")),
        Err(OrderError::ProviderUnavailable(_)) => see_other(&format!("{back}?failed=unavailable")),
        Err(OrderError::InvalidPaymentMethod | OrderError::PaymentRefused(_)) => {
            see_other(&format!("{back}?failed=card"))
        }
        Err(OrderError::NotFound) => PageError::NotFound.into_page(lang.0),
        Err(OrderError::WrongState(_) | OrderError::LimitReached { .. }) => {
            see_other(&format!("/orders/{id}"))
        }
        Err(e) => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    }
}

#[derive(Deserialize)]
pub struct CancelForm {}

pub async fn cancel(
    State(state): State<AppState>,
    lang: Lang,
    SignedIn(user): SignedIn,
    Path(id): Path<String>,
    form: PostedForm<CancelForm>,
) -> Response {
    let Ok(id) = id.parse::<i64>() else {
        return PageError::NotFound.into_page(lang.0);
    };
    if !form.genuine {
        return see_other(&format!("/orders/{id}"));
    }
    match cancel::cancel(&state, user.account.id, id).await {
        Ok(_) | Err(OrderError::WrongState(_) | OrderError::ProviderUnavailable(_)) => {
            see_other(&format!("/orders/{id}"))
        }
        Err(OrderError::NotFound) => PageError::NotFound.into_page(lang.0),
        Err(e) => PageError::Internal(anyhow::Error::new(e)).into_page(lang.0),
    }
}
