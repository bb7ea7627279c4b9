//! The operator API (contract.md): load the licensing-agreement feed and ask why a customer
//! does or does not qualify, the twins of `hup agreements import` and
//! `hup customers eligibility`. Bearer `HUP_OPERATOR_TOKEN`; without it configured the
//! operator API is off and every call is 401.

use axum::body::Body;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::body::read_limited;
use super::extract::{ApiPath, ApiQuery};
use super::problem::{FieldProblem, Problem};
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
}

/// What an import did (the summary `hup agreements import` prints).
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportSummaryJson {
    pub lines: u64,
    pub customers: u64,
    pub eligible_customers: u64,
    pub customers_evaluated: u64,
    pub lines_written: u64,
    pub lines_ended: u64,
    pub lines_removed: u64,
    pub seconds: f64,
}

impl From<ImportSummary> for ImportSummaryJson {
    fn from(s: ImportSummary) -> Self {
        ImportSummaryJson {
            lines: s.lines,
            customers: s.customers,
            eligible_customers: s.eligible_customers,
            customers_evaluated: s.customers_evaluated,
            lines_written: s.lines_written,
            lines_ended: s.lines_ended,
            lines_removed: s.lines_removed,
            seconds: s.elapsed.as_secs_f64(),
        }
    }
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
        (status = 200, description = "Imported", body = ImportSummaryJson),
        (status = 401, description = "No or wrong operator token", body = Problem, content_type = "application/problem+json"),
        (status = 413, description = "Body over 64 MiB", body = Problem, content_type = "application/problem+json"),
        (status = 422, description = "Bad rows; nothing imported", body = Problem, content_type = "application/problem+json"),
    ),
    security(("operator" = []))
)]
pub async fn import(
    _: Operator,
    State(state): State<AppState>,
    ApiQuery(query): ApiQuery<ImportQuery>,
    headers: HeaderMap,
    body: Body,
) -> Result<Json<ImportSummaryJson>, ApiError> {
    let hint = format!(
        "the feed may be at most {IMPORT_BODY_LIMIT} bytes; import larger feeds with \
         `hup agreements import FILE`"
    );
    let buf = read_limited(&headers, body, IMPORT_BODY_LIMIT, &hint).await?;
    let options = ImportOptions {
        snapshot: query.snapshot,
        today: chrono::Utc::now().date_naive(),
    };
    let input = std::io::Cursor::new(buf);
    match agreements::import_feed(&state.db, &state.config.policy, input, options, &()).await {
        Ok(summary) => Ok(Json(summary.into())),
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
        Err(ImportError::Read(reason)) => Err(ApiError::BadRequest(reason)),
        Err(e @ ImportError::Store(_)) => Err(ApiError::Internal(e.into())),
    }
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
