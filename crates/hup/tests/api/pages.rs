use crate::helpers::{Spawn, TestApp};

fn html_lang(body: &str) -> &str {
    let start = body.find("<html lang=\"").expect("html lang") + 12;
    let end = body[start..].find('"').expect("closing quote") + start;
    &body[start..end]
}

#[tokio::test]
async fn the_program_page_explains_needs_and_steps_in_english_by_default() {
    let app = TestApp::spawn().await;
    let res = app.get("/").await;
    assert_eq!(res.status(), 200);
    let body = res.text().await.unwrap();
    assert_eq!(html_lang(&body), "en");
    // R7: what an employee needs; R15–R18: the four steps; "Get started" leads to /register.
    for text in [
        "A valid work email address",
        "personal account",
        "Register",
        "Confirm",
        "Sign in",
        "Shop",
    ] {
        assert!(body.contains(text), "missing {text:?}");
    }
    assert!(body.contains(r#"href="/register""#));
}

#[tokio::test]
async fn the_browser_language_picks_dutch() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/"))
        .header("accept-language", "nl-NL,nl;q=0.9,en;q=0.5")
        .send()
        .await
        .unwrap();
    let body = res.text().await.unwrap();
    assert_eq!(html_lang(&body), "nl");
    assert!(body.contains("Aan de slag"));
    assert!(body.contains("Registreren"));
}

#[tokio::test]
async fn the_switcher_overrides_the_browser_and_the_choice_persists() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/?lang=nl"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    assert!(res.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .starts_with("hup_lang=nl"));
    assert_eq!(html_lang(&res.text().await.unwrap()), "nl");
    // The cookie jar now carries the choice; the browser still asks for English.
    let body = app
        .client
        .get(app.url("/"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(html_lang(&body), "nl");
    assert!(
        body.contains(r#"href="/?lang=en""#),
        "the switcher offers English"
    );
}

#[tokio::test]
async fn unknown_pages_get_a_friendly_localized_404() {
    let app = TestApp::spawn().await;
    let res = app
        .client
        .get(app.url("/nowhere"))
        .header("accept-language", "nl")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 404);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/html"));
    let body = res.text().await.unwrap();
    assert!(body.contains("Pagina niet gevonden"));
    assert_eq!(html_lang(&body), "nl");
}

#[tokio::test]
async fn the_stylesheet_is_served() {
    let app = TestApp::spawn().await;
    let res = app.get("/static/style.css").await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/css"));
}

#[tokio::test]
async fn dev_mail_lists_and_shows_the_demo_mail() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let files = app.wait_for_mail_files(2).await;
    assert_eq!(files.len(), 2, "the demo sends two welcome mails");
    let list = app.get("/dev/mail").await.text().await.unwrap();
    assert!(list.contains("admin@contoso.example"), "{list}");
    assert!(
        list.contains("Uw demo van het Thuisgebruikprogramma staat klaar"),
        "mail in the recipient's language"
    );
    let name = files[0].file_name().unwrap().to_str().unwrap().to_owned();
    let shown = app.get(&format!("/dev/mail/{name}")).await;
    assert_eq!(shown.status(), 200);
    let body = shown.text().await.unwrap();
    assert!(body.contains("Your Home Use Program demo is ready"));
    assert!(
        body.contains("http://hup.test/"),
        "links come from HUP_BASE_URL"
    );
}

#[tokio::test]
async fn dev_mail_opens_only_mail_files() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    for path in [
        "/dev/mail/..%2Fhup.db",
        "/dev/mail/hup.db",
        "/dev/mail/%2e%2e",
        "/dev/mail/9999999999.eml",
    ] {
        assert_eq!(app.get(path).await.status(), 404, "{path}");
    }
}

#[tokio::test]
async fn dev_mail_is_not_served_outside_demo_mode() {
    let app = TestApp::spawn().await;
    assert_eq!(app.get("/dev/mail").await.status(), 404);
}

#[tokio::test]
async fn dev_mail_has_a_helpful_empty_state() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    app.wait_for_mail_files(2).await;
    for f in app.mail_files() {
        std::fs::remove_file(f).unwrap();
    }
    let body = app.get("/dev/mail").await.text().await.unwrap();
    assert!(body.contains("No mail has been sent yet"));
}

async fn program_page(app: &TestApp, query: &str, lang: &str) -> String {
    app.page_in(&format!("/{query}"), lang).await
}

