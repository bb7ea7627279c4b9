//! The operator API (contract.md): load the licensing-agreement feed and ask why a customer
//! does or does not qualify, the twins of `hup agreements import` and
//! `hup customers eligibility`. Bearer `HUP_OPERATOR_TOKEN`; without it configured the
//! operator API is off and every call is 401.

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

use super::body::read_limited;
use super::extract::{ApiPath, ApiQuery};
use super::problem::{self, FieldProblem, Problem};
use super::ApiError;
use crate::agreements::{self, ImportError, ImportOptions, ImportSummary, VerdictJson};
pub use crate::web::auth::{Operator, OperatorScheme};
use crate::web::AppState;

/// Largest feed the API accepts: 64 MiB, about 500,000 lines. The body is held in memory while
/// it is imported; larger feeds go through `hup agreements import FILE`, which streams.
pub const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ImportQuery {
    /// The file holds every current line: running lines it lacks end yesterday, lines it
    /// lacks that had not started are removed.
    #[serde(default)]
    pub snapshot: bool,
    /// With `snapshot=true`: import even a file with no lines, which ends every agreement;
    /// without it that is 422 `empty-document` and nothing changes.
    #[serde(default)]
    pub allow_empty: bool,
}

/// Loads a licensing-agreement feed (R9), as `hup agreements import`.
///
/// The body is the CSV file (contract.md). One transaction: any bad row answers 422 with every
/// bad row in `errors` (`field` is `line N: column`) and nothing changes.
#[utoipa::path(
    post,
    path = "/api/v1/agreements/import",
    tag = "operator",
    params(ImportQuery),
    request_body(content = String, content_type = "text/csv",
        description = "The feed, at most 64 MiB; larger feeds go through the command line"),
    responses(
        (status = 200, description = "Imported; unknown_products lists codes no criterion names", body = ImportSummary),
        UploadRefusals,
    ),
    security(("operator" = []))
)]
pub async fn import(
    operator: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ImportQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ImportSummary>, ApiError> {
    let hint = format!(
        "the feed may be at most {IMPORT_BODY_LIMIT} bytes; import larger feeds with \
         `hup agreements import FILE`"
    );
    let buf = read_limited(&headers, body, IMPORT_BODY_LIMIT, &hint).await?;
    let options = ImportOptions {
        snapshot: query.snapshot,
        today: chrono::Utc::now().date_naive(),
        allow_empty: query.allow_empty,
    };
    // Shared, not copied, when the import reads the body a second time.
    let input = std::io::Cursor::new(std::sync::Arc::<[u8]>::from(buf));
    match agreements::import_feed(
        &state.db,
        &state.config.policy,
        input,
        options,
        &(),
        Some(&operator.actor),
    )
    .await
    {
        Ok(summary) => Ok(Json(summary)),
        Err(ImportError::Rejected { problems, bad_rows }) => Err(ApiError::Unprocessable {
            kind: "invalid-feed",
            detail: format!(
                "{bad_rows} bad row{}; nothing was imported",
                if bad_rows == 1 { "" } else { "s" }
            ),
            errors: problems
                .into_iter()
                .map(|p| FieldProblem {
                    field: format!("line {}: {}", p.line, p.column),
                    reason: p.reason,
                })
                .collect(),
        }),
        Err(e @ ImportError::EmptySnapshot { .. }) => Err(empty_document(e.to_string())),
        Err(ImportError::Read(reason)) => Err(ApiError::BadRequest(reason)),
        Err(e @ ImportError::Store(_)) => Err(ApiError::Internal(e.into())),
    }
}

/// The refusals of every operator upload: the feed, the catalog, the market rules.
#[derive(utoipa::IntoResponses)]
#[allow(dead_code)] // only its OpenAPI description is used
pub enum UploadRefusals {
    /// No or wrong operator token
    #[response(status = 401, content_type = "application/problem+json")]
    Unauthorized(Problem),
    /// Over the limit: 64 MiB for a feed (larger ones go through the command line), 1 MiB for
    /// a catalog or market rules
    #[response(status = 413, content_type = "application/problem+json")]
    TooLarge(Problem),
    /// Invalid (`invalid-feed`, `invalid-catalog`, `invalid-markets`: every problem in
    /// `errors`), or it would remove every row of a kind in force (an empty snapshot, catalog
    /// or market rules) without `allow_empty=true` (`empty-document`); nothing changed
    #[response(status = 422, content_type = "application/problem+json")]
    Unprocessable(Problem),
}

/// Issue 11: 1. The 422 for an upload that would empty what is in force.
pub(super) fn empty_document(detail: String) -> ApiError {
    problem::field_problem("empty-document", "document", detail)
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EligibilityQuery {
    /// Evaluate as of this day (`YYYY-MM-DD`) instead of today.
    pub as_of: Option<String>,
}

/// Whether a customer qualifies (R8), why, and until when, as `hup customers eligibility --json`.
#[utoipa::path(
    get,
    path = "/api/v1/customers/{customer_number}/eligibility",
    tag = "operator",
    params(("customer_number" = String, Path, description = "As in the feed"), EligibilityQuery),
    responses(
        (status = 200, description = "The verdict and its reasons", body = VerdictJson),
        (status = 400, description = "as_of is not a day", body = Problem, content_type = "application/problem+json"),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 404, description = "No feed named this customer", body = Problem, content_type = "application/problem+json"),
    ),
    security(("operator" = []))
)]
pub async fn eligibility(
    _: Operator,
    State(state): State<AppState>,
    ApiPath(customer_number): ApiPath<String>,
    ApiQuery(query): ApiQuery<EligibilityQuery>,
) -> Result<Json<VerdictJson>, ApiError> {
    super::json::single_line("customer_number", &customer_number)?;
    let as_of = match query.as_of.as_deref() {
        None => chrono::Utc::now().date_naive(),
        Some(s) => chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|_| {
            ApiError::BadRequest(format!("as_of \"{s}\" is not a day in the form YYYY-MM-DD"))
        })?,
    };
    let verdict =
        agreements::customer_verdict(&state.db, &state.config.policy, &customer_number, as_of)
            .await
            .map_err(|e| ApiError::Internal(e.into()))?
            .ok_or(ApiError::NotFound)?;
    Ok(Json(verdict.to_json(&state.config.policy)))
}
