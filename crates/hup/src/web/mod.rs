//! HTTP: pages for people, a JSON API for programs, and the probes operators rely on.
//! [`router`] and [`api_routes`] list every route in one place, so a reader sees the whole
//! surface; the OpenAPI document is collected from the second list, so it cannot miss a route.

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

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use crate::services::Services;

/// What every handler may reach: one `Arc`, so the per-request clones axum makes for each
/// extractor cost one atomic increment.
#[derive(Clone)]
pub struct AppState(Arc<Services>);

impl AppState {
    pub fn new(services: Services) -> Self {
        AppState(Arc::new(services))
    }

    /// The services themselves, for the background tasks `app.rs` starts.
    pub fn services(&self) -> Arc<Services> {
        self.0.clone()
    }
}

impl std::ops::Deref for AppState {
    type Target = Services;

    fn deref(&self) -> &Services {
        &self.0
    }
}

pub fn router(state: AppState) -> Router {
    let (api, openapi) = api_routes().split_for_parts();
    let mut routes = Router::new()
        .route("/", get(pages::program::get))
        .route("/static/style.css", get(assets::stylesheet))
        .route("/metrics", get(health::metrics))
        .route("/api/v1/openapi.json", api::openapi_json(openapi))
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
        .route(
            "/account",
            get(pages::employee::account::get::get).post(pages::employee::account::post::post),
        )
        .route(
            "/account/password",
            post(pages::employee::account::password::post),
        )
        // issue 16: the employee's personal data.
        .route(
            "/account/export",
            get(pages::employee::account::export::get),
        )
        .route(
            "/account/delete",
            get(pages::employee::account_delete::get::get)
                .post(pages::employee::account_delete::post::post),
        )
        .route("/offers", get(pages::offers::get))
        .route(
            "/orders",
            get(pages::orders::list).post(pages::orders::post),
        )
        .route("/orders/review", get(pages::orders::review))
        .route("/orders/{id}", get(pages::orders::show))
        // Issue 13: paying for an order, and abandoning an unpaid one.
        .route(
            "/orders/{id}/pay",
            get(pages::pay::get).post(pages::pay::post),
        )
        .route("/orders/{id}/cancel", post(pages::pay::cancel))
        .route("/static/pay.js", get(assets::pay_script))
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
        // issue 12: the tenant's accounts and removing a domain.
        .route(
            "/admin/admins",
            get(pages::admin::admins::get::get).post(pages::admin::admins::post::post),
        )
        .route(
            "/admin/domains/remove",
            post(pages::admin::domains::remove::post),
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
            "/admin/billing/benefits/hup/promote/kit.zip",
            get(pages::admin::hup::promote::kit::download),
        )
        .route(
            "/admin/billing/benefits/hup/promote/{piece}",
            get(pages::admin::hup::promote::files::download),
        )
        // issue 15: an admin's second factor, and the operator console.
        .route(
            "/admin/security",
            get(pages::admin::security::get::get).post(pages::admin::security::post::post),
        )
        .route("/operator", get(pages::operator::home::get::get))
        .route(
            "/operator/setup",
            get(pages::operator::setup::get::get).post(pages::operator::setup::post::post),
        )
        .route(
            "/operator/signin",
            get(pages::operator::signin::get::get).post(pages::operator::signin::post::post),
        )
        .route(
            "/operator/signout",
            post(pages::operator::signout::post::post),
        )
        .route(
            "/operator/feed",
            get(pages::operator::feed::get::get)
                .post(pages::operator::feed::post::post)
                .layer(DefaultBodyLimit::max(
                    pages::operator::feed::post::BODY_LIMIT,
                )),
        )
        .route(
            "/operator/customers",
            get(pages::operator::customers::get::get),
        )
        .route(
            "/operator/customers/what-if",
            post(pages::operator::customers::what_if::post),
        )
        .route(
            "/operator/tenants",
            get(pages::operator::tenants::get::get).post(pages::operator::tenants::post::post),
        )
        .route(
            "/operator/connections",
            get(pages::operator::connections::get::get)
                .post(pages::operator::connections::post::post),
        )
        .route("/operator/support", get(pages::operator::support::get))
        .route(
            "/operator/support/refund",
            post(pages::operator::support::refund),
        )
        .route(
            "/operator/documents",
            get(pages::operator::documents::get::get)
                .post(pages::operator::documents::post::preview)
                .layer(DefaultBodyLimit::max(
                    pages::operator::documents::post::BODY_LIMIT,
                )),
        )
        .route(
            "/operator/documents/publish",
            post(pages::operator::documents::post::publish),
        )
        .route("/operator/audit", get(pages::operator::audit::get))
        .merge(api);
    // issue 12 (org admin): the program terms, public; in demo mode the demo's name server.
    routes = routes.route("/terms", get(pages::terms::get));
    if state.demo {
        routes = routes
            .route("/dev/mail", get(pages::dev_mail::list))
            .route("/dev/mail/{name}", get(pages::dev_mail::show))
            .route(
                "/dev/dns",
                get(pages::dev_dns::get).post(pages::dev_dns::publish),
            )
            .route("/dev/dns/remove", post(pages::dev_dns::remove));
    }
    routes
        .method_not_allowed_fallback(pages::error::method_not_allowed)
        .route_layer(envelope::RouteTemplateLayer)
        .fallback(pages::error::fallback)
        // Outermost, so the request id exists before the trace span and every response,
        // including the fallback's and the trace layer's, is counted and gets the headers.
        .layer(envelope::EnvelopeLayer::new(
            state.metrics.clone(),
            &state.config,
        ))
        .with_state(state)
}

