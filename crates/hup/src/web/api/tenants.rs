//! A tenant's domains, licensing connection and HUP tab over JSON, for its org admins. Every
//! call answers 404 for a tenant the caller does not belong to.

use super::extract::ApiPath;
use super::json::ApiJson;
use crate::tenancy::extra::ExtraBenefit;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ApiError;
use crate::tenancy::admins::{self, Decision};
use crate::tenancy::benefit::{self, Count, HupTab};
use crate::tenancy::domains::{self, DomainView, VerifyOutcome};
use crate::web::auth::AdminUser;
use crate::web::AppState;

#[derive(Debug, Deserialize, ToSchema)]
pub struct AddDomain {
    /// e.g. `contoso.com`; Unicode (IDN) or punycode.
    pub domain: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DomainBody {
    /// The domain in ASCII (punycode for IDN).
    pub domain: String,
    pub domain_unicode: String,
    /// The exact value of the TXT record to publish on the domain.
    pub txt_value: String,
    /// `verified` or `pending`.
    pub status: &'static str,
    /// Why the last look-up did not prove the domain.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
}

impl From<DomainView> for DomainBody {
    fn from(d: DomainView) -> Self {
        DomainBody {
            status: if d.verified { "verified" } else { "pending" },
            reason: if d.verified {
                None
            } else {
                d.reason.as_ref().map(|r| r.text())
            },
            domain: d.domain,
            domain_unicode: d.domain_unicode,
            txt_value: d.txt_value,
        }
    }
}

/// Adds a domain to prove; returns the TXT value to publish.
#[utoipa::path(post, path = "/api/v1/tenants/{tenant}/domains", tag = "tenants",
    params(("tenant" = i64, Path)), request_body = AddDomain, security(("bearer" = [])),
    responses(
        (status = 201, body = DomainBody),
        (status = 404, description = "not the caller's tenant", body = super::problem::Problem),
        (status = 422, description = "not a domain, a public suffix or a consumer mail domain", body = super::problem::Problem),
    ))]
pub async fn add_domain(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
    ApiJson(body): ApiJson<AddDomain>,
) -> Result<Response, ApiError> {
    let view = domains::add(&state.db, &admin.account, tenant, &body.domain).await?;
    Ok((StatusCode::CREATED, Json(DomainBody::from(view))).into_response())
}

/// The tenant's domains.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/domains", tag = "tenants",
    params(("tenant" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = [DomainBody]), (status = 404, body = super::problem::Problem)))]
pub async fn list_domains(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
) -> Result<Json<Vec<DomainBody>>, ApiError> {
    let views = domains::list(&state.db, &admin.account, tenant).await?;
    Ok(Json(views.into_iter().map(DomainBody::from).collect()))
}

/// One domain of the tenant.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/domains/{domain}", tag = "tenants",
    params(("tenant" = i64, Path), ("domain" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = DomainBody), (status = 404, body = super::problem::Problem)))]
pub async fn get_domain(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath((tenant, domain)): ApiPath<(i64, String)>,
) -> Result<Json<DomainBody>, ApiError> {
    super::json::single_line("domain", &domain)?;
    let view = domains::get(&state.db, &admin.account, tenant, &domain).await?;
    Ok(Json(DomainBody::from(view)))
}

/// Removes a domain from the tenant: a pending one, or a verified one while another stays
/// verified (issue 12).
#[utoipa::path(delete, path = "/api/v1/tenants/{tenant}/domains/{domain}", tag = "tenants",
    params(("tenant" = i64, Path), ("domain" = String, Path)), security(("bearer" = [])),
    responses(
        (status = 204, description = "removed"),
        (status = 403, description = "not an admin of the tenant, or `awaiting-approval`", body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
        (status = 409, description = "`last-verified-domain`: the tenant's only verified domain", body = super::problem::Problem),
    ))]
pub async fn remove_domain(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath((tenant, domain)): ApiPath<(i64, String)>,
) -> Result<StatusCode, ApiError> {
    super::json::single_line("domain", &domain)?;
    domains::remove(&state.db, &admin.account, tenant, &domain).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccountBody {
    pub id: i64,
    pub work_email: String,
    /// `admin` (proved a domain; approves and removes accounts) or `member`.
    pub role: &'static str,
    /// `approved` or `waiting`: a waiting account sees nothing of the tenant.
    pub status: &'static str,
    /// The caller's own account.
    pub you: bool,
}

impl From<admins::AccountView> for AccountBody {
    fn from(a: admins::AccountView) -> Self {
        AccountBody {
            id: a.id,
            work_email: a.email,
            role: a.role.code(),
            status: if a.approved { "approved" } else { "waiting" },
            you: a.you,
        }
    }
}

/// The tenant's accounts (issue 12): who signed up at its domains, approved or waiting.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/admins", tag = "tenants",
    params(("tenant" = i64, Path)), security(("bearer" = [])),
    responses(
        (status = 200, body = [AccountBody]),
        (status = 403, description = "`awaiting-approval`: the caller is not approved yet", body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
    ))]