/// The rows of the discounts table, as text with tags stripped.
fn offer_rows(body: &str) -> Vec<String> {
    let Some(start) = body.find("<table class=\"list offers\">") else {
        return Vec::new();
    };
    let table = &body[start..body[start..].find("</table>").unwrap() + start];
    table
        .split("<tr>")
        .skip(2)
        .map(|row| {
            let mut text = String::new();
            let mut in_tag = false;
            for c in row.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[tokio::test]
async fn r2_the_program_page_shows_each_offers_discount_for_a_country() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let rows = offer_rows(&program_page(&app, "?country=NL", "en").await);
    let family_year = rows
        .iter()
        .find(|r| r.starts_with("Microsoft 365 Family") && r.contains("1 year"))
        .unwrap_or_else(|| panic!("no family P1Y row in {rows:?}"));
    assert!(family_year.contains("30 % off"), "{family_year}");
    assert!(family_year.contains("€69.30"), "{family_year}");
    assert!(rows
        .iter()
        .any(|r| r.contains("Visio Professional 2019") && r.contains("Program price")));
    // Dutch: Dutch words and a decimal comma.
    let rows = offer_rows(&program_page(&app, "?country=NL", "nl").await);
    let family_year = rows.iter().find(|r| r.contains("1 jaar")).unwrap();
    assert!(
        family_year.contains("30 % korting") && family_year.contains("€ 69,30"),
        "{family_year}"
    );
    // Issue 17: German, French and Japanese pages write money as CLDR says (the rows here have
    // their spaces, CLDR's no-break ones too, collapsed to one).
    let rows = offer_rows(&program_page(&app, "?country=DE", "de").await);
    let family_year = rows.iter().find(|r| r.contains("1 Jahr")).unwrap();
    assert!(
        family_year.contains("30 % Rabatt") && family_year.contains("69,30 €"),
        "{family_year}"
    );
    let rows = offer_rows(&program_page(&app, "?country=FR", "fr").await);
    assert!(rows.iter().any(|r| r.contains("69,30 €")), "{rows:?}");
    let rows = offer_rows(&program_page(&app, "?country=JP", "ja").await);
    assert!(
        rows.iter()
            .any(|r| r.contains("￥14,910") && r.contains("30% 割引")),
        "{rows:?}"
    );
}

#[tokio::test]
async fn r4_macao_russia_and_venezuela_show_that_the_offer_is_not_available() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    for country in ["MO", "RU", "VE"] {
        let body = program_page(&app, &format!("?country={country}"), "en").await;
        assert!(offer_rows(&body).is_empty(), "{country} shows offers");
        assert!(
            body.contains("The program is not available in this country."),
            "{country}"
        );
    }
}

#[tokio::test]
async fn r5_china_and_hong_kong_show_only_one_year_terms_through_the_regional_store() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    for country in ["CN", "HK"] {
        let rows = offer_rows(&program_page(&app, &format!("?country={country}"), "en").await);
        assert!(!rows.is_empty(), "{country} has offers");
        assert!(
            rows.iter().all(|r| r.contains("1 year")),
            "{country}: {rows:?}"
        );
        assert!(
            rows.iter()
                .all(|r| r.contains("Sold through the regional store")),
            "{country}: {rows:?}"
        );
    }
}

#[tokio::test]
async fn r6_japan_has_no_family_subscription() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let rows = offer_rows(&program_page(&app, "?country=JP", "en").await);
    assert!(
        rows.iter().any(|r| r.starts_with("Microsoft 365 Personal")),
        "{rows:?}"
    );
    assert!(!rows.iter().any(|r| r.contains("Family")), "{rows:?}");
    // JPY has no minor unit: whole yen, no decimals.
    assert!(
        rows.iter().all(|r| !r.contains("JPY") || !r.contains('.')),
        "{rows:?}"
    );
}

#[tokio::test]
async fn the_country_follows_the_browser_region_when_none_is_chosen() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let body = program_page(&app, "", "en-GB,en;q=0.8").await;
    assert!(
        body.contains(r#"<option value="GB" selected>"#),
        "GB preselected"
    );
    assert!(offer_rows(&body).iter().any(|r| r.contains('£')));
}

#[tokio::test]
async fn without_a_catalog_the_program_page_says_discounts_will_appear() {
    let app = TestApp::spawn().await;
    let body = program_page(&app, "", "en").await;
    assert!(body.contains("The program has no catalog yet."));
    assert!(offer_rows(&body).is_empty());
}

