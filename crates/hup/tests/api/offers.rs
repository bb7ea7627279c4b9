//! What a signed-in employee may buy (R2–R6, R17, R22): `GET /api/v1/me/offers` and `/offers`.

use serde_json::Value;

use crate::helpers::TestApp;

async fn offers(app: &TestApp, token: &str) -> Value {
    let res = app.get_as("/api/v1/me/offers", token).await;
    assert_eq!(res.status(), 200);
    res.json().await.unwrap()
}

/// The `/offers` page as the employee's browser asks for it, in `lang`.
async fn offers_page(app: &TestApp, token: &str, lang: &str) -> String {
    app.client
        .get(app.url("/offers"))
        .bearer_auth(token)
        .header("accept-language", lang)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

fn find<'a>(body: &'a Value, product: &str, term: &str) -> Option<&'a Value> {
    body["offers"]
        .as_array()?
        .iter()
        .find(|o| o["product"] == product && o["term"] == term)
}

async fn grant_other_office(app: &TestApp, on: bool) {
    let id = app.tenant_for_domain("contoso.example").await["id"]
        .as_i64()
        .unwrap();
    let set: &[&str] = if on { &["other-office-products"] } else { &[] };
    let res = app.set_extra_benefits(id, set).await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn offers_need_a_signed_in_employee() {
    let app = TestApp::spawn_demo().await;
    let res = app.get("/api/v1/me/offers").await;
    assert_eq!(res.status(), 401);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    // The page sends a visitor to sign in.
    let res = app.get("/offers").await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/signin");
}

#[tokio::test]
async fn r2_r3_an_employee_in_nl_sees_the_program_price_of_each_offer() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let body = offers(&app, &token).await;
    assert_eq!(body["country"], "NL");
    assert_eq!(body["available"], true, "{body}");
    assert!(body["grant_expires_on"].is_string());
    let family = find(&body, "m365-family", "P1Y").expect("family P1Y");
    assert_eq!(family["currency"], "EUR");
    assert_eq!(family["discount_percent"], 30);
    let list = family["list_price_minor"].as_i64().unwrap();
    let price = family["price_minor"].as_i64().unwrap();
    // 30 % off, the discount rounded half up to the cent in the employee's favour.
    assert_eq!(price, list - (list * 30 + 50) / 100);
    assert!(family["store_url"].is_null(), "hup's own checkout in NL");
    assert!(find(&body, "m365-personal", "P1M").is_some());
}

#[tokio::test]
async fn r22_other_office_products_only_with_the_extra_benefit_and_guidance_without() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let body = offers(&app, &token).await;
    assert!(find(&body, "visio-pro-2019", "perpetual").is_none());
    assert_eq!(body["extra_benefits_withheld"], true);
    let page = offers_page(&app, &token, "en").await;
    assert!(
        page.contains(r#"id="r22""#)
            && page.contains("program administrator about these extra benefits"),
        "{page}"
    );

    grant_other_office(&app, true).await;
    // Each process trusts an active entitlement for a few seconds (ENTITLEMENT_TTL).
    let mut body = offers(&app, &token).await;
    for _ in 0..70 {
        if find(&body, "visio-pro-2019", "perpetual").is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        body = offers(&app, &token).await;
    }
    let visio =
        find(&body, "visio-pro-2019", "perpetual").expect("visio under Other Office products");
    assert_eq!(visio["category"], "other-office");
    assert!(visio["price_minor"].as_i64().unwrap() < visio["list_price_minor"].as_i64().unwrap());
    assert!(find(&body, "project-pro-2019", "perpetual").is_some());
    assert_eq!(body["extra_benefits_withheld"], false);
}

#[tokio::test]
async fn the_offers_page_lists_prices_in_the_employees_language() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let page = offers_page(&app, &token, "nl").await;
    assert!(page.contains("Uw aanbiedingen"));
    assert!(page.contains("30 % korting"));
    // Issue 17: money as CLDR writes it in Dutch.
    assert!(page.contains("€\u{a0}69,30"), "{page}");
}

#[tokio::test]
async fn signing_out_ends_the_session_at_once_although_sessions_are_cached() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    assert_eq!(offers(&app, &token).await["available"], true);
    let res = app.delete_as("/api/v1/sessions/current", &token).await;
    assert!(res.status().is_success(), "{}", res.status());
    let res = app.get_as("/api/v1/me/offers", &token).await;
    assert_eq!(res.status(), 401);
}

/// issue 12 (org admin): with the benefit switched off, an employee whose grant still runs is
/// told the truth — the organization paused the benefit, ask IT or check back — on `/offers`,
/// `/account` and in the API (`organization-paused`), never "confirm your work address again",
/// which would change nothing. Switched on again, the offers are back.
#[tokio::test]
async fn a_paused_benefit_says_so_instead_of_asking_to_confirm_again() {
    let app = TestApp::spawn_demo().await;
    let employee = app.sign_in_demo_employee().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let switch = |enabled: bool| {
        reqwest::Client::new()
            .patch(app.url(&format!("/api/v1/tenants/{}/benefits/hup", admin.tenant)))
            .bearer_auth(&admin.token)
            .json(&serde_json::json!({ "enabled": enabled }))
            .send()
    };
    assert_eq!(switch(false).await.unwrap().status(), 200);
    // The entitlement cache keeps only active entitlements, for a few seconds at most.
    tokio::time::sleep(std::time::Duration::from_millis(5200)).await;

    let body = offers(&app, &employee).await;
    assert_eq!(body["available"], false, "{body}");
    assert_eq!(body["reason"], "organization-paused");
    let html = offers_page(&app, &employee, "en").await;
    assert!(
        html.contains("Your organization has paused the benefit"),
        "{html}"
    );
    assert!(!html.contains("Confirm your work address again"), "{html}");
    let nl = offers_page(&app, &employee, "nl").await;
    assert!(
        nl.contains("Uw organisatie heeft het voordeel gepauzeerd"),
        "{nl}"
    );
    let account = app
        .client
        .get(app.url("/account"))
        .bearer_auth(&employee)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(account.contains("has paused the benefit"), "{account}");
    assert!(
        !account.contains("Confirm your work address again"),
        "{account}"
    );

    assert_eq!(switch(true).await.unwrap().status(), 200);
    assert_eq!(offers(&app, &employee).await["available"], true);
}
