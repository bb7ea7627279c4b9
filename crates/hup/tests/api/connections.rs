//! Issue 11 (6): slow clients and connection floods. A client whose request headers are not
//! complete in time is cut off, and one address cannot hold more connections than its share,
//! while other requests keep being answered.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{Spawn, TestApp};

/// Reads until the server closes the connection or `wait` passes; `None` when it stayed open.
async fn closed_within(stream: &mut TcpStream, wait: Duration) -> Option<Vec<u8>> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 1024];
    let deadline = tokio::time::Instant::now() + wait;
    loop {
        match tokio::time::timeout_at(deadline, stream.read(&mut buf)).await {
            Err(_) => return None,
            Ok(Ok(0)) | Ok(Err(_)) => return Some(seen),
            Ok(Ok(n)) => seen.extend_from_slice(&buf[..n]),
        }
    }
}

#[tokio::test]
async fn a_client_that_sends_its_headers_too_slowly_is_cut_off() {
    let app = TestApp::spawn_with(Spawn {
        configure: Some(|c| c.connections.header_timeout = Duration::from_millis(700)),
        ..Spawn::default()
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let mut slow = TcpStream::connect(&address).await.unwrap();
    // One byte at a time, never finishing the headers.
    for b in b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " {
        if slow.write_all(&[*b]).await.is_err() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(40)).await;
    }
    let closed = closed_within(&mut slow, Duration::from_secs(5)).await;
    assert!(closed.is_some(), "a slow client must be cut off");
    // An idle keep-alive connection is not held forever either.
    let mut idle = TcpStream::connect(&address).await.unwrap();
    assert!(closed_within(&mut idle, Duration::from_secs(5))
        .await
        .is_some());
    // Meanwhile everyone else is served.
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn one_address_holds_at_most_its_connections_and_gets_them_back() {
    let app = TestApp::spawn_with(Spawn {
        configure: Some(|c| c.connections.per_client = 2),
        ..Spawn::default()
    })
    .await;
    let address = app.address.trim_start_matches("http://").to_owned();
    let mut first = TcpStream::connect(&address).await.unwrap();
    let _second = TcpStream::connect(&address).await.unwrap();
    // Give the server a moment to accept both before the third arrives.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut third = TcpStream::connect(&address).await.unwrap();
    let refused = closed_within(&mut third, Duration::from_secs(3)).await;
    assert_eq!(
        refused,
        Some(Vec::new()),
        "the third is closed at once, unanswered"
    );
    // The first two still work.
    first
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = closed_within(&mut first, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(
        answer.starts_with(b"HTTP/1.1 200"),
        "{}",
        String::from_utf8_lossy(&answer)
    );
    // Its slot came back: a new connection is served.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut again = TcpStream::connect(&address).await.unwrap();
    again
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let answer = closed_within(&mut again, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 200"));
}
