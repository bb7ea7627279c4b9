use crate::helpers::{assert_invalid_body, assert_problem, Spawn, TestApp};

#[tokio::test]
async fn healthz_answers_while_the_process_is_up() {
    let app = TestApp::spawn().await;
    let res = app.get("/healthz").await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.unwrap(), "ok");
}

#[tokio::test]
async fn readyz_is_503_while_the_database_does_not_answer() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/readyz").await.status(), 200);
    app.db.close().await;
    assert_eq!(app.get("/readyz").await.status(), 503);
}

#[tokio::test]
async fn metrics_count_requests_by_route_template_and_status() {
    let app = TestApp::spawn().await;
    app.get("/").await;
    app.get("/").await;
    app.get("/no/such/page").await;
    let body = app.get("/metrics").await.text().await.unwrap();
    assert!(
        body.contains(r#"hup_http_requests_total{method="GET",route="/",status="200"} 2"#),
        "{body}"
    );
    assert!(
        body.contains(r#"route="unmatched",status="404"} 1"#),
        "{body}"
    );
    assert!(
        body.contains("hup_http_request_duration_seconds_bucket"),
        "{body}"
    );
    // The raw path of an unknown page never becomes a label.
    assert!(!body.contains("/no/such/page"));
}

#[tokio::test]
async fn the_openapi_document_is_generated_and_served() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/openapi.json").await;
    assert_eq!(res.status(), 200);
    let doc: serde_json::Value = res.json().await.unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert!(
        doc["paths"]["/readyz"]["get"]["responses"]["503"].is_object(),
        "{doc}"
    );
    assert!(doc["components"]["schemas"]["Problem"].is_object());
    // Each call is documented with its own shapes: the admin's sign-in takes a work address.
    let body_of = |path: &str| {
        let schema = &doc["paths"][path]["post"]["requestBody"]["content"]["application/json"]
            ["schema"]["$ref"];
        let name = schema
            .as_str()
            .unwrap()
            .rsplit('/')
            .next()
            .unwrap()
            .to_owned();
        doc["components"]["schemas"][&name]["properties"].clone()
    };
    assert!(
        body_of("/api/v1/admin/sessions")["work_email"].is_object(),
        "{doc}"
    );
    assert!(body_of("/api/v1/sessions")["email"].is_object(), "{doc}");
    assert!(body_of("/api/v1/orders")["product"].is_object(), "{doc}");
}

#[tokio::test]
async fn unknown_api_paths_are_problem_json() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/no-such-thing").await;
    let problem = assert_problem(res, 404, "not-found").await;
    assert_eq!(problem["status"], 404);
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = TestApp::spawn().await;
    let res = app.get("/").await;
    let first = res.headers()["x-request-id"].clone();
    assert!(!first.is_empty());
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let second = app.get("/no-such-page").await;
    assert_ne!(
        second.headers()["x-request-id"],
        first,
        "each request its own id"
    );
    assert_eq!(
        second.headers()["x-frame-options"],
        "DENY",
        "the fallback too"
    );
    // A client that is no trusted proxy cannot choose the id our logs carry (issue 11).
    let forged = app
        .client
        .get(app.url("/healthz"))
        .header("x-request-id", "proxy-42")
        .send()
        .await
        .unwrap();
    assert_ne!(forged.headers()["x-request-id"], "proxy-42");
    assert!(
        res.headers().get("strict-transport-security").is_none(),
        "no HSTS over plain http"
    );
    assert!(res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
}

#[tokio::test]
async fn shutdown_finishes_and_returns() {
    let mut app = TestApp::spawn().await;
    assert_eq!(app.get("/healthz").await.status(), 200);
    let stopped = tokio::time::timeout(std::time::Duration::from_secs(10), app.stop()).await;
    assert!(matches!(stopped, Ok(Ok(()))), "server did not stop cleanly");
    assert!(app.client.get(app.url("/healthz")).send().await.is_err());
}

#[tokio::test]
async fn unreadable_and_misshapen_json_bodies_are_problem_json_too() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .post(app.url("/api/v1/admin/signups"))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert_eq!(res.headers()["content-type"], "application/problem+json");
    let res = app
        .client
        .post(app.url("/api/v1/admin/signups"))
        .json(&serde_json::json!({"work_email": 42}))
        .send()
        .await
        .unwrap();
    assert_invalid_body(res, "work_email").await;
}

/// Issue 11 (7, 10): an id a trusted proxy assigned is kept, so its logs and ours line up, but
/// only as a short token of safe characters; over https every answer carries HSTS.
#[tokio::test]
async fn a_trusted_proxys_safe_request_id_is_kept_and_https_sends_hsts() {
    let app = TestApp::spawn_with(Spawn {
        configure: Some(|c| {
            c.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
            c.base_url = url::Url::parse("https://hup.test").unwrap();
        }),
        ..Spawn::default()
    })
    .await;
    let with_id = |id: &'static str| {
        app.client
            .get(app.url("/healthz"))
            .header("x-request-id", id)
            .send()
    };
    let kept = with_id("proxy-42").await.unwrap();
    assert_eq!(kept.headers()["x-request-id"], "proxy-42");
    assert_eq!(
        kept.headers()["strict-transport-security"],
        "max-age=31536000; includeSubDomains"
    );
    let forged = with_id("ok\" level=ERROR msg=\"forged").await.unwrap();
    let id = forged.headers()["x-request-id"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(!id.contains(' ') && !id.contains('"'), "replaced: {id}");
}
