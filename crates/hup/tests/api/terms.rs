//! issue 12 (org admin): the program terms are a document the operator ships with a version,
//! served at `/terms`; the HUP tab says who accepted which version when; a new tenant's benefit
//! waits for an admin to accept; a newer version is announced, never switched off for them.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{csrf_of, Spawn, TestApp};

const HUP_TAB: &str = "/admin/billing/benefits/hup";

/// issue 12: `/terms` is public, shows the shipped document and its version, in the page's
/// language chrome.
#[tokio::test]
async fn the_program_terms_are_served_with_their_version() {
    let app = TestApp::spawn().await;
    let (status, html) = app.page("/terms").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Version 2025-01"), "{html}");
    assert!(
        html.contains("<h1>Home Use Program: program terms</h1>"),
        "{html}"
    );
    assert!(html.contains("<li>Employees with a work address"), "{html}");
    let nl = app.page_in("/terms", "nl").await;
    assert!(nl.contains("Programmavoorwaarden"), "{nl}");
    assert!(nl.contains("Versie 2025-01"), "{nl}");
}

/// issue 12: the demo's Contoso has its benefit on, version 2025-01 accepted by its admin; the
/// tab's JSON and page say so and link the terms.
#[tokio::test]
async fn the_hup_tab_says_who_accepted_which_version_when() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let tab = app.hup_tab(admin.tenant, &admin.token).await;
    assert_eq!(tab["enabled"], true, "{tab}");
    assert_eq!(tab["terms_version"], "2025-01");
    assert_eq!(tab["terms_accepted_by"], "admin@contoso.example");
    assert_eq!(tab["current_terms_version"], "2025-01");
    assert!(tab["terms_accepted_at"].is_i64());
    let (_, html) = app.page(HUP_TAB).await;
    assert!(
        html.contains(
            "Version 2025-01 of the program terms was accepted by admin@contoso.example on "
        ),
        "{html}"
    );
    assert!(html.contains("href=\"/terms\""), "{html}");
    assert!(!html.contains("id=\"terms-outdated\""), "{html}");
}

fn newer_terms(config: &mut hup::config::Config) {
    config.terms = hup_core::tenancy::Terms::parse("version: 2026-01\n# Terms\n\nNew text.")
        .expect("terms parse");
}

/// issue 12: when the operator ships a new version, the tab says so and offers to accept it;
/// the benefit stays on meanwhile. Accepting (on the page) records the new version, and the
/// page confirms what was done. Switching off confirms too.
#[tokio::test]
async fn a_new_version_is_announced_and_accepted_without_switching_off() {
    let mut first = TestApp::spawn_demo().await;
    let database_url = first.database_url.clone();
    first.stop().await.expect("stop");
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        database_url: Some(database_url),
        configure: Some(newer_terms),
        ..Spawn::default()
    })
    .await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let tab = app.hup_tab(admin.tenant, &admin.token).await;
    assert_eq!(tab["enabled"], true, "no automatic switch-off: {tab}");
    assert_eq!(tab["active"], true);
    assert_eq!(tab["terms_version"], "2025-01");
    assert_eq!(tab["current_terms_version"], "2026-01");
    let (_, html) = app.page(HUP_TAB).await;
    assert!(html.contains("id=\"terms-outdated\""), "{html}");
    assert!(html.contains("a new version (2026-01)"), "{html}");
    assert!(
        html.contains("Accept version 2026-01 of the program terms"),
        "{html}"
    );

    let res = app
        .post_form(HUP_TAB, &[("csrf", &csrf_of(&html)), ("enabled", "on")])
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(to, format!("{HUP_TAB}?done=accepted"));
    let (_, html) = app.page(&to).await;
    assert!(
        html.contains("the benefit is switched on and you accepted version 2026-01"),
        "{html}"
    );
    assert!(!html.contains("id=\"terms-outdated\""), "{html}");
    let tab: Value = app.hup_tab(admin.tenant, &admin.token).await;
    assert_eq!(tab["terms_version"], "2026-01");
    assert_eq!(tab["terms_accepted_by"], "admin@contoso.example");

    let res = app
        .post_form(HUP_TAB, &[("csrf", &csrf_of(&html)), ("enabled", "off")])
        .await;
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    let (_, html) = app.page(&to).await;
    assert!(
        html.contains("Done: the benefit is switched off."),
        "{html}"
    );
    // The record of what was accepted stays.
    let tab: Value = app.hup_tab(admin.tenant, &admin.token).await;
    assert_eq!(tab["enabled"], false);
    assert_eq!(tab["terms_version"], "2026-01");
}
