//! The operator keeps catalog and market rules (R2–R6) through the API.

use serde_json::{json, Value};

use crate::helpers::{assert_problem, TestApp, OPERATOR_TOKEN};

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
    assert!(page.contains("Microsoft 365 Personal") && page.contains('€'));

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

/// Issue 11: 1. An empty catalog (no body, or only a comment) would remove every product,
/// offer and price list: 422 `empty-document`, nothing changed, unless `?allow_empty=true`.
/// Every publish answers what it added, removed and changed.
#[tokio::test]
async fn an_empty_catalog_is_refused_unless_asked_for_and_every_publish_says_what_changed() {
    let app = TestApp::spawn().await;
    let demo = hup_core::catalog::DEMO_CATALOG_TOML.to_owned();
    let res = put(&app, "/api/v1/catalog", demo.clone(), Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 200);
    let summary: Value = res.json().await.unwrap();
    assert_eq!(summary["products"], 4);
    let added = summary["changes"]["products"]["added"].as_array().unwrap();
    assert_eq!(added.len(), 4, "{summary}");
    assert_eq!(summary["changes"]["products"]["removed"], json!([]));

    for empty in ["", "# the catalog\n", "  \n\n"] {
        let res = put(&app, "/api/v1/catalog", empty.into(), Some(OPERATOR_TOKEN)).await;
        let problem = assert_problem(res, 422, "empty-document").await;
        let detail = problem["detail"].as_str().unwrap();
        assert!(
            detail.contains("4 products") && detail.contains("allow_empty"),
            "{detail}"
        );
    }
    let res = app.operator_get("/api/v1/catalog").await;
    assert_eq!(res.text().await.unwrap(), demo, "nothing changed");

    // A change to one product's name is named as changed; dropping a product as removed.
    let renamed = demo.replacen(
        "en = \"Microsoft 365 Family\"",
        "en = \"Microsoft 365 Family (6 people)\"",
        1,
    );
    let res = put(&app, "/api/v1/catalog", renamed, Some(OPERATOR_TOKEN)).await;
    let summary: Value = res.json().await.unwrap();
    assert_eq!(
        summary["changes"]["products"]["changed"],
        json!(["m365-family"])
    );
    assert_eq!(summary["changes"]["products"]["added"], json!([]));
    assert_eq!(summary["changes"]["offers"]["changed"], json!([]));

    // Market rules that exclude a product would not fit an empty catalog: publish rules that
    // exclude none first.
    let closed = "[countries.RU]\noffered = false\nreason = \"R4\"\n";
    let res = put(&app, "/api/v1/markets", closed.into(), Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 200);
    let res = put(
        &app,
        "/api/v1/catalog?allow_empty=true",
        "# closed for now\n".into(),
        Some(OPERATOR_TOKEN),
    )
    .await;
    assert_eq!(res.status(), 200);
    let summary: Value = res.json().await.unwrap();
    assert_eq!(summary["products"], 0);
    assert_eq!(
        summary["changes"]["products"]["removed"]
            .as_array()
            .unwrap()
            .len(),
        4
    );
    assert_eq!(summary["changes"]["price_lists"]["total"], 0);

    // The OpenAPI document says so, with the refusals every upload shares.
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    for (path, method) in [
        ("/api/v1/catalog", "put"),
        ("/api/v1/markets", "put"),
        ("/api/v1/agreements/import", "post"),
    ] {
        let op = &doc["paths"][path][method];
        assert!(
            op["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["name"] == "allow_empty"),
            "{path}: {op}"
        );
        for status in ["401", "413", "422"] {
            let response = &op["responses"][status];
            assert!(
                response["content"]["application/problem+json"].is_object(),
                "{path} {status}: {op}"
            );
        }
        assert!(
            op["responses"]["422"]["description"]
                .as_str()
                .unwrap()
                .contains("empty-document"),
            "{op}"
        );
    }
}

/// Issue 11: 1 (R4, R5). Empty market rules would lift every country rule in force, the
/// shipped MO/RU/VE (not offered) and CN/HK (regional store) among them: 422 `empty-document`
/// unless `?allow_empty=true`, and the answer names the rules lifted.
#[tokio::test]
async fn empty_market_rules_are_refused_unless_asked_for() {
    let app = TestApp::spawn().await;
    for empty in ["", "# no rules\n"] {
        let res = put(&app, "/api/v1/markets", empty.into(), Some(OPERATOR_TOKEN)).await;
        let problem = assert_problem(res, 422, "empty-document").await;
        assert!(
            problem["detail"].as_str().unwrap().contains("market rules"),
            "{problem}"
        );
    }
    let res = app.operator_get("/api/v1/markets").await;
    assert_eq!(res.status(), 404, "the shipped rules stay in force");

    let one = "[countries.RU]\noffered = false\nreason = \"R4\"\n";
    let res = put(&app, "/api/v1/markets", one.into(), Some(OPERATOR_TOKEN)).await;
    assert_eq!(res.status(), 200);
    let summary: Value = res.json().await.unwrap();
    assert_eq!(summary["countries"], 1);
    let removed = summary["changes"]["removed"].as_array().unwrap();
    for country in ["MO", "VE", "CN", "HK"] {
        assert!(removed.contains(&json!(country)), "{summary}");
    }
    assert!(!removed.contains(&json!("RU")), "{summary}");

    let res = put(
        &app,
        "/api/v1/markets?allow_empty=true",
        "# open everywhere\n".into(),
        Some(OPERATOR_TOKEN),
    )
    .await;
    assert_eq!(res.status(), 200);
    let summary: Value = res.json().await.unwrap();
    assert_eq!(summary["countries"], 0);
    assert_eq!(summary["changes"]["removed"], json!(["RU"]));
}