/// The JSON API and the probes, each route registered with its OpenAPI operation (the path
/// comes from the handler's `#[utoipa::path]`); handlers of one path share a `routes!`.
fn api_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::with_openapi(api::ApiDoc::openapi())
        .routes(routes!(health::healthz))
        .routes(routes!(health::readyz))
        .routes(routes!(api::connections::pending))
        .routes(routes!(api::connections::approve))
        .routes(routes!(api::connections::reject))
        .routes(routes!(api::admin::signup))
        .routes(routes!(api::admin::confirm))
        .routes(routes!(api::admin::sign_in))
        .routes(routes!(api::admin::sign_out))
        .routes(routes!(api::admin::me))
        .routes(routes!(api::operator_tenants::list))
        .routes(routes!(api::reports::program))
        .routes(routes!(api::offers::my_offers))
        .routes(routes!(api::orders::list, api::orders::place))
        .routes(routes!(api::orders::get))
        // Issue 13: paying, cancelling, refunds, entitlements and the provider's events.
        .routes(routes!(api::orders::pay))
        .routes(routes!(api::orders::cancel))
        .routes(routes!(api::payments::refund))
        .routes(routes!(api::payments::entitlements))
        .routes(routes!(api::payments::stripe_webhook))
        // Issue 14: the employee's subscriptions.
        .routes(routes!(api::subscriptions::list))
        .routes(routes!(api::subscriptions::cancel))
        .routes(routes!(api::subscriptions::payment_method))
        .routes(routes!(api::operator_tenants::put_extra_benefits))
        .routes(routes!(
            api::tenants::list_domains,
            api::tenants::add_domain
        ))
        .routes(routes!(
            api::tenants::get_domain,
            api::tenants::remove_domain
        ))
        .routes(routes!(api::tenants::verify_domain))
        .routes(routes!(api::tenants::connect_customer))
        .routes(routes!(api::tenants::get_hup, api::tenants::patch_hup))
        .routes(routes!(api::promotion::get_promotion))
        .routes(routes!(api::promotion::get_kit))
        // issue 12: a tenant's accounts, approved by its admins.
        .routes(routes!(api::tenants::list_admins))
        .routes(routes!(api::tenants::approve_admin))
        .routes(routes!(api::tenants::remove_admin))
        .routes(routes!(api::employees::register))
        .routes(routes!(api::employees::confirm_registration))
        .routes(routes!(api::employees::create_account))
        .routes(routes!(api::employees::confirm_account))
        .routes(routes!(api::employees::request_reset))
        .routes(routes!(api::employees::confirm_reset))
        .routes(routes!(api::employees::sign_in))
        .routes(routes!(api::employees::sign_out))
        .routes(routes!(
            api::employees::me,
            api::employees::patch_me,
            api::personal_data::erase
        ))
        // issue 16: personal data.
        .routes(routes!(api::personal_data::export))
        .routes(routes!(api::employees::change_password))
        .routes(routes!(api::employees::eligibility, api::employees::bind))
        .routes(routes!(api::operator::import))
        .routes(routes!(
            api::catalog::get_catalog,
            api::catalog::put_catalog
        ))
        .routes(routes!(
            api::catalog::get_markets,
            api::catalog::put_markets
        ))
        .routes(routes!(api::operator::eligibility))
        .routes(routes!(api::audit::list))
        .routes(routes!(api::operator_sessions::sign_in))
        .routes(routes!(api::operator_sessions::sign_out))
}
