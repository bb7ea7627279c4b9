//! Issue 14 without a real Stripe: a fulfilled P1Y order starts its subscription at the price
//! it was bought for; `hup subscriptions renew --as-of` renews it (recorded without a charge
//! with `none`) at that locked price; cancelling keeps it usable to the period's end, then it
//! ends; nobody else sees it.

use std::process::Command;

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{assert_problem, TestApp};
use crate::payments::placed;

async fn renew(app: &TestApp, day: &str) -> String {
    let mut c = Command::new(env!("CARGO_BIN_EXE_hup"));
    for (key, _) in std::env::vars() {
        if key.starts_with("HUP_") {
            c.env_remove(key);
        }
    }
    c.args(["subscriptions", "renew", "--as-of", day])
        .env("HUP_DATABASE_URL", &app.database_url)
        .env("HUP_MAIL", "file:/dev/null")
        .env("HUP_OPERATOR_TOKEN", crate::helpers::OPERATOR_TOKEN);
    let out = crate::helpers::output_beside(c).await;
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    text
}

fn day(rfc3339: &Value) -> String {
    rfc3339.as_str().expect("a date")[..10].to_owned()
}

#[tokio::test]
async fn a_yearly_subscription_renews_at_its_locked_price_and_a_cancelled_one_ends() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let order = placed(&app, &token, "s1", "m365-family").await;
    let sub = &order["subscription"];
    assert_eq!(sub["status"], "active", "{order}");
    assert_eq!(sub["price_minor"], order["price_minor"]);
    let first_end = sub["current_period_end"].clone();

    let list: Value = app.json_as("/api/v1/subscriptions", &token).await;
    assert_eq!(list["subscriptions"].as_array().unwrap().len(), 1);
    let id = list["subscriptions"][0]["id"].as_i64().unwrap();
    assert_eq!(list["subscriptions"][0]["order"], order["id"]);

    // The day before the renewal nothing is charged; on the day it renews, once.
    let before = chrono::NaiveDate::parse_from_str(&day(&first_end), "%Y-%m-%d")
        .unwrap()
        .pred_opt()
        .unwrap();
    let out = renew(&app, &before.to_string()).await;
    assert!(out.contains("recorded without a charge 0"), "{out}");
    let out = renew(&app, &day(&first_end)).await;
    assert!(out.contains("recorded without a charge 1"), "{out}");
    let out = renew(&app, &day(&first_end)).await;
    assert!(
        out.contains("recorded without a charge 0"),
        "a period renews once: {out}"
    );
    let list: Value = app.json_as("/api/v1/subscriptions", &token).await;
    let renewed = &list["subscriptions"][0];
    assert_eq!(renewed["status"], "active");
    assert_eq!(renewed["price_minor"], order["price_minor"], "locked price");
    let second_end = renewed["current_period_end"].clone();
    assert_ne!(second_end, first_end);

    // Cancel: no further renewal, usable until the period ends, then ended.
    let res = app
        .post_bearer_only(
            &format!("/api/v1/subscriptions/{id}/cancel"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let cancelled: Value = res.json().await.unwrap();
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(cancelled["current_period_end"], second_end);
    let out = renew(&app, &day(&second_end)).await;
    assert!(out.contains("ended 1"), "{out}");
    let list: Value = app.json_as("/api/v1/subscriptions", &token).await;
    assert_eq!(list["subscriptions"][0]["status"], "ended");
    assert_problem(
        app.post_bearer_only(
            &format!("/api/v1/subscriptions/{id}/cancel"),
            Some(&token),
            json!(null),
        )
        .await,
        409,
        "order-state",
    )
    .await;
    // A card that is no pm_ id is refused by field.
    let res = app
        .post_bearer_only(
            &format!("/api/v1/subscriptions/{}/payment-method", id + 1000),
            Some(&token),
            json!({"payment_method": "pm_x"}),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::NOT_FOUND,
        "another's or none: 404"
    );
}

#[test]
fn a_bad_as_of_day_is_refused_with_its_value() {
    let out = Command::new(env!("CARGO_BIN_EXE_hup"))
        .args(["subscriptions", "renew", "--as-of", "2025-02-30"])
        .env("HUP_DATABASE_URL", "sqlite::memory:")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--as-of 2025-02-30"));
}

/// Issue 16 with 14: erasing the account stops its renewals. The paid period stays usable,
/// nothing renews on the renewal day, and the subscription ends then.
#[tokio::test]
async fn erasing_the_account_stops_its_renewals() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let order = placed(&app, &token, "erase-1", "m365-family").await;
    let first_end = order["subscription"]["current_period_end"].clone();
    assert_eq!(order["subscription"]["status"], "active", "{order}");

    let res = reqwest::Client::new()
        .delete(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!({"password": "demo-employee-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);

    let out = renew(&app, &day(&first_end)).await;
    assert!(
        out.contains("charged 0, recorded without a charge 0") && out.contains("ended 1"),
        "no renewal after erasure: {out}"
    );
}