pub async fn list_admins(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
) -> Result<Json<Vec<AccountBody>>, ApiError> {
    let listed = admins::list(&state.db, &admin.account, tenant).await?;
    Ok(Json(
        listed.accounts.into_iter().map(AccountBody::from).collect(),
    ))
}

/// Lets an account into the tenant; for the tenant's admins (issue 12).
#[utoipa::path(post, path = "/api/v1/tenants/{tenant}/admins/{id}/approve", tag = "tenants",
    params(("tenant" = i64, Path), ("id" = i64, Path)), security(("bearer" = [])),
    responses(
        (status = 204, description = "approved"),
        (status = 403, description = "not an admin of the tenant", body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
    ))]
pub async fn approve_admin(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath((tenant, id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    admins::decide(&state.db, &admin.account, tenant, id, Decision::Approve).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Removes an account from the tenant and ends its sessions; for the tenant's admins, never
/// their own account (`cannot-remove-self`) (issue 12).
#[utoipa::path(delete, path = "/api/v1/tenants/{tenant}/admins/{id}", tag = "tenants",
    params(("tenant" = i64, Path), ("id" = i64, Path)), security(("bearer" = [])),
    responses(
        (status = 204, description = "removed"),
        (status = 403, description = "not an admin of the tenant, or the caller's own account", body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
    ))]
pub async fn remove_admin(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath((tenant, id)): ApiPath<(i64, i64)>,
) -> Result<StatusCode, ApiError> {
    admins::decide(&state.db, &admin.account, tenant, id, Decision::Remove).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct VerifyBody {
    /// `verified` or `pending`.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    /// A stable code for `reason`: `no-such-domain`, `no-record`, `wrong-value`, `timeout`,
    /// `lookup-failed` or `held-by-another-organization`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<&'static str>,
}

/// Looks the TXT record up now; `verified` makes the tenant managed and the caller its admin.
#[utoipa::path(post, path = "/api/v1/tenants/{tenant}/domains/{domain}/verify", tag = "tenants",
    params(("tenant" = i64, Path), ("domain" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = VerifyBody), (status = 404, body = super::problem::Problem)))]
pub async fn verify_domain(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath((tenant, domain)): ApiPath<(i64, String)>,
) -> Result<Json<VerifyBody>, ApiError> {
    super::json::single_line("domain", &domain)?;
    let outcome =
        domains::verify(&state.db, &state.config, &admin.account, tenant, &domain).await?;
    Ok(Json(match outcome {
        VerifyOutcome::Verified => VerifyBody {
            status: "verified",
            reason: None,
            reason_code: None,
        },
        VerifyOutcome::Pending(r) => VerifyBody {
            status: "pending",
            reason: Some(r.text()),
            reason_code: Some(r.code()),
        },
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct ConnectCustomer {
    pub customer_number: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ConnectionBody {
    pub customer_number: String,
    /// `approved`, or `pending` until the operator decides.
    pub status: &'static str,
}

/// Connects the licensing customer to the tenant (R9).
#[utoipa::path(post, path = "/api/v1/tenants/{tenant}/customers", tag = "tenants",
    params(("tenant" = i64, Path)), request_body = ConnectCustomer, security(("bearer" = [])),
    responses(
        (status = 201, body = ConnectionBody),
        (status = 403, description = "not an admin of a managed tenant", body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
        (status = 409, description = "connected elsewhere, or the tenant has another customer", body = super::problem::Problem),
        (status = 422, description = "unknown customer number", body = super::problem::Problem),
    ))]
pub async fn connect_customer(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
    ApiJson(body): ApiJson<ConnectCustomer>,
) -> Result<Response, ApiError> {
    let status =
        benefit::connect_customer(&state.db, &admin.account, tenant, &body.customer_number).await?;
    Ok((
        StatusCode::CREATED,
        Json(ConnectionBody {
            customer_number: body.customer_number.trim().to_owned(),
            status: status.code(),
        }),
    )
        .into_response())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CriterionBody {
    /// R8 criterion id: `a`, `b`, `c` or `d`.
    pub id: String,
    pub total_quantity: u64,
    pub agreements: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CountBody {
    /// The count, or null when below 5.
    pub count: Option<i64>,
    /// True when the count is below 5 and therefore not shown.
    pub fewer_than_5: bool,
}

impl From<Count> for CountBody {
    fn from(c: Count) -> Self {
        match c {
            Count::FewerThanFloor => CountBody {
                count: None,
                fewer_than_5: true,
            },
            Count::Exactly(n) => CountBody {
                count: Some(n),
                fewer_than_5: false,
            },
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EnrollmentBody {
    pub registrations: CountBody,
    pub confirmations: CountBody,
    pub bound_accounts: CountBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct HupBody {
    pub tenant: i64,
    pub managed: bool,
    pub customer_number: Option<String>,
    /// `approved`, `pending`, or null when no customer is connected.
    pub connection: Option<&'static str>,
    pub customer_name: Option<String>,
    pub eligible: bool,
    pub criteria: Vec<CriterionBody>,
    /// `YYYY-MM-DD` or null.
    pub valid_until: Option<String>,
    /// The admin's switch.
    pub enabled: bool,
    /// Whether employees can use the benefit now.
    pub active: bool,
    /// When an admin last switched the benefit on, accepting the program terms (epoch
    /// seconds); null while nobody has.
    pub terms_accepted_at: Option<i64>,
    /// The version of the program terms (`/terms`) that admin accepted; null while nobody
    /// has, or for an acceptance from before versions were recorded (issue 12).
    pub terms_version: Option<String>,
    /// The work address of the admin who accepted them.
    pub terms_accepted_by: Option<String>,
    /// The version the operator ships now; when it differs from `terms_version`, an admin
    /// accepts it by switching on again (`enabled: true`). The benefit is not switched off.
    pub current_terms_version: String,
    pub employee_link: String,
    pub enrollment: EnrollmentBody,
    /// Extra benefits the operator granted (R22), e.g. `other-office-products`.
    pub extra_benefits: Vec<ExtraBenefit>,
    /// Questions about the licensing data or reaching this admin center go to licensing
    /// support; problems seeing the benefit here go to store admin support (R21).
    pub support: SupportBody,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SupportBody {
    pub licensing: &'static str,
    pub store_admin: &'static str,
}

impl From<HupTab> for HupBody {
    fn from(t: HupTab) -> Self {
        HupBody {
            tenant: t.tenant_id,
            managed: t.managed,
            customer_number: t.customer_number,
            connection: t.connection.map(|c| c.code()),
            customer_name: t.customer_name,
            eligible: t.eligible,
            criteria: t
                .criteria
                .iter()
                .map(|c| {
                    let mut agreements: Vec<String> =
                        c.lines.iter().map(|l| l.agreement_number.clone()).collect();
                    agreements.dedup();
                    CriterionBody {
                        id: c.id.clone(),
                        total_quantity: c.total_quantity,
                        agreements,
                    }
                })
                .collect(),
            valid_until: t.valid_until.map(|d| d.format("%Y-%m-%d").to_string()),
            enabled: t.enabled,
            active: t.active,
            terms_accepted_at: t.terms_accepted_at,
            terms_version: t.terms_version,
            terms_accepted_by: t.terms_accepted_by,
            current_terms_version: t.current_terms_version,
            employee_link: t.employee_link,
            enrollment: EnrollmentBody {
                registrations: t.enrollment.registrations.into(),
                confirmations: t.enrollment.confirmations.into(),
                bound_accounts: t.enrollment.bound_accounts.into(),
            },
            extra_benefits: t.extra_benefits,
            support: SupportBody {
                licensing: "licensing-support",
                store_admin: "store-admin-support",
            },
        }
    }
}

/// The HUP tab: verdict and reasons, switch, employee link, enrollment counts.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/benefits/hup", tag = "tenants",
    params(("tenant" = i64, Path)), security(("bearer" = [])),
    responses((status = 200, body = HupBody), (status = 404, body = super::problem::Problem)))]
pub async fn get_hup(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
) -> Result<Json<HupBody>, ApiError> {
    let tab = benefit::hup_tab(&state.db, &state.config, &admin.account, tenant).await?;
    Ok(Json(tab.into()))
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct PatchHup {
    /// true switches the benefit on and accepts the current version of the program terms
    /// (`/terms`), also when it is on already; false switches it off.
    pub enabled: bool,
}

/// Switches the benefit on or off.
#[utoipa::path(patch, path = "/api/v1/tenants/{tenant}/benefits/hup", tag = "tenants",
    params(("tenant" = i64, Path)), request_body = PatchHup, security(("bearer" = [])),
    responses(
        (status = 200, body = HupBody),
        (status = 403, body = super::problem::Problem),
        (status = 404, body = super::problem::Problem),
    ))]
pub async fn patch_hup(
    State(state): State<AppState>,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
    ApiJson(body): ApiJson<PatchHup>,
) -> Result<Json<HupBody>, ApiError> {
    benefit::set_enabled(
        &state.db,
        &state.config.terms,
        &admin.account,
        tenant,
        body.enabled,
    )
    .await?;
    let tab = benefit::hup_tab(&state.db, &state.config, &admin.account, tenant).await?;
    Ok(Json(tab.into()))
}
