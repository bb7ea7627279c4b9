use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;

use super::chart::{self, Chart};
use crate::i18n::Tr;
use crate::reports::overview::{self, Overview};
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::pages::kit::render_with;
use crate::web::pages::operator::{amount, SignedInOperator};
use crate::web::AppState;

/// A labelled count, for the tables beside the charts.
pub struct Count {
    pub label: String,
    pub value: i64,
}

/// A day with orders, as its table row.
pub struct DayRow {
    pub date: String,
    pub orders: i64,
    pub paid: Vec<String>,
}

/// One currency's sales per day.
pub struct SalesChart {
    pub currency: String,
    pub chart: Chart,
}

#[derive(Template)]
#[template(path = "operator/home.html")]
pub struct HomePage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub customers: i64,
    pub eligible_customers: i64,
    pub employees: i64,
    pub enrolled: i64,
    pub orders: i64,
    pub tenants: Vec<Count>,
    pub tenants_chart: Chart,
    pub funnel: Vec<Count>,
    pub funnel_chart: Chart,
    pub orders_chart: Chart,
    pub sales_charts: Vec<SalesChart>,
    pub currencies: Vec<String>,
    pub days: Vec<DayRow>,
    pub first_day: String,
    pub last_day: String,
}

pub async fn get(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    SignedInOperator(operator): SignedInOperator,
) -> Response {
    let t = lang.t();
    let today = chrono::Utc::now().date_naive();
    let overview = match overview::overview(&state.db, today).await {
        Ok(o) => o,
        Err(e) => return crate::web::pages::error::PageError::Internal(e).into_page(t.locale),
    };
    let page = page(t, &csrf, operator.account.email, overview);
    csrf.attach(render_with(&page, t.locale, StatusCode::OK))
}

fn counts(t: Tr, pairs: &[(&str, i64)]) -> Vec<Count> {
    pairs
        .iter()
        .map(|(id, value)| Count {
            label: t.get(id),
            value: *value,
        })
        .collect()
}

fn chart_of(counts: &[Count]) -> Vec<(String, i64)> {
    counts.iter().map(|c| (c.label.clone(), c.value)).collect()
}

fn page(t: Tr, csrf: &Csrf, email: String, o: Overview) -> HomePage {
    let r = &o.report;
    let tenants = counts(
        t,
        &[
            ("operator-tenants-unmanaged", r.tenants - r.managed_tenants),
            (
                "operator-tenants-benefit-off",
                r.managed_tenants - r.benefit_on,
            ),
            (
                "operator-tenants-not-taking-part",
                r.benefit_on - r.participating,
            ),
            ("operator-tenants-taking-part", r.participating),
        ],
    );
    let f = o.funnel;
    let funnel = counts(
        t,
        &[
            ("operator-funnel-registered", f.registered),
            ("operator-funnel-confirmed", f.confirmed),
            ("operator-funnel-account", f.accounts),
            ("operator-funnel-bound", f.bound),
            ("operator-funnel-bought", f.bought),
        ],
    );
    let date = |d: &overview::Day| d.date.format("%Y-%m-%d").to_string();
    let orders: Vec<(String, i64)> = o.days.iter().map(|d| (date(d), d.orders)).collect();
    let sales_charts = o
        .currencies
        .iter()
        .enumerate()
        .map(|(i, currency)| SalesChart {
            currency: currency.clone(),
            chart: chart::columns(
                &o.days
                    .iter()
                    .map(|d| (date(d), d.paid_minor[i]))
                    .collect::<Vec<_>>(),
            ),
        })
        .collect();
    let days = o
        .days
        .iter()
        .filter(|d| d.orders > 0)
        .rev()
        .map(|d| DayRow {
            date: date(d),
            orders: d.orders,
            paid: o
                .currencies
                .iter()
                .zip(&d.paid_minor)
                .map(|(c, minor)| amount(t, c, *minor))
                .collect(),
        })
        .collect();
    HomePage {
        t,
        path: "/operator",
        csrf: csrf.token.clone(),
        signed_in_as: Some(email),
        customers: r.customers,
        eligible_customers: r.eligible_customers,
        employees: r.employees,
        enrolled: r.enrolled,
        orders: r.orders,
        tenants_chart: chart::rows(&chart_of(&tenants)),
        tenants,
        funnel_chart: chart::rows(&chart_of(&funnel)),
        funnel,
        orders_chart: chart::columns(&orders),
        sales_charts,
        currencies: o.currencies,
        days,
        first_day: o.days.first().map(date).unwrap_or_default(),
        last_day: o.days.last().map(date).unwrap_or_default(),
    }
}
