//! Issue 15: org admins enrol TOTP at `/admin/security`; sign-in then needs a code, and
//! `HUP_ADMIN_MFA=required` sends every admin there before anything else.

use hup::config::AdminMfa;
use hup_core::mfa::Totp;
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{assert_problem, csrf_of, Spawn, TestApp};
use crate::operator::{code, hidden, recovery_codes_of};

const ADMIN: &str = "admin@contoso.example";
const PASSWORD: &str = "demo-admin-password";

/// Enrols an authenticator on the signed-in admin's security page; the secret and the codes.
async fn enrol(app: &TestApp) -> (Totp, Vec<String>) {
    let (status, page) = app.page("/admin/security").await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("autocomplete=\"one-time-code\"") && page.contains("<svg"));
    let secret_text = hidden(&page, "secret");
    let secret = Totp::from_base32(&secret_text).unwrap();
    let wrong = app
        .post_form(
            "/admin/security",
            &[
                ("csrf", &csrf_of(&page)),
                ("action", "enrol"),
                ("secret", &secret_text),
                ("code", "000000"),
            ],
        )
        .await;
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            "/admin/security",
            &[
                ("csrf", &csrf_of(&page)),
                ("action", "enrol"),
                ("secret", &secret_text),
                ("code", &code(&secret, 0)),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let codes = recovery_codes_of(&html);
    assert_eq!(codes.len(), 10, "{html}");
    (secret, codes)
}

fn sign_in_body(code: &str) -> serde_json::Value {
    json!({"work_email": ADMIN, "password": PASSWORD, "code": code})
}

#[tokio::test]
async fn an_admin_with_an_authenticator_signs_in_with_its_code() {
    let app = TestApp::spawn_demo().await;
    app.sign_in_demo_admin(ADMIN).await;
    let (secret, recovery) = enrol(&app).await;
    let no_code = app
        .post_bearer_only("/api/v1/admin/sessions", None, sign_in_body(""))
        .await;
    assert_problem(no_code, 401, "unauthorized").await;
    let ok = app
        .post_bearer_only(
            "/api/v1/admin/sessions",
            None,
            sign_in_body(&code(&secret, 1)),
        )
        .await;
    assert_eq!(ok.status(), 200);
    let by_recovery = app
        .post_bearer_only("/api/v1/admin/sessions", None, sign_in_body(&recovery[0]))
        .await;
    assert_eq!(by_recovery.status(), 200);
    // The sign-in page has the code field; without MFA required the admin may turn it off.
    let signin = reqwest::get(app.url("/admin/signin"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(signin.contains("name=\"code\"") && signin.contains("one-time-code"));
    let (_, page) = app.page("/admin/security").await;
    assert!(page.contains("9 recovery codes are left"), "{page}");
    let res = app
        .post_form(
            "/admin/security",
            &[("csrf", &csrf_of(&page)), ("action", "remove")],
        )
        .await;
    assert_eq!(res.status(), 200);
    let again = app
        .post_bearer_only("/api/v1/admin/sessions", None, sign_in_body(""))
        .await;
    assert_eq!(again.status(), 200);
}

#[tokio::test]
async fn hup_admin_mfa_required_sends_every_admin_to_enrol_first() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(|c| c.admin_mfa = AdminMfa::Required),
        ..Spawn::default()
    })
    .await;
    let session = app.sign_in_demo_admin(ADMIN).await;
    let res = app.get("/admin/domains").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/admin/security");
    let me = app.get_as("/api/v1/admin/me", &session.token).await;
    assert_eq!(me.status(), 200);
    let domains = app
        .get_as(
            &format!("/api/v1/tenants/{}/domains", session.tenant),
            &session.token,
        )
        .await;
    assert_problem(domains, 403, "mfa-required").await;
    enrol(&app).await;
    assert_eq!(app.get("/admin/domains").await.status(), 200);
    let (_, page) = app.page("/admin/security").await;
    assert!(
        !page.contains("value=\"remove\""),
        "required: no way to turn it off"
    );
    let res = app
        .post_form(
            "/admin/security",
            &[("csrf", &csrf_of(&page)), ("action", "remove")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
}

/// Issue 15: a stored TOTP secret needs the key that sealed it: without `HUP_SECRET_KEY` hup
/// refuses to start; with a new key and the old one as `HUP_SECRET_KEY_OLD` it seals the
/// secret again at start, after which the old key may go and the authenticator still works.
#[tokio::test]
async fn the_secret_key_is_required_once_a_secret_is_stored_and_rotates() {
    use hup::app::{Application, Options};
    use hup::secrets::SecretKey;
    let mut app = TestApp::spawn_demo().await;
    app.sign_in_demo_admin(ADMIN).await;
    let (secret, _) = enrol(&app).await;
    app.stop().await.unwrap();
    let url = app.database_url.clone();
    let mail = format!("file:{}", app.mail_dir.display());
    let build = |configure: &dyn Fn(&mut hup::config::Config)| {
        let mut config = crate::helpers::test_config(&url, &mail);
        configure(&mut config);
        Application::build(config, Options { demo: false })
    };
    let refused = build(&|c| c.secret_key = None)
        .await
        .err()
        .expect("refused");
    assert!(
        format!("{refused:#}").contains("HUP_SECRET_KEY"),
        "{refused:#}"
    );
    let new = SecretKey::generate();
    let wrong = build(&|c| c.secret_key = Some(SecretKey::generate())).await;
    assert!(wrong.is_err(), "an unknown key opens nothing");
    let old = SecretKey::parse(crate::helpers::SECRET_KEY).unwrap();
    let rotated = build(&|c| {
        c.secret_key = Some(new.clone());
        c.secret_key_old = Some(old.clone());
    })
    .await
    .expect("rotates");
    drop(rotated);
    let after = build(&|c| c.secret_key = Some(new.clone()))
        .await
        .expect("the new key alone");
    let address = format!("http://127.0.0.1:{}", after.port());
    let db = after.state().db.clone();
    tokio::spawn(after.run_until(std::future::pending()));
    let res = reqwest::Client::new()
        .post(format!("{address}/api/v1/admin/sessions"))
        .json(&sign_in_body(&code(&secret, 1)))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "the re-sealed secret still checks codes");
    db.close().await;
}
