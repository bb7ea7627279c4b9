//! The caller's network address, for the per-client throttles. It is the TCP peer, unless the
//! peer is one of `HUP_TRUSTED_PROXIES`: then `X-Forwarded-For` is read from the right, past
//! the trusted hops, to the first address no trusted proxy vouches for. A client can write any
//! `X-Forwarded-For` it likes, so only the part the trusted proxies appended counts.

use std::convert::Infallible;
use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use ipnet::IpNet;

use super::AppState;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientAddr(pub String);

impl FromRequestParts<AppState> for ClientAddr {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0.ip());
        Ok(ClientAddr(match peer {
            Some(peer) => {
                client_ip(peer, &parts.headers, &state.config.trusted_proxies).to_string()
            }
            None => "unknown".to_owned(),
        }))
    }
}

/// The client behind `peer` and the trusted proxies in front of hup.
pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let hops: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    let mut client = peer;
    for hop in hops.iter().rev() {
        // A hop the proxies wrote is an address, sometimes with a port; anything else means
        // the header cannot be read further, and the last trusted hop is the best answer.
        let Some(ip) = parse_hop(hop) else { break };
        client = ip;
        if !is_trusted(&ip) {
            break;
        }
    }
    client
}

fn parse_hop(hop: &str) -> Option<IpAddr> {
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<SocketAddr>().ok().map(|s| s.ip()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for v in values {
            h.append("x-forwarded-for", HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn only_what_trusted_proxies_appended_names_the_client() {
        let trusted: Vec<IpNet> = vec!["10.0.0.0/8".parse().unwrap()];
        // Straight from the internet: the header is the client's own words.
        let h = forwarded(&["203.0.113.9"]);
        assert_eq!(
            client_ip(ip("198.51.100.7"), &h, &trusted),
            ip("198.51.100.7")
        );
        // Through the proxy: the rightmost address it did not vouch for.
        let h = forwarded(&["1.2.3.4, 203.0.113.9, 10.0.0.5"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &trusted), ip("203.0.113.9"));
        // Several header lines, a port, IPv6.
        let h = forwarded(&["1.2.3.4", "[2001:db8::1]:443"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &trusted), ip("2001:db8::1"));
        let h = forwarded(&["198.51.100.1:5000"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &trusted), ip("198.51.100.1"));
        // Garbage or no header: the proxy itself, never a made-up address.
        let h = forwarded(&["1.2.3.4, not-an-ip"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &trusted), ip("10.0.0.2"));
        assert_eq!(
            client_ip(ip("10.0.0.2"), &HeaderMap::new(), &trusted),
            ip("10.0.0.2")
        );
        // Nothing trusted: the peer, whatever the header says.
        let h = forwarded(&["203.0.113.9"]);
        assert_eq!(client_ip(ip("10.0.0.2"), &h, &[]), ip("10.0.0.2"));
    }
}
