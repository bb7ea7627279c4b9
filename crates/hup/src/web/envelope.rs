//! The envelope around every request: a request id, the default security headers, the
//! remembered language choice, the metrics and the request's log line, in one hand-written
//! layer.
//!
//! One layer instead of four `from_fn` middlewares because each of those clones the boxed
//! router and boxes a future per request; on the busiest route (`/api/v1/me/offers`, issue 6)
//! that bookkeeping cost more than the handler. See docs/performance.md.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::task::{ready, Context, Poll};
use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderName, HeaderValue, Method, Uri};
use axum::response::Response;
use pin_project_lite::pin_project;
use tokio::task::futures::TaskLocalFuture;
use tower::{Layer, Service};
use tracing::Level;

use std::net::SocketAddr;

use axum::extract::ConnectInfo;
use axum::http::header;
use ipnet::IpNet;

use super::{locale, security};
use crate::config::Config;
use crate::i18n::Locale;
use crate::metrics::Metrics;

pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// Where the request's log line goes; `HUP_LOG=hup::http=warn` silences it alone.
const LOG_TARGET: &str = "hup::http";

tokio::task_local! {
    /// The id of the request being served, for the rare log line written inside a handler
    /// (an internal error): cheaper than a tracing span per request.
    static CURRENT_ID: HeaderValue;
}

/// The request id of the request this task is serving, or `-` outside one.
pub fn current_request_id() -> String {
    CURRENT_ID
        .try_with(|id| id.to_str().unwrap_or("-").to_owned())
        .unwrap_or_else(|_| "-".to_owned())
}

/// Request ids: a random prefix per process and a counter, unique across restarts and
/// processes without asking the operating system for randomness per request.
struct RequestIds {
    prefix: u32,
    next: AtomicU64,
}

impl RequestIds {
    fn next(&self) -> HeaderValue {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let id = format!("{:08x}-{n:012x}", self.prefix);
        HeaderValue::from_str(&id).unwrap_or_else(|_| HeaderValue::from_static("-"))
    }
}

/// Whether a request id from outside may stand in our logs: a short token of characters that
/// cannot forge a log line or a header (issue 11: log forging).
fn is_safe_request_id(id: &HeaderValue) -> bool {
    let bytes = id.as_bytes();
    (1..=64).contains(&bytes.len())
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

#[derive(Clone)]
pub struct EnvelopeLayer {
    metrics: Arc<Metrics>,
    ids: Arc<RequestIds>,
    /// `HUP_TRUSTED_PROXIES`: only their `X-Request-Id` is kept.
    trusted_proxies: Arc<[IpNet]>,
    /// `Strict-Transport-Security`, sent when `HUP_BASE_URL` is https.
    hsts: bool,
}

impl EnvelopeLayer {
    pub fn new(metrics: Arc<Metrics>, config: &Config) -> Self {
        EnvelopeLayer {
            metrics,
            ids: Arc::new(RequestIds {
                prefix: rand::random(),
                next: AtomicU64::new(1),
            }),
            trusted_proxies: config.trusted_proxies.clone().into(),
            hsts: config.base_url.scheme() == "https",
        }
    }

    /// The id a trusted proxy in front assigned, if it is safe to log.
    fn proxied_id<'r>(&self, req: &'r Request) -> Option<&'r HeaderValue> {
        let id = req.headers().get(&REQUEST_ID)?;
        let peer = req.extensions().get::<ConnectInfo<SocketAddr>>()?.0.ip();
        let trusted = self.trusted_proxies.iter().any(|net| net.contains(&peer));
        (trusted && is_safe_request_id(id)).then_some(id)
    }
}

impl<S> Layer<S> for EnvelopeLayer {
    type Service = Envelope<S>;

    fn layer(&self, inner: S) -> Envelope<S> {
        Envelope {
            inner,
            layer: self.clone(),
        }
    }
}

#[derive(Clone)]
pub struct Envelope<S> {
    inner: S,
    layer: EnvelopeLayer,
}

impl<S> Service<Request> for Envelope<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Sealing<TaskLocalFuture<HeaderValue, S::Future>, Kept>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut req: Request) -> Self::Future {
        // A request id a trusted proxy in front already assigned is kept, so logs line up;
        // any other is replaced before a log line or a handler sees it.
        let id = match self.layer.proxied_id(&req) {
            Some(id) => id.clone(),
            None => {
                let id = self.layer.ids.next();
                req.headers_mut().insert(REQUEST_ID, id.clone());
                id
            }
        };
        let kept = Kept {
            started: Instant::now(),
            method: req.method().clone(),
            // Kept only when the line will be written (a `Uri` clone shares its bytes).
            uri: tracing::enabled!(target: LOG_TARGET, Level::INFO).then(|| req.uri().clone()),
            language: locale::query_choice(req.uri().query()),
            id,
            metrics: self.layer.metrics.clone(),
            hsts: self.layer.hsts,
        };
        Sealing {
            inner: CURRENT_ID.scope(kept.id.clone(), self.inner.call(req)),
            kept: Some(kept),
        }
    }
}

