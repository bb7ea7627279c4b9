//! The JSON API under `/api/v1`, described by an OpenAPI document generated from the code.

pub mod account_answers;
pub mod admin;
pub mod body;
pub mod catalog;
pub mod connections;
pub mod employees;
pub mod json;
pub mod offers;
pub mod operator;
pub mod operator_tenants;
pub mod orders;
pub mod promotion;
pub mod reports;
pub mod tenants;

use std::sync::LazyLock;

use axum::response::IntoResponse;
use axum::Json;
use utoipa::OpenApi;

/// The problem documents, where the OpenAPI annotations name them.
pub use super::errors as problem;
pub use super::errors::ApiError;
use admin::BearerScheme;
use operator::OperatorScheme;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "hup — Home Use Program",
        description = "Employees of eligible organizations buy the vendor's consumer software for home at a discount. Errors are `application/problem+json` (RFC 9457) with a stable `type`.",
        license(name = "Apache-2.0")
    ),
    paths(
        super::health::healthz,
        super::health::readyz,
        admin::signup,
        admin::confirm,
        admin::sign_in,
        admin::sign_out,
        admin::me,
        tenants::add_domain,
        tenants::list_domains,
        tenants::get_domain,
        tenants::verify_domain,
        tenants::connect_customer,
        tenants::get_hup,
        tenants::patch_hup,
        promotion::get_promotion,
        connections::pending,
        connections::approve,
        connections::reject,
        operator::import,
        operator::eligibility,
        operator_tenants::list,
        operator_tenants::put_extra_benefits,
        reports::program,
        offers::my_offers,
        orders::place,
        orders::list,
        orders::get,
        catalog::get_catalog,
        catalog::put_catalog,
        catalog::get_markets,
        catalog::put_markets,
        employees::register,
        employees::confirm_registration,
        employees::create_account,
        employees::confirm_account,
        employees::request_reset,
        employees::confirm_reset,
        employees::sign_in,
        employees::sign_out,
        employees::me,
        employees::bind,
        employees::eligibility,
    ),
    components(schemas(problem::Problem)),
    tags(
        (name = "operations", description = "Probes for load balancers and monitoring"),
        (name = "employees", description = "The employee journey: register and confirm the work address, the personal account, sessions and the eligibility grant (R7, R15–R17, R19)"),
        (name = "admin", description = "Org admins' work accounts and sessions"),
        (name = "tenants", description = "An organization's domains, licensing connection and HUP benefit"),
        (name = "operator", description = "The program's operator: licensing-agreement feed and eligibility (R8, R9); bearer HUP_OPERATOR_TOKEN")
    ),
    modifiers(&BearerScheme, &OperatorScheme)
)]
pub struct ApiDoc;

static DOCUMENT: LazyLock<utoipa::openapi::OpenApi> = LazyLock::new(ApiDoc::openapi);

pub async fn openapi_json() -> impl IntoResponse {
    Json(&*DOCUMENT)
}
