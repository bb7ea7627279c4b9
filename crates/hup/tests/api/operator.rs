//! Issue 15: operator accounts — `hup operators add` prints a setup link, its owner sets a
//! password and enrols TOTP (RFC 6238), signs in at `/operator` with both, and every change
//! lands in the audit log.

use std::process::Command;

use hup_core::mfa::Totp;
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{assert_success, csrf_of, TestApp, OPERATOR_TOKEN};

pub const OPERATOR_EMAIL: &str = "ops@vendor.example";
pub const OPERATOR_PASSWORD: &str = "lange zinnen zijn sterk";

/// `hup …` against the test app's database, as the operator's shell runs it.
pub async fn hup(app: &TestApp, args: &[&str]) -> std::process::Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c.args(args)
        .env("HUP_DATABASE_URL", &app.database_url)
        .env("HUP_BASE_URL", "http://hup.test")
        .env("USER", "ops-shell");
    crate::helpers::output_beside(c).await
}

/// The path and query of the setup link `hup operators add|reset-mfa` printed.
pub fn setup_path(out: &std::process::Output) -> String {
    let text = String::from_utf8_lossy(&out.stdout);
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with("http://hup.test/operator/setup?token="))
        .unwrap_or_else(|| panic!("a setup link in {text}"));
    link.trim_start_matches("http://hup.test").to_owned()
}

/// The value of the hidden field `name` of a page's form.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!("name=\"{name}\" value=\"");
    let at = html.find(&marker).unwrap_or_else(|| panic!("field {name}")) + marker.len();
    html[at..].chars().take_while(|c| *c != '"').collect()
}

/// The code the app shows `steps` steps from now.
pub fn code(secret: &Totp, steps: i64) -> String {
    let step = chrono::Utc::now().timestamp().div_euclid(30) + steps;
    format!("{:06}", secret.code_at(step, 6))
}

/// The recovery codes a page lists once.
pub fn recovery_codes_of(html: &str) -> Vec<String> {
    html.split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap_or("").to_owned())
        .collect()
}

pub struct Enrolled {
    pub secret: Totp,
    pub recovery_codes: Vec<String>,
    /// The code that proved the enrolment.
    pub used_code: String,
}

