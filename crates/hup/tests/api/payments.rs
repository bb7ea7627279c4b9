//! Issue 13 without a real Stripe (R18): the `none` provider, limits, entitlements and
//! refunds; and, with Stripe configured against an address that never answers, placing and
//! cancelling unpaid orders, their expiry, and the webhook's signature check, de-duplication
//! and two processes receiving one event. The journeys against a Stripe-compatible server are
//! in `payments_stripe.rs`.

use std::time::Duration;

use hup::config::{Config, PaymentsConfig, Seller, StripeConfig};
use hup::employees::demo::DEMO_EMPLOYEE_EMAIL;
use hup::payments::stripe::signature;
use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::helpers::{assert_problem, csrf_of, Mailbox, Spawn, TestApp, OPERATOR_TOKEN};

pub const WEBHOOK_SECRET: &str = "whsec_hup_test_secret";

/// Stripe as the tests configure it, answering at `api_base`.
pub fn stripe_at(config: &mut Config, api_base: &str) {
    let base = url::Url::parse(api_base).expect("a URL");
    config.payments = PaymentsConfig::Stripe(Box::new(StripeConfig {
        secret_key: hup::config::Secret::new("sk_test_hup"),
        publishable_key: "pk_test_hup".into(),
        webhook_secret: hup::config::Secret::new(WEBHOOK_SECRET),
        js_url: base.join("/js.stripe.com/v3/").expect("a URL"),
        api_base: base,
    }));
    config.seller = Seller {
        name: "Contoso Software B.V.".into(),
        address: "Herengracht 1, 1015 BA Amsterdam".into(),
        vat_id: Some("NL000099998B57".into()),
    };
    config.payment_timing.every = Duration::from_millis(200);
}

/// Stripe configured at an address where nothing listens: hup must cope without it.
fn unreachable_stripe(config: &mut Config) {
    stripe_at(config, "http://127.0.0.1:9");
}

pub async fn spawn_demo_with(configure: fn(&mut Config)) -> TestApp {
    TestApp::spawn_with(Spawn {
        demo: true,
        configure: Some(configure),
        ..Spawn::default()
    })
    .await
}

pub async fn place(
    app: &TestApp,
    token: &str,
    key: &str,
    product: &str,
    term: &str,
) -> reqwest::Response {
    reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(token)
        .header("Idempotency-Key", key)
        .json(&json!({"product": product, "term": term}))
        .send()
        .await
        .expect("request")
}

pub async fn placed(app: &TestApp, token: &str, key: &str, product: &str) -> Value {
    let res = place(app, token, key, product, "P1Y").await;
    assert_eq!(res.status(), StatusCode::CREATED);
    res.json().await.unwrap()
}

pub async fn entitlements(app: &TestApp) -> Value {
    app.json_as(
        &format!("/api/v1/entitlements?email={DEMO_EMPLOYEE_EMAIL}"),
        OPERATOR_TOKEN,
    )
    .await
}

pub async fn refund(app: &TestApp, id: i64) -> reqwest::Response {
    app.post_bearer_only(
        &format!("/api/v1/orders/{id}/refund"),
        Some(OPERATOR_TOKEN),
        json!(null),
    )
    .await
}

