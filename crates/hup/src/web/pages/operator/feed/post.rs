use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::get::show;
use super::Outcome;
use crate::agreements::{self, ImportError, ImportOptions};
use crate::i18n::Tr;
use crate::web::api::operator::IMPORT_BODY_LIMIT;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::operator::{internal, SignedInOperator};
use crate::web::AppState;

/// What the upload form sent.
#[derive(Default)]
struct Upload {
    csrf: String,
    file: Option<Vec<u8>>,
    snapshot: bool,
    allow_empty: bool,
}

/// Reads the multipart form; an unreadable one is a sentence for the page.
async fn read(mut form: Multipart, t: Tr) -> Result<Upload, String> {
    let mut upload = Upload::default();
    let unreadable = |_| t.get("operator-feed-unreadable");
    while let Some(field) = form.next_field().await.map_err(unreadable)? {
        match field.name().unwrap_or("") {
            "csrf" => upload.csrf = field.text().await.map_err(unreadable)?,
            "snapshot" => upload.snapshot = true,
            "allow_empty" => upload.allow_empty = true,
            "feed" => {
                let bytes = field.bytes().await.map_err(unreadable)?;
                if !bytes.is_empty() {
                    upload.file = Some(bytes.to_vec());
                }
            }
            _ => {}
        }
    }
    Ok(upload)
}

pub async fn post(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    headers: HeaderMap,
    SignedInOperator(operator): SignedInOperator,
    form: Multipart,
) -> Response {
    let t = lang.t();
    let refused = |text: String, status| {
        show(
            &state,
            t,
            &csrf,
            &operator,
            Some(Outcome::Refused(text)),
            status,
        )
    };
    let upload = match read(form, t).await {
        Ok(u) => u,
        Err(text) => return refused(text, StatusCode::BAD_REQUEST).await,
    };
    if !csrf::verify(&state.config, &headers, &upload.csrf) {
        return refused(t.get("operator-error-csrf"), StatusCode::FORBIDDEN).await;
    }
    let Some(file) = upload.file else {
        return refused(
            t.get("operator-feed-no-file"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let options = ImportOptions {
        snapshot: upload.snapshot,
        today: chrono::Utc::now().date_naive(),
        allow_empty: upload.allow_empty,
    };
    let actor = operator.actor();
    let input = std::io::Cursor::new(file);
    let result = agreements::import_feed(
        &state.db,
        &state.config.policy,
        input,
        options,
        &(),
        Some(&actor),
    )
    .await;
    let (outcome, status) = match result {
        Ok(summary) => (Outcome::Imported(summary), StatusCode::OK),
        Err(ImportError::Rejected { problems, bad_rows }) => (
            Outcome::Rejected {
                problems: problems.iter().map(ToString::to_string).collect(),
                bad_rows,
            },
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ImportError::EmptySnapshot { ending }) => (
            Outcome::Refused(t.with("operator-feed-empty-snapshot", "lines", &ending.to_string())),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ImportError::Read(reason)) => (
            Outcome::Refused(t.with("operator-feed-read", "reason", &reason)),
            StatusCode::BAD_REQUEST,
        ),
        Err(e @ ImportError::Store(_)) => return internal(e, t.locale),
    };
    show(&state, t, &csrf, &operator, Some(outcome), status).await
}

/// The route's body limit: the API's (larger feeds go through the command line).
pub const BODY_LIMIT: usize = IMPORT_BODY_LIMIT + 64 * 1024;