/// What the envelope remembers of a request until its response.
pub struct Kept {
    started: Instant,
    method: Method,
    uri: Option<Uri>,
    language: Option<Locale>,
    id: HeaderValue,
    metrics: Arc<Metrics>,
    hsts: bool,
}

/// What a layer does to the response with what it kept of the request.
pub trait Seal {
    fn seal(self, res: Response) -> Response;
}

impl Seal for Kept {
    fn seal(self, mut res: Response) -> Response {
        let elapsed = self.started.elapsed();
        let route = res
            .extensions()
            .get::<MatchedPath>()
            .map(MatchedPath::as_str);
        self.metrics
            .observe(&self.method, route, res.status(), elapsed);
        if let Some(uri) = &self.uri {
            // The path only: query strings may carry tokens, and tokens never reach a log line.
            tracing::info!(
                target: LOG_TARGET,
                method = %self.method,
                path = %uri.path(),
                status = res.status().as_u16(),
                micros = u64::try_from(elapsed.as_micros()).unwrap_or(u64::MAX),
                request_id = %self.id.to_str().unwrap_or("-"),
                "request"
            );
        }
        let headers = res.headers_mut();
        headers.insert(REQUEST_ID, self.id);
        security::add_default_headers(headers);
        if self.hsts {
            headers.insert(
                header::STRICT_TRANSPORT_SECURITY,
                HeaderValue::from_static("max-age=31536000; includeSubDomains"),
            );
        }
        // A download's `?lang=` picks the language of the file (issue 17: the kit), not of the
        // admin's pages, so only a page remembers it.
        let is_page = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/html"))
            && !headers.contains_key(header::CONTENT_DISPOSITION);
        if let Some(language) = self.language.filter(|_| is_page) {
            locale::remember_choice(headers, language);
        }
        res
    }
}

pin_project! {
    /// The inner service's future, then [`Seal::seal`] on its response.
    pub struct Sealing<F, K> {
        #[pin]
        inner: F,
        kept: Option<K>,
    }
}

impl<F, K, E> Future for Sealing<F, K>
where
    F: Future<Output = Result<Response, E>>,
    K: Seal,
{
    type Output = Result<Response, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let this = self.project();
        let res = ready!(this.inner.poll(cx))?;
        Poll::Ready(Ok(match this.kept.take() {
            Some(kept) => kept.seal(res),
            None => res,
        }))
    }
}

/// Route layer: hands the matched route template from the request to the response, where the
/// envelope (which runs before routing) finds it for the metrics' `route` label.
#[derive(Clone, Copy)]
pub struct RouteTemplateLayer;

impl<S> Layer<S> for RouteTemplateLayer {
    type Service = RouteTemplate<S>;

    fn layer(&self, inner: S) -> RouteTemplate<S> {
        RouteTemplate(inner)
    }
}

#[derive(Clone)]
pub struct RouteTemplate<S>(S);

impl<S> Service<Request> for RouteTemplate<S>
where
    S: Service<Request, Response = Response>,
{
    type Response = Response;
    type Error = S::Error;
    type Future = Sealing<S::Future, MatchedPath>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, req: Request) -> Self::Future {
        let template = req.extensions().get::<MatchedPath>().cloned();
        Sealing {
            inner: self.0.call(req),
            kept: template,
        }
    }
}

impl Seal for MatchedPath {
    fn seal(self, mut res: Response) -> Response {
        res.extensions_mut().insert(self);
        res
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_short_tokens_of_safe_characters_are_kept_as_request_ids() {
        for safe in ["proxy-42", "a1b2c3d4-00000000000f", "trace.id:7_x"] {
            assert!(
                is_safe_request_id(&HeaderValue::from_static(safe)),
                "{safe}"
            );
        }
        let long = "x".repeat(65);
        for unsafe_id in ["", "two words", "a\"b", "id\tforged=1", long.as_str()] {
            let v = HeaderValue::from_str(unsafe_id).unwrap();
            assert!(!is_safe_request_id(&v), "{unsafe_id:?}");
        }
    }

    #[test]
    fn request_ids_are_distinct_and_printable() {
        let ids = RequestIds {
            prefix: 0xdead_beef,
            next: AtomicU64::new(1),
        };
        let a = ids.next();
        let b = ids.next();
        assert_ne!(a, b);
        assert_eq!(a.to_str().unwrap(), "deadbeef-000000000001");
    }
}
