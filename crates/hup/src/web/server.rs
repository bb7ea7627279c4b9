//! The HTTP server loop. axum's `serve` would do, but it sets no header-read timeout and no
//! limit per client, so a client sending one byte a second holds a connection forever and one
//! address can hold them all (issue 11: slow clients). Here every connection gets hyper's
//! header-read timeout, which also bounds how long an idle keep-alive connection waits for
//! its next request, and each client address may hold at most
//! `HUP_MAX_CONNECTIONS_PER_CLIENT` connections at once.

use std::collections::HashMap;
use std::future::Future;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::ConnectInfo;
use axum::http::Request;
use axum::Router;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tower::ServiceExt;

pub use crate::config::ConnectionLimits;

/// Serves `router` on `listener` until `shutdown` completes, then lets the requests in flight
/// finish (for at most `drain`).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
    drain: Duration,
) -> std::io::Result<()> {
    // HTTP/1 only (hup enables no HTTP/2): hyper's own connection starts the header timer at
    // once, where a protocol-sniffing one would first wait for the client's first bytes.
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    let graceful = GracefulShutdown::new();
    let open = OpenConnections::default();
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors and the like: the next accept may succeed.
                Err(e) => {
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(slot) = open.take(peer.ip(), limits.per_client) else {
            tracing::warn!(client = %peer.ip(), "too many connections from one client; closed");
            drop(stream);
            continue;
        };
        let _ = stream.set_nodelay(true);
        let service = router
            .clone()
            .map_request(move |mut req: Request<Incoming>| {
                // The peer address feeds the per-client throttles (`web::client`).
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let connection =
            builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            let _slot = slot;
            // A client that goes away or times out is no error of ours.
            let _ = connection.await;
        });
    }
    drop(listener);
    if tokio::time::timeout(drain, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!(
            "requests still in flight after {} s; stopping",
            drain.as_secs()
        );
    }
    Ok(())
}

/// Open connections per client address.
#[derive(Clone, Default)]
struct OpenConnections(Arc<Mutex<HashMap<IpAddr, usize>>>);

impl OpenConnections {
    /// A slot for one more connection of `client`, if it holds fewer than `limit`.
    fn take(&self, client: IpAddr, limit: usize) -> Option<Slot> {
        let mut open = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let n = open.entry(client).or_insert(0);
        if *n >= limit {
            return None;
        }
        *n += 1;
        Some(Slot {
            open: self.clone(),
            client,
        })
    }
}

/// One connection's place in [`OpenConnections`], given back when the connection ends.
struct Slot {
    open: OpenConnections,
    client: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut open = self.open.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(n) = open.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                open.remove(&self.client);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_gets_at_most_its_limit_and_slots_come_back() {
        let open = OpenConnections::default();
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let first = open.take(a, 2).unwrap();
        let _second = open.take(a, 2).unwrap();
        assert!(
            open.take(a, 2).is_none(),
            "a third connection of one client"
        );
        assert!(open.take(b, 2).is_some(), "another client is not affected");
        drop(first);
        assert!(
            open.take(a, 2).is_some(),
            "a closed connection frees its slot"
        );
    }
}
