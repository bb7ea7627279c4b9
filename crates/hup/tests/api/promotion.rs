//! R13, R14: the promotion kit of the admin center — flyers, email and newsletter copy and tips,
//! in the language the admin picks, carrying the organization's employee link; only while
//! employees can use the benefit, and only for the organization's own admins.

use reqwest::{Response, StatusCode};
use serde_json::{json, Value};

use crate::helpers::{assert_problem, TestApp};

/// The employee link of every test app (`HUP_BASE_URL` is `http://hup.test`).
const LINK: &str = "http://hup.test/";
const PROMOTE: &str = "/admin/billing/benefits/hup/promote";

fn promotion_path(tenant: i64, query: &str) -> String {
    format!("/api/v1/tenants/{tenant}/benefits/hup/promotion{query}")
}

/// A browser's GET: the admin's session cookie, no redirects followed.
async fn browse(app: &TestApp, path: &str, admin_token: Option<&str>) -> Response {
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut req = client.get(app.url(path));
    if let Some(token) = admin_token {
        req = req.header("cookie", format!("hup_admin={token}"));
    }
    req.send().await.unwrap()
}

fn header(res: &Response, name: &str) -> String {
    res.headers()
        .get(name)
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

async fn kit(app: &TestApp, tenant: i64, token: &str, material: &str) -> Value {
    let res = app
        .get_bearer_only(
            &promotion_path(tenant, &format!("?material={material}")),
            token,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    res.json().await.unwrap()
}

#[tokio::test]
async fn r13_r14_dutch_and_english_material_differ_and_carry_the_employee_link() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let nl = kit(&app, admin.tenant, &admin.token, "nl").await;
    let en = kit(&app, admin.tenant, &admin.token, "en").await;

    assert_eq!(nl["language"], "nl");
    assert_eq!(en["language"], "en");
    for k in [&nl, &en] {
        assert_eq!(k["employee_link"], LINK);
        for piece in [
            &k["email"]["body"],
            &k["newsletter"],
            &k["flyer_html"],
            &k["intranet_html"],
        ] {
            let piece = piece.as_str().unwrap();
            assert!(piece.contains(LINK), "{piece}");
            assert!(piece.contains("Contoso Ltd."), "{piece}");
        }
    }
    assert_eq!(
        en["email"]["subject"],
        "New for you: software for home at a discount"
    );
    assert_eq!(
        nl["email"]["subject"],
        "Nieuw voor u: software voor thuis met korting"
    );
    let en_body = en["email"]["body"].as_str().unwrap();
    let nl_body = nl["email"]["body"].as_str().unwrap();
    assert!(
        en_body.starts_with("Dear colleague,\n\nContoso Ltd. takes part in the Home Use Program."),
        "{en_body}"
    );
    assert!(
        nl_body
            .starts_with("Beste collega,\n\nContoso Ltd. doet mee aan het Thuisgebruikprogramma."),
        "{nl_body}"
    );
    // The steps of R15–R17, with R19: the personal account, never the work account.
    assert!(en_body.contains(&format!(
        "1. Register: go to {LINK}, select “Get started” and enter your work email address.\n\
         2. Confirm: open the link we send to your work address.\n\
         3. Sign in with your personal account, tied to a personal email address — never your work account — and see your discounts.\n"
    )), "{en_body}");
    assert!(nl_body.contains("nooit uw werkaccount"), "{nl_body}");
    assert!(en_body.contains(&format!(
        "The current discounts on every product are on the program page: {LINK}"
    )));
    assert!(
        en_body.ends_with("Kind regards,\nThe IT team of Contoso Ltd.\n"),
        "{en_body:?}"
    );
    assert!(nl["newsletter"]
        .as_str()
        .unwrap()
        .starts_with("Software voor thuis met korting, via Contoso Ltd.\n\n"));
    assert!(nl["flyer_html"]
        .as_str()
        .unwrap()
        .contains("<html lang=\"nl\">"));
    assert!(en["flyer_html"]
        .as_str()
        .unwrap()
        .contains("<html lang=\"en\">"));
    assert!(nl["intranet_html"]
        .as_str()
        .unwrap()
        .starts_with("<section lang=\"nl\""));
    assert_eq!(
        en["guidance"][0],
        "Send the email to everyone as soon as the benefit is on, and repeat it in the newsletter a few months later."
    );
    assert_eq!(nl["guidance"].as_array().unwrap().len(), 6);
    assert_ne!(en["guidance"], nl["guidance"]);

    // Without `material` the kit is in the request's language.
    let res = app
        .client
        .get(app.url(&promotion_path(admin.tenant, "")))
        .bearer_auth(&admin.token)
        .header("accept-language", "nl-NL,nl;q=0.9")
        .send()
        .await
        .unwrap();
    assert_eq!(res.json::<Value>().await.unwrap()["language"], "nl");

    // The call is in the OpenAPI document.
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(doc["paths"]["/api/v1/tenants/{tenant}/benefits/hup/promotion"]["get"].is_object());
}

#[tokio::test]
async fn r14_the_page_offers_the_material_in_a_language_other_than_its_own() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;

    // The HUP tab links to the kit.
    let tab = browse(
        &app,
        "/admin/billing/benefits/hup?lang=en",
        Some(&admin.token),
    )
    .await;
    let html = tab.text().await.unwrap();
    assert!(
        html.contains(&format!(
            "<a href=\"{PROMOTE}\" id=\"promote-link\">Promote the program to your employees</a>"
        )),
        "{html}"
    );

    // An English page with Dutch material.
    let res = browse(
        &app,
        &format!("{PROMOTE}?lang=en&material=nl"),
        Some(&admin.token),
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<h1>Promote the program</h1>"), "{html}");
    assert!(html.contains("Material in Dutch"));
    assert!(html.contains("<select id=\"material\" name=\"material\">"));
    assert!(
        html.contains("<option value=\"nl\" selected>Dutch</option>"),
        "{html}"
    );
    assert!(html.contains("<option value=\"en\">English</option>"));
    assert!(html.contains(&format!("href=\"{PROMOTE}/flyer?material=nl\"")));
    assert!(html.contains(&format!(
        "href=\"{PROMOTE}/flyer?material=nl&amp;download=1\""
    )));
    assert!(html.contains(&format!("href=\"{PROMOTE}/intranet?material=nl\"")));
    assert!(html.contains(&format!("href=\"{PROMOTE}/email?material=nl\"")));
    assert!(html.contains(&format!("href=\"{PROMOTE}/newsletter?material=nl\"")));
    assert!(html.contains("Nieuw voor u: software voor thuis met korting"));
    assert!(html.contains("The material points your employees to http://hup.test/."));
    // The tips are in the page's language.
    assert!(html.contains("Tips for promoting the program"));
    assert!(html.contains("Print the flyer for notice boards and break rooms"));

    // A Dutch page with English material.
    let res = browse(
        &app,
        &format!("{PROMOTE}?lang=nl&material=en"),
        Some(&admin.token),
    )
    .await;
    let html = res.text().await.unwrap();
    assert!(
        html.contains("<h1>Het programma bekendmaken</h1>"),
        "{html}"
    );
    assert!(html.contains("Materiaal in het Engels"));
    assert!(html.contains("<option value=\"en\" selected>Engels</option>"));
    assert!(html.contains("New for you: software for home at a discount"));
    assert!(html.contains("Print de flyer voor prikborden en kantines"));
    assert!(html.contains(&format!("href=\"{PROMOTE}/email?material=en\"")));

    // No language to pick: the page's own.
    let html = browse(&app, &format!("{PROMOTE}?lang=nl"), Some(&admin.token))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("<option value=\"nl\" selected>Nederlands</option>"));
}

