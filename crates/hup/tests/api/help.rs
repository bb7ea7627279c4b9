//! Where people with questions are sent (R21, R23, R24): the `[help]` addresses of the market
//! rules on the employees' offers and order pages and on the admin's HUP tab.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, OPERATOR_TOKEN};

async fn publish_markets(app: &TestApp, toml: &str) -> reqwest::Response {
    reqwest::Client::new()
        .put(app.url("/api/v1/markets"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "application/toml")
        .body(toml.to_owned())
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn r23_employees_find_the_faqs_and_order_support_beside_offers_and_orders() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let (_, offers) = app.page("/offers?lang=en").await;
    assert!(
        offers.contains(r#"<h2 id="questions">Questions?</h2>"#),
        "{offers}"
    );
    for href in [
        "https://support.hup.example/purchase-and-install",
        "https://support.hup.example/employee-faq",
        "https://support.hup.example/orders",
    ] {
        assert!(offers.contains(&format!("href=\"{href}\"")), "{href}");
    }
    let placed: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(&token)
        .header("Idempotency-Key", "help")
        .json(&json!({"product": "m365-family", "term": "P1Y"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (_, order) = app.page(&format!("/orders/{}?lang=nl", placed["id"])).await;
    assert!(order.contains("Vragen?"), "{order}");
    assert!(order.contains(
        r#"<a href="https://support.hup.example/orders" rel="noopener">Ondersteuning bij bestelstatus"#
    ));

    // Rules without addresses: no empty "Questions?" heading.
    let closed_only = "[countries.RU]\noffered = false\nreason = \"R4\"\n";
    assert_eq!(publish_markets(&app, closed_only).await.status(), 200);
    let (_, offers) = app.page("/offers?lang=en").await;
    assert!(!offers.contains("Questions?"), "{offers}");
}

#[tokio::test]
async fn r21_r24_the_hup_tab_links_support_and_the_frequently_viewed_pages() {
    let app = TestApp::spawn_demo().await;
    app.sign_in_demo_admin("admin@contoso.example").await; // the client keeps the cookie
    let (status, tab) = app.page("/admin/billing/benefits/hup?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(tab.contains(
        r#"<a href="https://licensing.hup.example/support" rel="noopener">Licensing support</a>"#
    ));
    assert!(tab.contains(r#"href="https://business.hup.example/admin-support""#));
    let viewed = &tab[tab.find("id=\"frequently-viewed\"").expect("R24 section")..];
    for label in [
        "Subscriptions",
        "Licensing service center",
        "Store admin support",
        "Business store",
        "Employee store",
        "Licensing overview",
    ] {
        assert!(viewed.contains(&format!(">{label}</a>")), "{label}");
    }
}

#[tokio::test]
async fn a_help_address_that_is_not_https_is_refused_and_nothing_changes() {
    let app = TestApp::spawn_demo().await;
    let res = publish_markets(&app, "[help]\norder_support = \"http://orders.example/\"\n").await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("help.order_support"), "{body}");
    let res = publish_markets(&app, "[help]\nweather = \"https://w.example/\"\n").await;
    assert_eq!(res.status(), 422);
    app.sign_in_demo_employee().await;
    let (_, offers) = app.page("/offers?lang=en").await;
    assert!(
        offers.contains("https://support.hup.example/orders"),
        "the shipped ones stay"
    );
}
