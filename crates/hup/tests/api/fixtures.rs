//! The set-up many tests share, so that each test shows the behaviour it is about: requests as
//! the operator or with a bearer token, the demo's admin and employee signed in, an agreement
//! feed imported, the token of a link read out of a mail, problem+json checked.

use std::process::Output;
use std::time::Duration;

use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

use super::{Spawn, TestApp};
use crate::smtp::SmtpServer;

/// `HUP_OPERATOR_TOKEN` of every test app.
pub const OPERATOR_TOKEN: &str = "test-operator-token-0123456789";

/// `HUP_SECRET_KEY` of every test app: 32 bytes, base64 (issue 15).
pub const SECRET_KEY: &str = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

/// The password of the employees' personal accounts the tests create.
pub const EMPLOYEE_PASSWORD: &str = "tulpen in de regen";

/// The first line of an agreement feed.
pub const FEED_HEADER: &str = "agreement_number,customer_number,customer_name,segment,country,contact_email,product,quantity,software_assurance,start_date,end_date";

/// An agreement feed of `rows`.
pub fn feed(rows: &[&str]) -> String {
    let mut s = String::from(FEED_HEADER);
    s.push('\n');
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s
}

/// An agreement feed whose lines started 30 days ago and run for another year: each of `rows`
/// is a line without its start_date and end_date.
pub fn running_feed(rows: &[&str]) -> String {
    let today = chrono::Utc::now().date_naive();
    let start = today - chrono::Duration::days(30);
    let end = today + chrono::Duration::days(365);
    let rows: Vec<String> = rows.iter().map(|r| format!("{r},{start},{end}")).collect();
    feed(&rows.iter().map(String::as_str).collect::<Vec<_>>())
}

/// The CSRF token of the first form on a page.
pub fn csrf_of(html: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let at = html.find(marker).expect("a CSRF field") + marker.len();
    html[at..].chars().take_while(|c| *c != '"').collect()
}

/// Asserts a problem+json answer with `status` and the problem type `kind`; returns its body.
pub async fn assert_problem(res: Response, status: u16, kind: &str) -> Value {
    assert_eq!(res.status(), status);
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap(),
        "application/problem+json"
    );
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["type"], format!("urn:hup:problem:{kind}"));
    body
}

/// Asserts a 422 `invalid-body` problem whose first error's reason mentions `mentions`.
pub async fn assert_invalid_body(res: Response, mentions: &str) {
    let problem = assert_problem(res, 422, "invalid-body").await;
    assert!(
        problem["errors"][0]["reason"]
            .as_str()
            .unwrap()
            .contains(mentions),
        "{problem}"
    );
}

