//! The operator's program report (`GET /api/v1/reports/program`, `hup report`): reach and
//! sales per currency and per tenant, counts and sums only (R20).

use std::process::Command;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{assert_problem, assert_success, TestApp, OPERATOR_TOKEN};

async fn report(app: &TestApp) -> Value {
    app.json_as("/api/v1/reports/program", OPERATOR_TOKEN).await
}

async fn buy(app: &TestApp, token: &str, key: &str, product: &str, term: &str) -> Value {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(token)
        .header("Idempotency-Key", key)
        .json(&json!({"product": product, "term": term}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

#[tokio::test]
async fn the_report_counts_reach_and_sums_sales_per_currency_and_tenant_without_names() {
    let app = TestApp::spawn_demo().await;
    let before = report(&app).await;
    // The demo: Contoso (a, b, c) and Northwind (education) qualify, Fabrikam does not.
    assert_eq!(before["customers"], 3);
    assert_eq!(before["eligible_customers"], 2);
    assert_eq!(
        before["benefit_on"], 2,
        "both demo admins have the switch on"
    );
    assert_eq!(before["participating"], 1, "only Contoso qualifies");
    assert_eq!(before["employees"], 1);
    assert_eq!(before["enrolled"], 1);
    assert_eq!(before["orders"], 0);
    assert_eq!(before["sales"], json!([]));

    let token = app.sign_in_demo_employee().await;
    let year = buy(&app, &token, "a", "m365-family", "P1Y").await;
    // One licence of each product (issue 13): the monthly one is of the other subscription.
    let month = buy(&app, &token, "b", "m365-personal", "P1M").await;
    let field = |o: &Value, f: &str| o[f].as_i64().unwrap();
    let paid = field(&year, "price_minor") + field(&month, "price_minor");
    let list = field(&year, "list_price_minor") + field(&month, "list_price_minor");

    let after = report(&app).await;
    assert_eq!(after["orders"], 2);
    assert_eq!(
        after["sales"],
        json!([{"currency": "EUR", "orders": 2, "list_minor": list, "paid_minor": paid,
                "discount_minor": list - paid}])
    );
    assert_eq!(
        after["offers"],
        json!([{"product": "m365-family", "term": "P1Y", "orders": 1},
               {"product": "m365-personal", "term": "P1M", "orders": 1}])
    );
    let contoso = app.tenant_for_domain("contoso.example").await;
    let tenants = after["by_tenant"].as_array().unwrap();
    assert_eq!(tenants.len(), 1, "only tenants with uptake: {tenants:?}");
    assert_eq!(tenants[0]["tenant"], contoso["id"]);
    // Issue 12: the tenant is named beside its number, by its primary domain.
    assert_eq!(tenants[0]["name"], "contoso.example");
    assert_eq!(tenants[0]["verified_domains"], json!(["contoso.example"]));
    assert_eq!(tenants[0]["enrolled"], 1);
    assert_eq!(tenants[0]["participating"], true);
    assert_eq!(tenants[0]["orders"], 2);
    assert_eq!(tenants[0]["sales"], after["sales"]);
    let text = after.to_string();
    assert!(!text.contains("jan"), "no employee in the report: {text}");
}

#[tokio::test]
async fn only_the_operator_reads_the_report() {
    let app = TestApp::spawn_demo().await;
    let res = app.get("/api/v1/reports/program").await;
    assert_problem(res, 401, "unauthorized").await;
    let employee = app.sign_in_demo_employee().await;
    let res = app
        .get_bearer_only("/api/v1/reports/program", &employee)
        .await;
    assert_problem(res, 401, "unauthorized").await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app
        .get_bearer_only("/api/v1/reports/program", &admin.token)
        .await;
    assert_problem(res, 401, "unauthorized").await;
}

#[tokio::test]
async fn hup_report_prints_the_same_figures_as_a_table_or_json() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let order = buy(&app, &token, "a", "m365-family", "P1Y").await;
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hup"))
            .args(args)
            .env_remove("HUP_LISTEN")
            .env("HUP_DATABASE_URL", &app.database_url)
            .output()
            .unwrap()
    };
    let out = run(&["report"]);
    assert_success(&out);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("orders      1"), "{text}");
    let paid = format!("{:.2}", order["price_minor"].as_f64().unwrap() / 100.0);
    assert!(text.contains(&format!("EUR {paid}")), "{text}");
    // Issue 12: the tenant's row names it beside its number.
    let contoso = app.tenant_for_domain("contoso.example").await;
    let row = text
        .lines()
        .find(|l| l.starts_with(&format!("{} ", contoso["id"])))
        .unwrap_or_else(|| panic!("no row for tenant {}: {text}", contoso["id"]));
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(
        cells[1], "contoso.example",
        "the name beside the number: {row}"
    );
    assert!(text.contains("name"), "{text}");

    let out = run(&["report", "--json"]);
    assert_success(&out);
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["orders"], 1);
    assert_eq!(json["sales"][0]["paid_minor"], order["price_minor"]);
    assert_eq!(json["by_tenant"][0]["name"], "contoso.example");
}
