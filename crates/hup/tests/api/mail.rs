use std::collections::HashSet;
use std::time::Duration;

use hup::config::MailTransportConfig;
use hup::i18n::Locale;
use hup::mail::transport::Transport;
use hup::mail::worker::{OutboxWorker, Wakeup};
use hup::mail::{self, DemoWelcome};
use hup::store::{meta, outbox, Db};
use sqlx::Row;
use tokio::sync::watch;

use crate::helpers::{fresh_database_url, test_config, Spawn, TestApp};
use crate::smtp::{closed_port, SmtpServer};

#[tokio::test]
async fn smtp_delivers_each_message_once_in_the_recipients_language() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        mail: Some(format!("smtp://127.0.0.1:{}", smtp.port)),
        ..Default::default()
    })
    .await;
    let got = smtp.wait_for(2, 10).await;
    assert_eq!(got.len(), 2);
    // Give a duplicate every chance to show up.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let got = smtp.messages();
    assert_eq!(got.len(), 2, "each message is sent once");
    let dutch = got
        .iter()
        .find(|m| m.to == ["jan@contoso.example"])
        .expect("mail to jan");
    assert!(dutch.data.contains("Content-Language: nl"));
    assert!(dutch
        .data
        .contains("Uw demo van het Thuisgebruikprogramma staat klaar"));
    assert!(dutch.from.starts_with("no-reply@"));
    let counts = outbox::counts(&app.db).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (0, 2));
}

#[tokio::test]
async fn with_smtp_down_the_change_commits_and_the_mail_goes_out_once_smtp_is_back() {
    let port = closed_port().await;
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        mail: Some(format!("smtp://127.0.0.1:{port}")),
        ..Default::default()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    // The change (the demo data) is committed although no mail could leave.
    let mut tx = app.db.begin_write().await.unwrap();
    assert!(
        !meta::insert_once(&mut tx, "demo_loaded", "1")
            .await
            .unwrap(),
        "demo data committed"
    );
    tx.rollback().await.unwrap();
    let counts = outbox::counts(&app.db).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (2, 0));

    let smtp = SmtpServer::start_on(port).await;
    let got = smtp.wait_for(2, 20).await;
    assert_eq!(got.len(), 2, "both messages arrive once SMTP is back");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(smtp.messages().len(), 2, "and only once");
    let counts = outbox::counts(&app.db).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (0, 2));
}

#[tokio::test]
async fn two_workers_on_one_database_never_send_a_message_twice() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database_url(dir.path()).await;
    let smtp = SmtpServer::start().await;
    let config = test_config(&url, &format!("smtp://127.0.0.1:{}", smtp.port));
    let first = Db::connect(&config.database).await.unwrap();
    first.migrate().await.unwrap();
    let second = Db::connect(&config.database).await.unwrap();

    const N: usize = 40;
    let mut tx = first.begin_write().await.unwrap();
    for i in 0..N {
        let content = DemoWelcome {
            program_link: format!("http://hup.test/{i}"),
        };
        mail::queue(
            &mut tx,
            &config.mail_from,
            &format!("user{i}@example.com"),
            Locale::En,
            &content,
        )
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();

    let transport = Transport::from_config(&MailTransportConfig::Smtp {
        host: "127.0.0.1".into(),
        port: smtp.port,
        credentials: None,
    })
    .unwrap();
    let (_stop, stop_rx) = watch::channel(false);
    let worker = |db: Db| OutboxWorker {
        db,
        transport: transport.clone(),
        from: config.mail_from.clone(),
        retry_base: Duration::from_secs(1),
        wakeup: Wakeup::default(),
        poll: Duration::from_millis(20),
    };
    let (a, b) = (worker(first.clone()), worker(second));
    let drain = |w: OutboxWorker, rx: watch::Receiver<bool>| async move {
        let mut total = 0;
        for _ in 0..200 {
            match w.deliver_due(&rx).await.unwrap() {
                0 => break,
                n => total += n,
            }
        }
        total
    };
    let (sent_a, sent_b) = tokio::join!(drain(a, stop_rx.clone()), drain(b, stop_rx.clone()));
    assert_eq!(sent_a + sent_b, N, "every claim went to one worker");
    let got = smtp.wait_for(N, 10).await;
    assert_eq!(got.len(), N);
    let recipients: HashSet<_> = got.iter().map(|m| m.to[0].clone()).collect();
    assert_eq!(recipients.len(), N, "no recipient got a message twice");
    let counts = outbox::counts(&first).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (0, N as i64));
}

