//! `/admin/domains`: the tenant's domains, the TXT value of each, and Verify (R10, R12).
pub mod get;
pub mod post;
pub mod remove;
pub mod verify;

use std::future::Future;

use askama::Template;
use axum::extract::{FromRequest, Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use hup_core::email::Domain;

use super::{page_error, render_with, tenant_page_error, TenantPost};
use crate::i18n::{Locale, Tr};
use crate::store::admins::AdminAccount;
use crate::tenancy::{self, domains as service, TenancyError};
use crate::web::auth::AdminUser;
use crate::web::csrf::Csrf;
use crate::web::locale::Lang;
use crate::web::AppState;

pub struct DomainRow {
    pub domain: String,
    pub domain_unicode: String,
    pub txt_value: String,
    pub verified: bool,
    /// Fluent id of why the last look-up did not prove it.
    pub reason: Option<&'static str>,
}

#[derive(Template)]
#[template(path = "admin/domains.html")]
pub struct DomainsPage {
    pub t: Tr,
    pub path: &'static str,
    pub csrf: String,
    pub signed_in_as: Option<String>,
    pub managed: bool,
    pub can_manage: bool,
    pub domains: Vec<DomainRow>,
    pub message: Option<String>,
    pub error: Option<String>,
    /// Demo mode: the TXT record is published on `/dev/dns` (issue 12).
    pub demo: bool,
}

/// What the add and verify forms post: one domain.
#[derive(serde::Deserialize)]
pub struct DomainForm {
    #[serde(default)]
    domain: String,
}

/// A post of one of the forms (add, remove, verify): what the handler needs, extracted in the
/// order the handlers' own arguments were (language, CSRF cookie, then the admin and form).
pub struct DomainPost {
    pub state: AppState,
    pub lang: Lang,
    pub csrf: Csrf,
    pub post: TenantPost<DomainForm>,
}

impl FromRequest<AppState> for DomainPost {
    type Rejection = Response;

    async fn from_request(req: Request, state: &AppState) -> Result<Self, Response> {
        let (State(state), lang, csrf, post) =
            <(State<AppState>, Lang, Csrf, TenantPost<DomainForm>)>::from_request(req, state)
                .await?;
        Ok(DomainPost {
            state,
            lang,
            csrf,
            post,
        })
    }
}

impl DomainPost {
    /// Runs `act` on the posted domain of the admin's tenant: a forged form or a refusal
    /// `explain` puts into words shows the list again with the reason.
    pub async fn answer<'a, T, Done>(
        &'a self,
        explain: fn(Tr, &TenancyError) -> Option<String>,
        act: impl FnOnce(&'a AppState, &'a AdminAccount, i64, &'a str) -> Done,
    ) -> Result<T, Response>
    where
        Done: Future<Output = Result<T, TenancyError>>,
    {
        let (state, admin) = (&self.state, &self.post.admin);
        self.post
            .answer(
                self.lang.t(),
                explain,
                |tenant| act(state, &admin.account, tenant, &self.post.fields.domain),
                |error| self.show(Some(error)),
            )
            .await
    }

    /// The list again, with `error`.
    pub async fn show(&self, error: Option<(String, StatusCode)>) -> Response {
        let lang = self.lang.0;
        show(&self.state, lang, &self.csrf, &self.post.admin, None, error).await
    }
}

/// A status line the page may show. It comes from a link anyone can craft, so it names a
/// key, never text: the page words it, and shows nothing for a key that does not apply.
pub enum Notice {
    /// `?verified=DOMAIN` after Verify: said only when DOMAIN is one of this tenant's verified
    /// domains, and then in the page's own spelling of it.
    Verified(String),
}

impl Notice {
    fn text(&self, t: Tr, domains: &[DomainRow]) -> Option<String> {
        match self {
            Notice::Verified(asked) => {
                let asked = Domain::parse(asked).ok()?;
                domains
                    .iter()
                    .find(|d| d.verified && d.domain == asked.as_str())
                    .map(|d| t.with("admin-verified-now", "domain", &d.domain_unicode))
            }
        }
    }
}

/// Renders the page for `admin` with an optional notice or error.
pub async fn show(
    state: &AppState,
    locale: Locale,
    csrf: &Csrf,
    admin: &AdminUser,
    notice: Option<Notice>,
    error: Option<(String, StatusCode)>,
) -> Response {
    let tenant = match super::tenant_of(admin) {
        Ok(t) => t,
        Err(e) => return page_error(e, locale),
    };
    let (tenant_row, standing) = match tenancy::membership(&state.db, &admin.account, tenant).await
    {
        Ok(m) => m,
        Err(e) => return tenant_page_error(Tr::new(locale), csrf, admin, e),
    };
    let views = match service::list(&state.db, &admin.account, tenant).await {
        Ok(v) => v,
        Err(e) => return page_error(e, locale),
    };
    let (error, status) = match error {
        Some((text, status)) => (Some(text), status),
        None => (None, StatusCode::OK),
    };
    let t = Tr::new(locale);
    let domains: Vec<DomainRow> = views
        .into_iter()
        .map(|v| DomainRow {
            reason: v.reason.as_ref().map(|r| r.fluent_id()),
            domain: v.domain,
            domain_unicode: v.domain_unicode,
            txt_value: v.txt_value,
            verified: v.verified,
        })
        .collect();
    let message = notice.and_then(|n| n.text(t, &domains));
    let page = DomainsPage {
        t,
        path: "/admin/domains",
        csrf: csrf.token.clone(),
        signed_in_as: Some(admin.account.email.clone()),
        managed: tenant_row.managed,
        can_manage: hup_core::tenancy::can_manage_domains(standing),
        domains,
        message,
        error,
        demo: state.demo_dns.is_some(),
    };
    csrf.attach(render_with(&page, locale, status))
}
