//! HTTP: pages for people, a JSON API for programs, and the probes operators rely on.
//! [`router`] lists every route in one place, so a reader sees the whole surface.

pub mod api;
pub mod assets;
pub mod health;
pub mod locale;
pub mod metrics;
pub mod pages;
pub mod security;

use std::sync::Arc;

use axum::http::{HeaderName, Request};
use axum::routing::get;
use axum::Router;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

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
        .route("/api/v1/openapi.json", get(api::openapi_json));
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
