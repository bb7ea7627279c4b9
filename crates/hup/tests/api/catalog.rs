//! The operator keeps catalog and market rules (R2–R6) through the API.

use crate::helpers::{TestApp, OPERATOR_TOKEN};

async fn put(app: &TestApp, path: &str, body: String, token: Option<&str>) -> reqwest::Response {
    let mut req = app
        .client
        .put(app.url(path))
        .header("content-type", "application/toml")
        .body(body);
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    req.send().await.unwrap()
}

#[tokio::test]
async fn catalog_calls_need_the_operator_token() {
    let app = TestApp::spawn().await;
    let catalog = hup_core::catalog::DEMO_CATALOG_TOML.to_owned();
    for token in [None, Some("wrong-token-wrong-token")] {
        let res = put(&app, "/api/v1/catalog", catalog.clone(), token).await;
        assert_eq!(res.status(), 401);
        assert_eq!(res.headers()["content-type"], "application/problem+json");
    }
    let res = app.get("/api/v1/catalog").await;
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn an_invalid_catalog_lists_every_problem_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let bad = r#"
[[products]]
code = "m365-family"
category = "subscription"
names = { en = "Microsoft 365 Family", nl = "Microsoft 365 Family" }

[[offers]]
product = "no-such-product"
term = "P1Y"
discount = { percent = 30 }

[[price_lists]]
country = "NL"
currency = "EUX"
prices = []
"#;
    let res = put(&app, "/api/v1/catalog", bad.into(), Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 422);
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["type"], "urn:hup:problem:invalid-catalog");
    let reasons: Vec<String> = problem["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["reason"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        reasons.iter().any(|r| r.contains("no-such-product")),
        "{reasons:?}"
    );
    assert!(reasons.iter().any(|r| r.contains("EUX")), "{reasons:?}");
    let res = app.operator_get("/api/v1/catalog").await;
    assert_eq!(res.status(), 404, "nothing was published");
}

#[tokio::test]
async fn a_published_catalog_is_served_and_priced_on_the_program_page() {
    let app = TestApp::spawn().await;
    let catalog = hup_core::catalog::DEMO_CATALOG_TOML.to_owned();
    let res = put(
        &app,
        "/api/v1/catalog",
        catalog.clone(),
        Some(OPERATOR_TOKEN),
    )
    .await;
    assert_eq!(res.status(), 200);
    let summary: serde_json::Value = res.json().await.unwrap();
    assert_eq!(summary["products"], 4);
    let res = app.operator_get("/api/v1/catalog").await;
    assert_eq!(res.text().await.unwrap(), catalog);
    let page = app.get("/?country=DE").await.text().await.unwrap();
    assert!(page.contains("Microsoft 365 Personal") && page.contains("EUR"));

    // R4 as data: the operator closes Germany, and the page says so at once.
    let markets = format!(
        "{}\n[countries.DE]\noffered = false\nreason = \"Closed for the test\"\n",
        hup_core::market::DEFAULT_MARKETS_TOML
    );
    let res = put(&app, "/api/v1/markets", markets, Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    let page = app.get("/?country=DE").await.text().await.unwrap();
    assert!(page.contains("The program is not available in this country."));
}

#[tokio::test]
async fn market_rules_naming_an_unknown_product_are_refused() {
    let app = TestApp::spawn().await;
    let catalog = hup_core::catalog::DEMO_CATALOG_TOML.to_owned();
    assert_eq!(
        put(&app, "/api/v1/catalog", catalog, Some(OPERATOR_TOKEN))
            .await
            .status(),
        200
    );
    let markets = "[countries.JP]\nexclude_products = [\"m365-famly\"]\n".to_owned();
    let res = put(&app, "/api/v1/markets", markets, Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 422);
    let body = res.text().await.unwrap();
    assert!(body.contains("m365-famly"), "{body}");
}

#[tokio::test]
async fn a_document_over_one_mebibyte_is_413() {
    let app = TestApp::spawn().await;
    let res = put(
        &app,
        "/api/v1/catalog",
        "#".repeat(1024 * 1024 + 1),
        Some(OPERATOR_TOKEN),
    )
    .await;
    assert_eq!(res.status(), 413);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
}