#[tokio::test]
async fn r13_downloads_have_their_content_type_and_file_name() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let token = Some(admin.token.as_str());

    // A piece the kit does not have is a 404 page, not an empty download.
    let res = browse(&app, &format!("{PROMOTE}/poster?material=nl"), token).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert!(header(&res, "content-disposition").is_empty());

    // The printable flyer opens in the browser: a page of its own, A4, without the site.
    let res = browse(&app, &format!("{PROMOTE}/flyer?material=nl"), token).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-type"), "text/html; charset=utf-8");
    assert_eq!(
        header(&res, "content-disposition"),
        "inline; filename=\"hup-flyer-nl.html\""
    );
    let flyer = res.text().await.unwrap();
    assert!(
        flyer.starts_with("<!doctype html>\n<html lang=\"nl\">"),
        "{flyer}"
    );
    assert!(flyer.contains("@page { size: A4;"));
    assert!(flyer.contains("<h1>Software voor thuis, met korting</h1>"));
    assert!(flyer.contains(&format!("<a href=\"{LINK}\">{LINK}</a>")));
    assert!(flyer.contains(
        "Aanmelden: ga naar http://hup.test/, kies „Aan de slag” en vul uw werkadres in."
    ));
    assert!(flyer.contains(
        "De actuele kortingen op elk product staan op de programmapagina: http://hup.test/"
    ));
    assert!(!flyer.contains("/static/style.css"), "no site chrome");
    assert!(!flyer.contains("admin-nav"));

    let res = browse(
        &app,
        &format!("{PROMOTE}/flyer?material=nl&download=1"),
        token,
    )
    .await;
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-flyer-nl.html\""
    );
    assert_eq!(res.text().await.unwrap(), flyer);

    let res = browse(&app, &format!("{PROMOTE}/intranet?material=nl"), token).await;
    assert_eq!(header(&res, "content-type"), "text/html; charset=utf-8");
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-intranet-nl.html\""
    );
    let snippet = res.text().await.unwrap();
    assert!(snippet.starts_with("<section lang=\"nl\""), "{snippet}");
    assert!(!snippet.contains("<html"));
    assert!(snippet.contains(&format!("<a href=\"{LINK}\"")));

    let res = browse(&app, &format!("{PROMOTE}/email?material=nl"), token).await;
    assert_eq!(header(&res, "content-type"), "text/plain; charset=utf-8");
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-email-nl.txt\""
    );
    let email = res.text().await.unwrap();
    assert!(
        email.starts_with(
            "Subject: Nieuw voor u: software voor thuis met korting\n\nBeste collega,\n"
        ),
        "{email}"
    );
    assert!(email.contains(LINK));

    let res = browse(&app, &format!("{PROMOTE}/newsletter?material=en"), token).await;
    assert_eq!(header(&res, "content-type"), "text/plain; charset=utf-8");
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-newsletter-en.txt\""
    );
    let newsletter = res.text().await.unwrap();
    assert!(
        newsletter.starts_with("Software for home at a discount, through Contoso Ltd.\n\n"),
        "{newsletter}"
    );
    assert!(
        newsletter.ends_with(&format!("Start at {LINK}\n")),
        "{newsletter:?}"
    );
}

