//! The JSON API under `/api/v1`, described by an OpenAPI document generated from the code: its
//! paths come from the route list (`web::api_routes`), the rest from [`ApiDoc`].

pub mod account_answers;
pub mod admin;
pub mod audit;
pub mod body;
pub mod catalog;
pub mod connections;
pub mod employees;
pub mod extract;
pub mod json;
pub mod offers;
pub mod operator;
pub mod operator_sessions;
pub mod operator_tenants;
pub mod orders;
pub mod payments;
pub mod personal_data;
pub mod promotion;
pub mod reports;
pub mod responses;
pub mod subscriptions;
pub mod tenants;

use std::sync::Arc;

use axum::response::IntoResponse;
use axum::routing::{get, MethodRouter};
use axum::Json;
use utoipa::OpenApi;

/// The problem documents, where the OpenAPI annotations name them.
pub use super::errors as problem;
pub use super::errors::ApiError;
use admin::BearerScheme;
use operator::OperatorScheme;

/// The document around the paths: title, shared schemas, tags and security schemes.
#[derive(OpenApi)]
#[openapi(
    info(
        title = "hup — Home Use Program",
        description = "Employees of eligible organizations buy the vendor's consumer software for home at a discount. Errors are `application/problem+json` (RFC 9457) with a stable `type`.",
        license(name = "Apache-2.0")
    ),
    components(schemas(problem::Problem)),
    tags(
        (name = "operations", description = "Probes for load balancers and monitoring"),
        (name = "employees", description = "The employee journey: register and confirm the work address, the personal account, sessions and the eligibility grant (R7, R15–R17, R19)"),
        (name = "admin", description = "Org admins' work accounts and sessions"),
        (name = "tenants", description = "An organization's domains, licensing connection and HUP benefit"),
        (name = "operator", description = "The program's operator: licensing-agreement feed and eligibility (R8, R9); bearer HUP_OPERATOR_TOKEN"),
        (name = "payments", description = "The payment provider's signed events (issue 13)")
    ),
    modifiers(&BearerScheme, &OperatorScheme)
)]
pub struct ApiDoc;

/// `GET /api/v1/openapi.json`: the document the router collected from its JSON routes, with
/// the error responses every operation can give ([`responses::ProblemResponses`]).
pub fn openapi_json<S: Clone + Send + Sync + 'static>(
    mut document: utoipa::openapi::OpenApi,
) -> MethodRouter<S> {
    utoipa::Modify::modify(&responses::ProblemResponses, &mut document);
    let document = Arc::new(document);
    get(move || {
        let document = document.clone();
        async move { Json(&*document).into_response() }
    })
}
