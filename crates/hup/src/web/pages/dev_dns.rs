//! `/dev/dns` (demo mode only, issue 12): what `/dev/mail` is for mail, for domain proof. Nobody
//! can publish TXT records for `*.example`, so the demo's own name server (which `HUP_DNS`
//! points at in demo mode) holds the records the demo user publishes and removes here.

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::email::Domain;
use serde::Deserialize;

use super::error::PageError;
use super::kit::{render_with, see_other};
use crate::dns::{DemoNameServer, DemoRecordError};
use crate::i18n::Tr;
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::locale::Lang;
use crate::web::AppState;

pub const PATH: &str = "/dev/dns";

#[derive(Template)]
#[template(path = "dev_dns.html")]
struct DnsPage {
    t: Tr,
    path: &'static str,
    csrf: String,
    /// (domain, value) for every record.
    records: Vec<(String, String)>,
    domain: String,
    value: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct RecordForm {
    #[serde(default)]
    domain: String,
    #[serde(default)]
    value: String,
}

fn page(
    state: &AppState,
    lang: &Lang,
    csrf: &Csrf,
    form: Option<&RecordForm>,
    error: Option<(String, StatusCode)>,
) -> Response {
    let Some(server) = &state.demo_dns else {
        return PageError::NotFound.into_page(lang.0);
    };
    let records = server
        .records()
        .into_iter()
        .flat_map(|(domain, values)| values.into_iter().map(move |v| (domain.clone(), v)))
        .collect();
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let dns_page = DnsPage {
        t: lang.t(),
        path: PATH,
        csrf: csrf.token.clone(),
        records,
        domain: form.map(|f| f.domain.clone()).unwrap_or_default(),
        value: form.map(|f| f.value.clone()).unwrap_or_default(),
        error,
    };
    csrf.attach(render_with(&dns_page, lang.0, status))
}

pub async fn get(State(state): State<AppState>, lang: Lang, csrf: Csrf) -> Response {
    page(&state, &lang, &csrf, None, None)
}

/// The record's domain, or the Fluent id and status of what is wrong with the form.
fn checked(form: &PostedForm<RecordForm>) -> Result<Domain, (&'static str, StatusCode)> {
    if !form.genuine {
        return Err(("devdns-error-csrf", StatusCode::FORBIDDEN));
    }
    Domain::parse(form.fields.domain.trim())
        .map_err(|_| ("devdns-error-domain", StatusCode::UNPROCESSABLE_ENTITY))
}

/// The page again, with what was typed and why it was refused.
fn refused(
    state: &AppState,
    lang: &Lang,
    csrf: &Csrf,
    form: &RecordForm,
    (id, status): (&str, StatusCode),
) -> Response {
    page(
        state,
        lang,
        csrf,
        Some(form),
        Some((lang.t().get(id), status)),
    )
}

/// `POST /dev/dns`: publishes a TXT record.
pub async fn publish(state: State<AppState>, lang: Lang, csrf: Csrf, form: RecordPost) -> Response {
    change(state, lang, csrf, form, |server, domain, value| {
        server.publish(domain, value)
    })
}

/// `POST /dev/dns/remove`: removes a TXT record.
pub async fn remove(state: State<AppState>, lang: Lang, csrf: Csrf, form: RecordPost) -> Response {
    change(state, lang, csrf, form, |server, domain, value| {
        server.remove(domain, value);
        Ok(())
    })
}

type RecordPost = PostedForm<RecordForm>;

/// Both forms: checks the form, then `act`s on the demo name server and shows the page again.
fn change(
    State(state): State<AppState>,
    lang: Lang,
    csrf: Csrf,
    form: RecordPost,
    act: impl FnOnce(&DemoNameServer, &Domain, &str) -> Result<(), DemoRecordError>,
) -> Response {
    let Some(server) = state.demo_dns.clone() else {
        return PageError::NotFound.into_page(lang.0);
    };
    let domain = match checked(&form) {
        Ok(d) => d,
        Err(why) => return refused(&state, &lang, &csrf, &form.fields, why),
    };
    match act(&server, &domain, &form.fields.value) {
        Ok(()) => see_other(PATH),
        Err(e) => {
            let id = match e {
                DemoRecordError::BadValue => "devdns-error-value",
                DemoRecordError::TooMany => "devdns-error-too-many",
            };
            let why = (id, StatusCode::UNPROCESSABLE_ENTITY);
            refused(&state, &lang, &csrf, &form.fields, why)
        }
    }
}
