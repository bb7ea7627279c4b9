//! The promotion kit over JSON (R13, R14): the same material the admin center's page offers,
//! in the language the caller picks.

use axum::extract::State;
use axum::response::Response;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::extract::{ApiPath, ApiQuery};
use super::problem::FieldProblem;
use super::ApiError;
use crate::i18n::Locale;
use crate::tenancy::kit;
use crate::tenancy::promotion::{self, Material};
use crate::web::auth::AdminUser;
use crate::web::locale::Lang;
use crate::web::pages::admin::hup::promote::kit::zip_response;
use crate::web::AppState;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PromotionQuery {
    /// `en`, `nl`, `de`, `fr`, `es` or `ja`: the language of the material; the request's
    /// language when absent.
    pub material: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct EmailCopy {
    pub subject: String,
    /// Plain text.
    pub body: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct PromotionBody {
    /// The language of the material: `en`, `nl`, `de`, `fr`, `es` or `ja`.
    pub language: &'static str,
    /// Where employees start (the program page, with its public discounts).
    pub employee_link: String,
    pub email: EmailCopy,
    /// Plain text for the staff newsletter.
    pub newsletter: String,
    /// The printable flyer: a whole HTML page with A4 print styles.
    pub flyer_html: String,
    /// The digital flyer: a block of HTML with inline styles for an intranet page.
    pub intranet_html: String,
    /// Tips on promoting the program, in the material's language.
    pub guidance: Vec<String>,
}

impl From<Material> for PromotionBody {
    fn from(m: Material) -> Self {
        PromotionBody {
            language: m.language.code(),
            employee_link: m.employee_link,
            email: EmailCopy {
                subject: m.email_subject,
                body: m.email_body,
            },
            newsletter: m.newsletter,
            flyer_html: m.flyer_html,
            intranet_html: m.intranet_html,
            guidance: m.guidance,
        }
    }
}

/// The language `query` names, the request's own when absent; 422 `unknown-material-language`
/// on `field` for a language hup has no material in.
fn material_language(
    query: Option<&str>,
    request: Locale,
    field: &str,
) -> Result<Locale, ApiError> {
    match query.map(str::trim) {
        None | Some("") => Ok(request),
        Some(code) => Locale::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| {
                let codes: Vec<&str> = Locale::ALL.iter().map(|l| l.code()).collect();
                let detail = format!(
                    "there is no material in {code:?}; choose one of {}",
                    codes.join(", ")
                );
                ApiError::Unprocessable {
                    kind: "unknown-material-language",
                    errors: vec![FieldProblem {
                        field: field.into(),
                        reason: detail.clone(),
                    }],
                    detail,
                }
            }),
    }
}

/// The promotion kit: flyers, email and newsletter copy and tips, carrying the employee link.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/benefits/hup/promotion", tag = "tenants",
    params(("tenant" = i64, Path), PromotionQuery), security(("bearer" = [])),
    responses(
        (status = 200, body = PromotionBody),
        (status = 401, body = super::problem::Problem),
        (status = 404, description = "not the caller's tenant", body = super::problem::Problem),
        (status = 409, description = "`benefit-not-active`: employees cannot use the benefit now", body = super::problem::Problem),
        (status = 422, description = "`unknown-material-language`: no material in that language", body = super::problem::Problem),
    ))]
pub async fn get_promotion(
    State(state): State<AppState>,
    lang: Lang,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
    ApiQuery(q): ApiQuery<PromotionQuery>,
) -> Result<Json<PromotionBody>, ApiError> {
    let language = material_language(q.material.as_deref(), lang.0, "material")?;
    let kit = promotion::kit(&state.db, &state.config, &admin.account, tenant, language).await?;
    Ok(Json(kit.into()))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct KitQuery {
    /// `en`, `nl`, `de`, `fr`, `es` or `ja`: the language of the kit; the request's language
    /// when absent.
    pub lang: Option<String>,
}

/// The whole promotion kit in one language as a zip (issue 17, R14): `flyer-a4.pdf` and
/// `flyer-letter.pdf` (the organization's name, the employee link as text and as a QR code, the
/// discounts in force), `flyer.png` (the digital flyer), `email.html`, `email.txt`,
/// `newsletter.html`, `newsletter.txt`, `intranet.html` and `guidance.pdf`.
#[utoipa::path(get, path = "/api/v1/tenants/{tenant}/benefits/hup/promotion/kit.zip", tag = "tenants",
    params(("tenant" = i64, Path), KitQuery), security(("bearer" = [])),
    responses(
        (status = 200, description = "the kit", content_type = "application/zip", body = Vec<u8>),
        (status = 401, body = super::problem::Problem),
        (status = 404, description = "not the caller's tenant", body = super::problem::Problem),
        (status = 409, description = "`benefit-not-active`: employees cannot use the benefit now", body = super::problem::Problem),
        (status = 422, description = "`unknown-material-language` (field `lang`), or `invalid-text`", body = super::problem::Problem),
    ))]
pub async fn get_kit(
    State(state): State<AppState>,
    lang: Lang,
    admin: AdminUser,
    ApiPath(tenant): ApiPath<i64>,
    ApiQuery(q): ApiQuery<KitQuery>,
) -> Result<Response, ApiError> {
    let language = material_language(q.lang.as_deref(), lang.0, "lang")?;
    let bytes = kit::zip(&state, &admin.account, tenant, language).await?;
    Ok(zip_response(bytes, language.code()))
}
