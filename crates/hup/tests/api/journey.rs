//! issue 12 (employee): journeys a newcomer can finish, walked through the pages the way
//! browsers without JavaScript do — each browser with its own cookies.

use reqwest::StatusCode;

use crate::employees::participating_organization;
use crate::helpers::{csrf_of, Mailbox, TestApp, EMPLOYEE_PASSWORD as PASSWORD};

/// One browser: its own cookie jar, no redirects followed.
struct Browser<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    csrf: String,
}

impl<'a> Browser<'a> {
    async fn open(app: &'a TestApp) -> Browser<'a> {
        let client = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        let mut browser = Browser {
            app,
            client,
            csrf: String::new(),
        };
        let html = browser.page("/register").await;
        browser.csrf = csrf_of(&html);
        browser
    }

    async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.app.url(path))
            .header("accept-language", "en")
            .send()
            .await
            .expect("request")
    }

    async fn page(&self, path: &str) -> String {
        self.get(path).await.text().await.unwrap()
    }

    /// Submits a form with this browser's CSRF token.
    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(self.app.url(path))
            .header("accept-language", "en")
            .form(&all)
            .send()
            .await
            .expect("request")
    }

    async fn sign_in(&self, email: &str) -> reqwest::Response {
        self.post("/signin", &[("email", email), ("password", PASSWORD)])
            .await
    }
}

fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_owned()
}

/// Creates and activates a personal account from `browser`, the link opened in `activator`.
async fn create_account(browser: &Browser<'_>, activator: &Browser<'_>, email: &str) {
    let res = browser
        .post(
            "/signin/create",
            &[("email", email), ("password", PASSWORD), ("country", "NL")],
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let token = browser
        .app
        .token_in_mail(email, "/account/confirm?token=")
        .await;
    let res = activator
        .post("/account/confirm", &[("token", &token)])
        .await;
    // issue 12: activating the account takes the employee to sign in.
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&res), "/signin?activated=1");
    let html = activator.page("/signin?activated=1").await;
    assert!(html.contains("Your account is active. Sign in"), "{html}");
}

fn has_grant(offers: &str) -> bool {
    offers.contains("your organization&#39;s benefit holds until")
}

/// issue 12: register on a laptop, confirm on a phone, create the account on the laptop:
/// the laptop's offers do not ask to confirm again. The confirmation signs nobody in, and a
/// third browser gets nothing from it.
#[tokio::test]
async fn issue12_confirming_on_another_device_continues_on_the_registering_one() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let laptop = Browser::open(&app).await;
    let phone = Browser::open(&app).await;
    let stranger = Browser::open(&app).await;

    let res = laptop
        .post("/register", &[("work_email", "ann@contoso.test")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    let pending = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("hup_pending="))
        .expect("the registering browser holds a pending-registration cookie")
        .to_owned();
    assert!(pending.contains("HttpOnly") && pending.contains("SameSite=Lax"));
    assert!(res.text().await.unwrap().contains("href=\"/signin\""));

    let token = app
        .token_in_mail("ann@contoso.test", "/confirm?token=")
        .await;
    let res = phone.post("/confirm", &[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    // Confirming signs nobody in: the phone and the laptop have no session.
    assert_eq!(location(&phone.get("/account").await), "/signin");
    assert_eq!(location(&laptop.get("/account").await), "/signin");

    // The laptop's sign-in page knows the address is confirmed.
    let html = laptop.page("/signin").await;
    assert!(
        html.contains("Your work address ann@contoso.test is confirmed"),
        "{html}"
    );
    assert!(!stranger
        .page("/signin")
        .await
        .contains("ann@contoso.test is confirmed"));

    create_account(&laptop, &laptop, "ann@home.test").await;
    let res = laptop.sign_in("ann@home.test").await;
    assert_eq!(location(&res), "/offers");
    let offers = laptop.page("/offers").await;
    assert!(has_grant(&offers), "the laptop holds the benefit: {offers}");

    // The phone, signed in to the same account, continues too, without a failed claim.
    let res = phone.sign_in("ann@home.test").await;
    assert_eq!(location(&res), "/offers", "the phone continues as well");
    assert!(has_grant(&phone.page("/offers").await));

    // A third browser with another account gets nothing from the confirmation.
    create_account(&stranger, &stranger, "eve@home.test").await;
    let res = stranger.sign_in("eve@home.test").await;
    assert_eq!(location(&res), "/offers");
    assert!(!has_grant(&stranger.page("/offers").await));
    let bound: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM grants WHERE ended_at IS NULL")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(bound, 1);
}

/// issue 12: the other way round — the phone confirms and signs in first; the laptop that
/// registered, signed in to the same account, is not refused.
#[tokio::test]
async fn issue12_when_the_confirming_device_binds_first_the_registering_one_goes_on() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let laptop = Browser::open(&app).await;
    let phone = Browser::open(&app).await;
    laptop
        .post("/register", &[("work_email", "bo@contoso.test")])
        .await;
    let token = app
        .token_in_mail("bo@contoso.test", "/confirm?token=")
        .await;
    phone.post("/confirm", &[("token", &token)]).await;
    create_account(&phone, &phone, "bo@home.test").await;
    assert_eq!(location(&phone.sign_in("bo@home.test").await), "/offers");
    let offers = phone.page("/offers").await;
    assert!(has_grant(&offers), "{offers}");
    assert_eq!(location(&laptop.sign_in("bo@home.test").await), "/offers");
    assert!(has_grant(&laptop.page("/offers").await));
}

/// issue 12: a registration not confirmed yet keeps waiting: signing in first and confirming
/// later on another device still reaches the registering browser.
#[tokio::test]
async fn issue12_a_signed_in_registering_browser_binds_once_the_phone_confirms() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let laptop = Browser::open(&app).await;
    let phone = Browser::open(&app).await;
    create_account(&laptop, &laptop, "cy@home.test").await;
    assert_eq!(location(&laptop.sign_in("cy@home.test").await), "/offers");
    let res = laptop
        .post("/register", &[("work_email", "cy@contoso.test")])
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    // Nothing confirmed yet: continuing changes nothing.
    assert_eq!(location(&laptop.get("/signin").await), "/offers");
    assert!(!has_grant(&laptop.page("/offers").await));
    let token = app
        .token_in_mail("cy@contoso.test", "/confirm?token=")
        .await;
    phone.post("/confirm", &[("token", &token)]).await;
    // "Continue" on the sent page leads to /signin, which binds it for the signed-in laptop.
    assert_eq!(location(&laptop.get("/signin").await), "/offers");
    assert!(has_grant(&laptop.page("/offers").await));
}

