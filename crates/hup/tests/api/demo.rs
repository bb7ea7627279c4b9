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

/// issue 12 (org admin): the demo can finish the domain proof. In demo mode hup runs its own
/// name server; the demo user adds a domain, publishes its TXT value on `/dev/dns` (linked from
/// the domains page and `/dev/mail`), presses Verify, and the domain is verified. Removing the
/// record on `/dev/dns` takes it out of the name server.
#[tokio::test]
async fn the_demo_user_publishes_the_txt_record_on_dev_dns_and_verifies_the_domain() {
    use crate::helpers::csrf_of;
    use reqwest::StatusCode;

    let app = TestApp::spawn_demo().await;
    app.sign_in_demo_admin("admin@contoso.example").await;
    let (_, html) = app.page("/admin/domains").await;
    assert!(html.contains("href=\"/dev/dns\""), "{html}");
    let csrf = csrf_of(&html);
    let res = app
        .post_form(
            "/admin/domains",
            &[("csrf", &csrf), ("domain", "contoso-two.example")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.page("/admin/domains").await;
    let row = &html[html
        .find("contoso-two.example</td>")
        .expect("the new domain's row")..];
    let at = row
        .find("hup-verification=")
        .expect("the TXT value is shown");
    let value: String = row[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '=' || *c == '-')
        .collect();
    let fields = [("csrf", csrf.as_str()), ("domain", "contoso-two.example")];
    let verify = || app.post_form("/admin/domains/verify", &fields);
    let text = verify().await.text().await.unwrap();
    assert!(text.contains("The domain has no TXT record yet."), "{text}");

    // /dev/mail links the page; the page publishes the record.
    let (_, mail) = app.page("/dev/mail").await;
    assert!(mail.contains("href=\"/dev/dns\""), "{mail}");
    let (status, page) = app.page("/dev/dns").await;
    assert_eq!(status, StatusCode::OK);
    // The seeded demo domains keep their proof there, for the daily re-check.
    assert!(page.contains("contoso.example"), "{page}");
    let res = app
        .post_form(
            "/dev/dns",
            &[
                ("csrf", &csrf_of(&page)),
                ("domain", "contoso-two.example"),
                ("value", &value),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.page("/dev/dns").await;
    assert!(page.contains(&value), "{page}");

    let res = verify().await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.page("/admin/domains").await;
    let row = &html[html.find("contoso-two.example").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Verified"), "{row}");

    // Bad input names the field and changes nothing; a forged form is refused.
    let res = app
        .post_form(
            "/dev/dns",
            &[
                ("csrf", &csrf_of(&page)),
                ("domain", "not a domain"),
                ("value", "x"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("This is not a domain name"));
    let res = app
        .post_form(
            "/dev/dns",
            &[
                ("csrf", "forged"),
                ("domain", "evil.example"),
                ("value", "x"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    // Removing takes the record out.
    let res = app
        .post_form(
            "/dev/dns/remove",
            &[
                ("csrf", &csrf_of(&page)),
                ("domain", "contoso-two.example"),
                ("value", &value),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, page) = app.page("/dev/dns").await;
    assert!(!page.contains(&value), "{page}");
}

/// issue 12: outside demo mode there is no `/dev/dns`.
#[tokio::test]
async fn dev_dns_exists_only_in_demo_mode() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/dev/dns").await.status(), 404);
}
