//! Issue 11 (9): the API keeps its own contract. Every error is problem+json with a documented
//! type (unreadable paths, queries and bodies, bodies over the limit, unknown paths, methods a
//! path lacks), and the OpenAPI document lists those answers as `application/problem+json`.
//! `.ci/run` fuzzes the same document with schemathesis.

use serde_json::{json, Value};

use crate::dns_server::TestDns;
use crate::helpers::{assert_problem, Spawn, TestApp, OPERATOR_TOKEN};

/// Every `type` a problem can carry, as docs/contract.md lists them (its "Problem types").
fn documented_types() -> Vec<String> {
    let contract = include_str!("../../../../docs/contract.md");
    let table = contract
        .split("## Problem types")
        .nth(1)
        .expect("docs/contract.md has a Problem types section")
        .split("\n## ")
        .next()
        .unwrap();
    table
        .lines()
        .filter(|l| l.starts_with("| 4") || l.starts_with("| 5"))
        .filter_map(|l| l.split('|').nth(2))
        .flat_map(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Asserts a problem+json answer whose type docs/contract.md lists; returns its body.
async fn assert_documented_problem(res: reqwest::Response, status: u16, kind: &str) -> Value {
    assert!(
        documented_types().iter().any(|t| t == kind),
        "docs/contract.md does not list `{kind}`"
    );
    assert_problem(res, status, kind).await
}

/// Issue 11 (9): `?snapshot=maybe` was a text/plain 400; now problem+json naming the parameter.
#[tokio::test]
async fn an_unreadable_query_parameter_is_a_problem_naming_it() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .post(app.url("/api/v1/agreements/import?snapshot=maybe"))
        .bearer_auth(OPERATOR_TOKEN)
        .header("content-type", "text/csv")
        .body("")
        .send()
        .await
        .unwrap();
    let problem = assert_documented_problem(res, 400, "invalid-query").await;
    assert_eq!(problem["errors"][0]["field"], "snapshot", "{problem}");
}

/// Issue 11 (9): `/tenants/1.0/…` was a text/plain 400; now problem+json naming the parameter,
/// for single and tuple path parameters alike.
#[tokio::test]
async fn an_unreadable_path_parameter_is_a_problem_naming_it() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    for path in [
        "/api/v1/tenants/1.0/benefits/hup",
        "/api/v1/tenants/x/domains/contoso.example",
    ] {
        let res = app.get_as(path, &admin.token).await;
        let problem = assert_documented_problem(res, 400, "invalid-path").await;
        assert_eq!(problem["errors"][0]["field"], "tenant", "{path}: {problem}");
    }
    let res = app
        .client
        .put(app.url("/api/v1/tenants/-/extra-benefits"))
        .bearer_auth(OPERATOR_TOKEN)
        .json(&json!({"extra_benefits": []}))
        .send()
        .await
        .unwrap();
    assert_documented_problem(res, 400, "invalid-path").await;
}

/// Issue 11 (9): a JSON body over 1 MiB was a 400; it is a 413. A body of another type is a
/// 415.
#[tokio::test]
async fn a_json_body_over_the_limit_is_413_and_one_of_another_type_415() {
    let app = TestApp::spawn().await;
    let big = json!({"email": "a@b.test", "password": "x".repeat(1024 * 1024)}).to_string();
    let res = app
        .client
        .post(app.url("/api/v1/sessions"))
        .header("content-type", "application/json")
        .body(big)
        .send()
        .await
        .unwrap();
    assert_documented_problem(res, 413, "payload-too-large").await;

    let res = app
        .client
        .post(app.url("/api/v1/sessions"))
        .header("content-type", "text/plain")
        .body(r#"{"email":"a@b.test","password":"x"}"#)
        .send()
        .await
        .unwrap();
    assert_documented_problem(res, 415, "unsupported-media-type").await;
}

/// Issue 11 (9): a document call without a body (no `Content-Type`) is not an empty document.
#[tokio::test]
async fn a_document_call_without_a_body_is_415() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .put(app.url("/api/v1/markets"))
        .bearer_auth(OPERATOR_TOKEN)
        .send()
        .await
        .unwrap();
    assert_documented_problem(res, 415, "unsupported-media-type").await;
}

