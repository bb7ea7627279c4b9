//! `GET /api/v1/reports/program`: the operator's program report, as `hup report --json`.

use axum::extract::State;
use axum::Json;

use super::operator::Operator;
use super::ApiError;
use crate::reports::{self, ProgramReport};
use crate::web::AppState;

#[utoipa::path(get, path = "/api/v1/reports/program", tag = "operator",
    responses(
        (status = 200, description = "Reach and sales of the program; counts and sums only (R20)", body = ProgramReport),
        (status = 401, body = super::problem::Problem, content_type = "application/problem+json")),
    security(("operator" = [])))]
pub async fn program(
    State(state): State<AppState>,
    _: Operator,
) -> Result<Json<ProgramReport>, ApiError> {
    let report = reports::program(&state.db).await?;
    Ok(Json(report))
}
