//! HTTP: pages for people, a JSON API for programs, and the probes operators rely on.
//! [`router`] lists every route in one place, so a reader sees the whole surface.

pub mod api;
pub mod assets;
pub mod csrf;
pub mod health;
pub mod locale;
pub mod metrics;
pub mod pages;
pub mod security;
pub mod session;

use std::sync::Arc;

use axum::http::{HeaderName, Request};
use axum::routing::{get, post};
use axum::Router;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::catalog::CatalogService;
use crate::config::Config;
use crate::mail::worker::Wakeup;
use crate::store::Db;

/// What every handler may reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub mail: Wakeup,
    pub metrics: Arc<metrics::Metrics>,
    pub catalog: Arc<CatalogService>,
    /// Demo mode serves `/dev/mail`.
    pub demo: bool,
}

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub fn router(state: AppState) -> Router {
    let mut routes = Router::new()
        .route("/", get(pages::program::get))
        .route("/static/style.css", get(assets::stylesheet))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(metrics::render))
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/static/admin.js", get(assets::admin_script))
        .route("/admin", get(pages::admin::home::get::get))
        .route(
            "/admin/signin",
            get(pages::admin::signin::get::get).post(pages::admin::signin::post::post),
        )
        .route(
            "/admin/signup",
            get(pages::admin::signup::get::get).post(pages::admin::signup::post::post),
        )
        .route(
            "/admin/confirm",
            get(pages::admin::confirm::get::get).post(pages::admin::confirm::post::post),
        )
        .route("/admin/signout", post(pages::admin::signout::post::post))
        .route(
            "/admin/domains",
            get(pages::admin::domains::get::get).post(pages::admin::domains::post::post),
        )
        .route(
            "/admin/domains/verify",
            post(pages::admin::domains::verify::post),
        )
        .route(
            "/admin/billing/benefits/hup",
            get(pages::admin::hup::get::get).post(pages::admin::hup::post::post),
        )
        .route(
            "/admin/billing/benefits/hup/customer",
            post(pages::admin::hup::customer::post),
        )
        .route(
            "/api/v1/connections/pending",
            get(api::connections::pending),
        )
        .route(
            "/api/v1/connections/{customer_number}/approve",
            post(api::connections::approve),
        )
        .route(
            "/api/v1/connections/{customer_number}/reject",
            post(api::connections::reject),
        )
        .route("/api/v1/admin/signups", post(api::admin::signup))
        .route("/api/v1/admin/signups/confirm", post(api::admin::confirm))
        .route("/api/v1/admin/sessions", post(api::admin::sign_in))
        .route(
            "/api/v1/admin/sessions/current",
            axum::routing::delete(api::admin::sign_out),
        )
        .route("/api/v1/admin/me", get(api::admin::me))
        .route(
            "/api/v1/tenants/{tenant}/domains",
            get(api::tenants::list_domains).post(api::tenants::add_domain),
        )
        .route(
            "/api/v1/tenants/{tenant}/domains/{domain}",
            get(api::tenants::get_domain),
        )
        .route(
            "/api/v1/tenants/{tenant}/domains/{domain}/verify",
            post(api::tenants::verify_domain),
        )
        .route(
            "/api/v1/tenants/{tenant}/customers",
            post(api::tenants::connect_customer),
        )
        .route(
            "/api/v1/tenants/{tenant}/benefits/hup",
            get(api::tenants::get_hup).patch(api::tenants::patch_hup),
        )
        .route("/api/v1/agreements/import", post(api::operator::import))
        .route(
            "/api/v1/catalog",
            get(api::catalog::get_catalog).put(api::catalog::put_catalog),
        )
        .route(
            "/api/v1/markets",
            get(api::catalog::get_markets).put(api::catalog::put_markets),
        )
        .route(
            "/api/v1/customers/{customer_number}/eligibility",
            get(api::operator::eligibility),
        );
    if state.demo {
        routes = routes
            .route("/dev/mail", get(pages::dev_mail::list))
            .route("/dev/mail/{name}", get(pages::dev_mail::show));
    }
    routes
        .route_layer(axum::middleware::from_fn(metrics::remember_route))
        .fallback(pages::error::fallback)
        .layer(axum::middleware::from_fn(locale::persist_choice))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(axum::middleware::from_fn_with_state(
            state.metrics.clone(),
            metrics::record,
        ))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(
            // Paths only: query strings may carry tokens, and tokens never reach a log line.
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let id = req
                    .headers()
                    .get(&REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
            })
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
        .with_state(state)
}
