//! Status notices on pages come from a fixed set of keys (issue 11: 8): a crafted link can at
//! most pick which of hup's own sentences a page shows, never put its text on the page.

use reqwest::StatusCode;

use crate::helpers::TestApp;

/// What an attacker would like a trusted page to say.
const SPOOF: &str = "Your licence expired: call +1 555 0100";

/// A page with `query` (encoded here), as `token` sees it in English.
async fn page(app: &TestApp, path: &str, query: &[(&str, &str)], token: &str) -> String {
    let res = app
        .client
        .get(app.url(path))
        .query(query)
        .bearer_auth(token)
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK, "{path} {query:?}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn admin_domains_says_verified_only_for_the_tenants_own_verified_domain() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    const NOTICE: &str = "is verified. Your organization is managed";
    // Free text, another tenant's verified domain, a domain nobody has: no notice at all.
    for value in [SPOOF, "fabrikam.example", "unknown.example", ""] {
        let html = page(&app, "/admin/domains", &[("verified", value)], &admin.token).await;
        assert!(!html.contains(SPOOF), "the text is not echoed");
        assert!(!html.contains(NOTICE), "no notice for {value:?}");
    }
    // Where Verify leads still says so, however the domain was typed.
    for value in ["contoso.example", "CONTOSO.example."] {
        let html = page(&app, "/admin/domains", &[("verified", value)], &admin.token).await;
        assert!(
            html.contains(&format!("contoso.example {NOTICE}")),
            "{value:?}"
        );
    }
}

#[tokio::test]
async fn employee_pages_show_no_notice_for_unknown_keys() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let html = page(&app, "/offers", &[("failed", SPOOF)], &token).await;
    assert!(!html.contains(SPOOF));
    let html = page(&app, "/offers", &[("failed", "form")], &token).await;
    assert!(
        html.contains("The form had expired."),
        "a known key still works"
    );
    let html = page(&app, "/account", &[("claim", SPOOF)], &token).await;
    assert!(!html.contains(SPOOF));
    assert!(!html.contains("could not be used"));
}

#[tokio::test]
async fn an_order_page_thanks_only_after_buy() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(&token)
        .header("Idempotency-Key", "notice-1")
        .json(&serde_json::json!({"product": "m365-family", "term": "P1Y"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let id = res.json::<serde_json::Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();
    let path = format!("/orders/{id}");
    const THANKS: &str = "Thank you: your order is confirmed.";
    assert!(page(&app, &path, &[("placed", "1")], &token)
        .await
        .contains(THANKS));
    let html = page(&app, &path, &[("placed", SPOOF)], &token).await;
    assert!(!html.contains(SPOOF) && !html.contains(THANKS));
}
