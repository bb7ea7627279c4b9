//! Issue 11 (2): an attacker cannot lock the owner out (NIST SP 800-63B §5.2.2). Failures count
//! per (account, client address), and per account only from addresses the account never signed
//! in from; every 429 says when to try again. Admins and employees share the one throttle
//! (`accounts::throttle`). The client address varies through `X-Forwarded-For` from a trusted
//! proxy (`HUP_TRUSTED_PROXIES`, see clients.rs).

use hup::employees::demo::{DEMO_EMPLOYEE_EMAIL, DEMO_EMPLOYEE_PASSWORD};
use hup::tenancy::demo::DEMO_ADMIN_PASSWORD;
use reqwest::{Response, StatusCode};
use serde_json::json;

use crate::helpers::{Spawn, TestApp};

/// Both sides of the double-submit CSRF check, as a browser would hold and post them.
const CSRF: &str = "0123456789abcdef0123456789abcdef-lockout";
const OWNER: &str = "198.51.100.7";

/// Where and how one kind of account signs in.
struct Actor {
    api: &'static str,
    page: &'static str,
    /// The address field, in the API body and the page form alike.
    field: &'static str,
    email: &'static str,
    password: &'static str,
}

const ADMIN: Actor = Actor {
    api: "/api/v1/admin/sessions",
    page: "/admin/signin",
    field: "work_email",
    email: "admin@contoso.example",
    password: DEMO_ADMIN_PASSWORD,
};

const EMPLOYEE: Actor = Actor {
    api: "/api/v1/sessions",
    page: "/signin",
    field: "email",
    email: DEMO_EMPLOYEE_EMAIL,
    password: DEMO_EMPLOYEE_PASSWORD,
};

/// The demo behind a trusted proxy on loopback; one free failure per pair (ten per account),
/// so a short attack reaches the ceiling.
async fn spawn() -> TestApp {
    TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(|c| {
            c.employees.signin_free_failures = 1;
            c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        }),
        ..Spawn::default()
    })
    .await
}

async fn api_sign_in(app: &TestApp, actor: &Actor, password: &str, from: &str) -> Response {
    reqwest::Client::new()
        .post(app.url(actor.api))
        .header("x-forwarded-for", from)
        .json(&json!({ actor.field: actor.email, "password": password }))
        .send()
        .await
        .expect("request")
}

async fn page_sign_in(app: &TestApp, actor: &Actor, password: &str, from: &str) -> Response {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url(actor.page))
        .header("x-forwarded-for", from)
        .header("cookie", format!("hup_csrf={CSRF}"))
        .form(&[
            ("csrf", CSRF),
            (actor.field, actor.email),
            ("password", password),
        ])
        .send()
        .await
        .expect("request")
}

fn retry_after(res: &Response) -> u64 {
    res.headers()
        .get("retry-after")
        .unwrap_or_else(|| panic!("a 429 without Retry-After: {res:?}"))
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

async fn an_attack_from_many_addresses_does_not_lock_the_owner_out(actor: Actor) {
    let app = spawn().await;
    // The owner signed in from this address before: it is known.
    assert_eq!(
        api_sign_in(&app, &actor, actor.password, OWNER)
            .await
            .status(),
        StatusCode::OK
    );
    // Twenty wrong passwords, each from another address: far past the old lock of ten.
    for i in 1..=20 {
        let from = format!("203.0.113.{i}");
        let res = api_sign_in(&app, &actor, "wrong password!", &from).await;
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "attempt {i}");
    }

    // The attacker's own addresses are slowed: 429 with Retry-After, even with the right
    // password, and long — the account-wide count lengthens the wait of unknown addresses
    // (one own failure alone would cost a second).
    let res = api_sign_in(&app, &actor, "wrong password!", "203.0.113.1").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&res);
    assert!((60..=900).contains(&wait), "{wait}");
    let res = api_sign_in(&app, &actor, actor.password, "203.0.113.2").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    retry_after(&res);
    // The sign-in page says the same, with the same header.
    let res = page_sign_in(&app, &actor, actor.password, "203.0.113.3").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!((60..=900).contains(&retry_after(&res)));

    // The owner, from the known address, gets in at once — by the API and the page.
    assert_eq!(
        api_sign_in(&app, &actor, actor.password, OWNER)
            .await
            .status(),
        StatusCode::OK
    );
    let res = page_sign_in(&app, &actor, actor.password, OWNER).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // From a new address too: it has not failed itself, so its first try goes ahead.
    assert_eq!(
        api_sign_in(&app, &actor, actor.password, "192.0.2.50")
            .await
            .status(),
        StatusCode::OK
    );
}

/// Issue 11 (2): before, ten wrong admin passwords from anywhere locked the admin out for 15
/// minutes, the right password from any address included, with a 429 that had no Retry-After.
#[tokio::test]
async fn an_attacker_cannot_lock_an_admin_out() {
    an_attack_from_many_addresses_does_not_lock_the_owner_out(ADMIN).await;
}

/// Issue 11 (2): before, failures spread over many addresses behind a trusted proxy made the
/// employee's own known address wait too.
#[tokio::test]
async fn an_attacker_cannot_lock_an_employee_out() {
    an_attack_from_many_addresses_does_not_lock_the_owner_out(EMPLOYEE).await;
}

/// Issue 11 (2): an attacker at one address is slowed there, with Retry-After, and the owner
/// elsewhere is not; the owner's own typing mistakes at a known address cost only that address.
async fn one_address_guessing_is_slowed_there_only(actor: Actor) {
    let app = spawn().await;
    assert_eq!(
        api_sign_in(&app, &actor, actor.password, OWNER)
            .await
            .status(),
        StatusCode::OK
    );
    let mut throttled = None;
    for _ in 0..12 {
        let res = api_sign_in(&app, &actor, "wrong password!", "203.0.113.9").await;
        match res.status() {
            StatusCode::UNAUTHORIZED => {}
            StatusCode::TOO_MANY_REQUESTS => {
                throttled = Some(retry_after(&res));
                break;
            }
            other => panic!("{other}"),
        }
    }
    let wait = throttled.expect("the guessing address is throttled");
    assert!((1..=900).contains(&wait));
    assert_eq!(
        api_sign_in(&app, &actor, actor.password, OWNER)
            .await
            .status(),
        StatusCode::OK
    );
}

#[tokio::test]
async fn one_address_guessing_an_admin_password_is_slowed_there_only() {
    one_address_guessing_is_slowed_there_only(ADMIN).await;
}

#[tokio::test]
async fn one_address_guessing_an_employee_password_is_slowed_there_only() {
    one_address_guessing_is_slowed_there_only(EMPLOYEE).await;
}
