//! Issue 15: the operator console's pages — the feed upload (all or nothing, every bad line
//! listed), connection decisions with a kept reason, the verdict and the policy what-if,
//! tenants and extra benefits, the support look-up (R23), catalog documents and the audit log.
//! Each page works without JavaScript: forms posted as a browser posts them.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{csrf_of, Spawn, TestApp, FEED_HEADER};
use crate::operator::signed_in_operator;

const BOUNDARY: &str = "hup-test-boundary";

/// A multipart/form-data body, as a browser sends a form with a file input.
fn multipart(fields: &[(&str, &str)], file: (&str, &str, &str)) -> String {
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    let (name, filename, content) = file;
    body.push_str(&format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n--{BOUNDARY}--\r\n"
    ));
    body
}

async fn upload(app: &TestApp, path: &str, body: String) -> reqwest::Response {
    app.client
        .post(app.url(path))
        .header(
            "content-type",
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn console_app() -> TestApp {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Spawn::default()
    })
    .await;
    signed_in_operator(&app).await;
    app
}

/// Issue 15: a feed with bad rows lists every one with its line number and imports nothing; a
/// good one imports and shows in the past imports with the products no criterion counts.
#[tokio::test]
async fn the_feed_upload_is_all_or_nothing_with_every_bad_line_listed() {
    let app = console_app().await;
    let (status, page) = app.page("/operator/feed").await;
    assert_eq!(status, 200);
    assert!(page.contains("type=\"file\"") && page.contains("enctype=\"multipart/form-data\""));
    let csrf = csrf_of(&page);
    let bad = format!(
        "{FEED_HEADER}\n\
         A-9,C-9,Woodgrove,commercial,NL,it@woodgrove.example,m365-e3,10,true,2025-01-01,2030-01-01\n\
         A-9,C-9,Woodgrove,retail,NL,it@woodgrove.example,m365-e3,10,true,2025-01-01,2030-01-01\n\
         A-9,C-9,Woodgrove,commercial,NL,it@woodgrove.example,m365-e3,ten,true,2025-01-01,2030-01-01\n"
    );
    let res = upload(
        &app,
        "/operator/feed",
        multipart(&[("csrf", &csrf)], ("feed", "bad.csv", &bad)),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("line 3: segment:"), "{html}");
    assert!(html.contains("line 4: quantity:"), "{html}");
    assert!(html.contains("2 bad rows: nothing was imported."));
    let (_, customers) = app.page("/operator/customers?q=C-9").await;
    assert!(
        customers.contains("No customer has a number or name with"),
        "nothing imported"
    );

    let good = format!(
        "{FEED_HEADER}\n\
         A-9,C-9,Woodgrove,commercial,NL,it@woodgrove.example,m365-e3,10,true,2025-01-01,2030-01-01\n\
         A-9,C-9,Woodgrove,commercial,NL,it@woodgrove.example,visio-plan-2,10,true,2025-01-01,2030-01-01\n"
    );
    let res = upload(
        &app,
        "/operator/feed",
        multipart(&[("csrf", &csrf)], ("feed", "good.csv", &good)),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Imported.") && html.contains("<code>visio-plan-2</code>"),
        "{html}"
    );
    assert!(html.contains("Past imports") && html.contains(crate::operator::OPERATOR_EMAIL));

    // A forged upload changes nothing.
    let res = upload(
        &app,
        "/operator/feed",
        multipart(&[("csrf", "forged")], ("feed", "good.csv", &good)),
    )
    .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

/// Issue 15: a pending connection is decided in the console with a reason the audit log keeps;
/// the verdict page shows the reasons, and the what-if counts without changing anything.
#[tokio::test]
async fn connections_are_decided_with_a_kept_reason_and_the_what_if_changes_nothing() {
    let app = console_app().await;
    sqlx::query("UPDATE customer_connections SET status = 'pending', decided_at = NULL WHERE customer_number = 'C-2002'")
        .execute(app.db.pool())
        .await
        .unwrap();
    let (_, page) = app.page("/operator/connections").await;
    assert!(
        page.contains("C-2002") && page.contains("admin@fabrikam.example"),
        "{page}"
    );
    let csrf = csrf_of(&page);
    let no_reason = app
        .post_form(
            "/operator/connections",
            &[
                ("csrf", &csrf),
                ("customer_number", "C-2002"),
                ("decision", "approve"),
                ("reason", " "),
            ],
        )
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            "/operator/connections",
            &[
                ("csrf", &csrf),
                ("customer_number", "C-2002"),
                ("decision", "approve"),
                ("reason", "Called Fabrikam's licensing desk"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("No connection waits for a decision.")
            && html.contains("Called Fabrikam&#x27;s licensing desk")
            || html.contains("Called Fabrikam&#39;s licensing desk"),
        "{html}"
    );
    let audit: serde_json::Value = app
        .json_as(
            "/api/v1/audit?action=connection.approve",
            crate::helpers::OPERATOR_TOKEN,
        )
        .await;
    assert_eq!(
        audit[0]["detail"]["reason"],
        "Called Fabrikam's licensing desk"
    );
    assert_eq!(audit[0]["subject"], "C-2002");

    // The verdict with its reasons; a search by name.
    let (_, v) = app.page("/operator/customers?q=c-1001").await;
    assert!(v.contains("Qualifies") && v.contains("EA-1001-01"), "{v}");
    let (_, found) = app.page("/operator/customers?q=fabri").await;
    assert!(found.contains("C-2002") && found.contains("Does not qualify"));

    // Threshold 200 instead of 2,000: Fabrikam's 250 E3 licenses count under (c).
    let policy = hup_core::eligibility::DEFAULT_POLICY_TOML
        .replace("min_total_quantity = 2000", "min_total_quantity = 200");
    let (_, page) = app.page("/operator/customers").await;
    let res = app
        .post_form(
            "/operator/customers/what-if",
            &[("csrf", &csrf_of(&page)), ("policy", &policy)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("With this policy 1 more customers qualify, 0 fewer."),
        "{html}"
    );
    assert!(html.contains("Would qualify: C-2002"));
    let (_, after) = app.page("/operator/customers?q=C-2002").await;
    assert!(after.contains("Does not qualify"), "nothing changed");
    let res = app
        .post_form(
            "/operator/customers/what-if",
            &[
                ("csrf", &csrf_of(&page)),
                ("policy", "[[criterion]]\nid = \"A B\""),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// Issue 15: a tenant found by domain shows counts, never who; an extra benefit is granted in
/// the console and recorded; support finds an order by its number (R23).
#[tokio::test]
async fn tenants_extra_benefits_and_the_support_look_up() {
    let app = console_app().await;
    let (_, page) = app.page("/operator/tenants?domain=contoso.example").await;
    assert!(
        page.contains("Tenant 1 · contoso.example") && page.contains("admin@contoso.example"),
        "{page}"
    );
    assert!(!page.contains("jan.jansen"), "no employee is named (R20)");
    let res = app
        .post_form(
            "/operator/tenants",
            &[
                ("csrf", &csrf_of(&page)),
                ("tenant", "2"),
                ("benefit", "other-office-products"),
                ("action", "grant"),
                ("domain", "fabrikam.example"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("granted to tenant 2") && html.contains("Withdraw"),
        "{html}"
    );
    let tenants: serde_json::Value = app
        .json_as(
            "/api/v1/tenants?domain=fabrikam.example",
            crate::helpers::OPERATOR_TOKEN,
        )
        .await;
    assert_eq!(
        tenants[0]["extra_benefits"],
        json!(["other-office-products"])
    );

    let employee = app.sign_in_demo_employee().await;
    let placed: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(&employee)
        .header("Idempotency-Key", "console-1")
        .json(&json!({"product": "m365-family", "term": "P1Y"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let number = placed["number"].as_str().unwrap().to_owned();
    let (status, html) = app.page(&format!("/operator/support?q={number}")).await;
    assert_eq!(status, 200);
    assert!(
        html.contains("jan.jansen@example.net") && html.contains(&number),
        "{html}"
    );
    let (status, _) = app.page("/operator/support?q=nobody@example.net").await;
    assert_eq!(status, 404);
}

/// Issue 15: a catalog document shows what it would change before it is published; the
/// overview and the audit log pages answer.
#[tokio::test]
async fn documents_preview_then_publish_and_the_audit_log_pages() {
    let app = console_app().await;
    let (_, page) = app.page("/operator/documents").await;
    let csrf = csrf_of(&page);
    let catalog = include_str!("../../../hup-core/catalog/demo-catalog.toml")
        .replace("[[product]]", "# a comment\n[[product]]");
    let res = upload(
        &app,
        "/operator/documents",
        multipart(
            &[("csrf", &csrf), ("kind", "catalog")],
            ("document", "catalog.toml", &catalog),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("What publishing would change")
            && html.contains("/operator/documents/publish"),
        "{html}"
    );
    let res = upload(
        &app,
        "/operator/documents",
        multipart(
            &[("csrf", &csrf), ("kind", "catalog")],
            ("document", "bad.toml", "[[product]]\ncode = 1"),
        ),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            "/operator/documents/publish",
            &[("csrf", &csrf), ("kind", "catalog"), ("text", &catalog)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("Published"));

    let (status, audit) = app.page("/operator/audit").await;
    assert_eq!(status, 200);
    assert!(
        audit.contains("catalog.publish") && audit.contains("operator.sign-in"),
        "{audit}"
    );
    let (status, home) = app.page("/operator?lang=nl").await;
    assert_eq!(status, 200);
    assert!(home.contains("Programmaoverzicht") && home.contains("Trechter van medewerkers"));
}

/// Issue 13 with 15: the operator refunds an order from the support look-up; the order is
/// `refunded`, its entitlement ends, the audit log names the operator, and a second refund is
/// refused without changing anything. A forged form changes nothing.
#[tokio::test]
async fn an_operator_refunds_an_order_from_the_support_look_up() {
    let app = console_app().await;
    let employee = app.sign_in_demo_employee().await;
    let placed: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(&employee)
        .header("Idempotency-Key", "console-refund-1")
        .json(&json!({"product": "m365-family", "term": "P1Y"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let (id, number) = (
        placed["id"].as_i64().unwrap(),
        placed["number"].as_str().unwrap().to_owned(),
    );
    let (_, page) = app.page(&format!("/operator/support?q={number}")).await;
    assert!(page.contains(&format!("Refund {number}")), "{page}");
    let id_text = id.to_string();
    let forged = app
        .post_form(
            "/operator/support/refund",
            &[("csrf", "forged"), ("order", &id_text), ("q", &number)],
        )
        .await;
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);

    let fields = [
        ("csrf", csrf_of(&page)),
        ("order", id_text.clone()),
        ("q", number.clone()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let res = app.post_form("/operator/support/refund", &fields).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains(&format!("{number} is refunded")), "{html}");
    assert!(
        !html.contains(&format!("Refund {number}")),
        "no second button: {html}"
    );

    let order: serde_json::Value = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/orders/{id}")))
        .bearer_auth(&employee)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(order["status"], "refunded");
    let entitlements: serde_json::Value = app
        .json_as(
            "/api/v1/entitlements?email=jan.jansen@example.net",
            crate::helpers::OPERATOR_TOKEN,
        )
        .await;
    let of_order: Vec<&serde_json::Value> = entitlements
        .as_array()
        .into_iter()
        .flatten()
        .chain(
            entitlements["entitlements"]
                .as_array()
                .into_iter()
                .flatten(),
        )
        .filter(|e| e["order"] == json!(id) || e["order"] == json!(number))
        .collect();
    assert!(
        !of_order.is_empty() && of_order.iter().all(|e| e["status"] == "ended"),
        "{entitlements}"
    );
    let audit: serde_json::Value = app
        .json_as("/api/v1/audit", crate::helpers::OPERATOR_TOKEN)
        .await;
    let refunds: Vec<&serde_json::Value> = audit["entries"]
        .as_array()
        .or(audit.as_array())
        .into_iter()
        .flatten()
        .filter(|e| e["action"] == "order.refund")
        .collect();
    assert_eq!(refunds.len(), 1, "{audit}");
    assert_eq!(refunds[0]["subject"], json!(number));

    let again = app.post_form("/operator/support/refund", &fields).await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
}
