//! R22: the operator grants an organization the extra benefit of "Other Office products";
//! its admin sees it on the HUP tab.

use crate::helpers::{Spawn, TestApp};

const TOKEN: &str = "test-operator-token-0123456789";

async fn contoso_tenant(app: &TestApp) -> serde_json::Value {
    let res = app
        .client
        .get(app.url("/api/v1/tenants?domain=contoso.example"))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let list: Vec<serde_json::Value> = res.json().await.unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    list[0].clone()
}

async fn admin_token(app: &TestApp) -> String {
    let res = app
        .client
        .post(app.url("/api/v1/admin/sessions"))
        .json(&serde_json::json!({"work_email": "admin@contoso.example", "password": "demo-admin-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    res.json::<serde_json::Value>().await.unwrap()["token"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test]
async fn r22_the_operator_grants_other_office_products_and_the_admin_sees_it() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let tenant = contoso_tenant(&app).await;
    assert_eq!(tenant["managed"], true);
    assert_eq!(tenant["extra_benefits"], serde_json::json!([]));
    let id = tenant["id"].as_i64().unwrap();
    let admin = admin_token(&app).await;

    let hup = |app: &TestApp, admin: String| {
        let req = app
            .client
            .get(app.url(&format!("/api/v1/tenants/{id}/benefits/hup")))
            .bearer_auth(admin);
        async move {
            req.send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }
    };
    assert_eq!(
        hup(&app, admin.clone()).await["extra_benefits"],
        serde_json::json!([])
    );

    let res = app
        .client
        .put(app.url(&format!("/api/v1/tenants/{id}/extra-benefits")))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({"extra_benefits": ["other-office-products"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(
        contoso_tenant(&app).await["extra_benefits"],
        serde_json::json!(["other-office-products"])
    );
    assert_eq!(
        hup(&app, admin.clone()).await["extra_benefits"],
        serde_json::json!(["other-office-products"])
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
    let res = app
        .client
        .put(app.url(&format!("/api/v1/tenants/{id}/extra-benefits")))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({"extra_benefits": []}))
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.json::<serde_json::Value>().await.unwrap()["extra_benefits"],
        serde_json::json!([])
    );
}

#[tokio::test]
async fn extra_benefits_need_the_operator_and_a_tenant_that_exists() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let id = contoso_tenant(&app).await["id"].as_i64().unwrap();
    let body = serde_json::json!({"extra_benefits": ["other-office-products"]});
    // An org admin's token is not the operator's.
    let admin = admin_token(&app).await;
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
        .client
        .put(app.url("/api/v1/tenants/999999/extra-benefits"))
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let res = app
        .client
        .put(app.url(&format!("/api/v1/tenants/{id}/extra-benefits")))
        .bearer_auth(TOKEN)
        .json(&serde_json::json!({"extra_benefits": ["free-lunch"]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "an unknown benefit is refused");
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["type"], "urn:hup:problem:invalid-body");
    assert!(
        problem["errors"][0]["reason"]
            .as_str()
            .unwrap()
            .contains("free-lunch"),
        "{problem}"
    );
}
