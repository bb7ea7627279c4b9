//! Org admins (R11, R12, R9, R1, R20): work accounts, domain proof against a real DNS server on
//! loopback UDP, takeover of an unmanaged tenant, tenant isolation, the licensing connection
//! and the HUP tab.

use reqwest::StatusCode;
use serde_json::{json, Value};

use crate::dns_server::{silent_server, TestDns};
use crate::helpers::{
    assert_success, csrf_of, running_feed, wrong_passwords_until_a_wait, Mailbox, Spawn, TestApp,
    OPERATOR_TOKEN,
};

const PASSWORD: &str = "correct horse battery";
/// What precedes the token in the mail that confirms an admin's sign-up.
const CONFIRM_LINK: &str = "/admin/confirm?token=";

async fn spawn_with_dns(servers: Vec<std::net::SocketAddr>) -> TestApp {
    TestApp::spawn_with(Spawn {
        dns: Some(servers),
        ..Spawn::default()
    })
    .await
}

/// Signs up, confirms and signs in; returns (tenant, bearer token).
async fn admin(app: &TestApp, email: &str) -> (i64, String) {
    let res = app
        .post_json(
            "/api/v1/admin/signups",
            None,
            json!({"work_email": email, "password": PASSWORD}),
        )
        .await;
    assert_eq!(
        res.status(),
        StatusCode::ACCEPTED,
        "{}",
        res.text().await.unwrap_or_default()
    );
    let token = app
        .token_in_mail(&email.to_ascii_lowercase(), CONFIRM_LINK)
        .await;
    let res = app
        .post_json(
            "/api/v1/admin/signups/confirm",
            None,
            json!({"token": token}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let tenant = res.json::<Value>().await.unwrap()["tenant"]
        .as_i64()
        .unwrap();
    (tenant, app.sign_in_admin(email, PASSWORD).await.token)
}

async fn me(app: &TestApp, token: &str) -> Value {
    app.json_as("/api/v1/admin/me", token).await
}

/// Adds `domain` to the tenant and returns its TXT value.
async fn add_domain(app: &TestApp, tenant: i64, token: &str, domain: &str) -> String {
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{tenant}/domains"),
            Some(token),
            json!({"domain": domain}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], "pending");
    let value = body["txt_value"].as_str().unwrap().to_owned();
    assert!(value.starts_with("hup-verification="));
    value
}

async fn verify(app: &TestApp, tenant: i64, token: &str, domain: &str) -> Value {
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{tenant}/domains/{domain}/verify"),
            Some(token),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

#[tokio::test]
async fn an_admin_signs_up_confirms_signs_in_and_out() {
    let app = TestApp::spawn().await;
    let (tenant, token) = admin(&app, "Ada@Contoso.test").await;
    let me1 = me(&app, &token).await;
    assert_eq!(me1["work_email"], "ada@contoso.test");
    assert_eq!(me1["tenant"], tenant);
    // The first of a domain with no tenant gets an unmanaged one, as its admin.
    assert_eq!(me1["role"], "admin");

    // The confirmation link works once.
    let res = app
        .post_json(
            "/api/v1/admin/signups/confirm",
            None,
            json!({"token": "not-a-token"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let res = app
        .delete_as("/api/v1/admin/sessions/current", &token)
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_bearer_only("/api/v1/admin/me", &token)
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );

    let res = app
        .post_json(
            "/api/v1/admin/sessions",
            None,
            json!({"work_email": "ada@contoso.test", "password": "wrong password!"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn sign_in_sets_an_http_only_lax_cookie() {
    let app = TestApp::spawn().await;
    admin(&app, "ada@contoso.test").await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/admin/sessions"))
        .json(&json!({"work_email": "ada@contoso.test", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    let cookie = res
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    assert!(cookie.starts_with("hup_admin="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    assert!(!cookie.contains("Secure"), "http base URL: no Secure flag");
}

#[tokio::test]
async fn consumer_domains_malformed_addresses_and_weak_passwords_are_refused() {
    let app = TestApp::spawn().await;
    for (email, password, kind) in [
        ("jan@gmail.com", PASSWORD, "consumer-domain"),
        ("jan@Outlook.com", PASSWORD, "consumer-domain"),
        ("not an address", PASSWORD, "invalid-email"),
        ("jan@co.uk", PASSWORD, "invalid-email"),
        ("jan@contoso.test", "short", "invalid-password"),
    ] {
        let res = app
            .post_json(
                "/api/v1/admin/signups",
                None,
                json!({"work_email": email, "password": password}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{email}");
        let body: Value = res.json().await.unwrap();
        assert_eq!(body["type"], format!("urn:hup:problem:{kind}"), "{email}");
    }
}

/// Issue 10: one password policy for both actors, so an admin may not choose what an employee
/// may not (the API answers as it does for employees; the page names the reason).
#[tokio::test]
async fn an_admin_may_not_choose_a_common_password_either() {
    let app = TestApp::spawn().await;
    let res = app
        .post_json(
            "/api/v1/admin/signups",
            None,
            json!({"work_email": "jan@contoso.test", "password": "password1234"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["type"], "urn:hup:problem:invalid-password");
    assert_eq!(body["errors"][0]["field"], "password", "{body}");

    let (_, html) = app.page("/admin/signup").await;
    let csrf = csrf_of(&html);
    let res = app
        .post_form(
            "/admin/signup",
            &[
                ("csrf", &csrf),
                ("work_email", "jan@contoso.test"),
                ("password", "password1234"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("one of the most common ones"));
    assert!(app.mail_files().is_empty(), "nothing was signed up");
}

#[tokio::test]
async fn later_sign_ups_of_a_domain_join_as_members() {
    let app = TestApp::spawn().await;
    let (t1, _) = admin(&app, "ada@contoso.test").await;
    let (t2, bob) = admin(&app, "bob@contoso.test").await;
    assert_eq!(t1, t2);
    assert_eq!(me(&app, &bob).await["role"], "member");
}

#[tokio::test]
async fn the_right_txt_value_proves_the_domain_and_makes_the_tenant_managed() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, token) = admin(&app, "ada@contoso.test").await;
    let value = add_domain(&app, tenant, &token, "Contoso.test.").await;
    // Other records stand beside the proof.
    dns.add_txt("contoso.test", &["v=spf1 -all"]).await;
    dns.add_txt("contoso.test", &[&value.to_ascii_uppercase()])
        .await;
    let res = verify(&app, tenant, &token, "contoso.test").await;
    assert_eq!(res["status"], "verified", "{res}");
    let tab: Value = app
        .json_as(&format!("/api/v1/tenants/{tenant}/benefits/hup"), &token)
        .await;
    assert_eq!(tab["managed"], true);
    assert_eq!(me(&app, &token).await["role"], "admin");
}

#[tokio::test]
async fn a_value_split_into_several_strings_is_joined() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, token) = admin(&app, "ada@contoso.test").await;
    let value = add_domain(&app, tenant, &token, "contoso.test").await;
    let (a, b) = value.split_at(20);
    dns.add_txt("contoso.test", &[a, b]).await;
    let res = verify(&app, tenant, &token, "contoso.test").await;
    assert_eq!(res["status"], "verified", "{res}");
}

#[tokio::test]
async fn an_idn_domain_is_proven_in_punycode() {
    let dns = TestDns::start(&["xn--bcher-kva.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, token) = admin(&app, "ada@xn--bcher-kva.test").await;
    let value = add_domain(&app, tenant, &token, "bücher.test").await;
    dns.add_txt("xn--bcher-kva.test", &[&value]).await;
    let res = verify(&app, tenant, &token, "xn--bcher-kva.test").await;
    assert_eq!(res["status"], "verified", "{res}");
}

#[tokio::test]
async fn a_wrong_value_no_record_and_no_domain_stay_pending_with_a_reason() {
    let dns = TestDns::start(&["contoso.test", "empty.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, token) = admin(&app, "ada@contoso.test").await;
    add_domain(&app, tenant, &token, "contoso.test").await;
    dns.add_txt(
        "contoso.test",
        &["hup-verification=0123456789abcdef0123456789abcdef"],
    )
    .await;
    let res = verify(&app, tenant, &token, "contoso.test").await;
    assert_eq!(res["status"], "pending");
    assert_eq!(res["reason_code"], "wrong-value");

    add_domain(&app, tenant, &token, "empty.test").await;
    let res = verify(&app, tenant, &token, "empty.test").await;
    assert_eq!(res["status"], "pending");
    assert_eq!(res["reason_code"], "no-record");

    add_domain(&app, tenant, &token, "nowhere.empty.test").await;
    let res = verify(&app, tenant, &token, "nowhere.empty.test").await;
    assert_eq!(res["status"], "pending");
    assert_eq!(res["reason"], "no such domain");

    let domains: Value = app
        .json_as(&format!("/api/v1/tenants/{tenant}/domains"), &token)
        .await;
    assert!(domains
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["status"] == "pending"));
    assert_eq!(me(&app, &token).await["role"], "admin");
}

#[tokio::test]
async fn a_server_that_never_answers_leaves_the_domain_pending() {
    let (addr, _socket) = silent_server().await;
    let app = spawn_with_dns(vec![addr]).await;
    let (tenant, token) = admin(&app, "ada@contoso.test").await;
    add_domain(&app, tenant, &token, "contoso.test").await;
    let res = verify(&app, tenant, &token, "contoso.test").await;
    assert_eq!(res["status"], "pending");
    assert_eq!(res["reason_code"], "timeout", "{res}");
}

#[tokio::test]
async fn consumer_domains_and_public_suffixes_cannot_be_added() {
    let app = TestApp::spawn().await;
    let (tenant, token) = admin(&app, "ada@contoso.test").await;
    for domain in ["gmail.com", "co.uk", "com"] {
        let res = app
            .post_json(
                &format!("/api/v1/tenants/{tenant}/domains"),
                Some(&token),
                json!({"domain": domain}),
            )
            .await;
        assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY, "{domain}");
    }
}

#[tokio::test]
async fn proving_the_domain_takes_over_unmanaged_tenants() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (t1, ada) = admin(&app, "ada@contoso.test").await;
    let (t1b, bob) = admin(&app, "bob@contoso.test").await;
    assert_eq!(t1, t1b);
    // Another unmanaged tenant, of a subdomain.
    let (t2, eve) = admin(&app, "eve@eu.contoso.test").await;
    assert_ne!(t1, t2);

    // Bob, a member, proves the domain: he becomes the admin, Ada (who proved nothing) a
    // member, and Eve's unmanaged tenant joins his.
    let value = add_domain(&app, t1, &bob, "contoso.test").await;
    dns.add_txt("contoso.test", &[&value]).await;
    assert_eq!(
        verify(&app, t1, &bob, "contoso.test").await["status"],
        "verified"
    );
    assert_eq!(me(&app, &bob).await["role"], "admin");
    assert_eq!(me(&app, &ada).await["role"], "member");
    let eve_now = me(&app, &eve).await;
    assert_eq!(eve_now["tenant"], t1);
    assert_eq!(eve_now["role"], "member");

    // New sign-ups at the domain or below it join the managed tenant as members.
    let (t3, carl) = admin(&app, "carl@sales.contoso.test").await;
    assert_eq!(t3, t1);
    assert_eq!(me(&app, &carl).await["role"], "member");

    // A member of a managed tenant may not change its domains.
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{t1}/domains"),
            Some(&ada),
            json!({"domain": "contoso-two.test"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_domain_another_managed_tenant_holds_is_refused() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (t1, ada) = admin(&app, "ada@contoso.test").await;
    let value = add_domain(&app, t1, &ada, "contoso.test").await;
    dns.add_txt("contoso.test", &[&value]).await;
    assert_eq!(
        verify(&app, t1, &ada, "contoso.test").await["status"],
        "verified"
    );

    let (t2, mal) = admin(&app, "mal@fabrikam.test").await;
    let value = add_domain(&app, t2, &mal, "contoso.test").await;
    dns.add_txt("contoso.test", &[&value]).await;
    let res = verify(&app, t2, &mal, "contoso.test").await;
    assert_eq!(res["status"], "pending");
    assert_eq!(res["reason_code"], "held-by-another-organization");

    // A subdomain proven by another tenant belongs to that tenant; the rest stays with the
    // parent's.
    let value = add_domain(&app, t2, &mal, "eu.contoso.test").await;
    dns.add_txt("eu.contoso.test", &[&value]).await;
    assert_eq!(
        verify(&app, t2, &mal, "eu.contoso.test").await["status"],
        "verified"
    );
    let owner = |domain: &'static str| {
        let db = app.db.clone();
        async move {
            let domain = hup_core::email::Domain::parse(domain).unwrap();
            hup::tenancy::benefit::tenant_for_employee_domain(&db, &domain)
                .await
                .unwrap()
        }
    };
    assert_eq!(owner("mail.eu.contoso.test").await, Some(t2));
    assert_eq!(owner("eu.contoso.test").await, Some(t2));
    assert_eq!(owner("us.contoso.test").await, Some(t1));
    assert_eq!(owner("contoso.test").await, Some(t1));
    assert_eq!(owner("notcontoso.test").await, None);
}

#[tokio::test]
async fn an_admin_of_one_tenant_gets_404_for_another_tenants_resources() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (t1, ada) = admin(&app, "ada@contoso.test").await;
    add_domain(&app, t1, &ada, "contoso.test").await;
    let (t2, mal) = admin(&app, "mal@fabrikam.test").await;
    assert_ne!(t1, t2);

    for path in [
        format!("/api/v1/tenants/{t1}/domains"),
        format!("/api/v1/tenants/{t1}/domains/contoso.test"),
        format!("/api/v1/tenants/{t1}/benefits/hup"),
    ] {
        assert_eq!(
            app.get_bearer_only(&path, &mal).await.status(),
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    for (path, body) in [
        (
            format!("/api/v1/tenants/{t1}/domains"),
            json!({"domain": "x.test"}),
        ),
        (
            format!("/api/v1/tenants/{t1}/domains/contoso.test/verify"),
            json!({}),
        ),
        (
            format!("/api/v1/tenants/{t1}/customers"),
            json!({"customer_number": "C1"}),
        ),
    ] {
        let res = app.post_json(&path, Some(&mal), body).await;
        assert_eq!(res.status(), StatusCode::NOT_FOUND, "{path}");
    }
    let res = reqwest::Client::new()
        .patch(app.url(&format!("/api/v1/tenants/{t1}/benefits/hup")))
        .bearer_auth(&mal)
        .json(&json!({"enabled": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    // Without a session: 401.
    let res = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/tenants/{t1}/domains")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

async fn managed_admin(app: &TestApp, dns: &TestDns, email: &str, domain: &str) -> (i64, String) {
    let (tenant, token) = admin(app, email).await;
    let value = add_domain(app, tenant, &token, domain).await;
    dns.add_txt(domain, &[&value]).await;
    assert_eq!(
        verify(app, tenant, &token, domain).await["status"],
        "verified"
    );
    (tenant, token)
}

#[tokio::test]
async fn a_managed_tenant_connects_its_customer_and_manages_the_hup_tab() {
    let dns = TestDns::start(&["contoso.test", "fabrikam.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    // C-100 eligible (R8 b) with its contact at contoso.test, C-200 eligible with a contact
    // elsewhere, C-300 not eligible.
    app.import_feed(running_feed(&[
        "A-1,C-100,Contoso,commercial,NL,it@contoso.test,m365-e3,50,true",
        "A-2,C-200,Woodgrove,commercial,NL,it@woodgrove.test,m365-e5,50,true",
        "A-3,C-300,Fabrikam,commercial,NL,it@fabrikam.test,windows-enterprise,10,false",
    ]))
    .await;

    // An unmanaged tenant cannot connect a customer.
    let (t0, early) = admin(&app, "early@fabrikam.test").await;
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{t0}/customers"),
            Some(&early),
            json!({"customer_number": "C-300"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);

    let (tenant, token) = managed_admin(&app, &dns, "ada@contoso.test", "contoso.test").await;
    let connect = |number: &'static str| {
        let (app, token) = (&app, token.clone());
        async move {
            app.post_json(
                &format!("/api/v1/tenants/{tenant}/customers"),
                Some(&token),
                json!({"customer_number": number}),
            )
            .await
        }
    };
    let res = connect("C-999").await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The agreement's contact is at the verified domain: approved at once.
    let res = connect("C-100").await;
    assert_eq!(res.status(), StatusCode::CREATED);
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "approved");

    // issue 12: a new tenant's benefit waits for an admin to accept the program terms.
    let tab = app.hup_tab(tenant, &token).await;
    assert_eq!(tab["eligible"], true, "{tab}");
    assert_eq!(tab["enabled"], false);
    assert_eq!(tab["active"], false);
    assert!(tab["terms_accepted_at"].is_null());
    let patch = |enabled: bool| {
        reqwest::Client::new()
            .patch(app.url(&format!("/api/v1/tenants/{tenant}/benefits/hup")))
            .bearer_auth(&token)
            .json(&json!({"enabled": enabled}))
            .send()
    };
    let tab: Value = patch(true).await.unwrap().json().await.unwrap();
    assert_eq!(tab["enabled"], true);
    assert_eq!(tab["active"], true);
    assert_eq!(tab["customer_number"], "C-100");
    assert_eq!(tab["criteria"][0]["id"], "b");
    assert_eq!(tab["criteria"][0]["agreements"][0], "A-1");
    assert!(tab["valid_until"].is_string());
    assert_eq!(tab["employee_link"], "http://hup.test/");
    assert_eq!(tab["enrollment"]["registrations"]["fewer_than_5"], true);
    assert!(tab["enrollment"]["registrations"]["count"].is_null());

    // Switch off and on again.
    let participating = |domain: &'static str| {
        let db = app.db.clone();
        async move {
            let domain = hup_core::email::Domain::parse(domain).unwrap();
            hup::tenancy::benefit::participating_tenant(&db, &domain)
                .await
                .unwrap()
                .map(|p| p.tenant_id)
        }
    };
    assert_eq!(participating("contoso.test").await, Some(tenant));
    assert_eq!(participating("sales.contoso.test").await, Some(tenant));
    assert_eq!(participating("evilcontoso.test").await, None);

    let off: Value = patch(false).await.unwrap().json().await.unwrap();
    assert_eq!(off["enabled"], false);
    assert_eq!(off["active"], false);
    assert_eq!(participating("contoso.test").await, None);
    let on: Value = patch(true).await.unwrap().json().await.unwrap();
    assert_eq!(on["active"], true);
    assert!(on["terms_accepted_at"].is_i64());

    // A second customer for the same tenant, or the same customer for another tenant: 409.
    assert_eq!(connect("C-200").await.status(), StatusCode::CONFLICT);
    let (other, mal) = managed_admin(&app, &dns, "mal@fabrikam.test", "fabrikam.test").await;
    assert_eq!(other, t0, "the unmanaged fabrikam tenant became managed");
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{other}/customers"),
            Some(&mal),
            json!({"customer_number": "C-100"}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);

    // A contact elsewhere: pending until the operator decides; no verdict shown meanwhile.
    let res = app
        .post_json(
            &format!("/api/v1/tenants/{other}/customers"),
            Some(&mal),
            json!({"customer_number": "C-200"}),
        )
        .await;
    assert_eq!(res.json::<Value>().await.unwrap()["status"], "pending");
    let tab = app.hup_tab(other, &mal).await;
    assert_eq!(tab["connection"], "pending");
    assert_eq!(tab["eligible"], false);
    assert_eq!(tab["active"], false);

    // The operator sees it and approves; then the verdict shows.
    let pending: Value = app
        .json_as("/api/v1/connections/pending", OPERATOR_TOKEN)
        .await;
    assert_eq!(pending[0]["customer_number"], "C-200");
    assert_eq!(pending[0]["requested_by"], "mal@fabrikam.test");
    // The command line lists the same.
    let cli = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_hup"))
            .args(args)
            .env("HUP_DATABASE_URL", &app.database_url)
            .output()
            .unwrap()
    };
    let out = cli(&["connections", "pending"]);
    assert_success(&out);
    let listed = String::from_utf8_lossy(&out.stdout);
    assert!(
        listed.contains("C-200") && listed.contains("mal@fabrikam.test"),
        "{listed}"
    );
    let decide = |decision: &str, token: &str| {
        let path = format!("/api/v1/connections/C-200/{decision}");
        let token = token.to_owned();
        let app = &app;
        async move { app.post_json(&path, Some(&token), json!({})).await }
    };
    let res = decide("approve", OPERATOR_TOKEN).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = decide("approve", OPERATOR_TOKEN).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    let res = decide("reject", &mal).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let out = cli(&["connections", "reject", "C-200"]);
    assert_eq!(out.status.code(), Some(1), "decided already");
    let out = cli(&["connections", "pending"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("no connections wait"));
    let tab = app.hup_tab(other, &mal).await;
    assert_eq!(tab["connection"], "approved");
    assert_eq!(tab["eligible"], true);
    assert_eq!(
        tab["active"], false,
        "off until an admin accepts the terms (issue 12)"
    );
    let res = reqwest::Client::new()
        .patch(app.url(&format!("/api/v1/tenants/{other}/benefits/hup")))
        .bearer_auth(&mal)
        .json(&json!({"enabled": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["active"], true);

    // The page says the same, in Dutch, with the reasons (the cookie is Mal's session).
    let (status, html) = app.page("/admin/billing/benefits/hup?lang=nl").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        html.contains("Ja, uw organisatie komt in aanmerking."),
        "{html}"
    );
    assert!(html.contains("Microsoft 365 E3 of E5 via Software Assurance"));
    assert!(html.contains("overeenkomsten: A-2"));
    assert!(!html.contains("it@woodgrove.test"));
}

#[tokio::test]
async fn the_admin_center_pages_work_without_javascript() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;

    let res = app.get("/admin").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/admin/signin");

    // Sign up; a form without the CSRF token is refused.
    let (status, html) = app.page("/admin/signup?lang=nl").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Een beheerdersaccount maken"));
    let csrf = csrf_of(&html);
    let res = app
        .post_form(
            "/admin/signup",
            &[
                ("csrf", "forged"),
                ("work_email", "ada@contoso.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert!(app.mail_files().is_empty());
    let res = app
        .post_form(
            "/admin/signup",
            &[
                ("csrf", &csrf),
                ("work_email", "ada@gmail.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            "/admin/signup",
            &[
                ("csrf", &csrf),
                ("work_email", "ada@contoso.test"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert!(res.text().await.unwrap().contains("ada@contoso.test"));

    // Opening the link confirms nothing; the button does.
    let token = app.token_in_mail("ada@contoso.test", CONFIRM_LINK).await;
    let res = app.get(&format!("/admin/confirm?token={token}")).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(res.headers()["referrer-policy"], "no-referrer");
    let html = res.text().await.unwrap();
    let signin = [
        ("csrf", csrf.as_str()),
        ("work_email", "ada@contoso.test"),
        ("password", PASSWORD),
    ];
    assert_eq!(
        app.post_form("/admin/signin", &signin).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let res = app
        .post_form(
            "/admin/confirm",
            &[("csrf", &csrf_of(&html)), ("token", &token)],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);

    // Sign in, add and verify the domain.
    let res = app.post_form("/admin/signin", &signin).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (status, html) = app.page("/admin/domains?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Signed in as ada@contoso.test"));
    let res = app
        .post_form(
            "/admin/domains",
            &[("csrf", &csrf), ("domain", "contoso.test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.page("/admin/domains").await;
    let at = html
        .find("hup-verification=")
        .expect("the TXT value is shown");
    // The value sits in a wrapping text box (issue 12), so it ends where its characters do.
    let value: String = html[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '=' || *c == '-')
        .collect();
    let res = app
        .post_form(
            "/admin/domains/verify",
            &[("csrf", &csrf), ("domain", "contoso.test")],
        )
        .await;
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("The domain has no TXT record yet."));
    dns.add_txt("contoso.test", &[&value]).await;
    let res = app
        .post_form(
            "/admin/domains/verify",
            &[("csrf", &csrf), ("domain", "contoso.test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);

    // The HUP tab: switch off, then sign out.
    let (status, html) = app.page("/admin/billing/benefits/hup").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Billing › Your products › Benefits › HUP"));
    assert!(html.contains("http://hup.test/"));
    let res = app
        .post_form(
            "/admin/billing/benefits/hup",
            &[("csrf", &csrf), ("enabled", "off")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.page("/admin/billing/benefits/hup").await;
    assert!(html.contains("The benefit is switched off."));
    let res = app.post_form("/admin/signout", &[("csrf", &csrf)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app.get("/admin/billing/benefits/hup").await;
    assert_eq!(res.headers()["location"], "/admin/signin");
}

#[tokio::test]
async fn a_record_missing_for_a_week_unverifies_the_domain_and_mails_the_admins() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, ada) = managed_admin(&app, &dns, "ada@contoso.test", "contoso.test").await;
    let mails_before = app.wait_for_mail_files(1).await.len();

    // The same zone, now without the proof record.
    let gone = TestDns::start(&["contoso.test"]).await;
    let mut config = crate::helpers::test_config(&app.database_url, "file:/nonexistent");
    config.dns = hup::config::DnsConfig::Servers(vec![gone.addr]);
    config.dns_timeout = std::time::Duration::from_millis(700);
    let day = 86_400;
    let now = chrono::Utc::now().timestamp();
    for d in 1..=7 {
        let lost = hup::tenancy::domains::recheck_due(&app.db, &config, now + d * day)
            .await
            .unwrap();
        assert_eq!(lost, 0, "day {d}");
    }
    let lost = hup::tenancy::domains::recheck_due(&app.db, &config, now + 8 * day)
        .await
        .unwrap();
    assert_eq!(lost, 1);

    let res = app
        .get_bearer_only(
            &format!("/api/v1/tenants/{tenant}/domains/contoso.test"),
            &ada,
        )
        .await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["status"], "pending");
    let files = app.wait_for_mail_files(mails_before + 1).await;
    assert_eq!(files.len(), mails_before + 1);
    let raw = std::fs::read_to_string(files.last().unwrap()).unwrap();
    assert!(raw.contains("ada@contoso.test"));
    assert!(raw.contains("no longer verified"));
}

/// Repeated failures from one address slow that address down: five free failures, then each
/// attempt waits, the wait doubling (also with the right password, from this client) and every
/// 429 says how long (issue 11: 2 — the same throttle as employees', per account and address,
/// instead of a 15-minute lock of the account without Retry-After).
#[tokio::test]
async fn repeated_failed_sign_ins_are_throttled() {
    let app = TestApp::spawn().await;
    admin(&app, "ada@contoso.test").await;
    let attempt = |password: &'static str| {
        app.post_json(
            "/api/v1/admin/sessions",
            None,
            json!({"work_email": "ada@contoso.test", "password": password}),
        )
    };
    let wait = wrong_passwords_until_a_wait(attempt, PASSWORD).await;
    // After the wait the owner gets in.
    tokio::time::sleep(std::time::Duration::from_secs(wait + 1)).await;
    assert_eq!(attempt(PASSWORD).await.status(), StatusCode::OK);
}

#[tokio::test]
async fn the_openapi_document_lists_the_admin_and_tenant_calls() {
    let app = TestApp::spawn().await;
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    for path in [
        "/api/v1/admin/signups",
        "/api/v1/admin/signups/confirm",
        "/api/v1/admin/sessions",
        "/api/v1/tenants/{tenant}/domains",
        "/api/v1/tenants/{tenant}/domains/{domain}/verify",
        "/api/v1/tenants/{tenant}/customers",
        "/api/v1/tenants/{tenant}/benefits/hup",
        "/api/v1/connections/{customer_number}/approve",
    ] {
        assert!(doc["paths"][path].is_object(), "{path}");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

#[tokio::test]
async fn the_demo_has_managed_tenants_with_connected_customers() {
    let app = TestApp::spawn_demo().await;
    for (email, domain) in [
        ("admin@contoso.example", "contoso.example"),
        ("admin@fabrikam.example", "fabrikam.example"),
    ] {
        let admin = app.sign_in_demo_admin(email).await;
        let (tenant, token) = (admin.tenant, admin.token.as_str());
        assert_eq!(admin.role, "admin");
        let d: Value = app
            .json_as(&format!("/api/v1/tenants/{tenant}/domains/{domain}"), token)
            .await;
        assert_eq!(d["status"], "verified");
        let tab = app.hup_tab(tenant, token).await;
        assert_eq!(tab["managed"], true);
        assert_eq!(tab["connection"], "approved");
        assert_eq!(tab["enabled"], true);
    }
}

/// issue 12 (org admin): a second sign-up at a managed tenant's domain sees nothing of the
/// tenant, on the API (403 `awaiting-approval`, naming the first admin) or on its pages, until
/// the first admin approves it; a removed account's sessions end at once.
#[tokio::test]
async fn a_second_sign_up_sees_nothing_until_the_first_admin_approves_it() {
    let app = TestApp::spawn_demo().await;
    let first = app.sign_in_demo_admin("admin@contoso.example").await;
    let tenant = first.tenant;
    let (joined, bob) = admin(&app, "bob@contoso.example").await;
    assert_eq!(joined, tenant);
    let me_now = me(&app, &bob).await;
    assert_eq!(me_now["role"], "member");
    assert_eq!(me_now["approved"], false);

    // The API: every call about the tenant is refused, saying whom to ask.
    for path in [
        format!("/api/v1/tenants/{tenant}/domains"),
        format!("/api/v1/tenants/{tenant}/domains/contoso.example"),
        format!("/api/v1/tenants/{tenant}/benefits/hup"),
        format!("/api/v1/tenants/{tenant}/admins"),
    ] {
        let res = app.get_bearer_only(&path, &bob).await;
        let problem = crate::helpers::assert_problem(res, 403, "awaiting-approval").await;
        assert!(
            problem["detail"]
                .as_str()
                .unwrap()
                .contains("admin@contoso.example"),
            "{path}: {problem}"
        );
    }
    let res = app
        .post_bearer_only(
            &format!("/api/v1/tenants/{tenant}/admins/{}/approve", 1),
            Some(&bob),
            json!({}),
        )
        .await;
    crate::helpers::assert_problem(res, 403, "awaiting-approval").await;

    // The pages (the app's client carries Bob's cookie): the waiting page, no licensing details.
    for path in [
        "/admin/domains",
        "/admin/billing/benefits/hup",
        "/admin/admins",
    ] {
        let (status, html) = app.page(path).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert!(
            html.contains("waits for approval by admin@contoso.example"),
            "{path}: {html}"
        );
        assert!(!html.contains("C-1001"), "{path} shows the customer number");
        assert!(
            !html.contains("hup-verification="),
            "{path} shows a TXT value"
        );
    }

    // The first admin lists the accounts and approves Bob.
    let list: Value = app
        .json_as(&format!("/api/v1/tenants/{tenant}/admins"), &first.token)
        .await;
    let accounts = list.as_array().unwrap();
    assert_eq!(accounts.len(), 2, "{list}");
    assert_eq!(accounts[0]["work_email"], "admin@contoso.example");
    assert_eq!(accounts[0]["role"], "admin");
    assert_eq!(accounts[0]["you"], true);
    assert_eq!(accounts[1]["work_email"], "bob@contoso.example");
    assert_eq!(accounts[1]["status"], "waiting");
    let bob_id = accounts[1]["id"].as_i64().unwrap();
    let first_id = accounts[0]["id"].as_i64().unwrap();
    let res = app
        .post_bearer_only(
            &format!("/api/v1/tenants/{tenant}/admins/{bob_id}/approve"),
            Some(&first.token),
            json!({}),
        )
        .await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);

    // Now Bob sees the tenant, but approves and removes nobody: that is the first admin's.
    assert_eq!(me(&app, &bob).await["approved"], true);
    let tab = app.hup_tab(tenant, &bob).await;
    assert_eq!(tab["managed"], true);
    let (status, html) = app.page("/admin/billing/benefits/hup").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("C-1001"));
    let res = app
        .delete_as(&format!("/api/v1/tenants/{tenant}/admins/{first_id}"), &bob)
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    // Nor may the first admin remove their own account.
    let res = reqwest::Client::new()
        .delete(app.url(&format!("/api/v1/tenants/{tenant}/admins/{first_id}")))
        .bearer_auth(&first.token)
        .send()
        .await
        .unwrap();
    crate::helpers::assert_problem(res, 403, "cannot-remove-self").await;

    // Removal ends Bob's sessions, the cookie's and the bearer token's alike.
    let res = reqwest::Client::new()
        .delete(app.url(&format!("/api/v1/tenants/{tenant}/admins/{bob_id}")))
        .bearer_auth(&first.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    let res = app.get_bearer_only("/api/v1/admin/me", &bob).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
    let res = app.get("/admin/domains").await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/admin/signin");
    let list: Value = app
        .json_as(&format!("/api/v1/tenants/{tenant}/admins"), &first.token)
        .await;
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    // Another tenant's account is not found, not removed.
    let res = reqwest::Client::new()
        .delete(app.url(&format!("/api/v1/tenants/{tenant}/admins/999999")))
        .bearer_auth(&first.token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
}

/// issue 12 (org admin): the Admins page approves and removes without JavaScript, and the
/// accounts that were in an unmanaged tenant wait for the prover's approval once it is managed.
#[tokio::test]
async fn the_prover_approves_on_the_admins_page_the_accounts_of_the_tenant_it_took_over() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, ada) = admin(&app, "ada@contoso.test").await;
    let (_, bob) = admin(&app, "bob@contoso.test").await;
    // Unmanaged: Bob needs nobody's approval yet.
    assert_eq!(me(&app, &bob).await["approved"], true);
    let value = add_domain(&app, tenant, &ada, "contoso.test").await;
    dns.add_txt("contoso.test", &[&value]).await;
    assert_eq!(
        verify(&app, tenant, &ada, "contoso.test").await["status"],
        "verified"
    );
    assert_eq!(me(&app, &bob).await["approved"], false);
    let res = app
        .get_bearer_only(&format!("/api/v1/tenants/{tenant}/domains"), &bob)
        .await;
    crate::helpers::assert_problem(res, 403, "awaiting-approval").await;

    // Ada (the app's client now carries her cookie) approves Bob on the page.
    app.sign_in_admin("ada@contoso.test", PASSWORD).await;
    let (status, html) = app.page("/admin/admins").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("bob@contoso.test"));
    assert!(html.contains("Waiting for approval"));
    assert!(html.contains("Approve bob@contoso.test"));
    let csrf = csrf_of(&html);
    let bob_id = me(&app, &bob).await;
    let list: Value = app
        .json_as(&format!("/api/v1/tenants/{tenant}/admins"), &ada)
        .await;
    let id = list.as_array().unwrap()[1]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    assert_eq!(bob_id["work_email"], "bob@contoso.test");
    let res = app
        .post_form(
            "/admin/admins",
            &[("csrf", "forged"), ("id", &id), ("action", "approve")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::FORBIDDEN);
    assert_eq!(me(&app, &bob).await["approved"], false);
    let res = app
        .post_form(
            "/admin/admins",
            &[
                ("csrf", &csrf),
                ("id", "not-a-number"),
                ("action", "approve"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = app
        .post_form(
            "/admin/admins",
            &[("csrf", &csrf), ("id", &id), ("action", "approve")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(me(&app, &bob).await["approved"], true);
    let (_, html) = app.page("/admin/admins").await;
    assert!(!html.contains("Approve bob@contoso.test"));
    let res = app
        .post_form(
            "/admin/admins",
            &[("csrf", &csrf), ("id", &id), ("action", "remove")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let res = app.get_bearer_only("/api/v1/admin/me", &bob).await;
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED);
}

/// issue 12 (org admin): a domain can be removed, on the API and the page; the last verified
/// one stays (409 `last-verified-domain`).
#[tokio::test]
async fn a_domain_can_be_removed_but_not_the_last_verified_one() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    let (tenant, ada) = managed_admin(&app, &dns, "ada@contoso.test", "contoso.test").await;
    add_domain(&app, tenant, &ada, "contoso-two.test").await;
    let path = format!("/api/v1/tenants/{tenant}/domains/contoso-two.test");
    let res = app.delete_as(&path, &ada).await;
    assert_eq!(res.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        app.get_bearer_only(&path, &ada).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.delete_as(&path, &ada).await.status(),
        StatusCode::NOT_FOUND
    );
    let res = app
        .delete_as(
            &format!("/api/v1/tenants/{tenant}/domains/contoso.test"),
            &ada,
        )
        .await;
    crate::helpers::assert_problem(res, 409, "last-verified-domain").await;

    // The page: a Remove button per domain, the TXT value in a text box that wraps.
    add_domain(&app, tenant, &ada, "contoso-three.test").await;
    let (status, html) = app.page("/admin/domains").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("<textarea"), "{html}");
    assert!(html.contains("Remove contoso-three.test"));
    let res = app
        .post_form(
            "/admin/domains/remove",
            &[("csrf", &csrf_of(&html)), ("domain", "contoso-three.test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let (_, html) = app.page("/admin/domains").await;
    assert!(!html.contains("contoso-three.test"));
    let res = app
        .post_form(
            "/admin/domains/remove",
            &[("csrf", &csrf_of(&html)), ("domain", "contoso.test")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert!(res.text().await.unwrap().contains("last verified domain"));
}

/// issue 12 (org admin): each state of the HUP tab says what is true and why, with one next
/// step: an unmanaged tenant is sent to prove a domain (no "switched on… cannot use it", no
/// employee link or promotion kit); Fabrikam, which does not qualify, is told why and offered
/// no Switch off; a tenant with nothing connected yet is told to connect.
#[tokio::test]
async fn each_state_of_the_hup_tab_says_what_is_true_why_and_the_next_step() {
    let app = TestApp::spawn_demo().await;
    // Unmanaged.
    admin(&app, "ada@unmanaged.test").await;
    let (status, html) = app.page("/admin/billing/benefits/hup").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("id=\"state-unmanaged\""), "{html}");
    assert!(!html.contains("The benefit is switched on."), "{html}");
    assert!(!html.contains("cannot use it"), "{html}");
    assert!(!html.contains("promote-link"), "{html}");
    assert!(!html.contains("employee-link"), "{html}");

    // Not qualifying (the demo's Fabrikam): the reasons, no switch, no employee link.
    app.sign_in_demo_admin("admin@fabrikam.example").await;
    let (status, html) = app.page("/admin/billing/benefits/hup").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("does not qualify"), "{html}");
    assert!(html.contains("id=\"not-qualifying-why\""), "{html}");
    assert!(
        html.contains("an education or non-profit customer"),
        "{html}"
    );
    assert!(!html.contains("Switch off"), "{html}");
    assert!(!html.contains("promote-link"), "{html}");
    assert!(!html.contains("The benefit is switched on."), "{html}");

    // Qualifying and on (Contoso): the switch and the employee link.
    app.sign_in_demo_admin("admin@contoso.example").await;
    let (_, html) = app.page("/admin/billing/benefits/hup").await;
    assert!(html.contains("Switch off"), "{html}");
    assert!(html.contains("promote-link"), "{html}");
    assert!(!html.contains("not-qualifying-why"), "{html}");
}

/// issue 12 (org admin): a managed tenant with no licensing agreement connected says why its
/// employees cannot use the benefit, and what to do.
#[tokio::test]
async fn a_managed_tenant_without_a_connection_is_told_to_connect() {
    let dns = TestDns::start(&["contoso.test"]).await;
    let app = spawn_with_dns(vec![dns.addr]).await;
    managed_admin(&app, &dns, "ada@contoso.test", "contoso.test").await;
    let (_, html) = app.page("/admin/billing/benefits/hup").await;
    assert!(
        html.contains("Employees cannot use it yet: connect your licensing agreement first."),
        "{html}"
    );
}
