//! R22: the operator grants an organization the extra benefit of "Other Office products";
//! its admin sees it on the HUP tab.

use serde_json::{json, Value};

use crate::helpers::{assert_invalid_body, assert_problem, TestApp};

#[tokio::test]
async fn r22_the_operator_grants_other_office_products_and_the_admin_sees_it() {
    let app = TestApp::spawn_demo().await;
    let tenant = app.tenant_for_domain("contoso.example").await;
    assert_eq!(tenant["managed"], true);
    assert_eq!(tenant["extra_benefits"], json!([]));
    let id = tenant["id"].as_i64().unwrap();
    let admin = app.sign_in_demo_admin("admin@contoso.example").await.token;

    assert_eq!(app.hup_tab(id, &admin).await["extra_benefits"], json!([]));

    let res = app.set_extra_benefits(id, &["other-office-products"]).await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        app.tenant_for_domain("contoso.example").await["extra_benefits"],
        json!(["other-office-products"])
    );
    assert_eq!(
        app.hup_tab(id, &admin).await["extra_benefits"],
        json!(["other-office-products"])
    );

    // The HUP tab page names the products.
    let page = app
        .client
        .get(app.url("/admin/billing/benefits/hup"))
        .header("cookie", format!("hup_admin={admin}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Visio Professional 2019 and Project Professional 2019"),
        "{page}"
    );

    // Withdrawing is the same call with the smaller set.
    let res = app.set_extra_benefits(id, &[]).await;
    assert_eq!(
        res.json::<Value>().await.unwrap()["extra_benefits"],
        json!([])
    );
}

#[tokio::test]
async fn extra_benefits_need_the_operator_and_a_tenant_that_exists() {
    let app = TestApp::spawn_demo().await;
    let id = app.tenant_for_domain("contoso.example").await["id"]
        .as_i64()
        .unwrap();
    let body = json!({"extra_benefits": ["other-office-products"]});
    // An org admin's token is not the operator's.
    let admin = app.sign_in_demo_admin("admin@contoso.example").await.token;
    for token in [None, Some(admin.as_str())] {
        let mut req = app
            .client
            .put(app.url(&format!("/api/v1/tenants/{id}/extra-benefits")))
            .json(&body);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        assert_eq!(req.send().await.unwrap().status(), 401);
    }
    let res = app
        .set_extra_benefits(999999, &["other-office-products"])
        .await;
    assert_problem(res, 404, "not-found").await;
    // An unknown benefit is refused.
    let res = app.set_extra_benefits(id, &["free-lunch"]).await;
    assert_invalid_body(res, "free-lunch").await;
}