/// Opens a setup link and completes it: the password, and the app's current code.
pub async fn complete_setup(app: &TestApp, path: &str) -> Enrolled {
    let (status, html) = app.page(path).await;
    assert_eq!(status, 200, "{html}");
    let secret_text = hidden(&html, "secret");
    let secret = Totp::from_base32(&secret_text).expect("a base32 secret");
    let used_code = code(&secret, 0);
    let res = app
        .post_form(
            "/operator/setup",
            &[
                ("csrf", &csrf_of(&html)),
                ("token", &hidden(&html, "token")),
                ("secret", &secret_text),
                ("password", OPERATOR_PASSWORD),
                ("code", &used_code),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let recovery_codes = recovery_codes_of(&res.text().await.unwrap());
    Enrolled {
        secret,
        recovery_codes,
        used_code,
    }
}

/// Posts the sign-in form with `code`.
pub async fn sign_in(app: &TestApp, code: &str) -> reqwest::Response {
    let (_, html) = app.page("/operator/signin").await;
    app.post_form(
        "/operator/signin",
        &[
            ("csrf", &csrf_of(&html)),
            ("email", OPERATOR_EMAIL),
            ("password", OPERATOR_PASSWORD),
            ("code", code),
        ],
    )
    .await
}

/// An operator account set up and signed in on the app's client (its cookie in the jar).
pub async fn signed_in_operator(app: &TestApp) -> Enrolled {
    let out = hup(app, &["operators", "add", OPERATOR_EMAIL]).await;
    assert_success(&out);
    let enrolled = complete_setup(app, &setup_path(&out)).await;
    // The enrolment's own code is used up; the app's next one signs in.
    let res = sign_in(app, &code(&enrolled.secret, 1)).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    enrolled
}

async fn audit(app: &TestApp) -> Vec<Value> {
    let out = hup(app, &["audit", "--json"]).await;
    assert_success(&out);
    serde_json::from_slice(&out.stdout).expect("hup audit --json prints JSON")
}

/// Issue 15: the setup page shows the secret as 8 groups of 4 upper-case base32 letters and as
/// a QR code; the code input is a one-time-code field; the link works once.
#[tokio::test]
async fn a_setup_link_enrols_totp_once_and_yields_ten_recovery_codes() {
    let app = TestApp::spawn().await;
    let out = hup(&app, &["operators", "add", OPERATOR_EMAIL]).await;
    assert_success(&out);
    let path = setup_path(&out);
    let res = app.get(&path).await;
    assert_eq!(res.headers()["referrer-policy"], "no-referrer");
    assert_eq!(res.headers()["cache-control"], "no-store");
    let html = res.text().await.unwrap();
    let shown = html
        .split("<code class=\"secret\" id=\"secret-text\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("the secret as text");
    let groups: Vec<&str> = shown.split(' ').collect();
    assert_eq!(groups.len(), 8, "{shown}");
    assert!(groups.iter().all(|g| g.len() == 4
        && g.chars()
            .all(|c| c.is_ascii_uppercase() || ('2'..='7').contains(&c))));
    assert!(html.contains("<svg") && html.contains("autocomplete=\"one-time-code\""));

    // A wrong code keeps the link working.
    let wrong = app
        .post_form(
            "/operator/setup",
            &[
                ("csrf", &csrf_of(&html)),
                ("token", &hidden(&html, "token")),
                ("secret", &hidden(&html, "secret")),
                ("password", OPERATOR_PASSWORD),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), 422);
    assert!(wrong
        .text()
        .await
        .unwrap()
        .contains("not the code your app shows"));

    let enrolled = complete_setup(&app, &path).await;
    assert_eq!(enrolled.recovery_codes.len(), 10);
    assert!(enrolled.recovery_codes.iter().all(|c| c.len() == 19));
    let (again, _) = app.page(&path).await;
    assert_eq!(again, StatusCode::UNPROCESSABLE_ENTITY);

    let list = hup(&app, &["operators", "list"]).await;
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains(OPERATOR_EMAIL) && text.contains("enrolled") && text.contains("10"),
        "{text}"
    );
}

/// Issue 15: sign-in needs the password and a current code; a code works once (RFC 6238 §5.2),
/// a recovery code once; a signed-out visit to /operator goes to the sign-in form.
#[tokio::test]
async fn signing_in_needs_a_current_code_that_is_accepted_once() {
    let app = TestApp::spawn().await;
    let res = app.get("/operator").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/operator/signin");
    let (_, form) = app.page("/operator/signin").await;
    assert!(
        form.contains("action=\"/operator/signin\"")
            && form.contains("autocomplete=\"one-time-code\"")
    );

    let out = hup(&app, &["operators", "add", OPERATOR_EMAIL]).await;
    let enrolled = complete_setup(&app, &setup_path(&out)).await;
    // The code that proved the enrolment cannot sign in.
    assert_eq!(sign_in(&app, &enrolled.used_code).await.status(), 401);
    assert_eq!(sign_in(&app, "123456").await.status(), 401);
    let next = code(&enrolled.secret, 1);
    let res = sign_in(&app, &next).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/operator");
    let (status, home) = app.page("/operator").await;
    assert_eq!(status, 200);
    assert!(home.contains("Program overview") && home.contains("<svg class=\"chart\""));

    // Signed out, the same code is refused: it was used.
    let csrf = csrf_of(&home);
    let out = app.post_form("/operator/signout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status(), 303);
    assert_eq!(app.get("/operator").await.status(), 303);
    assert_eq!(sign_in(&app, &next).await.status(), 401);

    // A recovery code, typed in lower case, signs in once.
    let recovery = enrolled.recovery_codes[3].to_lowercase();
    assert_eq!(sign_in(&app, &recovery).await.status(), 303);
    let (_, home) = app.page("/operator").await;
    app.post_form("/operator/signout", &[("csrf", &csrf_of(&home))])
        .await;
    assert_eq!(sign_in(&app, &recovery).await.status(), 401);

    let actions: Vec<String> = audit(&app)
        .await
        .iter()
        .map(|e| format!("{} {} {}", e["actor_kind"], e["actor"], e["action"]))
        .collect();
    assert!(
        actions.contains(&"\"cli\" \"ops-shell\" \"operator.add\"".to_owned()),
        "{actions:?}"
    );
    assert!(actions.contains(&format!(
        "\"operator\" \"{OPERATOR_EMAIL}\" \"operator.set-up\""
    )));
    assert!(actions.contains(&format!(
        "\"operator\" \"{OPERATOR_EMAIL}\" \"operator.sign-in\""
    )));
}

/// Issue 15: `reset-mfa` forgets the authenticator and ends the sessions; a new link enrols
/// again. `remove` ends the account.
#[tokio::test]
async fn reset_mfa_and_remove_end_the_sessions() {
    let app = TestApp::spawn().await;
    let old = signed_in_operator(&app).await;
    assert_eq!(app.get("/operator").await.status(), 200);
    let out = hup(&app, &["operators", "reset-mfa", OPERATOR_EMAIL]).await;
    assert_success(&out);
    assert_eq!(app.get("/operator").await.status(), 303);
    assert_eq!(sign_in(&app, &old.recovery_codes[0]).await.status(), 401);
    let new = complete_setup(&app, &setup_path(&out)).await;
    assert_eq!(sign_in(&app, &code(&new.secret, 1)).await.status(), 303);

    assert_success(&hup(&app, &["operators", "remove", OPERATOR_EMAIL]).await);
    assert_eq!(app.get("/operator").await.status(), 303);
    let missing = hup(&app, &["operators", "remove", OPERATOR_EMAIL]).await;
    assert_eq!(missing.status.code(), Some(1));
    let twice = hup(&app, &["operators", "add", "not an address"]).await;
    assert_eq!(twice.status.code(), Some(1));
}

/// Issue 15: the console's session opens the operator API too, and the audit log names the
/// operator; the shared token is recorded as the token.
#[tokio::test]
async fn the_audit_log_tells_a_named_operator_from_the_shared_token() {
    let app = TestApp::spawn().await;
    signed_in_operator(&app).await;
    let feed = crate::helpers::running_feed(&[
        "A-1,C-1,Contoso,commercial,NL,it@contoso.example,m365-e3,100,true",
    ]);
    let by_session = app
        .client
        .post(app.url("/api/v1/agreements/import"))
        .header("content-type", "text/csv")
        .body(feed.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(by_session.status(), 200);
    app.import_feed(feed).await;
    let res = app
        .client
        .get(app.url("/api/v1/audit?action=agreements.import"))
        .bearer_auth(OPERATOR_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let entries: Value = res.json().await.unwrap();
    let entries = entries.as_array().unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0]["actor_kind"], "token");
    assert_eq!(entries[0]["actor"], "HUP_OPERATOR_TOKEN");
    assert_eq!(entries[1]["actor_kind"], "operator");
    assert_eq!(entries[1]["actor"], OPERATOR_EMAIL);
    assert_eq!(entries[1]["detail"]["lines"], 1);
    assert!(entries[1]["client"].is_string());
    let since = hup(&app, &["audit", "--since", "2999-01-01"]).await;
    assert!(String::from_utf8_lossy(&since.stdout).contains("nothing"));
    let bad = hup(&app, &["audit", "--since", "yesterday"]).await;
    assert_eq!(bad.status.code(), Some(2));
}

/// Issue 15: `POST /api/v1/operator/sessions` signs in with the password and a code; its token
/// opens the operator API, and a wrong code answers as a wrong password does.
#[tokio::test]
async fn the_api_signs_an_operator_in_with_a_code() {
    let app = TestApp::spawn().await;
    let out = hup(&app, &["operators", "add", OPERATOR_EMAIL]).await;
    let enrolled = complete_setup(&app, &setup_path(&out)).await;
    let body = |code: &str| serde_json::json!({"email": OPERATOR_EMAIL, "password": OPERATOR_PASSWORD, "code": code});
    let wrong = app
        .post_bearer_only("/api/v1/operator/sessions", None, body("000000"))
        .await;
    crate::helpers::assert_problem(wrong, 401, "unauthorized").await;
    let res = app
        .post_bearer_only(
            "/api/v1/operator/sessions",
            None,
            body(&code(&enrolled.secret, 1)),
        )
        .await;
    assert_eq!(res.status(), 200);
    let token = res.json::<Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let pending = reqwest::Client::new()
        .get(app.url("/api/v1/connections/pending"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(pending.status(), 200);
    let out = reqwest::Client::new()
        .delete(app.url("/api/v1/operator/sessions/current"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status(), 204);
    let after = reqwest::Client::new()
        .get(app.url("/api/v1/connections/pending"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(after.status(), 401);
}
