//! `hup serve --demo` gives a newcomer every journey at once (contract.md "Demo data").

use serde_json::json;

use crate::helpers::TestApp;

async fn eligibility(app: &TestApp, customer: &str) -> serde_json::Value {
    let res = app
        .operator_get(&format!("/api/v1/customers/{customer}/eligibility"))
        .await;
    assert_eq!(res.status(), 200, "{customer}");
    res.json().await.unwrap()
}

#[tokio::test]
async fn r8_the_demo_has_a_qualifying_contoso_and_a_fabrikam_that_does_not() {
    let app = TestApp::spawn_demo().await;
    let contoso = eligibility(&app, "C-1001").await;
    assert_eq!(contoso["eligible"], true);
    assert_eq!(contoso["criteria"], json!(["a", "b", "c"]));
    let fabrikam = eligibility(&app, "C-2002").await;
    assert_eq!(fabrikam["eligible"], false);
    assert_eq!(fabrikam["criteria"], json!([]));
    assert_eq!(eligibility(&app, "C-3003").await["criteria"], json!(["d"]));

    // Contoso's admin sees the benefit active on the HUP tab.
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let id = app.tenant_for_domain("contoso.example").await["id"]
        .as_i64()
        .unwrap();
    let hup = app.hup_tab(id, &admin.token).await;
    assert_eq!(hup["eligible"], true, "{hup}");
    assert_eq!(hup["active"], true, "{hup}");
}
