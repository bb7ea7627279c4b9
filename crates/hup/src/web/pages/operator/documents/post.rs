use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use hup_core::catalog::RowChanges;
use serde::Deserialize;

use super::get::{show, Shown};
use super::{kind_code, parse_kind, Preview};
use crate::audit::Actor;
use crate::catalog::{Publish, PublishError};
use crate::i18n::Tr;
use crate::store::catalog::DocumentKind;
use crate::web::auth::OperatorUser;
use crate::web::csrf::{self, Csrf};
use crate::web::locale::Lang;
use crate::web::pages::operator::{internal, OperatorForm, SignedInOperator};
use crate::web::AppState;

/// The largest document the page reads, as the API (1 MiB).
pub const BODY_LIMIT: usize = 1024 * 1024 + 64 * 1024;

/// Checks `text` and compares it with the document in force; publishes it when `by` is given.
async fn run(
    state: &AppState,
    kind: DocumentKind,
    text: String,
    allow_empty: bool,
    by: Option<&Actor>,
) -> Result<Preview, PublishError> {
    let how = by.map_or(Publish::Preview, Publish::By);
    let changes: Vec<(String, RowChanges)> = match kind {
        DocumentKind::Catalog => {
            let (_, c) = state
                .catalog
                .publish_catalog(&text, allow_empty, how)
                .await?;
            vec![
                ("operator-documents-products".into(), c.products),
                ("operator-documents-offers".into(), c.offers),
                ("operator-documents-price-lists".into(), c.price_lists),
            ]
        }
        DocumentKind::Markets => {
            let (_, c) = state
                .catalog
                .publish_markets(&text, allow_empty, how)
                .await?;
            vec![("operator-documents-market-rules".into(), c)]
        }
    };
    Ok(Preview {
        kind: kind_code(kind),
        text,
        allow_empty,
        changes,
        published: by.is_some(),
    })
}

async fn answer(
    state: &AppState,
    t: Tr,
    csrf: &Csrf,
    operator: &OperatorUser,
    outcome: Result<Preview, PublishError>,
) -> Response {
    match outcome {
        Ok(preview) => {
            let shown = Shown {
                preview: Some(preview),
                ..Shown::default()
            };
            show(state, t, csrf, operator, shown, StatusCode::OK).await
        }
        Err(PublishError::Store(e)) => internal(e, t.locale),
        Err(e) => {
            let shown = Shown {
                problems: e.problems(),
                error: Some(t.get("operator-documents-invalid")),
                ..Shown::default()
            };
            show(
                state,
                t,
                csrf,
                operator,
                shown,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// Step one: the uploaded file, compared with the one in force; nothing is stored.
pub async fn preview(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    headers: HeaderMap,
    SignedInOperator(operator): SignedInOperator,
    mut form: Multipart,
) -> Response {
    let t = lang.t();
    let refuse = |text: String, status| {
        let shown = Shown {
            error: Some(text),
            ..Shown::default()
        };
        show(&state, t, &csrf, &operator, shown, status)
    };
    let (mut token, mut kind, mut file, mut allow_empty) = (String::new(), None, None, false);
    loop {
        match form.next_field().await {
            Ok(Some(field)) => match field.name().unwrap_or("") {
                "csrf" => token = field.text().await.unwrap_or_default(),
                "kind" => kind = parse_kind(&field.text().await.unwrap_or_default()),
                "allow_empty" => allow_empty = true,
                "document" => file = field.bytes().await.ok().filter(|b| !b.is_empty()),
                _ => {}
            },
            Ok(None) => break,
            Err(_) => {
                return refuse(t.get("operator-feed-unreadable"), StatusCode::BAD_REQUEST).await
            }
        }
    }
    if !csrf::verify(&state.config, &headers, &token) {
        return refuse(t.get("operator-error-csrf"), StatusCode::FORBIDDEN).await;
    }
    let (Some(kind), Some(file)) = (kind, file) else {
        return refuse(
            t.get("operator-documents-no-file"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let Ok(text) = String::from_utf8(file.to_vec()) else {
        return refuse(
            t.get("operator-documents-not-utf8"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let outcome = run(&state, kind, text, allow_empty, None).await;
    answer(&state, t, &csrf, &operator, outcome).await
}

#[derive(Deserialize)]
pub struct PublishFields {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    allow_empty: bool,
}

/// Step two: the document the preview showed goes in force, checked again.
pub async fn publish(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: OperatorForm<PublishFields>,
) -> Response {
    let t = lang.t();
    let f = form.fields;
    let operator = form.operator;
    let refused = |text: String, status| {
        let shown = Shown {
            error: Some(text),
            ..Shown::default()
        };
        show(&state, t, &csrf, &operator, shown, status)
    };
    if !form.genuine {
        return refused(t.get("operator-error-csrf"), StatusCode::FORBIDDEN).await;
    }
    let Some(kind) = parse_kind(&f.kind) else {
        return refused(
            t.get("operator-documents-no-file"),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    };
    let actor = operator.actor();
    let outcome = run(&state, kind, f.text, f.allow_empty, Some(&actor)).await;
    answer(&state, t, &csrf, &operator, outcome).await
}
