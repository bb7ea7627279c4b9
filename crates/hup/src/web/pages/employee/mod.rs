//! The employee journey's pages (R7, R15–R17, R19): `/register`, `/confirm`, `/signin`,
//! `/account` and the links mailed to the personal address. Folder per page, file per verb;
//! each calls the same `employees` functions as the JSON API. Every form carries a CSRF token;
//! no page needs JavaScript.

pub mod account;
pub mod account_confirm;
pub mod account_delete;
pub mod confirm;
pub mod register;
pub mod reset;
pub mod signin;
pub mod signout;

use std::convert::Infallible;
use std::future::Future;

use askama::Template;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Response;
use serde::Deserialize;

use super::error::PageError;
use super::kit::{render_with, retry_after};
use crate::accounts::password::PasswordProblem;
use crate::config::Config;
use crate::employees::EmployeeError;
use crate::i18n::{Locale, Tr};
use crate::web::auth::{EmployeeUser, MaybeEmployee};
use crate::web::csrf::{Csrf, PostedForm};
use crate::web::errors::{Refusal, Refuses};
use crate::web::locale::Lang;
use crate::web::session::{own_cookie, secure, set_cookie};
use crate::web::AppState;

pub use super::kit::{no_referrer, own_path, see_other, FieldErrors};

/// The cookie that holds a confirmed work address's claim between `/confirm` and `/signin`
/// (HttpOnly, SameSite=Lax), so the sign-in step can bind it; `__Host-hup_claim` over https.
pub const CLAIM_COOKIE: &str = "hup_claim";

/// The cookie that holds the registering browser's pending-registration token between
/// `/register` and `/signin` (HttpOnly, SameSite=Lax; issue 12): once the registration is
/// confirmed on any device, signing in here binds it too. `__Host-hup_pending` over https.
pub const PENDING_COOKIE: &str = "hup_pending";

pub fn claim_of(config: &Config, headers: &HeaderMap) -> Option<String> {
    own_cookie(headers, config, CLAIM_COOKIE)
}

pub fn pending_of(config: &Config, headers: &HeaderMap) -> Option<String> {
    own_cookie(headers, config, PENDING_COOKIE)
}

/// The signed-in employee of a page only they can see; without a session the browser goes to
/// the sign-in page.
pub struct SignedIn(pub EmployeeUser);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let MaybeEmployee(employee) = MaybeEmployee::from_request_parts(parts, state)
            .await
            .unwrap_or(MaybeEmployee(None));
        employee.map(SignedIn).ok_or_else(|| see_other("/signin"))
    }
}

/// What a page only the signed-in employee sees starts from: the state, the page's language,
/// the CSRF token for its forms, and the employee (else the browser goes to sign in).
pub struct EmployeePage {
    pub state: AppState,
    pub lang: Lang,
    pub csrf: Csrf,
    pub user: EmployeeUser,
}

impl EmployeePage {
    pub fn into_parts(self) -> (AppState, Lang, Csrf, EmployeeUser) {
        (self.state, self.lang, self.csrf, self.user)
    }
}

impl FromRequestParts<AppState> for EmployeePage {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let SignedIn(user) = SignedIn::from_request_parts(parts, state).await?;
        let Ok(lang) = Lang::from_request_parts(parts, state).await;
        let Ok(csrf) = Csrf::from_request_parts(parts, state).await;
        Ok(EmployeePage {
            state: state.clone(),
            lang,
            csrf,
            user,
        })
    }
}

/// What waits in the browser for the sign-in step, if anything: the claim (from `/confirm`
/// in this browser) and the pending registration (from `/register` in this browser).
pub struct WaitingClaim {
    pub claim: Option<String>,
    pub pending: Option<String>,
}

impl FromRequestParts<AppState> for WaitingClaim {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(WaitingClaim {
            claim: claim_of(&state.config, &parts.headers),
            pending: pending_of(&state.config, &parts.headers),
        })
    }
}

/// Sets (or, with `max_age` 0, clears) one of the cookies that wait for the sign-in step.
fn set_waiting(res: &mut Response, config: &Config, name: &str, value: &str, max_age: i64) {
    res.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(name, value, max_age, secure(config)),
    );
}

/// How long a confirmation link lives, in seconds.
fn link_life(config: &Config) -> i64 {
    config.employees.confirm_ttl.as_secs() as i64
}