#[tokio::test]
async fn loading_the_demo_twice_changes_nothing() {
    let mut first = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    first.wait_for_mail_files(2).await;
    first.stop().await.unwrap();
    let second = TestApp::spawn_with(Spawn {
        demo: true,
        database_url: Some(first.database_url.clone()),
        ..Default::default()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let counts = outbox::counts(&second.db).await.unwrap();
    assert_eq!(
        counts.pending + counts.sent,
        2,
        "no second set of demo mail"
    );
}

/// A fresh database holding one queued message, and a worker for it over SMTP on `smtp_port`.
async fn one_queued_message(
    dir: &std::path::Path,
    smtp_port: u16,
    program_link: &str,
) -> (Db, impl Fn(Db) -> OutboxWorker) {
    let url = fresh_database_url(dir).await;
    let config = test_config(&url, &format!("smtp://127.0.0.1:{smtp_port}"));
    let db = Db::connect(&config.database).await.unwrap();
    db.migrate().await.unwrap();
    let mut tx = db.begin_write().await.unwrap();
    let content = DemoWelcome {
        program_link: program_link.to_owned(),
    };
    mail::queue(
        &mut tx,
        &config.mail_from,
        "jan@contoso.example",
        Locale::En,
        &content,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let transport = Transport::from_config(&MailTransportConfig::Smtp {
        host: "127.0.0.1".into(),
        port: smtp_port,
        credentials: None,
    })
    .unwrap();
    let from = config.mail_from.clone();
    let worker = move |db: Db| OutboxWorker {
        db,
        transport: transport.clone(),
        from: from.clone(),
        retry_base: Duration::from_secs(1),
        wakeup: Wakeup::default(),
        poll: Duration::from_millis(20),
    };
    (db, worker)
}

/// The value of header `name` in a received message.
fn header<'a>(data: &'a str, name: &str) -> Option<&'a str> {
    data.lines().take_while(|l| !l.is_empty()).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

#[tokio::test]
async fn a_message_sent_again_after_a_crash_carries_the_same_message_id() {
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start_stalling(1).await;
    let (db, worker) = one_queued_message(dir.path(), smtp.port, "http://hup.test/p").await;

    // A worker hands the message over and dies before it hears back (kill -9).
    let (_stop, stop_rx) = watch::channel(false);
    let crashing = worker(db.clone());
    let rx = stop_rx.clone();
    let task = tokio::spawn(async move { crashing.deliver_due(&rx).await });
    assert_eq!(smtp.wait_for(1, 10).await.len(), 1, "the receiver has it");
    task.abort();
    let _ = task.await;
    let counts = outbox::counts(&db).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (1, 0), "nothing recorded it");

    // Its lease is short, so the message is due again soon.
    let row = sqlx::query("SELECT lease_until FROM outbox")
        .fetch_one(db.pool())
        .await
        .unwrap();
    let lease_until: i64 = row.try_get("lease_until").unwrap();
    let wait = lease_until - hup::store::now_epoch();
    assert!(wait <= 30, "the lease holds the message for {wait} s");
    sqlx::query("UPDATE outbox SET lease_until = 0")
        .execute(db.pool())
        .await
        .unwrap();

    assert_eq!(worker(db.clone()).deliver_due(&stop_rx).await.unwrap(), 1);
    let got = smtp.wait_for(2, 10).await;
    assert_eq!(got.len(), 2, "delivery is at least once");
    let first = header(&got[0].data, "Message-ID").expect("a Message-ID");
    let second = header(&got[1].data, "Message-ID").expect("a Message-ID");
    assert_eq!(first, second, "the receiver can drop the repeat");
    assert!(
        first.starts_with("<outbox-1-") && first.ends_with(">"),
        "the id names the outbox row: {first}"
    );
    assert_eq!(
        got[0].data.matches("Message-ID:").count(),
        1,
        "one Message-ID header"
    );
    let counts = outbox::counts(&db).await.unwrap();
    assert_eq!((counts.pending, counts.sent), (0, 1));
}

#[tokio::test]
async fn each_mail_file_carries_the_message_id_its_outbox_row_keeps() {
    let app = TestApp::spawn_with(Spawn {
        demo: true,
        ..Default::default()
    })
    .await;
    let files = app.wait_for_mail_files(2).await;
    assert_eq!(files.len(), 2);
    let rows = sqlx::query("SELECT id, message_id FROM outbox ORDER BY id")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    for (file, row) in files.iter().zip(&rows) {
        let eml = std::fs::read_to_string(file).unwrap();
        let kept: String = row.try_get("message_id").unwrap();
        let id: i64 = row.try_get("id").unwrap();
        assert!(kept.starts_with(&format!("<outbox-{id}-")), "{kept}");
        assert!(
            kept.ends_with("@hup.test>"),
            "made in the sender's domain: {kept}"
        );
        assert_eq!(header(&eml, "Message-ID"), Some(kept.as_str()));
    }
}

#[tokio::test]
async fn a_delivered_mail_leaves_no_token_link_in_the_outbox() {
    const TOKEN: &str = "tok3n-that-must-not-stay";
    let dir = tempfile::tempdir().unwrap();
    let smtp = SmtpServer::start().await;
    let link = format!("http://hup.test/confirm?token={TOKEN}");
    let (db, worker) = one_queued_message(dir.path(), smtp.port, &link).await;
    let (_stop, stop_rx) = watch::channel(false);
    assert_eq!(worker(db.clone()).deliver_due(&stop_rx).await.unwrap(), 1);
    let got = smtp.wait_for(1, 10).await;
    assert!(got[0].data.contains(TOKEN), "the recipient gets the link");

    let row = sqlx::query(
        "SELECT recipient, subject, message, message_id, created_at, sent_at FROM outbox",
    )
    .fetch_one(db.pool())
    .await
    .unwrap();
    let message: String = row.try_get("message").unwrap();
    assert!(!message.contains(TOKEN), "the body is gone: {message}");
    let recipient: String = row.try_get("recipient").unwrap();
    assert_eq!(recipient, "jan@contoso.example");
    let subject: String = row.try_get("subject").unwrap();
    assert!(!subject.is_empty());
    let message_id: String = row.try_get("message_id").unwrap();
    assert_eq!(
        header(&got[0].data, "Message-ID"),
        Some(message_id.as_str())
    );
    let sent_at: Option<i64> = row.try_get("sent_at").unwrap();
    let created_at: i64 = row.try_get("created_at").unwrap();
    assert!(sent_at.is_some_and(|s| s >= created_at));
}

/// Issue 12: the Dutch site calls itself "Thuisgebruikprogramma", and so does its registration
/// mail, in the subject and in both the text and the HTML body.
#[tokio::test]
async fn the_dutch_registration_mail_uses_the_dutch_sites_name() {
    use crate::helpers::Mailbox;
    let app = TestApp::spawn_demo().await;
    let to = "piet@contoso.example";
    let res = app
        .post_bearer_only(
            "/api/v1/registrations",
            None,
            serde_json::json!({"work_email": to, "locale": "nl"}),
        )
        .await;
    assert_eq!(res.status(), 202);
    let mailed = app.mailed(to, "/confirm?token=").await;
    assert_eq!(
        mailed.subject,
        "Bevestig uw werkadres voor het Thuisgebruikprogramma"
    );
    let raw = app.mails_to(to).pop().unwrap();
    let msg = mail_parser::MessageParser::default().parse(&raw).unwrap();
    let html = msg.body_html(0).unwrap().into_owned();
    for body in [&mailed.text, &html] {
        assert!(body.contains("Thuisgebruikprogramma"), "{body}");
        // The English name only in brackets after the Dutch one, as the program page has it.
        assert_eq!(
            body.matches("Home Use Program").count(),
            body.matches("Thuisgebruikprogramma (Home Use Program)")
                .count(),
            "{body}"
        );
    }
}

/// Issue 12: every Dutch string names the program as the Dutch site does: "Home Use Program"
/// appears only in brackets after "Thuisgebruikprogramma", as `program-title` has it.
#[test]
fn dutch_strings_name_the_program_as_the_dutch_site_does() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/nl");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            assert_eq!(
                line.matches("Home Use Program").count(),
                line.matches("Thuisgebruikprogramma (Home Use Program)")
                    .count(),
                "{}:{}: {line}",
                path.display(),
                n + 1
            );
        }
    }
    assert!(files > 0, "no Dutch messages in {}", dir.display());
}
