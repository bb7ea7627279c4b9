//! Issue 11 (4): a NUL byte, another control character or a line break in a text field is a
//! 422 naming the field, on both back ends, and nothing is stored. On PostgreSQL a NUL in
//! `display_name`, `customer_number` or a customer path used to be a 500 (PostgreSQL refuses
//! NUL in `text`); the same tests run there in CI. Issue 11 (10): `display_name` refuses CR/LF,
//! and over https the session and CSRF cookies are `__Host-` cookies.

use hup::employees::demo::DEMO_EMPLOYEE_EMAIL;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{
    assert_problem, csrf_of, feed, Spawn, TestApp, EMPLOYEE_PASSWORD, OPERATOR_TOKEN,
};

/// Asserts a 422 `invalid-text` whose one error names `field`.
async fn assert_invalid_text(res: reqwest::Response, field: &str) -> Value {
    let problem = assert_problem(res, 422, "invalid-text").await;
    assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    assert!(
        problem["errors"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("U+"),
        "{problem}"
    );
    problem
}

/// Issue 11 (4, 10): `POST /api/v1/accounts` needs no sign-in, so a NUL in `display_name`
/// reached PostgreSQL from anyone; CR/LF was accepted too. Both are a 422 naming the field,
/// and no account exists afterwards.
#[tokio::test]
async fn a_nul_or_line_break_in_display_name_is_refused_and_nothing_is_stored() {
    let app = TestApp::spawn().await;
    for name in [
        "Jan\u{0}",
        "Jan\r\nBcc: all@example.test",
        "Jan\u{85}",
        "Jan\u{7f}",
    ] {
        let res = app
            .create_account(json!({
                "email": "jan@home.test",
                "password": EMPLOYEE_PASSWORD,
                "country": "NL",
                "display_name": name,
            }))
            .await;
        assert_invalid_text(res, "display_name").await;
    }
    // A NUL in any other field of the body, too (the work address here).
    let res = app
        .create_account(json!({
            "email": "jan\u{0}@home.test",
            "password": EMPLOYEE_PASSWORD,
            "country": "NL",
        }))
        .await;
    assert_invalid_text(res, "email").await;
    assert!(
        hup::store::employees::employee_by_email(&app.db, "jan@home.test")
            .await
            .unwrap()
            .is_none(),
        "nothing stored"
    );

    // The page's form reaches the same rule in the service: the name field's error.
    let html = app.get("/signin").await.text().await.unwrap();
    let csrf = csrf_of(&html);
    let res = app
        .post_form(
            "/signin/create",
            &[
                ("csrf", &csrf),
                ("email", "jan@home.test"),
                ("password", EMPLOYEE_PASSWORD),
                ("country", "NL"),
                ("display_name", "Jan\r\nX"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res.text().await.unwrap().contains("must be one line"));
    assert!(
        hup::store::employees::employee_by_email(&app.db, "jan@home.test")
            .await
            .unwrap()
            .is_none(),
        "nothing stored"
    );
}

/// Issue 11 (4): a work address with a control character, in the registration body.
#[tokio::test]
async fn a_nul_in_a_work_email_is_refused() {
    let app = TestApp::spawn().await;
    for email in ["jan@contoso.test\u{0}", "jan@contoso.test\r\n"] {
        let res = app.register_work_email(email).await;
        assert_invalid_text(res, "work_email").await;
    }
}

/// Issue 11 (4): `customer_number` in an admin's body and in the operator's paths
/// (`/customers/{n}/eligibility`, `/connections/{n}/approve|reject`), percent-encoded NUL and
/// CR/LF included: 422 naming the field, the tenant's connection unchanged.
#[tokio::test]
async fn a_nul_in_a_customer_number_is_refused_in_bodies_and_paths() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin(hup::demo::DEMO_ADMIN).await;
    let before = app.hup_tab(admin.tenant, &admin.token).await;
    for number in ["C-1001\u{0}", "C-1\r\n001"] {
        let res = app
            .post_bearer_only(
                &format!("/api/v1/tenants/{}/customers", admin.tenant),
                Some(&admin.token),
                json!({"customer_number": number}),
            )
            .await;
        assert_invalid_text(res, "customer_number").await;
    }
    assert_eq!(
        app.hup_tab(admin.tenant, &admin.token).await["customer_number"],
        before["customer_number"]
    );

    for path in [
        "/api/v1/customers/C-1001%00/eligibility",
        "/api/v1/customers/C-1001%0D%0A/eligibility",
    ] {
        assert_invalid_text(app.operator_get(path).await, "customer_number").await;
    }
    for verb in ["approve", "reject"] {
        let res = app
            .post_bearer_only(
                &format!("/api/v1/connections/C-1001%00/{verb}"),
                Some(OPERATOR_TOKEN),
                json!({}),
            )
            .await;
        assert_invalid_text(res, "customer_number").await;
    }
    // The operator's tenant filter is a query string: the same rule.
    assert_invalid_text(
        app.operator_get("/api/v1/tenants?domain=contoso.example%00")
            .await,
        "domain",
    )
    .await;
}

/// Issue 11 (4): a domain with a control character, in the body and in the path.
#[tokio::test]
async fn a_nul_in_a_domain_is_refused_in_the_body_and_the_path() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin(hup::demo::DEMO_ADMIN).await;
    let domains = format!("/api/v1/tenants/{}/domains", admin.tenant);
    let before: Value = app.json_as(&domains, &admin.token).await;
    let res = app
        .post_bearer_only(
            &domains,
            Some(&admin.token),
            json!({"domain": "sales.contoso.example\u{0}"}),
        )
        .await;
    assert_invalid_text(res, "domain").await;
    assert_eq!(app.json_as(&domains, &admin.token).await, before);

    let res = app
        .get_bearer_only(&format!("{domains}/contoso.example%00"), &admin.token)
        .await;
    assert_invalid_text(res, "domain").await;
    let res = app
        .post_bearer_only(
            &format!("{domains}/contoso.example%0A/verify"),
            Some(&admin.token),
            json!({}),
        )
        .await;
    assert_invalid_text(res, "domain").await;
}

/// Issue 11 (4): a product code with a control character in an order: 422, no order placed.
#[tokio::test]
async fn a_nul_in_a_product_code_is_refused() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(&token)
        .header("Idempotency-Key", "text-test-0001")
        .json(&json!({"product": "m365-family\u{0}", "term": "P1Y"}))
        .send()
        .await
        .unwrap();
    assert_invalid_text(res, "product").await;
    let orders: Value = app.json_as("/api/v1/orders", &token).await;
    assert_eq!(
        orders["orders"],
        json!([]),
        "{DEMO_EMPLOYEE_EMAIL}: {orders}"
    );
}