#[tokio::test]
async fn the_language_switch_keeps_a_confirmation_token() {
    let app = TestApp::spawn().await;
    let body = app
        .get("/admin/confirm?token=abc123")
        .await
        .text()
        .await
        .unwrap();
    assert!(
        body.contains(r#"href="/admin/confirm?token=abc123&amp;lang=nl""#),
        "the switcher must not drop the token"
    );
}

#[tokio::test]
async fn country_pickers_name_and_sort_countries_in_the_pages_language() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let position = |body: &str, text: &str| {
        body.find(text)
            .unwrap_or_else(|| panic!("{text:?} missing"))
    };

    let en = program_page(&app, "?country=NL", "en").await;
    assert!(en.contains(r#"<option value="NL" selected>Netherlands (NL)</option>"#));
    assert!(!en.contains("Duitsland"));
    assert!(position(&en, ">Germany (DE)<") < position(&en, ">Netherlands (NL)<"));
    assert!(position(&en, ">Netherlands (NL)<") < position(&en, ">United Kingdom (GB)<"));

    let nl = program_page(&app, "?country=NL&lang=nl", "nl").await;
    assert!(nl.contains(r#"<option value="NL" selected>Nederland (NL)</option>"#));
    assert!(!nl.contains("Germany"));
    assert!(position(&nl, ">Duitsland (DE)<") < position(&nl, ">Nederland (NL)<"));
    assert!(position(&nl, ">Nederland (NL)<") < position(&nl, ">Verenigd Koninkrijk (GB)<"));

    // The account form lists every country, accents ignored when sorting: Åland among the A's.
    // `?lang=` too, since the switcher above left its choice in the client's cookie.
    let signin = |lang: &'static str| {
        let app = &app;
        async move { app.page_in(&format!("/signin?lang={lang}"), lang).await }
    };
    let en = signin("en").await;
    assert!(en.contains(r#"<option value="DE">Germany</option>"#));
    assert!(position(&en, ">Åland Islands<") < position(&en, ">Albania<"));
    let nl = signin("nl").await;
    assert!(nl.contains(r#"<option value="DE">Duitsland</option>"#));
    assert!(position(&nl, ">Åland<") < position(&nl, ">Albanië<"));
    assert!(position(&nl, ">Duitsland<") < position(&nl, ">Zwitserland<"));
}

/// Issue 12: `PATCH /api/v1/me` changes the display name and the country (the offers follow
/// the country, R3); a bad value names its field and changes nothing.
#[tokio::test]
async fn an_employee_changes_name_and_country_over_json() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let patch = |body: serde_json::Value| {
        reqwest::Client::new()
            .patch(app.url("/api/v1/me"))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    let res = patch(serde_json::json!({"display_name": "  Jan J.  ", "country": "BE"}))
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let me: serde_json::Value = res.json().await.unwrap();
    assert_eq!(me["display_name"], "Jan J.");
    assert_eq!(me["country"], "BE");
    let offers: serde_json::Value = app.json_as("/api/v1/me/offers", &token).await;
    assert_eq!(offers["country"], "BE", "the offers follow at once");
    for (body, field) in [
        (serde_json::json!({"country": "XX"}), "country"),
        (serde_json::json!({"display_name": "a\nb"}), "display_name"),
        (
            serde_json::json!({"display_name": "x".repeat(101)}),
            "display_name",
        ),
    ] {
        let res = patch(body).await.unwrap();
        assert_eq!(res.status(), 422);
        let problem: serde_json::Value = res.json().await.unwrap();
        assert_eq!(problem["errors"][0]["field"], field, "{problem}");
    }
    // Absent keeps, null clears.
    let me: serde_json::Value = patch(serde_json::json!({"display_name": null}))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["display_name"], serde_json::Value::Null);
    assert_eq!(me["country"], "BE", "unchanged by the failures");
}

/// Issue 12: `POST /api/v1/me/password` needs the current password, checks the new one, and
/// ends every other session of the account while this one stays.
#[tokio::test]
async fn an_employee_changes_the_password_and_other_sessions_end() {
    use hup::employees::demo::{DEMO_EMPLOYEE_EMAIL, DEMO_EMPLOYEE_PASSWORD};
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let other = app.sign_in_demo_employee().await;
    let change = |current: &str, new: &str| {
        app.post_bearer_only(
            "/api/v1/me/password",
            Some(&token),
            serde_json::json!({"current_password": current, "new_password": new}),
        )
    };
    let res = change("not it", "a brand new passphrase").await;
    assert_eq!(res.status(), 422);
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(
        problem["type"], "urn:hup:problem:wrong-password",
        "{problem}"
    );
    assert_eq!(problem["errors"][0]["field"], "current_password");
    let res = change(DEMO_EMPLOYEE_PASSWORD, "short").await;
    assert_eq!(res.status(), 422);
    let problem: serde_json::Value = res.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "new_password", "{problem}");
    assert_eq!(
        app.get_bearer_only("/api/v1/me", &other).await.status(),
        200
    );

    let res = change(DEMO_EMPLOYEE_PASSWORD, "a brand new passphrase").await;
    assert_eq!(res.status(), 204);
    assert_eq!(
        app.get_bearer_only("/api/v1/me", &token).await.status(),
        200
    );
    assert_eq!(
        app.get_bearer_only("/api/v1/me", &other).await.status(),
        401,
        "the other session ended"
    );
    let res = app
        .employee_sign_in(DEMO_EMPLOYEE_EMAIL, DEMO_EMPLOYEE_PASSWORD)
        .await;
    assert_eq!(res.status(), 401, "the old password is gone");
    app.sign_in_employee(DEMO_EMPLOYEE_EMAIL, "a brand new passphrase")
        .await;
}

/// Issue 12: `/account` has forms for the details and the password, without JavaScript; a
/// bad value shows beside its field and changes nothing; a form without CSRF is refused.
#[tokio::test]
async fn the_account_page_changes_details_and_password() {
    let app = TestApp::spawn_demo().await;
    app.sign_in_demo_employee().await;
    let (status, html) = app.page("/account?lang=en").await;
    assert_eq!(status, 200);
    assert!(html.contains("action=\"/account\"") && html.contains("action=\"/account/password\""));
    assert!(html.contains("<option value=\"BE\">"), "the country list");
    let csrf = crate::helpers::csrf_of(&html);
    let res = app
        .post_form(
            "/account",
            &[("csrf", &csrf), ("display_name", "Jan"), ("country", "BE")],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], "/account?saved=profile");
    let (_, html) = app.page("/account?saved=profile").await;
    assert!(html.contains("id=\"account-saved\""), "{html}");
    assert!(html.contains("Belgium"), "{html}");
    let res = app
        .post_form("/account", &[("csrf", &csrf), ("country", "XX")])
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"country-error\""), "{html}");
    let res = app
        .post_form("/account", &[("display_name", "Forged"), ("country", "NL")])
        .await;
    assert_eq!(res.status(), 403);
    let res = app
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", "wrong"),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("id=\"current_password-error\""));
    let res = app
        .post_form(
            "/account/password",
            &[
                ("csrf", &csrf),
                (
                    "current_password",
                    hup::employees::demo::DEMO_EMPLOYEE_PASSWORD,
                ),
                ("new_password", "a brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(res.headers()["location"], "/account?saved=password");
    let (status, html) = app.page("/account?saved=password").await;
    assert_eq!(status, 200, "this browser stays signed in");
    assert!(html.contains("signed out everywhere else"), "{html}");
    let (_, html) = app.page("/account").await;
    assert!(html.contains("Jan"), "{html}");
}

/// A page's `<title>` text.
fn title_of(body: &str) -> &str {
    let start = body.find("<title>").expect("a title") + 7;
    let end = body[start..].find("</title>").expect("closing title") + start;
    &body[start..end]
}

/// Issue 12: the program page's title read "Home Use Program · Home Use Program". No page
/// title, public or behind a sign-in, in either language, names the program twice.
#[tokio::test]
async fn no_page_title_repeats_the_programs_name() {
    let app = TestApp::spawn_demo().await;
    let public = [
        "/",
        "/?country=NL",
        "/register",
        "/signin",
        "/confirm?token=x",
        "/account/confirm?token=x",
        "/account/reset?token=x",
        "/admin/signin",
        "/admin/signup",
        "/admin/confirm?token=x",
        "/dev/mail",
        "/no-such-page",
    ];
    let admin = [
        "/admin/domains",
        "/admin/admins",
        "/admin/billing/benefits/hup",
        "/admin/billing/benefits/hup/promote",
    ];
    let employee = ["/offers", "/orders", "/account"];
    let check = |path: &str, lang: &str, body: &str| {
        assert!(
            body.contains("<title>"),
            "{path} ({lang}) is a page: {body}"
        );
        let title = title_of(body).to_owned();
        assert!(!title.trim().is_empty(), "{path} ({lang}) has a title");
        let parts: Vec<&str> = title.split(" · ").collect();
        for (i, part) in parts.iter().enumerate() {
            assert!(
                !part.trim().is_empty() && !parts[..i].contains(part),
                "{path} ({lang}): {title:?}"
            );
        }
        for name in ["Home Use Program", "Thuisgebruikprogramma"] {
            assert!(
                title.matches(name).count() <= 1,
                "{path} ({lang}) names the program twice: {title:?}"
            );
        }
    };
    for lang in ["en", "nl"] {
        for path in public {
            check(path, lang, &app.page_in(path, lang).await);
        }
    }
    app.sign_in_demo_admin(hup::demo::DEMO_ADMIN).await;
    for lang in ["en", "nl"] {
        for path in admin {
            let body = app.page_in(path, lang).await;
            assert!(body.contains("admin-nav"), "{path}: signed in as admin");
            check(path, lang, &body);
        }
    }
    app.sign_in_demo_employee().await;
    for lang in ["en", "nl"] {
        for path in employee {
            check(path, lang, &app.page_in(path, lang).await);
        }
    }
}