/// issue 12: `/`, `/register` and the signed-out page link to `/signin`.
#[tokio::test]
async fn issue12_the_way_back_in_is_linked_from_the_start_pages() {
    let app = TestApp::spawn().await;
    let browser = Browser::open(&app).await;
    // `?lang=nl` sticks in the browser: English first.
    for path in ["/", "/register", "/?lang=nl", "/register?lang=nl"] {
        let html = browser.page(path).await;
        assert!(
            html.contains("href=\"/signin\" id=\"signin-link\""),
            "{path}: {html}"
        );
    }
    assert!(browser
        .page("/?lang=en")
        .await
        .contains("Already have a personal account? Sign in"));
    assert!(browser
        .page("/?lang=nl")
        .await
        .contains("Hebt u al een persoonlijke account? Meld u aan"));
    // Signing out lands on `/`, which links to sign-in.
    let res = browser.post("/signout", &[]).await;
    assert_eq!(location(&res), "/");
}

/// issue 12: a consumer address is not called an organization, on the API and the page.
#[tokio::test]
async fn issue12_a_consumer_address_is_told_to_use_the_work_address() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let res = app
        .post_bearer_only(
            "/api/v1/registrations",
            None,
            serde_json::json!({"work_email": "someone@gmail.com"}),
        )
        .await;
    let body = crate::helpers::assert_problem(res, 422, "consumer-domain").await;
    assert_eq!(body["errors"][0]["field"], "work_email");
    let browser = Browser::open(&app).await;
    let res = browser
        .post("/register", &[("work_email", "someone@gmail.com")])
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("Use your work address"), "{html}");
    assert!(!html.contains("does not take part"), "{html}");
    let res = browser
        .post("/register?lang=nl", &[("work_email", "someone@gmail.com")])
        .await;
    assert!(res.text().await.unwrap().contains("Gebruik uw werkadres"));
}

