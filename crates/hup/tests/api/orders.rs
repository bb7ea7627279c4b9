//! Step 4, shop (R18): `POST /api/v1/orders` with an `Idempotency-Key`, the employee's own
//! orders (R20), the regional stores and closed markets (R4, R5), and the same in the browser's
//! forms without JavaScript.

use hup::employees::demo::DEMO_EMPLOYEE_EMAIL;
use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, csrf_of, Mailbox, TestApp};

async fn order(app: &TestApp, token: &str, key: Option<&str>, body: Value) -> Response {
    let mut req = reqwest::Client::new()
        .post(app.url("/api/v1/orders"))
        .bearer_auth(token)
        .json(&body);
    if let Some(key) = key {
        req = req.header("Idempotency-Key", key);
    }
    req.send().await.expect("request")
}

/// `GET /api/v1/orders` as `token` sees it.
async fn orders_of(app: &TestApp, token: &str) -> Value {
    app.json_as("/api/v1/orders", token).await
}

fn family_year() -> Value {
    json!({"product": "m365-family", "term": "P1Y"})
}

/// The demo employee's offer `product`/`term` as `GET /api/v1/me/offers` lists it.
async fn offer(app: &TestApp, token: &str, product: &str, term: &str) -> Value {
    let offers: Value = app.json_as("/api/v1/me/offers", token).await;
    offers["offers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["product"] == product && o["term"] == term)
        .cloned()
        .unwrap_or_else(|| panic!("no offer {product} {term} in {offers}"))
}

/// Sets the demo employee's country before signing in, for the market rules (R4–R6).
async fn demo_employee_in(app: &TestApp, country: &str) -> String {
    sqlx::query("UPDATE employees SET country = $1 WHERE email = $2")
        .bind(country)
        .bind(DEMO_EMPLOYEE_EMAIL)
        .execute(app.db.pool())
        .await
        .unwrap();
    app.sign_in_demo_employee().await
}

#[tokio::test]
async fn r18_an_employee_buys_at_the_program_price_once_per_idempotency_key() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let shown = offer(&app, &token, "m365-family", "P1Y").await;

    let res = order(&app, &token, Some("key-1"), family_year()).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let placed: Value = res.json().await.unwrap();
    // Issue 13: without a payment provider an order is fulfilled at once, nothing taken.
    assert_eq!(placed["status"], "fulfilled");
    assert!(placed.get("payment").is_none() && placed.get("receipt").is_none());
    assert_eq!(placed["currency"], shown["currency"]);
    assert_eq!(placed["list_price_minor"], shown["list_price_minor"]);
    assert_eq!(placed["discount_percent"], shown["discount_percent"]);
    assert_eq!(
        placed["price_minor"], shown["price_minor"],
        "the price on /offers"
    );
    assert_eq!(placed["country"], "NL");
    let id = placed["id"].as_i64().unwrap();
    assert_eq!(placed["number"], format!("HUP-{id:06}"));

    // A retry (a timeout, a double click) gets the same order back, not a second one.
    let again = order(&app, &token, Some("key-1"), family_year()).await;
    assert_eq!(again.status(), StatusCode::OK);
    assert_eq!(again.json::<Value>().await.unwrap()["id"], id);
    // The same key for another purchase is a client error, never a silent old or new order.
    let other = json!({"product": "m365-family", "term": "P1M"});
    assert_problem(
        order(&app, &token, Some("key-1"), other.clone()).await,
        422,
        "idempotency-key-reused",
    )
    .await;
    // One licence of each product (issue 13): another product is a second order.
    let other = json!({"product": "m365-personal", "term": "P1Y"});
    let second = order(&app, &token, Some("key-2"), other).await;
    assert_eq!(second.status(), StatusCode::CREATED);
    let second_id = second.json::<Value>().await.unwrap()["id"]
        .as_i64()
        .unwrap();

    let list = orders_of(&app, &token).await;
    let ids: Vec<i64> = list["orders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![second_id, id], "two orders, newest first");
    let one = app
        .get_bearer_only(&format!("/api/v1/orders/{id}"), &token)
        .await;
    assert_eq!(one.status(), StatusCode::OK);
    assert_eq!(one.json::<Value>().await.unwrap()["term"], "P1Y");

    // R18, R19: the confirmation goes to the personal address, says to activate with it.
    let mailed = app
        .mailed(DEMO_EMPLOYEE_EMAIL, &format!("HUP-{id:06}"))
        .await;
    assert!(
        mailed.text.contains("persoonlijke account"),
        "Dutch, as the account: {}",
        mailed.text
    );
    assert!(
        mailed.text.contains(&format!("/orders/{id}")),
        "{}",
        mailed.text
    );
}

#[tokio::test]
async fn concurrent_retries_with_one_key_make_one_order() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let attempts = (0..8).map(|_| order(&app, &token, Some("same-key"), family_year()));
    let answers = futures_util::future::join_all(attempts).await;
    let mut ids = Vec::new();
    for res in answers {
        assert!(
            res.status() == 201 || res.status() == 200,
            "{}",
            res.status()
        );
        ids.push(res.json::<Value>().await.unwrap()["id"].as_i64().unwrap());
    }
    ids.dedup();
    assert_eq!(ids.len(), 1, "one order: {ids:?}");
    let list = orders_of(&app, &token).await;
    assert_eq!(list["orders"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn an_order_needs_a_key_a_sign_in_and_an_offer_of_the_employees_country() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    assert_problem(
        order(&app, &token, None, family_year()).await,
        400,
        "bad-request",
    )
    .await;
    assert_problem(
        order(&app, &token, Some("two words"), family_year()).await,
        400,
        "bad-request",
    )
    .await;
    let unknown = json!({"product": "m365-business", "term": "P1Y"});
    let problem = assert_problem(
        order(&app, &token, Some("k"), unknown).await,
        422,
        "offer-not-available",
    )
    .await;
    assert_eq!(problem["errors"][0]["field"], "product");
    assert_problem(
        order(&app, "not-a-session", Some("k"), family_year()).await,
        401,
        "unauthorized",
    )
    .await;
    let list = orders_of(&app, &token).await;
    assert_eq!(list["orders"], json!([]), "nothing was ordered");
}

#[tokio::test]
async fn r5_regional_store_offers_send_the_employee_there_and_r4_markets_sell_nothing() {
    let app = TestApp::spawn_demo().await;
    let token = demo_employee_in(&app, "CN").await;
    let shown = offer(&app, &token, "m365-family", "P1Y").await;
    let store = shown["store_url"]
        .as_str()
        .expect("CN sells through its store");
    let problem = assert_problem(
        order(&app, &token, Some("cn"), family_year()).await,
        409,
        "regional-store",
    )
    .await;
    assert!(
        problem["detail"].as_str().unwrap().contains(store),
        "{problem}"
    );

    let token = demo_employee_in(&app, "RU").await;
    let problem = assert_problem(
        order(&app, &token, Some("ru"), family_year()).await,
        409,
        "offers-unavailable",
    )
    .await;
    assert!(
        problem["detail"].as_str().unwrap().contains("not-offered"),
        "{problem}"
    );

    let token = demo_employee_in(&app, "JP").await;
    assert_problem(
        order(&app, &token, Some("jp"), family_year()).await,
        422,
        "offer-not-available",
    )
    .await;
}

#[tokio::test]
async fn r20_orders_are_seen_only_by_the_employee_who_placed_them() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let placed: Value = order(&app, &token, Some("mine"), family_year())
        .await
        .json()
        .await
        .unwrap();
    let id = placed["id"].as_i64().unwrap();

    // Another employee, signed in, without a grant: sees none of it and cannot buy.
    let other = app.signed_in_employee(&app, "piet@example.org").await;
    let res = app
        .get_bearer_only(&format!("/api/v1/orders/{id}"), &other)
        .await;
    assert_problem(res, 404, "not-found").await;
    let list = orders_of(&app, &other).await;
    assert_eq!(list["orders"], json!([]));
    assert_problem(
        order(&app, &other, Some("k"), family_year()).await,
        409,
        "offers-unavailable",
    )
    .await;

    // The organization's admin has no way in: an admin session is not an employee's.
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app.get_bearer_only("/api/v1/orders", &admin.token).await;
    assert_problem(res, 401, "unauthorized").await;
}

#[tokio::test]
async fn buying_from_the_offers_page_works_without_javascript_and_only_once() {
    let app = TestApp::spawn_demo().await;
    let (_, signed_out) = app.page("/signin").await;
    assert!(
        !signed_out.contains("site-nav"),
        "no employee navigation before sign-in"
    );
    app.sign_in_demo_employee().await; // the client keeps the session cookie
    let (status, empty) = app.page("/orders").await;
    assert_eq!(status, StatusCode::OK);
    assert!(empty.contains("id=\"no-orders\""), "a helpful empty state");

    let (status, html) = app.page("/offers?lang=en").await;
    assert_eq!(status, StatusCode::OK);
    // Issue 12: Buy leads to a review first; only the review's button orders.
    assert!(
        html.contains("action=\"/orders/review\"") && !html.contains("action=\"/orders\""),
        "a Buy form per offer, leading to the review"
    );
    let (status, review) = app
        .page("/orders/review?product=m365-family&term=P1Y&lang=en")
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(review.contains("action=\"/orders\""), "{review}");
    let csrf = csrf_of(&review);
    let form = [
        ("csrf", csrf.as_str()),
        ("product", "m365-family"),
        ("term", "P1Y"),
        ("key", "form-key-1"),
        ("consent", "yes"),
    ];
    let res = app.post_form("/orders", &form).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        to.starts_with("/orders/") && to.ends_with("?placed=1"),
        "{to}"
    );
    // Pressing Buy twice (the same form) makes no second order.
    let again = app.post_form("/orders", &form).await;
    assert_eq!(again.headers()["location"], to.as_str());

    let (status, page) = app.page(&to).await;
    assert_eq!(status, StatusCode::OK);
    assert!(page.contains("id=\"order-placed\""), "{page}");
    assert!(page.contains(DEMO_EMPLOYEE_EMAIL));
    let (_, nl) = app.page("/orders?lang=nl").await;
    assert!(nl.contains("Uw bestellingen"), "{nl}");
    // The signed-in employee's navigation marks where they are.
    assert!(
        nl.contains(r#"<a href="/orders" aria-current="page">Bestellingen</a>"#),
        "{nl}"
    );
    assert!(nl.contains(r#"<a href="/offers">Aanbiedingen</a>"#), "{nl}");
    assert_eq!(
        nl.matches("class=\"next-step\"").count(),
        1,
        "one order listed"
    );

    // A form without the CSRF token orders nothing.
    let forged = [
        ("product", "m365-family"),
        ("term", "P1M"),
        ("key", "form-key-2"),
    ];
    let res = app.post_form("/orders", &forged).await;
    assert_eq!(res.headers()["location"], "/offers?failed=form");
    let (_, nl) = app.page("/orders").await;
    assert_eq!(
        nl.matches("class=\"next-step\"").count(),
        1,
        "still one order"
    );
    let (_, offers) = app.page("/offers?failed=form&lang=en").await;
    assert!(offers.contains("id=\"order-failed\""));
    // Somebody else's order, or none, is a 404 page.
    let (status, _) = app.page("/orders/999999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// Issue 12 (R18): Buy shows a review of what is bought (product, term, country, list price,
/// discount, price to pay, how it renews, the terms) before anything is ordered; its button
/// carries the CSRF token and a fresh idempotency key. Nothing is ordered by looking.
#[tokio::test]
async fn buy_reviews_the_order_before_placing_it() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let year = offer(&app, &token, "m365-family", "P1Y").await;
    let (status, html) = app
        .page("/orders/review?product=m365-family&term=P1Y&lang=en")
        .await;
    assert_eq!(status, StatusCode::OK);
    for id in [
        "review-product",
        "review-term",
        "review-country",
        "review-list-price",
        "review-discount",
        "review-price",
        "review-renewal",
        "review-terms",
    ] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id} in {html}");
    }
    assert!(html.contains("Microsoft 365 Family"), "{html}");
    assert!(
        html.contains("Netherlands"),
        "the employee's country: {html}"
    );
    assert!(
        html.contains("renews every year at the program price"),
        "{html}"
    );
    assert!(html.contains("name=\"csrf\""), "{html}");
    assert!(html.contains("name=\"key\""), "{html}");
    assert!(year["price_minor"].as_i64().unwrap() < year["list_price_minor"].as_i64().unwrap());
    let month = app
        .page("/orders/review?product=m365-family&term=P1M&lang=nl")
        .await
        .1;
    assert!(month.contains("elke maand verlengd"), "{month}");
    // Looking orders nothing.
    assert_eq!(
        orders_of(&app, &token).await["orders"]
            .as_array()
            .unwrap()
            .len(),
        0
    );

    // What cannot be bought goes back to the offers with why; no 500, no order.
    for (query, failed) in [
        ("product=m365-e9&term=P1Y", "no-such-offer"),
        ("product=m365-family&term=P7Y", "no-such-offer"),
        ("", "no-such-offer"),
    ] {
        let res = app.get(&format!("/orders/review?{query}")).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{query}");
        assert_eq!(
            res.headers()["location"],
            format!("/offers?failed={failed}").as_str()
        );
    }
    // Signed out, the review asks to sign in.
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url("/orders/review?product=m365-family&term=P1Y"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(res.headers()["location"], "/signin");
}

/// Issue 12: an order on `/orders` says what to do next, linking its page (R19: activate with
/// the personal account).
#[tokio::test]
async fn the_orders_list_says_what_to_do_next() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let res = order(&app, &token, Some("next-1"), family_year()).await;
    assert_eq!(res.status(), StatusCode::CREATED);
    let id = res.json::<Value>().await.unwrap()["id"].as_i64().unwrap();
    let (_, html) = app.page("/orders?lang=en").await;
    let next = format!(
        "<a class=\"next-step\" href=\"/orders/{id}\">Activate with your personal account</a>"
    );
    assert!(html.contains(&next), "{html}");
    let (_, nl) = app.page("/orders?lang=nl").await;
    assert!(nl.contains("Activeer met uw persoonlijke account"), "{nl}");
}

/// Issue 12: a list price is struck through only when the price to pay differs from it, on
/// `/offers`, on the program page and on an order.
#[tokio::test]
async fn only_a_changed_price_strikes_through_the_list_price() {
    let app = TestApp::spawn_demo().await;
    let token = app.sign_in_demo_employee().await;
    let offers: Value = app.json_as("/api/v1/me/offers", &token).await;
    let offers = offers["offers"].as_array().unwrap();
    let discounted = offers
        .iter()
        .filter(|o| o["list_price_minor"] != o["price_minor"])
        .count();
    assert!(
        discounted < offers.len(),
        "the demo has an undiscounted offer"
    );
    let (_, html) = app.page("/offers?lang=en").await;
    assert_eq!(html.matches("<s>").count(), discounted, "{html}");
    let (_, program) = app.page("/?country=NL&lang=en").await;
    let rows = program.matches("data-label=\"Your price\"").count();
    assert!(rows > 0, "{program}");
    assert!(program.matches("<s>").count() < rows, "{program}");
}