/// Keeps a confirmed address's claim for the sign-in step, as long as a confirmation link lives.
pub fn keep_claim(res: &mut Response, config: &Config, claim: &str) {
    set_waiting(res, config, CLAIM_COOKIE, claim, link_life(config));
}

/// Keeps the registering browser's pending registration for twice a link's life: the link may
/// be confirmed on another device as late as the end of its own.
pub fn keep_pending(res: &mut Response, config: &Config, pending: &str) {
    set_waiting(res, config, PENDING_COOKIE, pending, 2 * link_life(config));
}

/// The claim was bound: its cookie goes.
pub fn forget_claim(res: &mut Response, config: &Config) {
    set_waiting(res, config, CLAIM_COOKIE, "", 0);
}

/// The pending registration was bound: its cookie goes.
pub fn forget_pending(res: &mut Response, config: &Config) {
    set_waiting(res, config, PENDING_COOKIE, "", 0);
}

/// "1 second", "about 5 minutes", "about an hour" in the page's language (issue 12).
pub fn wait_text(t: Tr, seconds: u64) -> String {
    use crate::employees::Wait;
    let (id, n) = match crate::employees::rounded_wait(seconds) {
        Wait::Seconds(n) => ("employee-wait-seconds", n),
        Wait::Minutes(n) => ("employee-wait-minutes", n),
        Wait::Hours(n) => ("employee-wait-hours", n),
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("n", fluent_bundle::FluentValue::from(n));
    crate::i18n::I18n::global().format(t.locale, id, Some(&args))
}

/// The field and sentence a form shows for an error; `None` for internal errors, which become
/// the error page.
pub fn error_text(
    t: Tr,
    e: &EmployeeError,
    email_field: &'static str,
) -> Option<(&'static str, String)> {
    Some(match e {
        EmployeeError::InvalidEmail(_) => (email_field, t.get("employee-error-invalid-email")),
        EmployeeError::ConsumerDomain(d) => (
            email_field,
            t.with("employee-error-consumer-domain", "domain", d),
        ),
        EmployeeError::NotParticipating(d) => (
            email_field,
            t.with("employee-error-not-participating", "domain", d),
        ),
        EmployeeError::WorkAddressAsPersonal(_) => {
            (email_field, t.get("employee-error-work-address"))
        }
        EmployeeError::InvalidPassword(p) => (
            "password",
            t.get(match p {
                PasswordProblem::TooShort { .. } => "employee-error-password-short",
                PasswordProblem::TooLong => "employee-error-password-long",
                PasswordProblem::Common => "employee-error-password-common",
            }),
        ),
        EmployeeError::InvalidCountry(_) => ("country", t.get("employee-error-country")),
        EmployeeError::InvalidDisplayName => ("display_name", t.get("employee-error-display-name")),
        EmployeeError::InvalidToken => ("", t.get("employee-error-invalid-token")),
        EmployeeError::InvalidClaim => ("", t.get("employee-error-invalid-claim")),
        EmployeeError::BadCredentials => ("", t.get("employee-error-credentials")),
        EmployeeError::WrongCurrentPassword => (
            "current_password",
            t.get("employee-error-wrong-current-password"),
        ),
        EmployeeError::NotConfirmed => ("", t.get("employee-error-not-confirmed")),
        EmployeeError::Throttled(s) => (
            "",
            t.with("employee-error-throttled", "wait", &wait_text(t, *s)),
        ),
        EmployeeError::Several(all) => {
            return all.first().and_then(|e| error_text(t, e, email_field))
        }
        EmployeeError::Store(_) | EmployeeError::Internal(_) => return None,
    })
}

/// Every field's error of `e` at once (issue 12); `None` for internal errors.
pub fn error_texts(t: Tr, e: &EmployeeError, email_field: &'static str) -> Option<FieldErrors> {
    let mut errors = FieldErrors::default();
    for one in e.each() {
        let (field, text) = error_text(t, one, email_field)?;
        errors.0.push((field, text));
    }
    Some(errors)
}

/// Renders a form page again with its errors, or the error page for an internal error.
pub fn form_error<T: Template>(
    e: EmployeeError,
    t: Tr,
    email_field: &'static str,
    page: impl FnOnce(FieldErrors) -> T,
) -> Response {
    match error_texts(t, &e, email_field) {
        Some(errors) => {
            let refusal = e.refusal();
            let res = render_with(&page(errors), t.locale, refusal.status());
            match refusal {
                Refusal::TooManyRequests(Some(seconds)) => retry_after(res, seconds),
                _ => res,
            }
        }
        None => PageError::Internal(anyhow::Error::new(e)).into_page(t.locale),
    }
}

/// Why a signed-in employee's form was refused, and the error it shows beside which field.
pub struct Refused {
    pub refusal: Refusal,
    pub errors: FieldErrors,
}

impl Refused {
    /// The post did not carry the form's CSRF token.
    pub fn forged(t: Tr) -> Refused {
        Refused {
            refusal: Refusal::Forbidden,
            errors: FieldErrors::one("", t.get("employee-error-csrf")),
        }
    }

    /// The service refused with `e`; an internal error is for the error page instead.
    pub fn of(t: Tr, e: EmployeeError) -> Result<Refused, PageError> {
        match error_text(t, &e, "") {
            Some((field, text)) => Ok(Refused {
                refusal: e.refusal(),
                errors: FieldErrors::one(field, text),
            }),
            None => Err(PageError::Internal(anyhow::Error::new(e))),
        }
    }

    /// `page` (holding the errors) at the refusal's status, `Retry-After` when throttled.
    pub fn render(self, page: &impl Template, csrf: &Csrf, locale: Locale) -> Response {
        let res = csrf.attach(render_with(page, locale, self.refusal.status()));
        match self.refusal {
            Refusal::TooManyRequests(Some(seconds)) => retry_after(res, seconds),
            _ => res,
        }
    }
}

/// A form page again after a post without the right CSRF token: the reason above the form.
pub fn forged<T: Template>(t: Tr, csrf: &Csrf, page: impl FnOnce(FieldErrors) -> T) -> Response {
    let errors = FieldErrors::one("", t.get("employee-error-csrf"));
    csrf.attach(render_with(&page(errors), t.locale, StatusCode::FORBIDDEN))
}

/// A page with only a title, a sentence and maybe a button (mail sent, address confirmed).
#[derive(Template)]
#[template(path = "employee/message.html")]
pub struct MessagePage {
    pub t: Tr,
    pub path: &'static str,
    pub title: String,
    pub body: String,
    pub next: Option<(&'static str, String)>,
    /// Further ways on, as plain links.
    pub more: Vec<(&'static str, String)>,
}

pub fn message(
    locale: Locale,
    path: &'static str,
    title: String,
    body: String,
    next: Option<(&'static str, String)>,
) -> Response {
    let page = MessagePage {
        t: Tr::new(locale),
        path,
        title,
        body,
        next,
        more: Vec::new(),
    };
    render_with(&page, locale, StatusCode::OK)
}

/// A page whose only content is a button that posts a token from the page's address: opening
/// a mailed link changes nothing, pressing the button does (mail scanners open links).
#[derive(Template)]
#[template(path = "employee/confirm.html")]
pub struct TokenButtonPage {
    pub t: Tr,
    /// The page's own address with its token, so the language switcher keeps it.
    pub path: String,
    /// Where the button posts.
    pub action: &'static str,
    pub csrf: String,
    pub title: String,
    pub body: String,
    pub button: String,
    pub token: String,
    pub error: Option<String>,
}

/// What `/confirm` and `/account/confirm` post, and what a mailed link's address carries: the
/// link's token.
#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    pub token: String,
}

/// A link mailed to an employee: its page shows a button that posts the link's token to
/// `action`. The rest are the Fluent ids of the page's texts.
pub struct MailedLink {
    pub action: &'static str,
    pub title: &'static str,
    pub body: &'static str,
    pub button: &'static str,
    /// What the page says, instead of the button, when the link was used already (issue 12).
    pub used: &'static str,
    /// ... when the link is unknown, expired or replaced by a newer one.
    pub gone: &'static str,
    /// ... when the address carries no link at all.
    pub missing: &'static str,
    /// The ways to start again: where, and the Fluent id of the link's text; the first is
    /// the button.
    pub again: &'static [(&'static str, &'static str)],
}

/// What a mailed link is now, read without changing anything (mail scanners open links).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkNow {
    Open,
    Used,
    Gone,
    Missing,
}

/// A mailed link opened in the browser (`GET …?token=…`): what its page needs, extracted in
/// the order the pages' own arguments were.
#[derive(FromRequestParts)]
#[from_request(state(AppState))]
pub struct OpenedLink {
    #[from_request(via(State))]
    pub state: AppState,
    pub lang: Lang,
    pub csrf: Csrf,
    #[from_request(via(Query))]
    pub link: TokenForm,
}

impl OpenedLink {
    /// What the link is now: missing without a token, else what `look` reads of the token
    /// (read only: a GET changes nothing); an internal error is the error page.
    pub async fn now<'a, Looked>(
        &'a self,
        look: impl FnOnce(&'a AppState, &'a str) -> Looked,
    ) -> Result<LinkNow, Response>
    where
        Looked: Future<Output = Result<LinkNow, EmployeeError>>,
    {
        if self.link.token.is_empty() {
            return Ok(LinkNow::Missing);
        }
        look(&self.state, &self.link.token)
            .await
            .map_err(|e| PageError::Internal(anyhow::Error::new(e)).into_page(self.lang.0))
    }
}

impl MailedLink {
    pub fn page(&self, t: Tr, csrf: &Csrf, token: &str, error: Option<String>) -> TokenButtonPage {
        TokenButtonPage {
            t,
            path: own_path(self.action, token),
            action: self.action,
            csrf: csrf.token.clone(),
            title: t.get(self.title),
            body: t.get(self.body),
            button: t.get(self.button),
            token: token.to_owned(),
            error,
        }
    }

    /// The link was opened (`GET`): [`OpenedLink::now`], then [`Self::show`].
    pub async fn open<'a, Looked>(
        &self,
        link: &'a OpenedLink,
        look: impl FnOnce(&'a AppState, &'a str) -> Looked,
    ) -> Response
    where
        Looked: Future<Output = Result<LinkNow, EmployeeError>>,
    {
        match link.now(look).await {
            Ok(now) => self.show(link.lang.t(), &link.csrf, &link.link.token, now),
            Err(res) => res,
        }
    }

    /// The link was opened: the page with its button when the link can be used, otherwise
    /// what happened and the ways to start again. Changes nothing.
    pub fn show(&self, t: Tr, csrf: &Csrf, token: &str, now: LinkNow) -> Response {
        if now != LinkNow::Open {
            return self.not_usable(t, now, StatusCode::OK);
        }
        let page = self.page(t, csrf, token, None);
        no_referrer(csrf.attach(render_with(&page, t.locale, StatusCode::OK)))
    }

    /// The page of a link that cannot be used: no button; what happened and how to start
    /// again.
    pub fn not_usable(&self, t: Tr, now: LinkNow, status: StatusCode) -> Response {
        let body = match now {
            LinkNow::Used => self.used,
            LinkNow::Missing => self.missing,
            LinkNow::Open | LinkNow::Gone => self.gone,
        };
        let mut links = self.again.iter().map(|(href, id)| (*href, t.get(id)));
        let page = MessagePage {
            t,
            path: self.action,
            title: t.get("employee-link-unusable-title"),
            body: t.get(body),
            next: links.next(),
            more: links.collect(),
        };
        no_referrer(render_with(&page, t.locale, status))
    }

    /// The button was pressed: checks the CSRF token, then `use_token`. What goes wrong shows
    /// the page again with the reason, or the error page for an internal error.
    pub async fn press<T, Used>(
        &self,
        t: Tr,
        form: &PostedForm<TokenForm>,
        csrf_token: &Csrf,
        use_token: impl FnOnce() -> Used,
    ) -> Result<T, Response>
    where
        Used: Future<Output = Result<T, EmployeeError>>,
    {
        let page = |error| self.page(t, csrf_token, &form.fields.token, Some(error));
        if !form.genuine {
            let res = render_with(
                &page(t.get("employee-error-csrf")),
                t.locale,
                StatusCode::FORBIDDEN,
            );
            return Err(csrf_token.attach(res));
        }
        use_token().await.map_err(|e| match error_text(t, &e, "") {
            Some(_) if matches!(e, EmployeeError::InvalidToken) => {
                let now = if form.fields.token.is_empty() {
                    LinkNow::Missing
                } else {
                    LinkNow::Gone
                };
                self.not_usable(t, now, e.refusal().status())
            }
            Some((_, text)) => render_with(&page(text), t.locale, e.refusal().status()),
            None => PageError::Internal(anyhow::Error::new(e)).into_page(t.locale),
        })
    }
}