/// issue 12: a used, unknown or missing link shows no button, says what happened and how to
/// start again; opening it changes nothing.
#[tokio::test]
async fn issue12_used_unknown_and_missing_links_offer_a_way_to_start_again() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let browser = Browser::open(&app).await;
    let no_button =
        |html: &str| !html.contains("type=\"submit\">Confirm<") && !html.contains("name=\"token\"");

    for path in [
        "/confirm",
        "/confirm?token=nonsense",
        "/account/confirm",
        "/account/confirm?token=nonsense",
        "/account/reset?token=nonsense",
    ] {
        let res = browser.get(path).await;
        assert_eq!(res.status(), StatusCode::OK, "{path}");
        assert_eq!(res.headers()["referrer-policy"], "no-referrer", "{path}");
        let html = res.text().await.unwrap();
        assert!(no_button(&html), "{path}: {html}");
        assert!(html.contains("This link cannot be used"), "{path}: {html}");
        assert!(html.contains("href=\"/signin\""), "{path}: {html}");
    }
    assert!(browser
        .page("/confirm")
        .await
        .contains("href=\"/register\""));
    assert!(browser
        .page("/account/reset?token=nonsense")
        .await
        .contains("href=\"/account/reset\""));
    let dutch = Browser::open(&app).await;
    assert!(dutch
        .page("/confirm?token=x&lang=nl")
        .await
        .contains("Deze link kan niet worden gebruikt"));

    // An open link shows its button; GET changed nothing, so it still does; once used, the
    // page says so.
    browser
        .post("/register", &[("work_email", "di@contoso.test")])
        .await;
    let token = app
        .token_in_mail("di@contoso.test", "/confirm?token=")
        .await;
    let open = browser.page(&format!("/confirm?token={token}")).await;
    assert!(open.contains("name=\"token\""), "{open}");
    let open = browser.page(&format!("/confirm?token={token}")).await;
    assert!(open.contains("name=\"token\""), "GET changes nothing");
    let res = browser.post("/confirm", &[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let used = browser.page(&format!("/confirm?token={token}")).await;
    assert!(no_button(&used), "{used}");
    assert!(used.contains("This link was used already"), "{used}");
    // Pressing a used link's button (an old tab) says the same kind of thing, no button.
    let res = browser.post("/confirm", &[("token", &token)]).await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(
        no_button(&html) && html.contains("href=\"/register\""),
        "{html}"
    );

    // A newer registration replaces the link: it reads as gone.
    browser
        .post("/register", &[("work_email", "ed@contoso.test")])
        .await;
    let first = app
        .token_in_mail("ed@contoso.test", "/confirm?token=")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    browser
        .post("/register", &[("work_email", "ed@contoso.test")])
        .await;
    for _ in 0..100 {
        if app.mails_to("ed@contoso.test").len() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    let replaced = browser.page(&format!("/confirm?token={first}")).await;
    assert!(replaced.contains("a newer link was sent"), "{replaced}");

    // The account link, once used, reads as gone.
    create_account(&browser, &browser, "di@home.test").await;
    let token = app
        .token_in_mail("di@home.test", "/account/confirm?token=")
        .await;
    let html = browser
        .page(&format!("/account/confirm?token={token}"))
        .await;
    assert!(
        no_button(&html) && html.contains("it was used already"),
        "{html}"
    );
}

/// issue 12: account creation shows every field's error at once, on the page and the API.
#[tokio::test]
async fn issue12_account_creation_shows_every_fields_error_at_once() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let browser = Browser::open(&app).await;
    let res = browser
        .post(
            "/signin/create",
            &[
                ("email", "not an address"),
                ("password", "short"),
                ("country", "XX"),
            ],
        )
        .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("id=\"create-email-error\""), "{html}");
    assert!(html.contains("id=\"create-password-error\""), "{html}");
    assert!(html.contains("Choose the country you live in."), "{html}");

    let res = app
        .create_account(serde_json::json!({
            "email": "jan@contoso.test",
            "password": "password",
            "country": "NL",
            "display_name": "n".repeat(101),
        }))
        .await;
    let body = crate::helpers::assert_problem(res, 422, "work-address-as-personal").await;
    let fields: Vec<&str> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["email", "display_name", "password"], "{body}");
}

/// issue 12: waits are said the way people say them, in both languages (no "1 seconds").
#[tokio::test]
async fn issue12_a_throttled_form_says_the_wait_in_words() {
    let app = TestApp::spawn().await;
    participating_organization(&app).await;
    let browser = Browser::open(&app).await;
    let mut last = None;
    for _ in 0..30 {
        let res = browser
            .post("/register", &[("work_email", "fi@contoso.test")])
            .await;
        if res.status() == StatusCode::TOO_MANY_REQUESTS {
            last = Some(res);
            break;
        }
    }
    let res = last.expect("the registration throttle answers");
    let seconds: u64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    let html = res.text().await.unwrap();
    assert!(!html.contains(" seconds."), "{html}");
    let expected = if seconds < 60 {
        "Try again in".to_owned()
    } else {
        "Try again in about".to_owned()
    };
    assert!(html.contains(&expected), "{seconds}: {html}");
    assert!(!html.contains(&format!("{seconds} seconds")), "{html}");
}