/// Asserts that a command succeeded, showing what it wrote to stderr if not.
pub fn assert_success(out: &Output) {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A signed-in org admin.
pub struct AdminSession {
    pub tenant: i64,
    pub token: String,
    pub role: String,
}

/// What a mail says: the token after the marker, the subject and the text part.
pub struct Mailed {
    pub token: String,
    pub subject: String,
    pub text: String,
}

/// Where a test reads the mail the app sent.
pub trait Mailbox {
    /// The raw messages to `to`, oldest first.
    fn mails_to(&self, to: &str) -> Vec<Vec<u8>>;

    /// The newest mail to `to` whose text holds `marker`, and the token after it; waits for the
    /// mail to be delivered.
    async fn mailed(&self, to: &str, marker: &str) -> Mailed {
        for _ in 0..200 {
            for raw in self.mails_to(to).iter().rev() {
                let Some(msg) = mail_parser::MessageParser::default().parse(raw) else {
                    continue;
                };
                let text = msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default();
                if let Some(at) = text.find(marker) {
                    let token = text[at + marker.len()..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    let subject = msg.subject().unwrap_or_default().to_owned();
                    return Mailed {
                        token,
                        subject,
                        text,
                    };
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no mail to {to} with {marker}");
    }

    /// The token of the link after `marker` in the newest mail to `to`.
    async fn token_in_mail(&self, to: &str, marker: &str) -> String {
        self.mailed(to, marker).await.token
    }
}

/// The files of the `file:` transport, by their `To:` header.
impl Mailbox for TestApp {
    fn mails_to(&self, to: &str) -> Vec<Vec<u8>> {
        self.mail_files()
            .iter()
            .map(|file| std::fs::read(file).expect("mail file"))
            .filter(|raw| {
                mail_parser::MessageParser::default()
                    .parse(raw)
                    .and_then(|msg| {
                        let first = msg.to()?.first()?.address()?.to_owned();
                        Some(first == to)
                    })
                    .unwrap_or(false)
            })
            .collect()
    }
}

/// What the SMTP server received, by the envelope's recipients.
impl Mailbox for SmtpServer {
    fn mails_to(&self, to: &str) -> Vec<Vec<u8>> {
        self.messages()
            .into_iter()
            .filter(|m| m.to.iter().any(|r| r == to))
            .map(|m| m.data.into_bytes())
            .collect()
    }
}

impl TestApp {
    /// The application with the demo data (`hup serve --demo`).
    pub async fn spawn_demo() -> TestApp {
        TestApp::spawn_with(Spawn {
            demo: true,
            ..Spawn::default()
        })
        .await
    }

    /// GET with a bearer token, from the app's client (its cookies go along).
    pub async fn get_as(&self, path: &str, token: &str) -> Response {
        get_with(&self.client, self.url(path), token).await
    }

    /// GET as the operator.
    pub async fn operator_get(&self, path: &str) -> Response {
        self.get_as(path, OPERATOR_TOKEN).await
    }

    /// GET from a client without cookies as `token`: the 200 answer's JSON body.
    pub async fn json_as(&self, path: &str, token: &str) -> Value {
        let res = self.get_bearer_only(path, token).await;
        assert_eq!(res.status(), StatusCode::OK, "GET {path}");
        res.json().await.expect("a JSON body")
    }

    /// GET from a client without cookies, so only the bearer token speaks.
    pub async fn get_bearer_only(&self, path: &str, token: &str) -> Response {
        get_with(&reqwest::Client::new(), self.url(path), token).await
    }

    /// POST JSON from the app's client (its cookies go along, and it keeps those it is given),
    /// with a bearer token if there is one.
    pub async fn post_json(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        post_with(&self.client, self.url(path), token, body).await
    }

    /// POST JSON from a client without cookies: only what the call sends speaks.
    pub async fn post_bearer_only(&self, path: &str, token: Option<&str>, body: Value) -> Response {
        post_with(&reqwest::Client::new(), self.url(path), token, body).await
    }

    /// DELETE with a bearer token, from the app's client.
    pub async fn delete_as(&self, path: &str, token: &str) -> Response {
        self.client
            .delete(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .expect("request")
    }

    /// Submits a page's form, the way a browser without JavaScript does.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(self.url(path))
            .form(fields)
            .send()
            .await
            .expect("request")
    }

    /// A page's HTML as a browser asking for `lang` gets it (the app's client, its cookies).
    pub async fn page_in(&self, path: &str, lang: &str) -> String {
        self.client
            .get(self.url(path))
            .header("accept-language", lang)
            .send()
            .await
            .expect("request")
            .text()
            .await
            .unwrap()
    }

    /// A page's status and HTML.
    pub async fn page(&self, path: &str) -> (StatusCode, String) {
        let res = self.get(path).await;
        let status = res.status();
        (status, res.text().await.unwrap())
    }

    /// Imports an agreement feed through the operator API.
    pub async fn import_feed(&self, csv: String) {
        let res = self
            .client
            .post(self.url("/api/v1/agreements/import"))
            .bearer_auth(OPERATOR_TOKEN)
            .header("content-type", "text/csv")
            .body(csv)
            .send()
            .await
            .expect("import");
        assert_eq!(
            res.status(),
            StatusCode::OK,
            "{}",
            res.text().await.unwrap()
        );
    }

    /// The one tenant with `domain`, as the operator lists it.
    pub async fn tenant_for_domain(&self, domain: &str) -> Value {
        let res = self
            .operator_get(&format!("/api/v1/tenants?domain={domain}"))
            .await;
        assert_eq!(res.status(), 200);
        let list: Vec<Value> = res.json().await.unwrap();
        assert_eq!(list.len(), 1, "{list:?}");
        list[0].clone()
    }

    /// The operator sets a tenant's extra benefits.
    pub async fn set_extra_benefits(&self, tenant: i64, benefits: &[&str]) -> Response {
        self.client
            .put(self.url(&format!("/api/v1/tenants/{tenant}/extra-benefits")))
            .bearer_auth(OPERATOR_TOKEN)
            .json(&json!({ "extra_benefits": benefits }))
            .send()
            .await
            .expect("request")
    }

    /// `POST /api/v1/admin/sessions` (the app's client keeps the session cookie).
    pub async fn admin_sign_in(&self, work_email: &str, password: &str) -> Response {
        self.post_json(
            "/api/v1/admin/sessions",
            None,
            json!({"work_email": work_email, "password": password}),
        )
        .await
    }

    /// Signs an org admin in.
    pub async fn sign_in_admin(&self, work_email: &str, password: &str) -> AdminSession {
        let res = self.admin_sign_in(work_email, password).await;
        assert_eq!(res.status(), StatusCode::OK, "{work_email}");
        let body: Value = res.json().await.unwrap();
        AdminSession {
            tenant: body["tenant"].as_i64().unwrap(),
            token: body["token"].as_str().unwrap().to_owned(),
            role: body["role"].as_str().unwrap_or_default().to_owned(),
        }
    }

    /// Signs in an admin the demo (or `hup::tenancy::demo::seed`) created.
    pub async fn sign_in_demo_admin(&self, work_email: &str) -> AdminSession {
        self.sign_in_admin(work_email, hup::tenancy::demo::DEMO_ADMIN_PASSWORD)
            .await
    }

    /// `POST /api/v1/sessions`: an employee signs in (the app's client keeps the session
    /// cookie).
    pub async fn employee_sign_in(&self, email: &str, password: &str) -> Response {
        self.post_json(
            "/api/v1/sessions",
            None,
            json!({"email": email, "password": password}),
        )
        .await
    }

    /// Signs an employee in; returns the bearer token.
    pub async fn sign_in_employee(&self, email: &str, password: &str) -> String {
        let res = self.employee_sign_in(email, password).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// Signs in the demo's employee (NL, work address at Contoso bound); returns the bearer
    /// token.
    pub async fn sign_in_demo_employee(&self) -> String {
        self.sign_in_employee(
            hup::employees::demo::DEMO_EMPLOYEE_EMAIL,
            hup::employees::demo::DEMO_EMPLOYEE_PASSWORD,
        )
        .await
    }

    /// `POST /api/v1/registrations`: an employee registers a work address.
    pub async fn register_work_email(&self, work_email: &str) -> Response {
        self.post_bearer_only(
            "/api/v1/registrations",
            None,
            json!({"work_email": work_email}),
        )
        .await
    }

    /// `POST /api/v1/registrations/confirm` with the token from the mail.
    pub async fn confirm_registration(&self, token: &str) -> Response {
        self.post_bearer_only(
            "/api/v1/registrations/confirm",
            None,
            json!({"token": token}),
        )
        .await
    }

    /// Registers a work address; returns the confirmation token of the mail (read from
    /// `mailbox`).
    pub async fn registration_token(&self, mailbox: &impl Mailbox, work_email: &str) -> String {
        assert_eq!(
            self.register_work_email(work_email).await.status(),
            StatusCode::ACCEPTED
        );
        mailbox.token_in_mail(work_email, "/confirm?token=").await
    }

    /// Registers and confirms a work address (the mail read from `mailbox`); returns the claim.
    pub async fn confirmed_claim(&self, mailbox: &impl Mailbox, work_email: &str) -> String {
        let token = self.registration_token(mailbox, work_email).await;
        let res = self.confirm_registration(&token).await;
        assert_eq!(res.status(), StatusCode::OK);
        res.json::<Value>().await.unwrap()["claim"]
            .as_str()
            .unwrap()
            .to_owned()
    }

    /// `POST /api/v1/accounts`: a new personal account.
    pub async fn create_account(&self, body: Value) -> Response {
        self.post_bearer_only("/api/v1/accounts", None, body).await
    }

    /// `POST /api/v1/accounts/confirm` with the token from the mail.
    pub async fn confirm_account(&self, token: &str) -> Response {
        self.post_bearer_only("/api/v1/accounts/confirm", None, json!({"token": token}))
            .await
    }

    /// Creates a personal account in NL with `EMPLOYEE_PASSWORD`, confirms it from the mail
    /// (read from `mailbox`) and signs in; returns the bearer token.
    pub async fn signed_in_employee(&self, mailbox: &impl Mailbox, email: &str) -> String {
        let res = self
            .create_account(json!({
                "email": email,
                "password": EMPLOYEE_PASSWORD,
                "country": "NL",
                "display_name": "Jan",
            }))
            .await;
        assert_eq!(res.status(), StatusCode::ACCEPTED);
        let token = mailbox
            .token_in_mail(email, "/account/confirm?token=")
            .await;
        assert_eq!(self.confirm_account(&token).await.status(), StatusCode::OK);
        self.sign_in_employee(email, EMPLOYEE_PASSWORD).await
    }

    /// `POST /api/v1/me/eligibility`: the signed-in employee binds a claim.
    pub async fn bind_claim(&self, bearer: &str, claim: &str) -> Response {
        self.post_bearer_only(
            "/api/v1/me/eligibility",
            Some(bearer),
            json!({"claim": claim}),
        )
        .await
    }

    /// The tenant's HUP tab as its admin sees it.
    pub async fn hup_tab(&self, tenant: i64, token: &str) -> Value {
        self.json_as(&format!("/api/v1/tenants/{tenant}/benefits/hup"), token)
            .await
    }
}

async fn get_with(client: &reqwest::Client, url: String, token: &str) -> Response {
    client
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .expect("request")
}

async fn post_with(
    client: &reqwest::Client,
    url: String,
    token: Option<&str>,
    body: Value,
) -> Response {
    let mut req = client.post(url).json(&body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.expect("request")
}

/// Issue 11 (2): five wrong passwords through `attempt`, then more until the throttle asks for a
/// wait of at least 2 s (shorter waits are slept out, every answer is 401 or 429 with
/// `Retry-After` ≤ 900); then the right password, tried at once, is refused too. Returns the
/// wait, after which the owner gets in.
pub async fn wrong_passwords_until_a_wait<F, Fut>(attempt: F, right: &'static str) -> u64
where
    F: Fn(&'static str) -> Fut,
    Fut: std::future::Future<Output = Response>,
{
    for _ in 0..5 {
        assert_eq!(
            attempt("wrong password!").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // Waits are whole seconds; go on until one is long enough to see from here.
    let mut wait = 0;
    for _ in 0..8 {
        let res = attempt("wrong password!").await;
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            wait = res.headers()["retry-after"]
                .to_str()
                .unwrap()
                .parse::<u64>()
                .unwrap();
            assert!(wait <= 900);
            if wait >= 2 {
                break;
            }
            tokio::time::sleep(Duration::from_secs(wait)).await;
        } else {
            assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
        }
    }
    assert!(wait >= 2, "the waits grow");
    let res = attempt(right).await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().contains_key("retry-after"));
    wait
}
