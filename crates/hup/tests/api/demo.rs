//! `hup serve --demo` gives a newcomer every journey at once (contract.md "Demo data").

use crate::helpers::{Spawn, TestApp};

const TOKEN: &str = "test-operator-token-0123456789";

async fn eligibility(app: &TestApp, customer: &str) -> serde_json::Value {
    let res = app
        .client
        .get(app.url(&format!("/api/v1/customers/{customer}/eligibility")))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200, "{customer}");
    res.json().await.unwrap()
}

#[tokio::test]
async fn r8_the_demo_has_a_qualifying_contoso_and_a_fabrikam_that_does_not() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let contoso = eligibility(&app, "C-1001").await;
    assert_eq!(contoso["eligible"], true);
    assert_eq!(contoso["criteria"], serde_json::json!(["a", "b", "c"]));
    let fabrikam = eligibility(&app, "C-2002").await;
    assert_eq!(fabrikam["eligible"], false);
    assert_eq!(fabrikam["criteria"], serde_json::json!([]));
    assert_eq!(
        eligibility(&app, "C-3003").await["criteria"],
        serde_json::json!(["d"])
    );

    // Contoso's admin sees the benefit active on the HUP tab.
    let res = app
        .client
        .post(app.url("/api/v1/admin/sessions"))
        .json(&serde_json::json!({"work_email": "admin@contoso.example", "password": "demo-admin-password"}))
        .send()
        .await
        .unwrap();
    let token = res.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned();
    let tenants: Vec<serde_json::Value> = app
        .client
        .get(app.url("/api/v1/tenants?domain=contoso.example"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let id = tenants[0]["id"].as_i64().unwrap();
    let hup: serde_json::Value = app
        .client
        .get(app.url(&format!("/api/v1/tenants/{id}/benefits/hup")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(hup["eligible"], true, "{hup}");
    assert_eq!(hup["active"], true, "{hup}");
}