/// R18, issue 13: with `none` the order is fulfilled at once and every page says no money is
/// taken; one licence of each product; a refund ends the entitlement and frees the limit.
#[tokio::test]
async fn without_a_provider_orders_are_fulfilled_at_once_and_limited_to_one_licence() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let review = app
        .page_in("/orders/review?product=m365-family&term=P1Y", "en")
        .await;
    assert!(
        review.contains("No payment is taken through this site"),
        "{review}"
    );
    assert!(review.contains("All prices include VAT"));
    assert!(review.contains("lose my right of withdrawal"));

    let order = placed(&app, &token, "a", "m365-family").await;
    assert_eq!(order["status"], "fulfilled");
    let id = order["id"].as_i64().unwrap();
    let (_, page) = app.page(&format!("/orders/{id}?lang=en")).await;
    assert!(
        page.contains("No payment was taken through this site"),
        "{page}"
    );
    assert!(
        page.contains("Activate the software"),
        "how to activate (R19)"
    );

    // Contract, "Limits": one more of the same product is 409 limit-reached.
    let again = place(&app, &token, "b", "m365-family", "P1M").await;
    assert_problem(again, 409, "limit-reached").await;
    assert_eq!(
        entitlements(&app).await["entitlements"][0],
        json!({"product": "m365-family", "kind": "subscription", "order": id, "status": "active",
               "valid_until": entitlements(&app).await["entitlements"][0]["valid_until"]})
    );

    // The operator refunds: nothing to give back through a provider, the entitlement ends,
    // and the limit no longer counts the order.
    let refunded = refund(&app, id).await;
    assert_eq!(refunded.status(), StatusCode::OK);
    assert_eq!(
        refunded.json::<Value>().await.unwrap()["status"],
        "refunded"
    );
    assert_eq!(
        entitlements(&app).await["entitlements"][0]["status"],
        "ended"
    );
    assert_problem(refund(&app, id).await, 409, "order-state").await;
    let after = place(&app, &token, "c", "m365-family", "P1M").await;
    assert_eq!(after.status(), StatusCode::CREATED);

    // Only the operator refunds and reads entitlements.
    let by_employee = app
        .post_bearer_only(
            &format!("/api/v1/orders/{id}/refund"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_eq!(by_employee.status(), StatusCode::UNAUTHORIZED);
    let unknown = app
        .get_bearer_only(
            "/api/v1/entitlements?email=nobody@example.net",
            OPERATOR_TOKEN,
        )
        .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

/// The catalog's `limit` per product says how many licences one employee may hold.
#[tokio::test]
async fn the_catalogs_limit_lets_an_employee_hold_more_of_a_product() {
    let app = TestApp::spawn_demo().await;
    let catalog = hup_core::catalog::DEMO_CATALOG_TOML.replace(
        "names = { en = \"Microsoft 365 Family\", nl = \"Microsoft 365 Family (gezin)\" }",
        "names = { en = \"Microsoft 365 Family\", nl = \"Microsoft 365 Family (gezin)\" }\nlimit = 2",
    );
    let res = reqwest::Client::new()
        .put(app.url("/api/v1/catalog"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "application/toml")
        .body(catalog)
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.status(),
        StatusCode::OK,
        "{}",
        res.text().await.unwrap()
    );
    tokio::time::sleep(Duration::from_secs(3)).await;
    let token = app.sign_in_demo_employee().await;
    placed(&app, &token, "a", "m365-family").await;
    assert_eq!(
        place(&app, &token, "b", "m365-family", "P1M")
            .await
            .status(),
        StatusCode::CREATED
    );
    assert_problem(
        place(&app, &token, "c", "m365-family", "P1Y").await,
        409,
        "limit-reached",
    )
    .await;
}

/// With Stripe unreachable an order still waits for its payment (its secret comes when the
/// provider answers); the employee cancels it, and an unpaid order expires after a day.
#[tokio::test]
async fn unpaid_orders_are_cancelled_by_the_employee_or_expire() {
    let app = spawn_demo_with(unreachable_stripe).await;
    let token = app.sign_in_demo_employee().await;
    let order = placed(&app, &token, "a", "m365-family").await;
    assert_eq!(order["status"], "pending_payment");
    assert_eq!(order["payment"]["provider"], "stripe");
    assert_eq!(order["payment"]["publishable_key"], "pk_test_hup");
    assert!(order["payment"]["client_secret"].is_null(), "{order}");
    let id = order["id"].as_i64().unwrap();
    // Pending orders hold no licence: the same product can be ordered again meanwhile.
    let second = placed(&app, &token, "b", "m365-family").await;

    let review = app
        .page_in("/orders/review?product=m365-family&term=P1Y", "en")
        .await;
    assert!(
        review.contains("Order and pay"),
        "the button obliges to pay: {review}"
    );
    let (_, nl) = app
        .page("/orders/review?product=m365-family&term=P1Y&lang=nl")
        .await;
    assert!(nl.contains("Bestellen en betalen"), "{nl}");
    let (_, page) = app.page(&format!("/orders/{id}?lang=en")).await;
    assert!(
        page.contains("id=\"pay-link\"") && page.contains("id=\"cancel-order\""),
        "{page}"
    );

    // The page's Cancel button, without JavaScript.
    let res = app
        .post_form(
            &format!("/orders/{id}/cancel"),
            &[("csrf", csrf_of(&page).as_str())],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let now: Value = app.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(now["status"], "cancelled");
    assert!(now.get("payment").is_none());
    let cancel_again = app
        .post_bearer_only(
            &format!("/api/v1/orders/{id}/cancel"),
            Some(&token),
            json!(null),
        )
        .await;
    assert_problem(cancel_again, 409, "order-state").await;

    // A day later the other unpaid order is cancelled by the worker.
    let second_id = second["id"].as_i64().unwrap();
    sqlx::query("UPDATE orders SET created_at = created_at - 90000 WHERE id = $1")
        .bind(second_id)
        .execute(app.db.pool())
        .await
        .unwrap();
    let mut status = Value::Null;
    for _ in 0..50 {
        let order: Value = app
            .json_as(&format!("/api/v1/orders/{second_id}"), &token)
            .await;
        status = order["status"].clone();
        if status == "cancelled" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(status, "cancelled");
    // Paying a cancelled order is refused; a malformed card id is named.
    let path = format!("/api/v1/orders/{id}/payment");
    let pay = |body| app.post_bearer_only(&path, Some(&token), body);
    assert_problem(
        pay(json!({"payment_method": "pm_card"})).await,
        409,
        "order-state",
    )
    .await;
    let card_number = json!({"payment_method": "4242424242424242"});
    assert_problem(pay(card_number).await, 422, "invalid-payment-method").await;
}

/// Sets the order's payment as Stripe's `pi_…`, the way checkout stores it.
async fn with_payment(app: &TestApp, id: i64, payment: &str) {
    sqlx::query("UPDATE orders SET payment_intent = $1 WHERE id = $2")
        .bind(payment)
        .bind(id)
        .execute(app.db.pool())
        .await
        .unwrap();
}

fn event(id: &str, kind: &str, object: Value) -> Vec<u8> {
    serde_json::to_vec(
        &json!({"id": id, "type": kind, "object": "event", "data": {"object": object}}),
    )
    .unwrap()
}

async fn deliver(app: &TestApp, body: &[u8], signature: Option<String>) -> reqwest::Response {
    let mut req = reqwest::Client::new()
        .post(app.url("/api/v1/payments/stripe/webhook"))
        .header("content-type", "application/json")
        .body(body.to_vec());
    if let Some(s) = signature {
        req = req.header("Stripe-Signature", s);
    }
    req.send().await.unwrap()
}

fn signed(body: &[u8]) -> Option<String> {
    Some(signature::sign(
        WEBHOOK_SECRET,
        chrono::Utc::now().timestamp(),
        body,
    ))
}

/// Issue 13: forged, stale and unsigned events are 400 and change nothing; a good one is
/// applied once (one receipt number, one mail), however often it is delivered, and an event
/// about an unknown payment, or of another amount, changes nothing.
#[tokio::test]
async fn webhooks_are_verified_and_applied_once() {
    let app = spawn_demo_with(unreachable_stripe).await;
    let token = app.sign_in_demo_employee().await;
    let order = placed(&app, &token, "a", "m365-family").await;
    let id = order["id"].as_i64().unwrap();
    let price = order["price_minor"].as_i64().unwrap();
    with_payment(&app, id, "pi_test_1").await;
    let paid = event(
        "evt_paid_1",
        "payment_intent.succeeded",
        json!({"id": "pi_test_1", "object": "payment_intent", "amount": price, "currency": "eur", "status": "succeeded"}),
    );

    let now = chrono::Utc::now().timestamp();
    for (header, why) in [
        (None, "unsigned"),
        (Some(signature::sign("whsec_forged", now, &paid)), "forged"),
        (
            Some(signature::sign(WEBHOOK_SECRET, now - 301, &paid)),
            "stale",
        ),
        (Some("t=1,v1=00".to_owned()), "garbage"),
    ] {
        let res = deliver(&app, &paid, header).await;
        let problem = assert_problem(res, 400, "invalid-signature").await;
        assert!(problem["detail"].is_string(), "{why}");
    }
    let still: Value = app.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(still["status"], "pending_payment", "nothing changed");

    // Another application's payment, and one of another amount: 200, nothing changes.
    let foreign = event(
        "evt_x",
        "payment_intent.succeeded",
        json!({"id": "pi_someone_else", "amount": price, "currency": "eur"}),
    );
    assert_eq!(
        deliver(&app, &foreign, signed(&foreign)).await.status(),
        StatusCode::OK
    );
    let short = event(
        "evt_short",
        "payment_intent.succeeded",
        json!({"id": "pi_test_1", "amount": price - 1, "currency": "eur"}),
    );
    assert_eq!(
        deliver(&app, &short, signed(&short)).await.status(),
        StatusCode::OK
    );
    let still: Value = app.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(still["status"], "pending_payment");

    for _ in 0..3 {
        assert_eq!(
            deliver(&app, &paid, signed(&paid)).await.status(),
            StatusCode::OK
        );
    }
    let done: Value = app.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(done["status"], "fulfilled");
    let receipt = &done["receipt"];
    assert_eq!(receipt["number"], "R-000001");
    assert_eq!(receipt["seller_name"], "Contoso Software B.V.");
    assert_eq!(receipt["seller_vat_id"], "NL000099998B57");
    assert_eq!(receipt["vat_rate"], "21");
    let vat = (price * 21 * 2 + 121) / (121 * 2);
    assert_eq!(receipt["vat_minor"], vat);
    // A later failure event for the same payment cannot undo the payment.
    let failed = event(
        "evt_fail",
        "payment_intent.payment_failed",
        json!({"id": "pi_test_1", "last_payment_error": {"message": "Your card was declined."}}),
    );
    assert_eq!(
        deliver(&app, &failed, signed(&failed)).await.status(),
        StatusCode::OK
    );
    let done: Value = app.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(done["status"], "fulfilled");

    let mail = app.mailed(DEMO_EMPLOYEE_EMAIL, "R-000001").await;
    assert!(mail.text.contains("NL000099998B57"), "{}", mail.text);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let receipts = app
        .mails_to(DEMO_EMPLOYEE_EMAIL)
        .iter()
        .filter(|m| String::from_utf8_lossy(m).contains("R-000001"))
        .count();
    assert_eq!(receipts, 1, "one mail for one payment");
    let (_, page) = app.page(&format!("/orders/{id}?lang=nl")).await;
    assert!(
        page.contains("id=\"receipt\"") && page.contains("Inclusief btw (21 %)"),
        "{page}"
    );
}

/// Issue 13: two processes on one database receive the same event at once: the order is paid
/// once, with one receipt number.
#[tokio::test]
async fn two_processes_receiving_one_event_apply_it_once() {
    let first = spawn_demo_with(unreachable_stripe).await;
    let second = TestApp::spawn_with(Spawn {
        database_url: Some(first.database_url.clone()),
        configure: Some(unreachable_stripe),
        ..Spawn::default()
    })
    .await;
    let token = first.sign_in_demo_employee().await;
    let order = placed(&first, &token, "a", "m365-family").await;
    let id = order["id"].as_i64().unwrap();
    with_payment(&first, id, "pi_test_2").await;
    let paid = event(
        "evt_both",
        "payment_intent.succeeded",
        json!({"id": "pi_test_2", "amount": order["price_minor"], "currency": "eur"}),
    );
    let (a, b) = tokio::join!(
        deliver(&first, &paid, signed(&paid)),
        deliver(&second, &paid, signed(&paid))
    );
    assert_eq!((a.status(), b.status()), (StatusCode::OK, StatusCode::OK));
    let done: Value = first.json_as(&format!("/api/v1/orders/{id}"), &token).await;
    assert_eq!(done["status"], "fulfilled");
    assert_eq!(done["receipt"]["number"], "R-000001");
    let (events, counter): (i64, i64) = (
        sqlx::query_scalar("SELECT COUNT(*) FROM payment_events")
            .fetch_one(first.db.pool())
            .await
            .unwrap(),
        sqlx::query_scalar("SELECT last_number FROM receipt_counters")
            .fetch_one(first.db.pool())
            .await
            .unwrap(),
    );
    assert_eq!((events, counter), (1, 1));
}
