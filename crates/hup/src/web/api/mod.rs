//! The JSON API under `/api/v1`, described by an OpenAPI document generated from the code.

pub mod problem;

use std::sync::LazyLock;

use axum::response::IntoResponse;
use axum::Json;
use utoipa::OpenApi;

pub use problem::ApiError;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "hup — Home Use Program",
        description = "Employees of eligible organizations buy the vendor's consumer software for home at a discount. Errors are `application/problem+json` (RFC 9457) with a stable `type`.",
        license(name = "Apache-2.0")
    ),
    paths(super::health::healthz, super::health::readyz),
    components(schemas(problem::Problem)),
    tags(
        (name = "operations", description = "Probes for load balancers and monitoring")
    )
)]
pub struct ApiDoc;

static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

pub async fn openapi_json() -> impl IntoResponse {
    Json(&*DOCUMENT)
}