#[tokio::test]
async fn r13_no_kit_while_employees_cannot_use_the_benefit() {
    let app = TestApp::spawn_demo().await;

    // Fabrikam does not qualify.
    let fabrikam = app.sign_in_demo_admin("admin@fabrikam.example").await;
    let res = app
        .get_bearer_only(
            &promotion_path(fabrikam.tenant, "?material=nl"),
            &fabrikam.token,
        )
        .await;
    assert_problem(res, 409, "benefit-not-active").await;
    let res = browse(&app, &format!("{PROMOTE}?lang=en"), Some(&fabrikam.token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("Your organization does not qualify at the moment."),
        "{html}"
    );
    assert!(!html.contains("/promote/flyer"));
    assert!(!html.contains("/promote/email"));
    assert!(!html.contains("http://hup.test/"));
    // The tips stay.
    assert!(html.contains("Tips for promoting the program"));
    for piece in ["flyer", "intranet", "email", "newsletter"] {
        let res = browse(
            &app,
            &format!("{PROMOTE}/{piece}?material=nl&download=1&lang=en"),
            Some(&fabrikam.token),
        )
        .await;
        assert_eq!(res.status(), StatusCode::CONFLICT, "{piece}");
        assert_eq!(header(&res, "content-type"), "text/html; charset=utf-8");
        assert_eq!(header(&res, "content-disposition"), "", "{piece}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("Your organization does not qualify at the moment."));
    }

    // Contoso qualifies, but its admin switches the benefit off.
    let contoso = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app
        .client
        .patch(app.url(&format!("/api/v1/tenants/{}/benefits/hup", contoso.tenant)))
        .bearer_auth(&contoso.token)
        .json(&json!({"enabled": false}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
    let res = app
        .get_bearer_only(
            &promotion_path(contoso.tenant, "?material=en"),
            &contoso.token,
        )
        .await;
    assert_problem(res, 409, "benefit-not-active").await;
    let html = browse(&app, &format!("{PROMOTE}?lang=en"), Some(&contoso.token))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("Switch the benefit on first."), "{html}");
    assert!(!html.contains("/promote/flyer"));
    let res = browse(
        &app,
        &format!("{PROMOTE}/email?material=en"),
        Some(&contoso.token),
    )
    .await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_kit_is_for_the_organizations_own_signed_in_admins() {
    let app = TestApp::spawn_demo().await;
    let contoso = app.sign_in_demo_admin("admin@contoso.example").await;
    let fabrikam = app.sign_in_demo_admin("admin@fabrikam.example").await;
    assert_ne!(contoso.tenant, fabrikam.tenant);

    // Another tenant's admin: 404, as for the tenant's other calls.
    let res = app
        .get_bearer_only(
            &promotion_path(contoso.tenant, "?material=nl"),
            &fabrikam.token,
        )
        .await;
    assert_problem(res, 404, "not-found").await;
    let res = app
        .get_bearer_only(
            &promotion_path(fabrikam.tenant, "?material=nl"),
            &contoso.token,
        )
        .await;
    assert_problem(res, 404, "not-found").await;

    // Not signed in: 401 from the API, the sign-in page for the pages and files.
    let res = reqwest::Client::new()
        .get(app.url(&promotion_path(contoso.tenant, "?material=nl")))
        .send()
        .await
        .unwrap();
    assert_problem(res, 401, "unauthorized").await;
    for path in [
        PROMOTE.to_owned(),
        format!("{PROMOTE}?material=nl"),
        format!("{PROMOTE}/flyer?material=nl"),
        format!("{PROMOTE}/intranet?material=nl"),
        format!("{PROMOTE}/email?material=nl"),
        format!("{PROMOTE}/newsletter?material=nl"),
    ] {
        let res = browse(&app, &path, None).await;
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{path}");
        assert_eq!(header(&res, "location"), "/admin/signin", "{path}");
    }
    let res = browse(
        &app,
        &format!("{PROMOTE}/email?material=nl"),
        Some("forged"),
    )
    .await;
    assert_eq!(header(&res, "location"), "/admin/signin");
}

#[tokio::test]
async fn r14_a_language_without_material_is_refused() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;

    let res = app
        .get_bearer_only(&promotion_path(admin.tenant, "?material=pt"), &admin.token)
        .await;
    let problem = assert_problem(res, 422, "unknown-material-language").await;
    assert_eq!(problem["errors"][0]["field"], "material");
    assert_eq!(
        problem["errors"][0]["reason"],
        "there is no material in \"pt\"; choose one of en, nl, de, fr, es, ja"
    );

    let res = browse(
        &app,
        &format!("{PROMOTE}?lang=en&material=pt"),
        Some(&admin.token),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = res.text().await.unwrap();
    assert!(html.contains("There is no material in that language. Choose one of the list."));
    let res = browse(
        &app,
        &format!("{PROMOTE}/email?material=pt"),
        Some(&admin.token),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(header(&res, "content-disposition"), "");
}

/// The files of a zip, by name.
fn unzip(bytes: &[u8]) -> std::collections::BTreeMap<String, Vec<u8>> {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut files = std::collections::BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        files.insert(name, data);
    }
    files
}

/// Issue 17 (R13, R14): the whole kit in one language is one zip, every piece at its root, in
/// the chosen language, naming the organization and carrying the employee link. `.ci/run`
/// reads the PDFs back with pdftotext and decodes their QR codes (scripts/kit-check.sh).
#[tokio::test]
async fn r14_the_kit_downloads_as_one_zip_in_the_chosen_language() {
    let app = TestApp::spawn_demo().await;
    let admin = app.sign_in_demo_admin("admin@contoso.example").await;
    let res = app
        .get_bearer_only(
            &promotion_path(admin.tenant, "/kit.zip?lang=ja"),
            &admin.token,
        )
        .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-type"), "application/zip");
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-kit-ja.zip\""
    );
    assert_eq!(header(&res, "cache-control"), "private, no-store");
    let files = unzip(&res.bytes().await.unwrap());
    let names: Vec<&str> = files.keys().map(String::as_str).collect();
    for name in [
        "flyer-a4.pdf",
        "flyer-letter.pdf",
        "flyer.png",
        "email.html",
        "email.txt",
        "newsletter.html",
        "newsletter.txt",
        "intranet.html",
        "guidance.pdf",
    ] {
        assert!(names.contains(&name), "{name} missing: {names:?}");
    }
    for pdf in ["flyer-a4.pdf", "flyer-letter.pdf", "guidance.pdf"] {
        let bytes = &files[pdf];
        assert!(bytes.starts_with(b"%PDF-"), "{pdf}");
        // Subset fonts keep each PDF small, even in Japanese.
        assert!(bytes.len() < 400_000, "{pdf}: {} bytes", bytes.len());
        assert!(
            String::from_utf8_lossy(bytes).contains("/Lang (ja)"),
            "{pdf}"
        );
    }
    assert!(files["flyer.png"].starts_with(b"\x89PNG"));
    let email = String::from_utf8(files["email.html"].clone()).unwrap();
    assert!(email.contains("<html lang=\"ja\">"), "{email}");
    assert!(
        email.contains("Contoso Ltd. はホーム ユース プログラムに参加しています。"),
        "{email}"
    );
    assert!(email.contains(&format!("<a href=\"{LINK}\"")), "{email}");
    let text = String::from_utf8(files["email.txt"].clone()).unwrap();
    assert!(
        text.starts_with("Subject: 新しい福利厚生: 家庭用ソフトウェアを割引価格で\n"),
        "{text}"
    );
    let newsletter = String::from_utf8(files["newsletter.html"].clone()).unwrap();
    assert!(
        newsletter.starts_with("<article lang=\"ja\""),
        "{newsletter}"
    );
    let intranet = String::from_utf8(files["intranet.html"].clone()).unwrap();
    assert!(intranet.starts_with("<section lang=\"ja\""), "{intranet}");

    // German is German.
    let res = app
        .get_bearer_only(
            &promotion_path(admin.tenant, "/kit.zip?lang=de"),
            &admin.token,
        )
        .await;
    let files = unzip(&res.bytes().await.unwrap());
    let text = String::from_utf8(files["email.txt"].clone()).unwrap();
    assert!(
        text.starts_with("Subject: Neu für Sie: Software für zu Hause mit Rabatt\n\nLiebe Kollegin, lieber Kollege,\n"),
        "{text}"
    );

    // The call is in the OpenAPI document.
    let doc: Value = app.get("/api/v1/openapi.json").await.json().await.unwrap();
    assert!(
        doc["paths"]["/api/v1/tenants/{tenant}/benefits/hup/promotion/kit.zip"]["get"].is_object()
    );
}

#[tokio::test]
async fn r14_the_kit_zip_is_refused_for_other_tenants_unknown_languages_and_an_inactive_benefit() {
    let app = TestApp::spawn_demo().await;
    let contoso = app.sign_in_demo_admin("admin@contoso.example").await;
    let fabrikam = app.sign_in_demo_admin("admin@fabrikam.example").await;

    let res = app
        .get_bearer_only(
            &promotion_path(contoso.tenant, "/kit.zip?lang=en"),
            &fabrikam.token,
        )
        .await;
    assert_problem(res, 404, "not-found").await;
    let res = app
        .get_bearer_only(
            &promotion_path(contoso.tenant, "/kit.zip?lang=pt"),
            &contoso.token,
        )
        .await;
    let problem = assert_problem(res, 422, "unknown-material-language").await;
    assert_eq!(problem["errors"][0]["field"], "lang");
    // Fabrikam does not qualify: no kit, since every piece carries the employee link.
    let res = app
        .get_bearer_only(
            &promotion_path(fabrikam.tenant, "/kit.zip?lang=en"),
            &fabrikam.token,
        )
        .await;
    assert_problem(res, 409, "benefit-not-active").await;

    // The page's download: signed in, a zip; the language cookie is left alone.
    let kit = format!("{PROMOTE}/kit.zip?lang=fr");
    let res = browse(&app, &kit, Some(&contoso.token)).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header(&res, "content-type"), "application/zip");
    assert_eq!(
        header(&res, "content-disposition"),
        "attachment; filename=\"hup-kit-fr.zip\""
    );
    assert!(
        !header(&res, "set-cookie").contains("hup_lang"),
        "a download does not switch the admin's pages to French"
    );
    assert!(unzip(&res.bytes().await.unwrap()).contains_key("guidance.pdf"));
    let res = browse(&app, &kit, Some(&fabrikam.token)).await;
    assert_eq!(res.status(), StatusCode::CONFLICT);
    assert_eq!(header(&res, "content-disposition"), "");
    let res = browse(
        &app,
        &format!("{PROMOTE}/kit.zip?lang=pt"),
        Some(&contoso.token),
    )
    .await;
    assert_eq!(res.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let res = browse(&app, &kit, None).await;
    assert_eq!(res.status(), StatusCode::SEE_OTHER);
    assert_eq!(header(&res, "location"), "/admin/signin");

    // The promote page offers the zip in the chosen material's language.
    let html = browse(
        &app,
        &format!("{PROMOTE}?lang=en&material=ja"),
        Some(&contoso.token),
    )
    .await
    .text()
    .await
    .unwrap();
    assert!(
        html.contains(&format!("href=\"{PROMOTE}/kit.zip?lang=ja\"")),
        "{html}"
    );
    assert!(
        html.contains("Download the kit in Japanese (zip)"),
        "{html}"
    );
    assert!(
        html.contains("<option value=\"ja\" selected>Japanese</option>"),
        "{html}"
    );
    assert!(
        html.contains("<option value=\"de\">German</option>"),
        "{html}"
    );
}