/// Issue 11 (4): a NUL in a feed is a `line N: column: reason` error, not a database error,
/// and nothing is imported.
#[tokio::test]
async fn a_nul_in_the_feed_is_a_line_error() {
    let app = TestApp::spawn().await;
    let bad =
        feed(&["AG-9,C-9\u{0},X,commercial,NL,it@x.example,m365-e3,1,false,2025-01-01,2027-12-31"]);
    let res = app
        .client
        .post(app.url("/api/v1/agreements/import"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "text/csv")
        .body(bad)
        .send()
        .await
        .unwrap();
    let problem = assert_problem(res, 422, "invalid-feed").await;
    assert_eq!(problem["errors"][0]["field"], "line 2: customer_number");
    assert!(problem["errors"][0]["reason"]
        .as_str()
        .unwrap()
        .contains("U+0000 NUL"));
    assert_eq!(
        app.operator_get("/api/v1/customers/C-9/eligibility")
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
}

/// Issue 11 (10): over https the session, CSRF and claim cookies are `__Host-` cookies
/// (Secure, Path=/, no Domain), and only that name signs a browser in: a cookie under the
/// plain name (which a sibling subdomain could set) is ignored.
#[tokio::test]
async fn over_https_cookies_are_host_prefixed_and_only_those_are_read() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(|c| c.base_url = "https://hup.test".parse().unwrap()),
        ..Spawn::default()
    })
    .await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/admin/sessions"))
        .json(&json!({
            "work_email": hup::demo::DEMO_ADMIN,
            "password": hup::tenancy::demo::DEMO_ADMIN_PASSWORD,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-hup_admin="), "{cookie}");
    assert!(
        cookie.contains("; Path=/;") && cookie.ends_with("; Secure") && !cookie.contains("Domain"),
        "{cookie}"
    );
    let body: Value = res.json().await.unwrap();
    let (tenant, token) = (
        body["tenant"].as_i64().unwrap(),
        body["token"].as_str().unwrap(),
    );

    let with_cookie = |cookie: String| {
        reqwest::Client::new()
            .get(app.url(&format!("/api/v1/tenants/{tenant}/domains")))
            .header("cookie", cookie)
            .send()
    };
    let res = with_cookie(format!("__Host-hup_admin={token}"))
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = with_cookie(format!("hup_admin={token}")).await.unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);

    // A page with a form sets the CSRF cookie under the prefixed name.
    let res = reqwest::Client::new()
        .get(app.url("/signin"))
        .send()
        .await
        .unwrap();
    let set: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .collect();
    assert!(
        set.iter()
            .any(|c| c.starts_with("__Host-hup_csrf=") && c.ends_with("; Secure")),
        "{set:?}"
    );
    assert!(!set.iter().any(|c| c.starts_with("hup_csrf=")), "{set:?}");
}
