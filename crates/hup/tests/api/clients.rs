//! Per-client throttles behind a reverse proxy: `X-Forwarded-For` names the client only when
//! the TCP peer is one of `HUP_TRUSTED_PROXIES`.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{csrf_of, Spawn, TestApp};

async fn register_from(app: &TestApp, work_email: &str, forwarded_for: &str) -> StatusCode {
    reqwest::Client::new()
        .post(app.url("/api/v1/registrations"))
        .header("x-forwarded-for", forwarded_for)
        .json(&json!({ "work_email": work_email }))
        .send()
        .await
        .unwrap()
        .status()
}

#[tokio::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_throttle() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(|c| {
            c.employees.register_per_ip = 2;
            c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
        }),
        ..Spawn::default()
    })
    .await;
    let one = "198.51.100.20, 203.0.113.1";
    assert_eq!(register_from(&app, "a1@contoso.example", one).await, 202);
    assert_eq!(register_from(&app, "a2@contoso.example", one).await, 202);
    assert_eq!(
        register_from(&app, "a3@contoso.example", "203.0.113.1").await,
        StatusCode::TOO_MANY_REQUESTS,
        "the third from one client, whatever it wrote before the proxy's hop"
    );
    assert_eq!(
        register_from(&app, "b1@contoso.example", "203.0.113.2").await,
        202,
        "another client behind the same proxy"
    );
}

#[tokio::test]
async fn without_trusted_proxies_a_forwarded_for_header_changes_nothing() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(|c| c.employees.register_per_ip = 2),
        ..Spawn::default()
    })
    .await;
    assert_eq!(
        register_from(&app, "a1@contoso.example", "203.0.113.1").await,
        202
    );
    assert_eq!(
        register_from(&app, "a2@contoso.example", "203.0.113.2").await,
        202
    );
    assert_eq!(
        register_from(&app, "a3@contoso.example", "203.0.113.3").await,
        StatusCode::TOO_MANY_REQUESTS,
        "a client cannot dodge its throttle by writing the header itself"
    );
}

#[tokio::test]
async fn a_throttled_account_form_says_when_to_try_again() {
    let app = TestApp::spawn_with(Spawn {
        configure: Some(|c| c.employees.register_per_ip = 1),
        ..Spawn::default()
    })
    .await;
    let (_, page) = app.page("/signin").await;
    let csrf = csrf_of(&page);
    let create = |email: &'static str| {
        let fields = [
            ("csrf", csrf.clone()),
            ("email", email.to_owned()),
            ("password", "a long personal passphrase".to_owned()),
            ("country", "NL".to_owned()),
        ];
        let app = &app;
        async move {
            app.client
                .post(app.url("/signin/create"))
                .form(&fields)
                .send()
                .await
                .unwrap()
        }
    };
    assert_eq!(create("eva@home.example").await.status(), StatusCode::OK);
    let res = create("piet@home.example").await;
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&wait), "{wait}");
}
