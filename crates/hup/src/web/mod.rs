//! HTTP: pages for people, a JSON API for programs, and the probes operators rely on.
//! [`router`] lists every route in one place, so a reader sees the whole surface.

pub mod api;
pub mod assets;
pub mod auth;
pub mod client;
pub mod csrf;
pub mod envelope;
pub mod errors;
pub mod health;
pub mod locale;
pub mod pages;
pub mod security;
pub mod server;
pub mod session;

use std::sync::Arc;

use axum::http::Request;
use axum::routing::{get, post, put};
use axum::Router;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

pub use crate::services::Services;

/// What every handler may reach: one `Arc`, so the per-request clones axum makes for each
/// extractor cost one atomic increment.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

impl AppState {
    pub fn new(services: Services) -> Self {
        AppState(Arc::new(services))
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

pub fn router(state: AppState) -> Router {
    let mut routes = Router::new()
        .route("/", get(pages::program::get))
        .route("/static/style.css", get(assets::stylesheet))
        .route("/healthz", get(health::healthz))
        .route("/readyz", get(health::readyz))
        .route("/metrics", get(health::metrics))
        .route("/api/v1/openapi.json", get(api::openapi_json))
        .route("/static/admin.js", get(assets::admin_script))
        .route(
            "/register",
            get(pages::employee::register::get::get).post(pages::employee::register::post::post),
        )
        .route(
            "/confirm",
            get(pages::employee::confirm::get::get).post(pages::employee::confirm::post::post),
        )
        .route(
            "/signin",
            get(pages::employee::signin::get::get).post(pages::employee::signin::post::post),
        )
        .route(
            "/signin/create",
            post(pages::employee::signin::create::post),
        )
        .route("/signout", post(pages::employee::signout::post::post))
        .route("/account", get(pages::employee::account::get::get))
        .route("/offers", get(pages::offers::get))
        .route(
            "/orders",
            get(pages::orders::list).post(pages::orders::post),
        )
        .route("/orders/{id}", get(pages::orders::show))
        .route(
            "/account/confirm",
            get(pages::employee::account_confirm::get::get)
                .post(pages::employee::account_confirm::post::post),
        )
        .route(
            "/account/reset",
            get(pages::employee::reset::get::get).post(pages::employee::reset::post::post),
        )
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
            "/admin/billing/benefits/hup/promote",
            get(pages::admin::hup::promote::get::get),
        )
        .route(
            "/admin/billing/benefits/hup/promote/{piece}",
            get(pages::admin::hup::promote::files::download),
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
        .route("/api/v1/tenants", get(api::operator_tenants::list))
        .route("/api/v1/reports/program", get(api::reports::program))
        .route("/api/v1/me/offers", get(api::offers::my_offers))
        .route(
            "/api/v1/orders",
            get(api::orders::list).post(api::orders::place),
        )
        .route("/api/v1/orders/{id}", get(api::orders::get))
        .route(
            "/api/v1/tenants/{tenant}/extra-benefits",
            put(api::operator_tenants::put_extra_benefits),
        )
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
        .route(
            "/api/v1/tenants/{tenant}/benefits/hup/promotion",
            get(api::promotion::get_promotion),
        )
        .route("/api/v1/registrations", post(api::employees::register))
        .route(
            "/api/v1/registrations/confirm",
            post(api::employees::confirm_registration),
        )
        .route("/api/v1/accounts", post(api::employees::create_account))
        .route(
            "/api/v1/accounts/confirm",
            post(api::employees::confirm_account),
        )
        .route(
            "/api/v1/accounts/password-resets",
            post(api::employees::request_reset),
        )
        .route(
            "/api/v1/accounts/password-resets/confirm",
            post(api::employees::confirm_reset),
        )
        .route("/api/v1/sessions", post(api::employees::sign_in))
        .route(
            "/api/v1/sessions/current",
            axum::routing::delete(api::employees::sign_out),
        )
        .route("/api/v1/me", get(api::employees::me))
        .route(
            "/api/v1/me/eligibility",
            get(api::employees::eligibility).post(api::employees::bind),
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
        .route_layer(envelope::RouteTemplateLayer)
        .fallback(pages::error::fallback)
        .layer(
            // Paths only: query strings may carry tokens, and tokens never reach a log line.
            TraceLayer::new_for_http().make_span_with(|req: &Request<_>| {
                let id = req
                    .headers()
                    .get(&envelope::REQUEST_ID)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("-");
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path(), request_id = %id)
            })
            .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        // Outermost, so the request id exists before the trace span and every response,
        // including the fallback's and the trace layer's, is counted and gets the headers.
        .layer(envelope::EnvelopeLayer::new(state.metrics.clone(), &state.config))
        .with_state(state)
}