/// Issue 11 (9): unknown API paths and methods a path lacks answer problem+json; a 405 keeps
/// `Allow`.
#[tokio::test]
async fn unknown_paths_and_methods_are_problems_too() {
    let app = TestApp::spawn().await;
    let res = app.get("/api/v1/nothing-here").await;
    assert_documented_problem(res, 404, "not-found").await;
    let res = app
        .client
        .patch(app.url("/api/v1/me/offers"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["allow"], "GET,HEAD");
    assert_documented_problem(res, 405, "method-not-allowed").await;
    // Pages keep a bare 405.
    let res = app.client.put(app.url("/offers")).send().await.unwrap();
    assert_eq!(res.status(), 405);
}

/// Issue 11 (9): the document lists the refusals each operation can give, all as
/// `application/problem+json`, never problem documents labelled `application/json`.
#[tokio::test]
async fn the_openapi_document_lists_every_error_as_problem_json() {
    let app = TestApp::spawn().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    let paths = doc["paths"].as_object().unwrap();
    let mut errors = 0;
    for (path, item) in paths {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            let needs_credentials = op["security"]
                .as_array()
                .is_some_and(|s| s.iter().any(|r| !r.as_object().unwrap().is_empty()));
            if needs_credentials {
                assert!(responses.contains_key("401"), "{method} {path}: no 401");
            }
            if op.get("requestBody").is_some() {
                for status in ["400", "413", "415", "422"] {
                    assert!(
                        responses.contains_key(status),
                        "{method} {path}: no {status}"
                    );
                }
            }
            if path.contains('{') {
                assert!(responses.contains_key("404"), "{method} {path}: no 404");
                assert!(responses.contains_key("400"), "{method} {path}: no 400");
            }
            for (status, response) in responses {
                if status.parse::<u16>().is_ok_and(|s| s >= 400) {
                    errors += 1;
                    let types: Vec<&String> =
                        response["content"].as_object().unwrap().keys().collect();
                    assert_eq!(
                        types,
                        ["application/problem+json"],
                        "{method} {path} {status}"
                    );
                }
            }
        }
    }
    assert!(errors > 100, "{errors}");
    // Where the shape of a call cannot tell, its annotation does: the sign-ins throttle.
    assert!(doc["paths"]["/api/v1/sessions"]["post"]["responses"]["429"].is_object());
}

/// Issue 11 (9): a malformed domain was `invalid-email` naming `work_email`.
#[tokio::test]
async fn a_malformed_domain_is_invalid_domain_naming_the_field() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{}/domains", admin.tenant),
            Some(&admin.token),
            json!({"domain": "not a domain"}),
        )
        .await;
    let problem = assert_documented_problem(res, 422, "invalid-domain").await;
    assert_eq!(problem["errors"][0]["field"], "domain", "{problem}");
}

/// Issue 11 (9), R10/R12: a proven domain re-verified while its record cannot be found answers
/// `verified`: it stays proven until the daily re-check has missed the record for 7 days.
#[tokio::test]
async fn a_verified_domain_re_verified_answers_verified() {
    // The demo's contoso.example is proven; this DNS server knows the zone but not the record.
    let dns = TestDns::start(&["contoso.example"]).await;
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        dns: Some(vec![dns.addr]),
        ..Spawn::default()
    })
    .await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app
        .post_json(
            &format!(
                "/api/v1/tenants/{}/domains/contoso.example/verify",
                admin.tenant
            ),
            Some(&admin.token),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], "verified", "{body}");
    let domains = app
        .json_as(
            &format!("/api/v1/tenants/{}/domains", admin.tenant),
            &admin.token,
        )
        .await;
    let contoso = domains
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["domain"] == "contoso.example")
        .unwrap();
    assert_eq!(contoso["status"], "verified", "{domains}");
}

/// Every problem type the API answers with is in docs/contract.md.
#[test]
fn the_contract_lists_the_problem_types_of_the_extractors() {
    let types = documented_types();
    for kind in [
        "bad-request",
        "invalid-query",
        "invalid-path",
        "invalid-body",
        "invalid-domain",
        "method-not-allowed",
        "payload-too-large",
        "unsupported-media-type",
        "not-found",
        "unauthorized",
        "too-many-requests",
        "internal",
    ] {
        assert!(types.iter().any(|t| t == kind), "{kind} not in {types:?}");
    }
}

/// Issue 11 (9): a page form that cannot be read — too large (over axum's 2 MB body limit) or
/// not a form at all — was a bare text/plain answer; now it is the friendly error page, in the
/// browser's language, with a 4xx status.
#[tokio::test]
async fn an_oversized_or_unreadable_page_form_gets_the_error_page() {
    let app = TestApp::spawn().await;
    let huge = format!("work_email={}", "a".repeat(3 * 1024 * 1024));
    let res = app
        .client
        .post(app.url("/register"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept-language", "nl")
        .body(huge)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Het formulier kon niet worden gelezen"));
    let res = app
        .client
        .post(app.url("/register"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 415);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("The form could not be read"));
}

/// Issue 11 (9), found by schemathesis: every body of this API is a JSON object; an array that
/// serde could read into a struct of optional fields (`PATCH /api/v1/me` with `[null, null]`)
/// is refused and changes nothing.
#[tokio::test]
async fn a_body_that_is_not_an_object_is_refused() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let res = app
        .client
        .patch(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .json(&json!([null, null]))
        .send()
        .await
        .unwrap();
    assert_documented_problem(res, 422, "invalid-body").await;
    let me: Value = app
        .client
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["country"], "NL");
}
